-- Exits from table shape guards: the array part grows or shrinks under a
-- trace, keys are added to and removed from the hash part, the table is
-- rehashed or replaced mid-loop. Every element must be where the interpreter
-- would have it, and reads after the change must see the new shape.

local function dump(t, n)
  local parts = {}
  for i = 1, n do parts[i] = tostring(t[i]) end
  return table.concat(parts, ",")
end

-- The array part grows while a loop reads it (the bounds check exits).
local grow = {}
for i = 1, 64 do grow[i] = i end
local s = 0
for i = 1, 300 do
  if i == 100 then for j = 65, 400 do grow[j] = j end end
  s = s + (grow[i] or 0)
end
print("grow", s, #grow, grow[300])

-- The array part shrinks: elements become nil from the end, a rehash moves
-- the survivors.
local shrink = {}
for i = 1, 300 do shrink[i] = i * 2 end
local got, holes = 0, 0
for i = 1, 300 do
  if i == 150 then
    for j = 300, 151, -1 do shrink[j] = nil end
    for j = 1, 40 do shrink["k" .. j] = j end
  end
  local e = shrink[i]
  if e then got = got + e else holes = holes + 1 end
end
print("shrink", got, holes, shrink[150], shrink[151], shrink.k40)

-- A constant key added to the hash part mid-loop: a read that found nothing
-- now finds the value, and a read that found it keeps finding it after the
-- hash part is rebuilt around it.
local obj = { a = 1 }
local with, without = 0, 0
for i = 1, 300 do
  if i == 120 then obj.b = 5 end
  if i == 200 then for j = 1, 50 do obj["f" .. j] = j end end
  if obj.b then with = with + obj.b + obj.a else without = without + obj.a end
end
print("add key", with, without, obj.a, obj.b, obj.f50)

-- The first key of an empty table (no hash part: one node has the same
-- hash mask as none), then the second.
local fresh = {}
local fx, fy = 0, 0
for i = 1, 300 do
  if i == 100 then fresh.x = 1 end
  if i == 200 then fresh.y = 2 end
  fx = fx + (fresh.x or 0)
  fy = fy + (fresh.y or 0)
end
print("first key", fx, fy)

-- A key removed mid-loop (set to nil), then set again.
local cfg = { limit = 10, step = 2 }
local total, skipped = 0, 0
for i = 1, 300 do
  if i == 100 then cfg.step = nil end
  if i == 220 then cfg.step = 3 end
  local st = cfg.step
  if st then total = total + st * cfg.limit else skipped = skipped + 1 end
end
print("remove key", total, skipped, cfg.step)

-- Stores into a constant key while other keys force rehashes: the stored
-- field must survive every move of the node it lives in.
local rec = { count = 0 }
for i = 1, 400 do
  rec.count = rec.count + 1
  if i % 50 == 0 then rec["extra" .. i] = i end
  rec.last = i
end
local extras = 0
for k, v in pairs(rec) do if type(k) == "string" and k:sub(1, 5) == "extra" then extras = extras + v end end
print("rehash", rec.count, rec.last, extras)

-- The table itself replaced mid-loop by one of a different shape (array part
-- vs hash part, more or fewer fields).
local cur = { 1, 2, 3, 4, x = 10 }
local alt1 = { x = 20, [1] = 5 }
local alt2 = setmetatable({}, { __index = function(_, k) return k == "x" and 30 or 0 end })
local sx, sa = 0, 0
for i = 1, 300 do
  if i == 100 then cur = alt1 elseif i == 200 then cur = alt2 end
  sx = sx + cur.x
  sa = sa + (cur[(i % 4) + 1] or -1)
end
print("replaced", sx, sa)

-- A loop that writes the array part while another key grows the table: the
-- array part moves under the trace between the writes.
local buf = {}
for i = 1, 300 do
  buf[i] = i
  if i % 64 == 0 then buf[-i] = i end
  buf[i] = buf[i] + 1
end
print("moving", dump(buf, 8), buf[300], buf[-256], #buf)

-- Elements set to nil inside the traced loop and then read back.
local live = {}
for i = 1, 300 do live[i] = i end
local cleared, kept = 0, 0
for i = 1, 300 do
  if i % 3 == 0 then live[i] = nil end
  if live[i] == nil then cleared = cleared + 1 else kept = kept + live[i] end
end
print("nil stores", cleared, kept, live[3], live[299])

-- table.insert and table.remove between traced reads shift elements.
local q = {}
for i = 1, 50 do q[i] = i end
local front = 0
for i = 1, 300 do
  if i == 100 then table.insert(q, 1, 0) end
  if i == 200 then table.remove(q, 1) table.remove(q, 1) end
  front = front + q[1] + q[#q]
end
print("shift", front, #q, q[1], q[#q])

-- Hash lookups with a key that is absent until the loop stores it.
local memo = {}
local hits, miss = 0, 0
for i = 1, 300 do
  local k = "m" .. (i % 40)
  if memo[k] then hits = hits + memo[k] else miss = miss + 1 memo[k] = i end
end
print("memo", hits, miss, memo.m0, memo.m39)
