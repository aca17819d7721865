-- debug.getinfo(f, "L").activelines: the set of lines that hold code of f.
-- As in Lua 5.1, the line of a function's final `end` is listed even when the
-- function ends with an explicit return (LuaJIT leaves it out).
local function lines(f)
  local t = {}
  for l in pairs(debug.getinfo(f, "L").activelines) do t[#t + 1] = l end
  table.sort(t)
  return table.concat(t, " ")
end
local function a(x)
  local y = x * 2

  if y > 3 then
    return y
  end
  -- a comment line
  return 0
end
print(lines(a))
local function empty() end
print(lines(empty))
local function oneline(x) return x end
print(lines(oneline))
local function multi(a,
                     b)
  return a
    + b
end
print(lines(multi))
local function noreturn(t)
  t.x = 1

end
print(lines(noreturn))
-- a loaded chunk's lines are relative to its own source
local f = loadstring("local a = 1\n\nlocal b = 2\nreturn a + b")
print(lines(f))
-- builtins have no active lines
print(debug.getinfo(print, "L").activelines)
-- each value of the table is true
local ok = true
for _, v in pairs(debug.getinfo(a, "L").activelines) do if v ~= true then ok = false end end
print(ok)
