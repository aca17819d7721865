-- The arithmetic operators on numbers.
print(7 + 2, 7 - 2, 7 * 2, 7 / 2, 7 % 2, 7 ^ 2, -7)
print(7.5 + 0.5, 0.1 * 3, 1 / 3 * 3, 2 ^ 0.5 * 2 ^ 0.5)
print(1e308 * 10, -1e308 * 10, 5 / 0, -5 / 0)
print(2 ^ 53 + 1, 2 ^ 53 + 2, 2 ^ 1023 * 2)
print(3 - 5, -3 - -5, - (3 + 5))
print(10 / 4, 10 / -4, -10 / 4, 1 / 8)
print(2 ^ -1, 4 ^ 0.5, (-8) ^ 2, 0 ^ 0, 10 ^ 2)
local a, b = 17, 5
print(a + b, a - b, a * b, a / b, a % b, a ^ 2)
local sum = 0
for i = 1, 100 do sum = sum + i end
print(sum, sum / 100)
local acc = 0
for i = 1, 10 do acc = acc + 0.1 end
print(acc, acc == 1, math.abs(acc - 1) < 1e-15)
print(math.floor(7 / 2), math.ceil(7 / 2), math.floor(-7 / 2), math.max(1, 5, 3), math.min(4, -2))
print(1e15 + 0.3, 123456789 * 1000)
