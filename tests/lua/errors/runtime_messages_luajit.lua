-- ref: luajit
-- Messages where LuaJIT names less than PUC 5.1 does (5.1 says "field '?'" for
-- keys that are not constant strings).
local function msg(f, ...) local ok, e = pcall(f, ...); return e end
print(msg(function() local t = {}; local v = t[1] + 1 end))
print(msg(function() local t = {}; local k = "key"; local v = t[k] .. "x" end))
print(msg(function() local t = {}; local i = 3; t[i]() end))
print(msg(function() local t = {}; local v = t[1].x end))
print(msg(function() local t = {{}}; local v = t[1].x.y end))
print(msg(function() local t = {}; local v = t.a + t.b end))
