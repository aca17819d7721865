-- ref: luajit
-- long double: laid out as gcc does (16 bytes, 16-aligned).
local ffi = require("ffi")
ffi.cdef"struct wl { char c; long double x; int n; };"
print(ffi.sizeof("long double"), ffi.alignof("long double"), tostring(ffi.typeof("long double")))
print(ffi.sizeof("struct wl"), ffi.offsetof("struct wl", "x"), ffi.offsetof("struct wl", "n"))
local s = ffi.new("struct wl")
s.n = 3
print(s.n)
