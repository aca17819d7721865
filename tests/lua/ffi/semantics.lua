-- ref: luajit
-- Conversions and corner cases: references to members, enums (loaded as cdata),
-- bools, unsigned conversions, unions by member name, comparisons of numeric cdata.
local ffi = require("ffi")
ffi.cdef[[
struct A { int a; char b[4]; struct { short s; } inner; int *p; };
typedef enum { E0, E1, E2 = 10 } E;
struct WithEnum { E e; };
]]
local a = ffi.new("struct A")
print(a.a, a.b[0], a.inner.s, a.p == nil, a.p)
a.b[1] = 65
print(ffi.string(a.b, 2) == "\0A")
print(ffi.sizeof(a.b), ffi.sizeof(a.inner))
local w = ffi.new("struct WithEnum")
w.e = "E2"
print(tonumber(w.e), type(w.e), tonumber(ffi.new("E", 1)), tonumber(ffi.new("E", "E1")))
print(tonumber(ffi.new("bool", 0)), ffi.new("bool", 1) == true)
local b = ffi.new("bool[2]", true, false)
print(b[0], b[1])
print(ffi.new("char", 65) == 65, tostring(ffi.new("int16_t", -2)):match("cdata") ~= nil)
local x = ffi.new("uint32_t", 2^32 - 1)
print(tonumber(x), x + 1, x * 2)
print(ffi.new("int8_t", -1) + ffi.new("uint8_t", 255))
print(2^63 + 0ULL, -1 + 0ULL, math.huge * 1LL)
print(5LL == 5ULL, -1LL == 0xffffffffffffffffULL, -1LL < 0ULL)
print(tonumber(ffi.cast("int32_t", 0xffffffff)), tonumber(ffi.cast("uint8_t", -1)), ffi.cast("int64_t", 1.9e19))
print(tonumber(ffi.cast("double", 3LL)), ffi.cast("float", 1/3) == 1/3)
local s = "abc"
print(ffi.string(s), ffi.string(s, 2))
local ptr = ffi.cast("char *", s)
print(ptr[0], ptr[3])
print(ffi.typeof(1LL), ffi.typeof(a), ffi.typeof(a.b))
print(ffi.istype("struct A", a), ffi.istype("struct A *", a), ffi.istype("int64_t", 1LL))
local pa = ffi.new("struct A *[1]")
print(pa[0] == nil)
print(#ffi.string(ffi.new("char[3]", "abcdef"), 3))
local u = ffi.new("union { int32_t i; float f; }", {f = 1})
print(u.i)
print(ffi.new("int[3]", {1,2,3})[2], ffi.new("int[?]", 3, {1,2,3})[2])
print(pcall(ffi.new, "struct A", {a = "x"}))
print(tostring(ffi.new("int64_t", 1)):len(), pcall(function() return 1LL .. "x" end))
ffi.cdef"enum named { N0 = 3 };"
local en = ffi.new("enum named[1]", 3)
print(type(en[0]), tostring(en[0]), en[0] == 3, en[0] + 1)
