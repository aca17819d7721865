-- ref: luajit
-- GCC vector types and machine modes, 32-bit pointers, and how tables
-- and scalars fill aggregates.
local ffi = require("ffi")

for _, t in ipairs{
  "int __attribute__((mode(__V4SI__)))", "uint8_t __attribute__((mode(V16QI)))",
  "float __attribute__((vector_size(16)))", "double __attribute__((mode(__V2DF__)))",
  "short __attribute__((vector_size(8)))", "int __attribute__((mode(QI)))",
  "unsigned __attribute__((mode(__HI__)))", "unsigned int __attribute__((mode(DI)))",
  "float __attribute__((mode(DF)))", "int __attribute__((mode(TI)))",
  "char __attribute__((aligned(8)))", "int * __ptr32",
} do
  local ct = ffi.typeof(t)
  print(tostring(ct), ffi.sizeof(ct), ffi.alignof(ct))
end
print(pcall(ffi.typeof, "int __attribute__((mode(XX)))"))

local v4 = ffi.typeof("int __attribute__((mode(__V4SI__)))")
local v = v4(1, 2, 3, 4)
print(v[0], v[1], v[2], v[3])
local w = v4(7)
print(w[0], w[3], pcall(v4, 1, 2, 3, 4, 5))
print(pcall(function() v[1] = 9 end))
ffi.cdef[[
struct vhold {
  int __attribute__((mode(__V4SI__))) i;
  double __attribute__((mode(__V2DF__))) d;
  uint8_t __attribute__((mode(__V16QI__))) b;
  int *__ptr32 p32;
  int *p;
};
]]
print(ffi.sizeof("struct vhold"), ffi.offsetof("struct vhold", "d"), ffi.offsetof("struct vhold", "p"))
local h = ffi.new("struct vhold")
h.i = 5
print(h.i[0], h.i[3])
h.i = {1, 2}
print(h.i[0], h.i[1], h.i[2], h.i[3])
h.d = 2.5
print(h.d[0], h.d[1])
h.d = ffi.new("complex", 4, 5)
print(h.d[0], h.d[1])
h.i = 0x01020304
h.b = h.i
print(h.b[0], h.b[1], h.b[4], h.b[15])
local copy = h.i
h.i = 0
print(copy[0], h.i[0], ffi.typeof(copy))
for _, f in ipairs{
  function() h.i = true end, function() h.i = "x" end,
  function() return h.i + 1 end,
} do
  print(pcall(f))
end
print(tonumber(h.i))

-- 32-bit pointers keep the low half.
h.p = ffi.cast("int *", 0x12345678)
h.p32 = h.p
print(h.p32, tonumber(ffi.cast("uintptr_t", h.p32)))
h.p32 = ffi.cast("int *", 0x123456789a)
print(h.p32, ffi.new("int *__ptr32"))

-- A table of one element fills an array; what a table leaves out is zero.
local a = ffi.new("int[3]", {9})
print(a[0], a[1], a[2])
local b = ffi.new("int[3]", {[0] = 4, 5})
print(b[0], b[1], b[2])
ffi.cdef"struct vpair { int x, y; int arr[3]; };"
local s = ffi.new("struct vpair", 1, 2, {3})
print(s.x, s.y, s.arr[0], s.arr[2])
s.arr = {6, 7}
print(s.arr[0], s.arr[1], s.arr[2])
s.arr = {8}
print(s.arr[0], s.arr[1], s.arr[2])
local t = ffi.new("struct vpair[1]")
t[0] = {y = 3}
print(t[0].x, t[0].y)
local q = ffi.new("struct { int *p; }")
print(pcall(function() q.p = true end))
