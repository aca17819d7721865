-- pairs/next loops in traces: array parts, hash parts, both, keys of
-- several types, tables changing between runs (values cleared during the
-- traversal, which Lua allows), nested loops, next used directly, and
-- sums that do not depend on the traversal order.

local t = {}
for i = 1, 100 do t[i] = i end
for i = 1, 50 do t["k" .. i] = i * 2 end
local s, n = 0, 0
for rep = 1, 30 do
  for k, v in pairs(t) do
    s = s + v
    if type(k) == "number" then n = n + k else n = n + #k end
  end
end
print("mixed", s, n)

local h = { a = 1, b = 2, c = 3, d = 4, [true] = 5, [2.5] = 6 }
local hs = 0
for rep = 1, 300 do for k, v in pairs(h) do hs = hs + v end end
print("hash", hs)

local cleared = 0
for rep = 1, 50 do
  local w = {}
  for i = 1, 40 do w["x" .. i] = i end
  for k, v in pairs(w) do
    if v % 2 == 0 then w[k] = nil end
    cleared = cleared + v
  end
  local left = 0
  for _ in next, w do left = left + 1 end
  cleared = cleared + left
end
print("cleared", cleared)

local grid = {}
for i = 1, 20 do grid[i] = { x = i, y = -i, z = i * i } end
local g = 0
for rep = 1, 20 do
  for _, p in pairs(grid) do
    for _, c in pairs(p) do g = g + c end
  end
end
print("nested", g)

local empty, e = {}, 0
for rep = 1, 300 do for k in pairs(empty) do e = e + 1 end e = e + 1 end
print("empty", e)

-- The value type changes in the middle of the traversal.
local m = {}
for i = 1, 60 do m[i] = (i % 3 == 0) and ("s" .. i) or i end
local ms = 0
for rep = 1, 20 do
  for _, v in pairs(m) do
    if type(v) == "string" then ms = ms + #v else ms = ms + v end
  end
end
print("types", ms)

-- Keys and values of a hash part collected in one hot loop (the calls that
-- find the next entry and load its key share their arguments, which LOOP
-- must not treat as a value of their own).
local names = {}
for i = 1, 200 do names["n" .. i] = i end
local keys, total = {}, 0
for k, v in pairs(names) do keys[#keys + 1] = k; total = total + v end
table.sort(keys)
print("collected", #keys, keys[1], keys[200], total)
