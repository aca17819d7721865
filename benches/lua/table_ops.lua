-- Table-heavy work: array fill and sum, hash updates with string keys.
-- Usage: table_ops.lua [reps]
local reps = tonumber(arg and arg[1]) or 20
local check = 0
for _ = 1, reps do
  local t = {}
  for i = 1, 200000 do t[i] = i * 2 end
  local s = 0
  for i = 1, #t do s = s + t[i] end
  local h = {}
  for i = 1, 50000 do
    local k = "k" .. (i % 1000)
    h[k] = (h[k] or 0) + i
  end
  check = check + s + h.k7
end
print(check)
