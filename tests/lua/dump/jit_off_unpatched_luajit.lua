-- ref: luajit
-- string.dump writes the same bytes whatever jit.off/jit.on did to the function's
-- loops and header (LuaJIT writes the counting forms of ILOOP/IFORL/...). LuaJIT-only:
-- lua5.1 has no jit library.
local function foo(...)
  local t = {}
  for i = 1, 100 do t[i] = i end
  local n = 0
  for _, v in ipairs(t) do n = n + v end
  local m = 0
  while m < 100 do m = m + 1 end
  repeat m = m - 1 until m == 0
  local function inner()
    local s = 0
    for i = 1, 10 do s = s + i end
    return s
  end
  return n + inner() + select("#", ...)
end

local d1 = string.dump(foo)
print(foo(1, 2))
print(string.dump(foo) == d1)
jit.off(foo)
print(foo(1, 2))
print(string.dump(foo) == d1)
jit.off(foo, true)
print(string.dump(foo) == d1)
jit.on(foo, true)
print(string.dump(foo) == d1)
jit.off(foo, true)
local g = loadstring(string.dump(foo, true), "=g")
print(g(1, 2, 3))
print(string.dump(g, true) == string.dump(foo, true))
