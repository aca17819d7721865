-- An error in a coroutine kills it; resume returns false and the error value.
local co = coroutine.create(function(x)
  coroutine.yield(x)
  error("inside")
end)
print(coroutine.resume(co, "first"))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
local obj = {}
local co2 = coroutine.create(function() error(obj) end)
local ok, e = coroutine.resume(co2)
print(ok, e == obj)
local co3 = coroutine.create(function() local t = nil; return t.x end)
print(coroutine.resume(co3))
-- pcall inside the coroutine catches it, and the coroutine keeps running
local co4 = coroutine.create(function()
  local ok, err = pcall(error, "caught inside")
  coroutine.yield(ok, err)
  return "still alive"
end)
print(coroutine.resume(co4))
print(coroutine.resume(co4))
-- error with level 2 inside a coroutine
local co5 = coroutine.create(function()
  local function check() error("bad call", 2) end
  check()  -- line 26
end)
print(coroutine.resume(co5))
