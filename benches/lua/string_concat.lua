-- String building: repeated concatenation and many small concatenated strings.
-- Usage: string_concat.lua [reps]
local reps = tonumber(arg and arg[1]) or 30
local n = 0
for _ = 1, reps do
  local s = ""
  for i = 1, 3000 do s = s .. "x" end
  local parts = {}
  for i = 1, 100000 do parts[#parts + 1] = "a" .. i end
  n = n + #s + #parts + #parts[#parts]
end
print(n)
