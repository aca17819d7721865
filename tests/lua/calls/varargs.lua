-- ... in functions: count, nils, forwarding, adjusting.
local function count(...) return select("#", ...) end
print(count(), count(nil), count(1, nil), count(nil, nil, nil))
local function pass(...) return ... end
print(pass(1, 2, 3))
print(pass())
print((pass(1, 2, 3)))
print(pass(1, 2, 3), "end")
local function first(a, ...) return a, count(...) end
print(first(1, 2, 3), first())
local function pack(...) return {n = select("#", ...), ...} end
local p = pack(nil, "b", nil)
print(p.n, p[1], p[2], p[3])
local function locals(...)
  local a, b, c = ...
  return a, b, c
end
print(locals(1), locals(1, 2, 3, 4))
local function middle(...) return ..., "after" end
print(middle(1, 2, 3))
local function tail(...) return "before", ... end
print(tail(1, 2, 3))
local function varadd(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(varadd(1, 2, 3, 4, 5), varadd())
local many = {}
for i = 1, 200 do many[i] = i end
print(count(unpack(many)), select(200, unpack(many)))
