-- ref: luajit
-- LuaJIT's assert raises a table message as is and a nil message as nil
-- (PUC 5.1 requires a string message, or uses "assertion failed!").
local t = {}
local ok, e = pcall(assert, false, t)
print(ok, e == t)
ok, e = pcall(assert, false, 42)
print(ok, e, type(e))
ok, e = pcall(assert, nil, nil)
print(ok, e)
