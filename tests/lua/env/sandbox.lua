-- A sandbox: run code with a restricted environment.
local code = [[
  local r = {}
  r[#r + 1] = tostring(print)
  r[#r + 1] = tostring(os)
  r[#r + 1] = safe_add(2, 3)
  newglobal = "stays in sandbox"
  return table.concat(r, ",")
]]
local f = assert(loadstring(code))
local box = {tostring = tostring, table = table, safe_add = function(a, b) return a + b end}
setfenv(f, box)
print(f())
print(box.newglobal, newglobal)
-- strict mode: reading an undefined global raises an error
local strict = setmetatable({}, {__index = function(_, k) error("undefined global " .. k, 2) end})
local g = loadstring("return defined_one, undefined_one")
rawset(strict, "defined_one", 1)
setfenv(g, strict)
print(pcall(g))
-- tracking global writes
local writes = {}
local tracker = setmetatable({}, {__newindex = function(t, k, v) writes[#writes + 1] = k; rawset(t, k, v) end, __index = _G})
local h = loadstring("a = 1; b = 2; a = 3; return a + b")
setfenv(h, tracker)
print(h(), table.concat(writes, " "))
