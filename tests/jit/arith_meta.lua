-- Arithmetic metamethods called from traces: the handler is found in the
-- left operand's metatable, else the right one's; numbers on either side;
-- results stored where the instruction wants them; exits inside handlers
-- (a type change, a handler replaced, a different metatable); protected
-- metatables with constructors in tail position.

local V = {}
V.__index = V
local function new(x, y) return setmetatable({ x = x, y = y }, V) end
V.__add = function(a, b) return new(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return new(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return new(a * b.x, a * b.y) end
  if type(b) == "number" then return new(a.x * b, a.y * b) end
  return new(a.x * b.x, a.y * b.y)
end
V.__div = function(a, b) return new(a.x / b, a.y / b) end
V.__mod = function(a, b) return new(a.x % b, a.y % b) end
V.__unm = function(a) return new(-a.x, -a.y) end

local acc = new(0, 0)
for i = 1, 600 do
  local v = new(i, -i)
  acc = acc + v * 0.5 - (-v) + 2 * v - v / 4 + v % 7
  if i % 150 == 0 then print("acc", i, acc.x, acc.y) end
end

-- The handler only on the right operand; constant operands on both sides.
local R = setmetatable({}, { __add = function(a, b) return "R+" .. tostring(type(a) == "number" and a or b) end,
                             __sub = function(a, b) return 1000 end })
local out = {}
for i = 1, 300 do
  out[#out + 1] = (i + R) .. (R + i) .. (5 - R) .. (R - 5)
end
print("right", out[1], out[150], out[300], #out)

-- A handler that counts its calls through an upvalue; two operands with
-- different metatables (the left one's handler wins).
local calls = 0
local A = setmetatable({}, { __add = function(a, b) calls = calls + 1; return calls end })
local B = setmetatable({}, { __add = function(a, b) return -1 end })
local s = 0
for i = 1, 400 do s = s + (A + B) + (B + A) end
print("counted", s, calls)

-- The operand changes mid-loop: a table, then a number, then a table with
-- another metatable.
local W = setmetatable({ v = 3 }, { __add = function(a, b) return a.v + b end })
local W2 = setmetatable({ v = 5 }, { __add = function(a, b) return a.v * b end })
local vals = {}
for i = 1, 500 do
  local o = i < 200 and W or (i < 350 and i or W2)
  vals[#vals + 1] = o + i
end
print("changing", vals[1], vals[199], vals[200], vals[349], vals[350], vals[500])

-- The handler is replaced mid-loop.
local M = { __add = function(a, b) return 1 end }
local T = setmetatable({}, M)
local t1 = 0
for i = 1, 400 do
  if i == 250 then M.__add = function(a, b) return 2 end end
  t1 = t1 + (T + i)
end
print("replaced", t1)

-- A handler that raises an error inside a trace.
local E = setmetatable({}, { __sub = function(a, b)
  if b == 333 then error("bad operand " .. b) end
  return b
end })
local ok, err = pcall(function()
  local x = 0
  for i = 1, 500 do x = x + (E - i) end
  return x
end)
print("error", ok, err)

-- A handler that is a loop itself, and one that recurses into metamethods.
local L = setmetatable({ n = 4 }, { __mul = function(a, b)
  local r = 0
  for k = 1, a.n do r = r + b end
  return r
end })
local P
P = setmetatable({}, { __add = function(a, b)
  if b <= 0 then return 0 end
  return 1 + (P + (b - 1))
end })
local lt, pt = 0, 0
for i = 1, 300 do lt = lt + L * i; pt = pt + (P + 3) end
print("nested", lt, pt)

-- Constructors under a protected metatable (setmetatable on a table that
-- already has one would fail): returning them from a function in tail
-- position must not run setmetatable twice.
local Prot = { __metatable = "locked" }
Prot.__index = Prot
local function make(i) return setmetatable({ i = i }, Prot) end
local function via1(i) return make(i) end
local function via2(i) return make(i + 1) end
local sum = 0
for i = 1, 300 do
  local o = (i % 3 == 0) and via1(i) or via2(i)
  sum = sum + o.i
end
print("protected", sum, getmetatable(make(1)))

-- __index functions (also at the end of an __index chain, and on the
-- globals table), called inside traces with the table and the key.
local Default = setmetatable({}, { __index = function(t, k) return #k end })
local Chain = setmetatable({ own = 1 }, { __index = Default })
local hits = 0
for i = 1, 400 do
  hits = hits + Default.abc + Chain.own + Chain.missing + (rawget(Chain, "missing") or 0)
end
print("index functions", hits)
local env = setmetatable({}, { __index = function(t, k) return k == "answer" and 42 or _G[k] end })
local f = setfenv(function()
  local s = 0
  for i = 1, 300 do s = s + answer end
  return s
end, env)
print("global index", f())

-- Calls of tables through __call (class constructors): the table becomes
-- the first argument; the handler replaced mid-loop takes the exit.
local Point = setmetatable({}, { __call = function(cls, x, y) return { x = x, y = y, cls = cls } end })
local Callable = { __call = function(self, a, b, c) return self.k + a + (b or 0) + (c or 0) end }
local obj = setmetatable({ k = 10 }, Callable)
local px, calls2 = 0, 0
for i = 1, 400 do
  local p = Point(i, -i)
  px = px + p.x - p.y + (p.cls == Point and 1 or 0)
  calls2 = calls2 + obj(i) + obj(1, 2) + obj(1, 2, 3)
  if i == 300 then Callable.__call = function(self, a) return -a end end
end
print("__call", px, calls2)
