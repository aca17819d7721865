-- print looks up tostring in the running coroutine's environment.
local co = coroutine.create(function() print(1, "a") end)
local real = tostring
debug.setfenv(co, {tostring = function(v) return "<" .. real(v) .. ">" end})
coroutine.resume(co)
print(2, "b")
