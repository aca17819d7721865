-- while loops, including ones that never run and ones with break.
local i, s = 1, 0
while i <= 10 do s = s + i; i = i + 1 end
print(s, i)
while false do print("never") end
local n = 0
while true do n = n + 1; if n >= 5 then break end end
print(n)
local a, b = 48, 18
while b ~= 0 do a, b = b, a % b end
print(a)
local outer = 0
local x = 0
while outer < 3 do
  outer = outer + 1
  local inner = 0
  while inner < 3 do inner = inner + 1; x = x + 1 end
end
print(outer, x)
local t = {3, 1, 4, 1, 5}
local idx = 1
while t[idx] do idx = idx + 1 end
print(idx)
