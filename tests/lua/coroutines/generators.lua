-- Generators built with coroutine.wrap drive generic for loops.
local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end
local t = {}
for i in range(10, 3) do t[#t + 1] = i end
print(table.concat(t, " "))
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local perms = {}
for p in coroutine.wrap(function() permgen({1, 2, 3}) end) do perms[#perms + 1] = table.concat(p) end
table.sort(perms)
print(#perms, table.concat(perms, " "))
-- a tree walker
local tree = {v = 4, l = {v = 2, l = {v = 1}, r = {v = 3}}, r = {v = 6, l = {v = 5}}}
local function walk(node)
  if node then walk(node.l); coroutine.yield(node.v); walk(node.r) end
end
local out = {}
for v in coroutine.wrap(function() walk(tree) end) do out[#out + 1] = v end
print(table.concat(out, " "))
-- producer / consumer with two values per yield
local function pairs_gen()
  return coroutine.wrap(function()
    for i = 1, 3 do coroutine.yield(i, i * i) end
  end)
end
for k, v in pairs_gen() do print(k, v) end
-- many live generators at once
local gens = {}
for i = 1, 50 do gens[i] = range(3) end
local total = 0
for round = 1, 3 do for i = 1, 50 do total = total + gens[i]() end end
print(total)
