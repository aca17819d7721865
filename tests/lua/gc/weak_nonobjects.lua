-- Strings, numbers and booleans are values, not objects: they are never removed
-- from weak tables.
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local wkv = setmetatable({}, {__mode = "kv"})
local function fill()
  for i = 1, 5 do
    local s = "str" .. i .. string.rep("x", 40)
    wk[s] = i
    wv[i] = s
    wkv[s] = s .. "!"
  end
  wk[1.5] = "number key"
  wv.bool = false
  wv.num = 42
  wkv[true] = 0
end
fill()
collectgarbage()
collectgarbage()
local function count(t) local n = 0; for _ in pairs(t) do n = n + 1 end; return n end
print(count(wk), count(wv), count(wkv))
print(wv[3]:sub(1, 4), wk[1.5], wv.bool, wv.num, wkv[true])
-- mixed with collectable values: only those go
local function mixed()
  wv.t = {}
  wv.f = function() end
  wk[{}] = "table key"
  wkv[{}] = {}
end
mixed()
collectgarbage()
print(count(wk), count(wv), count(wkv), wv.t, wv.f)
-- functions without references are collected even if they look constant
local wf = setmetatable({}, {__mode = "v"})
local function closures()
  for i = 1, 3 do wf[i] = function() return i end end
end
closures()
collectgarbage()
print(count(wf))
-- builtin functions are kept alive by the library tables
wf.p = print
collectgarbage()
print(wf.p == print)
