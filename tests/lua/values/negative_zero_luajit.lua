-- ref: luajit
-- -0 keeps its sign through constant folding. Lua 5.1 merges the constants 0 and -0
-- (they are equal table keys), so a folded 1 / -0 gives inf there; lunavm follows
-- LuaJIT and IEEE 754, giving -inf whether folded or computed.
local zero, one = 0, 1
print(1 / -0, 1 / (-zero), 1 / (0 * -1), 1 / (zero * -one))
print(1 / (0 / -1), 1 / (zero / -one))
print(-0 == 0, 1 / -0 == 1 / (-zero))
local t = {}
t[-0] = "minus zero key"
print(t[0])
print(math.abs(-0) == 0, 1 / math.abs(-zero))
