-- ref: luajit
-- Output of C functions (printf, puts) and of Lua interleaves in program order.
local ffi = require("ffi")
ffi.cdef"int printf(const char *fmt, ...); int puts(const char *s);"
print("lua 1")
ffi.C.printf("c %d\n", ffi.new("int", 2))
io.write("lua 3\n")
ffi.C.puts("c 4")
print("lua 5")
