-- ref: luajit
-- %q escapes control characters the way LuaJIT does (PUC 5.1 writes \000 and raw bytes).
print(string.format("%q", "a\0b"))
print(string.format("%q", "tab\there"))
print(string.format("%q", "cr\rlf\n"))
print(string.format("%q", "\1\2\31\127"))
print(string.format("%q", "quote\" backslash\\"))
print(string.format("%q", "\0001"))
-- %s keeps embedded zeros (PUC 5.1 stops at the first zero byte).
print(string.format("[%s]", "a\0b") == "[a\0b]", #string.format("%s", "\0\0"))
