-- table.sort on numbers: arrays of many sizes and shapes come out ordered.
local seed = 12345
local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n end
local function check(t, lt)
  lt = lt or function(a, b) return a < b end
  for i = 2, #t do if lt(t[i], t[i - 1]) then return false end end
  return true
end
local function checksum(t) local s = 0; for i = 1, #t do s = (s * 31 + t[i] * i) % 1000003 end; return s end
for _, n in ipairs({0, 1, 2, 3, 5, 10, 50, 200, 500}) do
  local r, asc, desc, same, saw = {}, {}, {}, {}, {}
  for i = 1, n do
    r[i] = rand(1000) - 500
    asc[i] = i
    desc[i] = n - i
    same[i] = 7
    saw[i] = i % 5
  end
  table.sort(r); table.sort(asc); table.sort(desc); table.sort(same); table.sort(saw)
  print(n, check(r), check(asc), check(desc), check(same), check(saw), checksum(r), checksum(saw))
end
-- floats, negatives and infinities
local f = {3.5, -1e10, math.huge, 0, -math.huge, 2.25, -0.5, 1e-10, 42}
table.sort(f)
print(table.concat(f, " "))
-- descending with a comparator
local d = {}
for i = 1, 30 do d[i] = rand(100) end
table.sort(d, function(a, b) return a > b end)
print(check(d, function(a, b) return a > b end), d[1] >= d[30])
-- sorting by absolute value, ties broken by sign so the order is total
local a = {-3, 2, -2, 3, 1, -1, 0}
table.sort(a, function(x, y)
  if math.abs(x) ~= math.abs(y) then return math.abs(x) < math.abs(y) end
  return x < y
end)
print(table.concat(a, " "))
-- sort only uses the sequence part given by #
local partial = {5, 4, 3, 2, 1, n = "ignored"}
table.sort(partial)
print(table.concat(partial, " "), partial.n)
