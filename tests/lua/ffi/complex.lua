-- ref: luajit
-- Complex numbers: the ctypes, imaginary literals, conversions, printing,
-- the parts, what is refused, and passing to and from libm.
local ffi = require("ffi")

for _, t in ipairs{"complex", "complex double", "double complex", "complex float",
                   "float complex", "_Complex double", "__complex__ float"} do
  print(t, tostring(ffi.typeof(t)), ffi.sizeof(t), ffi.alignof(t))
end
ffi.cdef[[
struct cxs { char tag; complex float f; char tag2; complex d; };
]]
print(ffi.sizeof("struct cxs"), ffi.offsetof("struct cxs", "f"),
      ffi.offsetof("struct cxs", "tag2"), ffi.offsetof("struct cxs", "d"))

-- Literals, negation folded into the literal.
print(3i, 2.25I, 0x20i, -7.5i, -0i, 1e999i, -1e999i, type(4i), ffi.typeof(4i))
local function lit() return 9i end
print(lit() == lit(), string.dump and #string.dump(lit) > 0)
print(loadstring(string.dump(function() return -6.5i end))())

-- Construction and printing.
print(ffi.new("complex"), ffi.new("complex", 1.5), ffi.new("complex", 1, -2))
print(ffi.new("complex", {3, 4}), ffi.new("complex", {5}), ffi.new("complex float", 0.1, 1/3))
print(ffi.new("complex", 1/3, 1e300), ffi.new("complex", 0/0, 1/0), ffi.new("complex", -1/0, -0.0))
print(ffi.new("complex", 5LL, 7ULL), ffi.new("complex", ffi.new("complex float", 2.5, -1)))
print(pcall(ffi.new, "complex", true))
local c = ffi.new("complex", 12.5, -3.25)
print(c.re, c.im, tonumber(c), tonumber(2i), tostring(c), string.format("%s", c))
print(pcall(ffi.new, "complex", 1, 2, 3))
print(pcall(ffi.new, "complex", "x"))
print(pcall(function() c.re = 1 end))
print(pcall(function() return c.abs end))
print(pcall(ffi.cast, "complex", 1))

-- Conversions to other types take the real part.
local d = ffi.new("double[1]", c)
local i = ffi.new("int[1]", c)
local f = ffi.new("float[1]")
f[0] = c
print(d[0], i[0], f[0], tonumber(ffi.cast("int", c)), tonumber(ffi.cast("int64_t", c)))

-- Arrays, structs and members load as copies.
local a = ffi.new("complex[3]", {1, 2}, 3i)
print(a[0], a[1], a[2])
a[2] = 8
local e = a[2]
a[2] = 9
print(e, a[2], ffi.typeof(e))
local s = ffi.new("struct cxs", {1, {2, 3}, 4, {5, 6}})
print(s.f, s.d, s.f.im, ffi.typeof(s.f))
s.f = s.d
print(s.f)
local fa = ffi.new("complex float[1]", {{7, 8}})
print(fa[0])
print(ffi.istype("complex", c), ffi.istype("complex float", c), ffi.istype("complex", 1))

-- No arithmetic and no ordering; equality is identity.
for _, f in ipairs{
  function() return c + 1 end, function() return 1 * c end,
  function() return c - c end, function() return -c end,
  function() return c < c end, function() return #c end,
} do
  print(pcall(f))
end
print(c == c, c == ffi.new("complex", 12.5, -3.25), c == 12.5)

-- libm: complex arguments and results by value.
ffi.cdef[[
double cabs(complex z);
float cabsf(complex float z);
complex csqrt(complex z);
complex float conjf(complex float z);
double creal(complex z);
double cimag(complex z);
]]
local m = ffi.load("m")
print(m.cabs(ffi.new("complex", 3, 4)), m.cabsf(ffi.new("complex float", 5, 12)))
print(m.csqrt(-4), m.csqrt(ffi.new("complex", 0, 2)), m.conjf({1.5, 2.5}))
print(m.creal(c), m.cimag(c), m.cabs(5), m.cimag(-2i))
