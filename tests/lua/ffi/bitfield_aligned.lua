-- ref: luajit
-- An `aligned` attribute on a bit field starts a new storage unit at the
-- field's alignment, packed structs included (sizes, alignments, and where
-- the field's bits land).
local ffi = require("ffi")
for _, t in ipairs{
  "struct __attribute__((packed)) { _Bool a:1; _Bool b:1 __attribute((aligned(1))); }",
  "struct __attribute__((packed)) { _Bool a:1; _Bool b:1 __attribute((aligned(2))); }",
  "struct __attribute__((packed)) { char a; int b:1 __attribute((aligned(2))); }",
  "struct __attribute__((packed)) { int a:1; int b:1 __attribute__((aligned(4))); }",
  "struct { _Bool a:1; _Bool b:1 __attribute((aligned(2))); }",
  "struct { char a:1; char b:1 __attribute((aligned(1))); }",
  "struct { int a:1; int b:1 __attribute((aligned(8))); }",
  "struct { short a:3; short __attribute__((aligned(4))) b:5; }",
} do
  local x = ffi.new(t)
  x.b = -1
  local p = ffi.cast("unsigned char *", x)
  local bytes = {}
  for i = 0, ffi.sizeof(x) - 1 do bytes[#bytes + 1] = string.format("%02x", p[i]) end
  print(ffi.sizeof(x), ffi.alignof(x), table.concat(bytes, " "), t)
end
