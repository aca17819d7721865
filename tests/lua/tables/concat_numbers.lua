-- table.concat accepts numbers as strings, formatted like tostring.
print(table.concat({1, 2, 3}))
print(table.concat({1.5, -2, 1e20, 1 / 3}, " "))
print(table.concat({1, "a", 2, "b"}, 0))
print(table.concat({"x", "y", "z"}, 1.5))
print(table.concat({10, 20, 30}, ", ", 2))
print(table.concat({10, 20, 30}, ", ", 1, 2))
print(table.concat({10, 20, 30}, ", ", 3, 3))
print(table.concat({10, 20, 30}, ", ", 4) == "")
print(table.concat({[1] = "a", [2] = "b", [3] = "c", n = 9}, "-"))
print(table.concat({2 ^ 53, -0.5, 100, 1e-5}, "|"))
-- ranges given as strings are converted
print(table.concat({"a", "b", "c"}, "", "2", "3"))
-- invalid values stop the concatenation with an error
print(pcall(table.concat, {1, 2, true}))
print(pcall(table.concat, {1, nil, 3}, ",", 1, 3))
print(pcall(table.concat, {"a"}, {}))
print(pcall(table.concat, "not a table"))
-- a long concatenation
local t = {}
for i = 1, 500 do t[i] = i % 10 end
local s = table.concat(t)
print(#s, s:sub(1, 12), s:sub(-5))
