-- ref: luajit
-- LuaJIT does not accept "inf" or "nan" strings (PUC 5.1 uses strtod, which does).
print(tonumber("inf"), tonumber("nan"), tonumber("-inf"), tonumber("infinity"))
print(pcall(function() return "inf" + 0 end))
print(tonumber("1e500"), tonumber("-1e500"))
-- negative numbers in other bases, and a trailing zero byte
print(tonumber("-101", 2), tonumber("-ff", 16), tonumber("-z", 36))
print(tonumber("12\0"), tonumber("0x10\0"))
