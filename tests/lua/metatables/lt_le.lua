-- __lt and __le; 5.1 falls back to "not (b < a)" for <= when there is no __le.
local log = {}
local mt = {
  __lt = function(a, b) log[#log + 1] = "lt(" .. a.v .. "," .. b.v .. ")"; return a.v < b.v end,
  __le = function(a, b) log[#log + 1] = "le(" .. a.v .. "," .. b.v .. ")"; return a.v <= b.v end,
}
local function V(v) return setmetatable({v = v}, mt) end
local one, two = V(1), V(2)
print(one < two, one > two, one <= two, one >= two)
print(table.concat(log, " "))
log = {}
local lt_only = {__lt = function(a, b) log[#log + 1] = "lt(" .. a.v .. "," .. b.v .. ")"; return a.v < b.v end}
local x, y = setmetatable({v = 1}, lt_only), setmetatable({v = 2}, lt_only)
print(x <= y, y <= x, x >= y, x <= x)
print(table.concat(log, " "))
-- results are converted to booleans
local weird = {__lt = function() return 0 end, __le = function() return nil end}
local w1, w2 = setmetatable({}, weird), setmetatable({}, weird)
print(w1 < w2, w1 <= w2)
-- different handlers: error
local o1 = setmetatable({}, {__lt = function() return true end})
local o2 = setmetatable({}, {__lt = function() return true end})
print(pcall(function() return o1 < o2 end))
-- mixed types never use the metamethod
print(pcall(function() return one < 1 end))
-- sorting with __lt
local list = {V(3), V(1), V(2)}
table.sort(list)
print(list[1].v, list[2].v, list[3].v)
-- no __le and no __lt
local plain = setmetatable({}, {})
print(pcall(function() return plain <= plain end))
