-- tostring/print of numbers use %.14g.
local xs = {0.1, 0.5, 1e15, 1e16, 2^53, 2^53 + 1, 2^31, 2^32, 2^63, 1e100, 1e-100,
  12345678901234, 123456789012345678, 3.14159265358979, 100, -100, 1/4, 1e-7,
  0.1 + 0.2, 1 - 0.9, 255 / 256, 1e14 + 0.5, -1.5e-3}
for i, x in ipairs(xs) do print(i, x, tostring(x)) end
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 - 0.3 < 1e-15)
local z = 0
print(-z, z, -z == z)
print(1/0, -1/0, math.huge, -math.huge)
print(1/0 > 1e308, -1/0 < -1e308, math.huge == 1/0)
print(string.format("%.3f", 2/3), string.format("%d", 42), string.format("%5.1f|", 3.14159))
print(2^10, 2^0.5, 10 / 2, 7 / 2, 3 * 1.5)
print(tostring(1e15 + 1), tostring(-0.0001))
