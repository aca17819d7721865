-- Escape sequences of Lua 5.1 quoted strings, decimal escapes and embedded zeros.
local function bytes(s)
  local t = {}
  for i = 1, #s do t[i] = s:byte(i) end
  return #s .. ":" .. table.concat(t, ",")
end
print(bytes("\a\b\f\n\r\t\v"))
print(bytes("\\\"\'"), bytes('\'"'))
print(bytes("\0"), bytes("\00"), bytes("\000"), bytes("\0001"))
print(bytes("\65\066\0067"), bytes("\1234"), bytes("\255\0\1"))
print(bytes("\9\10\13"), "\72\101\108\108\111")
-- embedded zeros are part of the string
local z = "a\0b\0c"
print(#z, z:byte(2), z:sub(3, 3), z == "a\0b\0c", z < "a\0c", z .. "" == z)
print(("x"):rep(3, nil) == "xxx", #("\0"):rep(10))
-- escapes in single-quoted and long strings
print(bytes('\n\t'), bytes([[\n\t]]))
-- invalid decimal escapes are errors
local f, e = loadstring("return '\\256'")
print(f, e ~= nil)
f, e = loadstring("return '\\999'")
print(f, e ~= nil)
-- an unfinished string is an error
f, e = loadstring("return 'abc")
print(f, e ~= nil)
f, e = loadstring("return 'abc\ndef'")
print(f, e ~= nil)
