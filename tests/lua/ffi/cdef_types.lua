-- ref: luajit
-- C declarations: type names, sizes, alignments, offsets, enum constants.
local ffi = require("ffi")
print(type(ffi), rawget(_G, "ffi"), package.loaded.ffi == ffi)

ffi.cdef[[
typedef struct point { int x, y; } point_t;
struct rec { char c; double d; short s[3]; struct { int ax; int ay; }; uint8_t flags : 3, mode : 5; };
union num { int32_t i; float f; uint8_t b[4]; };
struct __attribute__((packed)) packed_t { char a; int b; };
#pragma pack(push, 2)
struct packed2 { char a; double b; };
#pragma pack(pop)
struct flex { int n; double d[]; };
enum color { RED, GREEN = 5, BLUE };
static const int LIMIT = 1 << 4;
typedef int (*cmp_fn)(const void *, const void *);
int printf(const char *fmt, ...);
]]

for _, t in ipairs{ "int", "int32_t", "uint8_t", "long", "size_t", "const char *", "char *const",
  "int[10]", "int *[3]", "int (*)[3]", "cmp_fn", "point_t", "struct point *", "union num",
  "struct rec", "double", "bool", "enum color", "uint64_t", "int16_t" } do
  local ct = ffi.typeof(t)
  print(t, tostring(ct), ffi.sizeof(ct), ffi.alignof(ct))
end

print(ffi.offsetof("struct rec", "d"), ffi.offsetof("struct rec", "s"), ffi.offsetof("struct rec", "ax"),
  ffi.offsetof("struct rec", "ay"))
print(ffi.offsetof("struct rec", "flags"))
print(ffi.offsetof("struct rec", "mode"))
print(ffi.sizeof("struct packed_t"), ffi.offsetof("struct packed_t", "b"))
print(ffi.sizeof("struct packed2"), ffi.alignof("struct packed2"), ffi.offsetof("struct packed2", "b"))
print(ffi.sizeof("struct flex"), ffi.sizeof("struct flex", 4), ffi.sizeof("int[?]", 5))
print(ffi.C.RED, ffi.C.GREEN, ffi.C.BLUE, ffi.C.LIMIT)
print(pcall(ffi.sizeof, "int[?]"), tostring(ffi.typeof("int[?]")))
print(ffi.typeof("int") == ffi.typeof("int32_t"), ffi.typeof("int") == ffi.typeof("long"))
print(ffi.os, ffi.arch, ffi.abi("64bit"), ffi.abi("le"), ffi.abi("be"), ffi.abi("win"))

-- Errors name the problem and the token.
for _, src in ipairs{ "this is bad;", "int [3];", "int a[-1];", "int x : 3;", "int a[b];",
  "struct r1 { int a; }; struct r1 { int b; };", "struct q { struct q self; };" } do
  print(pcall(ffi.cdef, src))
end
print(pcall(ffi.typeof, "struct nosuch"))
print(pcall(ffi.typeof, "int x"))
print(pcall(ffi.typeof, 42))
print(pcall(function() return ffi.C.nosuch end))
