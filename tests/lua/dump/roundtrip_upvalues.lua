-- A dumped closure comes back with fresh upvalues that hold nil.
local captured = "captured value"
local function reader() return captured end
local g = assert(loadstring(string.dump(reader)))
print(reader(), g())
local counter = 10
local function inc() counter = (counter or 0) + 1; return counter end
local h = assert(loadstring(string.dump(inc)))
print(inc(), h(), h(), counter)
-- the reloaded function's upvalues are its own, separate from each other load
local h2 = assert(loadstring(string.dump(inc)))
print(h2(), h(), counter)
-- they can be set through the debug library
local k = assert(loadstring(string.dump(reader)))
print(debug.getupvalue(k, 1))
debug.setupvalue(k, 1, "set by debug")
print(k(), reader())
-- upvalue names survive the dump
local a, b = 1, 2
local function two() return a + b end
local two2 = assert(loadstring(string.dump(two)))
print(debug.getupvalue(two2, 1), debug.getupvalue(two2, 2))
-- closures made by a reloaded function capture its locals as usual
local function maker()
  local n = 0
  return function() n = n + 1; return n end
end
local m2 = assert(loadstring(string.dump(maker)))
local c1, c2 = m2(), m2()
print(c1(), c1(), c2())
-- builtins cannot be dumped
print(pcall(string.dump, print))
print(pcall(string.dump, "not a function"))
