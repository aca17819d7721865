-- debug.setupvalue on an upvalue that is never assigned in Lua (which traces
-- take as a constant) must be seen by code that already runs compiled.
-- (LuaJIT 2.1 keeps running its stale trace here and prints 1000 twice.)
local function step(x) return x + 1 end
local function run(n)
  local s = 0
  for _ = 1, n do s = step(s) end
  return s
end
print(run(1000))
print(debug.setupvalue(run, 1, function(x) return x + 2 end))
print(run(1000))

-- The same for a number constant inside a function trace.
local scale = 3
local function mul(x) return x * scale end
local acc = 0
for i = 1, 500 do acc = acc + mul(i) end
print(acc)
print(debug.setupvalue(mul, 1, 5))
acc = 0
for i = 1, 500 do acc = acc + mul(i) end
print(acc)
