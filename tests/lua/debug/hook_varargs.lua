-- Hooks that run while variable results (of ... or a call) wait above the
-- frame's top must not overwrite them.
local function va(...) return ... end
debug.sethook(function() local x,y,z="W1","W2","W3" end,"",1)
print(va(1,2,3,4,5,6))
local function tv(...) local t = {...} return #t, t[6] end
print(tv(1,2,3,4,5,6))
local function cv(...) return select('#', ...), select(6, ...) end
print(cv(1,2,3,4,5,6))
local function f(...) return ... end
print(f(va(1, 2, 3, 4, 5, 6, 7, 8)))
debug.sethook(function() local x,y,z="W1","W2","W3" end,"l")
local function lv(...)
  return
    ...
end
print(lv(1,2,3,4,5,6))
debug.sethook()
