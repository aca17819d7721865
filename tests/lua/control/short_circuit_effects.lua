-- and/or evaluate their right operand only when needed, including in conditions
-- and in nested combinations.
local log
local function v(name, val) log[#log + 1] = name; return val end
local function run(label, f)
  log = {}
  local r = f()
  print(label, tostring(r), table.concat(log, ","))
end
run("and ff", function() return v("a", false) and v("b", true) end)
run("and tt", function() return v("a", 1) and v("b", 2) end)
run("or  tf", function() return v("a", "x") or v("b", "y") end)
run("or  nn", function() return v("a", nil) or v("b", nil) end)
run("mix1", function() return v("a", nil) and v("b", 1) or v("c", 2) end)
run("mix2", function() return v("a", 1) and v("b", false) or v("c", nil) end)
run("mix3", function() return v("a", 1) or v("b", 2) and v("c", 3) end)
run("nest", function() return (v("a", nil) or v("b", false)) and v("c", 3) end)
run("not", function() return not v("a", nil) and v("b", "yes") end)
-- in a condition, the jump is taken without computing the value
log = {}
if v("a", false) and v("b", true) then print("taken") else print("skipped", table.concat(log, ",")) end
log = {}
while v("w", nil) or v("x", false) do end
print(table.concat(log, ","))
-- an error in a skipped operand is never raised
local t = nil
print(t and t.field, t == nil or t.field)
print(false and undefined_function(), true or undefined_function())
-- comparisons in chains
local a, b = 3, 5
print(a < b and "lt" or "ge", a > b and "gt" or "le", a == 3 and b == 5)
-- the result is the operand itself, not a boolean
print(nil or false, false or nil, 0 and "", "" or 0)
local tbl = {}
print((nil or tbl) == tbl, (tbl and 7))
-- assignment from a short-circuit expression with calls returning several values
local function multi() return 1, 2 end
local x, y = nil or multi()
print(x, y)
local p, q = multi() and multi()
print(p, q)
