-- table.insert, remove, concat, maxn, sort.
local t = {}
table.insert(t, "a")
table.insert(t, "c")
table.insert(t, 2, "b")
table.insert(t, 1, "start")
print(#t, table.concat(t, ","))
print(table.remove(t), #t, table.concat(t, ","))
print(table.remove(t, 1), #t, table.concat(t, ","))
print(table.remove({}), #t)
print(table.concat({}), table.concat({1, 2, 3}), table.concat({1, "a", 2.5}, ", "))
print(table.concat({"a", "b", "c"}, "", 2), table.concat({"a", "b", "c"}, "-", 2, 3))
print(table.concat({"a"}, "-", 3, 2) == "")
print(pcall(table.concat, {1, {}, 3}))
print(table.maxn({}), table.maxn({1, 2, nil, 4}), table.maxn({[10] = 1, [2.5] = 1}))
local nums = {5, 3, 8, 1, 9, 2, 7}
table.sort(nums)
print(table.concat(nums, " "))
table.sort(nums, function(a, b) return a > b end)
print(table.concat(nums, " "))
local words = {"pear", "apple", "fig", "banana"}
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return #a < #b end)
print(words[1], words[4])
local recs = {{n = "b", v = 2}, {n = "a", v = 1}, {n = "c", v = 3}}
table.sort(recs, function(x, y) return x.v < y.v end)
print(recs[1].n, recs[2].n, recs[3].n)
print((pcall(table.sort, {1, "x", 2})))
print(pcall(table.insert, nil, 1))
local big = {}
for i = 1, 200 do big[i] = (i * 7919) % 211 end
table.sort(big)
local sorted = true
for i = 2, #big do if big[i - 1] > big[i] then sorted = false end end
print(sorted, big[1], big[200])
