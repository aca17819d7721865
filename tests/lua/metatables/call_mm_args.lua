-- __call receives the called object first, then the arguments; it can return many values.
local mt = {__call = function(self, ...) return self.name, select("#", ...), ... end}
local obj = setmetatable({name = "obj"}, mt)
print(obj())
print(obj(1, nil, 3))
print(obj(unpack({1, 2, 3, 4, 5})))
-- a callable as a method and as a field
local holder = {f = obj}
print(holder.f("x"))
print(select(2, holder:f("y")), rawequal(select(3, holder:f("y")), holder))
-- called through pcall and as a generic for iterator
print(pcall(obj, "through pcall"))
local step = setmetatable({}, {__call = function(self, state, i)
  i = i + 1
  if i <= state then return i, i * i end
end})
for i, sq in step, 3, 0 do io.write(i, "=", sq, " ") end
print()
-- __call is not followed through a second level
local inner = setmetatable({}, {__call = function() return "inner" end})
local outer = setmetatable({}, {__call = inner})
print(inner(), (pcall(outer)))
-- __call on userdata
local u = newproxy(true)
getmetatable(u).__call = function(self, a, b) return type(self), a + b end
print(u(2, 3))
-- calling a table without __call
print(pcall(function() local t = {}; t() end))
print(pcall(setmetatable({}, {}), 1))
-- the number of results
print(select("#", obj()))
