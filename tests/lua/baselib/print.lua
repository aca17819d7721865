-- print separates arguments with tabs, ends with a newline, and uses tostring.
print()
print(nil)
print(1, nil, 3)
print("a", "b", "c")
print(true, false, 1.5, -0.25, "s")
local many = {}
for i = 1, 60 do many[i] = i end
print(unpack(many))
print(setmetatable({}, {__tostring = function() return "via __tostring" end}))
print(("long"):rep(100))
-- print calls the global tostring
local orig = tostring
tostring = function(v) return "<" .. orig(v) .. ">" end
print(1, "two", nil)
tostring = orig
print("restored")
