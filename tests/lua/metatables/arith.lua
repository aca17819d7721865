-- Every arithmetic metamethod, with the object on either side.
local mt = {}
local function N(v) return setmetatable({v = v}, mt) end
local function val(x) return type(x) == "table" and x.v or x end
for _, op in ipairs({"add", "sub", "mul", "div", "mod", "pow"}) do
  mt["__" .. op] = function(a, b) return op .. "(" .. tostring(val(a)) .. "," .. tostring(val(b)) .. ")" end
end
mt.__unm = function(a, b) return "unm(" .. val(a) .. "," .. tostring(val(b) == val(a)) .. ")" end
local a, b = N(1), N(2)
print(a + b, a - b, a * b, a / b, a % b, a ^ b)
print(a + 10, 10 + a, a - "5", "5" - a, a * 2.5, 3 % a, a ^ 0)
print(-a)
-- numeric strings are coerced before metamethods are considered
print("10" + 5, pcall(function() return "x" + a end))
-- only the left operand's metamethod is tried first
local left = setmetatable({}, {__add = function() return "left" end})
local right = setmetatable({}, {__add = function() return "right" end})
print(left + right, right + left, 1 + right, left + 1)
-- a table with a metatable but without the metamethod
local plain = setmetatable({}, {})
print(pcall(function() return plain + 1 end))
print(pcall(function() return 1 + plain end))
print(pcall(function() return -plain end))
-- results of any type are returned as is
local multi = setmetatable({}, {__mul = function() return nil, 2 end, __div = function() return {} end})
print(multi * 1, type(multi / 1))
-- vector example
local V = {}
V.__index = V
V.__add = function(p, q) return setmetatable({x = p.x + q.x, y = p.y + q.y}, V) end
V.__mul = function(p, k) if type(p) == "number" then p, k = k, p end return setmetatable({x = p.x * k, y = p.y * k}, V) end
V.__unm = function(p) return setmetatable({x = -p.x, y = -p.y}, V) end
V.__tostring = function(p) return "(" .. p.x .. "," .. p.y .. ")" end
local v = setmetatable({x = 1, y = 2}, V)
print(tostring(v + v), tostring(v * 3), tostring(2 * v), tostring(-v))
