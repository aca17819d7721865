-- Module-style code: a table of functions built with an environment.
local M = {}
local function define(body)
  local f = assert(loadstring(body))
  setfenv(f, setmetatable(M, {__index = _G}))
  f()
end
define([[
  local counter = 0
  function inc() counter = counter + 1; return counter end
  function name() return "module M" end
  VERSION = 1
]])
print(M.inc(), M.inc(), M.name(), M.VERSION)
print(rawget(_G, "inc"), rawget(_G, "VERSION"))
