-- pairs and next visit every key once; order is unspecified so keys are sorted.
local t = {10, 20, 30, x = 1, y = 2, [true] = "t", [1.5] = "f"}
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys)
print(#keys, table.concat(keys, " "))
local count = 0
local k, v = next(t)
while k ~= nil do
  count = count + 1
  k, v = next(t, k)
end
print(count)
print(next({}), next({}, nil))
print(next({"only"}))
print(pcall(next, {}, "nokey"))
local f, s, c = pairs(t)
print(type(f), s == t, c)
local sum = 0
for _, v in pairs({1, 2, 3, 4}) do sum = sum + v end
print(sum)
print(pcall(next, nil))
