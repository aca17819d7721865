-- Bit fields in traces: signed and unsigned fields of 1, 2 and 4-byte
-- storage units read (sign-extended) and written (the neighbouring bits
-- kept), bool bit fields, values too wide for the field (truncated), a
-- struct reached through a pointer and through array elements.
local ffi = require("ffi")
ffi.cdef[[
typedef struct {
  int a:3; unsigned b:5; int c:12; unsigned d:12; bool e:1;
  uint8_t f:4; uint16_t g:9; int h;
} fbits;
typedef struct { uint8_t lo:4, hi:4; } fnibble;
]]
local s = ffi.new("fbits")
local p = ffi.cast("fbits *", s)
local sum, trues = 0, 0
for i = 1, 300 do
  s.a = i; p.b = i * 3; s.c = -i * 7; s.d = i * 13; s.e = i % 3 == 0; s.f = i; p.g = i * 5; s.h = i
  sum = sum + s.a + p.b + s.c + p.d + s.f + s.g + s.h
  if p.e then trues = trues + 1 end
  if i == 200 then s.c = 1.5e10 end
end
print(sum, trues, s.a, s.b, s.c, s.d, s.e, s.f, s.g, s.h)

local bytes = ffi.new("fnibble[16]")
for i = 0, 15 do bytes[i].lo = i; bytes[i].hi = 15 - i end
local acc = 0
for r = 1, 50 do
  for i = 0, 15 do
    local n = bytes[i]
    n.lo, n.hi = n.hi, n.lo
    acc = acc + n.lo * 16 + n.hi
  end
end
print(acc, bytes[3].lo, bytes[3].hi, ffi.cast("uint8_t *", bytes)[3])

-- Casts to narrower integers and to floats: boxed scalars, read back with
-- tonumber (wrapping, truncation, the 32-bit conversion's INT32_MIN for
-- out-of-range doubles), from numbers and from 64-bit integers.
local wraps = {}
local wsum = 0
for i = 1, 300 do
  local x = i * 977 - 40000
  local v = tonumber(ffi.cast("int8_t", x)) + tonumber(ffi.cast("uint8_t", x))
    + tonumber(ffi.cast("int16_t", x * 3)) + tonumber(ffi.cast("uint16_t", x))
    + tonumber(ffi.cast("int32_t", x * 1e5)) + tonumber(ffi.cast("uint32_t", x))
    + tonumber(ffi.cast("float", x / 3)) + tonumber(ffi.cast("double", x))
    + tonumber(ffi.cast("int32_t", ffi.cast("int64_t", x) * 100000))
  wsum = wsum + v
  if i % 75 == 0 then wraps[#wraps + 1] = tonumber(ffi.cast("uint16_t", x)) .. "=" .. v end
end
print(wsum, table.concat(wraps, " "))
