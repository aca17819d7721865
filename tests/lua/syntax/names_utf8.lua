-- ref: luajit
-- Names may contain UTF-8 characters, as LuaJIT allows.
local ä = 1
local 変数 = 2
print(ä + 変数)
local t = {}
function t.größe(x) return x * 2 end
print(t.größe(21))
ünïcode_global = "ok"
print(ünïcode_global, _G["ünïcode_global"])
local ok, err = pcall(function() return 日本.x end)
print(ok, err)
