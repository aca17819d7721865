-- ref: luajit
-- Aggregate elements and members load as references, one reference type per
-- target type (made once, then reused): alternating accesses to arrays and
-- structs of different types must each see their own, and members found by
-- name must be those of the record at hand (same names, other offsets).
local ffi = require("ffi")
ffi.cdef[[
typedef struct item { int32_t id; double x, y; uint8_t flag; } item_t;
typedef struct meti { uint8_t flag; double y, x; int32_t id; } meti_t;
typedef struct nest { int a; struct { int b; const struct { int c; }; }; } nest_t;
]]
local items = ffi.new("item_t[3]")
local metis = ffi.new("meti_t[3]")
local grid = ffi.new("int[2][3]")
local const_items = ffi.new("const item_t[2]")
local nests = ffi.new("nest_t[2]", { { 1, 2, 3 }, { 4, 5, 6 } })
for i = 0, 2 do
  items[i].id, items[i].x, items[i].y, items[i].flag = i, i + 0.5, i + 0.25, i % 2
  metis[i].id, metis[i].x, metis[i].y, metis[i].flag = 10 + i, i * 2, i * 3, 1
  grid[i % 2][i] = i * 7
end
for round = 1, 2 do
  for i = 0, 1 do
    local a, b, g, c, n = items[i], metis[i], grid[i], const_items[i], nests[i]
    print(tostring(ffi.typeof(a)), tostring(ffi.typeof(b)), tostring(ffi.typeof(g)),
      tostring(ffi.typeof(c)), tostring(ffi.typeof(n)))
    print(a.id, a.x, a.y, a.flag, b.id, b.x, b.y, b.flag, g[0], g[1], g[2], n.a, n.b, n.c)
  end
end
print(pcall(function() const_items[0].id = 1 end))
print(pcall(function() nests[0].c = 1 end))
nests[1].b = 50
print(nests[1].b, pcall(function() return items[0].nope end))
