-- for loop errors name the offending part.
print(pcall(function() for i = nil, 1 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, "x" do end end))
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for k, v in nil do end end))
print(pcall(function() for k, v in 42 do end end))
print(pcall(function() local t = {} for k, v in t do end end))
