-- Stores outside the array part: a helper creates the key's slot and the
-- table grows (array part doubling, hash part for sparse, zero and negative
-- keys). Values stored before and after each growth must all be there, and
-- loads and stores after a growth must use the table's new parts.

local t = {}
for i = 1, 1000 do t[i] = i * 2 end
local s = 0
for i = 1, 1000 do s = s + t[i] end
print("grow", s, t[1], t[500], t[1000], t[1001])

local sparse = {}
for i = 1, 300 do sparse[i * 7] = i end
local n = 0
for _ in pairs(sparse) do n = n + 1 end
print("sparse", n, sparse[7], sparse[2100], sparse[8])

local neg = {}
for i = -100, 100 do neg[i] = -i end
print("neg", neg[-100], neg[0], neg[100], neg[50])

-- GC objects stored while the table grows (write barriers, growth together).
local pool = { "red", "green", "blue", {}, function() end }
local objs = {}
for i = 1, 2000 do objs[i] = pool[i % 5 + 1] end
collectgarbage()
local reds, tabs = 0, 0
for i = 1, 2000 do
  if objs[i] == "red" then reds = reds + 1 end
  if objs[i] == pool[4] then tabs = tabs + 1 end
end
print("objs", reds, tabs, objs[1], objs[2000])

-- Two tables growing in one loop, and a store after the growth in the same
-- iteration (the array part moved in between).
local a, b = {}, {}
for i = 1, 700 do
  a[i] = i
  b[i] = a[i] + 1
  a[i] = b[i] * 2
end
local sa, sb = 0, 0
for i = 1, 700 do sa = sa + a[i] sb = sb + b[i] end
print("two", sa, sb)

-- Rows built in an inner loop, as in matrix codes.
local m = {}
for r = 1, 40 do
  local row = {}
  for c = 1, 40 do row[c] = r * 100 + c end
  m[r] = row
end
local trace = 0
for r = 1, 40 do trace = trace + m[r][r] end
print("rows", trace, m[40][1], m[1][40])
