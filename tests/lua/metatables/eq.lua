-- __eq: only for two tables (or two userdata) sharing the same __eq handler.
local calls = 0
local function eqh(a, b) calls = calls + 1; return a.v == b.v end
local mt = {__eq = eqh}
local a = setmetatable({v = 1}, mt)
local b = setmetatable({v = 1}, mt)
local c = setmetatable({v = 2}, mt)
print(a == b, a ~= b, a == c, a ~= c, calls)
-- identical objects never call the handler
calls = 0
print(a == a, calls)
-- another metatable with the same function still counts as the same handler
local b2 = setmetatable({v = 1}, {__eq = eqh})
print(a == b2, calls)
-- different handlers: no call, plain identity comparison
local other = setmetatable({v = 1}, {__eq = function() return true end})
print(a == other, other == a)
-- one side without a metatable
print(a == {v = 1}, {v = 1} == a)
-- never between different types
print(a == 1, a == "x", a == nil)
-- the result is converted to a boolean
local truthy = setmetatable({}, {__eq = function() return "yes" end})
local truthy2 = setmetatable({}, getmetatable(truthy))
print(truthy == truthy2, truthy ~= truthy2)
-- userdata with the same handler
local u1 = newproxy(true)
getmetatable(u1).__eq = function() return true end
local u2 = newproxy(u1)
print(u1 == u2, rawequal(u1, u2))
-- rawequal ignores __eq
print(rawequal(a, b))
