-- ref: luajit
-- Callbacks made by function pointer constructors, freeing and replacing
-- them, and where a bad result from one is reported.
local ffi = require("ffi")
local ft = ffi.typeof("int (*)(int)")
local add1 = ft(function(x) return x + 1 end)
local add2 = ffi.new("int (*)(int)", function(x) return x + 2 end)
print(add1(1), add2(1), ffi.typeof(add1) == ft)
add1:set(function(x) return x * 10 end)
print(add1(4))
add1:free()
print((pcall(add1, 1)), (pcall(add1.free, add1)), (pcall(add1.set, add1, print)))
print(add2(5))
add2:free()

-- Many callbacks made and freed.
local live = {}
for round = 1, 3 do
  for i = 1, 300 do live[i] = ft(function(x) return x + i end) end
  local sum = 0
  for i = 1, 300 do sum = sum + live[i](round) end
  for i = 1, 300 do live[i]:free() end
  print(round, sum)
end

-- A result that does not convert is an error at the function's last line.
local function noresult()
  return
end
local ok, err = pcall(ffi.cast("int (*)(void)", noresult))
print(ok, err)
print(pcall(ffi.cast("int (*)(void)", function() return "x" end)))
print(pcall(ffi.cast("int (*)(void)", function() error("inside", 0) end)))
