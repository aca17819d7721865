-- Upvalues are closed when a loop body is left by break, return or a normal end,
-- at any depth of nesting.
local fs = {}
for i = 1, 5 do
  local x = i
  fs[#fs + 1] = function() return x end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[2](), fs[3]())
-- break from an inner loop closes only the inner iteration's locals
fs = {}
for i = 1, 3 do
  local outer = i
  for j = 1, 3 do
    local inner = i * 10 + j
    fs[#fs + 1] = function() outer = outer + 100; return outer, inner end
    if j == 2 then break end
  end
end
print(#fs)
for k = 1, #fs do print(fs[k]()) end
-- return from inside nested loops
local function find(n)
  for i = 1, 10 do
    local a = i
    while true do
      local b = a * 2
      if b >= n then return function() return a, b end end
      break
    end
  end
end
print(find(7)())
-- repeat and while loops
fs = {}
local k = 0
while k < 3 do
  k = k + 1
  local w = k
  fs[k] = function() w = w + 1; return w end
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
fs = {}
k = 0
repeat
  k = k + 1
  local r = k * k
  fs[k] = function() return r end
until k == 4
print(fs[1](), fs[2](), fs[3](), fs[4]())
-- a loop variable captured and modified by its closure does not affect the loop
local seen = {}
for i = 1, 3 do
  local f = function() i = i + 10; return i end
  seen[#seen + 1] = f() .. "/" .. i
end
print(table.concat(seen, " "))
-- generic for: each iteration's variables are fresh
fs = {}
for key, val in ipairs({"a", "b", "c"}) do
  fs[key] = function() return key .. val end
end
print(fs[1](), fs[2](), fs[3]())
