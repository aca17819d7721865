-- Each loop iteration has a fresh local, so closures capture different variables.
local fs = {}
for i = 1, 3 do fs[#fs + 1] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
fs = {}
for _, v in ipairs({"a", "b", "c"}) do fs[#fs + 1] = function() return v end end
print(fs[1](), fs[2](), fs[3]())
fs = {}
local j = 1
while j <= 3 do
  local k = j * 10
  fs[#fs + 1] = function() k = k + 1; return k end
  j = j + 1
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
fs = {}
local n = 0
repeat
  n = n + 1
  local m = n
  fs[n] = function() return m end
until m >= 3
print(fs[1](), fs[2](), fs[3]())
-- but a variable declared outside the loop is shared
fs = {}
local shared = 0
for i = 1, 3 do shared = i; fs[i] = function() return shared end end
print(fs[1](), fs[2](), fs[3]())
-- modifying the loop variable inside the body only affects that iteration's copy
fs = {}
for i = 1, 3 do
  local f = function() i = i * 100; return i end
  fs[#fs + 1] = f
end
print(fs[1](), fs[1](), fs[2]())
-- break closes the upvalue of the current iteration
fs = {}
for i = 1, 10 do
  fs[#fs + 1] = function() return i end
  if i == 2 then break end
end
print(#fs, fs[1](), fs[2]())
