-- Error positions count lines through long strings, long comments and escapes.
local s = [[
one
two]]
--[[
comment
]]
local ok, e = pcall(function() error("A") end)
print(e)
local s2 = "x\
y"
ok, e = pcall(function() error("B") end)
print(e)
local f = loadstring("\n\n\nerror('C')", "=chunk")
print(pcall(f))
f = loadstring("local x = [[\n\n]] error('D')", "=chunk")
print(pcall(f))
f = loadstring("-- comment\r\nerror('E')", "=crlf")
print(pcall(f))
f = loadstring("\r\n\n\rerror('F')", "=mixed")
print(pcall(f))
