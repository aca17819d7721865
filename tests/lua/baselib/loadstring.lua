-- loadstring compiles a chunk; syntax errors return nil and a message.
local f = loadstring("return 1 + 2")
print(type(f), f())
print(loadstring("return ...", "varargs")(4, 5, 6))
print(loadstring("syntax error here"))
print(loadstring("x = ", "=named"))
print(loadstring("x = ", "@file.lua"))
print(type(loadstring("error('runtime')", "chunkname")))
print(pcall(loadstring("error('runtime')", "chunkname")))
print(pcall(loadstring("error('runtime')", "=custom")))
print(pcall(loadstring("error('runtime')")))
print(pcall(loadstring("\n\nerror('line three')")))
print(pcall(loadstring("local a = 1\nerror('multi-line source')")))
-- chunks see globals and are vararg functions
g_value = 10
print(loadstring("return g_value * 2")())
print(loadstring("local a, b = ... return b, a")("first", "second"))
-- an empty chunk returns nothing
print(select("#", loadstring("")()))
-- each call compiles a fresh function
print(loadstring("return 1") ~= loadstring("return 1"))
print(loadstring("return 'a\\0b'")() == "a\0b")
