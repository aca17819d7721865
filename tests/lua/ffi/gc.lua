-- ref: luajit
-- ffi.gc finalizers and metatype __gc: run once when the cdata is collected,
-- removable with nil; C memory freed through ffi.C.free.
local ffi = require("ffi")
ffi.cdef[[
void *malloc(size_t n);
void free(void *p);
typedef struct res { int id; } res;
]]
local log = {}
do
  local p = ffi.gc(ffi.new("int[4]", 1, 2, 3, 4), function(c) log[#log + 1] = "int[4] " .. c[3] end)
  local q = ffi.gc(ffi.new("int[1]", 5), function() log[#log + 1] = "never" end)
  ffi.gc(q, nil)
  local m = ffi.gc(ffi.C.malloc(64), ffi.C.free)
  print(type(p), type(m), m ~= nil)
end
collectgarbage()
collectgarbage()
print(table.concat(log, ","))

local res = ffi.metatype("res", { __gc = function(r) log[#log + 1] = "res " .. r.id end })
do
  local a = res(1)
  local b = ffi.new("res", 2)
end
collectgarbage()
collectgarbage()
table.sort(log)
print(table.concat(log, ","))
print(pcall(ffi.gc, 1, print))
print(pcall(ffi.gc, ffi.new("int", 5), print))
print(pcall(ffi.gc, 1LL, print))

local kept = ffi.gc(ffi.new("int[1]", 9), function() print("finalized at exit") end)
