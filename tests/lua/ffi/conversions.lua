-- ref: luajit
-- Conversions on assignment: pointer qualifiers and integer signedness, strings
-- into byte arrays, tables into arrays and structs, variable-length tails;
-- comparisons of C functions and of char pointers with strings; unsigned
-- enums; and that loops making cdata through indexing and arithmetic run
-- the collector.
local ffi = require("ffi")
ffi.cdef[[
struct conv_box {
  int *pi; const int *pci; volatile int *pvi; unsigned int *pui; int64_t *p64;
  char ac[6]; char guard;
  int ai[4];
  struct { int a, b, c; } si;
};
typedef enum { UZ0, UZ1 } uz_t;
typedef enum { SZ0, SZM = -3 } sz_t;
typedef enum { BIGU = 0x80000000u } bigu_t;
int abs(int);
long labs(long);
]]
local x = ffi.new("struct conv_box")
local function try(what, f) print(what, (pcall(f))) end
try("const to plain", function() x.pi = x.pci end)
try("volatile to plain", function() x.pi = x.pvi end)
try("volatile to const", function() x.pci = x.pvi end)
try("const to volatile", function() x.pvi = x.pci end)
try("plain to const", function() x.pci = x.pi end)
try("unsigned to signed", function() x.pi = x.pui end)
try("signed to unsigned", function() x.pui = x.pi end)
try("int to int64", function() x.p64 = x.pi end)
print(ffi.new("uint64_t *", ffi.new("int64_t[2]", 7, 8))[1])

x.guard = 99
ffi.fill(x.ac, 6, 0x2e)
x.ac = "AB"
print(x.ac[0], x.ac[1], x.ac[2], x.ac[3])
x.ac = "ABCDEF"
print(x.ac[5], x.guard)
x.ac = "ABCDEFGH"
print(ffi.string(x.ac, 6), x.guard)

print(pcall(function() x.ai = {1, 2, 3, 4, 5} end))
print(x.ai[0], x.ai[3])
x.ai = {[0] = 9}
print(x.ai[0], x.ai[3])
x.si = {5, 6}
print(x.si.a, x.si.b, x.si.c)
x.si = {[0] = 7, 8}
print(x.si.a, x.si.b, x.si.c)
x.si = {c = 3, zz = 1}
print(x.si.a, x.si.b, x.si.c)
x.si = {c = 3, 1, 2}
print(x.si.a, x.si.b, x.si.c)
x.si = {1, 2, 3, 4}
print(x.si.a, x.si.b, x.si.c)

local vls = ffi.new("struct { int n; int v[?]; }", 3, 4, {11, 12})
print(vls.n, vls.v[0], vls.v[1], vls.v[2])
local one = ffi.new("struct { int n; int v[?]; }", 3, 4, {11})
print(one.v[0], one.v[1])
print(ffi.offsetof(x.si, "c"), ffi.sizeof(x.ai))

-- C functions compare by address.
local abs, labs = ffi.C.abs, ffi.C.labs
print(abs == abs, abs == labs, abs < labs or abs > labs, ffi.cast("void *", abs) == abs)
print(pcall(function() return abs + 1 end))
-- A char pointer made from a string equals that string.
local s = "some text"
local p = ffi.cast("const char *", s)
print(p == s, p == "other", 0LL == "")

-- Enums without negative constants are unsigned.
print(tonumber(ffi.new("uz_t", -10)), tonumber(ffi.new("sz_t", -10)), tonumber(ffi.new("bigu_t", "BIGU")))
print(ffi.new("uz_t", -1) == 2^32 - 1, bit.tobit(ffi.new("uz_t", -10)))
local e = ffi.new("struct { uz_t u; sz_t s; bigu_t b; }")
e.u, e.s, e.b = "UZ1", "SZM", "BIGU"
print(e.u == 1, e.s == -3, e.b == 0x80000000)

-- The collector runs in loops that make cdata only through indexing and
-- arithmetic.
collectgarbage()
local before = collectgarbage("count")
local arr = ffi.new("struct { double x; } [4]")
local sum = 0LL
for i = 1, 200000 do
  local r = arr[i % 4]
  sum = sum + 1
end
print(sum, collectgarbage("count") - before < 4096)
