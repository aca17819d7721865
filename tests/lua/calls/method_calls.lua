-- obj:m(args) passes obj as self and evaluates obj once.
local evals = 0
local obj = {v = 5}
function obj:get(x) return self.v + (x or 0) end
local function getobj() evals = evals + 1; return obj end
print(getobj():get(1), evals)
print(obj.get(obj, 2), obj:get())
local s = "text"
print(s:upper(), s:len(), ("x"):rep(3, nil))
local chain = {}
function chain:add(n) self.total = (self.total or 0) + n; return self end
print(chain:add(1):add(2):add(3).total)
local nested = {a = {b = {c = function(self, x) return self.name, x end, name = "c-owner"}}}
print(nested.a.b:c(1))
local key = "get"
print(obj[key](obj, 10))
