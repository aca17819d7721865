-- ref: luajit
-- Bytes after the end of a dumped function are rejected (LuaJIT's rule; Lua 5.1
-- ignores them). Messages differ between implementations: only their presence is printed.
local function sample(x) return x * 2 end
local s = string.dump(sample)
local f, e = loadstring(s .. "garbage")
print(type(f), type(e))
f, e = loadstring(s .. s)
print(type(f), type(e))
f = assert(loadstring(s))
print(f(21))
