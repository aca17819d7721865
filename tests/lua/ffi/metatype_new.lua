-- ref: luajit
-- A metatype's __new runs when the ctype is called (ffi.new bypasses it).
local ffi = require("ffi")
ffi.cdef"typedef struct { double x, y; int made; } point;"
local count = 0
local point = ffi.metatype("point", {
  __new = function(ct, x, y)
    count = count + 1
    return ffi.new(ct, x or 0, y or 0, count)
  end,
  __tostring = function(p) return ("(%g, %g) #%d"):format(p.x, p.y, p.made) end,
})
print(tostring(point(1, 2)), tostring(point()), tostring(ffi.new("point", 5, 6)), count)
