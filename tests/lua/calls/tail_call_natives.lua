-- A builtin called in tail position runs with its caller's frame still in place
-- (Lua 5.1 semantics; LuaJIT drops the frame): error messages get the caller's
-- position and the builtin's name, and levels count the caller.
print(pcall(function() return math.floor("x") end))
print(pcall(function() local r = math.floor("x") return r end))
print(pcall(function() return ("x"):rep() end))
local getfenv = getfenv
local function l2() return getfenv(2) end
local function l1() local r = l2(); return r end
setfenv(l1, {})
print(l1() == _G)
local function e() return getfenv(1) end
setfenv(e, {marker = true})
print(e().marker)
-- results of a tail-called builtin are the caller's results
local function sel(...) return select("#", ...) end
local function tail3() return sel(1, nil, 3) end
print(tail3())
local function tailmany() return unpack({1, 2, 3, 4, 5}) end
print(tailmany())
-- a coroutine yielding through a tail-called yield resumes correctly
local co = coroutine.wrap(function(a) local function y(v) return coroutine.yield(v) end local r = y(a) return r, "done" end)
print(co("first"))
print(co("second"))
