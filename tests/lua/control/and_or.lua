-- and/or return one of their operands and evaluate the right one only when needed.
local log = {}
local function v(x) log[#log + 1] = tostring(x); return x end
print(v(1) and v(2), v(nil) and v(3), v(false) or v(4), v(5) or v(6))
print(table.concat(log, " "))
log = {}
print(v(nil) or v(false), v(false) and v(nil), v(0) and v(""))
print(table.concat(log, " "))
-- a common idiom and its pitfall with false
local function pick(c, a, b) return c and a or b end
print(pick(true, "a", "b"), pick(false, "a", "b"), pick(true, false, "b"))
-- nested
print(1 and 2 and 3, nil or false or 0, (nil and 1) or (2 and nil) or "last")
local x = nil
local y = x and x.field or "default"
print(y)
-- in conditions
local n = 0
if v(nil) or v(true) then n = n + 1 end
while v(false) and v(true) do end
print(n)
