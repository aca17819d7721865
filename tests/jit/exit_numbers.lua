-- Exits on numbers: numeric for loops whose counter leaves the 32-bit range
-- or whose limit is huge, fractional, infinite or NaN; NaN and -0 reaching
-- comparisons, arithmetic, table keys, math functions and tostring in a
-- trace compiled for ordinary numbers. (NaN is never printed with tostring:
-- Lua 5.1 prints the sign of a NaN, LuaJIT does not. math.min/max of NaN
-- and signed zeros differ between the two and are left out.)

local function show(x)
  if x ~= x then return "nan" end
  if x == 0 then return 1 / x < 0 and "-0" or "0" end
  return string.format("%.17g", x)
end

-- The counter crosses 2^31 - 1 in the middle of the loop: the 32-bit index
-- overflows and the loop goes on in doubles, with every value the body saw.
local function around(from, to)
  local keys, n, last = {}, 0, nil
  for i = from, to do
    n = n + 1
    last = i
    keys[i] = i % 1000
  end
  return n, show(last), keys[from], keys[to], keys[2147483648]
end
for _ = 1, 3 do around(1, 150) end
print("cross up", around(2147483647 - 120, 2147483647 + 120))
print("cross down", around(-2147483648 - 3, -2147483648 + 3))

-- Descending across -2^31 with a negative step.
local function down(from, to, step)
  local n, sum = 0, 0
  for i = from, to, step do n = n + 1 sum = sum + i % 7 end
  return n, sum
end
for _ = 1, 3 do down(300, 1, -1) end
print("down", down(-2147483548, -2147483748, -1))
print("down step", down(2147483647, 2147483000, -7))
print("big step", down(0, 2 ^ 33, 2 ^ 30), down(2 ^ 32, 0, -(2 ^ 31)))

-- Limits that are huge, fractional or infinite (the loop leaves by break),
-- and NaN (no iteration at all).
local function upto(limit, stop_after)
  local n = 0
  for i = 1, limit do
    n = n + 1
    if n == stop_after then return n, show(i), "break" end
  end
  return n, "end"
end
for _ = 1, 3 do upto(200, 1000) end
print("limits", upto(2 ^ 53, 250))
print("limits", upto(1e300, 250))
print("limits", upto(1 / 0, 250))
print("limits", upto(200.5, 1000))
print("limits", upto(2147483647.5, 250))
print("limits", upto(0 / 0, 5))
print("limits", upto(-1 / 0, 5))
print("limits", upto(0.999, 5))

local function from(start, limit)
  local n, first = 0, nil
  for i = start, limit do
    first = first or i
    n = n + 1
  end
  return n, first and show(first)
end
for _ = 1, 3 do from(1, 200) end
print("starts", from(0 / 0, 10))
print("starts", from(0.5, 200))
print("starts", from(1 / 0, 1e308))
print("starts", from(2 ^ 53 - 4, 2 ^ 53 - 1))

-- A while loop counting through 2^31 and 2^32: integer-valued doubles in
-- arithmetic and as keys beyond the 32-bit range.
local w, hits, keyed = 2 ^ 32 - 130, 0, {}
while w < 2 ^ 32 + 130 do
  if w % 2 == 0 then hits = hits + 1 end
  keyed[w] = w - 2 ^ 32
  w = w + 1
end
print("while", show(w), hits, keyed[2 ^ 32], keyed[2 ^ 32 - 1], keyed[2 ^ 32 + 129])

-- NaN reaching comparisons at a known iteration: every operator and its
-- negation must give false/true as the interpreter's do.
local vals = {}
for i = 1, 300 do vals[i] = i end
vals[200] = 0 / 0
vals[250] = 0 / 0
local c = { lt = 0, le = 0, gt = 0, ge = 0, eq = 0, ne = 0, nlt = 0, nle = 0 }
for i = 1, 300 do
  local v = vals[i]
  if v < 150 then c.lt = c.lt + 1 end
  if v <= 150 then c.le = c.le + 1 end
  if v > 150 then c.gt = c.gt + 1 end
  if v >= 150 then c.ge = c.ge + 1 end
  if v == v then c.eq = c.eq + 1 end
  if v ~= v then c.ne = c.ne + 1 end
  if not (v < 150) then c.nlt = c.nlt + 1 end
  if not (v <= 150) then c.nle = c.nle + 1 end
end
print("nan cmp", c.lt, c.le, c.gt, c.ge, c.eq, c.ne, c.nlt, c.nle)

-- NaN compared with NaN and in a while condition that ends the loop.
local x, steps = 1, 0
while x < 1e100 do
  steps = steps + 1
  x = x * 2
  if steps == 150 then x = 0 / 0 end
end
print("nan while", steps, show(x))

-- NaN in arithmetic: the trace keeps computing with it.
local acc, nans = 0, 0
for i = 1, 300 do
  local v = vals[i]
  local r = v * 2 - 1
  if r ~= r then nans = nans + 1 else acc = acc + r end
end
print("nan arith", acc, nans)

-- -0 appearing mid-loop: arithmetic keeps or loses the sign as in the
-- interpreter, comparisons treat it as 0.
local zs = {}
for i = 1, 300 do zs[i] = i % 3 end
local z = 0
zs[150] = -z
zs[220] = -z
local out = {}
for i = 1, 300 do
  local v = zs[i]
  if i == 150 or i == 220 or i == 151 then
    local r = { show(v), show(v * 1), show(v + 0), show(v - 0), show(-v), show(v * -1),
      show(v / 3), show(v % 2), show(math.abs(v)), show(math.floor(v)), show(math.ceil(v)),
      show(math.sqrt(v)), show(1 / v), tostring(v == 0), tostring(v < 0), tostring(v <= -v) }
    out[#out + 1] = table.concat(r, ",")
  end
end
print("-0 arith", table.concat(out, " "))

-- -0 as a table key reads and writes the entry of key 0.
local zk = { [0] = "zero" }
local found = 0
for i = 1, 300 do
  local k = zs[i] == 0 and zs[i] or 1
  if zk[k] == "zero" then found = found + 1 end
end
zk[-z] = "minus zero"
print("-0 key", found, zk[0], zk[-z])

-- NaN as a key: reads find nothing, a store raises an error.
local nk = { 1, 2, 3 }
local none = 0
for i = 1, 300 do
  if nk[vals[i]] == nil then none = none + 1 end
end
local ok, err = pcall(function()
  for i = 1, 300 do nk[vals[i]] = i end
end)
print("nan key", none, ok, err, #nk, nk[199])

-- tostring of special values met mid-loop.
local specials = {}
for i = 1, 300 do specials[i] = i * 0.5 end
specials[100] = 1 / 0
specials[120] = -1 / 0
specials[140] = -z
specials[160] = 2 ^ 53
specials[180] = 1e300
specials[200] = -2 ^ 63
specials[220] = 1e-300
local strs = {}
for i = 1, 300 do
  local s = tostring(specials[i])
  if i % 20 == 0 or i == 1 then strs[#strs + 1] = s end
end
print("tostring", table.concat(strs, " "))

-- math.floor/ceil and % exiting on values beyond 32 bits and on infinities.
local big = {}
for i = 1, 300 do big[i] = i + 0.5 end
big[200] = 2 ^ 40 + 0.5
big[210] = -2 ^ 40 - 0.5
big[220] = 1 / 0
local fl, ce, md = {}, {}, {}
for i = 1, 300 do
  local v = big[i]
  local f, c2, m = math.floor(v), math.ceil(v), v % 3
  if i >= 200 and i % 10 == 0 and i <= 220 then
    fl[#fl + 1], ce[#ce + 1], md[#md + 1] = show(f), show(c2), show(m)
  end
end
print("floor", table.concat(fl, " "), table.concat(ce, " "), table.concat(md, " "))
