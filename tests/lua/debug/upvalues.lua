-- debug.getupvalue and debug.setupvalue: names in order of first use, shared
-- variables seen through every closure, and builtins' unnamed upvalues.
local a, b, c = "A", "B", "C"
local function f() return c, a end
local function list(fn)
  local out = {}
  local i = 1
  while true do
    local name, value = debug.getupvalue(fn, i)
    if name == nil then break end
    out[#out + 1] = name .. "=" .. tostring(value)
    i = i + 1
  end
  return table.concat(out, " ")
end
print(list(f))
print(debug.getinfo(f, "u").nups)
-- setupvalue changes the variable shared with the enclosing scope and other closures
local function g() return a end
print(debug.setupvalue(f, 2, "new A"))
print(a, g(), f())
-- a closure's upvalues are its own after the enclosing function returns
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter()
c1(); c1()
print(debug.getupvalue(c1, 1))
print(debug.getupvalue(c2, 1))
debug.setupvalue(c2, 1, 100)
print(c1(), c2())
-- out of range indices
print(debug.getupvalue(f, 0), debug.getupvalue(f, 3), debug.setupvalue(f, 3, 1))
-- functions without upvalues, nested closures
print(list(function() return 1 end) == "")
local function outer()
  local x = "x"
  return function() return function() return x end end
end
local mid = outer()
print(list(mid), list(mid()))
-- setting an upvalue to a value of another type
local t = {}
local function usest() return type(t) end
debug.setupvalue(usest, 1, "now a string")
print(usest(), type(t))
print(pcall(debug.getupvalue, "not a function", 1))
