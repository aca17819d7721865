-- reference: lua5.1
-- 5.1's quicksort step for step: orders from inconsistent comparators and the
-- "invalid order function" errors must match.
local function seq(n, seed)
  local t, x = {}, seed
  for i = 1, n do
    x = (x * 1103515245 + 12345) % 2147483648
    t[i] = x % 100
  end
  return t
end
local function sorted(t, f)
  table.sort(t, f)
  return table.concat(t, ",")
end
eq({5, "1,2,3", "", "1", "1,2", "1,2,3"}, sorted({ 3, 1, 2 }), sorted({}), sorted({ 1 }), sorted({ 2, 1 }), sorted({ 3, 2, 1 }))
eq({1, "0,0,4,4,4,4,8,8,8,8,8,12,12,16,20,20,28,28,28,32,36,36,40,40,44,44,44,48,52,52,56,56,60,60,60,72,72,72,80,80,84,84,88,88,90,92,92,92,92,96"}, sorted(seq(50, 1)))
eq({1, "96,96,96,92,92,92,92,88,87,80,80,80,76,76,72,72,68,64,60,56,56,56,56,52,52,48,44,40,32,32,28,24,24,24,20,20,20,20,12,12,12,8,8,4,4,4,4,0,0,0"}, sorted(seq(50, 2), function(a, b) return a > b end))
eq({1, ",B,a,ab,b"}, sorted({ "b", "a", "B", "", "ab" }))
eq({1, "1,1,3,3,3,5,5,5"}, sorted({ 5, 3, 5, 3, 5, 3, 1, 1 }))
eq({1, "-inf,-2,0,1.5,10000000000,inf"}, sorted({ 1.5, -2, 1e10, -1/0, 1/0, 0 }))
-- Inconsistent comparators: same order (or same error) as 5.1.
eq({2, false, "table_sort.lua:13: invalid order function for sorting"}, pcall(sorted, seq(12, 3), function(a, b) return true end))
eq({2, true, "0,4,12,12,12,12,24,28,29,36,36,36,52,44,48,52,52,68,68,72,76,76,80,76,84,88,88,88,92,96"}, pcall(sorted, seq(30, 4), function(a, b) return a <= b end))
eq({2, true, "74,24,24,20,8,64,12"}, pcall(sorted, seq(7, 5), function(a, b) return false end))
eq({2, false, "table_sort.lua:13: invalid order function for sorting"}, pcall(sorted, seq(40, 6), function(a, b) return (a + b) % 3 == 0 end))
eq({2, false, "table_sort.lua:13: invalid order function for sorting"}, pcall(sorted, { 3, 1, 2, 5, 4, 7, 6, 9, 8, 10, 11, 12 }, function(a, b) return true end))
local calls = 0
eq({2, true, "8,92,0,76,40,0,12,28,96,60,12,12,16,28,52,56,68,12,72,60,80,72,92,60,44,76,60,44,92,92,4,56,76,0,0,24,4,60,28,28,36,4,60,84,33,4,4,48,88,16,20,60,8,88,20,24,84,12,84,28,28,52,72,12,96,12,40,56,60,88,56,12,96,68,48,68,80,92,44,80,76,76,92,40,28,92,60,64,12,80,80,32,36,96,36,96,96,8,28,80"}, pcall(sorted, seq(100, 7), function(a, b) calls = calls + 1 return calls % 2 == 0 end))
-- Errors from comparisons and comparators propagate.
eq({2, false, "attempt to compare string with number"}, pcall(table.sort, { 1, "x" }))
eq({2, false, "attempt to compare two table values"}, pcall(table.sort, { {}, {} }))
eq({2, false, "attempt to compare nil with number"}, pcall(table.sort, { 1, 2, nil, 4 }))
eq({2, false, "table_sort.lua:34: cmp failed"}, pcall(table.sort, { 3, 2, 1 }, function(a, b) error("cmp failed") end))
eq({2, false, TYPE"table"}, pcall(table.sort, { 3, 2, 1 }, function(a, b) error({ code = 7 }) end))
eq({2, false, "bad argument #2 to '?' (function expected, got number)"}, pcall(table.sort, { 3, 2, 1 }, 5))
eq({2, false, "bad argument #1 to '?' (table expected, got nil)"}, pcall(table.sort, nil))
eq({2, false, "attempt to compare string with number"}, pcall(function() table.sort({ 1, "x" }) end))
eq({2, false, "table_sort.lua:39: bad argument #2 to 'sort' (function expected, got number)"}, pcall(function() table.sort({ 3, 2, 1 }, 5) end))
-- __lt metamethods.
local mt = { __lt = function(a, b) return a.v < b.v end }
local objs = {}
for i, v in ipairs(seq(20, 8)) do objs[i] = setmetatable({ v = v }, mt) end
table.sort(objs)
local vs = {}
for i, o in ipairs(objs) do vs[i] = o.v end
eq({1, "4,12,13,16,20,28,32,36,40,44,48,48,56,60,64,72,80,80,92,92"}, table.concat(vs, ","))
-- A comparator that empties the table and collects: values stay alive.
local t = {}
for i = 1, 60 do t[i] = "s" .. (i * 7919 % 61) end
local emptied = false
eq({2, false, "table_sort.lua:58: attempt to compare nil with string"}, pcall(table.sort, t, function(a, b)
  if not emptied then
    emptied = true
    for i = 1, 60 do t[i] = nil end
    collectgarbage()
  end
  return a < b
end))
-- A comparator that modifies the array while sorting must not crash.
local u = seq(80, 9)
local ok = pcall(table.sort, u, function(a, b)
  u[(a or 0) % 80 + 1] = b
  return (a or 0) < (b or 0)
end)
eq({1, "boolean"}, type(ok))
-- Sorting in a coroutine with a yielding comparator fails cleanly.
local co = coroutine.create(function() table.sort({ 3, 2, 1 }, function(a, b) coroutine.yield() return a < b end) end)
eq({1, false}, (coroutine.resume(co))) -- the message differs (VM: call.rs), only the failure is checked
-- Large sorts.
local big = seq(5000, 10)
table.sort(big)
local okorder = true
for i = 2, #big do if big[i - 1] > big[i] then okorder = false end end
eq({2, true, 5000}, okorder, #big)
local strs = {}
for i = 1, 2000 do strs[i] = tostring((i * 7907) % 2003) end
table.sort(strs, function(a, b) return a > b end)
eq({3, "999", "1", "190"}, strs[1], strs[2000], strs[1000])
