-- Fractional steps accumulate floating point error exactly as repeated addition does.
local n, last = 0, nil
for x = 0, 1, 0.1 do n = n + 1; last = x end
print(n, last, last == 1, string.format("%.17g", last))
n = 0
for x = 1, 0, -0.1 do n = n + 1; last = x end
print(n, string.format("%.17g", last))
n = 0
for x = 0, 0.3, 0.1 do n = n + 1; last = x end
print(n, string.format("%.17g", last))
local vals = {}
for x = 0.1, 0.5, 0.1 do vals[#vals + 1] = string.format("%.17g", x) end
print(table.concat(vals, " "))
n = 0
for x = 1e15, 1e15 + 2, 0.5 do n = n + 1 end
print(n)
