-- ref: luajit
-- NaN prints as "nan" (LuaJIT normalises it; PUC Lua prints what printf gives).
local nan = 0/0
print(nan, -nan, tostring(nan))
print(nan == nan, nan ~= nan, nan < nan, nan > 0, nan <= nan)
local t = {}
print(pcall(function() t[nan] = 1 end))
print(rawget(t, nan))
print(1/0, -1/0, 1/0 - 1/0)
print(math.huge * 0)
print(tostring(-(1/0)))
print(string.format("%f %f", 1/0, -1/0))
print(0/0 ~= 0/0)
local z = 0
print(-z, 1/(-z))
-- A folded negative zero constant stays negative (PUC Lua 5.1 shares it with 0).
print(0 * -1, -0, 0)
print(7 % math.huge, -7 % math.huge, 7 % 0)  -- a - floor(a/b)*b
