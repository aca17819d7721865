-- ref: luajit
-- C variables through ffi.C: read, write, errors.
local ffi = require("ffi")
ffi.cdef[[
extern int opterr;
extern char **environ;
int abs(int);
]]
print(ffi.C.opterr)
ffi.C.opterr = 0
print(ffi.C.opterr)
ffi.C.opterr = 1
print(ffi.C.opterr, ffi.C.environ ~= nil, type(ffi.string(ffi.C.environ[0])))
print(pcall(function() ffi.C.abs = 1 end))
print(pcall(function() ffi.C.nosuch = 1 end))
