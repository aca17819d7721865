-- break leaves the innermost loop only.
local out = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j > i then break end
    out[#out + 1] = i .. j
  end
end
print(table.concat(out, " "))
local n = 0
while true do
  n = n + 1
  repeat
    if n % 2 == 0 then break end
    n = n + 10
  until true
  if n > 30 then break end
end
print(n)
for k, v in pairs({a = 1}) do
  break
end
print("after pairs break")
-- break must be the last statement of a block in 5.1 (do break end works anywhere)
for i = 1, 10 do
  do break end
end
print("ok")
local found
for i, v in ipairs({5, 8, 13, 21}) do
  if v % 2 == 0 then found = i; break end
end
print(found)
