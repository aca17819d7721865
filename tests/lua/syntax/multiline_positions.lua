-- Which line a runtime error reports when the expression spans several lines.
local t = {}
print(pcall(function()
  local a = 1
  local b = a +
    t.x
end))
print(pcall(function()
  local v = t
    .field
    .sub
end))
print(pcall(function()
  t.f(
    1,
    2
  )
end))
print(pcall(function() return "a" ..
  {} end))
print(pcall(function()
  local x = {
    1,
    2,
    nil + 1,
  }
end))
print(pcall(function()
  error(
    "multi-line call"
  )
end))
