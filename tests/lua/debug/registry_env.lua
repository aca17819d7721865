-- debug.getregistry, debug.getfenv and debug.setfenv.
local reg = debug.getregistry()
print(type(reg), reg == debug.getregistry())
-- the registry is an ordinary table
reg.corpus_test_key = "stored"
print(debug.getregistry().corpus_test_key)
reg.corpus_test_key = nil
-- getfenv/setfenv for functions
local function f() return x_in_env end
local env = {x_in_env = "from env"}
print(debug.setfenv(f, env) == f, f(), debug.getfenv(f) == env)
-- userdata have environments that are tables
local u = newproxy()
print(type(debug.getfenv(u)))
local uenv = {}
print(debug.setfenv(u, uenv) == u, debug.getfenv(u) == uenv)
-- threads
local co = coroutine.create(function() return y_in_env end)
print(debug.getfenv(co) == _G)
debug.setfenv(co, {y_in_env = "thread env"})
print(type(debug.getfenv(co)))
-- non-table environments are rejected
print(pcall(debug.setfenv, f, 1))
-- values without an environment give nil
print(debug.getfenv(1), debug.getfenv("s"), debug.getfenv(nil))
-- getfenv of a builtin
print(debug.getfenv(print) == _G)
