-- Recursive Fibonacci: function calls and returns. Usage: fib.lua [n]
-- smoke: 15
local n = tonumber(arg and arg[1]) or 39

local function fib(k)
  if k < 2 then return k end
  return fib(k - 1) + fib(k - 2)
end

print(string.format("fib(%d) = %d", n, fib(n)))
