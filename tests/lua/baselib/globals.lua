-- _G is the global table; _VERSION names the language version.
print(_VERSION)
print(_G._G == _G, _G.print == print, type(_G))
x_global = 5
print(_G.x_global, _G["x_global"])
_G.y_global = 6
print(y_global)
print(rawget(_G, "undefined_name"))
local names = {}
for _, n in ipairs({"assert", "collectgarbage", "dofile", "error", "getfenv", "getmetatable",
  "ipairs", "load", "loadfile", "loadstring", "next", "pairs", "pcall", "print", "rawequal",
  "rawget", "rawset", "select", "setfenv", "setmetatable", "tonumber", "tostring", "type",
  "unpack", "xpcall", "newproxy", "gcinfo", "coroutine", "string", "table", "math"}) do
  if _G[n] == nil then names[#names + 1] = n end
end
print("missing:", #names, table.concat(names, " "))
-- globals can be removed and recreated
local saved = _G.type
_G.type = nil
print(pcall(function() return type(1) end))
_G.type = saved
print(type(1))
-- assigning a global stores into _G
for i = 1, 3 do _G["dyn" .. i] = i end
print(dyn1 + dyn2 + dyn3)
