-- A reader that returns something other than a string makes load fail.
-- (Only the first line of the message is checked: the standalone interpreters
-- let their traceback handler decorate this particular message.)
local f, e = load(function() return {} end)
print(f, (e:match("^[^\n]*")))
f, e = load(function() return true end, "=chunk")
print(f, (e:match("^[^\n]*")))
-- numbers are accepted as strings
local n = 0
f = load(function() n = n + 1; if n == 1 then return "return " elseif n == 2 then return 7 end end)
print(f())
