-- ref: luajit
-- ffi.metatype: methods, operators, tostring, call and length on structs,
-- through values, pointers and the ctype itself.
local ffi = require("ffi")
ffi.cdef[[
typedef struct vec2 { double x, y; } vec2;
typedef struct counter { int n; } counter;
]]
local vec2
local methods = {}
function methods.len(v) return math.sqrt(v.x * v.x + v.y * v.y) end
function methods.new(x, y) return vec2(x, y) end
vec2 = ffi.metatype("vec2", {
  __index = methods,
  __add = function(a, b) return vec2(a.x + b.x, a.y + b.y) end,
  __sub = function(a, b) return vec2(a.x - b.x, a.y - b.y) end,
  __mul = function(a, k) return vec2(a.x * k, a.y * k) end,
  __unm = function(a) return vec2(-a.x, -a.y) end,
  __eq = function(a, b) return a.x == b.x and a.y == b.y end,
  __lt = function(a, b) return a:len() < b:len() end,
  __le = function(a, b) return a:len() <= b:len() end,
  __len = function(a) return 2 end,
  __tostring = function(a) return "vec2(" .. a.x .. ", " .. a.y .. ")" end,
  __concat = function(a, b) return tostring(a) .. tostring(b) end,
  __call = function(a, k) return a.x * k end,
})
local a = vec2(3, 4)
local b = vec2.new(1, 2)
print(a:len(), tostring(a + b), tostring(a - b), tostring(a * 2), tostring(-a))
print(a == vec2(3, 4), a == b, b < a, a <= b, #a, a .. b, a(10))
local p = ffi.new("vec2[1]", { { 6, 8 } })
local pv = ffi.cast("vec2 *", p)
print(pv:len(), pv.x, tostring(pv[0]))
a.x = 0
print(a:len(), ffi.istype(vec2, a))
print(pcall(ffi.metatype, "vec2", {}))
print(pcall(function() return a.nosuch end))

local counter = ffi.metatype("counter", {
  __index = function(c, k) return k .. "!" end,
  __newindex = function(c, k, v) rawset(_G, "seen", k .. "=" .. tostring(v)) end,
})
local c = counter(5)
c.n = c.n + 1
c.other = 7
print(c.n, c.anything, seen)
