-- setfenv on a function changes the table its globals resolve in.
local function f() return x, print end
local env = {x = "from env"}
print(setfenv(f, env) == f)
print(f())
print(getfenv(f) == env, getfenv(print) == _G)
x = "global x"
local g = function() return x end
print(g())
setfenv(g, setmetatable({}, {__index = _G}))
print(g())
x = "changed"
print(g())
-- assignments go to the new environment
local h = function() y_new = 1; return y_new end
local henv = {}
setfenv(h, henv)
print(h(), henv.y_new, rawget(_G, "y_new"))
-- nested functions created after setfenv inherit the environment
local maker = function() return function() return z end end
setfenv(maker, {z = "inherited"})
print(maker()())
-- closures created before keep their own environment
local inner = maker()
setfenv(maker, {z = "new"})
print(inner(), maker()())
print(pcall(setfenv, f, 1))
