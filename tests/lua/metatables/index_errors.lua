-- Indexing values that have no __index.
print(pcall(function() local b = true; return b.x end))
print(pcall(function() local f = print; return f.x end))
print(pcall(function() local f = print; f.x = 1 end))
print(pcall(function() local u = newproxy(); return u.x end))
print(pcall(function() local u = newproxy(true); return u.x end))
local u = newproxy(true)
getmetatable(u).__index = function(_, k) return "ud." .. k end
getmetatable(u).__newindex = function(_, k, v) rawset(_G, "stored_" .. k, v) end
print(u.field)
u.thing = 5
print(stored_thing)
print(pcall(function() local n = nil; n.x = 1 end))
print(pcall(function() return ("s").x end))
