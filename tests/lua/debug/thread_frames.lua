-- The debug functions take an optional thread: frames of a suspended coroutine
-- can be inspected and their locals changed before it resumes.
local co = coroutine.create(function(p)
  local inside = "local of the coroutine"
  local got = coroutine.yield("first yield")
  return inside, got, p
end)
print(coroutine.resume(co, "param"))
local info = debug.getinfo(co, 1, "Sl")
print(info.what, info.short_src, info.currentline, info.linedefined)
print(debug.getlocal(co, 1, 1))
print(debug.getlocal(co, 1, 2))
print(debug.setlocal(co, 1, 2, "changed from outside"))
print(coroutine.resume(co, "resumed value"))
-- a dead coroutine has no frames
print(coroutine.status(co), debug.getinfo(co, 1))
-- a nested call inside the coroutine: level 1 is the innermost Lua function
local co2 = coroutine.create(function()
  local function deeper(x)
    local y = x * 2
    coroutine.yield()
    return y
  end
  local outer_local = "outer"
  local r = deeper(21)
  return r
end)
coroutine.resume(co2)
print(debug.getinfo(co2, 1, "l").currentline, debug.getinfo(co2, 2, "l").currentline)
print(debug.getlocal(co2, 1, 1), debug.getlocal(co2, 1, 2))
print(debug.getlocal(co2, 2, 2))
print(debug.getinfo(co2, 3))
print(coroutine.resume(co2))
-- a coroutine that has not started yet has no Lua frames
local fresh = coroutine.create(function(a) return a end)
print(debug.getinfo(fresh, 1))
print(coroutine.resume(fresh, "fresh ok"))
