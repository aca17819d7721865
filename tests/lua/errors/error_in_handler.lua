-- An error inside the message handler gives "error in error handling".
print(xpcall(function() error("first") end, function(m) error("second") end))
print(xpcall(function() error("first") end, function(m) local x = nil; return x.y end))
-- an error in a handler of an inner xpcall is caught by the outer pcall chain
print(pcall(function()
  return xpcall(function() error("a") end, function() error("b") end)
end))
