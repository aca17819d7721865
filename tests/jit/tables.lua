-- Table reads and writes inside loops: the array part, appends past its end,
-- holes, the hash part, and metatables installed mid-loop.

local t = {}
for i = 1, 300 do t[i] = i * i end
local s = 0
for i = 1, #t do s = s + t[i] end
print("array", #t, s)

-- Appends that grow the array part while a trace runs.
local grow = {1}
for i = 2, 400 do grow[#grow + 1] = grow[i - 1] + i end
print("append", #grow, grow[400])
local g2 = {}
for i = 1, 300 do g2[i * 2] = i end
local n = 0
for i = 1, 600 do if g2[i] then n = n + g2[i] end end
print("sparse", n)

-- Reads of missing elements, and holes punched mid-loop.
local h = {}
for i = 1, 300 do h[i] = i end
local nils = 0
for i = 1, 350 do
  if i % 10 == 0 then h[i] = nil end
  if h[i] == nil then nils = nils + 1 end
end
print("holes", nils)
local out = 0
for i = -20, 320 do if h[i] then out = out + 1 end end
print("bounds", out)

-- Float keys that are integral use the array part; others go to the hash.
local fk = {}
for i = 1, 300 do fk[i / 2] = i end
local fs = 0
for i = 1, 300 do fs = fs + (fk[i] or 0) + (fk[i + 0.5] or 0) end
print("floatkeys", fs)

-- String keys and the hash part.
local names = {}
for i = 1, 300 do names["k" .. (i % 17)] = (names["k" .. (i % 17)] or 0) + i end
local ks = 0
for i = 0, 16 do ks = ks + names["k" .. i] * (i + 1) end
print("hash", ks)
local rec = {x = 0, y = 0}
for i = 1, 300 do rec.x = rec.x + i rec.y = rec.y - rec.x end
print("fields", rec.x, rec.y)

-- __index installed mid-loop: missing elements start coming from it.
local base = {}
for i = 1, 300 do if i % 3 ~= 0 then base[i] = i end end
local hits, got = 0, 0
for i = 1, 300 do
  if i == 150 then
    setmetatable(base, {__index = function(_, k) hits = hits + 1 return -k end})
  end
  got = got + (base[i] or 1000)
end
print("__index", hits, got)

-- __index as a table, installed mid-loop.
local proto = {}
for i = 1, 300 do proto[i] = i * 10 end
local obj = {}
local total = 0
for i = 1, 300 do
  if i == 100 then setmetatable(obj, {__index = proto}) end
  total = total + (obj[i] or 1)
end
print("__index table", total)

-- Metatable removed mid-loop.
local m = setmetatable({}, {__index = function() return 1 end})
local mm = 0
for i = 1, 300 do
  if i == 200 then setmetatable(m, nil) end
  mm = mm + (m[i] or 2)
end
print("unset", mm)

-- rawset and rawget inside loops.
local r = setmetatable({}, {__newindex = function() error("no") end})
for i = 1, 300 do rawset(r, i, i) end
local rs = 0
for i = 1, 300 do rs = rs + rawget(r, i) end
print("raw", rs)

-- Nested tables.
local grid = {}
for i = 1, 20 do
  grid[i] = {}
  for j = 1, 20 do grid[i][j] = i * j end
end
local d = 0
for i = 1, 20 do for j = 1, 20 do d = d + grid[i][j] * grid[j][i] end end
print("grid", d)

-- Length of a table changing inside the loop.
local q = {}
for i = 1, 300 do q[#q + 1] = i if #q > 50 then q[#q] = nil q[#q] = nil end end
print("len", #q)

-- Stores of nil outside the array part: existing keys are cleared, absent
-- ones are not created (pairs counts what is left); integer keys beyond the
-- array part; a NaN key raises the interpreter's error.
local h = {}
local names = { "a", "b", "c", "d", "e" }
local kept = 0
for i = 1, 600 do
  local k = names[i % 5 + 1]
  h[k] = i
  if i % 3 == 0 then h[k] = nil end
  h.never = nil
  h[i + 1000] = nil
  if i % 7 == 0 then h[i + 2000] = i end
  if i % 14 == 0 then h[i + 2000] = nil end
  if h.a then kept = kept + 1 end
end
local left = 0
for _ in pairs(h) do left = left + 1 end
print("nil stores", kept, left, h.a, h.b, h.c, h.d, h.e, h.never, h[1000 + 7])
local nan_ok, nan_err = pcall(function()
  local g = {}
  for i = 1, 300 do
    local k = i == 250 and 0 / 0 or i + 0.5
    g[k] = nil
  end
end)
print("nan key", nan_ok, nan_err)

-- rawset and rawequal ignore metamethods; rawset of nil clears a key, a nil
-- key raises the interpreter's error.
local logged = 0
local R = setmetatable({}, { __newindex = function(t, k, v) logged = logged + 1 end,
                             __eq = function() return true end })
local R2 = setmetatable({}, getmetatable(R))
local eqs = 0
for i = 1, 300 do
  rawset(R, "k" .. (i % 10), i)
  rawset(R, i % 7, i % 3 == 0 and nil or i)
  if rawequal(R, R2) then eqs = eqs + 100 end
  if rawequal(R, R) then eqs = eqs + 1 end
  if rawequal(i, i + 0.0) then eqs = eqs + 1 end
  if R == R2 then eqs = eqs + 1000 end
end
local rk = 0
for _ in pairs(R) do rk = rk + 1 end
print("raw", logged, eqs, rk, R.k3, R[1])
print("rawset nil key", pcall(function() for i = 1, 300 do rawset({}, i < 290 and i or nil, 1) end end))
