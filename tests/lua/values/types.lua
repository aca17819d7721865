-- type() of every kind of value.
print(type(nil), type(true), type(false), type(0), type(1.5), type(""), type("x"))
print(type({}), type(print), type(function() end), type(coroutine.create(function() end)))
print(type(newproxy()), type(type), type(type(1)))
print(pcall(type))
local values = {1, "s", true, {}, print}
local tn = {}
for _, v in ipairs(values) do tn[#tn + 1] = type(v) end
print(table.concat(tn, " "))
