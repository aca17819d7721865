-- ref: luajit
-- LuaJIT's extra escapes: \xXX, \z (skip following whitespace), \u{XXX} (UTF-8).
local function codes(s)
  local t = {}
  for i = 1, #s do t[#t + 1] = string.format("%02X", string.byte(s, i)) end
  return #s .. ": " .. table.concat(t, " ")
end
print(codes("\x41\x62\x7a\xff\x00\xAb"))
print("\x48\x65\x6C\x6C\x6F")
print(codes("a\z
             b"))
print(codes("a\z    b\z
  \z
  c"))
print("one \z
       line")
print(codes("\u{41}"))
print(codes("\u{7F}\u{80}"))
print(codes("\u{7FF}\u{800}"))
print(codes("\u{FFFF}\u{10000}"))
print(codes("\u{10FFFF}"))
print(codes("\u{0000041}"))
print(codes("\u{e9}"))
print("caf\u{E9} \u{2603}")
print(codes("\x41\65\u{41}A"))
