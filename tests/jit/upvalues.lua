-- Global and upvalue reads and writes inside loops, including values replaced
-- while a trace runs.

G = 0
for i = 1, 300 do G = G + i end
print("global", G)

counter = {n = 0}
for i = 1, 300 do counter.n = counter.n + 1 end
print("global table", counter.n)

-- A global function replaced mid-loop.
function step(x) return x + 1 end
local v = 0
for i = 1, 300 do
  if i == 150 then step = function(x) return x + 10 end end
  v = step(v)
end
print("global fn", v)

-- A global removed mid-loop.
H = 5
local hs = 0
for i = 1, 300 do
  if i == 200 then H = nil end
  hs = hs + (H or -1)
end
print("global nil", hs)

-- Upvalues read and written from a closure's loop.
local up = 0
local function bump(n)
  for i = 1, n do up = up + i end
end
bump(300)
bump(300)
print("upvalue", up)

-- An upvalue shared by two closures; both loops write it.
local function make()
  local shared = 0
  local function inc(n) for i = 1, n do shared = shared + 1 end end
  local function dec(n) for i = 1, n do shared = shared - 2 end end
  local function get() return shared end
  return inc, dec, get
end
local inc, dec, get = make()
inc(300) dec(100) inc(300)
print("shared", get())

-- Closures made in a loop capture a fresh variable per iteration.
local fs = {}
for i = 1, 300 do fs[i] = function() return i end end
local cs = 0
for i = 1, 300 do cs = cs + fs[i]() end
print("captured", cs)
local gs = {}
local j = 0
while j < 300 do
  j = j + 1
  local k = j * 2
  gs[j] = function() k = k + 1 return k end
end
local ks = 0
for i = 1, 300 do ks = ks + gs[i]() + gs[i]() end
print("captured while", ks)

-- An upvalue that changes type mid-loop.
local u = 0
local function addu(x) u = u + x end
for i = 1, 300 do
  if i == 100 then u = u + 0.25 end
  addu(i)
end
print("upvalue type", u)

-- Globals accessed through a changed environment.
local function sum_env(n)
  local s = 0
  for i = 1, n do s = s + (X or 0) end
  return s
end
X = 2
local before = sum_env(300)
setfenv(sum_env, {X = 3})
print("env", before, sum_env(300))
