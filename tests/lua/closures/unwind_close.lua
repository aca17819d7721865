-- An error that unwinds frames with captured locals closes those upvalues: the
-- closures keep working with the values the locals had when the error was raised.
local saved = {}
local function deep(n)
  local mine = "level " .. n
  saved[n] = function(suffix) mine = mine .. suffix; return mine end
  if n == 0 then error("bottom reached") end
  deep(n - 1)
  mine = "never reached"
end
print(pcall(deep, 5))
print(saved[5]("!"), saved[0]("?"), saved[5]("!"))
-- the stack slots are reused by later calls without disturbing the closed upvalues
local function reuse(a, b, c, d, e, f) return a + b + c + d + e + f end
print(reuse(1, 2, 3, 4, 5, 6), saved[3](""))
-- error inside a loop body with a captured loop variable
local fs = {}
local ok, e = pcall(function()
  for i = 1, 10 do
    local v = i * i
    fs[i] = function() return v end
    if i == 4 then error({at = i}) end
  end
end)
print(ok, e.at)
print(#fs, fs[1](), fs[4]())
-- a coroutine that dies with an error closes its upvalues too
local getter
local co = coroutine.create(function()
  local inside = "coroutine local"
  getter = function() return inside end
  error("coroutine failed")
end)
print(coroutine.resume(co))
print(coroutine.status(co), getter())
-- xpcall's handler runs before the unwinding: it still sees the live variable
local probe
local function h(m) return probe() end
print(xpcall(function()
  local state = "open"
  probe = function() return state end
  state = "changed before error"
  error("x")
end, h))
print(probe())
