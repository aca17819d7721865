-- require loads a module from package.path once and caches it in package.loaded.
local name = os.tmpname()
local dir, modname = name:match("^(.*)/([%w_]+)$")
local f = assert(io.open(name .. ".lua", "w"))
f:write("loads = (loads or 0) + 1\nlocal M = {}\nfunction M.hello() return 'hello from module' end\nM.arg = ...\nreturn M\n")
f:close()
package.path = dir .. "/?.lua;" .. package.path
local m = require(modname)
print(m.hello(), m.arg == modname, loads)
local again = require(modname)
print(again == m, loads, package.loaded[modname] == m)
package.loaded[modname] = nil
require(modname)
print(loads)
os.remove(name .. ".lua")
os.remove(name)
local ok, e = pcall(require, "surely_no_such_module_xyz")
print(ok, (e:match("^[^\n]*")))
