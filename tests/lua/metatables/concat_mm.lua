-- __concat with numbers and strings on either side, and the order of calls in a
-- chain (.. is right associative; Lua 5.1 concatenates runs of strings and numbers first).
local log = {}
local mt = {}
mt.__concat = function(a, b)
  local function s(x) return type(x) == "table" and x.name or tostring(x) end
  log[#log + 1] = s(a) .. "|" .. s(b)
  return setmetatable({name = "(" .. s(a) .. s(b) .. ")"}, mt)
end
local function obj(name) return setmetatable({name = name}, mt) end
local A, B = obj("A"), obj("B")
print((A .. 1).name, (1 .. A).name, (A .. "s").name, ("s" .. A).name, (A .. B).name)
print((2.5 .. A).name, (A .. -3).name)
log = {}
local r = "x" .. "y" .. A .. 1 .. 2
print(r.name, table.concat(log, "  "))
log = {}
r = A .. "p" .. "q" .. B
print(r.name, table.concat(log, "  "))
log = {}
r = 1 .. 2 .. A .. 3 .. B .. 4
print(r.name, table.concat(log, "  "))
-- the metamethod's result can be any value
local num = setmetatable({}, {__concat = function(a, b) return 99 end})
print(num .. "x", "x" .. num, num .. num)
-- the second operand's metamethod is used when the first has none
local right = setmetatable({}, {__concat = function(a, b) return type(a) .. "+" .. type(b) end})
print("s" .. right, 5 .. right, right .. true, nil .. right)
-- without a metamethod: error naming the bad operand type
print(pcall(function() return "a" .. {} end))
print(pcall(function() return {} .. "a" end))
print(pcall(function() local b = true; return b .. 1 end))
-- numbers are converted the way tostring does
print(1 .. "", 1.5 .. "|" .. -0.25 .. "|" .. 1e100 .. "|" .. 2 ^ 63)
