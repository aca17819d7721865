-- upper, lower, rep, len, reverse.
print(string.upper("Hello, World! 123"), string.lower("Hello, World! 123"))
print(("MiXeD"):lower(), ("MiXeD"):upper())
print(string.rep("ab", 3), string.rep("x", 0) == "", string.rep("x", -1) == "")
print(#string.rep("abc", 1000))
print(string.len(""), string.len("abc"), ("a\0b"):len())
print(string.reverse("abc"), ("racecar"):reverse(), (""):reverse() == "")
print(("a\0b"):reverse() == "b\0a")
print(string.upper("\0a") == "\0A")
