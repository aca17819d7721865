-- ref: luajit
-- Malformed escapes and strings are compile errors, reported by loadstring.
-- PUC 5.1 accepts \x, \u and \q as plain letters and words the rest differently.
local cases = {
  [["\300"]],
  [["\256"]],
  [["\xZZ"]],
  [["\x4"]],
  [["\u{}"]],
  [["\u{110000}"]],
  [["\u41"]],
  [["\u{41"]],
  [["\q"]],
  "\"unfinished",
  "'also unfinished\nnext line'",
  "[[ unfinished long string",
  "[==[ wrong close ]=]",
  "--[[ unfinished comment",
}
for i, src in ipairs(cases) do
  local f, err = loadstring("return " .. src, "=src")
  print(i, f, err)
end
