-- During a traversal with next/pairs, existing fields may be assigned or cleared;
-- every key is still visited exactly once.
local function sortedkeys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  table.sort(ks)
  return table.concat(ks, " ")
end
local t = {}
for i = 1, 20 do t[i] = i end
for i = 1, 20 do t["k" .. i] = i end
local visits = 0
for k, v in pairs(t) do
  visits = visits + 1
  t[k] = v * 2
end
local sum = 0
for _, v in pairs(t) do sum = sum + v end
print(visits, sum)
-- clearing the current field while traversing
visits = 0
for k in pairs(t) do
  visits = visits + 1
  if type(k) == "string" then t[k] = nil end
end
print(visits, sortedkeys(t) == sortedkeys({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}))
-- clearing other fields: those not yet visited are skipped
local u = {a = 1, b = 2, c = 3, d = 4}
local seen = 0
for k in pairs(u) do
  seen = seen + 1
  for other in pairs({a = 1, b = 1, c = 1, d = 1}) do if other ~= k then u[other] = nil end end
end
print(seen, next(u) ~= nil, next(u, next(u)))
-- next with explicit keys walks the same sequence as pairs
local w = {x = 1, y = 2, z = 3, 10, 20}
local n, k = 0, nil
repeat
  k = next(w, k)
  if k ~= nil then n = n + 1 end
until k == nil
print(n)
-- traversal of an emptied table
local e = {1, 2, 3, p = 1}
for k in pairs(e) do e[k] = nil end
print(next(e))
-- next on the last key returns nil; on an absent key it is an error
print(next({}), next({5}, 1))
print(pcall(next, {}, "absent"))
print(pcall(next, {1, 2}, 3))
print(pcall(next))
print(pcall(pairs, nil))
