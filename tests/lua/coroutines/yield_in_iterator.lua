-- ref: luajit
-- A generic for iterator written in Lua may yield (PUC 5.1 cannot yield there).
local function iter(state, i)
  i = i + 1
  if i > 3 then return nil end
  coroutine.yield("iterating " .. i)
  return i
end
local co = coroutine.wrap(function()
  local sum = 0
  for i in iter, nil, 0 do sum = sum + i end
  return "sum " .. sum
end)
for _ = 1, 4 do print(co()) end
-- yield inside table.sort's comparator is across a C call: an error
local co2 = coroutine.create(function()
  table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end)
end)
print(coroutine.resume(co2))
