-- ref: luajit
-- Every io file is a C `FILE *` (LuaJIT's files are C streams): C's stdio
-- functions write, read and seek a file from io.open, io.tmpfile or
-- io.popen in order with the file's own methods, and both sides see one
-- position.
local ffi = require("ffi")
ffi.cdef[[
typedef struct FILE FILE;
int fprintf(FILE *f, const char *fmt, ...);
int fputs(const char *s, FILE *f);
int fputc(int c, FILE *f);
size_t fwrite(const void *p, size_t size, size_t n, FILE *f);
size_t fread(void *p, size_t size, size_t n, FILE *f);
int fileno(FILE *f);
int fflush(FILE *f);
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
int fgetc(FILE *f);
int ungetc(int c, FILE *f);
char *fgets(char *buf, int n, FILE *f);
int fscanf(FILE *f, const char *fmt, ...);
]]
local C = ffi.C
local buf = ffi.new("char[64]")
local name = os.tmpname()

-- Writes from both sides land in program order.
local f = assert(io.open(name, "w"))
f:write("lua 1\n")
C.fprintf(f, "c %d %s\n", ffi.new("int", 2), "printf")
f:write("lua 3\n")
C.fputs("c 4 fputs\n", f)
C.fwrite("c 5 fwrite\n", 1, 11, f)
f:write("lua ", 6, "\n")
print("fileno", C.fileno(f) > 2, C.fileno(f) == C.fileno(f))
print("same FILE *", ffi.cast("FILE *", f) == ffi.cast("FILE *", f),
      ffi.new("FILE *", f) == ffi.cast("void *", f))
print("positions", f:seek("cur"), tonumber(C.ftell(f)))
print("fflush", C.fflush(f), f:flush())
f:close()
for l in io.lines(name) do print(l) end

-- Reading alternates between the sides; seeks on either side move both.
f = assert(io.open(name, "r"))
print(f:read("*l"))
print(ffi.string(C.fgets(buf, 64, f)))
print(f:read("*l"))
print(string.char(C.fgetc(f)), f:read(3))
print(f:seek("cur"), tonumber(C.ftell(f)))
print(C.fseek(f, 0, 0), f:seek("cur"), f:read("*l"))
print(f:seek("set", 6), ffi.string(C.fgets(buf, 64, f)))
print(C.fseek(f, -6, 2), f:read("*a"))
print(f:read("*l"), C.fgetc(f))
print(f:seek("set", 2), C.fread(buf, 1, 3, f), ffi.string(buf, 3), f:read(2))
print(C.ungetc(string.byte("U"), f), f:read(3))
f:close()

-- A pointer kept in a cdata is the same stream.
f = assert(io.open(name, "w+"))
local fp = ffi.cast("FILE *", f)
for i = 1, 300 do
  f:write(i % 10)
  C.fputc(65 + i % 26, fp)
  if i % 60 == 0 then C.fputs("\n", fp) end
end
print(f:seek("cur"), tonumber(C.ftell(fp)))
f:seek("set")
for l in f:lines() do print(#l, l:sub(1, 12), l:sub(-6)) end
f:close()

-- Numbers: fscanf and read("*n") share the input.
f = assert(io.open(name, "w+"))
C.fprintf(f, "%d %g\n", ffi.new("int", 12), 3.5)
f:write("56 78 tail\n")
f:seek("set")
local n = ffi.new("int[1]")
print(f:read("*n"), C.fscanf(f, "%d", n), n[0], f:read("*n"), f:read("*l"))
f:close()

-- Append mode keeps appending from both sides.
f = assert(io.open(name, "a"))
C.fputs("appended by C\n", f)
f:write("appended by Lua\n")
print(f:seek("cur") == tonumber(C.ftell(f)))
f:close()
f = assert(io.open(name, "r+"))
C.fseek(f, 0, 2)
f:write("end\n")
f:seek("set", 0)
print(f:read("*l"))
f:seek("set", 0)
print((f:read("*a"):gsub("\n", "|")))
f:close()
os.remove(name)

-- io.tmpfile, and a file that is both the default output and passed to C.
f = io.tmpfile()
f:write("abc")
C.fputs("def", f)
f:seek("set", 1)
print(f:read("*a"))
io.output(f)
io.write("ghi")
C.fputs("jkl", f)
io.write("mno")
io.output(io.stdout)
f:seek("set")
print(f:read("*a"))
f:close()

-- Pipes: a write pipe takes both sides' output in order; reading a pipe
-- alternates, input Lua read ahead is handed over.
local p = io.popen("cat", "w")
p:write("pipe 1\n")
C.fputs("pipe 2\n", p)
p:write("pipe 3\n")
C.fprintf(p, "pipe %d\n", ffi.new("int", 4))
print(p:close())
p = io.popen("printf 'a\\nb\\nc\\nd\\ne\\n'", "r")
print(p:read("*l"))
print(ffi.string(C.fgets(buf, 64, p)))
print(p:read("*l"))
print(C.fgetc(p), p:read("*l"))
print(ffi.string(C.fgets(buf, 64, p)))
print(p:read("*l"), C.fgets(buf, 64, p) == nil)
print(p:close())

-- The standard streams are C's.
print(C.fileno(io.stdin), C.fileno(io.stdout), C.fileno(io.stderr))
io.write("lua, ")
C.fputs("C, ", io.stdout)
io.write("lua\n")
C.fprintf(io.stdout, "%s\n", "printf to io.stdout")
io.stdout:write("io.stdout:write\n")
print(io.read("*l"), C.fgetc(io.stdin))
