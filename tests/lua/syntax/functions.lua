-- Function definition and call forms.
local obj = {name = "obj", inner = {deep = {}}}
function obj.plain(x) return "plain " .. tostring(x) end
function obj:method(x) return self.name .. " method " .. tostring(x) end
function obj.inner.deep.f() return "deep" end
function obj.inner.deep:g() return self == obj.inner.deep end
print(obj.plain(1), obj:method(2), obj.method(obj, 3))
print(obj.inner.deep.f(), obj.inner.deep:g())
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
local anon = function(...) return select("#", ...) end
print(anon(), anon(nil), anon(nil, nil))
-- call sugar: string and table arguments
local function show(x) return type(x) == "table" and "table " .. #x or "string " .. x end
print(show"lit", show[[long]], show{1, 2, 3}, show{})
print(obj:method"sugar", (obj:method{}):match("table") ~= nil)
local s = ("%d-%d"):format(1, 2)
print(s, ("abc"):upper(), #("xyz"):rep(3))
-- global function statement
function globalfn(a, b) return a + b end
print(globalfn(2, 3), type(_G.globalfn))
-- functions are values
local fs = {fact, anon, globalfn}
print(fs[1](5), fs[3](1, 1))
-- immediately invoked
print((function(a) return a * 2 end)(21))
-- parameters shadow upvalues, extra arguments are dropped, missing ones are nil
local p = "outer"
local function params(p, q) return p, q end
print(params(1), params(1, 2, 3))
print(p)
