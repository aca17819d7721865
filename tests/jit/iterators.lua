-- Generic for loops in traces: ipairs over arrays (the end found by a nil,
-- holes, arrays grown into the hash part, tables with metatables: ipairs
-- reads raw), Lua function iterators (stateless and closures over upvalues),
-- and loops nested inside traced loops.

local arr = {}
for i = 1, 200 do arr[i] = i * 3 end
local s = 0
for rep = 1, 20 do
  for i, v in ipairs(arr) do s = s + i * v end
end
print("ipairs", s)

local holes = { 1, 2, 3, nil, 5 }
local c = 0
for rep = 1, 300 do for _, v in ipairs(holes) do c = c + v end end
print("holes", c)

local grown = {}
for i = 1, 40 do grown[i] = i end
for i = 41, 60 do grown[i] = -i end
local g = 0
for rep = 1, 100 do for i, v in ipairs(grown) do g = g + v end end
print("grown", g)

local proxy = setmetatable({ 10, 20, 30 }, { __index = function(t, k) return 99 end })
local p = 0
for rep = 1, 300 do for _, v in ipairs(proxy) do p = p + v end end
print("raw", p)

local function range(n)
  return function(_, i) if i < n then return i + 1 end end, nil, 0
end
local r = 0
for rep = 1, 50 do for i in range(30) do r = r + i end end
print("closure iterator", r)

local function evens(t, i)
  i = i + 2
  local v = t[i]
  if v then return i, v end
end
local e = 0
for rep = 1, 100 do for i, v in evens, arr, 0 do e = e + v end end
print("stateless iterator", e)

-- The element type changes mid-array, and the array shrinks during the run.
local mixed = {}
for i = 1, 100 do mixed[i] = (i % 10 == 0) and tostring(i) or i end
local m, strs = 0, 0
for rep = 1, 30 do
  for _, v in ipairs(mixed) do
    if type(v) == "number" then m = m + v else strs = strs + 1 end
  end
  if rep == 20 then mixed[50] = nil end
end
print("mixed", m, strs)
