-- Lua calls recorded into a trace with fewer arguments than parameters, and
-- calls of vararg functions: the callee must see nil for each missing
-- parameter and the caller's argument count, both while the loop is being
-- recorded and in the compiled trace.

-- A missing parameter reads as nil, not as what an earlier call left there.
local function second(a, b) return b end
local stale = 0
for i = 1, 300 do
  second(i, i)
  if second(i) ~= nil then stale = stale + 1 end
end
print("missing", stale)

local function three(a, b, c) return (a or 0) + (b or 0) + (c or 0) end
local r = {}
for i = 1, 300 do r[i] = 0 end
for i = 1, 300 do r[i] = three(i) + three(i, i) end
local wrong = 0
for i = 1, 300 do if r[i] ~= 3 * i then wrong = wrong + 1 end end
print("fewer", wrong)

local t3 = 0
for i = 1, 300 do t3 = t3 + three(i) + three(i, i) + three(i, i, i, i) end
print("arity", t3)

-- select("#", ...) counts the arguments the caller passed.
local function count(...) return select("#", ...) end
local c = 0
for i = 1, 300 do c = c + count(i, nil, i) end
print("count", c)
local one = 0
for i = 1, 300 do if count(i) == 1 then one = one + 1 end end
print("count one", one)

-- Varargs forwarded and truncated.
local function first(...) local a = ... return a end
local function pass(...) return ... end
local f, p = 0, 0
for i = 1, 300 do
  f = f + first(i, 2, 3)
  local x, y, z = pass(i, nil)
  if x == i and y == nil and z == nil then p = p + 1 end
end
print("varargs", f, p)
