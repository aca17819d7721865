-- Calls a C function (abs from libc) in a loop.
local ffi = require("ffi")
ffi.cdef[[ int abs(int); ]]
local C = ffi.C
local n = tonumber(arg and arg[1]) or 6000000
local s = 0
for i = 1, n do s = s + C.abs(i % 1000 - 500) end
print(s)
