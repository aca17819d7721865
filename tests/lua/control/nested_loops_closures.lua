-- Loops, closures and breaks combined.
local fns = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j == 3 then break end
    fns[#fns + 1] = function() return i * 10 + j end
  end
end
local r = {}
for _, f in ipairs(fns) do r[#r + 1] = f() end
print(table.concat(r, " "))
local k = 0
local gens = {}
while k < 3 do
  k = k + 1
  local base = k
  gens[k] = function(x) return base + x end
end
print(gens[1](100), gens[2](100), gens[3](100))
