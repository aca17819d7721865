-- Tables grow and shrink across rehashes without losing entries.
local t = {}
for i = 1, 1000 do t[i] = i end
for i = 1, 1000 do t["s" .. i] = i end
local n, sum = 0, 0
for k, v in pairs(t) do n = n + 1; sum = sum + v end
print(n, sum)
for i = 1, 1000, 2 do t[i] = nil; t["s" .. i] = nil end
n = 0
for k in pairs(t) do n = n + 1 end
print(n, t[2], t[1], t["s2"], t["s1"])
local h = {}
for i = 1, 500 do h[i * 3.5] = i end
print(h[3.5], h[1750], h[7])
local sparse = {}
sparse[1] = 1; sparse[1000000] = 2; sparse[-5] = 3
print(sparse[1], sparse[1000000], sparse[-5], sparse[2])
local rev = {}
for i = 100, 1, -1 do rev[i] = i end
print(#rev, rev[1], rev[100])
