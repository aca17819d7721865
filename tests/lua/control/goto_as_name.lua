-- In Lua 5.1 goto is an ordinary name; LuaJIT also accepts it as one.
local goto = 1
print(goto)
goto = goto + 1
print(goto)
local t = {goto = "field"}
print(t.goto, t["goto"])
