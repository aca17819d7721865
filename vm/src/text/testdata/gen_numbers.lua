-- Dev-time generator for numbers.txt: run with PUC Lua 5.1 (`lua5.1 gen_numbers.lua
-- [count] [seed] > numbers.txt`). Each line: a double as %.17g (exact round trip),
-- a tab, and how Lua 5.1 prints it (tostring). NaN lines are not generated.
local count = tonumber(arg[1]) or 800
local seed = tonumber(arg[2]) or 1
local state = seed
local function rnd(n) -- deterministic LCG, 0..n-1
  state = (state * 1103515245 + 12345) % 2147483648
  return math.floor(state / 2147483648 * n)
end
local vals = {}
local function add(x) if x == x then vals[#vals + 1] = x end end
local z = 0
for _, x in ipairs{0, -z, 0.1, 1/3, 2/3, 1e15, 1e16, 123456789012345678, 2^53, 2^53 + 2, 2^63,
  2^64, 5e-324, 1e-5, 1e-4, 0.0001234, 1/0, -1/0, 100, 1e14, 1e14 - 1, 99999999999999.5,
  999999999999995, 12345678901234.5, 12345678901235.5, 0.5, 2.5, 1.5, -1.5, 123.456,
  1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 1e21, 1e22,
  1e23, 0.3, 0.1 + 0.2, 1 - 2^-53, 1 + 2^-52, 3.14159265358979, 1e-300, 4.9e-324,
  9.9999999999999e-5, 9.99999999999995e-5, 0.000099999999999995, 1e100, 1e-100,
  -123456.789e10, 314.15e-2, 2^31, 2^32, -2^31, 2^24 + 0.5} do add(x) end
for e = -330, 310 do
  local x = tonumber("1e" .. e) add(x)
  if x ~= 0 and x < 1/0 then add(x * (1 + 2^-52)) add(x * (1 - 2^-53)) end
end
for e = -1074, 1023, 7 do add(2^e) add(-(2^e) * 3) end
for i = 1, count do
  local kind = rnd(4)
  if kind == 0 then -- random 53-bit mantissa, random binary exponent
    local m = rnd(2^26) * 2^27 + rnd(2^27)
    add(math.ldexp(m, rnd(2100) - 1100))
  elseif kind == 1 then -- short decimal, often hits exact or near ties
    local d = rnd(10^rnd(16))
    add(tonumber(d .. "e" .. (rnd(40) - 20)))
  elseif kind == 2 then -- 15-digit integers and halves around %.14g rounding
    add((rnd(2^26) * 2^21 + rnd(2^21)) / 2 ^ rnd(3))
  else -- random magnitude, small mantissa
    add((rnd(2000) - 1000) * 10 ^ (rnd(60) - 30))
  end
end
for _, x in ipairs(vals) do
  io.write(string.format("%.17g", x), "\t", tostring(x), "\n")
end
