-- coroutine.wrap returns a function that resumes and re-raises errors.
local gen = coroutine.wrap(function(a)
  local b = coroutine.yield(a * 2)
  local c = coroutine.yield(b + 1)
  return "end", c
end)
print(gen(5))
print(gen(10))
print(gen("last"))
print(pcall(gen))
local bad = coroutine.wrap(function() error("wrapped failure") end)
print(pcall(bad))
-- re-raised from a Lua caller: the caller's position is prepended to string errors
local bad2 = coroutine.wrap(function() error("again") end)
print(pcall(function()
  local v = bad2()  -- line 16
  return v
end))
local tbl = {}
local bad3 = coroutine.wrap(function() error(tbl) end)
local ok, e = pcall(bad3)
print(ok, e == tbl)
print(type(coroutine.wrap(function() end)))
