-- Syntax error messages carry the source bytes as they are (no UTF-8
-- conversion), and identifiers are ASCII only, as in Lua 5.1's C locale.
local function show(src)
  local f, err = loadstring(src, "=t")
  local bytes = {}
  for i = 1, #err do
    local b = err:byte(i)
    bytes[#bytes + 1] = (b < 32 or b > 126) and ("\\" .. b) or string.char(b)
  end
  print(table.concat(bytes))
end

show("\255a = 1")
show("a = \200")
show("x = 'abc\255")
show("local \195\169t\195\169 = 1")
show("return \"\128\" ..")
