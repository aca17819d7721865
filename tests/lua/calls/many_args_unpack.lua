-- Calls with hundreds of arguments and results spread with unpack.
local function count(...) return select("#", ...) end
local function last(...) local n = select("#", ...); return (select(n, ...)) end
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + select(i, ...) end
  return s
end
local big = {}
for i = 1, 250 do big[i] = i end
print(count(unpack(big)), last(unpack(big)), sum(unpack(big)))
-- arguments before and after the spread: only the last expression expands
print(count(0, unpack(big)), count(unpack(big), 0), last(unpack(big), "tail"))
-- a Lua function with many fixed parameters receives the first ones
local function firsts(a, b, c) return a, b, c end
print(firsts(unpack(big)))
-- results of a function returning many values, re-packed
local function spread() return unpack(big) end
local packed = {spread()}
print(#packed, packed[1], packed[125], packed[250])
-- nested spreading keeps the order
local function twice(...) return count(..., ...) end
print(twice(unpack(big, 1, 10)))
local function both(...) local t = {...}; return count(unpack(t)), count(unpack(t, 2)) end
print(both(unpack(big, 1, 240)))
-- many results through a tail call
local function tailspread(n) return unpack(big, 1, n) end
print(count(tailspread(200)), last(tailspread(200)))
-- a builtin receiving many arguments
print(math.max(unpack(big)), math.min(unpack(big)))
print(#string.char(unpack(big, 32, 250)))
local s = table.concat({tostring(unpack(big))}, ",")
print(s)
