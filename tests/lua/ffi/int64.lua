-- ref: luajit
-- 64-bit integer literals (LL/ULL) and arithmetic, string.dump of them.
local ffi = require("ffi")
print(1LL, 2ULL, 0x10LL, 0xffffffffffffffffULL, 18446744073709551615ULL, -1LL, 9223372036854775807LL + 1)
print(type(1LL), 1LL == 1, 1LL + 2LL, 10LL / 3, 10ULL - 11, 2LL ^ 62, 7LL % 3)
print(tostring(3ULL * 3), tonumber(100LL), 100LL > 99, -5LL < 5LL)
local f = loadstring("return 123LL, 5ull")
print(f())
print(loadstring(string.dump(f))())
print(loadstring("return 1LLL"))
print(loadstring("return 99999999999999999999LL"))
for i = 1, 100 do local x = i * 1LL end
local acc = 0LL
for i = 1, 200 do acc = acc + i end
print(acc)
-- Comparisons with cdata in loops (the JIT leaves them to the interpreter).
local n = 0
local lim = 50LL
for i = 1, 100 do
  if i * 1LL < lim then n = n + 1 end
  if 3LL == i then n = n + 1000 end
end
print(n)
local p = ffi.new("int[4]")
local q = ffi.cast("int *", p)
local cnt = 0
for i = 1, 100 do
  if q ~= nil then cnt = cnt + 1 end
  if q + 1 == nil then cnt = cnt + 1000 end
end
print(cnt)
print(-2LL + 1LL, -0x10ULL, not 1LL, -9223372036854775808LL, - -3LL)
