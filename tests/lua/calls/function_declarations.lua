-- Forms of function declaration: fields at any depth, methods with self, and
-- self used as an ordinary parameter name.
local a = {b = {c = {}}}
function a.f(x) return "a.f " .. x end
function a.b.c.g(x) return "a.b.c.g " .. x end
function a.b.c:m(x) return self == a.b.c, x end
print(a.f(1), a.b.c.g(2), a.b.c:m(3))
print(a.b.c.m(a.b.c, 4))
print(a.b.c.m("other", 5))
-- self is just the first parameter
local obj = {v = 10}
function obj.explicit(self, d) return self.v + d end
function obj:implicit(d) return self.v + d end
print(obj:explicit(1), obj.implicit(obj, 2), obj:implicit(3))
local function with_self(self) return self end
print(with_self("given"))
-- a global function declaration assigns a global
function declared_global(x) return x * 2 end
print(declared_global(21), type(rawget(_G, "declared_global")))
declared_global = nil
-- local function and a forward-declared local
local later
local function early() return later() end
later = function() return "later called" end
print(early())
-- redefinition replaces the function
local t = {}
function t.f() return 1 end
local old = t.f
function t.f() return 2 end
print(old(), t.f())
-- declaring a method in a table reached through a metatable's __index
local Class = {}
local inst = setmetatable({}, {__index = Class})
function Class:who() return self == inst end
print(inst:who())
-- error when the prefix is not a table
print(pcall(loadstring("local n = 5; function n.f() end")))
print(pcall(loadstring("function undefined_table.f() end")))
