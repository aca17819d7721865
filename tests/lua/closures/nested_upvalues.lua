-- Upvalues of upvalues: inner functions reach through several levels.
local function outer()
  local a = 1
  return function()
    local b = 10
    return function()
      local c = 100
      return function()
        a = a + 1; b = b + 1; c = c + 1
        return a + b + c
      end
    end
  end
end
local mid = outer()
local inner = mid()
local f = inner()
print(f(), f())
local g = inner()
print(g(), f())
local h = mid()()
print(h())
-- a closure created before the enclosing function returns sees later changes
local function mk()
  local v = "first"
  local get = function() return function() return v end end
  v = "second"
  return get()
end
print(mk()())
-- recursion through an upvalue
local function fib_maker()
  local fib
  fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
  return fib
end
print(fib_maker()(20))
