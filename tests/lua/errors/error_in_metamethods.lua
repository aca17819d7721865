-- Errors raised inside metamethods propagate with the metamethod's position.
local mt = {
  __index = function(t, k) error("no field " .. k) end,
  __add = function() error("cannot add") end,
  __call = function() error({kind = "call"}) end,
  __tostring = function() error("no string") end,
}
local obj = setmetatable({}, mt)
print(pcall(function() return obj.x end))
print(pcall(function() return obj + 1 end))
local ok, e = pcall(obj)
print(ok, e.kind)
print(pcall(tostring, obj))
-- level 2 inside __index points at the indexing code
local strict = setmetatable({}, {__index = function(_, k) error("undefined variable " .. k, 2) end})
print(pcall(function()
  return strict.missing  -- line 17
end))
