-- Arithmetic on strings that look like numbers converts them; other operands go
-- to the metamethods, which receive the original values.
print("10" + 1, "3" * "4", "2" ^ "3", "7" % "4", -"5", "0x10" + 0, " 1e1 " / 2)
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return {} + 1 end))
local log = {}
local mt = {}
for _, ev in ipairs({"add", "sub", "mul", "div", "mod", "pow", "unm"}) do
  mt["__" .. ev] = function(a, b)
    log[#log + 1] = ev .. "(" .. type(a) .. "," .. type(b) .. ")"
    return ev
  end
end
local o = setmetatable({}, mt)
print(o + 1, 1 - o, o * "2", "x" / o, o % o, 2 ^ o, -o)
print(table.concat(log, " "))
-- a string that is not a number with a table: the table's metamethod is used
log = {}
print("abc" + o, o + "abc")
print(table.concat(log, " "))
-- the string metatable has no arithmetic metamethods in 5.1
print(getmetatable("").__add, getmetatable("").__index == string)
-- unary minus passes the operand twice
local seen = {}
local u = setmetatable({}, {__unm = function(a, b) seen[1] = a; seen[2] = b; return "neg" end})
print(-u, rawequal(seen[1], u), rawequal(seen[2], u))
-- results of arithmetic metamethods are truncated to one value
local multi = setmetatable({}, {__add = function() return 1, 2, 3 end})
print(multi + 1)
print(select("#", multi + 1))
