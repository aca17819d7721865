-- ref: luajit
-- When a vararg function's body uses ..., `arg` is not a compatibility local:
-- lunavm follows LuaJIT and resolves it as the global (5.1 has a nil local there).
arg = "the global"
local function f(...) local n = select("#", ...); return arg, n end
print(f(1, 2, 3))
local function g(...) return arg, ... end
print(g("a", "b"))
