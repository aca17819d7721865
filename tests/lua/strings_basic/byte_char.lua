-- string.byte and string.char, including negative indices and ranges.
print(string.byte("A"), string.byte("ABC", 2), string.byte("ABC", -1))
print(string.byte("ABCDE", 2, 4))
print(string.byte("ABC", 10), select("#", string.byte("ABC", 10)))
print(string.byte("", 1), select("#", string.byte("")))
print(string.char(72, 105), string.char(), #string.char(0, 0))
print(string.char(0xe4, 0xbd, 0xa0) == "\228\189\160")
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
print(#s, s:byte(1), s:byte(256), s:byte(-1))
local ok = true
for i = 0, 255 do if s:byte(i + 1) ~= i then ok = false end end
print(ok)
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(("hello"):byte(1, -1))
