-- debug.setmetatable gives metatables to types that setmetatable cannot: numbers,
-- booleans, nil and functions share one metatable per type. Each one is removed
-- again before the next test.
local mt = {
  __index = function(n, k) return k .. ":" .. tostring(n) end,
  __add = function(a, b) return "added" end,
  __call = function(self, ...) return "called " .. tostring(self) .. " with " .. select("#", ...) end,
}
-- numbers
print(debug.setmetatable(10, mt))
print((5).field, (2.5).x, getmetatable(1) == mt)
print(pcall(function() return (7)(1, 2) end))
-- arithmetic between numbers never uses the metamethod
print(1 + 2)
debug.setmetatable(0, nil)
print(getmetatable(1), pcall(function() return (5).field end))
-- booleans
debug.setmetatable(true, mt)
print((true).k, (false).k, true + false, getmetatable(false) == mt)
print((true)(nil, nil))
debug.setmetatable(false, nil)
print(getmetatable(true), pcall(function() return true + 1 end))
-- nil
debug.setmetatable(nil, {__index = function(_, k) return "nil has " .. k end})
local nothing
print(nothing.anything, getmetatable(nil) ~= nil)
debug.setmetatable(nil, nil)
print(pcall(function() return nothing.anything end))
-- functions
local function fn() return "fn" end
debug.setmetatable(fn, {__index = {name = "shared by all functions"}, __concat = function(a, b) return "concat" end})
print(fn.name, print.name, fn .. "x")
debug.setmetatable(print, nil)
print(getmetatable(fn), pcall(function() return fn.name end))
-- debug.getmetatable ignores __metatable
local protected = setmetatable({}, {__metatable = "locked", secret = true})
print(getmetatable(protected), debug.getmetatable(protected).secret)
print(pcall(setmetatable, protected, {}))
-- debug.setmetatable also replaces a protected metatable
debug.setmetatable(protected, {__index = {opened = "yes"}})
print(protected.opened, getmetatable(protected) ~= "locked")
-- the string metatable through debug.getmetatable
print(debug.getmetatable("").__index == string)
