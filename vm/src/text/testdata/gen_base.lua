-- Dev-time generator for base.txt: run with PUC Lua 5.1 (`lua5.1 gen_base.lua
-- [count] [seed] > base.txt`). Each line: the input in hex, a tab, the base, a tab,
-- and tonumber(input, base) as %.17g, or "nil".
local count = tonumber(arg[1]) or 600
local state = tonumber(arg[2]) or 11
local function rnd(n)
  state = (state * 1103515245 + 12345) % 2147483648
  return math.floor(state / 2147483648 * n)
end
local function pick(t) return t[rnd(#t) + 1] end
local cases = {{"10", 2}, {"-10", 2}, {"  ff  ", 16}, {"0xff", 16}, {"0XFF", 16}, {"-0xff", 16},
  {"ffffffff", 16}, {"100000000", 16}, {"ffffffffffffffff", 16}, {"10000000000000000", 16},
  {"fffffffffffffffff", 16}, {"", 16}, {" ", 16}, {"-", 16}, {"+5", 8}, {"+-5", 8}, {"z", 36},
  {"Z", 36}, {"zz", 36}, {"2", 2}, {"1 0", 2}, {"12\0", 16}, {"1\0zz", 16}, {"\0", 16},
  {"7fffffffffffffff", 16}, {"8000000000000000", 16}, {"-8000000000000000", 16},
  {"-1", 16}, {"-ffffffffffffffff", 16}, {"-fffffffffffffffff", 16}, {"0x", 16}, {"0x", 36},
  {"0xg", 16}, {"0x1", 17}, {"-0x", 16}, {"0x 1", 16}, {"+0xA", 16}, {"-0", 16}, {"0b1", 2},
  {"\t\n12\v", 8}, {"- 1", 7}, {"1.5", 16}, {"1e5", 16}, {"20000000000001", 16},
  {"11111111111111111111111111111111111111111111111111111111111111111", 2},
  {"1111111111111111111111111111111111111111111111111111111111111111", 2},
  {"3w5e11264sgsf", 36}, {"3w5e11264sgsg", 36}, {"3W5E11264SGSF", 36}, {"777", 7}, {"778", 8},
  {"10", 10}, {"1e1", 10}, {"0x10", 10}, {" 12 ", 10}}
local digits = "0123456789abcdefghijklmnopqrstuvwxyzABCXYZ"
local extras = {"", "", "", "", "", "", "", "", " ", "-", "+", "0x", "0X", "\t", ".", "g", "\0"}
for _ = 1, count do
  local base = rnd(35) + 2
  local t = {pick(extras)}
  for i = 1, rnd(24) + 1 do
    local k = rnd(math.min(base, 36)) + 1
    if rnd(40) == 0 then k = rnd(#digits) + 1 end
    t[#t + 1] = digits:sub(k, k)
  end
  t[#t + 1] = pick(extras)
  local input = table.concat(t)
  -- Base 10 is the ordinary coercion, where lunavm follows LuaJIT on NULs.
  if not (base == 10 and input:find("%z")) then cases[#cases + 1] = {input, base} end
end
for _, c in ipairs(cases) do
  local v = tonumber(c[1], c[2])
  local hex = c[1]:gsub(".", function(ch) return string.format("%02x", ch:byte()) end)
  io.write(hex, "\t", c[2], "\t", v and string.format("%.17g", v) or "nil", "\n")
end
