-- __newindex as a function and as a table; only for absent keys.
local log = {}
local t = setmetatable({existing = 1}, {__newindex = function(tbl, k, v)
  log[#log + 1] = k .. "=" .. tostring(v)
  rawset(tbl, k, v)
end})
t.existing = 2
t.new = 3
t.new = 4
print(table.concat(log, " "), t.existing, t.new)
local store = {}
local proxy = setmetatable({}, {__newindex = store})
proxy.x = 10
print(rawget(proxy, "x"), store.x, proxy.x)
local ro = setmetatable({}, {__newindex = function(_, k) error("read-only: " .. k, 2) end})
print(pcall(function() ro.field = 1 end))
-- __newindex table that itself has __newindex
local final = {}
local mid = setmetatable({}, {__newindex = final})
local front = setmetatable({}, {__newindex = mid})
front.k = "v"
print(rawget(front, "k"), rawget(mid, "k"), final.k)
-- both __index and __newindex: a tracking proxy
local backing = {}
local tracked = setmetatable({}, {
  __index = function(_, k) return backing[k] end,
  __newindex = function(_, k, v) backing[k] = v and v * 10 end,
})
tracked.a = 1
tracked.b = 2
tracked.a = nil
print(tracked.a, tracked.b, next(tracked))
-- rawset bypasses __newindex
rawset(t, "raw", true)
print(#log, t.raw)
