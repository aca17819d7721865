-- pcall returns true plus results, or false plus the error value.
print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print(select("#", pcall(function() end)))
print(pcall(function(...) return select("#", ...) end, nil, nil))
print(pcall(error))
print(pcall(error, "msg"))
print(pcall(error, "msg", 0))
print(pcall(nil))
print(pcall(42))
print(pcall(pcall))
print(pcall(pcall, error, "nested"))
local ok, e = pcall(function() local t = nil; return t.x end)
print(ok, e)
-- pcall of a C function with arguments
print(pcall(string.rep, "ab", 2))
print(pcall(string.rep))
-- errors unwind through several Lua frames
local function lvl3() error("deep error") end
local function lvl2() lvl3() end
local function lvl1() lvl2() end
print(pcall(lvl1))
-- the state is consistent after an error
local t = {}
pcall(function() t.before = 1; error("x"); t.after = 1 end)
print(t.before, t.after)
