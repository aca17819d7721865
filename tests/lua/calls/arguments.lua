-- Missing arguments are nil, extra ones are discarded; arguments are evaluated left to right.
local function f(a, b, c) return a, b, c end
print(f())
print(f(1))
print(f(1, 2, 3, 4, 5))
local order = {}
local function mark(x) order[#order + 1] = x; return x end
f(mark(1), mark(2), mark(3))
print(table.concat(order, " "))
local function count(...) return select("#", ...) end
print(count(f()))
print(count(f(nil)))
local function defaults(x, y)
  x = x or "dx"
  if y == nil then y = "dy" end
  return x, y
end
print(defaults(), defaults(false, false), defaults(1, 2))
local function modify(t, n) t.changed = true; n = n + 1; return n end
local tbl, num = {}, 1
print(modify(tbl, num), tbl.changed, num)
