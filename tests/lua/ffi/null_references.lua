-- ref: luajit
-- References bound to NULL exist as values (made by ffi.new, ffi.cast, a
-- struct's zeroed reference member, or returned by C) and print as NULL;
-- what does not read through them works. Reading or writing through one is
-- an error in lunavm where LuaJIT crashes (tests/ffi.rs checks those).
local ffi = require("ffi")
ffi.cdef[[
struct ref_holder { int &x; double d; };
int &int_ref_env(const char *name) __asm__("getenv");
char &char_ref_env(const char *name) __asm__("getenv");
void qsort(void *base, size_t n, size_t size, int (*cmp)(const int &a, const int &b));
]]
for _, r in ipairs{ffi.new("int &"), ffi.cast("int &", 0), ffi.new("int (&)[4]"),
                   ffi.new("struct ref_holder &"), ffi.cast("double &", nil)} do
  print(tostring(r), type(r), ffi.sizeof(r), ffi.istype("int", r))
end
local h = ffi.new("struct ref_holder")
print(h.d, ffi.sizeof(h), ffi.offsetof("struct ref_holder", "d"))
print(pcall(function() return h[0] end))

-- A C function declared to return a reference gives a reference cdata (not
-- the value it refers to); a NULL one too.
local r = ffi.C.char_ref_env("PATH")
print(type(r), ffi.istype("char &", r), ffi.istype("char", r), tostring(r):match("^cdata<char &>: 0x") ~= nil)
local first = os.getenv("PATH"):byte(1)
print(tonumber(r) == first, r == first, r + 0 == first)
local nr = ffi.C.int_ref_env("LUNAVM_SURELY_NOT_SET_1234")
print(tostring(nr), ffi.istype("int &", nr), ffi.sizeof(nr))

-- Callback parameters of reference type are references too.
local a = ffi.new("int[5]", 3, 1, 4, 1, 5)
local kinds = {}
ffi.C.qsort(a, 5, 4, function(x, y)
  kinds[ffi.istype("const int &", x) and ffi.istype("const int &", y)] = true
  return x < y and -1 or (x > y and 1 or 0)
end)
print(a[0], a[1], a[2], a[3], a[4], kinds[true], kinds[false])
