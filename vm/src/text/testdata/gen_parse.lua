-- Dev-time generator for parse.txt: run with LuaJIT 2.1 (`luajit gen_parse.lua
-- [count] [seed] > parse.txt`). Each line: the input string in hex, a tab, and
-- tonumber(input) as the double's bits in hex (NaN as "nan"), or "nil". Inputs are
-- curated edge cases plus random strings from a numeral-like grammar.
local ffi = require("ffi")
local cell = ffi.new("union { double d; uint64_t u; }")
local count = tonumber(arg[1]) or 1500
local state = tonumber(arg[2]) or 7
local function rnd(n)
  state = (state * 1103515245 + 12345) % 2147483648
  return math.floor(state / 2147483648 * n)
end
local function pick(t) return t[rnd(#t) + 1] end
local inputs = {"inf", "nan", "infinity", "-inf", "+inf", "-nan", "NaN", "INF", "-Infinity",
  "infinit", "infinityy", "inf x", "  inf  ", "nan(0)", "0x10", "-0x10", "+0x10", " 0x10 ",
  "0x", "1e", ".", " ", "", "1.", "  .5  ", "0x1p4", "0x1.8p1", "0x.8", "0xA.8", "1e+",
  "1e5 ", "5e-324", "1\0", "0x1P-2", "1E2", "+1", "- 1", "--1", "0X1F", "1e400", "-1e400",
  "0x1g", "1 2", "\t\v\f\r\n12\n", "0x8000000000000000", "0xffffffffffffffffff", "1.5e", "e5",
  "0e0", "00012", "1..2", "0x1p", "0x1.", "0x.p1", "0x1e2", "\0", "12\0", ".e1", "0.", "-.5",
  "+.5e-3", "0x-1", "1e-400", "0x1p-1080", "0x1p1024", "0x1.fffffffffffff8p1023", "1i",
  "1ll", "1ULL", "1u", "1l", "0b101", "0x1ll", "0x1f.8p-2x", "  0x1F  ", "-0", "-0x0", "-0.0",
  "0x123456789abcdef0123", "0x1.00000000000008p0", "0x1.000000000000081p0",
  "0x1.00000000000018p0", "0x0.0000000000001p-1022", "0x1p-1074", "0x1p-1075",
  "0x1.0000000001p-1075", "0x3p-1076", "0x1.fffffffffffffp-1023", "0x1.ffffffffffffe8p-1023",
  "0b", "0b2", "0b1.1", "0b1.", "0b1.0", "0b10.00", "0b.1", "-0b1", "0B11",
  "0b1111111111111111111111111111111111111111111111111111111111111111",
  "0b11111111111111111111111111111111111111111111111111111111111111111",
  "1e1000000", "1e-1000000", "0.000001e6", "123456789012345678901234567890", "0x1p+4",
  "0x1P+", "0xp1", "08", "0e", "1e+-5", "-", "+", "+-1", "0x1.8P-1", "\v1", "1\v", "1e0x1",
  "0x1e+2", "9007199254740993", "2.4703282292062328e-324", "2.4703282292062327e-324",
  "1.7976931348623158e308", "1.7976931348623159e308", "0.1", "1e23", "8.5e-324",
  "00.5", "0.0.", "..5", "5..", "0x..1", "0x1..", "0X.", "0x0", "0x0.0p0", "0x00000001",
  "1e0000000000000000000001", "0.0000000000000000000000000000000000000001e40",
  "\0001", "1 \0", " \0 ", "1_000", "1,5", "٣", "\2271", "0x1p-0", "0x1p+0", "1E+0", "1e-0",
  "1e1048575", "1e1048576", "1e-1048575", "1e-1048576", "0x1p1048575", "0x1p1048576",
  "0e0000000000001", "1e00000000000000000000001", "0e9999999", "1e655359",
  "0x1.00000000000000000001p0", "0x1.0000000000000800000000p0", "0x1.00000000000008000001p0",
  "0x00000000000000000000001p0", "0x100000000000000000000", "0x1p-1022", "0x0.8p-1022",
  "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022",
  "0x0.00000000000008000001p-1022", "0x1.ffffffffffffffffffffp1023", "0x1.fffffffffffff7ffp1023",
  "4.9406564584124654e-324", "2.2250738585072011e-308", "2.2250738585072012e-308",
  "1.00000000000000011102230246251565404236316680908203125",
  "1.00000000000000011102230246251565404236316680908203124",
  "1.00000000000000011102230246251565404236316680908203126", "0.1e1", "  -  1", "1e+5", "1E-5"}
local pieces = {"", " ", "\t", "+", "-", "0", "00", "1", "9", "12", "0x", "0X", "0b", ".",
  "5", "e", "E", "p", "P", "+", "-", "a", "f", "F", "inf", "nan", "x", "308", "400", "1023",
  "1074", "999999999999999999", "7", "\n"}
for _ = 1, count do
  local n = rnd(6) + 1
  local t = {}
  for i = 1, n do t[i] = pick(pieces) end
  inputs[#inputs + 1] = table.concat(t)
end
-- Well-formed decimals and hex floats with many digits (rounding).
for _ = 1, math.floor(count / 3) do
  local t = {}
  for i = 1, rnd(25) + 1 do t[i] = tostring(rnd(10)) end
  local s = table.concat(t)
  local cut = rnd(#s + 1)
  inputs[#inputs + 1] = s:sub(1, cut) .. "." .. s:sub(cut + 1) .. "e" .. (rnd(700) - 350)
  local h = {}
  for i = 1, rnd(20) + 1 do h[i] = string.format("%x", rnd(16)) end
  inputs[#inputs + 1] = "0x" .. table.concat(h) .. "p" .. (rnd(2200) - 1100)
end
for _, s in ipairs(inputs) do
  local v = tonumber(s)
  local hex = s:gsub(".", function(c) return string.format("%02x", c:byte()) end)
  local out = "nil"
  if v ~= nil and v ~= v then out = "nan"
  elseif v ~= nil then cell.d = v; out = bit.tohex(cell.u, 16) end
  io.write(hex, "\t", out, "\n")
end
