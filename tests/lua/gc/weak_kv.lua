-- __mode "kv": an entry goes when either its key or its value is collectable.
local t = setmetatable({}, {__mode = "kv"})
local K, V = {}, {}
local function fill()
  t[K] = V              -- both strongly held: stays
  t[{}] = V             -- key only weak: goes
  t[K2 or 1] = {}       -- value only weak: goes
  t.str = "value"       -- neither collectable: stays
  t[{}] = "s"           -- weak key: goes
  t.obj = {}            -- weak value: goes
end
fill()
collectgarbage()
collectgarbage()
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n, t[K] == V, t.str, t.obj, t[1])
-- the mode string may contain other characters
local m = setmetatable({}, {__mode = "vk extra"})
local function fill2() m[1] = {}; m[{}] = 1 end
fill2()
collectgarbage()
print(next(m))
-- changing __mode after creation takes effect at the next collection in 5.1
local late = setmetatable({}, {})
local function fill3() late[1] = {} end
fill3()
getmetatable(late).__mode = "v"
collectgarbage()
print(late[1])
