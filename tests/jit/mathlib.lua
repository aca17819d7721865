-- math.abs/floor/ceil/sqrt are recorded as IR, not calls: the loops below get
-- traces with no native call left in them. Values cover negatives, -0, halves,
-- huge numbers, infinities and NaN.

local inputs = { 0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.25, -7.75, 1e15 + 0.5, -1e300,
                 1 / 0, -1 / 0, 3, -3, 1e-310 }

local function show(x)
  if x ~= x then return "nan" end
  if x == 0 and 1 / x < 0 then return "-0" end
  return string.format("%.17g", x)
end

local out = {}
for round = 1, 3 do
  for i = 1, #inputs do
    local x = inputs[i]
    local a, f, c = math.abs(x), math.floor(x), math.ceil(x)
    local s = math.sqrt(a)
    if round == 3 then
      out[#out + 1] = show(a) .. " " .. show(f) .. " " .. show(c) .. " " .. show(s)
    end
  end
end
for _, line in ipairs(out) do print(line) end

-- In a hot numeric loop (a trace of its own), results used and discarded.
local sum = 0
for i = 1, 500 do
  local x = (i - 250) / 7
  sum = sum + math.floor(x) + math.ceil(x) * 2 + math.abs(x) + math.sqrt(i)
  math.floor(x)
end
print("sum", show(sum))

-- The callee is guarded: replacing math.sqrt mid-loop takes the exit.
local sqrt, n = math.sqrt, 0
for i = 1, 300 do
  if i == 150 then math.sqrt = function(v) return -v end end
  n = n + math.sqrt(4)
end
math.sqrt = sqrt
print("replaced", n)

-- Distance computations, as in n-body codes.
local px, py, pz = { 1, 2, 3, 4 }, { 0.5, -1, 2, 0 }, { 3, 3, -3, 1 }
local energy = 0
for step = 1, 200 do
  for i = 1, 3 do
    local dx, dy, dz = px[i] - px[i + 1], py[i] - py[i + 1], pz[i] - pz[i + 1]
    energy = energy + 1 / math.sqrt(dx * dx + dy * dy + dz * dz) * step
  end
end
print("energy", show(energy))

-- The other math functions are library calls or IR, and x ^ y is a call
-- of pow. (min/max of NaNs and signed zeros differ between Lua 5.1 and
-- LuaJIT: tests/jit.rs checks those against the interpreter alone.)
local mins = { 3, -2, 0.5, 7, -4.25, 0 }
local lines = {}
for round = 1, 40 do
  for i = 1, #mins do
    local x, y = mins[i], mins[(i % #mins) + 1]
    local z = mins[((i + 1) % #mins) + 1]
    if round == 40 then
      lines[#lines + 1] = show(math.min(x, y)) .. " " .. show(math.max(x, y)) .. " "
        .. show(math.min(x, y, z)) .. " " .. show(math.max(z, y, x)) .. " "
        .. show(math.min(x)) .. " " .. show(x ^ 2) .. " " .. show(2 ^ x)
    end
  end
end
for _, line in ipairs(lines) do print(line) end
local acc = 0
for i = 1, 400 do
  local x = i / 100
  acc = acc + math.sin(x) + math.cos(x) + math.tan(x / 4) + math.asin(x / 5) + math.acos(x / 5)
    + math.atan(x) + math.exp(x / 10) + math.log(x) + math.log10(x) + math.sinh(x / 10)
    + math.cosh(x / 10) + math.tanh(x) + math.pow(x, 1.5) + math.atan2(x, 2) + math.fmod(i, 7)
    + math.deg(x) + math.rad(x) + x ^ 0.5
end
print("functions", string.format("%.10g", acc))
