-- tostring of primitive values; other types show "type: address".
print(tostring(nil), tostring(true), tostring(false))
print(tostring(0), tostring(-1), tostring(1.5), tostring(1e300), tostring(2^63))
print(tostring("str"), tostring(""))
local function kind(v) return (tostring(v):match("^(%a+): ")) end
print(kind({}), kind(function() end), kind(coroutine.create(function() end)), kind(newproxy()))
local t1, t2 = {}, {}  -- both alive, so their addresses differ
print(tostring(t1) ~= tostring(t2))
local t = {}
print(tostring(t) == tostring(t))
print(pcall(tostring))
print(select("#", tostring(1, 2)))
