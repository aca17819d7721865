-- ref: luajit
-- Function definitions in declarations are skipped (float literals and all),
-- static functions are declared, __declspec(align(n)) aligns, and indexing a
-- pointer to something without a size says so.
local ffi = require("ffi")
ffi.cdef[[
int abs(int x);
static int labs_again(void) __asm__("labs");
static inline double twice(double v)
{
  double k = 2.0f, e = 1e-3, g = 6.5E+2L;
  if (v > 0) { return v * k; }
  return -v;
}
int db_after;
typedef char __declspec(align(8)) db_c8;
struct db_incomplete;
]]
local found, err = pcall(function() local f = ffi.C.twice; return f end)
print(ffi.C.abs(-3), found, err:match("undefined symbol: twice$") ~= nil)
print(ffi.alignof("db_c8"), ffi.alignof("__declspec(align(4)) short"), ffi.sizeof("db_c8"))
print(ffi.sizeof("struct { char a; db_c8 b; }"))
local mem = ffi.new("int[2]")
for _, t in ipairs{"struct db_incomplete *", "void *", "int (*)(int)"} do
  local p = ffi.cast(t, mem)
  print(t, pcall(function() local v = p[1]; return v end))
end
-- Character escapes and string sizes in array dimensions; an aligned
-- attribute after an array declarator.
print(ffi.sizeof("char ['\\101']"), ffi.sizeof("char ['\\x42']"), ffi.sizeof("char ['C']"))
print(ffi.sizeof('char [sizeof("abc" "de")]'), ffi.sizeof('char [sizeof("")]'))
print(ffi.sizeof("int [3] __attribute__((aligned(16)))"), ffi.alignof("int [3] __attribute__((aligned(16)))"))
