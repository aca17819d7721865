-- Tail calls (CALLT) and variable results (CALL with all results, then
-- CALLM, CALLMT or RETM) inside traces.

-- Tail recursion loops in place.
local function count(n, acc) if n == 0 then return acc end return count(n - 1, acc + n) end
print("count", count(20000, 0), count(0, 5))
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print("ack", ack(2, 300), ack(3, 5))

-- Mutual tail recursion, and tail calls of other functions.
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print("parity", even(3001), odd(3001), even(10))
local function sq(x) return x * x end
local function via(x) return sq(x + 1) end
local s = 0
for i = 1, 500 do s = s + via(i) end
print("via", s)

-- A tail call to something else than a Lua function ends the recording.
local function tnative(x) return math.floor(x) end
local function tcall(x) return setmetatable({}, { __call = function(_, y) return y end })(x) end
s = 0
for i = 1, 300 do s = s + tnative(i + 0.5) + tcall(i) end
print("others", s)

-- Variable results passed on: f(g()), return g() in a RETM, and a native
-- taking them.
local function two(x) return x, x + 1 end
local function none() end
local function sum3(a, b, c) return a + (b or 10) + (c or 100) end
local function pass(x) return x, two(x) end
s = 0
for i = 1, 400 do
  local a, b, c = pass(i)
  s = s + sum3(two(i)) + sum3(i, two(i)) + a + b + c + select("#", two(i)) + select("#", none())
end
print("multres", s)

-- The callee of a call taking variable results changes: the guard exits
-- with the results pending, and the interpreter counts them from the stack.
local function addall(a, b, c) return a + b + (c or 0) end
local function suball(a, b, c) return a - b - (c or 0) end
local fns = { addall, suball }
s = 0
for i = 1, 400 do
  local f = fns[(i % 7 == 0) and 2 or 1]
  s = s + f(two(i))
end
print("switch", s)

-- Results of a varying count.
local function upto(n) if n == 1 then return 1 end if n == 2 then return 1, 2 end return 1, 2, 3 end
local function cnt(...) return select("#", ...) end
s = 0
for i = 1, 400 do s = s + cnt(upto(i % 3 + 1)) + sum3(upto(i % 3 + 1) ) end
print("counts", s)

-- Deep tail recursion stays in constant stack.
local function spin(n) if n == 0 then return "done" end return spin(n - 1) end
print("spin", spin(200000))
