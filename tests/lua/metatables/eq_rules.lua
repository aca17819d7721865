-- __eq is only consulted for two tables (or two userdata) that are not already
-- rawequal, and both operands must have the same __eq metamethod.
local calls = 0
local function eq(a, b) calls = calls + 1; return true end
local mt = {__eq = eq}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, a ~= b, calls)
print(a == a, calls)
-- different metatables sharing the same function
local a2 = setmetatable({}, {__eq = eq})
print(a == a2, calls)
-- different functions: not equal, not called
local other = setmetatable({}, {__eq = function() calls = calls + 100; return true end})
print(a == other, calls)
-- one side without a metatable
print(a == {}, {} == a, calls)
-- never for different types
print(a == 1, a == "x", a == nil, a == print, calls)
-- userdata with __eq versus table with the same __eq
local u = newproxy(true)
getmetatable(u).__eq = eq
print(u == a, a == u, calls)
local u2 = newproxy(u)
print(u == u2, calls)
-- the result is converted to a boolean
local falsy = {__eq = function() return nil end}
local truthy = {__eq = function() return "yes" end}
print(setmetatable({}, falsy) == setmetatable({}, falsy), setmetatable({}, truthy) == setmetatable({}, truthy))
-- __eq is not used by rawequal, table keys or table lookups
print(rawequal(a, b), calls)
local t = {[a] = "a"}
print(t[b], calls)
-- ~= is the negation of the metamethod result
local cnt = {__eq = function(x, y) return x.v == y.v end}
local x, y, z = setmetatable({v = 1}, cnt), setmetatable({v = 1}, cnt), setmetatable({v = 2}, cnt)
print(x == y, x ~= y, x == z, x ~= z)
