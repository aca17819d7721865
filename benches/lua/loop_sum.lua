-- Nested numeric loop: the sum of 0..10,000,000, repeated. Usage: loop_sum.lua [reps]
local reps = tonumber(arg and arg[1]) or 10
local s = 0
for _ = 1, reps do
  for i = 0, 10000000 do s = s + i end
end
print(s)
