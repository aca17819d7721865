-- xpcall calls the handler with the error object; its result replaces the message.
print(xpcall(function() return "ok", 2 end, print))
print(xpcall(function() error("boom") end, function(m) return "handled: " .. m end))
print(xpcall(function() error({code = 7}) end, function(e) return e.code end))
print(xpcall(function() local x = nil; return x.y end, function(m) return (string.gsub(m, "^.-:%d+: ", "")) end))
-- the handler runs before unwinding: it can see the error's stack depth
local depth_seen
local function deep(n) if n == 0 then error("bottom") end deep(n - 1) end
print(xpcall(function() deep(5) end, function(m) depth_seen = true; return "caught " .. m end))
print(depth_seen)
-- the handler can return several values but only the first is kept
print(xpcall(error, function() return 1, 2, 3 end))
-- a handler returning nothing yields nil
print(xpcall(error, function() end))
-- error(nil) reaches the handler as nil
print(xpcall(function() error(nil) end, function(e) return type(e) end))
-- nested xpcall
print(xpcall(function()
  local ok, e = xpcall(function() error("inner") end, function(m) return "inner handler: " .. m end)
  error("outer after " .. tostring(ok))
end, function(m) return "outer handler: " .. m end))
-- xpcall passes no extra arguments to f in 5.1
print(xpcall(function(...) return select("#", ...) end, print))
