-- Sorting records by fields, with __lt on objects, and with booleans as keys.
local people = {
  {name = "ann", age = 31}, {name = "bob", age = 25}, {name = "cid", age = 31},
  {name = "dee", age = 19}, {name = "eve", age = 25}, {name = "fay", age = 40},
}
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age < b.age end
  return a.name < b.name
end)
local out = {}
for i, p in ipairs(people) do out[i] = p.name .. p.age end
print(table.concat(out, " "))
-- objects ordered by __lt
local mt = {__lt = function(a, b) return a.key < b.key end}
local objs = {}
for i, k in ipairs({5, 3, 9, 1, 7, 2, 8}) do objs[i] = setmetatable({key = k}, mt) end
table.sort(objs)
out = {}
for i, o in ipairs(objs) do out[i] = o.key end
print(table.concat(out, " "))
-- a comparator over booleans: false before true, then by value
local flags = {{true, 3}, {false, 2}, {true, 1}, {false, 4}}
table.sort(flags, function(a, b)
  if a[1] ~= b[1] then return not a[1] end
  return a[2] < b[2]
end)
out = {}
for i, f in ipairs(flags) do out[i] = tostring(f[1]) .. f[2] end
print(table.concat(out, " "))
-- sorting indices by the values they point at
local vals = {30, 10, 50, 20, 40}
local idx = {1, 2, 3, 4, 5}
table.sort(idx, function(a, b) return vals[a] < vals[b] end)
print(table.concat(idx, " "))
-- the comparator must be a function or nil
print(pcall(table.sort, {3, 1, 2}, nil))
print((pcall(table.sort, {3, 1, 2}, {})))
print((pcall(table.sort, {3, 1, 2}, 42)))
