-- ref: luajit
-- The main chunk's lastlinedefined: Lua 5.1 reports 0, LuaJIT (and lunavm) the
-- number of the chunk's last line.
local i = debug.getinfo(1, "S")
print(i.what, i.linedefined, i.lastlinedefined)
local f = loadstring("local a = 1\nlocal b = 2\n\nreturn debug.getinfo(1, 'S').lastlinedefined")
print(f())
f = loadstring("return 1")
local fi = debug.getinfo(f, "S")
print(fi.what, fi.linedefined, fi.lastlinedefined)
-- last line of this file
