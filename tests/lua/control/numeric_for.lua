-- Numeric for: bounds evaluated once, negative and fractional steps.
local function collect(a, b, c)
  local t = {}
  if c then for i = a, b, c do t[#t + 1] = i end else for i = a, b do t[#t + 1] = i end end
  return #t .. ": " .. table.concat(t, " ")
end
print(collect(1, 5))
print(collect(5, 1))
print(collect(5, 1, -1))
print(collect(1, 10, 3))
print(collect(10, 1, -4))
print(collect(0, 1, 0.25))
print(collect(1, 2, 0.5))
print(collect(-2, 2))
print(collect(1, 1))
print(collect(1.5, 4))
print(collect(3, 3, -1))
print(collect(1, 0.5))
-- the limit and step are evaluated once, before the loop
local limit = 3
local iters = 0
for i = 1, limit do limit = 10; iters = iters + 1 end
print(iters)
-- changing the control variable does not affect the iteration
local seen = {}
for i = 1, 3 do seen[#seen + 1] = i; i = i * 10 end
print(table.concat(seen, " "))
-- the control variable is local to the loop
local i = "outer"
for i = 1, 2 do end
print(i)
-- bounds given as numeric strings are accepted in 5.1
local s = 0
for i = "1", "3" do s = s + i end
print(s)
-- large bounds
local c = 0
for i = 2^31 - 2, 2^31 + 2 do c = c + 1 end
print(c)
for i = 1, 0, 1 do print("never") end
for i = 0, 1, -1 do print("never") end
