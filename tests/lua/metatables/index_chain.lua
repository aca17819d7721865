-- __index chains through several levels, mixing tables and functions.
local A = {a = "from A"}
local B = setmetatable({b = "from B"}, {__index = A})
local C = setmetatable({c = "from C"}, {__index = B})
local obj = setmetatable({}, {__index = C})
print(obj.a, obj.b, obj.c, obj.d)
local F = setmetatable({}, {__index = function(_, k) return "fn:" .. k end})
local G = setmetatable({g = 1}, {__index = F})
local H = setmetatable({}, {__index = G})
print(H.g, H.zzz)
-- inheritance
local Animal = {}
Animal.__index = Animal
function Animal.new(name) return setmetatable({name = name}, Animal) end
function Animal:speak() return self.name .. " makes a sound" end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name) return setmetatable(Animal.new(name), Dog) end
function Dog:speak() return self.name .. " barks" end
local d = Dog.new("Rex")
print(d:speak(), d:kind(), Animal.speak(d))
-- a long chain
local top = {deep = "found"}
local cur = top
for i = 1, 50 do cur = setmetatable({}, {__index = cur}) end
print(cur.deep)
-- __index on a non-table value through a metatable is not available for numbers
print(pcall(function() local n = 1; return n.x end))
