-- newproxy(true) makes a fresh metatable; newproxy(p) shares p's metatable.
local a = newproxy(true)
local b = newproxy(a)
print(getmetatable(a) == getmetatable(b), type(getmetatable(a)))
local c = newproxy()
print(getmetatable(c))
local d = newproxy(false)
print(getmetatable(d))
getmetatable(a).name = "shared"
print(getmetatable(b).name)
print(pcall(newproxy, {}))
print(pcall(newproxy, c))
print(a == b, type(a))
