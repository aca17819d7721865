-- getfenv/setfenv with stack levels: 1 is the calling function, 0 the thread.
print(getfenv() == _G, getfenv(0) == _G, getfenv(1) == _G)
local function show() return getfenv(1) == getfenv(show) end
print(show())
local function setcaller(env) setfenv(2, env) end
local function user()
  local env = setmetatable({marker = "set by callee"}, {__index = _G})
  setcaller(env)
  return marker
end
print(user())
print(marker)
local function level2() local r = getfenv(2); return r end
local function level1() local r = level2(); return r end
local e = {}
setfenv(level1, e)
print(level1() == e)
print(pcall(getfenv, 100))
print(pcall(setfenv, 100, {}))
-- setfenv(0, t) changes the thread's global table
local co = coroutine.create(function()
  local saved = getfenv(0)
  setfenv(0, setmetatable({thread_only = true}, {__index = saved}))
  local f = loadstring("return thread_only")
  return f()
end)
print(coroutine.resume(co))
print(thread_only)
