-- ref: luajit
-- LuaJIT 2.1's table.move and the table.new / table.clear modules.
print(table.concat(table.move({1, 2, 3}, 1, 3, 2), ","))
print(table.concat(table.move({1, 2, 3, 4, 5}, 2, 5, 1), ","))
print(#table.move({1, 2, 3}, 1, 3, 1, {}))
print(#table.move({1, 2, 3}, 3, 1, 1, {}))
-- Raw accesses: metamethods are not consulted.
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. k return k * 10 end,
  __newindex = function(t, k, v) log[#log + 1] = "set" .. k rawset(t, k, v) end})
rawset(proxy, 1, "one")
table.move(proxy, 1, 2, 5)
print(#log, rawget(proxy, 5), rawget(proxy, 6))
print(pcall(table.move, 1, 1, 2, 3))
print(pcall(table.move, {}, 1, 2, 3, "x"))

local new = require "table.new"
local t = new(10, 5)
for i = 1, 10 do t[i] = i end
print(#t, type(new), package.loaded["table.new"] == new)
print(next(new(0, 0)))
print(pcall(new, "x"))

local clear = require "table.clear"
local u = {1, 2, 3, a = 1, b = 2}
clear(u)
print(next(u), #u)
u.x = 5; u[1] = 7; u.y = 6
print(u.x, u[1], u.y)
print(pcall(clear, nil))
