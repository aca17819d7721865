-- # of sequences (no holes) built in different ways.
local function fwd(n) local t = {}; for i = 1, n do t[i] = i end; return t end
local function bwd(n) local t = {}; for i = n, 1, -1 do t[i] = i end; return t end
local function ins(n) local t = {}; for i = 1, n do table.insert(t, i) end; return t end
local function front(n) local t = {}; for i = 1, n do table.insert(t, 1, i) end; return t end
local function ctor(n) return loadstring("return {" .. string.rep("0,", n) .. "}")() end
local function hashfirst(n)
  local t = {x = 1, y = 2}
  for i = 1, n do t[i] = i end
  return t
end
local function odd_even(n)
  local t = {}
  for i = 1, n, 2 do t[i] = i end
  for i = 2, n, 2 do t[i] = i end
  return t
end
for _, n in ipairs({0, 1, 2, 3, 7, 8, 9, 31, 64, 100}) do
  print(n, #fwd(n), #bwd(n), #ins(n), #front(n), #ctor(n), #hashfirst(n), #odd_even(n))
end
-- shrinking from the end keeps a sequence
local t = fwd(50)
for i = 50, 21, -1 do t[i] = nil end
print(#t)
for i = 20, 1, -1 do table.remove(t) end
print(#t, next(t))
-- growing again after emptying
for i = 1, 5 do t[#t + 1] = i * i end
print(#t, t[5])
-- a sequence built with string-number keys is not a sequence of numbers
local s = {}
for i = 1, 5 do s[tostring(i)] = i end
print(#s)
-- float keys with integer values are the same as integers
local f = {}
for i = 1, 5 do f[i + 0.0] = i end
f[6.0] = 6
print(#f, f[6])
-- # of strings
print(#"", #"abc", #"\0\0", #("x"):rep(1000))
