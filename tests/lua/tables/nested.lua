-- Nested tables, references and aliasing.
local a = {inner = {value = 1}}
local b = a
b.inner.value = 2
print(a.inner.value, a == b)
local grid = {}
for i = 1, 3 do
  grid[i] = {}
  for j = 1, 3 do grid[i][j] = i * j end
end
print(grid[2][3], grid[3][3], #grid, #grid[1])
local self_ref = {}
self_ref.me = self_ref
print(self_ref.me.me.me == self_ref)
local list = nil
for i = 1, 5 do list = {value = i, next = list} end
local vals = {}
while list do vals[#vals + 1] = list.value; list = list.next end
print(table.concat(vals, " "))
local deep = {}
local cur = deep
for i = 1, 100 do cur.child = {depth = i}; cur = cur.child end
local d, p = 0, deep
while p.child do p = p.child; d = p.depth end
print(d)
