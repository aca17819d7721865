-- Order comparisons: numbers numerically, strings byte-wise.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 2 > 1, -1 < 0)
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
print("10" < "9", 10 < 9, "a\0b" < "a\0c", "a" < "a\0")
print(1.5 < 2, -math.huge < -1e308, math.huge > 1e308)
print("\255" > "\1", "\128" > "z")
print(pcall(function() return 1 < "2" end))
print(pcall(function() return "1" <= 2 end))
print(pcall(function() return {} < 1 end))
print(pcall(function() return nil > 1 end))
print(pcall(function() return true < false end))
print(pcall(function() return print < print end))
local a, b = 3, 3
print(a < b, a <= b, a > b, a >= b, not (a < b))
