-- coroutine.running returns the running coroutine, or nil in the main thread (5.1).
print(coroutine.running())
local co
co = coroutine.create(function()
  local r = coroutine.running()
  print(r == co, type(r))
  local inner = coroutine.create(function() return coroutine.running() end)
  local _, ir = coroutine.resume(inner)
  print(ir == inner, ir ~= co)
  print(coroutine.running() == co)
end)
coroutine.resume(co)
print(coroutine.running())
