-- ref: luajit
-- coroutine.isyieldable: false in the main coroutine and inside calls made
-- from Rust/C (a sort comparator), true elsewhere in a coroutine.
print(coroutine.isyieldable())
print(coroutine.wrap(function() return coroutine.isyieldable() end)())
print(coroutine.wrap(function()
  local r
  table.sort({2, 1}, function(a, b) r = coroutine.isyieldable() return a < b end)
  return r
end)())
print(coroutine.wrap(function() return pcall(coroutine.isyieldable) end)())
print(coroutine.wrap(function()
  local t = setmetatable({}, {__index = function() return coroutine.isyieldable() end})
  return t.x
end)())
