-- __mode "k": entries whose keys are only weakly referenced disappear after a collection.
local wk = setmetatable({}, {__mode = "k"})
local strong = {}
local function fill()
  for i = 1, 10 do wk[{}] = i end
  for i = 1, 5 do local k = {}; strong[i] = k; wk[k] = "kept" .. i end
end
fill()
collectgarbage()
collectgarbage()
local n, kept = 0, 0
for k, v in pairs(wk) do n = n + 1; if type(v) == "string" then kept = kept + 1 end end
print(n, kept)
-- removing the strong references frees the rest
strong = nil
collectgarbage()
print(next(wk))
-- non-collectable keys stay
wk.name = {}
wk[1] = {}
wk[true] = {}
collectgarbage()
print(type(wk.name), type(wk[1]), type(wk[true]))
-- Lua 5.1 has no ephemerons: a value that refers to its key keeps the key alive
local eph = setmetatable({}, {__mode = "k"})
local function fill2() local k = {}; eph[k] = {ref = k} end
fill2()
collectgarbage()
local c = 0
for _ in pairs(eph) do c = c + 1 end
print(c)
