-- string.sub with positive, negative, out-of-range and reversed indices.
local s = "hello world"
print(s:sub(1, 5), s:sub(7), s:sub(-5), s:sub(-5, -3))
print(s:sub(0), s:sub(3, 2) == "", s:sub(100) == "", s:sub(-100, 3))
print(s:sub(5, 5), s:sub(11, 11), s:sub(12, 12) == "")
print(string.sub("abc", 2), ("abc"):sub(-1), ("abc"):sub(2, -2))
print(#s:sub(1, 0), #s:sub(-1000, 1000))
print(("x"):sub(1.0, 1.0))
