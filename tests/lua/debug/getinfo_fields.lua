-- debug.getinfo on Lua functions, the main chunk and builtins: where they were
-- defined, their kind, their source and their number of upvalues.
local function show(i)
  print(i.what, i.source, i.short_src, i.linedefined, i.lastlinedefined, i.nups, i.currentline)
end
local up1, up2 = 1, 2
local function f(a, b)
  return up1 + up2
end
show(debug.getinfo(f))
show(debug.getinfo(f, "S"))
-- (the main chunk's lastlinedefined and a builtin's nups differ between the
-- references: see getinfo_main_luajit.lua)
local pi = debug.getinfo(print)
print(pi.what, pi.source, pi.short_src, pi.linedefined, pi.lastlinedefined, pi.currentline)
local mi = debug.getinfo(1)
print(mi.what, mi.source, mi.short_src, mi.linedefined, mi.nups, mi.currentline)
local function g()
  local i = debug.getinfo(1, "Sl")
  return i.currentline, i.linedefined, i.lastlinedefined, i.what
end
print(g())
-- a one-line function
local function one() return debug.getinfo(1, "l").currentline end
print(one(), debug.getinfo(one, "S").linedefined, debug.getinfo(one, "S").lastlinedefined)
-- level 2 is the caller
local function caller_line() return debug.getinfo(2, "l").currentline end
print(caller_line())
-- loadstring chunks: source is the string, short_src is its shortened form
local chunk = loadstring("local i = debug.getinfo(1, 'S'); return i", "=custom name")
local ci = chunk()
print(ci.what, ci.source, ci.short_src, ci.linedefined)
chunk = loadstring("local x = 1\nlocal i = debug.getinfo(1, 'Sl')\nreturn i")
ci = chunk()
print(ci.what, ci.source, ci.short_src, ci.currentline)
-- the func field and options selecting fields
local fi = debug.getinfo(f, "f")
print(fi.func == f, fi.source, fi.what)
local ui = debug.getinfo(f, "u")
print(ui.nups, ui.source)
-- out of range levels give nil; bad options are an error
print(debug.getinfo(100), debug.getinfo(100, "l"))
print(pcall(debug.getinfo, f, ">"))
print(pcall(debug.getinfo, "x"))
