-- Table accesses with keys the recorder cannot resolve to a fixed slot: a
-- helper looks the key up (or creates it) when the trace runs. String keys in
-- variables, non-integer numbers, keys absent when recorded and added later,
-- integer keys beyond the array part, and the length operator.

local names = { "alpha", "beta", "gamma", "delta", "eps" }
local counts = {}
for i = 1, 500 do
  local k = names[i % 5 + 1]
  counts[k] = (counts[k] or 0) + i
end
print("counts", counts.alpha, counts.beta, counts.gamma, counts.delta, counts.eps)

-- A key that appears half way through (absent, then present).
local t = { x = 1, y = 2 }
local seen = 0
for i = 1, 300 do
  if i == 150 then t.late = 7 end
  local v = t.late
  if v then seen = seen + v end
end
print("late", seen)

-- Non-integer and negative number keys, reads and writes.
local f = {}
for i = 1, 200 do f[i + 0.5] = i; f[-i] = -i end
local fs = 0
for i = 1, 200 do fs = fs + f[i + 0.5] + f[-i] end
print("float keys", fs, f[1.5], f[-200])

-- Reads beyond the array part: nil, and values in the hash part.
local sparse = { 1, 2, 3 }
sparse[100] = 100
local hits, misses = 0, 0
for i = 1, 200 do
  if sparse[i] then hits = hits + sparse[i] else misses = misses + 1 end
end
print("sparse", hits, misses)

-- Appending with #t, and the length seen after every store.
local list = {}
local lens = 0
for i = 1, 400 do
  list[#list + 1] = i * 2
  lens = lens + #list
end
print("append", #list, lens, list[1], list[400])

-- Tables as keys, and booleans.
local k1, k2 = {}, {}
local map = { [true] = 0 }
for i = 1, 300 do
  local k = (i % 2 == 0) and k1 or k2
  map[k] = (map[k] or 0) + 1
  map[true] = map[true] + 1
end
print("table keys", map[k1], map[k2], map[true])
