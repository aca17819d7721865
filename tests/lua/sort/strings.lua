-- table.sort on strings orders them byte by byte; a prefix sorts first.
local words = {"banana", "apple", "Apple", "apricot", "b", "", "ba", "bananas", "Zebra", "zebra", "10", "9", "1", "a b", "a\0b", "a"}
table.sort(words)
for i, w in ipairs(words) do words[i] = "<" .. w:gsub("%z", "\\0") .. ">" end
print(table.concat(words, " "))
-- numbers as strings sort lexically
local nums = {}
for i = 1, 12 do nums[i] = tostring(i * 7) end
table.sort(nums)
print(table.concat(nums, " "))
-- by length, then alphabetically
local byLen = {"ccc", "a", "bb", "aaa", "b", "dd", "c"}
table.sort(byLen, function(x, y)
  if #x ~= #y then return #x < #y end
  return x < y
end)
print(table.concat(byLen, " "))
-- case-insensitive with ties resolved by the original string
local ci = {"b", "A", "a", "B", "c", "C"}
table.sort(ci, function(x, y)
  local lx, ly = x:lower(), y:lower()
  if lx ~= ly then return lx < ly end
  return x < y
end)
print(table.concat(ci, " "))
-- many generated strings
local many = {}
for i = 1, 300 do many[i] = string.char(97 + (i * 7) % 26, 97 + (i * 13) % 26) .. (i % 10) end
table.sort(many)
local ok = true
for i = 2, #many do if many[i - 1] > many[i] then ok = false end end
print(ok, many[1], many[150], many[300])
-- reverse order
table.sort(many, function(x, y) return x > y end)
print(many[1], many[300])
