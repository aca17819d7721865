-- Numeric for loops: integer and float induction variables, negative and
-- fractional steps, bounds near the int32 and 2^53 edges, early exits.

local function show(label, ...)
  print(label, ...)
end

-- Integer sums with positive and negative steps.
local s = 0
for i = 1, 300 do s = s + i end
show("up", s)
s = 0
for i = 300, 1, -1 do s = s + i * 3 - 1 end
show("down", s)
s = 0
for i = 299, -299, -3 do s = s + i end
show("down3", s)
s = 0
for i = -150, 150, 7 do s = s - i end
show("up7", s)

-- Fractional steps accumulate rounding exactly as the interpreter does.
local f = 0
for x = 0, 30, 0.1 do f = f + x end
show("frac", f, string.format("%.17g", f))
f = 0
for x = 10, -10, -0.25 do f = f + x * x end
show("fracneg", f)
local n = 0
for x = 1, 300.5 do n = n + 1 end
show("floatlimit", n)
n = 0
for x = 0.5, 200 do n = n + x end
show("floatstart", n)

-- Loop bounds that cross the int32 range and reach beyond 2^53.
s = 0
for i = 2147483547, 2147483947 do s = s + (i - 2147483647) end
show("int32 up", s)
s = 0
for i = -2147483548, -2147483948, -1 do s = s + (i + 2147483648) end
show("int32 down", s)
local big = 2 ^ 53 - 150
local last
for i = big, big + 300, 2 do last = i end
show("2^53", string.format("%.17g", last))
local m = 1
for i = 1, 300 do m = m * 1.5 if m > 1e300 then m = m / 1e300 end end
show("mul", string.format("%.17g", m))
local p = 1
for i = 1, 200 do p = p * 3 end
show("pow3", p, string.format("%.17g", p))

-- Arithmetic edge cases in the loop body.
local acc = {}
for i = -100, 200 do
  local a = i % 7
  local b = i % -7
  local c = (i / 4) - math.floor(i / 4)
  local d = -i
  acc[#acc + 1] = a + b + c + d + i % 2.5
end
local t = 0
for i = 1, #acc do t = t + acc[i] end
show("mods", t)
local zeros = 0
for i = 1, 300 do
  local z = 0 * -i
  if 1 / z < 0 then zeros = zeros + 1 end
end
show("negzero", zeros)
local infs, nans = 0, 0
for i = -150, 150 do
  local q = i / 0
  if q == math.huge or q == -math.huge then infs = infs + 1 end
  if q ~= q then nans = nans + 1 end
end
show("inf/nan", infs, nans)
local pw = 0
for i = 1, 300 do pw = pw + (i % 5) ^ 2 + 2 ^ -(i % 4) end
show("pow", pw)

-- Early exits: break, and a loop leaving through return.
local found
for i = 1, 1000 do
  if i * i > 90000 - 1 then found = i break end
end
show("break", found)
local function first_multiple(k, limit)
  for i = 1, limit do
    if i % k == 0 and i > 200 then return i end
  end
  return nil
end
show("return", first_multiple(37, 1000), first_multiple(1001, 300))

-- The loop variable is a copy: assigning to it does not change the iteration.
local count = 0
for i = 1, 300 do
  i = i * 2
  count = count + i
end
show("copy", count)

-- The loop bounds are evaluated once.
local limit = 300
count = 0
for i = 1, limit do limit = limit - 1 count = count + 1 end
show("bounds", count, limit)

-- Comparisons of mixed integers and floats.
local lt, le, eq = 0, 0, 0
for i = 1, 300 do
  local x = i / 2
  if x < 75 then lt = lt + 1 end
  if x <= 75 then le = le + 1 end
  if x == math.floor(x) then eq = eq + 1 end
end
show("cmp", lt, le, eq)
