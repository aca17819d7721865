-- A vararg function whose body never uses ... gets Lua 5.1's local `arg` table
-- ({...; n = count}); lunavm keeps this 5.1 compatibility, LuaJIT does not.
local function f(...) return arg end
local t = f(1, nil, 3)
print(type(t), t.n, t[1], t[2], t[3])
t = f()
print(type(t), t.n, #t)
local function g(a, ...) return a, arg.n, arg[1] end
print(g("fixed", "extra", "more"))
local function h(...)
  arg[1] = "changed"
  return arg[1], arg.n
end
print(h("orig"))
-- each call gets a fresh table
local function fresh(...) return arg end
print(fresh(1) ~= fresh(1))
-- the local shadows a global named arg inside the function only
arg = "global arg"
local function shadow(...) return arg.n end
print(shadow(1, 2), arg)
