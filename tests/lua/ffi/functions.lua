-- ref: luajit
-- C functions from ffi.C are cdata of the function type (cdata<int ()>).
local ffi = require("ffi")
ffi.cdef"int abs(int);"
print(tostring(ffi.C.abs):match("^cdata<[^>]*>"), ffi.typeof(ffi.C.abs), ffi.sizeof(ffi.C.abs))
local f = ffi.C.abs
print(f == ffi.C.abs, ffi.cast("void *", f) ~= nil, ffi.istype("int (*)(int)", f))
