-- Call, return, line and count hooks: which events fire, in which order, with
-- which lines; gethook reports what sethook set.
local events = {}
local function record(ev, line)
  local info = debug.getinfo(2, "nS")
  events[#events + 1] = ev .. ":" .. tostring(line or info.name or info.what)
end

local function leaf(x) return x + 1 end
local function caller(x)
  local y = leaf(x)
  return y * 2
end

debug.sethook(record, "cr")
caller(1)
debug.sethook()
print(table.concat(events, " "))

events = {}
debug.sethook(record, "l")
local a = 1
local b = a + 1
debug.sethook()
print(table.concat(events, " "))

local count = 0
debug.sethook(function(ev) count = count + 1 end, "", 10)
for i = 1, 100 do local _ = i * i end
debug.sethook()
print("count events", count > 0)

local f, mask, n = debug.gethook()
print("after clearing", f, mask, n)
local h = function() end
debug.sethook(h, "crl", 7)
local g, m, c = debug.gethook()
debug.sethook()
print("gethook", g == h, m, c)

-- Tail calls: "tail return" for each frame a tail call replaced (Lua 5.1).
events = {}
local function last() return 1 end
local function middle() return last() end
debug.sethook(function(ev) events[#events + 1] = ev end, "r")
middle()
debug.sethook()
print(table.concat(events, " "))

-- Hooks are per coroutine.
local co = coroutine.create(function()
  local hooked = debug.gethook()
  coroutine.yield(hooked ~= nil)
end)
debug.sethook(co, function() end, "l")
print("coroutine hook set", select(2, coroutine.resume(co)), debug.gethook() == nil)
