-- debug.getinfo(level, "n"): the name and kind of name under which the running
-- function was called, as seen from the calling instruction.
local function who()
  local i = debug.getinfo(2, "n")
  return tostring(i.name) .. "/" .. tostring(i.namewhat)
end
local function probe() local r = who(); return r end
function global_probe() local r = who(); return r end
local t = {field = probe}
function t:method() local r = who(); return r end
local r
r = probe(); print(r)
r = global_probe(); print(r)
r = t.field(); print(r)
r = t:method(); print(r)
local function uses_upvalue() local x = probe(); return x end
r = uses_upvalue(); print(r)
-- a function value without a name
r = (function() local x = who(); return x end)(); print(r)
-- called through pcall: no name
print(select(2, pcall(probe)))
-- the main chunk and a builtin
local m = debug.getinfo(1, "n")
print(m.name, m.namewhat)
-- keys that are not identifiers
local k = {}
k["with space"] = probe
r = k["with space"](); print(r)
