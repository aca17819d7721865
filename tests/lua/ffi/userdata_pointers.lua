-- ref: luajit
-- Full userdata convert to `void *` (their address, as tostring shows it);
-- io.stdin, io.stdout and io.stderr pass as C's FILE *, and output written
-- to io.stdout from C stays in order with Lua's.
local ffi = require("ffi")
ffi.cdef[[
typedef struct FILE FILE;
int fileno(FILE *f);
int fputs(const char *s, FILE *f);
int fprintf(FILE *f, const char *fmt, ...);
]]
print(ffi.C.fileno(io.stdin), ffi.C.fileno(io.stdout), ffi.C.fileno(io.stderr))
local n
for _ = 1, 100 do n = ffi.C.fileno(io.stderr) end
print(n)
io.write("from Lua, ")
ffi.C.fputs("from C, ", io.stdout)
io.write("from Lua again\n")
ffi.C.fprintf(io.stdout, "%s %d\n", "formatted", ffi.new("int", 7))
local u = newproxy()
local addr = tonumber(tostring(u):match("0x%x+"))
local holder = ffi.new("struct { void *p; int *ip; }")
holder.p = u
holder.ip = u
print(tonumber(ffi.cast("uintptr_t", holder.p)) == addr,
      tonumber(ffi.cast("uintptr_t", holder.ip)) == addr,
      tonumber(ffi.cast("uintptr_t", u)) == addr,
      ffi.new("void *", u) == holder.p)
for _, t in ipairs{"int", "double", "bool", "int[2]", "struct { int a; }"} do
  print(t, pcall(ffi.new, t, u))
end
