-- error(msg, level): level 1 (default) is the caller of error, 2 its caller, 0 none.
local function lvl(n) error("at level " .. n, n) end
local function caller(n)
  lvl(n)   -- line 4
end
print(pcall(caller, 1))
print(pcall(caller, 2))
print(pcall(caller, 0))
print(pcall(function() caller(3) end))
print(pcall(function() error("default") end))
print(pcall(function() error("explicit one", 1) end))
-- level 2 in a function called from the main chunk
local function check(x) if type(x) ~= "number" then error("expected number", 2) end return x end
local ok, e = pcall(function()
  return check("x")  -- line 15 (a tail call: the caller's frame is gone)
end)
print(e)
ok, e = pcall(function()
  local r = check("x")  -- line 19
  return r
end)
print(e)
-- a level beyond the stack adds no position
print(pcall(function() error("far", 50) end))
-- non-string messages never get positions
print(pcall(function() error({}, 2) end) == false)
