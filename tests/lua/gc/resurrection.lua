-- A finalizer can store its object somewhere; the object lives on and is not finalized twice.
local runs = 0
local function make()
  local p = newproxy(true)
  local mt = getmetatable(p)
  mt.__gc = function(self) runs = runs + 1; resurrected = self end
  mt.__index = function(_, k) return "field " .. k end
end
make()
collectgarbage()
collectgarbage()
print(runs, type(resurrected))
-- the resurrected object still works, metatable included
print(resurrected.x)
resurrected = nil
collectgarbage()
collectgarbage()
print(runs)
