-- In repeat ... until, the condition sees the locals of the body, and a closure
-- made in the body is closed correctly whether or not the loop repeats.
local i = 0
repeat
  local done = i >= 3
  i = i + 1
until done
print(i)
local fs = {}
local n = 0
repeat
  n = n + 1
  local captured = n
  fs[n] = function() return captured end
until captured == 3 and fs[captured]() == 3
print(#fs, fs[1](), fs[2](), fs[3]())
-- the condition can call a closure that captured the body's local
local log = {}
local j = 0
repeat
  local v = j
  local check = function() log[#log + 1] = v; return v >= 2 end
  j = j + 1
until check()
print(table.concat(log, ","))
-- a local declared in the body shadows an outer one in the condition
local x = "outer"
local rounds = 0
repeat
  local x = rounds
  rounds = rounds + 1
until x == 1
print(x, rounds)
-- break inside repeat with a captured local
local g
repeat
  local y = "in body"
  g = function() return y end
  break
until false
print(g())
-- nested repeats
local out = {}
local a = 0
repeat
  a = a + 1
  local b = 0
  repeat
    b = b + 1
    local pair = a .. b
    out[#out + 1] = pair
  until pair == a .. "2"
until a == 2
print(table.concat(out, " "))
