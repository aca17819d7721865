-- Natives the recorder knows: type (a constant for the value's traced
-- type), setmetatable on a table without one, and natives called in tail
-- position (their result is the frame's).

local names = {}
local vals = { 1, "s", {}, print, true, false, coroutine.create(function() end), 2.5 }
for i = 1, 400 do
  local v = vals[i % 8 + 1]
  local t = type(v)
  names[t] = (names[t] or 0) + 1
end
print("type", names.number, names.string, names.table, names["function"], names.boolean, names.thread)
local n = 0
for i = 1, 300 do if type(i) == "number" and type(nil) == "nil" then n = n + 1 end end
print("type2", n)

-- Constructors that set a metatable, in tail position and not.
local V = {}
V.__index = V
local function new(x, y) return setmetatable({ x = x, y = y }, V) end
function V:add(o) return new(self.x + o.x, self.y + o.y) end
function V:len2() return self.x * self.x + self.y * self.y end
local acc = new(0, 0)
for i = 1, 500 do acc = acc:add(new(i, 1)) end
print("vectors", acc.x, acc.y, acc:len2(), getmetatable(acc) == V)
local objs = {}
for i = 1, 300 do
  local o = {}
  local r = setmetatable(o, V)
  objs[i] = r == o and r or false
end
print("set", #objs, getmetatable(objs[300]) == V, objs[1].add == V.add)

-- A metatable already there, a protected one, and a non-table argument:
-- the interpreter's errors.
local P = { __metatable = "locked" }
local ok, err = pcall(function()
  local r
  for i = 1, 300 do
    local t = {}
    if i == 300 then setmetatable(t, P) end
    r = setmetatable(t, V)
  end
  return r
end)
print("protected", ok, err)
ok, err = pcall(function()
  for i = 1, 300 do setmetatable({}, i < 300 and V or 5) end
end)
print("bad", ok, err)

-- Natives in tail position with math.
local function fl(x) return math.floor(x) end
local function ty(x) return type(x) end
local s = 0
for i = 1, 300 do s = s + fl(i / 3) + #ty(i) end
print("tail", s)
