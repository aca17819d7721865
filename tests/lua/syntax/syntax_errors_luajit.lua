-- ref: luajit
-- Compile errors that LuaJIT words differently from PUC Lua 5.1.
local cases = {
  "break",
  "if x then break end",
  "x = '\\300'",
  "x = '\\xg0'",
  "goto nowhere",
  "do ::a:: end goto a",
  "::a:: ::a::",
  "goto l; local x; ::l:: print(x)",
  "local goto = 1",
}
for i, src in ipairs(cases) do
  local f, err = loadstring(src)
  print(i, f ~= nil, err)
end
