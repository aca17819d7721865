-- Scoping of local declarations: a new local is visible only after its statement,
-- shadows outer variables, and ends with its block.
x = "global"
local x = x .. " copied into a local"
print(x)
do
  local x = x .. " again"
  print(x)
end
print(x)
-- `local a = a` reads the outer a
local a = 1
do local a = a + 1; print(a) end
print(a)
-- multiple locals: the right side sees none of the new ones
local p, q = 10, 20
do
  local p, q = q, p
  print(p, q)
end
print(p, q)
-- redeclaring in the same block: the new one hides the old
local r = "first"
local getfirst = function() return r end
local r = "second"
print(r, getfirst())
-- local function can recurse; local f = function cannot see itself
local function fact(n) return n <= 1 and 1 or n * fact(n - 1) end
print(fact(6))
fact2 = "global fact2"
local fact2 = function() return fact2 end
print(fact2())
-- loop variables shadow outer locals and disappear after the loop
local i = "outer i"
for i = 1, 2 do local i = i * 100; io.write(i, " ") end
print(i)
for i, v in ipairs({"a"}) do io.write(i, v, " ") end
print(i)
-- function parameters shadow upvalues
local v = "upvalue"
local function param(v) return v end
print(param("param"), param(), v)
-- a block-local is nil outside even if a global of that name exists
y = "global y"
do local y = "local y" end
print(y)
-- locals are not globals
do local onlylocal = 1 end
print(onlylocal, rawget(_G, "x"))
