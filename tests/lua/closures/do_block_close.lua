-- A local captured inside a do block is closed when the block ends; closures made
-- in the same block share it, closures from different executions do not.
local get, set
do
  local x = "initial"
  get = function() return x end
  set = function(v) x = v end
end
print(get())
set("changed")
print(get())
-- a later local in the same slot does not alias the closed upvalue
do local y = "other" end
print(get())
local makers = {}
for i = 1, 3 do
  do
    local v = i * 10
    makers[i] = {function() return v end, function(n) v = v + n end}
  end
end
makers[2][2](5)
print(makers[1][1](), makers[2][1](), makers[3][1]())
-- closing in nested blocks: the inner and outer locals close at their own ends
local inner, outer
do
  local a = 1
  do
    local b = 2
    inner = function() a = a + 1; b = b + 1; return a, b end
  end
  outer = function() return a end
end
print(inner())
print(inner())
print(outer())
-- the captured value is the variable, not a copy at closure creation
local late
do
  local z = 1
  late = function() return z end
  z = 2
end
print(late())
-- a function parameter captured and modified after the closure is created
local function box(v)
  local f = function() return v end
  v = v .. "!"
  return f
end
print(box("param")())
