-- Expressions the compiler may fold at compile time give the same results as the
-- same operations done at run time. (NaN and -0 are never printed directly: the
-- two reference interpreters print them differently.)
local zero, one, two = 0, 1, 2
local function same(a, b) return a == b or (a ~= a and b ~= b) end
print(1 / 0, -1 / 0, one / zero, -one / zero)
print(same(0 / 0, zero / zero), (0 / 0) ~= (0 / 0))
-- -0 equals 0 (its sign is tested in negative_zero_luajit.lua)
print(-0 == 0, -zero == zero, 0 * -1 == 0)
-- modulo by zero and by infinity
print(same(1 % 0, one % zero))
local m = 5 % math.huge
print(m ~= m, same(5 % math.huge, (one * 5) % math.huge))
-- 2^53 and neighbours: doubles lose the odd integers above 2^53
print(2 ^ 53 == 2 ^ 53 + 1, 2 ^ 53 - 1 == 2 ^ 53, two ^ 53 + one == two ^ 53)
print(string.format("%.0f %.0f", 2 ^ 53 + 1, 2 ^ 53 + 2))
print(9007199254740993 == 9007199254740992)
-- huge and tiny constants
print(1e308 * 10, -1e308 * 10, 1e308 * 10 == math.huge)
print(1e-320 > 0, 1e-400 == 0, 2 ^ 1024, 2 ^ -1080 == 0)
print(math.huge - math.huge ~= math.huge - math.huge)
-- folding must not change integer-looking results
print(7 / 2, 7 % 2, -7 % 2, 7 % -2, 2 ^ 0.5 == math.sqrt(2))
print(3 - -3, - -3, -(-3))
