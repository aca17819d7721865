-- unpack with default and explicit ranges and holes.
print(unpack({1, 2, 3}))
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 3))
print(unpack({1, 2, 3}, 3, 2))
print(select("#", unpack({})))
print(unpack({1, nil, 3}, 1, 3))
print(unpack({}, 1, 3))
print(unpack({n = 2, "a", "b", "c"}, 1, 2))
print(unpack({"a", "b"}, -1, 1))
print(select("#", unpack({1, 2, 3}, 1, 5)))
local t = {}
for i = 1, 100 do t[i] = i end
print(select("#", unpack(t)), (select(100, unpack(t))))
print(pcall(unpack))
print(pcall(unpack, {}, 1, 1e8))
print(unpack({"x"}, 1.5))
local function sum(a, b, c) return a + b + c end
print(sum(unpack({1, 2, 3})))
