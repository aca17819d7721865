-- reference: lua5.1
local dir = os.tmpname()
os.remove(dir)
os.execute("mkdir -p " .. dir .. "/sub")
local function write(path, text)
  local f = assert(io.open(dir .. "/" .. path, "w"))
  f:write(text)
  f:close()
end
package.path = dir .. "/?.lua;" .. dir .. "/?/init.lua"
package.cpath = dir .. "/?.so"
write("alpha.lua", "local name = ... ; return { name = name, n = 1 }")
write("beta.lua", "BETA_LOADED = (BETA_LOADED or 0) + 1")
write("sub/gamma.lua", "return 'gamma:' .. ...")
write("sub/init.lua", "return 'sub init'")
write("bad.lua", "return +")
write("fails.lua", "error('fails at load')")
write("loop1.lua", "local m = require('loop2') return m")
write("loop2.lua", "local m = require('loop1') return m")
write("nilret.lua", "return nil")
write("falseret.lua", "return false")
write("setsloaded.lua", "package.loaded[...] = 'set by module'")
write("native.so", "not really a library")
write("mod1.lua", "module(...)\nfunction hello() return 'hello from ' .. _NAME end\nvalue = 42")
write("mod2.lua", "module('a.b.c', package.seeall)\nfunction f() return type(print) end")
write("mod3.lua", "local type = type\nmodule('mod3')\nfunction g() return print, type(_M) end")
-- require
local alpha = require("alpha")
eq({4, "alpha", 1, true, true}, alpha.name, alpha.n, require("alpha") == alpha, package.loaded.alpha == alpha)
eq({3, true, true, 1}, require("beta"), require("beta"), BETA_LOADED)
eq({2, "gamma:sub.gamma", "sub init"}, require("sub.gamma"), require("sub"))
eq({2, true, true}, require("nilret"), package.loaded.nilret)
eq({2, false, false}, require("falseret"), package.loaded.falseret)
eq({1, "set by module"}, require("setsloaded"))
eq({1, 1}, require(123 == 123 and "alpha").n)
eq({2, false, "module 'nosuch' not found:\010\009no field package.preload['nosuch']\010\009no file 'NAME/nosuch.lua'\010\009no file 'NAME/nosuch/init.lua'\010\009no file 'NAME/nosuch.so'"}, strip(dir, pcall(require, "nosuch")))
eq({2, false, "module 'nosuch.deep' not found:\010\009no field package.preload['nosuch.deep']\010\009no file 'NAME/nosuch/deep.lua'\010\009no file 'NAME/nosuch/deep/init.lua'\010\009no file 'NAME/nosuch/deep.so'\010\009no file 'NAME/nosuch.so'"}, strip(dir, pcall(require, "nosuch.deep")))
eq({2, false, "error loading module 'bad' from file 'NAME/bad.lua':\010\009NAME/bad.lua:1: unexpected symbol near '+'"}, strip(dir, pcall(require, "bad")))
eq({2, false, "NAME/fails.lua:1: fails at load"}, strip(dir, pcall(require, "fails")))
eq({2, false, "loop or previous error loading module 'fails'"}, strip(dir, pcall(require, "fails")))
eq({2, false, "NAME/loop2.lua:1: loop or previous error loading module 'loop1'"}, strip(dir, pcall(require, "loop1")))
eq({2, false, "bad argument #1 to '?' (string expected, got no value)"}, pcall(require))
eq({1, true}, pcall(function() local r = require("nosuch") return r end) == false)
-- preload
package.preload.pre = function(name) return { from = "preload", name = name } end
eq({2, "preload", "pre"}, require("pre").from, require("pre").name)
package.preload.pre2 = function() return nil end
eq({1, true}, require("pre2"))
-- loaded holds the standard libraries
eq({4, true, true, true, true}, package.loaded.string == string, package.loaded._G == _G, package.loaded.table == table, package.loaded.math == math)
eq({4, true, true, true, true}, package.loaded.io == io, package.loaded.os == os, package.loaded.coroutine == coroutine, package.loaded.package == package)
eq({2, true, true}, require("string") == string, require("_G") == _G)
-- loaders
eq({3, 4, "function", "string"}, #package.loaders, type(package.loaders[1]), type(package.config))
eq({1, "\010\009no field package.preload['nothing']"}, package.loaders[1]("nothing"))
eq({1, "\010\009no file 'NAME/nothing.lua'\010\009no file 'NAME/nothing/init.lua'"}, strip(dir, package.loaders[2]("nothing")))
eq({1, "\010\009no file 'NAME/nothing.so'"}, strip(dir, package.loaders[3]("nothing")))
eq({0}, package.loaders[4]("nothing"))
eq({1, "\010\009no file 'NAME/no.so'"}, strip(dir, package.loaders[4]("no.thing")))
eq({1, "function"}, type(package.loaders[2]("alpha")))
local saved = package.loaders
package.loaders = nil
eq({2, false, "'package.loaders' must be a table"}, pcall(require, "x_no_loaders"))
package.loaders = { function() return "\n\tcustom says no" end, function(n) return function() return n .. "!" end end }
eq({1, "custom!"}, require("custom"))
package.loaders = { function() return 42 end }
eq({2, false, "module 'custom2' not found:42"}, pcall(require, "custom2"))
package.loaders = saved
package.path = 5
eq({2, false, "module 'x_bad_path' not found:\010\009no field package.preload['x_bad_path']\010\009no file '5'\010\009no file 'NAME/x_bad_path.so'"}, strip(dir, pcall(require, "x_bad_path")))
package.path = dir .. "/?.lua"
-- loadlib and native modules (PUC Lua loads them; lunavm cannot)
if IS_LUNAVM then
  local ok, e = pcall(require, "native")
  assert(not ok and e == "module 'native' not found:\n\tno field package.preload['native']\n\tno file '" .. dir ..
    "/native.lua'\n\tno module 'native' in file '" .. dir ..
    "/native.so' (native modules are not supported)", e)
  ok, e = pcall(require, "native.sub")
  assert(not ok and e:find("no module 'native.sub' in file '" .. dir .. "/native.so' (native modules are not supported)", 1, true), e)
  local r1, r2, r3 = package.loadlib("/no/lib.so", "luaopen_x")
  assert(r1 == nil and r2 == "dynamic libraries not enabled; check your Lua installation" and r3 == "absent")
end
eq({2, false, "bad argument #2 to '?' (string expected, got no value)"}, pcall(package.loadlib, "a"))
-- module
local m1 = require("mod1")
eq({6, "hello from mod1", 42, "mod1", true, "", true}, m1.hello(), m1.value, m1._NAME, m1._M == m1, m1._PACKAGE, mod1 == m1)
local m2 = require("mod2")
eq({6, true, "function", "a.b.c", "a.b.", true, true}, m2, a.b.c.f(), a.b.c._NAME, a.b.c._PACKAGE, a.b.c._M == a.b.c, package.loaded["a.b.c"] == a.b.c)
local m3 = require("mod3")
eq({3, TYPE"table", nil, "table"}, m3, mod3.g())
eq({2, false, "'module' not called from a Lua function"}, pcall(module, "x"))
x_conflict = 5
eq({2, false, "package_require.lua:93: name conflict for module 'x_conflict.y'"}, pcall(function() module("x_conflict.y") end))
eq({2, false, "package_require.lua:94: bad argument #1 to 'module' (string expected, got no value)"}, pcall(function() module() end))
local env_before = getfenv(1)
local function inner() module("inner_mod", function(m) m.option_ran = true end) return _NAME, option_ran end
eq({2, "inner_mod", true}, inner())
eq({3, true, true, true}, getfenv(1) == env_before, inner_mod.option_ran, getfenv(inner) == inner_mod)
-- seeall
local t = {}
package.seeall(t)
eq({2, true, true}, t.print == print, getmetatable(t).__index == _G)
local t2 = setmetatable({}, { __call = 1 })
package.seeall(t2)
eq({2, 1, true}, getmetatable(t2).__call, getmetatable(t2).__index == _G)
eq({2, false, "bad argument #1 to '?' (table expected, got number)"}, pcall(package.seeall, 1))
os.execute("rm -rf " .. dir)
