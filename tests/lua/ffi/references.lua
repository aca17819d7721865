-- ref: luajit
-- C references (`int &`): declared types, what cannot be made of them,
-- objects made by ffi.new and ffi.cast, reference members (read and assigned
-- through), and how references convert, index, compute and print.
local ffi = require("ffi")
for _, t in ipairs{
  "int &", "int &&", "const int &", "int & const", "int *&", "void &",
  "int (&)[10]", "int (&)(int)",
  "int &[10]", "int &*", "int & &", "int (&[2])[3]",
} do
  local ok, ct = pcall(ffi.typeof, t)
  if ok then
    print(t, tostring(ct), ffi.sizeof(ct), ffi.alignof(ct))
  else
    print(t, "error", ct)
  end
end
ffi.cdef[[
typedef int &ref_int_t;
struct ref_holder { int &x; double d; };
]]
print(pcall(ffi.typeof, "ref_int_t *"))
print(pcall(ffi.typeof, "ref_int_t [3]"))
print(ffi.sizeof("struct ref_holder"), ffi.offsetof("struct ref_holder", "d"))

local a = ffi.new("int[10]", 5)
a[0] = 712
local ri = ffi.new("int &", a)
print(tonumber(ri), ri == 712, ffi.sizeof(ri), ffi.istype("int", ri))
print(ri + 1, -ri, ri * 2, 1 - ri)
print(pcall(function() return ri[0] end))
print((tostring(ri):gsub("0x%x+", "ADDR")))
print(tostring(ffi.new("int &")))
print(pcall(ffi.new, "int &", 5))
print(pcall(ffi.new, "int &", ffi.new("double[1]")))
print(tonumber(ffi.cast("int &", a)))
local ra = ffi.new("int (&)[10]", ffi.cast("int (*)[10]", a))
print(ra[0], ra[1], ffi.sizeof(ra))
ra[2] = 9
print(a[2])

-- Reference members read and write what they refer to.
local target = ffi.new("int[1]", 42)
local h = ffi.new("struct ref_holder", target, 1.5)
print(h.x, type(h.x), h.d)
h.x = 7
print(target[0], h.x)
local sum = 0
for _ = 1, 100 do sum = sum + h.x end
print(sum)
-- A reference to a 64-bit integer, and to a pointer.
local i64 = ffi.new("int64_t[1]", 3)
local r64 = ffi.new("int64_t &", i64)
print(r64 + 1, tonumber(r64))
local p = ffi.new("int *[1]", a)
local rp = ffi.new("int *&", p)
print(rp[1], rp[2])
-- A reference converts as what it refers to.
print(pcall(function() p[0] = ri end))
print(tonumber(ffi.new("double", ri)))
-- A reference parameter takes the address.
ffi.cdef[[ size_t strlen(const char &s); ]]
print(ffi.C.strlen(ffi.new("char[6]", "hello")))
-- ffi.istype compares references as what they refer to; in a constant
-- expression a reference measures as a pointer.
print(ffi.istype("int &", ri), ffi.istype("int", ri), ffi.istype("int &", 3),
      ffi.istype("const int &", ri), ffi.istype("int &", a))
print(ffi.sizeof("char[sizeof(int &)]"), ffi.sizeof("char[sizeof(double (&)[3])]"))
