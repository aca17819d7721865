-- Write barriers in traces: stores of GC values into tables and upvalues are
-- followed by the barrier check the interpreter does (a black container is
-- re-greyed or the value marked). lunavm's collector runs whole cycles at its
-- check points today, so no container is black while a trace runs and the
-- barrier's slow path stays cold; this program checks that the stores, the
-- checks and the collections in between keep every value intact.

local N = 64
local keep = {}
for i = 1, N do keep[i] = false end
local named = { a = false, b = false }

local function make_box()
  local box = false
  return function(v) box = v end, function() return box end
end
local set, get = make_box()

local ok = 0
for round = 1, 150 do
  local fresh = {}
  for i = 1, N do fresh[i] = "s" .. round .. ":" .. i end
  local fa, fb = "a" .. round, "b" .. round
  collectgarbage("step", 1)
  -- The moves (hot loops, compiled): array slots, hash slots, an upvalue.
  for i = 1, N do
    keep[i] = fresh[i]
    fresh[i] = false
    named.a, named.b = fa, fb
    set(keep[i])
  end
  fresh, fa, fb = nil, nil, nil
  collectgarbage("step", 1)
  collectgarbage("step", 1)
  for i = 1, N do
    if keep[i] == "s" .. round .. ":" .. i then ok = ok + 1 end
  end
  if named.a == "a" .. round and named.b == "b" .. round then ok = ok + 1 end
  if get() == "s" .. round .. ":" .. N then ok = ok + 1 end
end
collectgarbage()
print("intact", ok)
print("last", keep[1], keep[N], named.a, named.b, get())
