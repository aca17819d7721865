-- Table-heavy work: array fill and sum, hash updates with string keys. Usage: table_ops.lua [reps]
-- smoke: 1
local reps = tonumber(arg and arg[1]) or 1450

local check = 0
for r = 1, reps do
  local t = {}
  for i = 1, 20000 do t[i] = i * 2 + r end
  local s = 0
  for i = 1, #t do s = s + t[i] end
  local h = {}
  for i = 1, 5000 do
    local k = "k" .. (i % 1000)
    h[k] = (h[k] or 0) + i
  end
  check = check + s + h.k7 + h["k" .. (r % 1000)]
end
print(string.format("%d reps: check %d", reps, check))
