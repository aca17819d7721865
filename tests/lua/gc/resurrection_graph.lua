-- A finalizer that stores its object resurrects everything the object refers to;
-- weak tables lose the resurrected object's entries only when it finally dies.
local saved
local function make()
  local p = newproxy(true)
  local mt = getmetatable(p)
  local payload = {name = "payload", list = {1, 2, 3}}
  mt.__index = payload
  mt.__gc = function(self) saved = self end
  return p
end
local function drop() make() end
drop()
collectgarbage()
collectgarbage()
print(type(saved), saved.name, #saved.list, saved.list[3])
-- garbage created while the resurrected object lives does not disturb it
local junk = {}
for i = 1, 200 do junk[i % 10 + 1] = {i} end
collectgarbage()
print(saved.name, table.concat(saved.list, ","))
-- the finalizer does not run again when the object dies a second time
saved = nil
collectgarbage()
collectgarbage()
print(saved)
-- a chain: each finalizer keeps the next object alive until it runs
local log = {}
local function chain(n)
  local prev
  for i = 1, n do
    local p = newproxy(true)
    local mt = getmetatable(p)
    mt.__index = {next = prev, id = i}
    mt.__gc = function(self) log[#log + 1] = self.id .. ">" .. (self.next and self.next.id or "-") end
    prev = p
  end
  return prev
end
local head = chain(4)
print(head.id, head.next.id, head.next.next.next.id)
head = nil
collectgarbage()
collectgarbage()
table.sort(log)
print(table.concat(log, " "))
