-- ref: luajit
-- package.searchpath (LuaJIT 2.1).
print(package.searchpath("package_searchpath", "./?.lua"))
print(package.searchpath("foo", "./?.lua;/nowhere/?.lua"))
print(package.searchpath("a.b.c", "/nowhere/?.x"))
print(package.searchpath("a.b", "/nowhere/?.x", ".", "_"))
print(package.searchpath("a.b", "/nowhere/?.x", ""))
print(pcall(package.searchpath, "x"))
