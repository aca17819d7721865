-- Yielding from the main thread is an error.
local ok, e = pcall(coroutine.yield, 1)
print(ok)
print(pcall(function() coroutine.yield() end) == false)
