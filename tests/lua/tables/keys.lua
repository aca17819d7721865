-- Keys of every type; float keys with integer values are the same as integers.
local t = {}
t[1] = "int"; t[1.0] = "float one"; t["1"] = "string one"
print(t[1], t["1"])
t[true] = "T"; t[false] = "F"
print(t[true], t[false])
local kt, kf = {}, function() end
t[kt] = "table key"; t[kf] = "function key"
print(t[kt], t[kf], t[{}])
t[2^53] = "big"; t[-1] = "neg"; t[0] = "zero"; t[1.5] = "frac"
print(t[2^53], t[-1], t[0], t[-0], t[1.5], t[3 / 2])
print(pcall(function() t[nil] = 1 end))
print(t[nil])
print(rawget(t, nil))
local u = newproxy()
t[u] = "userdata key"
print(t[u])
local co = coroutine.create(function() end)
t[co] = "thread key"
print(t[co])
t.field = "dot"; print(t["field"])
t["with space"] = 1; print(t["with space"])
t[""] = "empty"; print(t[""])
local s1 = "ab"; local s2 = "a" .. "b"
t[s1] = "interned"; print(t[s2])
