-- Chunk names given to loadstring appear in error messages: "=name" is used as is,
-- "@name" as a file name, anything else as [string "..."] cut at the first line.
local function err(src, name)
  local f, e = loadstring(src, name)
  if not f then return "compile: " .. e end
  local ok, m = pcall(f)
  return "run: " .. tostring(m)
end
print(err("error('x')", "=plain"))
print(err("error('x')", "@file.lua"))
print(err("error('x')", "short"))
print(err("error('x')", "two\nlines"))
print(err("error('x')", ""))
print(err("error('x')"))
print(err("\n\nerror('line 3')"))
print(err("local a = \n\n ="))
print(err("x = ", "=syntax"))
print(err("x = ", "@syntax.lua"))
print(err("for", "=kw"))
-- the default chunk name is the source itself
print(err("error('default name')"))
print(err("local t = nil; return t.x"))
-- debug.getinfo reports the name
local f = loadstring("return 1", "=named")
print(debug.getinfo(f, "S").source, debug.getinfo(f, "S").short_src)
f = loadstring("return 1", "@some/path.lua")
print(debug.getinfo(f, "S").source, debug.getinfo(f, "S").short_src)
f = loadstring("return 1")
print(debug.getinfo(f, "S").source, debug.getinfo(f, "S").short_src)
-- the chunk name must be a string (numbers are converted)
print(err("error('n')", 42))
