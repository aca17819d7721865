-- Numeric for loops whose index, limit and step are integers keep them as
-- 32-bit integers in traces (narrowing). Every way the index is used must
-- still see the number, and every way the assumption breaks must exit.

local function sum_to(n, step)
  local s = 0
  for i = 1, n, step or 1 do s = s + i end
  return s
end
-- Compiled with small integers, then run with a limit that is no 32-bit
-- integer, a fractional step, and a limit next to the 32-bit edge.
for _ = 1, 3 do print(sum_to(100)) end
print(sum_to(2 ^ 31 + 10, 2 ^ 30))
print(sum_to(10, 0.5))
print(sum_to(10.5))

-- The index steps past 2^31 - 1: the overflow exits and the interpreter
-- finishes the loop in doubles.
local function count(from, to)
  local n, last = 0, nil
  for i = from, to do n = n + 1; last = i end
  return n, last
end
for _ = 1, 3 do print(count(1, 200)) end
print(count(2147483640, 2147483647))
print(count(-2147483648, -2147483640))

-- Descending loops, negative steps, and a start of -0.
local function down(a, b, c)
  local t = {}
  for i = a, b, c do t[#t + 1] = i end
  return table.concat(t, " ")
end
for _ = 1, 60 do down(10, 1, -1) end
print(down(10, 1, -1))
print(down(10, 1, -3))
print(down(-0, 3, 1))
print(down(3, -3, -2))

-- The index as a number: arithmetic, comparison, a key, a string, an
-- argument, a return value, an upvalue.
local function uses()
  local t, parts, last = {}, {}, nil
  local function keep(x) last = x end
  local acc = 0
  for i = 1, 300 do
    acc = acc + i / 2 + i % 7 - i * 3
    if i == 150 then acc = acc + 1000 end
    t[i] = i
    t[i + 0.5] = i
    if i % 100 == 0 then parts[#parts + 1] = i .. ":" .. tostring(i) end
    keep(i)
  end
  return acc, #t, t[150.5], table.concat(parts, ","), last
end
print(uses())

-- Nested loops: an inner loop whose bounds come from the outer index.
local function triangle(n)
  local s = 0
  for i = 1, n do
    for j = i, n, i do s = s + j - i end
  end
  return s
end
print(triangle(200))

-- The index is written in the body (a new local each iteration in Lua 5.1).
local function shadow()
  local s = 0
  for i = 1, 100 do
    i = i * 2
    s = s + i
  end
  return s
end
print(shadow())
