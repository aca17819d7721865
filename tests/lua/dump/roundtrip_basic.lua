-- string.dump and load give back a function that behaves like the original.
-- The bytes of a dump are implementation-specific and never printed.
local function roundtrip(f)
  local s = string.dump(f)
  assert(type(s) == "string" and #s > 0)
  return assert(loadstring(s))
end
local function add(a, b) return a + b end
print(roundtrip(add)(2, 3))
local function locals_and_loops(n)
  local sum, words = 0, {}
  for i = 1, n do
    sum = sum + i * i
    if i % 2 == 0 then words[#words + 1] = "even" .. i end
  end
  local j = 0
  while j < 3 do j = j + 1 end
  repeat j = j - 1 until j == 0
  return sum, table.concat(words, ","), j
end
print(locals_and_loops(6))
print(roundtrip(locals_and_loops)(6))
-- constants of every kind
local function constants()
  return nil, true, false, 0, -1.5, 1e300, "str", #"with\0zero", "", 2 ^ 53
end
print(roundtrip(constants)())
-- varargs
local function va(...)
  local n = select("#", ...)
  local t = {...}
  return n, t[n], ...
end
print(roundtrip(va)(1, nil, "three"))
-- nested functions are dumped with their parent
local function nested(x)
  local function inner(y) return function(z) return x + y + z end end
  return inner(10)(100)
end
print(nested(1), roundtrip(nested)(1))
-- a dump can be loaded several times, each giving a new function
local s = string.dump(add)
local f1, f2 = loadstring(s), loadstring(s)
print(f1 ~= f2, f1(1, 1), f2(2, 2))
-- load with a reader returning the dump in pieces
local pos = 0
local f3 = load(function()
  if pos >= #s then return nil end
  local piece = s:sub(pos + 1, pos + 7)
  pos = pos + 7
  return piece
end)
print(f3(20, 22))
-- a dumped function runs in the global environment of the loader
local function usesglobal() return type(print), dump_global end
dump_global = "visible"
print(roundtrip(usesglobal)())
-- errors inside a reloaded function still carry line information
local function fails() local t = nil; return t.x end
local ok, e = pcall(roundtrip(fails))
print(ok, (e:gsub("^[^:]*:%d+: ", "")))
