-- print finds tostring through the __index of the running coroutine's environment.
local co = coroutine.create(function() print(1, "a") end)
local real = tostring
debug.setfenv(co, setmetatable({}, {__index = {
  tostring = function(v) return "[" .. real(v) .. "]" end,
}}))
coroutine.resume(co)
-- A raw field wins over __index.
local co2 = coroutine.create(function() print(2) end)
debug.setfenv(co2, setmetatable({tostring = function(v) return "raw" .. real(v) end},
  {__index = {tostring = function() return "idx" end}}))
coroutine.resume(co2)
-- __index as a function.
local co3 = coroutine.create(function() print(3, nil) end)
debug.setfenv(co3, setmetatable({}, {__index = function(t, k)
  if k == "tostring" then return function(v) return "<" .. real(v) .. ">" end end
end}))
coroutine.resume(co3)
print(4, "b")
