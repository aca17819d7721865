-- ffi.string, ffi.copy and ffi.fill in traces (library calls): from
-- pointers, arrays, references to array members and strings, with and
-- without lengths, zero lengths; memory the trace writes between them; the
-- length's type changing in the middle of a loop (nil, then a number).
local ffi = require("ffi")
ffi.cdef[[
typedef struct { char name[8]; int n; } lnamed;
]]
local rows = ffi.new("lnamed[4]")
for i = 0, 3 do ffi.copy(rows[i].name, "row" .. i) ; rows[i].n = i end
local buf = ffi.new("char[32]")
ffi.copy(buf, "item-12345")
local parts, total = {}, 0
for i = 1, 300 do
  local s = ffi.string(buf)
  local t = ffi.string(buf, 4)
  local p = ffi.cast("const char *", buf)
  local u = ffi.string(p + 5, i < 10 and 1 or 2)
  local r = ffi.string(rows[i % 4].name)
  local z = ffi.string(buf, 0)
  local n = ffi.string(p, i > 200 and 3 or nil)
  local lit = ffi.string("abc\0def", 5)
  total = total + #s + #t + #u + #r + #z + #n + #lit
  if i % 60 == 0 then parts[#parts + 1] = s .. "/" .. t .. "/" .. u .. "/" .. r .. "/" .. n .. "/" .. lit end
  if i == 250 then buf[2] = 0 end
  rows[i % 4].name[3] = 48 + i % 10
end
print(total, table.concat(parts, " "))

local arr = ffi.new("int[16]")
parts, total = {}, 0
for i = 1, 300 do
  ffi.copy(buf, "item-" .. i)
  local s = ffi.string(buf)
  ffi.fill(arr, 64, i % 7)
  ffi.fill(arr + 8, 8)
  ffi.copy(buf + 10, buf, 3)
  ffi.copy(buf + 20, "xyz", i % 4)
  local t = ffi.string(buf + 10, 3) .. ffi.string(buf + 20, i % 4)
  total = total + #s + arr[0] + arr[9] + arr[15] + #t
  if i % 60 == 0 then
    parts[#parts + 1] = s .. "/" .. t .. "/" .. select("#", ffi.copy(buf, "a", 1))
  end
end
print(total, table.concat(parts, " "))

-- Tail calls of C functions, ffi functions and constructors (the results
-- are the calling frame's).
ffi.cdef"int abs(int); typedef struct { int v; } lbox;"
local lbox = ffi.typeof("lbox")
local function absolute(x) return ffi.C.abs(x) end
local function text(p, n) return ffi.string(p, n) end
local function boxed(v) return lbox(v) end
local tsum, tlen = 0, 0
for i = -150, 150 do
  tsum = tsum + absolute(i) + boxed(i).v
  tlen = tlen + #text(buf, i % 5)
end
print(tsum, tlen)

-- C calls with a bool result: the result seen is guarded once the call ran
-- (the other one exits with it); a dropped result needs no guard. abs
-- through a pointer to a function returning bool: 0 is false, 1 and 2 are
-- true, 256 false (the low byte of the int result, as LuaJIT reads it).
local truthy = ffi.cast("bool (*)(int)", ffi.C.abs)
local bools, seen = 0, {}
for i = 1, 300 do
  local d = truthy(i % 5 < 2 and 0 or (i % 3 == 0 and 256 or i % 3))
  if d then bools = bools + 1 end
  truthy(i)
  if i > 200 then seen[#seen + 1] = tostring(d) end
end
print(bools, table.concat(seen, ",", 1, 30))
local bb = ffi.new("uint8_t[4]", 0, 1, 2, 255)
local bp = ffi.cast("bool *", bb)
local bt = 0
for i = 1, 300 do if bp[i % 4] then bt = bt + 1 end end
print(bt)

-- Vararg C functions: numbers passed as doubles (al counts the vector
-- registers), booleans as ints, strings, nil and pointers as addresses,
-- int64_t as 64 bits; printf from a trace interleaved with Lua's output in
-- order.
ffi.cdef[[
int snprintf(char *buf, size_t n, const char *fmt, ...);
int printf(const char *fmt, ...);
]]
local vbuf = ffi.new("char[128]")
local vtotal, vparts = 0, {}
for i = 1, 300 do
  local n = ffi.C.snprintf(vbuf, 128, "%g:%.2f:%s:%d", i, i / 7, "s" .. (i % 3), i % 2 == 0)
  local m = ffi.C.snprintf(vbuf + n, 128 - n, "|%lld|%p", ffi.new("int64_t", i) * 1000000000, nil)
  vtotal = vtotal + n + m
  if i % 60 == 0 then vparts[#vparts + 1] = ffi.string(vbuf) end
end
print(vtotal, table.concat(vparts, " "))
for i = 1, 200 do
  ffi.C.printf("%g %g|", i, i * 0.5)
  if i % 50 == 0 then io.write("<lua ", i, ">\n") end
end
io.write("end\n")
