-- A call whose '(' starts a new line is ambiguous in Lua 5.1.
local f, err = loadstring("local a = print\n(print)('x')")
print(f, err)
f, err = loadstring("local a = print;(print)('ok')")
print(f ~= nil, err)
f()
