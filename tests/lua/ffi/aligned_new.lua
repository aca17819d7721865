-- ref: luajit
-- ffi.new places objects of over-aligned types at a multiple of their alignment.
local ffi = require("ffi")
local ok = true
for shift = 4, 13 do
  local align = 2 ^ shift
  local ct = ffi.typeof("struct { char c __attribute__((aligned(" .. align .. "))); int n; }")
  for i = 1, 20 do
    local obj = ct()
    obj.n = i
    local addr = tonumber(ffi.cast("uintptr_t", ffi.cast("void *", obj)))
    ok = ok and addr % align == 0 and obj.n == i
  end
  print(align, ffi.alignof(ct), ffi.sizeof(ct), ok)
end
local v = ffi.new("double __attribute__((aligned(64))) [3]", 1, 2, 3)
print(tonumber(ffi.cast("uintptr_t", v)) % 64, v[0] + v[1] + v[2])
