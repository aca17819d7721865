-- Statement forms: do blocks, semicolons, local declarations, assignments.
do local x = 1; print(x) end
local a, b, c = 1, 2
print(a, b, c)
local d, e = 1, 2, 3, print("evaluated")
print(d, e)
x, y = 10
print(x, y)
local t = {}
t.a, t["b"], t[1] = "A", "B", "one"
print(t.a, t.b, t[1])
do
  local a = "inner"
  print(a)
end
print(a)
local v = 1; v = v + 1; print(v);
local function noop() end
noop()
do end
while false do end
repeat until true
if true then end
for i = 1, 0 do end
-- a lone ';' is not an empty statement in Lua 5.1 (nor in LuaJIT)
print(loadstring("local x = 1;; x = 2"), loadstring(";") == nil, loadstring("do ; end") == nil)
print(loadstring("local x = 1; x = 2;") ~= nil, loadstring("return;") ~= nil)
