-- "local function" can call itself; "local f = function" cannot.
local function fact(n) return n <= 1 and 1 or n * fact(n - 1) end
print(fact(12))
fact_global = "global"
local f = function(n) return fact_global end
print(f())
local g = function(n) if n == 0 then return "done" end return g(n - 1) end
print(pcall(g, 1))
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(10), odd(7), even(7))
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 3))
