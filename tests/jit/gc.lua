-- Loops that allocate: tables, strings and closures are created while traces
-- run, so collections happen with trace-held values live (run this one under
-- LUNAVM_GC_STRESS=1 as well).

local keep = {}
for i = 1, 300 do
  keep[i] = {i, tostring(i), {v = i}}
end
local s = 0
for i = 1, 300 do
  local e = keep[i]
  s = s + e[1] + #e[2] + e[3].v
end
print("tables", s)

-- Garbage produced and dropped every iteration.
local live = 0
for i = 1, 400 do
  local tmp = {i, i + 1, i + 2}
  local str = "s" .. i .. "-" .. (i * 2)
  live = live + tmp[3] + #str
end
print("garbage", live)

-- Closures created in a loop, called later.
local fs = {}
for i = 1, 300 do
  local box = {i}
  fs[i] = function() return box[1] * 2 end
end
collectgarbage()
local cs = 0
for i = 1, 300 do cs = cs + fs[i]() end
print("closures", cs)

-- Weak tables: entries whose keys die are removed by a full collection.
local weak = setmetatable({}, {__mode = "k"})
local anchors = {}
for i = 1, 300 do
  local k = {}
  weak[k] = i
  if i % 3 == 0 then anchors[#anchors + 1] = k end
end
collectgarbage()
collectgarbage()
local wn = 0
for _, v in pairs(weak) do wn = wn + 1 end
print("weak", wn, #anchors)

-- A string built up inside a loop.
local buf = {}
for i = 1, 300 do buf[#buf + 1] = string.char(65 + i % 26) end
local str = table.concat(buf)
local acc = ""
for i = 1, 200 do acc = acc .. str:sub(i, i) end
print("concat", #acc, acc:sub(1, 30))

-- Explicit collections inside a hot loop.
local held = {}
for i = 1, 300 do
  held[i % 10 + 1] = {i}
  if i % 60 == 0 then collectgarbage() end
end
local hs = 0
for i = 1, 10 do hs = hs + held[i][1] end
print("collect", hs)
