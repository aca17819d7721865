-- Loops whose guards fail because types or values change mid-loop: the trace
-- must exit to the interpreter with every value where it belongs.

-- Table elements switch from numbers to numeric strings to non-numbers.
local t = {}
for i = 1, 300 do
  if i <= 150 then t[i] = i elseif i <= 250 then t[i] = tostring(i) else t[i] = "x" .. i end
end
local sum, strs = 0, 0
for i = 1, 300 do
  local v = t[i]
  if type(v) == "number" then
    sum = sum + v
  else
    local n = tonumber(v)
    if n then sum = sum + v else strs = strs + 1 end
  end
end
print("switch", sum, strs)

-- Arithmetic on a value that becomes a string: coercion, then an error.
local vals = {}
for i = 1, 300 do vals[i] = i end
vals[200] = "7"
vals[260] = {}
local acc = 0
local ok, err = pcall(function()
  for i = 1, 300 do acc = acc + vals[i] * 2 end
end)
print("coerce", acc, ok, (string.gsub(tostring(err), "^.-:%d+: ", "")))

-- A variable that is an integer, then a float, then an integer again.
local x = 0
local trail = {}
for i = 1, 300 do
  if i == 100 then x = x + 0.5 end
  if i == 200 then x = math.floor(x) end
  x = x + 1
  if i % 50 == 0 then trail[#trail + 1] = x end
end
print("intfloat", table.concat(trail, " "))

-- nil and booleans appear where numbers were.
local mixed = {}
for i = 1, 300 do mixed[i] = i end
for i = 120, 300, 40 do mixed[i] = false end
for i = 140, 300, 40 do mixed[i] = true end
local falsy, truthy, total = 0, 0, 0
for i = 1, 300 do
  local v = mixed[i]
  if not v then falsy = falsy + 1
  elseif v == true then truthy = truthy + 1
  else total = total + v end
end
print("bools", falsy, truthy, total)

-- A branch that is never taken while recording, then taken often.
local a, b = 0, 0
for i = 1, 600 do
  if i > 250 and i % 3 == 0 then a = a + i else b = b - i end
end
print("branch", a, b)

-- A loop whose condition flips its result type: numbers compared with strings
-- raise an error, caught outside.
local keys = {}
for i = 1, 300 do keys[i] = i end
keys[280] = "280"
local seen = 0
ok, err = pcall(function()
  for i = 1, 300 do
    if keys[i] < 1000 then seen = seen + 1 end
  end
end)
print("cmperr", seen, ok, (string.gsub(tostring(err), "^.-:%d+: ", "")))

-- A while loop driven by a value that changes type.
local w = 1
local steps = 0
while w do
  steps = steps + 1
  if steps == 200 then w = "done" elseif steps == 250 then w = nil
  elseif type(w) == "number" then w = w + 1 end
end
print("while", steps, w)

-- Tight loop exits on the same guard many times (side exits become hot).
local c1, c2 = 0, 0
for i = 1, 2000 do
  if i % 4 == 0 then c1 = c1 + 1 else c2 = c2 + 2 end
end
print("hotexit", c1, c2)
