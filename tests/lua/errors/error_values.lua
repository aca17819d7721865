-- Any value can be an error object; it is passed through unchanged.
local obj = {code = 42}
local ok, e = pcall(error, obj)
print(ok, e == obj, e.code)
print(pcall(error, nil))
print(pcall(error))
print(pcall(error, 123))
print(pcall(error, 1.5))
print(pcall(error, true))
print(pcall(error, false))
local f = function() end
ok, e = pcall(error, f)
print(ok, e == f)
-- numbers get position info like strings (they are converted), other types do not
print(pcall(function() error(7) end))
print(pcall(function() error(obj) end) == false)
ok, e = pcall(function() error(obj) end)
print(e == obj)
print(pcall(function() error(true) end))
-- rethrowing keeps the same object
ok, e = pcall(function()
  local ok2, e2 = pcall(error, obj)
  error(e2)
end)
print(ok, e == obj)
-- an error object with __tostring is still passed as is
local fancy = setmetatable({}, {__tostring = function() return "fancy" end})
ok, e = pcall(error, fancy)
print(ok, e == fancy, tostring(e))
