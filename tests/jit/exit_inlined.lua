-- Exits from inlined frames: a loop calls functions that the trace inlines,
-- and a guard fails two or three calls deep at a known iteration. The exit
-- must rebuild every caller's frame, so that each caller goes on with its
-- own locals (computed before the call, used after it) as the interpreter
-- would.

-- Three levels; the innermost meets a string at iteration 200.
local data = {}
for i = 1, 300 do data[i] = i end
data[200] = "200"
data[250] = "x"
local function leaf(i)
  local v = data[i]
  if type(v) == "string" then return #v * 1000 end
  return v * 2
end
local function mid(i)
  local before = i * 3
  local r = leaf(i)
  local after = before - r
  return before, r, after
end
local function top(i)
  local k = i % 7
  local a, b, c = mid(i)
  return k + a + b + c, k
end
local sum, lastk = 0, nil
local trail = {}
for i = 1, 300 do
  local s, k = top(i)
  sum = sum + s
  lastk = k
  if i >= 199 and i <= 201 or i == 250 then trail[#trail + 1] = s .. ":" .. k end
end
print("three levels", sum, lastk, table.concat(trail, " "))

-- The callers' locals live across the call; the deepest guard exits while
-- they still hold values the trace computed (the exit must write them back).
local function depth3(x, t) return t.f(x) end
local function depth2(x, t)
  local l1, l2, l3 = x + 1, x * x, tostring(x)
  local r = depth3(x, t)
  return l1 + l2 + #l3 + r
end
local function depth1(x, t)
  local pre = { x }
  local r = depth2(x, t)
  return pre[1] + r
end
local obj = { f = function(x) return x end }
local acc = 0
for i = 1, 300 do
  if i == 180 then obj.f = function(x) return -x end end
  if i == 240 then obj = { f = function(x) return x * 0.5 end } end
  acc = acc + depth1(i, obj)
end
print("callee changes", acc)

-- A metatable guard failing in an inlined method two calls deep.
local Vec = {}
Vec.__index = Vec
function Vec.new(x, y) return setmetatable({ x = x, y = y }, Vec) end
function Vec:len2() return self.x * self.x + self.y * self.y end
function Vec:scaled(k) local n = self:len2() return n * k end
local function measure(v, k) local base = k + 1 return base + v:scaled(k) end
local vs = {}
for i = 1, 300 do vs[i] = Vec.new(i, -i) end
local Other = { len2 = function() return 1 end, scaled = Vec.scaled }
Other.__index = Other
setmetatable(vs[150], Other)
vs[220].y = 0.5
local m = 0
for i = 1, 300 do m = m + measure(vs[i], i % 4) end
print("methods", m)

-- Upvalues of inlined closures changed by the exit path: the closure's
-- upvalue and the caller's local must both be as the interpreter leaves them.
local function make_counter()
  local count = 0
  local limit = 250
  return function(step)
    count = count + step
    if count > limit then count = -count end
    return count
  end
end
local counter = make_counter()
local function twice(step) local a = counter(step) local b = counter(step) return a + b, a end
local tot, firsts = 0, 0
for i = 1, 300 do
  local x, y = twice(i % 3)
  tot = tot + x
  firsts = firsts + y
end
print("upvalues", tot, firsts, counter(0))

-- Multiple results returned through inlined frames, their count changing at
-- a known iteration (the callers take them all).
local function results(i)
  if i < 200 then return i, i + 1 end
  if i < 260 then return i end
  return i, i, i
end
local function pass(i) return results(i) end
local function count_all(i) return select("#", pass(i)) end
local function sum_all(i)
  local s = 0
  local r = { pass(i) }
  for j = 1, #r do s = s + r[j] end
  return s
end
local nres, sres = 0, 0
for i = 1, 300 do
  nres = nres + count_all(i)
  sres = sres + sum_all(i)
end
print("results", nres, sres)

-- A vararg function in the middle of the chain.
local function inner(a, b) if b == nil then return a end return a + b end
local function va(...)
  local n = select("#", ...)
  local first = ...
  return n * 100 + inner(...) + first
end
local vsum = 0
for i = 1, 300 do
  if i < 150 then vsum = vsum + va(i, 1) else vsum = vsum + va(i) end
end
print("varargs", vsum)

-- A guard in an arithmetic metamethod handler, called by an inlined
-- function: the exit rebuilds the continuation frame of the handler.
local Num = {}
Num.__add = function(p, q)
  local pv = type(p) == "table" and p.v or p
  local qv = type(q) == "table" and q.v or q
  return pv + qv
end
local function addup(p, q) local before = p.v return (p + q) * 2 - before end
local nums = {}
for i = 1, 300 do nums[i] = setmetatable({ v = i }, Num) end
nums[170].v = 0.25
local ms = 0
for i = 1, 300 do ms = ms + addup(nums[i], i % 5) end
print("metamethod", ms)

-- An __index function called while indexing inside an inlined function,
-- whose own table lookup changes shape at a known iteration.
local backing = {}
for i = 1, 300 do backing["k" .. i % 50] = i end
local proxy = setmetatable({}, { __index = function(_, k) return backing[k] end })
local function get(name) local key = "k" .. name return proxy[key], key end
local function get_twice(n) local a, ka = get(n) local b = get(n + 1) return (a or 0) + (b or 0), ka end
local gsum, glast = 0, nil
for i = 1, 300 do
  if i == 120 then backing.k7 = nil end
  if i == 220 then for j = 1, 100 do backing["extra" .. j] = j end end
  local s, k = get_twice(i % 50)
  gsum = gsum + s
  glast = k
end
print("__index", gsum, glast)

-- Recursion inlined into a loop (a small fixed depth), with a guard at the
-- bottom failing at a known iteration.
local function fact(n, bad)
  if n <= 1 then if bad then return 0.5 end return 1 end
  local keep = n
  return keep * fact(n - 1, bad)
end
local fsum = 0
for i = 1, 300 do fsum = fsum + fact(i % 5 + 1, i == 222) end
print("inlined recursion", fsum)
