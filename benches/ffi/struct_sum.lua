-- Sums the fields of a cdata array of structs (element and member loads).
local ffi = require("ffi")
ffi.cdef[[ typedef struct { double x, y; int32_t n; float w; } item_t; ]]
local N = 1000
local rounds = tonumber(arg and arg[1]) or 2500
local items = ffi.new("item_t[?]", N)
for i = 0, N - 1 do
  local it = items[i]
  it.x, it.y, it.n, it.w = i * 0.5, -i, i % 17, i / 8
end
local s = 0
for _ = 1, rounds do
  for i = 0, N - 1 do
    local it = items[i]
    s = s + it.x + it.y + it.n + it.w
  end
end
print(s)
