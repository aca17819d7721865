-- Table constructor forms and multiple-result expansion.
local function three() return 1, 2, 3 end
local t = {three()}
print(#t, t[1], t[3])
t = {three(), three()}
print(#t, t[1], t[2], t[4])
t = {(three())}
print(#t)
t = {three(), 10}
print(#t, t[1], t[2])
t = {x = 1, y = 2; "a", "b"; [10] = "ten", ["key with space"] = true,}
print(t.x, t.y, t[1], t[2], t[10], t["key with space"])
t = {[1] = "explicit", "positional"}
print(t[1])
t = {1, 2, 3, nil}
print(t[1], t[2], t[3], t[4])
t = {"a", [2] = "b", "c"}
print(t[1], t[2])
t = {[1.0] = "float key", [2^53] = "big"}
print(t[1], t[2^53])
t = {{1, 2}, {3, {4, 5}}}
print(t[2][2][2], #t[2])
local k = "dyn"
t = {[k .. 1] = 1, [k] = 0, f = function() return "f" end}
print(t.dyn1, t.dyn, t.f())
t = {...}
print(#t)
t = {n = select("#", three()), three()}
print(t.n, t[3])
local empty = {}
print(next(empty), #empty)
