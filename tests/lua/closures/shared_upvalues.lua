-- Closures created in the same scope share the same variable.
local function pair()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  local function inc() v = v + 1 end
  return get, set, inc
end
local get, set, inc = pair()
set(10); inc(); inc()
print(get())
local get2, set2 = pair()
set2(99)
print(get(), get2())
-- the enclosing function also sees the changes
local x = 1
local function bump() x = x + 1 end
bump(); bump()
print(x)
-- a variable captured after the closure was created, then changed
local late = "before"
local function read() return late end
late = "after"
print(read())
