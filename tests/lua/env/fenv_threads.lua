-- Thread environments (set with debug.setfenv, or setfenv(0, t) inside the thread),
-- levels, and the environment new functions inherit.
local co = coroutine.create(function()
  local env0 = getfenv(0)
  coroutine.yield(env0 == _G)
  return getfenv(0).thread_marker
end)
print(coroutine.resume(co))
print(debug.getfenv(co) == _G)
local tenv = setmetatable({thread_marker = "thread env"}, {__index = _G})
print(debug.setfenv(co, tenv) == co, debug.getfenv(co) == tenv)
print(coroutine.resume(co))
-- the main thread's environment is unchanged
print(getfenv(0) == _G, thread_marker)
-- functions created by loadstring get the environment of the thread that loads them
local co2 = coroutine.create(function()
  local f = loadstring("return which")
  return f()
end)
debug.setfenv(co2, {which = "loaded in thread", loadstring = loadstring})
print(coroutine.resume(co2))
-- closures inherit the environment of the function that creates them
local function factory() return function() return inherited end end
setfenv(factory, {inherited = "from factory env"})
print(factory()())
-- setfenv(1, t) changes the running function's environment
local function switch()
  local print_ = print
  setfenv(1, {value = "switched"})
  return value
end
print(switch())
-- levels count only Lua and C functions in the call chain
local function level3() local e = getfenv(3); return e end
local function level2() local r = level3(); return r end
local function level1() local r = level2(); return r end
local e1 = {}
setfenv(level1, e1)
print(level1() == e1)
-- setfenv on builtins and bad arguments
print(pcall(setfenv, print, {}))
print(pcall(setfenv, 1, nil))
print(pcall(setfenv, {}, {}))
print(pcall(getfenv, coroutine.create(function() end)))
