-- __index as a table: lookups fall through when the raw field is nil.
local base = {greet = "hello", n = 1}
local t = setmetatable({n = 2}, {__index = base})
print(t.greet, t.n, t.missing, rawget(t, "greet"))
base.added = "later"
print(t.added)
t.greet = "own"
print(t.greet, base.greet)
t.greet = nil
print(t.greet)
-- the fallback is only used for nil fields, not false ones
t.flag = false
base.flag = true
print(t.flag)
-- integer keys and the length of the proxy
local arr = setmetatable({}, {__index = {10, 20, 30}})
print(arr[1], arr[3], #arr)
-- a class-like pattern
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:len2() return self.x * self.x + self.y * self.y end
local p = Point.new(3, 4)
print(p:len2(), getmetatable(p) == Point, p.new == Point.new)
