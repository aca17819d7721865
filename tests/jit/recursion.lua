-- Recursive functions: function traces, up-recursion, side traces from hot
-- exits, and recursion that runs out of stack inside a trace.
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(24))
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 200), ack(3, 4))
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print(sum(5000))
local function count(t, i) if t[i] == nil then return 0 end return 1 + count(t, i + 1) end
local t = {}
for i = 1, 3000 do t[i] = i end
print(count(t, 1))
-- missing arguments are nil inside the trace too
local function opt(a, b) if b == nil then return a end return a + b end
local s = 0
for i = 1, 300 do s = s + opt(i) + opt(i, 1) end
print(s)
-- runaway recursion is a stack overflow, and the VM keeps working after it
local function inf(n) return 1 + inf(n + 1) end
print(pcall(inf, 1))
print(pcall(inf, 1))
print(sum(100))
