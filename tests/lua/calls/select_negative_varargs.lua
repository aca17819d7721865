-- select with negative indices counts from the end of the varargs.
local function tail(n, ...) return select(-n, ...) end
print(tail(1, "a", "b", "c"))
print(tail(2, "a", "b", "c"))
print(tail(3, "a", "b", "c"))
print(select("#", tail(2, "a", "b", "c")))
-- trailing nils count as values
print(select(-1, 1, 2, nil))
print(select("#", select(-2, 1, nil, nil)))
-- the last n values of a long list
local list = {}
for i = 1, 100 do list[i] = i end
print(select(-3, unpack(list)))
print(select(-100, unpack(list)) == 1, select("#", select(-100, unpack(list))))
-- negative out of range is an error
print(pcall(select, -4, 1, 2, 3))
print(pcall(select, -1))
-- iterating backwards with negative indices
local function reversed(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = (select(-i, ...)) end
  return table.concat(out, " ")
end
print(reversed(1, 2, 3, 4, 5))
-- select("#") and positive indices beyond the end
print(select(10, 1, 2), select("#", select(10, 1, 2)))
-- non-integer indices are truncated
print(select(-1.5, "x", "y"))
print(select("-1", "x", "y"))
