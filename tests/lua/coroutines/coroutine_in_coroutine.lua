-- Coroutines resumed from coroutines; yields go to the direct resumer.
local log = {}
local inner = coroutine.create(function()
  log[#log + 1] = "inner 1"
  coroutine.yield("i1")
  log[#log + 1] = "inner 2"
  return "inner done"
end)
local outer = coroutine.create(function()
  log[#log + 1] = "outer 1"
  local _, v = coroutine.resume(inner)
  coroutine.yield("outer got " .. v)
  local _, v2 = coroutine.resume(inner)
  return "outer done, " .. v2
end)
print(coroutine.resume(outer))
print(coroutine.resume(outer))
print(table.concat(log, ", "))
-- passing a coroutine's wrap function into another coroutine
local producer = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end return nil end)
local consumer = coroutine.wrap(function()
  local sum = 0
  while true do
    local v = producer()
    if not v then return sum end
    sum = sum + v
    coroutine.yield("partial " .. sum)
  end
end)
print(consumer(), consumer(), consumer(), consumer())
