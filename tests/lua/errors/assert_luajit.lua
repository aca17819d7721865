-- ref: luajit
-- LuaJIT's assert passes a non-string message through unchanged (PUC 5.1 requires a string).
local t = {}
local ok, e = pcall(assert, false, t)
print(ok, e == t)
ok, e = pcall(assert, false, 42)
print(ok, e, type(e))
ok, e = pcall(assert, nil, nil)
print(ok, e)
