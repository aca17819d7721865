-- ref: luajit
-- Argument errors that LuaJIT words differently from PUC 5.1.
print(pcall(ipairs))
print(pcall(pairs))
print(pcall(string.format, "%s"))
print(pcall(coroutine.create, 1))
print(pcall(coroutine.wrap, "f"))
print(pcall(xpcall, function() error("x") end, 42))
print(select("#", pcall(coroutine.create, print)))
-- a builtin called in tail position loses its caller's frame in LuaJIT:
-- the message has no position and no function name
print(pcall(function() return math.floor("x") end))
print(pcall(function() local r = math.floor("x") return r end))
print(pcall(function() return ("x"):rep() end))
print(pcall(function() local r = ("x"):rep() return r end))
-- getfenv(2) called in tail position sees past the function that called it
local function l2() return getfenv(2) end
local function l1() local r = l2(); return r end
setfenv(l1, {})
print(l1() == _G)
print(pcall(getfenv, -1))
