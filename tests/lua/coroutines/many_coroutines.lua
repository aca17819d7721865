-- Many coroutines alive at once, each with its own stack.
local cos = {}
for i = 1, 200 do
  cos[i] = coroutine.create(function(x)
    local acc = x
    while true do acc = acc + coroutine.yield(acc) end
  end)
end
local total = 0
for i = 1, 200 do local _, v = coroutine.resume(cos[i], i); total = total + v end
for i = 1, 200 do local _, v = coroutine.resume(cos[i], 1); total = total + v end
print(total)
-- deep recursion inside a coroutine
local deep = coroutine.create(function()
  local function rec(n) if n == 0 then return coroutine.yield("bottom") end return rec(n - 1) end
  local function rec2(n) if n == 0 then return coroutine.yield("bottom2") end return 1 + rec2(n - 1) end
  rec(1000)
  return rec2(1000)
end)
print(coroutine.resume(deep))
print(coroutine.resume(deep))
print(coroutine.resume(deep, 5))
