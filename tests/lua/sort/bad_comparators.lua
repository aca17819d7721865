-- Comparators that fail or lie: sort raises or finishes, it never crashes, and
-- the table still holds the same elements afterwards.
local function fill(n)
  local t = {}
  for i = 1, n do t[i] = (i * 37) % n end
  return t
end
local function multiset(t)
  local c = {}
  for i = 1, #t do c[#c + 1] = t[i] end
  table.sort(c)
  return table.concat(c, ",")
end
-- an error in the comparator propagates, with its value
local t = fill(20)
local before = multiset(t)
local ok, e = pcall(table.sort, t, function(a, b) if a == 5 or b == 5 then error("cmp failed", 0) end return a < b end)
print(ok, e, multiset(t) == before)
ok, e = pcall(table.sort, t, function() error({code = 7}) end)
print(ok, type(e), e.code)
-- inconsistent comparators: the result is unspecified but the call returns or raises
local comparators = {
  function() return true end,
  function() return false end,
  function(a, b) return a <= b end,
  function(a, b) return (a + b) % 3 == 0 end,
}
for i, cmp in ipairs(comparators) do
  local u = fill(40)
  local ok2 = pcall(table.sort, u, cmp)
  print(i, type(ok2), #u, multiset(u) == multiset(fill(40)))
end
-- mixed types cannot be compared without a comparator
ok = pcall(table.sort, {1, "two", 3})
print(ok)
ok = pcall(table.sort, {{}, {}})
print(ok)
-- a comparator that modifies nothing but counts its calls
local calls = 0
table.sort(fill(50), function(a, b) calls = calls + 1; return a < b end)
print(calls > 0)
