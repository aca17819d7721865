-- ref: luajit
-- Argument errors that LuaJIT words differently from PUC 5.1.
print(pcall(ipairs))
print(pcall(pairs))
print(pcall(string.format, "%s"))
print(pcall(coroutine.create, 1))
print(pcall(coroutine.wrap, "f"))
print(pcall(xpcall, function() error("x") end, 42))
print(select("#", pcall(coroutine.create, print)))
print(pcall(getfenv, -1))
