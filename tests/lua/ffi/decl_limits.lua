-- ref: luajit
-- Tags share one name space, a struct cannot be redefined inside itself,
-- array elements need a size, sizes stop below 2^31, bool bit fields are one
-- bit wide.
local ffi = require("ffi")
ffi.cdef("struct dl_tag { int x; };")
for _, src in ipairs{
  "struct dl_tag { int y; };", "union dl_tag;", "enum dl_tag { DL_A };",
  "struct dl_tag;", "struct dl_rec { struct dl_rec { int a; } inner; };",
  "struct dl_list { struct dl_list *next; int v; };",
  "struct dl_bits { _Bool ok:1; unsigned rest:7; };",
  "struct dl_badbits { _Bool flag:2; };",
} do
  print(src, (pcall(ffi.cdef, src)))
end
for _, t in ipairs{
  "int [10][]", "int [][3]", "int [?][2]", "int [3][?]", "int [0x10000][0x2000]",
  "int [256][256][256][256]", "char [0x7fffffff]", "int [0x20000000]",
} do
  print(t, (pcall(ffi.typeof, t)))
end
print(ffi.sizeof("int []"), ffi.sizeof("int [?]", 0x1fffffff), ffi.sizeof("int [?]", 0x20000000))
print(ffi.sizeof("int [?]", -1), ffi.sizeof("struct { int n; short a[?]; }", 3))
print(ffi.sizeof("struct { int n; short a[?]; }", 0x40000000))
