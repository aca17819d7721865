-- Line breaks inside long strings: each of \n, \r, \r\n and \n\r counts as one
-- newline and is stored as "\n"; the first one right after the opening bracket is skipped.
local function bytes(s)
  local t = {}
  for i = 1, #s do t[i] = s:byte(i) end
  return #s .. ":" .. table.concat(t, ",")
end
local function long(body) return assert(loadstring("return [[" .. body .. "]]"))() end
print(bytes(long("a\nb")))
print(bytes(long("a\rb")))
print(bytes(long("a\r\nb")))
print(bytes(long("a\n\rb")))
print(bytes(long("a\n\nb")))
print(bytes(long("a\r\rb")))
print(bytes(long("a\r\n\r\nb")))
print(bytes(long("a\n\r\n\rb")))
-- a first line break is skipped, whatever its form
print(bytes(long("\nx")), bytes(long("\rx")), bytes(long("\r\nx")), bytes(long("\n\rx")))
print(bytes(long("\n\nx")), bytes(long("\r\n\r\nx")))
-- line numbers after a long string count each break once
local src = "local s = [[\r\n1\r\n2\n\r3\r4]]\nerror('here')"
print(select(2, pcall(assert(loadstring(src, "=crlf")))))
-- the same rules hold in long comments and with levels
src = "--[==[\r\n\r\n]==] error('after comment')"
print(select(2, pcall(assert(loadstring(src, "=comment")))))
print(bytes(assert(loadstring("return [==[\r\n]]\r]==]"))()))
-- line breaks in ordinary code
src = "local a = 1\r\nlocal b = 2\n\rlocal c = 3\rerror('line')"
print(select(2, pcall(assert(loadstring(src, "=code")))))
-- an escaped line break in a quoted string is stored as "\n"
print(bytes(assert(loadstring("return 'a\\\r\nb'"))()))
print(bytes(assert(loadstring("return 'a\\\nb'"))()))
