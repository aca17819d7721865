-- Parentheses truncate multiple results to one value.
local function mr() return 1, 2, 3 end
print(mr())
print((mr()))
print(mr(), "x")
print((mr()), "x")
local a, b = (mr())
print(a, b)
local function va(...) return (...) end
print(va(7, 8, 9))
print(select("#", (mr())))
print(select("#", va()))
local t = {(mr())}
print(#t)
print(((("deep"))))
print(("s"):rep(2), (2)+(3)*(4))
