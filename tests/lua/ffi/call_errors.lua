-- ref: luajit
-- Errors of C calls made from Lua code name the function as the caller spells
-- it and carry the caller's position; through pcall directly they carry neither.
local ffi = require("ffi")
ffi.cdef[[
size_t strlen(const char *s);
int abs(int x);
double fabs(double x);
]]
local C = ffi.C
print(pcall(function() local n = C.strlen(42); return n end))
print(pcall(function() local n = C.abs("seven"); return n end))
print(pcall(function() local n = C.abs(); return n end))
print(pcall(function() local n = C.abs(1, 2); return n end))
local fabs = C.fabs
print(pcall(function() local n = fabs({}); return n end))
print(pcall(C.strlen, 42))
print(pcall(C.abs))
-- A struct initialised from a struct of its type is a copy.
ffi.cdef"struct pair { int a, b; };"
local p = ffi.new("struct pair", 3, 4)
local q = ffi.new("struct pair", p)
p.a = 5
print(q.a, q.b, p.a)
