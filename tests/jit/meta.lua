-- Tables with metatables in traces: fields found in the object itself, methods
-- found through chains of __index tables (each metatable and each __index
-- guarded), stores into existing fields of objects with metatables, and the
-- exits taken when a metatable or an __index table changes.

local Base = {}
Base.__index = Base
function Base.new(x) return setmetatable({ x = x, hits = 0 }, Base) end
function Base:get() return self.x end
function Base:bump() self.hits = self.hits + 1 end

local Mid = setmetatable({}, { __index = Base })
Mid.__index = Mid
function Mid.new(x) return setmetatable(Base.new(x), Mid) end
function Mid:double() return self:get() * 2 end

local Leaf = setmetatable({}, { __index = Mid })
Leaf.__index = Leaf
function Leaf.new(x) return setmetatable(Mid.new(x), Leaf) end

local objs = { Base.new(1), Mid.new(2), Leaf.new(3) }
local total = 0
for i = 1, 600 do
  local o = objs[i % 3 + 1]
  total = total + o:get()
  o:bump()
  if o.double then total = total + o:double() end
end
print("methods", total, objs[1].hits, objs[2].hits, objs[3].hits)

-- A method redefined half way (the __index table's field changes).
local leaf = Leaf.new(5)
local sum = 0
for i = 1, 400 do
  if i == 200 then function Mid:double() return self:get() * 3 end end
  sum = sum + leaf:double()
end
print("redefined", sum)

-- A metatable swapped on an object half way.
local other = setmetatable({}, { __index = function(_, k) return 100 end })
local o = Base.new(7)
local acc = 0
for i = 1, 300 do
  if i == 150 then setmetatable(o, getmetatable(other)) end
  acc = acc + (o.missing or 1)
end
print("swapped", acc)

-- Array slots of an object with a metatable, stores and reads.
local vec = setmetatable({ 1, 2, 3, 4 }, { __index = function() return 0 end })
for i = 1, 400 do
  local j = i % 4 + 1
  vec[j] = vec[j] + i
end
print("vec", vec[1], vec[2], vec[3], vec[4], vec[9])

-- Equality of tables: the same table, different tables without __eq, and
-- __eq added to the metatable while the loop runs.
local Cls = {}
Cls.__index = Cls
local objs = {}
for i = 1, 10 do objs[i] = setmetatable({ id = i }, Cls) end
local same, diff = 0, 0
for i = 1, 400 do
  local a, b = objs[i % 10 + 1], objs[(i * 3) % 10 + 1]
  if a == b then same = same + 1 else diff = diff + 1 end
  if i == 300 then Cls.__eq = function(x, y) return x.id % 2 == y.id % 2 end end
end
print("eq", same, diff)
local plain = {}
local c = 0
for i = 1, 300 do if plain ~= objs[1] and plain == plain then c = c + 1 end end
print("eq plain", c)

-- New keys on objects with a metatable (no __newindex), then with one.
local Obj = {}
Obj.__index = Obj
local log = {}
local made = {}
for i = 1, 400 do
  local o = setmetatable({}, Obj)
  o.a = i
  o[i % 3 + 10] = i
  if i == 350 then Obj.__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end end
  made[i] = o
end
print("newkeys", made[1].a, made[400].a, made[400][11], #log, log[1], log[2])
