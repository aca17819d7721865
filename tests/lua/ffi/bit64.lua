-- ref: luajit
-- The bit library on 64-bit cdata (LuaJIT 2.1): int64/uint64 results, shifts, tohex.
local ffi = require("ffi")
print(bit.band(0x1234567890LL, 0xff), bit.bor(1ULL, 2), bit.bxor(-1LL, 1), bit.bnot(0LL), bit.bnot(0ULL))
print(bit.lshift(1LL, 40), bit.rshift(-1LL, 60), bit.arshift(-16LL, 2), bit.rol(1LL, 65), bit.ror(1ULL, 1))
print(bit.tohex(1LL), bit.tohex(255LL, 4), bit.tohex(-1LL, -8), bit.bswap(0x0102030405060708LL))
print(bit.tobit(0x100000001LL), type(bit.tobit(1LL)), bit.band(3, ffi.new("int", 6)))
print(bit.band(1LL, 1.9), bit.lshift(1, 1LL), bit.tohex(ffi.new("uint32_t", 10)))
print(pcall(bit.band, 1LL, {}))
print(bit.band(5, 3), bit.tohex(255))
