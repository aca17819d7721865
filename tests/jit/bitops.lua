-- The bit library in traces: every function, LuaJIT's conversion of
-- fractions, negative and huge numbers to 32 bits, shift counts beyond 31,
-- n-ary band/bor/bxor, and a hash loop mixing them (the results are signed
-- 32-bit numbers).

local band, bor, bxor, bnot = bit.band, bit.bor, bit.bxor, bit.bnot
local lshift, rshift, arshift, rol, ror = bit.lshift, bit.rshift, bit.arshift, bit.rol, bit.ror
local tobit, bswap, tohex = bit.tobit, bit.bswap, bit.tohex

local h = 0
for i = 1, 1000 do
  h = bxor(h, i * 2654435761)
  h = rol(h, 5) + band(i, 0xff)
  h = bor(h, lshift(i, i % 40)) - arshift(h, 3)
  h = tobit(h)
end
print("hash", h, tohex(h))

local vals = { 0, 1, -1, 2^31, 2^32 + 5, -2^31 - 1, 1.5, 2.5, -1.5, 0x7fffffff, 1e10, -3.75 }
local out = {}
for i = 1, 360 do
  local v = vals[i % #vals + 1]
  local s = i % 37
  out[#out + 1] = tobit(v) + bnot(v) + bswap(v) + lshift(v, s) + rshift(v, s)
                 + arshift(v, s) + rol(v, s) + ror(v, s)
end
print("mixed", out[1], out[2], out[3], out[100], out[200], out[360])

local n = 0
for i = 1, 400 do
  n = n + band(i, 7, 5) + bor(i, 8, 16, 32) + bxor(i, 3, 5, 7, 9) + band(i)
end
print("nary", n)

-- A loop whose operand changes type: a string number is NYI in traces and
-- must still give LuaJIT's answer.
local acc = 0
for i = 1, 300 do
  local v = i < 280 and i or tostring(i)
  acc = acc + band(v, 0xf0)
end
print("string operand", acc)
