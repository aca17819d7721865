-- __metatable hides the metatable from getmetatable and protects it from setmetatable.
local t = setmetatable({}, {__metatable = "locked", __index = {x = 1}})
print(getmetatable(t), t.x)
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
local f = setmetatable({}, {__metatable = false})
print(getmetatable(f))
print(pcall(setmetatable, f, {}))
local s = getmetatable("")
print(type(s))
local tbl = {}
local mt = {__metatable = tbl}
local obj = setmetatable({}, mt)
print(getmetatable(obj) == tbl, getmetatable(obj) == mt)
local u = newproxy(true)
getmetatable(u).__metatable = "udlock"
print(getmetatable(u))
