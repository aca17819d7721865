-- ref: luajit
-- Calls through the per-prototype call descriptors: each call of a prototype
-- after its first reuses what the first worked out (the libffi interface,
-- the registers of a direct call), so these check that nothing of one call
-- leaks into the next: functions sharing a prototype, one address cast to
-- two prototypes, every register class and width, prototypes too large for
-- registers, varargs of changing counts and types, errors after success.
local ffi = require("ffi")
ffi.cdef[[
int abs(int x);
int toupper(int c);
int tolower(int c);
long labs(long x);
double fabs(double x);
float fabsf(float x);
double ldexp(double x, int e);
double frexp(double x, int *e);
char *strchr(const char *s, int c);
size_t strlen(const char *s);
int atoi(const char *s);
int snprintf(char *buf, size_t n, const char *fmt, ...);
typedef enum { RED = 1, GREEN = -2 } colour_t;
]]
local C = ffi.C

-- Two functions of one prototype, alternating.
local s = {}
for i = 1, 6 do
  local f = i % 2 == 0 and C.toupper or C.tolower
  s[#s + 1] = string.char(f(("aBcDeF"):byte(i)))
end
print(table.concat(s), C.abs(-3), C.abs(4))

-- One address as two prototypes, in turn (strlen's result as an int).
local as_size = ffi.cast("size_t (*)(const char *)", C.strlen)
local as_int = ffi.cast("int (*)(const char *)", C.strlen)
for _, v in ipairs({ "five!", "", "seven!!" }) do
  io.write(tostring(as_size(v)), " ", as_int(v), " ", tostring(C.labs(-#v)), " ")
end
print()

-- Floats, doubles and integers mixed, results of each class.
for i = 1, 3 do
  local e = ffi.new("int[1]")
  local m = C.frexp(i * 3.0, e)
  io.write(C.fabs(-i * 1.25), " ", C.fabsf(-i * 0.5), " ", C.ldexp(i, i + 1), " ",
    m, " ", e[0], " ")
end
print()
local hay = "find the needle"
for _, c in ipairs({ ("n"):byte(), ("z"):byte(), ("t"):byte() }) do
  local p = C.strchr(hay, c)
  io.write(p == nil and "nil" or ffi.string(p), "|")
end
print(tonumber(C.strlen(hay)))

-- Callbacks called from Lua: every integer width and signedness, bool,
-- enum, float and double parameters in mixed orders, and prototypes with
-- more parameters than registers.
local narrow = ffi.cast("int (*)(signed char, unsigned char, short, unsigned short)",
  function(a, b, c, d) return a + b + c + d end)
local widths = ffi.cast("uint32_t (*)(int64_t, uint32_t)",
  function(a, b) return tonumber(a) + b end)
local big = ffi.cast("int64_t (*)(int64_t)", function(a) return a * 3 end)
local truth = ffi.cast("bool (*)(int)", function(a) return a > 0 end)
local colour = ffi.cast("colour_t (*)(colour_t)", function(c)
  return tonumber(c) == 1 and -2 or 1
end)
local mixed = ffi.cast("double (*)(float, int, double, char, float)",
  function(a, b, c, d, e) return a * 1000 + b * 100 + c * 10 + d + e / 10 end)
local single = ffi.cast("float (*)(float, float)", function(a, b) return a / b end)
local ints8 = ffi.cast("int (*)(int, int, int, int, int, int, int, int)",
  function(a, b, c, d, e, f, g, h) return a - b + c - d + e - f + g - h * 2 end)
local dbl9 = ffi.cast(
  "double (*)(double, double, double, double, double, double, double, double, double)",
  function(...)
    local t = 0
    for i, v in ipairs({ ... }) do t = t + i * v end
    return t
  end)
local void = ffi.cast("void (*)(int)", function() end)
for i = 1, 3 do
  print(narrow(-i, 250 + i, -300 * i, 65000 + i), widths(-i, 4294967290),
    tostring(big(i * 1e12)), truth(i - 2), tonumber(colour(i % 2 == 1 and 1 or -2)),
    mixed(i + 0.5, i, i * 2, 7, 0.25), single(i, 4), ints8(i, 2, 3, 4, 5, 6, 7, 8),
    dbl9(i, 2, 3, 4, 5, 6, 7, 8, 9), void(i))
end

-- Varargs: each call's interface follows its own arguments.
local buf = ffi.new("char[64]")
local int = function(v) return ffi.new("int", v) end
local fmts = {
  { "%g", 42 },
  { "%d %s", int(1), "two" },
  { "%.1f %d %s %lld", 2.5, int(3), "x", ffi.new("int64_t", 4) },
  { "%s", "only" },
  { "%c%c%c", int(65), int(66), int(67) },
  { "%g %g %g %g %g %g %g %g %g %g", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 },
}
for round = 1, 2 do
  for _, f in ipairs(fmts) do
    local n = C.snprintf(buf, 64, unpack(f))
    io.write(n, ":", ffi.string(buf), " ")
  end
end
print()

-- A prototype whose first call fails, then succeeds; errors after the
-- prototype has been called successfully.
print(pcall(C.atoi, 12))
print(C.atoi("12"), C.atoi("-3"))
print(pcall(C.abs))
print(pcall(C.abs, 1, 2))
print(pcall(C.abs, "x"))
print(pcall(C.strlen, 5))
print(pcall(mixed, 1, 2, 3, "d", 5))
print(C.abs(-11), C.strlen("ok"), mixed(0, 0, 0, 1, 0))
for _, cb in ipairs({ narrow, widths, big, truth, colour, mixed, single, ints8, dbl9, void }) do
  cb:free()
end
