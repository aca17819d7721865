-- reference: lua5.1
-- len, sub, upper, lower, rep, reverse, byte, char, dump, metatable.
eq({5, 3, 0, 3, 3, 3}, string.len("abc"), string.len(""), string.len("a\0b"), ("xyz"):len(), string.len(123))
eq({2, false, "bad argument #1 to '?' (string expected, got no value)"}, pcall(string.len))
eq({2, false, "bad argument #1 to '?' (string expected, got table)"}, pcall(string.len, {}))
eq({5, "ell", "llo", "hello", "", ""}, string.sub("hello", 2, -2), string.sub("hello", -3), string.sub("hello", 0), string.sub("hello", 10), string.sub("hello", 3, 2))
eq({5, "ello", "hello", "o", "", ""}, string.sub("hello", 2), string.sub("hello", -100, 100), string.sub("hello", 5, 5), string.sub("hello", 6), string.sub("", 1))
eq({4, "hello", "o", "el", "23"}, string.sub("hello", 1.9), string.sub("hello", -1.5), string.sub("hello", "2", "3"), string.sub(12345, 2, 3))
eq({4, "", "hello", "", ""}, string.sub("hello", 2^53), string.sub("hello", -2^53), string.sub("hello", 1, -2^53), string.sub("hello", 0, 0))
eq({2, false, "bad argument #2 to '?' (number expected, got no value)"}, pcall(string.sub, "x"))
eq({2, false, "bad argument #2 to '?' (number expected, got string)"}, pcall(string.sub, "x", "a"))
eq({4, "ABCXYZ09\195\169", "abcxyz09", "MIXED", "mixed"}, string.upper("abcXYZ09é"), string.lower("ABCxyz09"), ("MiXeD"):upper(), ("MiXeD"):lower())
eq({3, "A\000B", "", "12"}, string.upper("a\0b"), string.lower(""), string.upper(12))
eq({6, "ababab", "", "", "xx", "", "111"}, string.rep("ab", 3), string.rep("x", 0), string.rep("x", -1), string.rep("x", 2.9), string.rep("", 100), string.rep(1, 3))
eq({2, false, "bad argument #1 to '?' (string expected, got no value)"}, pcall(string.rep))
eq({2, false, "bad argument #2 to '?' (number expected, got no value)"}, pcall(string.rep, "x"))
eq({2, 3000, 3}, #string.rep("abc", 1000), #string.rep("a", 2^32 + 3))
eq({4, "cba", "", "b\000a", "321"}, string.reverse("abc"), string.reverse(""), string.reverse("a\0b"), string.reverse(123))
eq({4, 65, 66, 67, nil}, string.byte("ABC"), string.byte("ABC", 2), string.byte("ABC", -1), string.byte("ABC", 10), string.byte(""))
eq({3, 65, 66, 67}, string.byte("ABC", 1, 3))
eq({0}, string.byte("ABC", 0))
eq({2, 65, 66}, string.byte("ABC", -10, 2))
eq({0}, string.byte("ABC", 2, 1))
eq({3, 65, 66, 67}, string.byte("ABC", 1, 100))
eq({2, 0, 255}, string.byte("\0\255"), select(2, string.byte("\0\255", 1, 2)))
eq({1, 7997}, select("#", string.byte(string.rep("x", 7997), 1, -1)))
eq({2, false, "stack overflow (string slice too long)"}, pcall(string.byte, string.rep("x", 7998), 1, -1))
eq({2, false, "stack overflow (string slice too long)"}, pcall(string.byte, string.rep("x", 9000), 1, -1))
eq({4, "", "Hi", "AB", "\000\255"}, string.char(), string.char(72, 105), string.char(65.7, "66"), string.char(0, 255))
eq({2, false, "bad argument #1 to '?' (invalid value)"}, pcall(string.char, 256))
eq({2, false, "bad argument #1 to '?' (invalid value)"}, pcall(string.char, -1))
eq({2, false, "bad argument #2 to '?' (number expected, got string)"}, pcall(string.char, 65, "x"))
eq({2, false, "bad argument #2 to '?' (number expected, got nil)"}, pcall(string.char, 65, nil))
eq({2, false, "unable to dump given function"}, pcall(string.dump, print))
eq({2, false, "bad argument #1 to '?' (function expected, got no value)"}, pcall(string.dump))
-- The string metatable.
eq({4, true, "xxx", "5", true}, getmetatable("").__index == string, ("x"):rep(3), ("%d"):format(5), #getmetatable("abc") == 0)
eq({3, 99, "bc", 0}, ("abc"):byte(-1), ("abc"):sub(2), (""):len())
eq({2, false, "string_basic.lua:39: attempt to call method 'nosuch' (a nil value)"}, pcall(function() local r = ("x"):nosuch() return r end))
eq({2, true, nil}, pcall(function() local s = "x" return s.y end))
eq({2, true, true}, string.gfind ~= nil, string.gmatch ~= nil)
-- Huge results fail with a memory error instead of aborting (PUC Lua builds
-- them; LuaJIT fails the same way beyond 2^31-1 bytes).
eq({1, ""}, string.rep("x", 2^31)) -- the count is a C int: -2^31
if IS_LUNAVM then
  local ok, e = pcall(string.rep, "abc", 2^30)
  assert(not ok and e == "not enough memory", e)
  ok, e = pcall(string.rep, string.rep("x", 2^16), 2^16)
  assert(not ok and e == "not enough memory", e)
end
-- LuaJIT's separator for rep (5.1 ignores a third argument).
if IS_LUNAVM then
  assert(string.rep("a", 3, ",") == "a,a,a" and string.rep("ab", 1, "x") == "ab" and string.rep("a", 0, ",") == "")
  assert(string.rep("", 1e9) == "" and string.rep("", 3, "-") == "--")
end
