-- ref: luajit
-- Parameterized types: $ for types, sizes and names in ffi.typeof and ffi.cdef.
local ffi = require("ffi")
local int_t = ffi.typeof("int")
local pt = ffi.typeof("$ *", int_t)
print(pt, ffi.typeof("$[$]", int_t, 4), ffi.sizeof(ffi.typeof("$[$]", int_t, 4)))
ffi.cdef("typedef struct { $ $; double y; } pair_t;", int_t, "first")
local p = ffi.new("pair_t", 1, 2.5)
print(p.first, p.y, ffi.offsetof("pair_t", "y"))
local arr_t = ffi.typeof("struct { int n; $ items[$]; }", ffi.typeof("double"), 3)
print(ffi.sizeof(arr_t))
print(pcall(ffi.typeof, "$ *", 5))
print(pcall(ffi.typeof, "$ *"))
print(pcall(ffi.typeof, "int", 5))
