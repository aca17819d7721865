-- Nested loops: inner loops become traces of their own, outer loops run them
-- and leave through their exits.

local s = 0
for i = 1, 30 do
  for j = 1, 30 do s = s + i * j end
end
print("nested", s)

-- Inner bounds depend on the outer variable; the inner loop sometimes runs 0 times.
local t = 0
for i = -5, 40 do
  for j = i, 20 do t = t + j - i end
end
print("triangle", t)

-- A while inside a for inside a repeat.
local r, k = 0, 0
repeat
  k = k + 1
  for i = 1, 20 do
    local j = i
    while j > 0 do r = r + j j = j - 3 end
  end
until k >= 15
print("mixed", r, k)

-- Sieve of Eratosthenes.
local N = 2000
local composite = {}
for i = 2, N do composite[i] = false end
for i = 2, N do
  if not composite[i] then
    for j = i * i, N, i do composite[j] = true end
  end
end
local primes, last = 0, 0
for i = 2, N do if not composite[i] then primes = primes + 1 last = i end end
print("sieve", primes, last)

-- Matrix multiplication with float entries.
local n = 12
local a, b = {}, {}
for i = 1, n do
  a[i], b[i] = {}, {}
  for j = 1, n do a[i][j] = (i + j) / 3 b[i][j] = (i - j) * 0.5 end
end
local c = {}
for i = 1, n do
  c[i] = {}
  for j = 1, n do
    local x = 0
    for k2 = 1, n do x = x + a[i][k2] * b[k2][j] end
    c[i][j] = x
  end
end
local tr = 0
for i = 1, n do tr = tr + c[i][i] + c[i][n - i + 1] end
print("matmul", string.format("%.10f", tr))

-- break out of the inner loop only, and out of both through a flag.
local pairs_found = 0
for i = 1, 60 do
  for j = 1, 60 do
    if j > i then break end
    if (i * j) % 7 == 0 then pairs_found = pairs_found + 1 end
  end
end
print("inner break", pairs_found)
local stop_i, stop_j
local done = false
for i = 1, 100 do
  for j = 1, 100 do
    if i * j == 1764 and j > i then stop_i, stop_j, done = i, j, true break end
  end
  if done then break end
end
print("outer break", stop_i, stop_j)

-- Bubble sort: data-dependent branches in both loops.
local arr = {}
local seed = 7
for i = 1, 120 do seed = (seed * 1103 + 12345) % 65536 arr[i] = seed end
for i = #arr, 2, -1 do
  for j = 1, i - 1 do
    if arr[j] > arr[j + 1] then arr[j], arr[j + 1] = arr[j + 1], arr[j] end
  end
end
local sorted = true
for i = 2, #arr do if arr[i - 1] > arr[i] then sorted = false end end
print("bubble", sorted, arr[1], arr[60], arr[120])
