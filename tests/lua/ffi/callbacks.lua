-- ref: luajit
-- Callbacks: Lua functions as C function pointers (ffi.cast and implicit
-- conversion of call arguments), qsort with a Lua comparator, errors.
local ffi = require("ffi")
ffi.cdef[[
typedef int (*cmp_t)(const void *, const void *);
void qsort(void *base, size_t n, size_t size, cmp_t cmp);
typedef double (*unary_t)(double);
typedef int (*binop_t)(int, int);
]]
local arr = ffi.new("int[8]", 5, 3, 8, 1, 9, 2, 7, 4)
local calls = 0
local cmp = ffi.cast("cmp_t", function(a, b)
  calls = calls + 1
  local x, y = ffi.cast("const int *", a)[0], ffi.cast("const int *", b)[0]
  return x < y and -1 or (x > y and 1 or 0)
end)
ffi.C.qsort(arr, 8, ffi.sizeof("int"), cmp)
local out = {}
for i = 0, 7 do out[#out + 1] = arr[i] end
print(table.concat(out, " "), calls > 0)

-- A Lua function passed directly where a function pointer is expected.
local d = ffi.new("double[5]", 2.5, -1, 10, 0, 3)
ffi.C.qsort(d, 5, 8, function(a, b)
  local x, y = ffi.cast("double *", a)[0], ffi.cast("double *", b)[0]
  return x > y and -1 or (x < y and 1 or 0)
end)
print(d[0], d[1], d[2], d[3], d[4])

-- Calling callbacks from Lua goes through C too.
local sq = ffi.cast("unary_t", function(x) return x * x end)
local add = ffi.cast("binop_t", function(a, b) return a + b end)
print(sq(1.5), add(40, 2), add(-1, -2), type(sq))

-- An error in a callback is raised by the call that led to it.
local bad = ffi.cast("binop_t", function(a, b) error("boom " .. a) end)
print(pcall(bad, 7, 1))
print(add(1, 1))
local wrong = ffi.cast("binop_t", function() return "x" end)
print(select(2, pcall(wrong, 1, 2)):match("cannot convert 'string' to 'int'$"))

-- cb:set replaces the function, cb:free releases it.
local cb = ffi.cast("binop_t", function(a, b) return a + b end)
print(cb(1, 2))
cb:set(function(a, b) return a * b end)
print(cb(3, 4))
cb:free()
local other = ffi.cast("binop_t", function(a, b) return a - b end)
print(other(9, 4))
print(pcall(function() return other.nosuch end))
