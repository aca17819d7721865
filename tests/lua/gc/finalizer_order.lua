-- Finalizers of objects collected in the same cycle run in reverse order of
-- creation (of their marking for finalization, which newproxy does at creation).
-- Each batch is held by one table until it is released, so that under GC stress
-- all of its objects still die in the same cycle.
local order = {}
local function make(tag)
  local p = newproxy(true)
  getmetatable(p).__gc = function() order[#order + 1] = tag end
  return p
end
local function batch(n, prefix)
  local hold = {}
  for i = 1, n do hold[i] = make(prefix .. i) end
  return hold
end
local held = batch(5, "a")
held = nil
collectgarbage()
collectgarbage()
print(table.concat(order, " "))
-- objects sharing one metatable (newproxy(p) copies the metatable of p)
order = {}
local function shared()
  local base = newproxy(true)
  getmetatable(base).__gc = function(self) order[#order + 1] = "shared" end
  local hold = {base}
  for i = 1, 3 do hold[#hold + 1] = newproxy(base) end
  return hold
end
held = shared()
held = nil
collectgarbage()
collectgarbage()
print(table.concat(order, " "))
-- finalizers of objects that reference each other
order = {}
local function cycle()
  local x, y = make("x"), make("y")
  local t = {x, y}
  getmetatable(x).__index = t
  getmetatable(y).__index = t
  return t
end
held = cycle()
held = nil
collectgarbage()
collectgarbage()
print(table.concat(order, " "))
-- objects released at different times are finalized by the collection that frees them
order = {}
local keep1 = make("later")
held = batch(2, "now")
held = nil
collectgarbage()
collectgarbage()
print(table.concat(order, " "))
keep1 = nil
collectgarbage()
collectgarbage()
print(table.concat(order, " "))
