-- Tail calls that pass many arguments, and deep tail recursion that must not grow the stack.
local function loop(n, a, b, c, d, e, f, g, h)
  if n == 0 then return a, b, c, d, e, f, g, h end
  return loop(n - 1, b, c, d, e, f, g, h, a)
end
print(loop(100000, 1, 2, 3, 4, 5, 6, 7, 8))
print(loop(7, 1, 2, 3, 4, 5, 6, 7, 8))
-- a tail call with a varying number of arguments
local function vloop(n, ...)
  if n == 0 then return select("#", ...), ... end
  if n % 2 == 0 then return vloop(n - 1, n, ...) end
  return vloop(n - 1, ...)
end
print(vloop(10))
-- mutual tail recursion
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(100001), odd(100001))
-- tail calls through a table of functions and a method
local obj = {n = 0}
function obj:step(k, acc)
  if k == 0 then return acc end
  return self:step(k - 1, acc + k)
end
print(obj:step(50000, 0))
-- tail call of a callable table
local callable = setmetatable({}, {__call = function(self, n, acc)
  if n == 0 then return acc end
  return self(n - 1, acc)
end})
print(callable(30000, "done"))
-- the results of a tail call can be truncated by the caller
local function three() return 1, 2, 3 end
local function tc() return three() end
print(tc())
print((tc()))
local x, y = tc()
print(x, y)
