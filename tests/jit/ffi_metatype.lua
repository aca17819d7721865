-- Metatypes and constructors in traces: ffi.new and ctype calls (structs,
-- unions, arrays filled from one value, scalars), metatype __index tables
-- and functions (methods on structs, pointers and array elements), and
-- arithmetic and comparison metamethods of cdata; a cdata of another type
-- in the middle of a loop (guards exit); __new and __gc left to the
-- interpreter. (LuaJIT forbids changing a metatype's metatable or __index
-- table once set; lunavm's guards would exit, but luajit is the yardstick.)
local ffi = require("ffi")

ffi.cdef[[
typedef struct { double x, y; } mv2;
typedef struct { int n; int data[8]; } mbag;
typedef struct { int32_t id; uint8_t flag; bool on; int64_t big; float f; } mrec;
typedef union { int32_t i; float f; } mpun;
typedef struct { double x, y; } mrect;
typedef struct { int v; } mcount;
]]

local function show(...)
  local t = {}
  for i = 1, select("#", ...) do t[#t + 1] = tostring((select(i, ...))) end
  print(table.concat(t, " "))
end

-- Vectors: constructors in metamethods (tail calls), operators, methods.
local vec2
local mt = {
  __add = function(a, b) return vec2(a.x + b.x, a.y + b.y) end,
  __sub = function(a, b) return vec2(a.x - b.x, a.y - b.y) end,
  __mul = function(a, b)
    if type(a) == "number" then return vec2(a * b.x, a * b.y) end
    return vec2(a.x * b, a.y * b)
  end,
  __div = function(a, s) return vec2(a.x / s, a.y / s) end,
  __unm = function(a) return vec2(-a.x, -a.y) end,
  __eq = function(a, b) return a.x == b.x and a.y == b.y end,
  __lt = function(a, b) return a:len2() < b:len2() end,
  __le = function(a, b) return a:len2() <= b:len2() end,
  __index = {
    len2 = function(v) return v.x * v.x + v.y * v.y end,
    dot = function(a, b) return a.x * b.x + a.y * b.y end,
  },
}
vec2 = ffi.metatype("mv2", mt)

local acc = vec2(0, 0)
local lts, les, eqs, nes = 0, 0, 0, 0
for i = 1, 1000 do
  local v = vec2(i, -i)
  acc = acc + v * 0.5 - (-v) + 2 * v / 4
  if v < acc then lts = lts + 1 end
  if acc <= v then les = les + 1 end
  if v == vec2(i, -i) then eqs = eqs + 1 end
  if v ~= acc then nes = nes + 1 end
  if i % 250 == 0 then show(i, acc.x, acc.y, acc:len2(), v:dot(acc)) end
end
show("cmp", lts, les, eqs, nes)

-- __index function, through the struct and through a pointer to it.
local bag = ffi.metatype("mbag", { __index = function(b, k)
  if k == "size" then return b.n end
  if k == "first" then return b.data[0] end
  return k
end })
local b = bag()
local p = ffi.cast("mbag *", b)
local s, names = 0, {}
for i = 1, 300 do
  b.n = i % 8
  p.data[i % 8] = i
  s = s + p.size + b.size + b.first
  if i % 97 == 0 then names[#names + 1] = p.other end
end
show("bag", s, table.concat(names, ","))

-- Methods on references to array elements, and a __index chain.
local arr = ffi.new("mv2[10]")
for i = 0, 9 do arr[i].x = i; arr[i].y = 2 * i end
local t = 0
for r = 1, 100 do
  for i = 0, 9 do t = t + arr[i]:len2() end
end
show("elements", t)

local base = { kind = function() return "base" end }
local rect = ffi.metatype("mrect", {
  __index = setmetatable({ area = function(v) return v.x * v.y end }, { __index = base }),
})
local r = rect(3, 4)
local a, k = 0, nil
for i = 1, 200 do a = a + r:area(); k = r:kind() end
show("chain", a, k)

-- Constructors: every initialiser kind, defaults, unions, arrays filled
-- from one value or given in part, scalars, ffi.new with a type string and
-- with a ctype; the objects escape into a table.
local rec = ffi.typeof("mrec")
local keep = {}
local sum = 0
for i = 1, 200 do
  local x = rec(i, i + 250, i % 2 == 0, ffi.new("int64_t", i) * 3, i / 4)
  local u = ffi.new("mpun", i)
  local arr4 = ffi.new("double[4]", i)
  local arr3 = ffi.new("int[3]", i, -i)
  local z = ffi.new("mrec")
  sum = sum + x.id + x.flag + (x.on and 1 or 0) + tonumber(x.big) + x.f + u.i
    + arr4[0] + arr4[3] + arr3[0] + arr3[1] + arr3[2] + z.id + tonumber(z.big)
  if i % 50 == 0 then keep[#keep + 1] = x end
end
show("new", sum, #keep, keep[1].id, keep[4].flag, tostring(keep[4].on))
show("errors", (pcall(ffi.new, "int[3]", 1, 2, 3, 4)))
local d = 0
for i = 1, 200 do d = d + tonumber(ffi.new("double", i / 2)) + ffi.new("float[2]", i)[1] end
show("scalars", d)

-- __gc and __new of a metatype: constructors left to the interpreter.
local made, collected = 0, 0
local counted = ffi.metatype("mcount", {
  __new = function(ct, v) made = made + 1; return ffi.new(ct, v * 2) end,
  __gc = function() collected = collected + 1 end,
})
local cs = 0
for i = 1, 200 do cs = cs + counted(i).v end
collectgarbage(); collectgarbage()
show("counted", cs, made, collected > 0)

-- A cdata of another type where the loop saw vectors: the type guard exits.
ffi.cdef"typedef struct { double x, y; } mother;"
local other = ffi.metatype("mother", { __add = function(a, b) return a.x + b.x end,
  __index = { len2 = function() return -1 end } })
local mixed = 0
for i = 1, 300 do
  local v = i < 200 and vec2(i, 1) or other(i, 1)
  local w = v + v
  mixed = mixed + (type(w) == "number" and w or w.x) + v:len2()
end
show("mixed", mixed)

-- __newindex functions (keys that are not members) and __len.
ffi.cdef"typedef struct { int n; double v[4]; } mprops;"
local setlog = {}
local props = ffi.metatype("mprops", {
  __newindex = function(p, k, v)
    if k == "first" then p.v[0] = v elseif k == "count" then p.n = v
    else setlog[#setlog + 1] = k end
  end,
  __len = function(p) return p.n end,
})
local pr = props()
local plen = 0
for i = 1, 300 do
  pr.first = i / 2
  pr.count = i % 4
  if i % 100 == 0 then pr.other = i end
  plen = plen + #pr + pr.v[0]
end
print("props", plen, pr.n, pr.v[0], table.concat(setlog, ","))
