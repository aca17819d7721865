-- table.insert and table.remove at explicit positions shift the elements.
local function show(t) return #t .. ":" .. table.concat(t, ",") end
local t = {}
table.insert(t, 1, "a")
table.insert(t, 1, "b")
table.insert(t, 2, "c")
table.insert(t, #t + 1, "d")
print(show(t))
table.insert(t, 3, "e")
print(show(t))
print(table.remove(t, 1), show(t))
print(table.remove(t, 2), show(t))
print(table.remove(t, #t), show(t))
print(table.remove(t), show(t))
print(table.remove(t), show(t))
print(table.remove(t), show(t))
-- removing from an empty table returns nothing
print(select("#", table.remove({})), table.remove({}, 1))
-- a long sequence, operated in the middle
local l = {}
for i = 1, 100 do l[i] = i end
for i = 1, 10 do table.insert(l, 50, -i) end
print(#l, l[49], l[50], l[59], l[60], l[110])
for i = 1, 10 do table.remove(l, 50) end
local ok = #l == 100
for i = 1, 100 do if l[i] ~= i then ok = false end end
print(ok)
-- queue and stack
local q = {}
for i = 1, 5 do table.insert(q, i) end
local out = {}
while #q > 0 do out[#out + 1] = table.remove(q, 1) end
print(table.concat(out, " "))
for i = 1, 5 do table.insert(q, 1, i) end
print(table.concat(q, " "))
-- values of all kinds are moved as they are
local mixed = {true, 1.5, "s"}
table.insert(mixed, 2, false)
print(mixed[1], mixed[2], mixed[3], mixed[4])
-- wrong number of arguments
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, {}))
