-- ref: luajit
-- Strings copied into byte arrays without a size (`[?]`, `[0]`, `[]`
-- members): the whole string with its NUL, in assignments and initialisers,
-- in cdata objects and behind pointers.
local ffi = require("ffi")
local vx = ffi.new("struct { char ac[?]; }", 20)
ffi.fill(vx.ac, 20, 0x37)
vx.ac = "ABCDEFGHI"
print(vx.ac[8], vx.ac[9], vx.ac[10], ffi.string(vx.ac))
local u = ffi.new("union { char ac[0]; char c[20]; }")
ffi.fill(u.ac, 20, 0x37)
u.ac = "ABCDEFGHI"
print(u.ac[8], u.ac[9], u.c[10], ffi.string(u.c))
local vs = ffi.new("struct { int n; char c[?]; }", 8, 5, "abc")
print(vs.n, vs.c[0], vs.c[2], vs.c[3], ffi.string(vs.c))
local vt = ffi.new("struct { int n; char c[?]; }", 8, { n = 6, c = "xyz" })
print(vt.n, ffi.string(vt.c))
vt.c = "1234567"
print(ffi.string(vt.c), vt.c[7])
-- Behind a pointer the extent is the program's to know.
local buf = ffi.new("char[32]")
ffi.fill(buf, 32, 0x2e)
local p = ffi.cast("struct { int n; char tail[]; } *", buf)
p.tail = "through a pointer"
print(ffi.string(buf + 4), buf[4 + #"through a pointer" + 1])
-- Other element types still take no string.
print(pcall(function() local w = ffi.new("struct { int n; int v[?]; }", 2); w.v = "ab" end))
