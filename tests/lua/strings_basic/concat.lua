-- Concatenation of strings and numbers, long chains, embedded zeros.
local s = "a" .. "b" .. "c"
print(s, #s)
print("x" .. 1 .. 2, 1 .. 2 .. "x")
local parts = {}
for i = 1, 20 do parts[#parts + 1] = i end
local joined = ""
for i = 1, #parts do joined = joined .. parts[i] .. (i < #parts and "," or "") end
print(joined)
print(table.concat(parts, "-", 5, 9))
local z = "a\0b" .. "\0c"
print(#z, z:byte(2), z:byte(4))
print(("ab"):rep(3) .. "!")
local big = string.rep("x", 1000) .. string.rep("y", 1000)
print(#big, big:sub(999, 1002))
local e = "" .. ""
print(#e, e == "")
print(1 .. "", -1 .. "", 1.25 .. "")
