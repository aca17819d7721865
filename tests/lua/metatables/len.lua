-- __len is honoured for userdata; Lua 5.1 ignores it for tables and strings.
local u = newproxy(true)
getmetatable(u).__len = function(self) return 42 end
print(#u)
local t = setmetatable({1, 2, 3}, {__len = function() return 100 end})
print(#t)
local v = newproxy(true)
getmetatable(v).__len = function(self, other) return type(self), other end
print(#v)
print(pcall(function() return #newproxy() end))
local w = newproxy(true)
print(pcall(function() return #w end))
