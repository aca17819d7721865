-- Field access on a cdata array of structs, summed many times. Usage: ffi_struct.lua [reps]
-- smoke: 1
-- needs: ffi
local ffi = require("ffi")
ffi.cdef"typedef struct { int32_t id; double x, y; uint8_t flag; } item_t;"
local reps = tonumber(arg and arg[1]) or 260

local n = 10000
local items = ffi.new("item_t[?]", n)
for i = 0, n - 1 do
  local it = items[i]
  it.id = i
  it.x = i * 0.5
  it.y = (n - i) * 0.25
  it.flag = i % 3 == 0 and 1 or 0
end

-- Sums of exact binary fractions: the totals are exact doubles.
local sx, sy, ids, flags = 0, 0, 0, 0
for r = 1, reps do
  for i = 0, n - 1 do
    local it = items[i]
    sx = sx + it.x
    sy = sy + it.y
    ids = ids + it.id
    flags = flags + it.flag
  end
end
print(string.format("x = %.2f y = %.2f ids = %d flags = %d", sx, sy, ids, flags))
