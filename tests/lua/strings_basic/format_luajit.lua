-- ref: luajit
-- string.format where LuaJIT differs from PUC 5.1: %q escapes control characters
-- as \ddd (PUC 5.1 writes \000 and raw bytes), %s takes any value.
print(string.format("%q", "a\0b"))
print(string.format("%q", "tab\there"))
print(string.format("%q", "cr\rlf\n"))
print(string.format("%q", "\1\2\31\127"))
print(string.format("%q", "quote\" backslash\\"))
print(string.format("%q", "\0001"))
-- %s keeps embedded zeros (PUC 5.1 stops at the first zero byte).
print(string.format("[%s]", "a\0b") == "[a\0b]", #string.format("%s", "\0\0"))
-- %s converts any value with tostring, __tostring included (PUC 5.1 wants a string)
print(string.format("%s|%s|%s", nil, true, setmetatable({}, {__tostring = function() return "TS" end})))
print(string.format("%5s|%-6s|", 1.5, false))
