-- Below the main chunk there is a C level (the host); error-free edge cases of
-- debug.traceback and debug.setmetatable arguments.
local i = debug.getinfo(2, "S")
print(i and i.what, i and i.short_src, i and i.source)
print(debug.getinfo(3))
print(getfenv(2) == _G)
print(debug.traceback(nil), debug.traceback({}) ~= nil, type(debug.traceback(false)))
print((debug.traceback("msg"):match("^[^\n]*")))
print(pcall(debug.setmetatable, 1, 2))
print(pcall(debug.setmetatable, true, "x"))
