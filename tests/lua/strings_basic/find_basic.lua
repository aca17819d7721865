-- string.find with plain search and simple patterns.
local s = "hello world, hello lua"
print(s:find("hello"), s:find("hello", 2), s:find("lua"), s:find("xyz"))
print(s:find("o", -5), s:find("", 3), s:find("", 100))
print(s:find("l+"), s:find("(h)(e)"), s:find("%s"))
print(("a.b"):find(".", 1, true), ("a.b"):find("%."), ("a+b"):find("+", 1, true))
print(s:match("w%a+"), s:match("(%a+) (%a+)"), s:match("%d"))
print(("key=value"):match("(%w+)=(%w+)"))
print(("  trim  "):match("^%s*(.-)%s*$") .. "|")
print(string.find("abc", "b", -100), string.find("abc", "c", 3))
print(("x"):find("x", 2))
