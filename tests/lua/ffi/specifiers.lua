-- ref: luajit
-- Type words in declaration specifiers, read as LuaJIT reads them: in any
-- order, a second sized word ends them, `_Bool` takes the size of an `int`
-- beside it, and `long` widens integers and floating-point types.
local ffi = require("ffi")
for _, t in ipairs{
  "_Bool", "bool", "_Bool int", "int _Bool", "unsigned _Bool int",
  "int long", "long int long", "short unsigned", "int short", "unsigned",
  "signed", "long signed", "char unsigned", "signed char", "long char",
  "long float", "short double", "unsigned double", "__int8", "__int16",
  "unsigned __int32", "__int64", "long _Complex", "_Complex float",
  "const _Bool int", "int const long", "volatile unsigned long long",
} do
  local ok, ct = pcall(ffi.typeof, t)
  if ok then
    print(t, tostring(ct), ffi.sizeof(ct), ffi.alignof(ct))
  else
    print(t, "error", ct)
  end
end
-- What stays an error.
for _, t in ipairs{
  "int int", "int char", "bool int", "_Bool long", "_Bool char", "void int",
  "double float", "const", "long long long long int x",
} do
  print(t, pcall(ffi.typeof, t))
end
print(pcall(ffi.cdef, "int char;"))
-- A 4-byte bool holds and converts like a bool; it is passed as 4 bytes.
local b = ffi.new("_Bool int[2]", true, false)
print(b[0], b[1], ffi.sizeof(b))
b[1] = 7
print(b[1], ffi.cast("int32_t *", b)[1])
local s = ffi.new("struct { _Bool int f; char c; }", { f = true, c = 65 })
print(s.f, s.c, ffi.sizeof(s), ffi.offsetof(s, "c"))
