-- Comparisons in traces beyond numbers: strings (bytewise, with embedded
-- zeros and prefixes), tables through __lt/__le (and <= through __lt when
-- __le is missing, as in Lua 5.1), __eq between different tables sharing
-- the handler, and handlers whose answers change mid-loop.

local words = { "apple", "b", "banana", "", "app", "a\0b", "a", "zz", "Apple" }
local lt, le, gt, ge = 0, 0, 0, 0
for i = 1, 400 do
  local x, y = words[i % #words + 1], words[(i * 7) % #words + 1]
  if x < y then lt = lt + 1 end
  if x <= y then le = le + 1 end
  if x > y then gt = gt + 1 end
  if x >= y then ge = ge + 1 end
end
print("strings", lt, le, gt, ge)

local V = {}
V.__index = V
V.__lt = function(a, b) return a.v < b.v end
V.__le = function(a, b) return a.v <= b.v end
V.__eq = function(a, b) return a.v == b.v end
local function new(v) return setmetatable({ v = v }, V) end
local objs = {}
for i = 1, 20 do objs[i] = new(i % 7) end
local c1, c2, c3, c4, c5 = 0, 0, 0, 0, 0
for i = 1, 500 do
  local a, b = objs[i % 20 + 1], objs[(i * 3) % 20 + 1]
  if a < b then c1 = c1 + 1 end
  if a <= b then c2 = c2 + 1 end
  if a > b then c3 = c3 + 1 end
  if a == b then c4 = c4 + 1 end
  if a ~= b then c5 = c5 + 1 end
end
print("tables", c1, c2, c3, c4, c5)

-- Only __lt: a <= b is not (b < a).
local W = { __lt = function(a, b) return a.v < b.v end }
local ws = {}
for i = 1, 10 do ws[i] = setmetatable({ v = (i * 5) % 4 }, W) end
local n1, n2 = 0, 0
for i = 1, 400 do
  local a, b = ws[i % 10 + 1], ws[(i + 3) % 10 + 1]
  if a <= b then n1 = n1 + 1 end
  if a >= b then n2 = n2 + 1 end
end
print("lt only", n1, n2)

-- A handler returning non-booleans, and one replaced mid-loop.
local M = { __lt = function(a, b) return a.v end }
local p, q = setmetatable({ v = 1 }, M), setmetatable({ v = false }, M)
local t1 = 0
for i = 1, 400 do
  if i == 300 then M.__lt = function() return nil end end
  if p < q then t1 = t1 + 1 end
  if q < p then t1 = t1 + 100 end
end
print("values", t1)

-- Sorting objects with a comparator that uses __lt.
local list = {}
for i = 1, 200 do list[i] = new((i * 37) % 101) end
table.sort(list, function(a, b) return a < b end)
print("sorted", list[1].v, list[100].v, list[200].v)
