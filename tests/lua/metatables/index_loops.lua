-- Cycles in __index or __newindex chains are detected and reported.
local a, b = {}, {}
setmetatable(a, {__index = b})
setmetatable(b, {__index = a})
local ok, e = pcall(function() return a.x end)
print(ok, e)
local c = {}
setmetatable(c, {__index = c})
print(pcall(function() return c.y end))
local n1, n2 = {}, {}
setmetatable(n1, {__newindex = n2})
setmetatable(n2, {__newindex = n1})
print(pcall(function() n1.z = 1 end))
-- a long but finite chain is fine
local base = {v = "end of chain"}
local t = base
for i = 1, 80 do t = setmetatable({}, {__index = t}) end
print(pcall(function() return t.v end))
-- a function handler that recurses through the same table stops with a stack overflow
local r = setmetatable({}, {})
getmetatable(r).__index = function(t, k) return t[k] end
local ok2, e2 = pcall(function() return r.q end)
print(ok2, type(e2))
