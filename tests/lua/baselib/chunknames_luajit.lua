-- ref: luajit
-- How chunk names appear in messages; LuaJIT shortens long sources at a different
-- length than PUC 5.1.
local function msg(src, name) local ok, e = pcall(loadstring(src, name)); return e end
print(msg("error('x')"))
print(msg("error('long source name, long enough to be truncated in messages')"))
print(msg("error('x') -- " .. string.rep("y", 100)))
print(msg("\nerror('x')"))
print(msg("error('x')", "=" .. string.rep("n", 100)))
print(msg("error('x')", "@" .. string.rep("d/", 50) .. "file.lua"))
print(msg("error('x')", string.rep("s", 100)))
print(msg("error('x')", ""))
print(msg("error('x')", "="))
