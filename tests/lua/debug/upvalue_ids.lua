-- ref: luajit
-- LuaJIT 2.1's debug.upvalueid and debug.upvaluejoin.
local f = function() local a, b = 1, 2 return function() return a + b end end
local g, h = f(), f()
print(debug.upvalueid(g, 1) == debug.upvalueid(h, 1),
      debug.upvalueid(g, 1) == debug.upvalueid(g, 1),
      type(debug.upvalueid(g, 1)))
debug.upvaluejoin(g, 1, h, 2)
print(g())
print(debug.upvalueid(g, 1) == debug.upvalueid(h, 2))
print(pcall(debug.upvalueid, g, 3))
print(pcall(debug.upvalueid, g, 0))
print(pcall(debug.upvaluejoin, g, 5, h, 1))
print(pcall(debug.upvaluejoin, print, 1, h, 1))
print(pcall(debug.upvaluejoin, g, 1, print, 1))
-- A joined upvalue is shared for writes too.
local function counter() local n = 0 return function() n = n + 1 return n end end
local c1, c2 = counter(), counter()
c1(); c1()
debug.upvaluejoin(c2, 1, c1, 1)
print(c2(), c1())
