-- Calls into C: libc's abs on a run of integers, summed. Usage: ffi_abs.lua [reps]
-- smoke: 1
-- needs: ffi
local ffi = require("ffi")
ffi.cdef"int abs(int x);"
local abs = ffi.C.abs
local reps = tonumber(arg and arg[1]) or 80

-- Each repetition makes 100,000 calls on values of both signs; the total
-- stays an exact integer in a double.
local n = 100000
local sum = 0
for r = 1, reps do
  for i = -n / 2, n / 2 - 1 do
    sum = sum + abs(i * r)
  end
end
print(string.format("sum = %d", sum))
