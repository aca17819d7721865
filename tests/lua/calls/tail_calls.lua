-- Proper tail calls do not grow the stack.
local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + 1)
end
print(loop(1000000, 0))
local even, odd
function even(n) if n == 0 then return "even" end return odd(n - 1) end
function odd(n) if n == 0 then return "odd" end return even(n - 1) end
print(even(1000001), even(1000000))
-- a tail call through a method and a table field
local obj = {n = 0}
function obj:count(k) if k == 0 then return self.n end self.n = self.n + 1 return self:count(k - 1) end
print(obj:count(300000))
-- tail call to a vararg function
local function va(n, ...) if n == 0 then return select("#", ...) end return va(n - 1, ...) end
print(va(200000, 1, 2, 3))
-- a tail call returns all results
local function three() return 1, 2, 3 end
local function t3() return three() end
print(t3())
-- tail call through __call
local cnt = setmetatable({}, {__call = function(self, n) if n == 0 then return "called" end return self(n - 1) end})
print(cnt(100000))
