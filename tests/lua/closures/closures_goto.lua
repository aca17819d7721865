-- ref: luajit
-- goto is LuaJIT dialect. A local inside a loop written with goto is a fresh
-- variable on each pass.
local fs = {}
local i = 1
::top::
do
  local x = i
  fs[#fs + 1] = function() return x end
end
i = i + 1
if i <= 3 then goto top end
print(fs[1](), fs[2](), fs[3]())
-- continue pattern with captured locals
local gs = {}
for k = 1, 5 do
  local v = k * k
  if k % 2 == 0 then goto continue end
  gs[#gs + 1] = function() return v end
  ::continue::
end
print(#gs, gs[1](), gs[2](), gs[3]())
-- a backward goto closes the upvalue of the previous pass
local hs = {}
local n = 0
::again::
local y = n
hs[#hs + 1] = function() y = y + 100; return y end
n = n + 1
if n < 3 then goto again end
print(hs[1](), hs[2](), hs[3](), hs[1]())
