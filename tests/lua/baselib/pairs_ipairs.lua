-- pairs/ipairs/next results used directly.
local t = {"a", "b", "c", x = 1}
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n)
local iv = {}
for i, v in ipairs(t) do iv[#iv + 1] = i .. v end
print(table.concat(iv, " "))
-- ipairs on a table with a __index metamethod: 5.1 uses raw access
local proxy = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * 10 end end})
local c = 0
for i, v in ipairs(proxy) do c = c + 1 end
print(c)
-- next with an explicit key
local s = {10, 20, 30}
print(next(s, 1))
print(next(s, 3))
print(pcall(ipairs, nil))
print(pcall(ipairs, "str"))
