-- ref: luajit
-- cdata values: construction, initialisers, field and element access,
-- conversions, pointers, strings and memory, comparisons, errors.
local ffi = require("ffi")
ffi.cdef[[
typedef struct point { int x, y; } point_t;
struct line { point_t a, b; const char *name; };
struct bits { unsigned a : 3; int b : 5; bool f : 1; };
struct vls { int n; int d[?]; };
]]

local i = ffi.new("int", 42)
print(type(i), i == 42, tonumber(i), tonumber(ffi.new("double", 2.5)), tonumber(ffi.new("bool", true)))
print(ffi.new("uint8_t", 300) == 44, tonumber(ffi.new("int8_t", 200)), tonumber(ffi.new("uint16_t", -1)))
print(tonumber(ffi.new("int", 3.9)), tonumber(ffi.new("int", -3.9)), tonumber(ffi.new("float", 0.1)) == 0.1)
print(tostring(ffi.new("int64_t", -5)), tostring(ffi.new("uint64_t", 5)), tostring(ffi.new("long", 2^40)))

-- Arrays.
local a = ffi.new("int[5]", 1, 2, 3)
print(a[0], a[1], a[2], a[3], a[4], ffi.sizeof(a))
local b = ffi.new("int[4]", 7)
print(b[0], b[1], b[2], b[3])
local c = ffi.new("double[3]", { 1.5, 2.5 })
print(c[0], c[1], c[2])
local z = ffi.new("int[3]", { [0] = 9, 8, 7 })
print(z[0], z[1], z[2])
for k = 0, 4 do a[k] = a[k] * 10 end
print(a[0], a[4])
local v = ffi.new("int[?]", 6, 1)
print(ffi.sizeof(v), v[5], tostring(ffi.typeof(v)))
local s = ffi.new("char[8]", "hi")
print(ffi.string(s), ffi.string(s, 3) == "hi\0", #ffi.string(s, 8))
local m = ffi.new("int[2][3]", { { 1, 2, 3 }, { 4, 5, 6 } })
print(m[0][2], m[1][0], m[1][2])

-- Structs.
local p = ffi.new("point_t", 3, 4)
print(p.x, p.y)
local q = ffi.new("point_t", { y = 9 })
print(q.x, q.y)
p.x = p.x + 10
print(p.x)
local l = ffi.new("struct line", { { 1, 2 }, { x = 3, y = 4 } })
print(l.a.x, l.a.y, l.b.x, l.b.y, l.name == nil)
l.b.y = 40
l.a = q
print(l.b.y, l.a.x, l.a.y)
local bits = ffi.new("struct bits")
bits.a = 13; bits.b = -3; bits.f = true
print(bits.a, bits.b, bits.f)
local vs = ffi.new("struct vls", 3)
vs.n = 3; vs.d[2] = 77
print(ffi.sizeof(vs), vs.n, vs.d[2])
local pt = ffi.typeof("point_t")
local r = pt(5, 6)
print(r.x, r.y, ffi.istype(pt, r), ffi.istype("point_t", q), ffi.istype("int", r), ffi.istype(pt, 1))

-- Pointers.
local arr = ffi.new("int[10]")
for k = 0, 9 do arr[k] = k * k end
local ptr = ffi.cast("int *", arr)
print(ptr[3], (ptr + 4)[0], (ptr + 9) - ptr, ptr[9])
local p2 = ptr + 2
p2[0] = -1
print(arr[2], p2 > ptr, p2 == ptr + 2, ptr < p2, p2 - 1 == ptr + 1)
local pp = ffi.new("point_t[2]", { { 1, 2 }, { 3, 4 } })
local ppp = ffi.cast("point_t *", pp)
print(ppp.x, ppp[1].y, (ppp + 1).x)
local null = ffi.new("void *")
print(null == nil, ptr == nil, ffi.cast("void *", 0) == nil, tostring(null))
print(tonumber(ffi.cast("int", 3.7)), tonumber(ffi.cast("uint8_t", 257)), tonumber(ffi.cast("int", ffi.new("int64_t", 12))))
print(tonumber(ffi.cast("uintptr_t", ffi.cast("void *", 4096))))
local str = "hello"
local cs = ffi.cast("const char *", str)
print(ffi.string(cs), cs[1], ffi.string(cs + 1, 3))

-- Memory functions.
local buf = ffi.new("char[16]")
ffi.copy(buf, "abc")
print(ffi.string(buf))
ffi.fill(buf, 3, 65)
print(ffi.string(buf))
ffi.copy(buf + 1, "xyz", 2)
print(ffi.string(buf))
ffi.fill(buf, 16)
print(#ffi.string(buf))

-- 64-bit integers from ffi.new/cast.
local big = ffi.new("int64_t", 2^53)
print(tostring(big + 1), tostring(big * 4), tostring(-big), tostring(big / 3))
local u = ffi.new("uint64_t", 0)
print(tostring(u - 1), tostring(ffi.new("int64_t", 7) % -2), tostring(ffi.new("int64_t", -7) / 2))
print(tostring(ffi.new("int64_t", 2) ^ 10), tostring(ffi.new("int", 5) + 1), ffi.new("int64_t", 3) < 4)
print(ffi.new("double", 1.5) + 1, ffi.new("float", 2) * ffi.new("double", 3), -ffi.new("double", 2.5))

-- Errors are Lua errors.
print(pcall(ffi.new, "int", "x"))
print(pcall(ffi.new, "int *", 5))
print(pcall(ffi.new, "int[2]", 1, 2, 3))
print(pcall(function() return p.z end))
print(pcall(function() return i.y end))
print(pcall(function() return i[0] end))
ffi.cdef("struct konst { const int x; };")
print(pcall(function() local k = ffi.new("struct konst"); k.x = 1 end))
print(pcall(function() return p + 1 end))
print(pcall(function() return p < 1 end))
print(pcall(function() local d = ffi.new("double *"); local e = ffi.new("int *"); d = ffi.new("double *", e) end))
print(pcall(ffi.new, "void"))
print(pcall(function() return pt.x end))
print(getmetatable(p))
