-- type returns a string naming the type; it requires an argument.
local vals = {nil, true, 1, "s", {}, print, coroutine.create(function() end), newproxy()}
for i = 1, 8 do print(i, type(vals[i])) end
print(pcall(type))
print(type(type(nil)))
