-- Strings share a metatable whose __index is the string table.
local mt = getmetatable("")
print(type(mt), mt.__index == string, getmetatable("abc") == mt)
print(("abc"):len(), ("%d"):format(5), #("x"):rep(4))
string.shout = function(s) return s:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
print(pcall(function() return ("x"):shout() end))
local s = "str"
print(type(s.len), s.len == string.len)
print(pcall(function() local n = 5; return n:len() end))
print(#"abc", ("a"):byte())
