-- ref: luajit
-- Resuming a coroutine that is resuming another one (status "normal").
-- PUC 5.1 says "cannot resume normal coroutine".
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function() return coroutine.resume(outer) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
