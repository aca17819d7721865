-- ref: luajit
-- goto is LuaJIT dialect. Label visibility: nested blocks and functions each have their own labels.
local function f()
  goto l
  do return "wrong" end
  ::l::
  return "inner label"
end
print(f())
-- same label name in different functions and blocks
do ::a:: end
do ::a:: end
local function g() ::a:: return "g" end
print(g())
-- goto out of nested blocks
local r
do
  do
    do goto out end
  end
end
::out::
r = "out"
print(r)
-- goto cannot cross a function boundary
print(loadstring("::top:: local function h() goto top end"))
-- jumping into the scope of a local is an error, but jumping to a label at the block end is fine
print(loadstring("do goto e; local x = 1; ::e:: end") ~= nil)
print(loadstring("do goto e; local x = 1; ::e:: print(x) end"))
-- goto into an enclosing label from a nested loop
local count = 0
for i = 1, 3 do
  ::retry::
  count = count + 1
  if count == 2 then goto retry end
end
print(count)
-- goto is not a reserved word when used as a name
local goto_t = {goto = 1}
print(goto_t.goto)
