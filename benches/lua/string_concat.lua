-- String building: repeated concatenation onto a growing string, many small concatenated strings collected in a table, and table.concat. Usage: string_concat.lua [reps]
-- smoke: 1
local reps = tonumber(arg and arg[1]) or 550

local byte = string.byte
local n, h = 0, 0
for r = 1, reps do
  local s = ""
  for i = 1, 1000 do s = s .. "x" end
  local parts = {}
  for i = 1, 10000 do parts[#parts + 1] = "a" .. i end
  local joined = table.concat(parts, ",")
  n = n + #s + #parts + #parts[#parts] + #joined
  -- sample the joined string so its contents matter, not only its length
  for i = r % 97 + 1, #joined, 97 do h = (h * 31 + byte(joined, i)) % 1000000007 end
end
print(string.format("%d reps: length total %d, sample hash %d", reps, n, h))
