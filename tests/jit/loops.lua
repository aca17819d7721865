-- Loop-carried values: LOOP optimisation turns them into PHIs and moves them at
-- the back edge; exits from the loop body must see every slot as the
-- interpreter would, whichever iteration they leave in.

-- Two values swapped each iteration (a cycle of PHIs), odd and even counts.
local a, b = 1, 2
for i = 1, 101 do a, b = b, a end
print("swap odd", a, b)
for i = 1, 100 do a, b = b, a end
print("swap even", a, b)

-- Three values rotated, and a counter.
local x, y, z, n = 1, 2, 3, 0
for i = 1, 200 do x, y, z = y, z, x n = n + 1 end
print("rotate", x, y, z, n)

-- Fibonacci pairs: each new value depends on both old ones.
local f0, f1 = 0, 1
for i = 1, 70 do f0, f1 = f1, f0 + f1 end
print("fib pair", f0, f1)

-- Leaving from the middle of the body at many different iterations.
for stop = 1, 12 do
  local s, last = 0, 0
  for i = 1, 100 do
    s = s + i
    if i == stop * 7 then break end
    last = i
  end
  print("break", stop, s, last)
end

-- A branch taken every third iteration (a side trace from a body exit).
local odd, even, other = 0, 0, 0
for i = 1, 300 do
  if i % 3 == 0 then other = other + i
  elseif i % 2 == 0 then even = even + 1
  else odd = odd + 1 end
end
print("branches", odd, even, other)

-- More live values than registers: PHIs and invariants spill across the loop.
local c1, c2, c3, c4, c5, c6, c7, c8 = 1, 2, 3, 4, 5, 6, 7, 8
local c9, c10, c11, c12, c13, c14, c15, c16 = 9, 10, 11, 12, 13, 14, 15, 16
local c17, c18, c19, c20 = 17, 18, 19, 20
local k1, k2, k3, k4, k5 = 0.5, 0.25, 0.125, 2, 3
for i = 1, 100 do
  c1, c2, c3, c4 = c1 + k1, c2 * 1.01 - k2, c3 + c1 * k3, c4 + c2 * k4
  c5, c6, c7, c8 = c5 + c6 * 0.001, c6 + c7 * 0.001, c7 - c8 * 0.001, c8 + k5
  c9, c10, c11, c12 = c10, c11, c12, c9 + i
  c13, c14, c15, c16 = c13 + c14 * 0.5, c14 - c13 * 0.25, c15 + i * k1, c16 - i * k2
  c17, c18, c19, c20 = c18 + 1, c19 + 2, c20 + 3, c17 + 4
  if i == 77 then
    print("mid", c1, c4, c9, c12, c17, c20)
  end
end
print("many", c1, c2, c3, c4, c5, c6, c7, c8)
print("many", c9, c10, c11, c12, c13, c14, c15, c16)
print("many", c17, c18, c19, c20)

-- A slot whose type changes from one iteration to the next.
local v, count = 1, 0
for i = 1, 100 do
  if v then count = count + v end
  if i % 10 == 0 then v = 1 else v = nil end
end
print("type change", count)

-- Table fields and array slots carried through memory.
local t = { n = 0, list = { 0, 0, 0, 0 } }
for i = 1, 500 do
  t.n = t.n + 1
  local l = t.list
  l[1 + i % 4] = l[1 + i % 4] + i
end
print("memory", t.n, t.list[1], t.list[2], t.list[3], t.list[4])

-- An upvalue updated in the loop through a closure called from it.
local total = 0
local function add(d) total = total + d end
for i = 1, 300 do add(i % 7) end
print("upvalue", total)

-- While and repeat loops with carried values.
local w, steps = 27, 0
while w ~= 1 do
  if w % 2 == 0 then w = w / 2 else w = 3 * w + 1 end
  steps = steps + 1
end
print("collatz", steps)
local p, q = 1, 0
repeat p = p * 2 q = q + 1 until p > 1e15
print("repeat", p, q)

-- A value computed in the loop but unchanged by it (invariant after the
-- first iteration) next to one that changes.
local base, acc = 10, 0
for i = 1, 200 do
  local k = base * 2
  acc = acc + k + i
end
print("invariant", acc)

-- Side traces that run through other loops: an inner loop's exit continues
-- around the outer loop and back into the inner loop's trace. Traces recorded
-- when an outer loop ended must still step it when it goes on, and traces
-- recorded when an inner loop was skipped must still enter it.
local function rows(n)
  local total = 0
  for i = 1, n do
    for j = 1, 3 do total = total + i * j end
    total = total + 1
  end
  return total
end
local acc = {}
for n = 1, 60 do acc[#acc + 1] = rows(n % 5 + 1) end
print("rows", table.concat(acc, " "))
local function tri(n)
  local s = 0
  for i = 1, n do
    for j = 1, i % 4 do s = s + j end
    s = s + 0.5
  end
  return s
end
local tris = {}
for n = 1, 60 do tris[#tris + 1] = tri(n % 9) end
print("tri", table.concat(tris, " "))
