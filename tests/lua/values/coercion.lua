-- Strings convert to numbers in arithmetic; numbers to strings in concatenation.
print("10" + 1, "3" * "4", "2" ^ "3", "10" / "4", "7" % "4", -"2")
print(" 10 " + 0, "0x10" + 0, "1e2" + 0, "1.5" * 2, ".5" + 0)
print(10 .. 20, 1.5 .. "", -0.5 .. "|", 2^53 .. "", 1e100 .. "")
print("n" .. 1, 1 .. "n", "a" .. 1 + 2)
print(type("10" + 0), type(10 .. ""))
print("10" == 10, "10" + 0 == 10)
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return "10x" * 2 end))
print(pcall(function() return {} .. "x" end))
print(pcall(function() return "x" .. nil end))
print(pcall(function() return 1 < "2" end))
print(tostring(10) == "10", tonumber("10") == 10)
local s = "5"
s = s + 1
print(s, type(s))
print(#("" .. 12345), ("" .. 0.1):len())
print(("10"):rep(2) + 1)
print(math.max("10", 9), string.rep(5, 3))
