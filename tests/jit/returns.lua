-- Returns below a trace's start (RETF): function traces and side traces that
-- return into their callers and go on recording there, down-recursion, and
-- every way such a return can go wrong at run time.

-- A hot function called from several places, wanting different numbers of
-- results: each call site is a different return address (RETF guard exits
-- grow side traces for the others).
local function pair(x) return x, x * 2 end
local function site1(i) local a = pair(i) return a end
local function site2(i) local a, b = pair(i) return a + b end
local function site3(i) local a, b, c = pair(i) return c == nil and b or -1 end
local function site4(i) pair(i) return 0 end
local s = 0
for i = 1, 400 do
  s = s + site1(i) + site2(i) + site3(i) + site4(i)
end
print("sites", s)

-- The returning function's result changes type: the caller's use is guarded.
local function maybe(i) if i % 50 == 0 then return "s" .. i end return i end
local function use(i) local v = maybe(i) return type(v) == "string" and #v or v end
s = 0
for i = 1, 500 do s = s + use(i) end
print("types", s)

-- Recursion that returns through many frames: fib (down-recursion), a sum
-- whose additions happen while returning, and a walk down a linked list.
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print("fib", fib(25))
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print("sum", sum(3000), sum(10), sum(0))
local list = nil
for i = 1, 2000 do list = { v = i, next = list } end
local function total(l) if l == nil then return 0 end return l.v + total(l.next) end
print("list", total(list))
local function depth(l, d) if l == nil then return d end return depth(l.next, d + 1) end
print("depth", depth(list, 0))

-- A function that returns into an interpreted loop of its caller: the trace
-- leaves to the interpreter there.
local function inc(x) return x + 1 end
local function driver(n)
  local v = 0
  for _ = 1, n do
    v = inc(v)
    for _ = 1, 2 do v = v + 0 end
  end
  return v
end
print("driver", driver(300), driver(5))

-- Returns into frames that are not Lua (pcall, coroutines, the host) end the
-- trace at the return.
local function leaf(x) return x * 3 end
s = 0
for i = 1, 300 do
  local ok, v = pcall(leaf, i)
  s = s + (ok and v or 0)
end
print("pcall", s)
local co = coroutine.wrap(function(n)
  for i = 1, n do coroutine.yield(leaf(i)) end
  return -1
end)
s = 0
for _ = 1, 200 do s = s + co(200) end
print("coroutine", s)

-- A function that creates closures returns through the interpreter (its
-- upvalues must be closed).
local function mk(i) local f = function() return i end return f() end
s = 0
for i = 1, 300 do s = s + mk(i) end
print("closures", s)

-- Errors after a return below the start: the positions and tracebacks are
-- the interpreter's.
local function half(x) return x / 2 end
local function bad(i) local v = half(i) if i == 250 then return v + nil end return v end
local ok, err = pcall(function()
  local t = 0
  for i = 1, 300 do t = t + bad(i) end
  return t
end)
print("error", ok, err)

-- Runaway recursion whose returns would have been traced: a stack overflow,
-- and the VM keeps working.
local function down(n) if n == 0 then return 0 end return 1 + down(n - 1) end
print("deep", down(5000))
local function forever(n) return 1 + forever(n + 1) end
print("overflow", pcall(forever, 1))
print("again", down(100))

-- Vararg callers: the caller's frame sits above its arguments.
local function vcall(...)
  local a = inc((...))
  return a + select("#", ...)
end
s = 0
for i = 1, 300 do s = s + vcall(i, i, i) end
print("varargs", s)

-- Multiple results passed on (CALLM in the caller) and returned through
-- several levels.
local function three(x) return x, x + 1, x + 2 end
local function mid(x) local a, b, c = three(x) return a + b + c end
local function top(x) return mid(x) * 2 end
s = 0
for i = 1, 400 do s = s + top(i) + math.max(three(i)) end
print("levels", s)

-- Methods on objects returning into their callers.
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({ x = x, y = y }, Point) end
function Point:len2() return self.x * self.x + self.y * self.y end
function Point:add(o) return self.x + o.x, self.y + o.y end
local p, q = Point.new(1, 2), Point.new(3, 4)
s = 0
for i = 1, 400 do
  local x, y = p:add(q)
  s = s + x + y + q:len2() + i
end
print("methods", s)
