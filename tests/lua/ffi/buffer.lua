-- ref: luajit
-- A growable byte buffer (metatype + realloc + ffi.gc), pointer scans, 2D arrays,
-- arrays of anonymous structs, 64-bit hashing.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { uint8_t *data; size_t len, cap; } buf_t;
void *realloc(void *p, size_t n);
void free(void *p);
int memcmp(const void *, const void *, size_t);
]]
local C = ffi.C
local Buf = {}
Buf.__index = Buf
local buf_t = ffi.metatype("buf_t", Buf)
function Buf.new() return ffi.gc(buf_t(), function(b) C.free(b.data) end) end
function Buf:put(s)
  local n = #s
  if self.len + n > self.cap then
    local cap = math.max(16, tonumber(self.cap) * 2, tonumber(self.len) + n)
    self.data = ffi.cast("uint8_t *", C.realloc(self.data, cap))
    self.cap = cap
  end
  ffi.copy(self.data + self.len, s, n)
  self.len = self.len + n
  return self
end
function Buf:tostring() return ffi.string(self.data, self.len) end
local b = Buf.new()
for i = 1, 100 do b:put(tostring(i)):put(",") end
local s = b:tostring()
print(#s, s:sub(1, 20), tonumber(b.len), tonumber(b.cap))
-- byte scan through a pointer
local p = ffi.cast("const uint8_t *", s)
local commas = 0
for i = 0, #s - 1 do if p[i] == 44 then commas = commas + 1 end end
print(commas)
-- 2D array and struct arrays
local grid = ffi.new("double[4][4]")
for i = 0, 3 do for j = 0, 3 do grid[i][j] = i * 4 + j end end
local sum = 0
for i = 0, 3 do sum = sum + grid[i][i] end
print(sum, ffi.sizeof(grid))
local pts = ffi.new("struct { float x, y; }[3]", {{1, 2}, {3, 4}, {5, 6}})
local t = 0
for i = 0, 2 do t = t + pts[i].x * pts[i].y end
print(t)
-- int64 loop counters and hashing
local h = 14695981039346656037ULL
for i = 1, #s do h = (h * 1099511628211ULL) end
print(h)
local x = ffi.new("int64_t", 1)
for i = 1, 62 do x = x * 2 end
print(x, x > 0, x + x)
print(tonumber(ffi.cast("uint32_t", -1)))
