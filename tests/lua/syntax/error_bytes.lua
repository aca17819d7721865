-- Syntax error messages carry the source bytes as they are (no UTF-8
-- conversion); bytes >= 0x80 that are not whole UTF-8 characters cannot be
-- part of a name.
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
show("local \195t = 1")
show("local a\237\160\128 = 1")
show("return \"\128\" ..")
