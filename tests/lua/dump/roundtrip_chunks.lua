-- Dumping whole chunks made by loadstring, and functions that use coroutines,
-- metatables and string methods, gives the same results after reloading.
local chunk = assert(loadstring([[
  local args = {...}
  local out = {}
  for i, v in ipairs(args) do out[i] = v:upper() end
  return table.concat(out, "-"), select("#", ...)
]], "=chunk"))
local again = assert(loadstring(string.dump(chunk)))
print(chunk("a", "b"))
print(again("a", "b"))
-- the chunk name is kept for error messages and debug information
local bad = assert(loadstring("local x\nerror('failing line 2')", "=named chunk"))
local bad2 = assert(loadstring(string.dump(bad)))
print(pcall(bad))
print(pcall(bad2))
print(debug.getinfo(bad2, "S").source)
-- coroutines inside a reloaded function
local function gen(n)
  local co = coroutine.wrap(function() for i = 1, n do coroutine.yield(i * i) end end)
  local t = {}
  for v in co do t[#t + 1] = v end
  return table.concat(t, " ")
end
print(assert(loadstring(string.dump(gen)))(5))
-- metatables and methods
local function objects()
  local mt = {__index = function(t, k) return k .. "?" end, __add = function(a, b) return "sum" end}
  local o = setmetatable({}, mt)
  return o.foo, o + o, ("abc"):rep(2), ("%d-%s"):format(7, "x")
end
print(assert(loadstring(string.dump(objects)))())
-- recursion through a local function declared inside
local function fib_outer(n)
  local function fib(k) if k < 2 then return k end return fib(k - 1) + fib(k - 2) end
  return fib(n)
end
print(assert(loadstring(string.dump(fib_outer)))(15))
-- a dump of a dump's function is equivalent too
local twice = assert(loadstring(string.dump(assert(loadstring(string.dump(fib_outer))))))
print(twice(10))
-- many constants and a long body
local src = {"local t = {}"}
for i = 1, 120 do src[#src + 1] = ("t[%d] = 'k%d' .. %d"):format(i, i, i * 3) end
src[#src + 1] = "return #t, t[1], t[120]"
local long = assert(loadstring(table.concat(src, "\n")))
print(assert(loadstring(string.dump(long)))())
