-- Building, reading and shrinking sequences; ipairs stops at the first nil.
local t = {}
for i = 1, 5 do t[#t + 1] = i * 10 end
print(#t, t[1], t[5])
local n = 0
for i, v in ipairs(t) do n = n + i * v end
print(n)
t[3] = nil
local seen = {}
for i, v in ipairs(t) do seen[#seen + 1] = i .. "=" .. v end
print(table.concat(seen, " "))
local u = {1, 2, 3}
u[#u] = nil
u[#u] = nil
print(#u, u[1])
local v = {"a", "b", "c"}
local c = 0
for _ in ipairs(v) do c = c + 1 end
print(c)
for i, x in ipairs({}) do print("never") end
print(select("#", ipairs(v)))
local f, s, i0 = ipairs(v)
print(type(f), s == v, i0)
print(f(v, 0))
print(f(v, 3))
