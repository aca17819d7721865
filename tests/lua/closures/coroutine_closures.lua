-- Closures created inside coroutines keep their upvalues after the coroutine ends,
-- and coroutines share upvalues with the function that created them.
local counter = 0
local co = coroutine.wrap(function()
  local own = 0
  while true do
    counter = counter + 1
    own = own + 10
    coroutine.yield(function() return own, counter end)
  end
end)
local f1 = co()
local f2 = co()
print(f1())
print(f2())
counter = 100
print(f1())
-- a closure escaping a dead coroutine
local escaped
local c = coroutine.create(function(x)
  local y = x * 2
  escaped = function(d) y = y + d; return y end
  coroutine.yield(y)
  return "finished"
end)
print(coroutine.resume(c, 5))
print(coroutine.resume(c))
print(coroutine.status(c), escaped(1), escaped(1))
-- a filter chain of generators
local function gen(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local function filter(pred, g)
  return coroutine.wrap(function()
    for v in g do if pred(v) then coroutine.yield(v) end end
  end)
end
local function map(fn, g)
  return coroutine.wrap(function() for v in g do coroutine.yield(fn(v)) end end)
end
local out = {}
local limit = 3
for v in map(function(v) return v * limit end, filter(function(v) return v % 2 == 0 end, gen(12))) do
  out[#out + 1] = v
end
print(table.concat(out, " "))
-- upvalue modified inside the coroutine is seen outside while it is suspended
local shared = "before"
local w = coroutine.wrap(function() shared = "inside"; coroutine.yield(); shared = "after" end)
w()
print(shared)
w()
print(shared)
