-- ref: luajit
-- A numeric for loop starts exactly at its initial value. Lua 5.1 subtracts the step
-- before the loop and adds it back, which loses the initial value when the step is
-- huge; LuaJIT (and lunavm) do not.
local out = {}
for i = 1, math.huge, 2 ^ 60 do
  out[#out + 1] = i
  if #out == 3 then break end
end
print(table.concat(out, " "))
out = {}
for i = 0.1, 1e30, 1e20 do
  out[#out + 1] = i
  if #out == 2 then break end
end
print(table.concat(out, " "))
out = {}
for i = -1, -math.huge, -2 ^ 62 do
  out[#out + 1] = i
  if #out == 2 then break end
end
print(table.concat(out, " "))
