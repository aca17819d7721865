-- __index and __newindex on the table of globals: undefined globals and new
-- global assignments go through the metatable. _G's metatable is restored at the end.
local log = {}
local store = {}
setmetatable(_G, {
  __index = function(t, k) log[#log + 1] = "get " .. k; return store[k] end,
  __newindex = function(t, k, v) log[#log + 1] = "set " .. k; store[k] = v end,
})
print(undefined_name)
brand_new = 42
print(brand_new, rawget(_G, "brand_new"), store.brand_new)
brand_new = 43
print(store.brand_new)
-- existing globals are not affected
print(type(print), #log)
rawset(_G, "direct", "raw")
direct = "assigned"
print(direct, store.direct)
print(table.concat(log, ", "))
-- strict mode: reading an undeclared global is an error
setmetatable(_G, {
  __index = function(_, k) error("undeclared global '" .. tostring(k) .. "'", 2) end,
  __newindex = function(t, k, v) rawset(t, k, v) end,
})
print(pcall(function() return not_declared end))
declared_later = 1
print(declared_later)
declared_later = nil
-- a table as __index for _G: a fallback environment
setmetatable(_G, {__index = {fallback_value = "from fallback"}})
print(fallback_value)
-- functions defined with `function name()` go through __newindex too
local defined = {}
setmetatable(_G, {__newindex = function(t, k, v) defined[#defined + 1] = k; rawset(t, k, v) end})
function global_fn() return "fn" end
print(global_fn(), defined[1])
global_fn = nil
setmetatable(_G, nil)
print(getmetatable(_G), undefined_name)
