-- ref: luajit
-- goto is LuaJIT dialect. goto and labels: forward jumps, continue, nested loop exit, backward loops.
local out = {}
for i = 1, 5 do
  if i % 2 == 0 then goto continue end
  out[#out + 1] = i
  ::continue::
end
print(table.concat(out, " "))
out = {}
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then goto done end
    out[#out + 1] = i .. "," .. j
  end
end
::done::
print(table.concat(out, " "))
local n = 0
::again::
n = n + 1
if n < 5 then goto again end
print(n)
do
  goto skip
  print("skipped")
  ::skip::
end
print("after skip")
-- a label at the end of a block may follow local declarations
do
  local x = 1
  if x then goto finish end
  local y = 2
  ::finish::
end
print("finish")
-- while loop with continue
local i, s = 0, 0
while i < 10 do
  i = i + 1
  if i % 3 ~= 0 then goto cont end
  s = s + i
  ::cont::
end
print(s)
-- repeat with continue before until
local r = 0
out = {}
repeat
  r = r + 1
  if r < 3 then goto rcont end
  out[#out + 1] = "r=" .. r
  ::rcont::
until r >= 4
print(table.concat(out, " "))
