-- __concat is used when either operand is not a string or number.
local mt = {}
mt.__concat = function(a, b)
  local function s(x) return type(x) == "table" and "[" .. x.v .. "]" or tostring(x) end
  return s(a) .. "+" .. s(b)
end
local o = setmetatable({v = "o"}, mt)
print(o .. "str", "str" .. o, o .. 1, 2 .. o, o .. o)
print("a" .. "b" .. o)
print(o .. "a" .. "b")
print(1 .. 2 .. o .. 3 .. 4)
-- result can be any value
local mk = setmetatable({}, {__concat = function() return 99 end})
print(mk .. "x", type(mk .. "x"))
-- a nil or boolean operand without a metamethod on the other side
print(pcall(function() return "x" .. true end))
print(pcall(function() local t = {} return t .. mk end))
print(pcall(function() return mk .. nil end))
