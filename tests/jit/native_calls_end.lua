-- A trace that meets a call of a native function it cannot record
-- (string.format, string.find, table.concat, ...) ends there and leaves the
-- call to the interpreter, also from inside inlined functions; the values
-- written back before the call must be exactly the interpreter's.

-- Enough work before the call for a trace that leaves to pay for itself.
local function mix(x)
  local a = x * 2 + 1
  local b = a % 5 + x % 3
  local c = a * b - x
  local d = c % 11 + b * 2
  local e = d - a % 7
  return e + c % 13 - b
end

local function work(i, t)
  local a = i * 3 + 1
  local b = a % 7
  local c = (a + b) / 2
  t[#t + 1] = c
  local d = t[#t] - b
  local e = d * d - a
  return a, b, c, d, e
end

local function report(i, t)
  local a, b, c, d, e = work(i, t)
  local x = a + b + c + d + e + mix(a) + mix(b)
  x = x + a + 2 * a + 3 * a
  -- the call the recorder cannot make, two frames down
  local s = string.format("%d:%.3f:%.3f", i, x, e)
  return s
end

local out = {}
local t = {}
for i = 1, 300 do
  local s = report(i, t)
  if i % 50 == 0 then out[#out + 1] = s end
end
print(table.concat(out, " "))

-- At the trace's own level, with locals that change type across the call.
local acc, last = 0, nil
for i = 1, 300 do
  local v = i % 3 == 0 and "s" .. i or i
  acc = acc + (type(v) == "number" and v or #v)
  acc = acc + i % 4 + i % 5 + mix(i) + mix(acc % 17)
  last = string.find("abc" .. i, "c" .. (i % 10), 1, true)
  acc = acc + (last or 0)
end
print(acc, last)

-- The native raises an error: the message and the state are the interpreter's.
local ok, msg = pcall(function()
  local n = 0
  for i = 1, 300 do
    n = n + i
    n = n + i % 3 + i % 7 + mix(i) + mix(n % 19)
    if i == 280 then
      local r = string.rep("x", -1, {})
      return r
    end
    string.format("%d", n)
  end
  return n
end)
print(ok, msg)
