-- "stop" holds automatic collection until a full "collect" or a "step":
-- both restart the collector (Lua 5.1 and LuaJIT recompute the threshold).
local function garbage_until_collected()
  local probe = setmetatable({[1] = {}}, {__mode = 'v'})
  -- About 40 MB of garbage: far past any automatic threshold.
  for n = 1, 1e6 do
    if not probe[1] then return true end
    local s = tostring(n) .. "x" .. n
  end
  return false
end

collectgarbage("stop")
collectgarbage()
print("after collect:", garbage_until_collected())

collectgarbage("stop")
collectgarbage("step")
print("after step:", garbage_until_collected())

-- While stopped, an explicit cycle still clears weak entries.
collectgarbage("stop")
local probe = setmetatable({[1] = {}}, {__mode = 'v'})
collectgarbage("collect")
print("explicit cycle while stopped:", probe[1] == nil)
