-- {...} captures all varargs, including trailing ones; select('#') counts nils.
local function f(...)
  local t = {...}
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring(t[i]) end
  return n, table.concat(parts, ",")
end
print(f())
print(f(1, 2, 3))
print(f(nil, 2, nil))
print(f(false))
local function g(...) return {..., "last"} end
local t = g(1, 2, 3)
print(#t, t[1], t[2])
local function h(...) return {"first", ...} end
t = h(1, 2, 3)
print(#t, t[4])
local function main_like(...) local a, b = ... return a, b end
print(main_like("x"))
