-- Vararg functions called from traces: FUNCV moves the frame, VARG copies
-- the varargs (fixed counts, all of them into a call or a table
-- constructor, fewer than asked for), select('#', ...) and select(n, ...),
-- exits inside vararg frames, and a loop inside a vararg function.

local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + select(i, ...) end
  return s
end
local function first(a, ...) return a, ... end
local function count(...) return select("#", ...) end
local function pack(...) return { ... } end
local function pass(...) return sum(...) end

local total = 0
for i = 1, 300 do
  total = total + sum(i, 2, 3) + sum() + sum(i) + count(nil, nil) + count()
  local a, b, c = first(i, i + 1)
  total = total + a + b + (c or 0)
  local t = pack(i, "x", i * 2)
  total = total + #t + t[3] + pass(1, 2, 3, 4)
end
print("total", total)

-- The type of a vararg changes mid-loop (an exit inside the vararg frame).
local function concat(sep, ...)
  local n = select("#", ...)
  local out = ""
  for i = 1, n do out = out .. tostring((select(i, ...))) .. sep end
  return out
end
local outs = {}
for i = 1, 300 do outs[#outs + 1] = concat(",", i, i < 200 and i * 2 or "s", true) end
print("concat", outs[1], outs[199], outs[200], outs[300])

-- A hot loop inside a vararg function reads the varargs of its own frame.
local function scan(...)
  local s = 0
  for i = 1, 500 do s = s + select(i % 3 + 1, ...) end
  return s
end
print("scan", scan(1, 10, 100), scan(2, 20, 200))

-- select with a negative or out-of-range index stays the interpreter's.
local ok, err = pcall(select, 0, 1, 2)
print("select 0", ok, err)
local seen = 0
for i = 1, 300 do seen = seen + (select(5, 1, 2, 3) == nil and 1 or 0) end
print("beyond", seen)

-- unpack of small tables (their length guarded).
local packs = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8 }, { 9, 10, 11 }, {} }
local u = 0
for i = 1, 400 do
  local a, b, c = unpack(packs[i % 3 + 1])
  u = u + a + b + (c or 100)
  u = u + sum(unpack(packs[4])) + select("#", unpack(packs[5]))
end
print("unpack", u)
