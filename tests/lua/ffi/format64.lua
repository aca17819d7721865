-- ref: luajit
-- string.format integer conversions of 64-bit cdata (LuaJIT 2.1).
local ffi = require("ffi")
print(string.format("%d|%5d|%-4d|%x|%X|%o|%u|%+d|%#x", 1LL, -42LL, 7ULL, 255ULL, -1LL, 8LL, -1LL, 3LL, 255LL))
print(string.format("%d %d", 9223372036854775807LL, -9223372036854775808LL), string.format("%d", 18446744073709551615ULL))
print(pcall(string.format, "%d", ffi.new("int", 7)))
print(pcall(string.format, "%f", 1LL))
