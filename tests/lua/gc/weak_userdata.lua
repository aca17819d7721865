-- Weak tables keyed or valued by userdata with finalizers. A finalized userdata
-- leaves weak-valued tables before its finalizer runs; entries are gone for good
-- after two collections.
local finalized = {}
local function proxy(tag)
  local p = newproxy(true)
  local mt = getmetatable(p)
  mt.__gc = function() finalized[#finalized + 1] = tag end
  mt.__tostring = function() return "proxy " .. tag end
  return p
end
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local keep = proxy("kept")
local function fill()
  for i = 1, 4 do
    local p = proxy("p" .. i)
    wk[p] = i
    wv[i] = p
  end
  wk[keep] = "kept key"
  wv.kept = keep
end
fill()
-- the weak-valued entries of dead userdata are cleared by the first collection,
-- even though their finalizers still hold the objects
collectgarbage()
local n = 0
for _ in pairs(wv) do n = n + 1 end
print(n, tostring(wv.kept))
collectgarbage()
n = 0
for k, v in pairs(wk) do n = n + 1 end
print(n, wk[keep])
table.sort(finalized)
print(table.concat(finalized, " "))
-- a finalizer can still find its object as a key of a weak-keyed table
local info = setmetatable({}, {__mode = "k"})
local seen
local function tracked()
  local p = newproxy(true)
  info[p] = "extra data"
  getmetatable(p).__gc = function(self) seen = info[self]; info[self] = nil end
end
tracked()
collectgarbage()
collectgarbage()
print(seen, next(info))
-- a proxy used as a key in a table with weak values stays (keys are strong)
local wvk = setmetatable({}, {__mode = "v"})
local function strongkey() wvk[newproxy()] = "value" end
strongkey()
collectgarbage()
local c = 0
for _ in pairs(wvk) do c = c + 1 end
print(c)
