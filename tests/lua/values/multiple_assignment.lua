-- Multiple assignment evaluates all expressions before assigning.
local a, b = 1, 2
a, b = b, a
print(a, b)
local x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
local t = {10, 20, 30}
t[1], t[3] = t[3], t[1]
print(t[1], t[2], t[3])
local i = 1
i, t[i] = i + 1, "changed"
print(i, t[1], t[2])
local p, q = 1
print(p, q)
local r, s = 1, 2, 3
print(r, s)
local function two() return "a", "b" end
local m, n, o = two()
print(m, n, o)
m, n, o = two(), "c"
print(m, n, o)
m, n, o = "x", two()
print(m, n, o)
local u = {}
u.a, u.b, u.a = 1, 2, 3
print(u.b)
