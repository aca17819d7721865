-- Exits from metatable guards: a metatable is added to, removed from or
-- changed on a table the trace reads, writes, adds, compares or measures, at
-- a known iteration. After the exit the metamethods must run (or stop
-- running) exactly from that iteration on.

-- __index added to a table whose missing key the trace reads as nil, then
-- the metatable removed again.
local t = { present = 1 }
local log = {}
local function fallback(_, k) log[#log + 1] = k return 7 end
local sum = 0
for i = 1, 300 do
  if i == 100 then setmetatable(t, { __index = fallback }) end
  if i == 200 then setmetatable(t, nil) end
  sum = sum + (t.missing or 0) + t.present
end
print("__index", sum, #log, log[1], getmetatable(t))

-- The __index field of a metatable changed from a table to a function to
-- another table while the metatable stays.
local mt = { __index = { v = 1 } }
local o = setmetatable({}, mt)
local acc = 0
for i = 1, 300 do
  if i == 100 then mt.__index = function(_, k) return k == "v" and 2 or nil end end
  if i == 200 then mt.__index = { v = 3 } end
  acc = acc + o.v
end
print("__index field", acc)

-- __newindex added while the loop stores new keys, then removed: stores
-- before go into the table, stores during go to the handler.
local store = {}
local diverted = {}
local smt = {}
setmetatable(store, smt)
for i = 1, 300 do
  if i == 120 then smt.__newindex = function(_, k, v) diverted[k] = v end end
  if i == 240 then smt.__newindex = nil end
  store[i] = i * 2
end
local ns, nd = 0, 0
for i = 1, 300 do
  if rawget(store, i) then ns = ns + 1 end
  if diverted[i] then nd = nd + 1 end
end
print("__newindex", ns, nd, store[119], store[120], diverted[120], store[240])

-- __newindex does not run for keys already present: the trace's store to an
-- existing field goes on as before.
local fixed = setmetatable({ x = 0 }, {})
local calls = 0
for i = 1, 300 do
  if i == 150 then getmetatable(fixed).__newindex = function() calls = calls + 1 end end
  fixed.x = fixed.x + 1
  fixed.y = i
end
print("__newindex existing", fixed.x, rawget(fixed, "y"), calls)

-- __add set on a metatable mid-loop: arithmetic that raised an error now
-- calls the handler; then the handler changes.
local V = {}
local a, b = setmetatable({ n = 2 }, V), setmetatable({ n = 5 }, V)
local results, errors = 0, 0
for i = 1, 300 do
  if i == 100 then V.__add = function(x, y) return x.n + y.n end end
  if i == 200 then V.__add = function(x, y) return x.n * y.n end end
  local ok, r = pcall(function() return a + b end)
  if ok then results = results + r else errors = errors + 1 end
end
print("__add", results, errors)

-- A number plus a table whose metatable gains __add: the right operand's
-- handler is used, with the operands in their order.
local R = {}
local rt = setmetatable({ n = 10 }, R)
local seen = 0
for i = 1, 300 do
  if i == 150 then R.__add = function(x, y) return (type(x) == "number" and x or -1) - y.n end end
  if R.__add then seen = seen + (i + rt) end
end
print("__add right", seen)

-- __eq added to the shared metatable of two different tables, then removed.
local E = {}
local p, q = setmetatable({ id = 1 }, E), setmetatable({ id = 1 }, E)
local eq, ne = 0, 0
for i = 1, 300 do
  if i == 100 then E.__eq = function(x, y) return x.id == y.id end end
  if i == 200 then E.__eq = nil end
  if p == q then eq = eq + 1 else ne = ne + 1 end
end
print("__eq", eq, ne)

-- __eq is only called for two tables with the same handler: tables with
-- different metatables stay unequal although both have one.
local E2 = { __eq = function() return true end }
local E3 = { __eq = function() return true end }
local x, y = setmetatable({}, E2), setmetatable({}, E2)
local eqs = 0
for i = 1, 300 do
  if i == 150 then setmetatable(y, E3) end
  if x == y then eqs = eqs + 1 end
end
print("__eq handlers", eqs)

-- __lt and __le added and swapped mid-loop.
local L = {}
local lo, hi = setmetatable({ v = 1 }, L), setmetatable({ v = 2 }, L)
local lts, les, errs = 0, 0, 0
for i = 1, 300 do
  if i == 100 then L.__lt = function(m, n) return m.v < n.v end end
  if i == 200 then L.__le = function(m, n) return m.v >= n.v end end
  local ok = pcall(function()
    if lo < hi then lts = lts + 1 end
    if lo <= hi then les = les + 1 end
  end)
  if not ok then errs = errs + 1 end
end
print("__lt __le", lts, les, errs)

-- __len on a table is not used by Lua 5.1's # (only by userdata): adding it
-- mid-loop changes nothing.
local arr = { 1, 2, 3 }
local lens = 0
for i = 1, 300 do
  if i == 150 then setmetatable(arr, { __len = function() return 100 end }) end
  lens = lens + #arr
end
print("__len", lens)

-- __unm and __concat added mid-loop.
local U = {}
local u = setmetatable({ v = 4 }, U)
local un, cc = 0, ""
for i = 1, 300 do
  if i == 150 then
    U.__unm = function(m) return -m.v end
    U.__concat = function(m, s) return "u" .. s end
  end
  if U.__unm then un = un + -u end
  if i % 100 == 0 and U.__concat then cc = cc .. (u .. i) end
end
print("__unm __concat", un, cc)

-- A metatable replaced by one whose __index is a chain two levels deep.
local base = { deep = 100 }
local mid = setmetatable({}, { __index = base })
local obj = setmetatable({}, { __index = { deep = 1 } })
local d = 0
for i = 1, 300 do
  if i == 150 then setmetatable(obj, { __index = mid }) end
  if i == 250 then base.deep = 1000 end
  d = d + obj.deep
end
print("chain", d)
