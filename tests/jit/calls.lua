-- Calls of small Lua functions inside loops (candidates for inlining), with
-- multiple results, varargs, methods and callees that change.

local function sq(x) return x * x end
local function add(a, b) return a + b end
local s = 0
for i = 1, 300 do s = add(s, sq(i)) end
print("inline", s)

local function divmod(a, b) return math.floor(a / b), a % b end
local q, r = 0, 0
for i = 1, 300 do
  local a, b = divmod(i * 7, 5)
  q, r = q + a, r + b
end
print("multret", q, r)

-- Methods.
local Acc = {}
Acc.__index = Acc
function Acc.new() return setmetatable({v = 0}, Acc) end
function Acc:add(x) self.v = self.v + x return self end
local acc = Acc.new()
for i = 1, 300 do acc:add(i):add(-1) end
print("method", acc.v)

-- The callee changes mid-loop.
local fns = {function(x) return x + 1 end, function(x) return x * 2 end}
local f = fns[1]
local y = 0
for i = 1, 300 do
  if i == 150 then f = fns[2] end
  if i == 160 then f = fns[1] end
  y = f(y) % 100003
end
print("callee", y)

-- Calls two levels deep, and a recursive function called from a loop.
local function inner(x) return x - 1 end
local function outer(x) return inner(x) * 2 end
local o = 0
for i = 1, 300 do o = o + outer(i) end
print("deep", o)
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local fsum = 0
for i = 1, 300 do fsum = fsum + fib(i % 12) end
print("recursive", fsum)

-- Calls that raise errors, caught inside the loop.
local function maybe(i) if i % 50 == 0 then error("bad " .. i, 0) end return i end
local good, bad = 0, 0
for i = 1, 300 do
  local ok, v = pcall(maybe, i)
  if ok then good = good + v else bad = bad + 1 end
end
print("pcall", good, bad)

-- Native functions in the loop.
local m = 0
for i = 1, 300 do m = m + math.max(i % 17, 5) + math.abs(-i) + #tostring(i) end
print("native", m)
local parts = {}
for i = 1, 300 do parts[#parts + 1] = string.format("%d", i % 10) end
print("strings", #table.concat(parts), table.concat(parts):sub(1, 20))

-- A function called in a loop whose result type changes.
local function conv(i) if i > 200 then return tostring(i) end return i end
local mixed = 0
for i = 1, 300 do mixed = mixed + conv(i) end
print("result type", mixed)
