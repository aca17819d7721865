-- __index as a function receives the table and the key.
local log = {}
local t = setmetatable({present = 1}, {__index = function(tbl, k)
  log[#log + 1] = tostring(k)
  return k == "computed" and 42 or nil
end})
print(t.present, t.computed, t.other, t[1])
print(table.concat(log, ","))
local sq = setmetatable({}, {__index = function(s, n) local v = n * n; rawset(s, n, v); return v end})
print(sq[4], rawget(sq, 4), sq[5])
local default = setmetatable({}, {__index = function() return "default" end})
print(default.anything, default[1], default[true])
local mt = {}
mt.__index = function(tbl, k) return tbl == self_tbl end
self_tbl = setmetatable({}, mt)
print(self_tbl.x)
local multi = setmetatable({}, {__index = function() return 1, 2, 3 end})
print(multi.x)
local a, b = multi.x
print(a, b)
