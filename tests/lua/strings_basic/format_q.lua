-- %q as Lua 5.1 writes it (its test suite checks this): NUL as \000, newline as
-- backslash-newline, \r as \r, quotes and backslashes escaped, other bytes raw.
print(string.format("%q", "a\0b"))
print(string.format("%q", "cr\rlf\n"))
print(string.format("%q", "quote\" backslash\\"))
print(string.format("%q", "\0001"))
print(string.format("%q", "\1\2\31\127") == '"\1\2\31\127"')
print(string.format("%q", "tab\there") == '"tab\there"')
print(string.format("%q", 42), string.format("%q", ""))
print(loadstring("return " .. string.format("%q", "round\0trip\n\"x\"\\"))() == "round\0trip\n\"x\"\\")
