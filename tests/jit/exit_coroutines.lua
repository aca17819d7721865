-- Coroutines and traces: hot loops inside coroutines that yield from the
-- loop body, hot loops that resume coroutines, wrap iterators driving
-- generic for loops, and errors crossing resume. Each coroutine's stack is
-- its own: a trace running in one must leave every other where it was.

-- A producer whose loop yields every value: the loop is hot inside the
-- coroutine, each yield leaves the trace.
local producer = coroutine.create(function(n)
  local acc = 0
  for i = 1, n do
    acc = acc + i
    coroutine.yield(i, acc)
  end
  return "done", acc
end)
local last_i, last_acc, count = nil, nil, 0
while true do
  local ok, a, b = coroutine.resume(producer, 400)
  if not ok then print("producer error", a) break end
  if a == "done" then print("producer", count, last_i, last_acc, b) break end
  count = count + 1
  last_i, last_acc = a, b
end
print("status", coroutine.status(producer), coroutine.resume(producer))

-- A coroutine whose hot loop yields only at known iterations: most of the
-- loop runs compiled, the yields exit from the middle of the trace.
local sparse = coroutine.wrap(function()
  local s, t = 0, {}
  for i = 1, 600 do
    s = s + i * 2
    t[i] = s
    if i % 200 == 0 then coroutine.yield(i, s, #t) end
  end
  return "end", s, t[600]
end)
print("sparse", sparse())
print("sparse", sparse())
print("sparse", sparse())
print("sparse", sparse())

-- A hot loop that resumes several coroutines in turn: each keeps its own
-- locals across the switches.
local function counter(start, step)
  return coroutine.create(function()
    local v = start
    while true do
      v = v + step
      coroutine.yield(v)
    end
  end)
end
local cos = { counter(0, 1), counter(1000, -2), counter(0.5, 0.25) }
local sums = { 0, 0, 0 }
for i = 1, 600 do
  local k = i % 3 + 1
  local _, v = coroutine.resume(cos[k])
  sums[k] = sums[k] + v
end
print("round robin", sums[1], sums[2], sums[3])

-- Wrap iterators in generic for loops: the loop body is hot, the iterator
-- switches coroutines every iteration.
local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step do coroutine.yield(i, i * i) end
  end)
end
local total, squares = 0, 0
for i, sq in range(900, 3) do
  total = total + i
  squares = squares + sq % 1000
end
print("wrap for", total, squares)

-- Nested: a coroutine iterating another coroutine's values in a hot loop.
local function evens(n)
  return coroutine.wrap(function()
    for x in range(n, 1) do if x % 2 == 0 then coroutine.yield(x) end end
  end)
end
local outer = coroutine.wrap(function()
  local s = 0
  for e in evens(600) do
    s = s + e
    if e % 200 == 0 then coroutine.yield(s) end
  end
  return -s
end)
print("nested", outer(), outer(), outer(), outer())

-- The value yielded changes type at a known iteration: the consumer's
-- trace exits on its type guard.
local mixed = coroutine.wrap(function()
  for i = 1, 400 do
    if i == 300 then coroutine.yield("three hundred")
    elseif i == 350 then coroutine.yield(nil)
    else coroutine.yield(i) end
  end
end)
local nsum, strs, nils = 0, 0, 0
for _ = 1, 400 do
  local v = mixed()
  if type(v) == "number" then nsum = nsum + v
  elseif v == nil then nils = nils + 1
  else strs = strs + #v end
end
print("types", nsum, strs, nils)

-- Errors inside a coroutine's hot loop come back through resume; the
-- coroutine is dead afterwards, the caller's loop goes on.
local faulty = coroutine.create(function()
  local t = {}
  for i = 1, 300 do t[i] = i end
  t[250] = nil
  local s = 0
  for i = 1, 300 do
    local v = t[i]
    s = s + v
    if i % 100 == 0 then coroutine.yield(s) end
  end
end)
local results = {}
for _ = 1, 5 do
  local ok, v = coroutine.resume(faulty)
  results[#results + 1] = tostring(ok) .. ":" .. tostring(v)
end
print("faulty", table.concat(results, " "), coroutine.status(faulty))

-- Yield across pcall inside a coroutine is not allowed in 5.1; a wrap whose
-- body errors raises in the caller, with the message.
local bad = coroutine.wrap(function()
  for i = 1, 300 do
    if i == 280 then error("stop at " .. i) end
    coroutine.yield(i)
  end
end)
local got = 0
local ok, err = pcall(function()
  for _ = 1, 300 do got = got + bad() end
end)
print("wrap error", got, ok, err)

-- Upvalues shared between a coroutine and the loop that resumes it.
local shared = 0
local adder = coroutine.wrap(function()
  while true do
    shared = shared + 1
    coroutine.yield()
  end
end)
local outside = 0
for i = 1, 500 do
  adder()
  outside = outside + shared
end
print("shared", shared, outside)

-- A loop compiled on the main thread, then run inside coroutines (another
-- stack, another base) where its guards fail: the exit restores into the
-- coroutine's stack, and the main thread's locals stay as they were.
local function scan(t, n)
  local s, strs = 0, 0
  for i = 1, n do
    local v = t[i]
    if type(v) == "number" then s = s + v else strs = strs + 1 end
  end
  return s, strs
end
local data = {}
for i = 1, 300 do data[i] = i end
local main_s = scan(data, 300)
data[150] = "x"
local co_results = {}
for k = 1, 3 do
  local co = coroutine.create(function(n)
    local a, b = scan(data, n)
    coroutine.yield(a, b)
    data[100 + k] = "y"
    return scan(data, n)
  end)
  local _, a, b = coroutine.resume(co, 300)
  local _, c, d = coroutine.resume(co)
  co_results[k] = a .. "/" .. b .. "/" .. c .. "/" .. d
end
print("cross stack", main_s, table.concat(co_results, " "))

-- The coroutine's stack grows (deep recursion) between entries of a trace
-- compiled inside it: the trace must use the moved stack.
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
local grower = coroutine.wrap(function()
  local acc = 0
  for round = 1, 4 do
    for i = 1, 200 do acc = acc + i % 7 end
    acc = acc + depth(round * 2000)
    coroutine.yield(acc)
  end
  return "end"
end)
print("growing stack", grower(), grower(), grower(), grower(), grower())
