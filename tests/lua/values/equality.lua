-- Equality: by value for numbers, strings, booleans, nil; by reference otherwise.
print(1 == 1.0, "1" == 1, 1 == "1", "abc" == "abc", "abc" == "abd")
print(nil == false, false == false, true == 1, 0 == false)
local t1, t2 = {}, {}
print(t1 == t1, t1 == t2, t1 ~= t2)
local f1 = function() end
local f2 = function() end
print(f1 == f1, f1 == f2, print == print)
print(2^53 == 2^53 + 1, 0.1 + 0.2 == 0.3, -0 == 0)
print("a\0b" == "a\0b", "a\0b" == "a\0c", "" == "")
print(rawequal(t1, t1), rawequal(t1, t2), rawequal("x", "x"), rawequal(1, 1.0))
local s1 = "con" .. "cat"
local s2 = "concat"
print(s1 == s2, rawequal(s1, s2))
local co = coroutine.create(f1)
print(co == co, co == coroutine.create(f1))
local u = newproxy()
print(u == u, u == newproxy())
print(1 ~= 2, "a" ~= "a", nil ~= false)
