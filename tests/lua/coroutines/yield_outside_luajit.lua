-- ref: luajit
-- The message for yielding from the main thread (PUC 5.1 words it differently).
print(pcall(coroutine.yield, 1))
print(pcall(function() local x = coroutine.yield() end))
