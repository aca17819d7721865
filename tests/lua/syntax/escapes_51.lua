-- The Lua 5.1 escape sequences, shown as byte codes.
local function codes(s)
  local t = {}
  for i = 1, #s do t[#t + 1] = string.byte(s, i) end
  return #s .. ": " .. table.concat(t, " ")
end
print(codes("\a\b\f\n\r\t\v"))
print(codes("\\\"\'"))
print(codes("\0\1\12\123\255"))
print(codes("\0009"))  -- \000 then the digit 9
print(codes("\65\066\0671"))
print(codes("a\
b"))
print(codes('single \'quoted\' "double"'))
print(codes("\"\\n\""))
print("tab:[\t] quote:[\"] backslash:[\\]")
