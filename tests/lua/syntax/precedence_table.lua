-- Operator precedence, from lowest to highest: or; and; comparisons; ..; + -;
-- * / %; unary (not # -); ^ (right associative, binds tighter than unary on its left).
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4, 2 * (3 + 4))
print(-2 ^ 2, (-2) ^ 2, 2 ^ -1, -2 ^ -2)
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2)
print(10 - 4 - 3, 10 - (4 - 3), 64 / 4 / 2, 64 / (4 / 2))
print(7 % 4 * 2, 7 % (4 * 2), -7 % 3, -(7 % 3))
print(1 .. 2 .. 3, "a" .. 1 + 2 .. "b", 2 .. 3 ^ 2)
print(1 + 1 == 2, "x" .. "y" == "xy", 1 < 2 == true)
print(not nil == true, not (nil == true), not 1 == nil)
print(1 == 1 and 2 == 2 or 3, nil and 1 or 2, false or nil and 1)
print(1 < 2 and 2 < 3, 1 < 2 or error("never"))
print(#"abc" + 1, -#"abc", #"ab" .. "c", #("ab" .. "c"))
print(- - 2, not not nil, - -2 ^ 2)
print(2 * -3 ^ 2, 2 ^ -3 * 4)
print("10" + 1 .. "", 3 .. "" == "3")
local t = {n = 5}
print(t.n * 2 ^ 2, -t.n ^ 2, #{1, 2, 3} * 2)
-- comparisons are not associative: a < b < c is a type error
print(pcall(loadstring("return 1 < 2 < 3")))
-- the same expressions computed from locals agree with the folded constants
local two, three, four = 2, 3, 4
print(two + three * four, -two ^ two, two ^ three ^ two, -two ^ -two)
print(10 - four - three, 64 / four / two, 7 % four * two, -7 % three)
