-- Coroutines and closures as weak keys and values are collected when unreachable;
-- a suspended coroutine keeps its stack's objects alive while it is reachable.
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local live_co, live_fn
local function fill()
  for i = 1, 3 do
    local co = coroutine.create(function() coroutine.yield() end)
    coroutine.resume(co)
    wk[co] = "thread " .. i
    wv["f" .. i] = function() return i end
  end
  live_co = coroutine.create(function() end)
  wk[live_co] = "live thread"
  live_fn = function() return "live" end
  wv.live = live_fn
end
fill()
collectgarbage()
collectgarbage()
local n = 0
for k, v in pairs(wk) do n = n + 1 end
print(n, wk[live_co], wv.live == live_fn, wv.f1)
-- objects referenced only from a suspended coroutine's stack survive
local watch = setmetatable({}, {__mode = "v"})
local function start()
  local co = coroutine.wrap(function()
    local private = {"on the coroutine stack"}
    watch[1] = private
    coroutine.yield()
    return private[1]
  end)
  co()
  return co
end
local co = start()
collectgarbage()
print(type(watch[1]))
print(co())
co = nil
collectgarbage()
print(watch[1])
