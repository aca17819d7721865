-- Loading a truncated dump, or one with a damaged header, fails with nil plus a
-- message and never crashes. Messages differ between implementations: only their
-- presence is printed. (LuaJIT does not check truncated bytecode, so lua5.1 is the
-- oracle here.)
local function sample(a, ...)
  local t = {a, ...}
  local function inner(x) return x .. "!" end
  return #t, inner("const"), 1.5
end
local s = string.dump(sample)
local rejected, other = 0, {}
for n = 1, #s - 1 do
  local f, e = loadstring(s:sub(1, n))
  if f == nil and type(e) == "string" then rejected = rejected + 1 else other[#other + 1] = n end
end
print(rejected == #s - 1, #other)
-- the same through load with a reader that stops early
local cut = math.floor(#s / 2)
local given = false
local f, e = load(function() if given then return nil end given = true; return s:sub(1, cut) end)
print(type(f), type(e))
-- damaged signature bytes
for i = 1, 4 do
  local damaged = s:sub(1, i - 1) .. string.char((s:byte(i) + 1) % 256) .. s:sub(i + 1)
  local g, m = loadstring(damaged)
  print(i, type(g), type(m))
end
-- the intact dump still loads and runs
print(assert(loadstring(s))(1, 2, 3))
