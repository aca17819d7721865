-- ref: luajit
-- Unions and structs with bit fields by value, in both directions (libc's
-- abs and labs declared under other prototypes through __asm__), and what
-- cannot be declared or made into a callback.
local ffi = require("ffi")
ffi.cdef[[
typedef union ui { int i; float f; unsigned char b[4]; } ui_t;
typedef union { long l; char c[8]; } ul_t;
typedef struct { int lo:12; int hi:20; } bits_t;
typedef struct { unsigned a:4, b:4; unsigned char c; short d; } mixed_t;
typedef struct pt { int x, y; } pt_t;
int abs_of_union(ui_t u) __asm__("abs");
ui_t union_of_abs(int x) __asm__("abs");
long labs_of_union(ul_t u) __asm__("labs");
ul_t union_of_labs(long x) __asm__("labs");
int abs_of_bits(bits_t b) __asm__("abs");
bits_t bits_of_abs(int x) __asm__("abs");
mixed_t mixed_of_abs(int x) __asm__("abs");
]]
local C = ffi.C
print(C.abs_of_union(ffi.new("ui_t", -42)), C.abs_of_union({-7}))
local u = C.union_of_abs(-0x01020304)
print(u.i, u.b[0], u.b[3], ffi.typeof(u))
print(C.labs_of_union(ffi.new("ul_t", -5000000000)))
local ul = C.union_of_labs(-0x0102030405)
print(ul.l, ul.c[0], ul.c[4])
local b = ffi.new("bits_t", -5, 3)
print(C.abs_of_bits(b))
local r = C.bits_of_abs(-(0x123 + 0x4000 * 0x1000))
print(r.lo, r.hi)
local m = C.mixed_of_abs(0x7fff1234 - 0x7fffffff - 1)
print(m.a, m.b, m.c, m.d)

-- Functions returning arrays cannot be declared.
print(pcall(ffi.typeof, "int (*)(void)[4]"))
ffi.cdef"typedef int arr4_t[4];"
print(pcall(ffi.cdef, "arr4_t make_arr4(void);"))

-- Callbacks: no aggregate results and no varargs (arguments are fine).
for _, t in ipairs{"pt_t (*)(int)", "ui_t (*)(void)", "int (*)(int, ...)"} do
  print(t, pcall(ffi.cast, t, function() end))
end
