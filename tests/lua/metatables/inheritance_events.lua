-- Metamethods are looked up raw in the metatable: a class hierarchy built with
-- __index passes on fields and methods, but not the operators of a base metatable,
-- unless each metatable copies them.
local Base = {}
Base.__index = Base
function Base.new(v) return setmetatable({v = v}, Base) end
function Base:get() return self.v end
Base.__add = function(a, b) return Base.new(a.v + b.v) end
Base.__tostring = function(s) return "Base(" .. s.v .. ")" end
local Derived = setmetatable({}, {__index = Base})
Derived.__index = Derived
function Derived.new(v) return setmetatable({v = v}, Derived) end
function Derived:double() return self:get() * 2 end
local b, d = Base.new(1), Derived.new(5)
print(d:get(), d:double(), tostring(b), (b + b).v)
-- Derived's metatable has no __add of its own: arithmetic fails
print(pcall(function() return d + d end))
-- b + d uses b's __add (the first operand with a handler)
print((b + d).v, (d + b).v)
-- copying the operators makes them work
for _, ev in ipairs({"__add", "__tostring"}) do Derived[ev] = Base[ev] end
print((d + d).v, tostring(d))
-- every kind of event through a three-level chain of __index tables
local ops = {}
local Root = {}
local events = {"add", "sub", "mul", "div", "mod", "pow", "unm", "concat", "lt", "le", "eq", "call", "index", "newindex"}
local log = {}
for _, e in ipairs(events) do
  Root["__" .. e] = function(...) log[#log + 1] = e; return true end
end
local Mid = setmetatable({}, {__index = Root})
local Leaf = setmetatable({}, {__index = Mid})
for _, e in ipairs(events) do Leaf["__" .. e] = Leaf["__" .. e] end -- inherited into Leaf
local x, y = setmetatable({}, Leaf), setmetatable({}, Leaf)
local _ = x + y, x - y, x * y, x / y, x % y, x ^ y, -x, x .. y, x < y, x <= y, x == y, x(), x.missing
x.newfield = 1
print(table.concat(log, " "))
-- a metatable whose __index is itself: fields and methods come from the metatable
local Self = {greet = function() return "hi" end}
Self.__index = Self
print(setmetatable({}, Self).greet())
-- a long __index chain
local top = {deep = "found at the top"}
local cur = top
for i = 1, 50 do cur = setmetatable({}, {__index = cur}) end
print(cur.deep, cur.absent)
-- __newindex chain: the assignment lands in the first table without __newindex
local sink = {}
local mid = setmetatable({}, {__newindex = sink})
local leaf = setmetatable({}, {__newindex = mid})
leaf.k = "v"
print(rawget(leaf, "k"), rawget(mid, "k"), sink.k)
