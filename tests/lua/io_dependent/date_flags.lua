-- ref: luajit
-- os.date hands the whole format to strftime as LuaJIT does: glibc's flags
-- (_ - 0 ^ #), field widths and unknown conversions (copied, padded).
local fmts = { "%5Y", "%-d", "%_d", "%-m/%-d", "%3d", "%_5H", "%010Y", "%^a", "%^B", "%10A", "%-j", "%_j", "%e", "%-e", "%05e", "%Ey", "%Od", "%", "%q", "%5", "x%-", "%-k", "%4M", "%_S", "%Y-%m-%d %H:%M:%S", "%c", "%12F", "%-y", "%#p", "%^p", "%5q", "%#Z", "%#a", "%_-3d", "%-_3d", "%3%", "%-3d", "%-5A", "%03e", "%-3Y", "%_Y", "%^-4b" }
for _, t in ipairs({ 0, 86400 * 40 + 3600 * 5 + 61, 1700000000 }) do
  for _, f in ipairs(fmts) do io.write("[", os.date("!" .. f, t), "]") end
  print()
end
