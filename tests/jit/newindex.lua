-- Stores into a table with a __newindex metamethod: a store to a key whose
-- value is nil must call the metamethod, also when the slot held a value while
-- the trace was recorded.

-- Array part: slots beyond the filled part but inside the allocated array.
local w = {}
for i = 1, 100 do w[i] = i end
local calls = 0
setmetatable(w, {__newindex = function() calls = calls + 1 end})
for i = 1, 200 do w[i] = i end
print("array", calls, #w)

-- Hash part: a field removed mid-loop.
local hcalls = 0
local obj = setmetatable({x = 0}, {__newindex = function() hcalls = hcalls + 1 end})
for i = 1, 300 do
  if i % 100 == 0 then obj.x = nil end
  obj.x = i
end
print("hash", hcalls, obj.x)

-- __newindex installed mid-loop: new keys are redirected, existing ones are not.
local store = {}
local log = 0
local t = {}
for i = 1, 150 do t[i] = 0 end
for i = 1, 300 do
  if i == 120 then
    setmetatable(t, {__newindex = function(_, k, v) log = log + 1 store[k] = v end})
  end
  t[i] = i
end
local int, ins = 0, 0
for i = 1, 300 do
  if rawget(t, i) then int = int + 1 end
  if store[i] then ins = ins + 1 end
end
print("mid-loop", log, int, ins)
