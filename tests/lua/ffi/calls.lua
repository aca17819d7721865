-- ref: luajit
-- Calls into C: ffi.C (libc), ffi.load("m"), argument and result conversions,
-- varargs, structs by value, errors.
local ffi = require("ffi")
ffi.cdef[[
size_t strlen(const char *s);
int abs(int x);
long labs(long x);
int snprintf(char *buf, size_t n, const char *fmt, ...);
int memcmp(const void *a, const void *b, size_t n);
void *memset(void *p, int c, size_t n);
char *strchr(const char *s, int c);
typedef struct { int quot, rem; } div_t;
div_t div(int a, int b);
char *strerror(int e);
int atoi(const char *s);
double strtod(const char *s, char **end);
double sqrt(double x);
double pow(double x, double y);
float floorf(float x);
]]
local C = ffi.C
print(C.strlen("hello"), tostring(C.strlen("")), C.abs(-42), C.labs(-5))
local buf = ffi.new("char[64]")
local n = C.snprintf(buf, 64, "%d|%s|%.2f|%c|%lld|%s", ffi.new("int", 42), "str", 3.14159,
  ffi.new("char", 65), ffi.new("int64_t", -7), ffi.cast("const char *", "ptr"))
print(n, ffi.string(buf))
print(C.snprintf(nil, 0, "%g", 1e100), C.snprintf(buf, 8, "%s", "truncated text"), ffi.string(buf))
print(C.memcmp("abc", "abd", 3) < 0, C.memcmp("abc", "abc", 3))
local r = C.memset(buf, 66, 3); buf[3] = 0
print(ffi.string(buf), r == ffi.cast("void *", buf))
local s = "find:me"
print(ffi.string(C.strchr(s, 58)), C.strchr(s, 122) == nil)
local d = C.div(17, 5)
print(d.quot, d.rem, ffi.sizeof(d))
print(ffi.string(C.strerror(2)), C.atoi("123"))
local endp = ffi.new("char *[1]")
print(C.strtod("2.5rest", endp), ffi.string(endp[0]))
local m = ffi.load("m")
print(m.sqrt(16), m.pow(2, 10), m.floorf(2.7), C.sqrt(2) == math.sqrt(2))
local fp = ffi.cast("int (*)(int)", C.abs)
print(fp(-9))

-- Errors.
print(pcall(function() local r = C.abs(); return r end))
print(pcall(function() local r = C.abs(1, 2); return r end))
print(pcall(function() local r = C.abs("x"); return r end))
print(pcall(function() return C.nosuchfunc end))
ffi.cdef"int nosuch_symbol_xyz(int);"
print(select(2, pcall(function() return C.nosuch_symbol_xyz end)):match("undefined symbol: nosuch_symbol_xyz") ~= nil)
print(pcall(ffi.load, "nosuchlib_xyz"))
print(pcall(function() return ffi.new("int", 1)(2) end))
