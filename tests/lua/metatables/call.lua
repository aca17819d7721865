-- __call makes a table (or userdata) callable; the object is the first argument.
local callable = setmetatable({name = "obj"}, {__call = function(self, a, b)
  return self.name, a, b
end})
print(callable(1, 2))
print(callable())
print(pcall(callable, "via pcall"))
local counter = setmetatable({n = 0}, {__call = function(self, inc) self.n = self.n + (inc or 1); return self.n end})
counter(); counter(5)
print(counter.n)
local multi = setmetatable({}, {__call = function(_, ...) return select("#", ...), ... end})
print(multi(nil, nil, 3))
local t = {f = callable}
print(t.f("x"))
print(t:f("y") == "obj")
local u = newproxy(true)
getmetatable(u).__call = function(self, x) return "userdata called with " .. x end
print(u("arg"))
print(pcall(function() local plain = {}; plain() end))
local chained = setmetatable({}, {__call = callable})
print(pcall(chained, 1))
-- __call used by generic for
local iter = setmetatable({i = 0}, {__call = function(self)
  self.i = self.i + 1
  if self.i <= 3 then return self.i end
end})
local got = {}
for v in iter do got[#got + 1] = v end
print(table.concat(got, " "))
