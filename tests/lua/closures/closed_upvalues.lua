-- Upvalues stay alive after the enclosing function returns, even in coroutines.
local function make_acc()
  local total = 0
  local add = function(x) total = total + x; return total end
  local get = function() return total end
  return add, get
end
local add, get = make_acc()
for i = 1, 100 do add(i) end
print(get())
-- closures made in a coroutine survive the coroutine
local co = coroutine.create(function()
  local state = "in coroutine"
  coroutine.yield(function() return state end)
  state = "changed after resume"
end)
local _, reader = coroutine.resume(co)
print(reader())
coroutine.resume(co)
print(reader(), coroutine.status(co))
-- a parameter captured and modified
local function param(p)
  return function() p = p .. "!"; return p end
end
local pf = param("hi")
print(pf(), pf())
-- upvalue captured in a vararg function
local function va(...)
  local n = select("#", ...)
  return function() return n end
end
print(va(1, 2, 3)())
