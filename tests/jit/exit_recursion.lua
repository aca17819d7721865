-- Deep recursion and traces: up-recursion beyond 10000 levels (kept under
-- Lua 5.1's 20000 calls and LuaJIT's stack size), guards failing at a
-- known depth on the way down and on the way back, mutual recursion, tail
-- recursion, and stack overflows caught by pcall, after which the VM works.

-- Plain up-recursion, deeper than the stack the program starts with.
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print("sum", sum(100), sum(11000))

-- An argument that changes type at a known depth: the trace running the
-- recursion exits there, and the frames above and below add up.
local function walk(n, v)
  if n == 0 then return 0 end
  if n == 7000 then v = "s" end
  if type(v) == "string" then return #v + walk(n - 1, v) end
  return v + walk(n - 1, v)
end
print("walk", walk(11000, 2), walk(300, 3))

-- A value read from a table changes type deep down; the returns combine
-- the results (the guard fails while returning, in down-recursion).
local cells = {}
for i = 1, 11000 do cells[i] = i % 10 end
cells[10500] = 0.5
cells[3] = "3"
local function total(i)
  if i > #cells then return 0 end
  local rest = total(i + 1)
  return rest + cells[i]
end
print("total", total(1), total(10500), total(10501))

-- Mutual recursion 11000 deep, and three functions in a cycle.
local is_odd
local function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print("mutual", is_even(11000), is_odd(10001), is_odd(7))
local r1, r2, r3
function r1(n, acc) if n == 0 then return acc end return r2(n - 1, acc + 1) end
function r2(n, acc) if n == 0 then return acc * 2 end return r3(n - 1, acc + 2) end
function r3(n, acc) if n == 0 then return acc * 3 end return 1 + r1(n - 1, acc + 3) end
print("cycle", r1(11000, 0), r1(101, 0), r1(100, 0))

-- A recursive tree walk whose node shapes change at a known node.
local function build(d)
  if d == 0 then return { v = 1 } end
  return { v = d, l = build(d - 1), r = build(d - 2 >= 0 and d - 2 or 0) }
end
local tree = build(11)
local function count(t)
  if t == nil then return 0 end
  return t.v + count(t.l) + count(t.r)
end
print("tree", count(tree))
tree.l.l.l.v = 0.25
tree.r.r = false
local function count2(t)
  if not t then return 0 end
  return t.v + count2(t.l) + count2(t.r)
end
print("tree changed", count2(tree))

-- Tail recursion far deeper than any stack: no frames pile up.
local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + n % 3) end
print("tail", loop(200000, 0), loop(10, 0))

-- An error raised at depth 10000 unwinds every frame to the pcall.
local function dive(n)
  if n == 0 then local t = nil return t.x end
  return dive(n - 1) + 1
end
print("deep error", pcall(dive, 10000))
local function dive_err(n)
  if n == 0 then error({ depth = n }) end
  return dive_err(n - 1) + 1
end
local ok, e = pcall(dive_err, 10000)
print("deep error value", ok, type(e), e.depth)

-- Recursion with many locals per frame (fewer levels, same stack size).
local function fat(n, a, b, c, d, e2, f, g)
  if n == 0 then return a + b + c + d + e2 + f + g end
  local x, y, z = a + 1, b * 1, c - 0
  return fat(n - 1, x, y, z, d, e2, f, g) + (n % 2)
end
print("fat", fat(4000, 1, 2, 3, 4, 5, 6, 7), fat(10, 1, 2, 3, 4, 5, 6, 7))

-- Stack overflow inside traces, caught by pcall (again in a hot loop), and
-- the VM keeps working afterwards. (Last: the stack is large from here on.)
local function forever(n) return 1 + forever(n + 1) end
local function ping(n) return 1 + pong(n) end
function pong(n) return ping(n + 1) + 1 end
print("overflow", pcall(forever, 1))
-- (Which of the two overflows depends on frame sizes: only the message.)
local okm, errm = pcall(ping, 1)
print("overflow mutual", okm, (string.gsub(errm, "^.-:%d+: ", "")))
local fails = 0
for _ = 1, 3 do
  local ok = pcall(forever, 1)
  if not ok then fails = fails + 1 end
end
print("overflows", fails)
local deep = 0
local function grow(n) deep = n if n == 0 then return 0 end return grow(n - 1) + 1 end
print("after overflow", grow(300), deep, sum(100))
