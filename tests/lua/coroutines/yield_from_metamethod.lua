-- ref: luajit
-- LuaJIT can yield from metamethods called by Lua code (PUC 5.1 cannot).
local mt = {
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __call = function(self, x) return coroutine.yield("call " .. x) end,
  __newindex = function(t, k, v) coroutine.yield("newindex " .. k .. "=" .. v) end,
  __eq = function() return coroutine.yield("eq") end,
  __unm = function() return coroutine.yield("unm") end,
}
local obj = setmetatable({}, mt)
local obj2 = setmetatable({}, mt)
local co = coroutine.wrap(function()
  local a = obj.field
  local b = obj + 1
  local c = obj < obj2
  local d = obj .. "s"
  local e = obj("arg")
  obj.key = "val"
  local f = obj == obj2
  local g = -obj
  return a, b, c, d, e, f, g
end)
print(co())
print(co("A"))
print(co(2))
print(co(false))
print(co("D"))
print(co("E"))
print(co())
print(co(1))
print(co("G"))
