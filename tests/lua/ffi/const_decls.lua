-- ref: luajit
-- Constant declarations (static const, enums inside structs, casts and
-- truncation in constant expressions), what cdef refuses, and const objects.
local ffi = require("ffi")

ffi.cdef[[
static const int KC_A = 7 * 6;
static const char KC_B = 300;
static const short KC_C = 65535;
static const unsigned short KC_D = 65535;
static const int KC_E = 0xffffffff >> 31;
static const int KC_F = (int)0xffffffff >> 31;
static const unsigned char KC_G = (unsigned char)-1;
struct kbox {
  enum { KB_RED = 3, KB_BLUE };
  static const int KB_SIZE = 12, KB_HALF = 12 / 2;
  int v;
};
]]
print(ffi.C.KC_A, ffi.C.KC_B, ffi.C.KC_C, ffi.C.KC_D, ffi.C.KC_E, ffi.C.KC_F, ffi.C.KC_G)
print(ffi.sizeof("char[KC_A]"), ffi.sizeof("char[-KC_C]"), ffi.sizeof("char[KC_B]"))
local kb = ffi.new("struct kbox", 5)
local kt = ffi.typeof("struct kbox")
print(kb.v, kb.KB_RED, kb.KB_BLUE, kb.KB_SIZE, kb.KB_HALF, kt.KB_SIZE, kt.KB_BLUE)
print(ffi.C.KB_BLUE, ffi.new("struct kbox *", kb).KB_HALF)
print(pcall(function() kb.KB_SIZE = 1 end))
print(pcall(function() kt.KB_RED = 1 end))

-- What cdef refuses.
for _, src in ipairs{
  "int kq1; int kq2",
  "static int kq3;",
  "static const long long kq4 = 1;",
  "static const bool kq5 = 1;",
  "static const double kq6 = 1;",
  "struct { static int kq7 = 1; };",
} do
  print(src, pcall(ffi.cdef, src))
end
print(pcall(ffi.cdef, "int kq8"))
print(ffi.sizeof(" \v\tint\f "), ffi.sizeof("unsi\\\ngned"))

-- Const objects and members.
ffi.cdef[[
typedef struct kpt_s { int x; } kpt;
typedef const kpt ckpt;
typedef struct { int v; const int w; } khalf;
struct kall {
  const int ca[3];
  const char cs[4];
  char s[4];
  ckpt cp;
  kpt p;
  khalf h1, h2;
  const struct { int inner; };
};
]]
local k = ffi.new("struct kall")
local tries = {
  {"const array", function() k.ca = {1, 2} end},
  {"const array element", function() k.ca[0] = 1 end},
  {"const char array", function() k.cs = "ab" end},
  {"char array", function() k.s = "ab" end},
  {"member of const struct", function() k.cp.x = 1 end},
  {"const struct", function() k.cp = k.p end},
  {"from const struct", function() k.p = k.cp end},
  {"struct with a const member", function() k.h1 = k.h2 end},
  {"... from a table", function() k.h1 = {} end},
  {"its const member", function() k.h1.w = 1 end},
  {"its other member", function() k.h1.v = 1 end},
  {"member of const anonymous struct", function() k.inner = 1 end},
  {"number to struct", function() k.p = 3 end},
  {"number to array", function() k.s = 3 end},
}
for _, t in ipairs(tries) do
  print(t[1], pcall(t[2]))
end
print(k.s[0], k.s[1], k.h1.v, k.inner)
local mt = ffi.metatype("kpt", {__index = {tag = "kpt"}, __newindex = {}})
local c = ffi.new("const kpt", 4)
print(c.tag, c.x, pcall(function() c.x = 1 end))
print(pcall(function() c.extra = 1 end))
print(pcall(function() ffi.new("const kpt *", c).extra = 1 end))
local m = mt(9)
m.extra = 1
print(m.x)
-- Errors past the first line of a declaration say which line.
print(pcall(ffi.cdef, "int kl1;\nint kl2;\n  int kl3 kl4;"))
print(pcall(ffi.cdef, "struct kl5 {\n  int a;\n  static const int b = kl_nope;\n};"))
