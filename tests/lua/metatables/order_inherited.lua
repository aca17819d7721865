-- Comparison metamethods shared by a class and its instances through a common
-- metatable; <= falls back to not (b < a) when only __lt is present, and
-- > and >= swap their operands.
local log = {}
local Point = {}
Point.__index = Point
Point.__lt = function(a, b) log[#log + 1] = "lt(" .. a.n .. "," .. b.n .. ")"; return a.n < b.n end
local function P(n) return setmetatable({n = n}, Point) end
local one, two = P(1), P(2)
print(one < two, one > two, one <= two, one >= two, two <= two)
print(table.concat(log, " "))
-- adding __le later changes <= and >=
log = {}
Point.__le = function(a, b) log[#log + 1] = "le(" .. a.n .. "," .. b.n .. ")"; return a.n <= b.n end
print(one <= two, one >= two)
print(table.concat(log, " "))
-- instances of a subclass with its own metatable copying the handlers compare with
-- the base instances only if the handlers are the same functions
local Sub = setmetatable({}, {__index = Point})
Sub.__index = Sub
Sub.__lt = Point.__lt
Sub.__le = Point.__le
local s3 = setmetatable({n = 3}, Sub)
log = {}
print(one < s3, s3 <= two)
print(table.concat(log, " "))
Sub.__lt = function(a, b) return true end
print(pcall(function() return one < s3 end))
