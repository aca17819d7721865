-- Order comparisons between values of different types, or of types without
-- metamethods, raise errors; == between different types is simply false.
local function try(f)
  local ok, e = pcall(f)
  if ok then return "ok " .. tostring(e) end
  return (e:gsub("^[^:]*:%d+: ", ""))
end
print(try(function() return 1 < "2" end))
print(try(function() return "1" < 2 end))
print(try(function() return 1 <= "2" end))
print(try(function() return {} < {} end))
print(try(function() return {} <= {} end))
print(try(function() return nil < nil end))
print(try(function() return true < false end))
print(try(function() return print < print end))
print(try(function() return 1 < {} end))
print(try(function() return {} > 1 end))
print(try(function() return "a" >= {} end))
print(try(function() return coroutine.create(function() end) < 1 end))
-- numbers and strings compare among themselves
print(1 < 2, "a" < "b", "10" < "9", "" < "a", "Z" < "a", 2 <= 2, "x" >= "x")
-- equality never raises
print(1 == "1", {} == {}, nil == false, print == print, 0 == -0, "a" == "a")
print(1 ~= "1", nil ~= false)
-- a table with __lt still cannot be compared with a number
local mt = {__lt = function() return true end, __le = function() return true end}
local o = setmetatable({}, mt)
print(try(function() return o < 1 end))
print(try(function() return 1 <= o end))
print(try(function() return o < o end))
print(try(function() return o <= o end))
