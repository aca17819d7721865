-- __tostring is used by tostring and print.
local obj = setmetatable({}, {__tostring = function(self) return "<object>" end})
print(obj, tostring(obj))
local num = setmetatable({}, {__tostring = function() return 42 end})
print(tostring(num), type(tostring(num)))
local p = newproxy(true)
getmetatable(p).__tostring = function() return "<proxy>" end
print(p)
local mt = {__tostring = function(self) return "Point(" .. self.x .. ")" end}
local pts = {setmetatable({x = 1}, mt), setmetatable({x = 2}, mt)}
print(pts[1], pts[2])
print(tostring(setmetatable({}, {__tostring = function() return "" end})) == "")
local named = setmetatable({}, {__name = "MyType"})
print((tostring(named):gsub("0x%x+", "ADDR")))
print(string.format("%s|%s", tostring(obj), tostring(p)))
local bad = setmetatable({}, {__tostring = function() error("tostring failed") end})
print(pcall(tostring, bad))
