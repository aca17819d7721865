-- Allocation inside traces: TNEW (empty and presized constructors), TDUP
-- (constructors with constant fields), TSETM (a trailing call's results),
-- and enough garbage that collections fall due while traces run.

-- Empty tables and presized arrays, filled in the trace.
local all = {}
for i = 1, 300 do
  local t = {}
  t[1] = i
  t.name = "n" .. (i % 7)
  all[i] = t
end
local s = 0
for i = 1, 300 do s = s + all[i][1] + #all[i].name end
print("tnew", s)

-- Constructors with constant keys copy a template; the copies are distinct.
local pts = {}
for i = 1, 400 do
  local p = { x = 0, y = 0, kind = "point" }
  p.x, p.y = i, -i
  pts[i] = p
end
s = 0
for i = 1, 400 do s = s + pts[i].x - pts[i].y end
print("tdup", s, pts[1] ~= pts[2], pts[1].kind, pts[400].x)

-- Array constructors, and a trailing call's results (TSETM).
local function three(i) return i, i + 1, i + 2 end
local function none() end
s = 0
for i = 1, 300 do
  local a = { i, i * 2, i * 3 }
  local b = { three(i) }
  local c = { 0, three(i) }
  local d = { none() }
  s = s + a[1] + a[2] + a[3] + #b + b[3] + #c + c[4] + #d
end
print("arrays", s)

-- Trees: allocation in recursion.
local function tree(d) if d == 0 then return {} end return { tree(d - 1), tree(d - 1) } end
local function count(t) if t[1] then return 1 + count(t[1]) + count(t[2]) end return 1 end
s = 0
for _ = 1, 60 do s = s + count(tree(7)) end
print("trees", s)

-- Lots of garbage: collections fall due while the trace runs; what the trace
-- keeps stays alive.
local keep = {}
for i = 1, 20000 do
  local t = { i, tostring(i), { i } }
  if i % 1000 == 0 then keep[#keep + 1] = t end
end
s = 0
for i = 1, #keep do s = s + keep[i][1] + keep[i][3][1] + #keep[i][2] end
print("garbage", #keep, s, collectgarbage("count") < 100000)

-- Tables made in a trace get metatables and weak modes later.
local objs = {}
local mt = { __index = function(_, k) return k .. "!" end }
for i = 1, 300 do
  local o = { id = i }
  if i % 3 == 0 then setmetatable(o, mt) end
  objs[i] = o
end
local n = 0
for i = 1, 300 do if objs[i].missing then n = n + 1 end end
print("meta", n, objs[3].missing, objs[1].missing)
