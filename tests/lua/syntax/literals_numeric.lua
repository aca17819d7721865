-- Numeric literal forms and their values.
print(0, 00, 007, 1.0, 1., .5, 0.5e1, 5E-1, 1e+2, 1E2, 3e0)
print(0x10, 0XfF, 0xABCdef, 0x0, 0x7fffffff, 0xffffffff, 0x100000000)
print(1e15, 1e16, 12345678901234, 0.1 + 0.2 == 0.3, 1e-3)
print(2^63, -2^63, 1e300 * 1e300)
print(3.14159265358979, 100000000000000, 1e100)
-- numbers in strings converted by arithmetic
print("0x10" + 0, " 12 " + 0, "1e2" * 1, ".5" + 0, "5." + 0)
print(tonumber("  0x1A  "), tonumber("1e"), tonumber("1e1"), tonumber(""), tonumber(" "))
print(tonumber("0x"), tonumber("1 2"), tonumber("- 1"), tonumber("-1"), tonumber("+1"))
-- a malformed number is a syntax error
for _, src in ipairs({"return 1..2", "return 0xg", "return 1e", "return 3x", "return 1.2.3"}) do
  local f, e = loadstring(src)
  print(src, f == nil)
end
-- a dot after a number needs a space for concatenation
print(1 .. 2, loadstring("return 1 ..2")())
-- negative literals are unary minus applied to a constant
print(-0x10, - 1, -1e2, 2- -1)
