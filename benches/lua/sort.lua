-- table.sort: numbers and strings with the default order, and records with a Lua comparator function. Usage: sort.lua [n]
-- smoke: 500
local n = tonumber(arg and arg[1]) or 100000

local sort, format = table.sort, string.format

local seed = 7
local function rand(m) -- 0..m-1
  seed = (seed * 16807) % 2147483647
  return seed % m
end

-- All keys that decide an order are distinct, so the result does not depend on the
-- sort algorithm (Lua 5.4 picks pivots differently from 5.1 and LuaJIT).
local function checksum(t, key)
  local h = 0
  for i = 1, #t do
    local v = t[i]
    if key then v = v[key] end
    h = (h * 31 + v % 1000003 + i) % 1000000007
  end
  return h
end

-- 1. numbers, default order (duplicates are fine: equal numbers are identical)
local nums = {}
for i = 1, n do nums[i] = rand(1000000000) end
sort(nums)
for i = 2, n do assert(nums[i - 1] <= nums[i], "numbers not sorted") end
print(format("numbers ascending: min %d, median %d, max %d, hash %d",
  nums[1], nums[math.floor(n / 2)], nums[n], checksum(nums)))

-- 2. the same numbers, descending, with a comparator
sort(nums, function(a, b) return a > b end)
for i = 2, n do assert(nums[i - 1] >= nums[i], "numbers not sorted descending") end
print(format("numbers descending: first %d, hash %d", nums[1], checksum(nums)))

-- 3. strings, default order
local strs = {}
local letters = "abcdefghijklmnopqrstuvwxyz"
for i = 1, n do
  local len = 3 + rand(8)
  local b = {}
  for k = 1, len do
    local c = rand(26) + 1
    b[k] = letters:sub(c, c)
  end
  strs[i] = table.concat(b) .. i -- the index suffix makes them distinct
end
sort(strs)
local sh = 0
for i = 1, n do
  local s = strs[i]
  sh = (sh * 7 + s:byte(1) + s:byte(#s) + #s) % 1000000007
end
print(format("strings: first %s, last %s, hash %d", strs[1], strs[n], sh))

-- 4. records by (group ascending, score descending, id ascending)
local recs = {}
for i = 1, n do recs[i] = { id = i, group = rand(50), score = rand(1000) } end
sort(recs, function(a, b)
  if a.group ~= b.group then return a.group < b.group end
  if a.score ~= b.score then return a.score > b.score end
  return a.id < b.id
end)
print(format("records: first id %d, last id %d, hash %d", recs[1].id, recs[n].id,
  checksum(recs, "id")))
