-- The length operator on strings and proper sequences.
print(#"", #"a", #"hello", #"a\0b", #"\0\0\0")
local t = {}
print(#t)
for i = 1, 10 do t[i] = i end
print(#t)
t[#t + 1] = "eleven"
print(#t, t[#t])
t[#t] = nil
print(#t)
for i = #t, 1, -1 do t[i] = nil end
print(#t)
print(#{1, 2, 3}, #{"a", "b"}, #{n = 3}, #{{}, {}})
local s = {}
for i = 1, 100 do s[i] = i * i end
print(#s, s[#s])
print(pcall(function() local n = nil; return #n end))
print(pcall(function() return #5 end))
