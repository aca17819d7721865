-- __mode "v": entries whose values are only weakly referenced disappear.
local wv = setmetatable({}, {__mode = "v"})
local keep = {}
local function fill()
  for i = 1, 10 do wv[i] = {} end
  for i = 11, 15 do local v = {}; keep[#keep + 1] = v; wv[i] = v end
  wv.fn = function() return "closure" end
  wv.co = coroutine.create(function() end)
end
fill()
collectgarbage()
collectgarbage()
local present = {}
for k in pairs(wv) do present[#present + 1] = tostring(k) end
table.sort(present)
print(#present, table.concat(present, " "))
-- strings, numbers and booleans are values, never collected from weak tables
wv.s = "a" .. "string"
wv.n = 42
wv.b = false
wv.long = string.rep("x", 100)
collectgarbage()
print(wv.s, wv.n, wv.b, #wv.long)
-- a cache pattern: values come back after being recreated
local cache = setmetatable({}, {__mode = "v"})
local made = 0
local function get(key)
  local v = cache[key]
  if not v then made = made + 1; v = {key = key}; cache[key] = v end
  return v
end
local a = get("x")
local b = get("x")
print(a == b, made)
a, b = nil, nil
collectgarbage()
local c = get("x")
print(made, c.key)
