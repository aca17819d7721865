-- debug.traceback: only the message line is compared (the traceback lines that
-- follow are formatted slightly differently by each implementation).
local function first(s) return (s:match("^[^\n]*")) end
print(first(debug.traceback()))
print(first(debug.traceback("message")))
print(first(debug.traceback("multi\nline", 1)))
print(first(debug.traceback("lvl", 2)))
-- the second line starts the traceback
local tb = debug.traceback("msg")
print(tb:match("^msg\nstack traceback:\n") ~= nil)
-- a message that is neither a string nor a number is returned unchanged
local t = {}
print(debug.traceback(t) == t, debug.traceback(true), first(debug.traceback(12)))
-- as an xpcall handler
print(xpcall(function() error("boom") end, function(m) return first(debug.traceback(m)) end))
print(xpcall(function() error("no position", 0) end, function(m) return first(debug.traceback(m, 2)) end))
-- for a coroutine
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(first(debug.traceback(co)), first(debug.traceback(co, "in coroutine")))
print(debug.traceback(co, "co msg"):match("^co msg\nstack traceback:\n") ~= nil)
