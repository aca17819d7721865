-- ref: luajit
-- Call conversions: int64 and bool arguments, NULL results, errno, varargs promotions, errors.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { int x, y; } pt;
int abs(int);
char *getenv(const char *);
int open(const char *path, int flags);
long strtol(const char *s, char **end, int base);
void *memcpy(void *d, const void *s, size_t n);
int sprintf(char *buf, const char *fmt, ...);
double ldexp(double x, int e);
int toupper(int c);
]]
local C = ffi.C
print(C.abs(ffi.new("int64_t", -3)), C.abs(true and 1 or 0), C.toupper(97))
local r = C.getenv("NO_SUCH_VAR_XYZ")
print(type(r), r == nil, tostring(r))
print(C.open("/nonexistent/x", 0), ffi.errno())
print(ffi.errno(7), ffi.errno())
print(C.strtol("ff", nil, 16), C.strtol("  12abc", nil, 10))
local a, b = ffi.new("int[4]", 1, 2, 3, 4), ffi.new("int[4]")
C.memcpy(b, a, 16)
print(b[3])
local buf = ffi.new("char[32]")
C.sprintf(buf, "%d %s %g %d", ffi.new("int", 5), "x", 2.5, ffi.new("bool", true))
print(ffi.string(buf))
print(C.ldexp(1, 10), C.ldexp(0.5, ffi.new("int", 2)))
print(pcall(C.abs, nil))
print(pcall(C.abs, {}))
print(pcall(C.strtol, 5, nil, 10))
print(pcall(C.memcpy, a, "abc", 2), a[0] ~= 1)
