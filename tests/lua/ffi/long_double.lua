-- ref: luajit
-- long double: laid out as gcc does (16 bytes, 16-aligned).
local ffi = require("ffi")
ffi.cdef"struct wl { char c; long double x; int n; };"
print(ffi.sizeof("long double"), ffi.alignof("long double"), tostring(ffi.typeof("long double")))
print(ffi.sizeof("struct wl"), ffi.offsetof("struct wl", "x"), ffi.offsetof("struct wl", "n"))
local s = ffi.new("struct wl")
s.n = 3
print(s.n)

-- Values of long double are never converted (LuaJIT on x86-64 refuses them
-- too): numbers do not store into one, one does not load as a number.
local function try(what, f, ...)
  local ok, err = pcall(f, ...)
  print(what, ok, err)
end
try("new with a value", ffi.new, "long double", 1.5)
try("array with values", ffi.new, "long double[2]", 1, 2)
try("member from a table", function() local v = ffi.new("struct wl", {1, 2}); return v end)
try("member write", function() s.x = 2.25 end)
try("member read", function() local v = s.x; return v end)
try("element read", function() local a = ffi.new("long double[2]"); local v = a[1]; return v end)
try("element copy", function() local a = ffi.new("long double[2]"); a[0] = a[1] end)
local z = ffi.new("long double")
print(tostring(z):match("^cdata<long double>: 0x%x+$") ~= nil, ffi.typeof(z))
try("tonumber", function() local n = tonumber(z); return n end)
try("to double", function() local d = ffi.new("double", z); return d end)
try("cast to int", function() local i = ffi.cast("int", z); return i end)
try("cast to it", function() local l = ffi.cast("long double", 3); return l end)
try("arithmetic", function() local r = z + 1; return r end)
try("equality", function() local e = (z == z); return e end)
-- Whole structs holding one still copy.
local w1 = ffi.new("struct wl", {7})
local w2 = ffi.new("struct wl", w1)
print(w2.c, w2.n)
-- Calls that pass or return one are refused before any conversion.
ffi.cdef[[
long double sqrtl(long double x);
double frexpl(long double x, int *e);
long double nanl(const char *tag);
int printf(const char *fmt, ...);
]]
try("sqrtl", function() local r = ffi.C.sqrtl(2); return r end)
try("frexpl", function() local r = ffi.C.frexpl(z, nil); return r end)
try("nanl", function() local r = ffi.C.nanl(""); return r end)
try("vararg", function() local r = ffi.C.printf("%Lf\n", z); return r end)
