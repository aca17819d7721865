-- ipairs stops at the first nil, never looks at the hash part beyond the sequence,
-- and sees changes made during the loop.
local function run(t)
  local out = {}
  for i, v in ipairs(t) do out[#out + 1] = i .. "=" .. tostring(v) end
  return table.concat(out, " ")
end
print(run({}))
print(run({1, 2, 3}))
print(run({1, nil, 3}))
print(run({nil, 2}))
print(run({[1] = "a", [2] = "b", [4] = "d"}))
print(run({[0] = "zero", "one"}))
print(run({x = 1, "only"}))
print(run({false, false}))
-- adding the next element while iterating extends the loop
local grow = {1}
local seen = 0
for i, v in ipairs(grow) do
  seen = seen + 1
  if i < 5 then grow[i + 1] = v * 2 end
end
print(seen, table.concat(grow, ","))
-- removing the next element ends it
local shrink = {1, 2, 3, 4}
seen = 0
for i in ipairs(shrink) do seen = seen + 1; shrink[i + 1] = nil end
print(seen)
-- the iterator triple
local f, s, init = ipairs({})
print(type(f), type(s), init)
print(f({10, 20}, 0), f({10, 20}, 1), f({10, 20}, 2))
-- numeric for over a sequence versus ipairs
local t = {"a", "b", "c"}
local byfor, byipairs = {}, {}
for i = 1, #t do byfor[i] = t[i] end
for i, v in ipairs(t) do byipairs[i] = v end
print(table.concat(byfor) == table.concat(byipairs))
print(pcall(ipairs, nil))
