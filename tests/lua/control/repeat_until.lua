-- repeat ... until: the body runs at least once, and until sees the body's locals.
local i = 0
repeat i = i + 1 until i >= 3
print(i)
local runs = 0
repeat runs = runs + 1 until true
print(runs)
local n = 0
repeat
  n = n + 1
  local done = n * n > 20
until done
print(n)
local out = {}
local k = 10
repeat
  k = k - 3
  local k = k * 2  -- shadows the outer k, also in the until expression
  out[#out + 1] = k
until k < 5
print(table.concat(out, " "), k)
local count = 0
repeat
  count = count + 1
  if count == 4 then break end
until false
print(count)
local fs = {}
local j = 0
repeat
  j = j + 1
  local captured = j
  fs[j] = function() return captured end
until captured == 3
print(fs[1](), fs[3]())
