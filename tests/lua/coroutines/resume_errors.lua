-- Resuming dead, running and non-suspended coroutines.
local co = coroutine.create(function() return 1 end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
local self
self = coroutine.create(function() return coroutine.resume(self) end)
print(coroutine.resume(self))
print(pcall(coroutine.resume))
print(pcall(coroutine.resume, {}))
local w = coroutine.wrap(function() return "once" end)
print(w())
print(pcall(w))
