-- In a multiple assignment, every expression on both sides is evaluated before any
-- variable is assigned; calls on the right run left to right.
local log = {}
local function v(tag, val) log[#log + 1] = tag; return val end
local a, b, c = v("1", 1), v("2", 2), v("3", 3)
print(a, b, c, table.concat(log, " "))
-- table and key expressions on the left use the values from before the assignment
local t = {}
local i = 1
i, t[i] = 2, "at old i"
print(i, t[1], t[2])
local u = {x = {}}
local holder = u.x
u.x, u.x.field = "replaced", "set on the old table"
print(u.x, holder.field)
-- swapping through table fields and locals
local p = {1, 2, 3}
p[1], p[2], p[3] = p[3], p[1], p[2]
print(p[1], p[2], p[3])
local x, y = 1, 2
x, y = y, x
print(x, y)
-- a function call in the middle gives one value, at the end all its values
local function three() return "r1", "r2", "r3" end
local m1, m2, m3, m4 = three(), three()
print(m1, m2, m3, m4)
-- assignments through __newindex happen after all values are computed
log = {}
local proxy = setmetatable({}, {__newindex = function(_, k, val) log[#log + 1] = k .. "=" .. tostring(val) end})
proxy.a, proxy.b = v("eval1", 1), v("eval2", 2)
local evals, sets = {}, {}
for _, e in ipairs(log) do
  if e:find("=") then sets[#sets + 1] = e else evals[#evals + 1] = e end
end
table.sort(sets)
print(table.concat(evals, " "), table.concat(sets, " "), log[1], log[2])
-- extra values are evaluated even though they are dropped
log = {}
local only = v("kept", "k"), v("dropped", "d")
print(only, table.concat(log, " "))
