-- Each call of a closure factory creates an independent upvalue.
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2(), c1(), c2())
local function make(start, step)
  return function() start = start + step; return start end
end
local by10 = make(0, 10)
print(by10(), by10(), make(5, -1)())
