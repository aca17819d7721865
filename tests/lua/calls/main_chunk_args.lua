-- args: first second 3
-- The main chunk receives the script arguments as ... and in the global arg.
print(select("#", ...), ...)
local a, b, c = ...
print(a, b, c, type(c))
print(arg[0], arg[1], arg[2], arg[3], #arg, arg[4])
local t = {...}
print(#t, t[3] + 1)
