-- pcall inside pcall, errors while handling errors, and many nested levels.
local function nest(n)
  if n == 0 then error("bottom") end
  local ok, e = pcall(nest, n - 1)
  error(e .. "<" .. n, 0)
end
print(pcall(nest, 5))
local count = 0
local function many(n)
  if n == 0 then return "done" end
  local ok, v = pcall(many, n - 1)
  count = count + 1
  return v
end
print(many(150), count)
print(pcall(pcall, pcall, error, "x"))
local ok, a, b, c = pcall(pcall, error, "inner")
print(ok, a, b, c)
