-- Nested numeric loop: the sum of 0..10,000,000, repeated. Usage: loop_sum.lua [reps]
-- smoke: 1
local reps = tonumber(arg and arg[1]) or 70

-- The upper bound is a run-time value so no VM can fold the inner loop away; the
-- total stays below 2^53, exact both as a double and as an integer.
local limit = 10000000
local s = 0
for r = 1, reps do
  for i = 0, limit do s = s + i end
  s = s - r
end
print(string.format("sum = %d", s))
