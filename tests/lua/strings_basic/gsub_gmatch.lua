-- gsub with string, table and function replacements; gmatch iteration.
print(string.gsub("hello world", "o", "0"))
print(string.gsub("hello world", "o", "0", 1))
print(string.gsub("hello", "", "-"))
print(string.gsub("abc", "%w", "%0%0"))
print(string.gsub("hello world", "(%w+)", "<%1>"))
print(string.gsub("$name is $age", "%$(%w+)", {name = "Bob", age = 42}))
print(string.gsub("$x $y", "%$(%w+)", {x = "X"}))
print(string.gsub("1 2 3", "%d", function(d) return d * 2 end))
print(string.gsub("a b c", "%a", function(c) if c == "b" then return false end return c:upper() end))
local words = {}
for w in string.gmatch("one two  three", "%a+") do words[#words + 1] = w end
print(#words, table.concat(words, ","))
local kv = {}
for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do kv[#kv + 1] = k .. v end
print(table.concat(kv, ";"))
print(pcall(string.gsub, "x", "%", ""))
print(pcall(string.gsub, "x", "x", "%2"))
print(string.gsub("abc", ".", {a = 1, b = false}))
print(pcall(string.gsub, "abc", ".", {a = true}))
