-- During traversal, existing fields may be assigned or cleared.
local t = {}
for i = 1, 20 do t["k" .. i] = i end
for k, v in pairs(t) do t[k] = v * 2 end
local sum = 0
for _, v in pairs(t) do sum = sum + v end
print(sum)
for k, v in pairs(t) do
  if v % 4 == 0 then t[k] = nil end
end
local left = {}
for k in pairs(t) do left[#left + 1] = k end
table.sort(left)
print(#left, table.concat(left, " "))
local a = {1, 2, 3, 4, 5, 6}
for i, v in pairs(a) do a[i] = nil end
print(next(a))
local cleared = {x = 1, y = 2, z = 3}
for k in pairs(cleared) do cleared[k] = nil end
print(next(cleared))
