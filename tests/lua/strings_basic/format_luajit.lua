-- ref: luajit
-- string.format where LuaJIT differs from PUC 5.1 and lunavm follows LuaJIT: %s
-- takes any value and keeps zeros. (For %q lunavm follows 5.1, whose test suite
-- checks it: see format_basic.lua.)
-- %s keeps embedded zeros (PUC 5.1 stops at the first zero byte).
print(string.format("[%s]", "a\0b") == "[a\0b]", #string.format("%s", "\0\0"))
-- %s converts any value with tostring, __tostring included (PUC 5.1 wants a string)
print(string.format("%s|%s|%s", nil, true, setmetatable({}, {__tostring = function() return "TS" end})))
print(string.format("%5s|%-6s|", 1.5, false))
