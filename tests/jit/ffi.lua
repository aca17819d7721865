-- cdata in traces: element and member loads and stores of every C scalar
-- type, pointers with varying indices, structs through pointers, arrays of
-- structs, C calls in loops, type changes and exits inside such loops.
local ffi = require("ffi")

ffi.cdef[[
typedef struct { int32_t i; double d; float f; uint8_t u8; int16_t i16;
                 uint16_t u16; int8_t i8; uint32_t u32; bool b; } rec_t;
typedef struct { double x, y; } pt_t;
int abs(int);
double sqrt(double);
float sqrtf(float);
double floor(double);
int toupper(int);
double fabs(double);
]]

local function show(name, ...)
  local t = { name }
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    t[#t + 1] = type(v) == "number" and string.format("%.17g", v) or tostring(v)
  end
  print(table.concat(t, " "))
end

-- Stores and loads of each scalar type, with values that need converting:
-- fractions, negatives, out of range.
local values = { 0, 1, -1, 2.75, -2.75, 127, 128, 255, 256, -129, 32767,
  32768, 65535, 65536, -32769, 2147483647, -2147483648, 4294967295, 1e10,
  -1e10, 0.1, 1 / 3, 3.4e38, 1e-40 }
for _, ct in ipairs({ "int8_t", "uint8_t", "int16_t", "uint16_t", "int32_t",
                      "uint32_t", "float", "double" }) do
  local n = #values
  local a = ffi.new(ct .. "[?]", n)
  for i = 1, n do a[i - 1] = values[i] end
  local s, got = 0, {}
  for i = 0, n - 1 do
    local v = a[i]
    s = s + v
    got[i + 1] = v
  end
  show(ct, s)
  print(table.concat(got, " "))
end

-- bool: stored from booleans, read back as booleans (the trace specialises
-- on the value it saw, and exits when it differs).
do
  local n = 200
  local flags = ffi.new("bool[?]", n)
  for i = 0, n - 1 do flags[i] = (i % 7 == 0) or (i % 11 == 3) end
  local yes, no = 0, 0
  for i = 0, n - 1 do
    if flags[i] then yes = yes + 1 else no = no + 1 end
  end
  show("bool", yes, no, tostring(flags[0]), tostring(flags[1]))
end

-- Pointers with varying indices: negative, fractional, computed.
do
  local n = 300
  local buf = ffi.new("int32_t[?]", n)
  for i = 0, n - 1 do buf[i] = i * 3 - 100 end
  local mid = ffi.cast("int32_t *", buf) + 150
  local s = 0
  for i = -150, 149 do s = s + mid[i] end
  show("negative indices", s)
  s = 0
  for i = 0, 100 do s = s + mid[i * 0.5] + mid[-i - 0.75] end
  show("fractional indices", s)
  s = 0
  for i = 1, 120 do s = s + buf[(i * 7) % n] * mid[(i * 13) % 150 - 75] end
  show("computed indices", s)
  local p = ffi.cast("int32_t *", buf)
  for i = 0, n - 2 do p[i + 1] = p[i] + p[i + 1] end
  show("prefix sums", p[n - 1], buf[n / 2])
  local d = ffi.new("double[64]")
  for i = 0, 63 do d[i] = i end
  for i = 1, 63 do d[i] = d[i] + d[i - 1] * 0.5 end
  show("stored then loaded", d[63], d[10])
end

-- Struct members: of a struct, through a pointer, in an array of structs.
do
  local n = 250
  local recs = ffi.new("rec_t[?]", n)
  for i = 0, n - 1 do
    local r = recs[i]
    r.i = i * 1000 - 7
    r.d = i / 3
    r.f = i / 7
    r.u8 = i * 3
    r.i16 = -i * 200
    r.u16 = i * 300
    r.i8 = i
    r.u32 = -i
    r.b = i % 2 == 0
  end
  local s, c = 0, 0
  for i = 0, n - 1 do
    local r = recs[i]
    s = s + r.i + r.d + r.f + r.u8 + r.i16 + r.u16 + r.i8 + r.u32
    if r.b then c = c + 1 end
  end
  show("array of structs", s, c)
  local p = ffi.cast("rec_t *", recs)
  s = 0
  for i = 0, n - 1 do s = s + p[i].u16 - p[i].i8 + p[i].d end
  show("through pointers", s)
  local one = ffi.new("rec_t")
  for i = 1, 100 do one.i = one.i + i; one.d = one.d - i / 4; one.u8 = one.u8 + 7 end
  show("one struct", one.i, one.d, one.u8)
  local pts = ffi.new("pt_t[?]", 100)
  for i = 0, 99 do pts[i].x, pts[i].y = i, 100 - i end
  local best, found = 1e300, nil
  for i = 0, 99 do
    local q = pts[i]
    local dist = (q.x - 30) * (q.x - 30) + (q.y - 70.5) * (q.y - 70.5)
    if dist < best then best, found = dist, q end
  end
  show("kept reference", best, found.x, found.y)
end

-- C calls in loops.
do
  local C = ffi.C
  local s = 0
  for i = -300, 300 do s = s + C.abs(i * 3) end
  show("abs", s)
  local sqrt = C.sqrt
  s = 0
  for i = 1, 300 do s = s + sqrt(i) end
  show("sqrt", s)
  s = 0
  for i = 1, 300 do s = s + C.sqrtf(i) + C.floor(i / 7) + C.fabs(-i) end
  show("sqrtf floor fabs", s)
  local up = {}
  for i = 97, 122 do up[#up + 1] = string.char(C.toupper(i)) end
  print(table.concat(up))
  local ok, m = pcall(ffi.load, "m")
  if ok then
    s = 0
    for i = 1, 300 do s = s + m.sqrt(i * 2) end
    show("libm sqrt", s)
  end
end

-- A trace guarded on one C type meets another (and plain numbers).
do
  local ints = ffi.new("int32_t[10]", { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
  local dbls = ffi.new("double[10]", { 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5 })
  local u8s = ffi.new("uint8_t[10]", { 250, 251, 252, 253, 254, 255, 0, 1, 2, 3 })
  local objs = {}
  for i = 1, 300 do
    objs[i] = (i < 150) and ints or (i < 220 and dbls or u8s)
  end
  local s = 0
  for i = 1, 300 do s = s + objs[i][i % 10] end
  show("type changes", s)
  local mixed = {}
  for i = 1, 200 do mixed[i] = (i % 50 == 0) and dbls or ints end
  s = 0
  for i = 1, 200 do s = s + mixed[i][3] end
  show("alternating types", s)
end

-- Exits from inside loops over cdata.
do
  local n = 400
  local a = ffi.new("double[?]", n)
  for i = 0, n - 1 do a[i] = (i * 37) % 101 end
  local s, k = 0, 0
  for i = 0, n - 1 do
    local v = a[i]
    if v > 95 then k = k + 1 end
    if v == 100 and i > 300 then break end
    s = s + v
  end
  show("exits", s, k)
  local hits = 0
  for i = 0, n - 1 do
    if a[i] < 50 then a[i] = a[i] * 2 else a[i] = -a[i]; hits = hits + 1 end
  end
  s = 0
  for i = 0, n - 1 do s = s + a[i] end
  show("branches", s, hits)
end
