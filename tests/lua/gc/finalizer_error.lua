-- An error raised by a __gc finalizer propagates out of the collectgarbage() call
-- that ran it (Lua 5.1 behaviour), and the object is not finalized again.
local calls = 0
local holder
local function make(msg)
  local p = newproxy(true)
  getmetatable(p).__gc = function() calls = calls + 1; error(msg, 0) end
  holder = p
end
make("finalizer failed")
holder = nil
local ok, e = pcall(collectgarbage)
print(ok, e, calls)
ok, e = pcall(collectgarbage)
print(ok, e, calls)
-- an error value that is not a string
local function make2()
  local p = newproxy(true)
  getmetatable(p).__gc = function() error({code = 42}) end
  holder = p
end
make2()
holder = nil
ok, e = pcall(collectgarbage)
print(ok, type(e), e.code)
-- a finalizer that does not fail leaves collectgarbage's result alone
local function make3()
  local p = newproxy(true)
  getmetatable(p).__gc = function() calls = calls + 100 end
  holder = p
end
make3()
holder = nil
print(pcall(collectgarbage))
print(calls)
