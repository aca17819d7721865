-- ref: luajit
-- goto is LuaJIT dialect. Jumping out of several nested loops closes the captured
-- locals of every level left, and the closures keep their last values.
local fs = {}
for i = 1, 3 do
  local a = "i" .. i
  for j = 1, 3 do
    local b = "j" .. j
    while true do
      local c = "w"
      fs[#fs + 1] = function() return a .. b .. c end
      if i == 2 and j == 2 then goto done end
      break
    end
  end
end
::done::
print(#fs, fs[1](), fs[4](), fs[#fs]())
-- goto back to the top of a block in a loop: each pass gets a fresh local
local gs = {}
for round = 1, 2 do
  local k = 0
  ::retry::
  local fresh = round * 10 + k
  gs[#gs + 1] = function() fresh = fresh + 1000; return fresh end
  k = k + 1
  if k < 3 then goto retry end
end
local vals = {}
for i, g in ipairs(gs) do vals[i] = g() end
print(table.concat(vals, " "))
print(gs[1]())
-- continue in repeat: the until condition still sees the body's locals
local out = {}
local n = 0
repeat
  n = n + 1
  local v = n
  if v % 2 == 0 then goto continue end
  out[#out + 1] = function() return v end
  ::continue::
until v >= 7
local r = {}
for i, f in ipairs(out) do r[i] = f() end
print(table.concat(r, ","))
