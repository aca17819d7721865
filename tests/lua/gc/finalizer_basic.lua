-- __gc on newproxy userdata runs once the object is unreachable.
local ran = {}
local function make(name)
  local p = newproxy(true)
  getmetatable(p).__gc = function(self) ran[#ran + 1] = name end
  return p
end
local kept = make("kept")
local function drop() make("a"); make("b"); make("c") end
drop()
collectgarbage()
collectgarbage()
table.sort(ran)
print(#ran, table.concat(ran, " "))
-- the finalizer receives the object itself
local got
local function mk2()
  local p = newproxy(true)
  getmetatable(p).__gc = function(self) got = type(self) end
end
mk2()
collectgarbage()
print(got)
-- __gc on a table is ignored in 5.1
local tgc = false
local function mk3() setmetatable({}, {__gc = function() tgc = true end}) end
mk3()
collectgarbage()
collectgarbage()
print(tgc)
-- a finalizer runs once even across several collections
local count = 0
local function mk4()
  local p = newproxy(true)
  getmetatable(p).__gc = function() count = count + 1 end
end
mk4()
for i = 1, 3 do collectgarbage() end
print(count)
print(type(kept))
