-- Binary trees: allocation of many short-lived small tables, and GC. Usage: binary_trees.lua [maxdepth]
-- smoke: 6
local maxdepth = tonumber(arg and arg[1]) or 15
local mindepth = 4
if maxdepth < mindepth + 2 then maxdepth = mindepth + 2 end

-- A node is { left, right } or {} for a leaf; each node carries no other data.
local function make(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { make(depth), make(depth) }
end

local function check(node)
  local left = node[1]
  if left == nil then return 1 end
  return 1 + check(left) + check(node[2])
end

local stretch = maxdepth + 1
print(string.format("stretch tree of depth %d: check %d", stretch, check(make(stretch))))

local longlived = make(maxdepth)

for depth = mindepth, maxdepth, 2 do
  local iterations = 2 ^ (maxdepth - depth + mindepth)
  local total = 0
  for _ = 1, iterations do total = total + check(make(depth)) end
  print(string.format("%d trees of depth %d: check %d", iterations, depth, total))
end

print(string.format("long lived tree of depth %d: check %d", maxdepth, check(longlived)))
