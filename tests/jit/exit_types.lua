-- Exits from type guards: a slot the trace specialised to one type holds
-- another from a known iteration on. After the exit the interpreter must see
-- every local, upvalue and table element exactly as it was, and the
-- interrupted expression must give the interpreter's answer.

-- A local that is a number, then a numeric string (arithmetic coerces it),
-- then a string that is no number (concatenation only).
local v, acc, cat = 0, 0, ""
for i = 1, 300 do
  if i == 200 then v = "10" elseif i == 260 then v = "x" elseif i < 200 then v = i end
  if i < 260 then acc = acc + v * 2 else cat = cat .. v end
end
print("num->str", v, acc, #cat, type(v))

-- A table that becomes nil: the field load is guarded by the slot's type.
local t, seen, misses = { x = 3 }, 0, 0
for i = 1, 300 do
  if i == 180 then t = nil end
  if i == 240 then t = { x = -1 } end
  if t then seen = seen + t.x else misses = misses + 1 end
end
print("tab->nil", seen, misses, t.x)

-- A number that becomes an integer-valued float, and a fractional key that
-- becomes integral: the same value goes to the array part or the hash part.
local arr = {}
for i = 1, 100 do arr[i] = i end
local sum, hash = 0, 0
for i = 1, 300 do
  local k = i / 2
  local e = arr[k]
  if e then sum = sum + e else hash = hash + 1 end
end
print("float keys", sum, hash, arr[50], arr[50.5])
local x, trail = 1, {}
for i = 1, 300 do
  if i == 100 then x = x * 2 ^ 31 end
  if i == 150 then x = x / 2 ^ 31 + 0.25 end
  if i == 200 then x = x - 0.25 end
  x = x + 1
  if i % 50 == 0 then trail[#trail + 1] = string.format("%.17g", x) end
end
print("int->float", table.concat(trail, " "))

-- An upvalue whose type changes, read and written by a closure in the loop.
local up = 0
local function bump(i) if type(up) == "number" then up = up + i else up = up .. "," .. i end end
for i = 1, 300 do
  if i == 250 then up = "s" .. up end
  bump(i)
end
print("upvalue", #up, up:sub(1, 12), up:sub(-8))

-- Table elements: numbers, then booleans, then tables, then functions.
local slots = {}
for i = 1, 300 do
  if i <= 150 then slots[i] = i
  elseif i <= 200 then slots[i] = i % 2 == 0
  elseif i <= 250 then slots[i] = { i }
  else slots[i] = function() return -i end end
end
local nsum, ntrue, ntab, nfn = 0, 0, 0, 0
for i = 1, 300 do
  local s = slots[i]
  local ty = type(s)
  if ty == "number" then nsum = nsum + s
  elseif ty == "boolean" then if s then ntrue = ntrue + 1 end
  elseif ty == "table" then ntab = ntab + s[1]
  else nfn = nfn + s() end
end
print("elements", nsum, ntrue, ntab, nfn)

-- A called slot that becomes a table with __call, then a different closure.
local calls = setmetatable({ n = 0 }, { __call = function(self, a) self.n = self.n + 1 return a * 3 end })
local f = function(a) return a + 1 end
local r = 0
for i = 1, 300 do
  if i == 150 then f = calls end
  if i == 250 then f = function(a) return -a end end
  r = r + f(i)
end
print("callee", r, calls.n)

-- A comparison operand that turns from number to string: the outcome and
-- the branch taken change with the type (string order).
local words, lt = {}, 0
for i = 1, 300 do words[i] = i end
for i = 200, 300 do words[i] = tostring(i) end
for i = 1, 300 do
  local w = words[i]
  if type(w) == "number" then
    if w < 150 then lt = lt + 1 end
  elseif w < "250" then lt = lt + 10
  end
end
print("compare", lt)

-- A while loop whose condition value changes type twice.
local c, steps, last = 1, 0, nil
while c do
  steps = steps + 1
  last = c
  if steps == 150 then c = "s" elseif steps == 200 then c = false
  elseif type(c) == "number" then c = c + 0.5 end
end
print("while", steps, last, c)

-- Two slots changing type in the same iteration, one loaded from a table
-- and one computed from it.
local src = {}
for i = 1, 300 do src[i] = i end
src[222] = "222"
local a, b = 0, 0
for i = 1, 300 do
  a = src[i]
  b = a .. ""
end
print("two slots", a, b, type(a), type(b))
