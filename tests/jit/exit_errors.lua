-- Errors raised inside traces: a loop runs compiled until a value makes an
-- operation fail at a known iteration. The error must carry the
-- interpreter's message and line, and everything the loop wrote before it
-- (upvalues, table elements) must be there when pcall returns.

local function try(label, f, ...)
  local ok, err = pcall(f, ...)
  print(label, ok, err)
end

-- Arithmetic on nil read from a table (the type guard exits, the
-- interpreter raises).
local nums = {}
for i = 1, 300 do nums[i] = i end
nums[200] = nil
local acc = 0
try("arith nil", function()
  for i = 1, 300 do local v = nums[i] acc = acc + v end
end)
print("  acc", acc)

-- Arithmetic on a local that became nil, and on a boolean.
local progress = 0
try("arith local", function()
  local x = 1
  for i = 1, 300 do
    if i == 250 then x = nil end
    progress = progress + x
  end
end)
print("  progress", progress)
try("arith bool", function()
  local v = 0
  for i = 1, 300 do
    local b = i < 280 and i or true
    v = v + b
  end
end)

-- Indexing nil: a table element that is missing, then a field of nil.
local objs = {}
for i = 1, 300 do objs[i] = { x = i } end
objs[230] = nil
local seen = 0
try("index nil", function()
  for i = 1, 300 do local o = objs[i] seen = seen + o.x end
end)
print("  seen", seen)
local cfg = { a = { b = { c = 1 } } }
local depth = 0
try("index chain", function()
  for i = 1, 300 do
    if i == 180 then cfg.a.b = nil end
    depth = depth + cfg.a.b.c
  end
end)
print("  depth", depth)
try("index number", function()
  local t = objs
  for i = 1, 300 do
    if i == 111 then t = 5 end
    seen = t[1].x
  end
end)

-- Calling something that is not a function.
local fns = {}
for i = 1, 300 do fns[i] = function(x) return x + 1 end end
fns[190] = 42
local calls = 0
try("call number", function()
  for i = 1, 300 do local f = fns[i] calls = f(calls) end
end)
print("  calls", calls)
local handler = function() return 1 end
try("call nil", function()
  local n = 0
  for i = 1, 300 do
    if i == 260 then handler = nil end
    n = n + handler()
  end
end)
local obj = { m = function(self, a) return a end }
try("call method", function()
  local s = 0
  for i = 1, 300 do
    if i == 170 then obj.m = "not a function" end
    s = s + obj:m(i)
  end
end)

-- error() in an inlined function, with a message at level 1 and 2, a table
-- and a number as error values, and an error two calls deep.
local function check(i) if i == 222 then error("bad value " .. i) end return i end
local function caller(i) if i == 233 then error("caller " .. i, 2) end return i end
local total = 0
try("error level 1", function()
  for i = 1, 300 do total = total + check(i) end
end)
print("  total", total)
try("error level 2", function()
  for i = 1, 300 do total = total + caller(i) end
end)
local ok, e = pcall(function()
  for i = 1, 300 do
    if i == 210 then error({ code = i }) end
    total = total - 1
  end
end)
print("error table", ok, type(e), e.code, total)
ok, e = pcall(function()
  for i = 1, 300 do if i == 199 then error(i * 2) end end
end)
print("error number", ok, e, type(e))
local function deep3(i) if i == 244 then local t = nil return t.field end return i end
local function deep2(i) return deep3(i) + 1 end
local function deep1(i) return deep2(i) * 2 end
local sum = 0
try("deep", function()
  for i = 1, 300 do sum = sum + deep1(i) end
end)
print("  sum", sum)

-- Comparison and concatenation errors.
local mixed = {}
for i = 1, 300 do mixed[i] = i end
mixed[260] = "260"
local below = 0
try("compare", function()
  for i = 1, 300 do if mixed[i] < 1000 then below = below + 1 end end
end)
print("  below", below)
local parts = {}
for i = 1, 300 do parts[i] = "p" end
parts[150] = {}
local str = ""
try("concat", function()
  for i = 1, 300 do local p = parts[i] str = p .. i end
end)
print("  str", str)

-- A for loop limit that is not a number, met by a traced outer loop.
local limits = {}
for i = 1, 300 do limits[i] = 2 end
limits[120] = "3"
limits[240] = "x"
local inner = 0
try("for limit", function()
  for i = 1, 300 do
    for j = 1, limits[i] do inner = inner + j end
  end
end)
print("  inner", inner)

-- Errors from library functions called in the trace.
local args = {}
for i = 1, 300 do args[i] = -i end
args[205] = "abc"
local floors = 0
try("native", function()
  for i = 1, 300 do floors = floors + math.floor(args[i]) end
end)
print("  floors", floors)

-- An error raised by an __index handler inside the trace.
local strict = setmetatable({}, { __index = function(_, k) error("no field " .. k, 2) end })
for i = 1, 100 do rawset(strict, "f" .. i, i) end
local got = 0
try("__index error", function()
  for i = 1, 300 do got = got + strict["f" .. (i <= 150 and i % 100 + 1 or i)] end
end)
print("  got", got)

-- pcall inside the hot loop: errors caught every few iterations, the loop
-- goes on, and the trace keeps running between them.
local caught, good = {}, 0
for i = 1, 300 do
  local ok2, v = pcall(check, i % 250 == 222 and 222 or i)
  if ok2 then good = good + v else caught[#caught + 1] = v end
end
print("pcall in loop", good, #caught, caught[1])

-- The VM goes on after all this.
local fine = 0
for i = 1, 300 do fine = fine + nums[i % 100 + 1] end
print("after", fine)
