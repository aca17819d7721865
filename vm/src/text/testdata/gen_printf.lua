-- Dev-time generator for printf.txt: run with PUC Lua 5.1 (`lua5.1 gen_printf.lua >
-- printf.txt`). Sections:
--   V <class> <tab-separated values>   value list for the following F lines
--   F <format> <tab> <output for each value, tab-separated>
--   S <format> <tab> <hex string arg> <tab> <hex output>   (%s %c %q, byte-exact)
--   E <hex format> <tab> <"ok" or the error message>
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function repr(v)
  if v ~= v then return (string.format("%f", v)) end -- "nan" or "-nan" by sign bit
  return string.format("%.17g", v)
end
local zero = 0
local nan = zero / zero -- sign bit set on x86-64
local flags = {"", "-", "+", " ", "#", "0", "-+", "+0", " 0", "#0", "-#"}
local wps = {"", "8", ".0", ".3", "8.3", "12.10"}
local classes = {
  int = {convs = {"d", "u", "o", "x", "X"},
    vals = {0, 1, -1, 42, -255.9, 2^53, 2^63, -2^63, 1e100, -nan}},
  float = {convs = {"e", "E", "f", "g", "G"},
    vals = {0, -zero, -1, 2.5, 3.14159, -0.0001234, 1e-5, 123456.789, 1e6, 9.9999999, 5e-324,
      1/0, nan, -nan}},
}
for _, name in ipairs{"int", "float"} do
  local class = classes[name]
  local reprs = {}
  for i, v in ipairs(class.vals) do reprs[i] = repr(v) end
  io.write("V\t", name, "\t", table.concat(reprs, "\t"), "\n")
  for _, c in ipairs(class.convs) do
    for _, f in ipairs(flags) do
      for _, wp in ipairs(wps) do
        local fmt = "%" .. f .. wp .. c
        local outs = {}
        for i, v in ipairs(class.vals) do outs[i] = string.format(fmt, v) end
        io.write("F\t", fmt, "\t", table.concat(outs, "\t"), "\n")
      end
    end
  end
end
-- Exact digits of extreme values, all precisions of a few awkward ones.
io.write("V\tbig\t", table.concat({repr(1e300), repr(-1e308), repr(5e-324), repr(0.1),
  repr(2^-1074 * 3), repr(1.7976931348623157e308), repr(123456789012345678), repr(2^-30)}, "\t"), "\n")
for _, fmt in ipairs{"%.3f", "%99.99f", "%.99e", "%.99g", "%#.99g", "%.20f", "%.0f", "%.17g",
  "%.16e", "%.15g", "%.14g", "%#.0e", "%-99.2e", "%099.40f", "%+.50g", "%.99f", "%G", "%.1e"} do
  local outs = {}
  for i, v in ipairs{1e300, -1e308, 5e-324, 0.1, 2^-1074 * 3, 1.7976931348623157e308,
    123456789012345678, 2^-30} do outs[i] = string.format(fmt, v) end
  io.write("F\t", fmt, "\t", table.concat(outs, "\t"), "\n")
end
local ties = {0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 0.25, 0.35, 1e15 + 0.5, 12345678901234.5,
  1 / 3, 2 / 3, 9.5, 99.5, 999.5, 9999.5, 99999.5, 999999.5, 9999999999.5, 0.05, 0.15, 0.95, 999.9999, 1e-7, 123e-9}
local treprs = {}
for i, v in ipairs(ties) do treprs[i] = repr(v) end
io.write("V\tties\t", table.concat(treprs, "\t"), "\n")
for p = 0, 20 do
  for _, c in ipairs{"e", "f", "g", "#g"} do
    local fmt = "%." .. p .. c
    if c == "#g" then fmt = "%#." .. p .. "g" end
    local outs = {}
    for i, v in ipairs(ties) do outs[i] = string.format(fmt, v) end
    io.write("F\t", fmt, "\t", table.concat(outs, "\t"), "\n")
  end
end
-- Strings, characters and quoting, byte-exact.
local strs = {"", "a", "abc", "hello world", "a\0b", string.rep("x", 120), "\r\n\"\\\0\1\255z"}
for _, f in ipairs{"%s", "%5s", "%-5s", "%.2s", "%5.1s", "%-8.3s", "%.0s", "%.", "%05s", "%+s",
  "% s", "%#s", "%99s", "%-99s", "%.99s", "%2.99s"} do
  local fmt = f == "%." and "%.s" or f
  for _, s in ipairs(strs) do
    -- 5.1's sprintf stops at a NUL; lunavm keeps bytes as LuaJIT does, so skip those.
    if not s:find("%z") or (not fmt:find("%.") and #s >= 100) then
      io.write("S\t", fmt, "\t", hex(s), "\t", hex(string.format(fmt, s)), "\n")
    end
  end
end
for _, s in ipairs(strs) do io.write("S\t%q\t", hex(s), "\t", hex(string.format("%q", s)), "\n") end
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
io.write("S\t%q\t", hex(all), "\t", hex(string.format("%q", all)), "\n")
for _, f in ipairs{"%c", "%5c", "%-5c", "%05c", "%+c", "%.3c", "%#c"} do
  for _, v in ipairs{65, 97.9, 321, -191, 255, 127, 1} do
    io.write("S\t", f, "\t", hex(tostring(v)), "\t", hex(string.format(f, v)), "\n")
  end
end
-- Format syntax and its errors.
for _, f in ipairs{"%y", "%", "abc%", "%-----5d", "%------5d", "%123d", "%.123f", "%12.12f",
  "%1.123f", "%#-+ 0#d", "%-#+ 0d", "%  d", "%ld", "%i", "%5", "%.", "%5.", "%10.5%", "%5%",
  "%-%", "%099d", "%99.99f", "%a", "%A", "%p", "%n", "%L", "%h", "%%", "%%%d", "a%%b%%",
  "%\0d", "%5\0", "100%% sure", "%z", "%.3.3f", "%0.0f", "%00000d", "%000000d", "%-0-0-d",
  "%9.9.9d", "%.99", "%3$d", "%*d", "%é"} do
  local ok, err = pcall(string.format, f, 1, 1, 1, 1)
  io.write("E\t", hex(f), "\t", ok and "ok" or hex(err), "\n")
end
