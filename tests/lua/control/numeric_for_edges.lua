-- Numeric for loops at the edges: empty ranges, negative and fractional steps,
-- huge bounds, and bounds evaluated once.
local function collect(a, b, c)
  local out = {}
  if c then
    for i = a, b, c do out[#out + 1] = i; if #out > 20 then break end end
  else
    for i = a, b do out[#out + 1] = i; if #out > 20 then break end end
  end
  return #out .. ":" .. table.concat(out, ",")
end
print(collect(1, 0), collect(1, 1), collect(3, 1, -1), collect(1, 3, -1))
print(collect(1, 2, 0.5), collect(1, 0, -0.25), collect(0.1, 0.35, 0.1))
print(collect(-3, -1), collect(5, 5, -1), collect(1, 10, 4))
print(collect(math.huge, math.huge), collect(-math.huge, -math.huge, 1))
-- above 2^53 adding 1 no longer changes the variable: the loop stays at 2^53
local steps = {}
for i = 2 ^ 53 - 2, 2 ^ 53 do
  steps[#steps + 1] = i - 2 ^ 53
  if #steps == 5 then break end
end
print(table.concat(steps, ","))
-- the bounds and the step are evaluated once, before the loop
local calls = 0
local function bound(v) calls = calls + 1; return v end
for i = bound(1), bound(3), bound(1) do end
print(calls)
local limit = 3
local n = 0
for i = 1, limit do limit = 10; n = n + 1 end
print(n)
-- bounds given as numeric strings are converted
local s = 0
for i = "1", "4", "1" do s = s + i end
print(s)
-- the loop variable is a copy: changing it does not change the iteration
local out = {}
for i = 1, 3 do out[#out + 1] = i; i = i * 10 end
print(table.concat(out, ","))
-- errors for non-numeric parts
print(pcall(loadstring("for i = 1, {} do end")))
print(pcall(loadstring("for i = nil, 2 do end")))
print(pcall(loadstring("for i = 1, 2, 'x' do end")))
