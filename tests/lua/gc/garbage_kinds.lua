-- Loops that make garbage of every kind while some objects stay reachable; the
-- survivors keep their contents. (Allocation is kept moderate for GC stress runs.)
local survivors = {}
local function work(round)
  local s = ""
  for i = 1, 20 do s = s .. string.char(97 + (i + round) % 26) end
  local t = {}
  for i = 1, 10 do t[i] = {i, tostring(i)} end
  local f = function(x) return x + round end
  local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1); return b * 2 end)
  local y = co(round)
  local z = co(y)
  local u = newproxy(false)
  if round % 10 == 0 then
    survivors[#survivors + 1] = {s = s, t = t, f = f, z = z, u = u}
  end
  return #s + #t + f(0) + z
end
local total = 0
for round = 1, 100 do total = total + work(round) end
print(total, #survivors)
collectgarbage()
local ok = true
for i, sv in ipairs(survivors) do
  local round = i * 10
  if #sv.s ~= 20 or sv.t[10][2] ~= "10" or sv.f(1) ~= round + 1 or sv.z ~= (round + 1) * 2 or type(sv.u) ~= "userdata" then
    ok = false
  end
end
print(ok, survivors[3].s, survivors[10].z)
-- string building with intermediate garbage
local parts = {}
for i = 1, 200 do
  local piece = ("%03d"):format(i)
  parts[#parts + 1] = piece:reverse():upper()
end
local joined = table.concat(parts)
print(#joined, joined:sub(1, 9), joined:sub(-6))
-- tables that grow and shrink
local grow = {}
for i = 1, 1000 do grow[i] = i end
for i = 1000, 11, -1 do grow[i] = nil end
collectgarbage()
local sum = 0
for _, v in ipairs(grow) do sum = sum + v end
print(#grow, sum)
-- a cyclic structure dropped and collected
local function ring(n)
  local first = {id = 1}
  local cur = first
  for i = 2, n do cur.next = {id = i}; cur = cur.next end
  cur.next = first
  return first
end
local r = ring(50)
print(r.next.next.id, r.next.id)
local weak = setmetatable({r}, {__mode = "v"})
r = nil
collectgarbage()
print(weak[1])
