-- collectgarbage("step") with a large size finishes a cycle and returns true;
-- "count" is only compared, never printed.
collectgarbage()
print(collectgarbage("step", 100000))
print(collectgarbage("step", 1e9))
-- garbage is reclaimed by steps as well as by full collections
local function churn()
  local t = {}
  for i = 1, 500 do t[i] = {i, i * 2} end
end
churn()
local finished = false
for i = 1, 1000 do
  if collectgarbage("step", 100) then finished = true; break end
end
print(finished)
-- count is a positive number of kilobytes with a fractional part consistent with gcinfo
local kb = collectgarbage("count")
print(kb > 0, math.floor(kb) <= kb, math.abs(gcinfo() - math.floor(kb)) <= 1)
-- growth and release are visible in the count
collectgarbage()
local base = collectgarbage("count")
local hold = {}
for i = 1, 300 do hold[i] = string.rep("x", 100) .. i end
local grown = collectgarbage("count")
hold = nil
collectgarbage()
print(grown > base, collectgarbage("count") < grown)
-- weak entries disappear after a cycle completed by steps
local weak = setmetatable({}, {__mode = "v"})
local function put() weak[1] = {} end
put()
repeat until collectgarbage("step", 1000)
repeat until collectgarbage("step", 1000)
print(weak[1])
