-- ref: luajit
-- Enum cdata compare equal to the names of their values; names initialise enums.
local ffi = require("ffi")
ffi.cdef"typedef enum { RED, GREEN, BLUE } color; struct px { color c; };"
local c = ffi.new("color", "GREEN")
print(c == "GREEN", c == "RED", c == 1, "GREEN" == c)
local p = ffi.new("struct px", { c = "BLUE" })
print(p.c == "BLUE", tonumber(p.c))
local s = "GREEN"
print(c == s)
print(select(2, pcall(ffi.new, "color", "PURPLE")):match("cannot convert .string. to .enum") ~= nil)
print(c ~= "GREEN", c ~= "BLUE", c == "nosuch")
