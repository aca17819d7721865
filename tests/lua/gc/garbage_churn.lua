-- A workload that creates plenty of garbage still computes the right results.
local function make_list(n)
  local l = nil
  for i = 1, n do l = {v = i, next = l} end
  return l
end
local total = 0
for round = 1, 20 do
  local l = make_list(200)
  while l do total = total + l.v; l = l.next end
end
print(total)
local strs = {}
for i = 1, 500 do strs[i % 50 + 1] = ("s" .. i):rep(3) end
print(#strs, strs[1], strs[50])
local closures = {}
for i = 1, 300 do local x = i; closures[i % 10 + 1] = function() return x end end
print(closures[1](), closures[10]())
local t = {}
for i = 1, 300 do t[i] = {} end
for i = 1, 300, 2 do t[i] = nil end
collectgarbage()
local c = 0
for _ in pairs(t) do c = c + 1 end
print(c)
