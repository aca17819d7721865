-- a % b == a - floor(a/b)*b: the result has the sign of b.
print(5 % 3, -5 % 3, 5 % -3, -5 % -3)
print(5.5 % 2, -5.5 % 2, 5.5 % -2, 0.3 % 0.1 < 0.1)
print(0 % 5, 3 % 1, 2.25 % 0.5, 1e10 % 7)
print(-1 % 10, -11 % 10, 11 % -10)
print(math.fmod(5, 3), math.fmod(-5, 3), math.fmod(5, -3), math.fmod(-5.5, 2))
local r = {} for i = -3, 3 do r[#r + 1] = i % 3 end print(table.concat(r, " "))
