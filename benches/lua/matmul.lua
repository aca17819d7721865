-- Dense matrix multiplication: nested loops over arrays of arrays of floats. Usage: matmul.lua [n]
-- smoke: 12
local n = tonumber(arg and arg[1]) or 500

local function make(n, seed)
  local m = {}
  for i = 1, n do
    local row = {}
    for j = 1, n do
      row[j] = ((i * 31 + j * 17 + seed) % 97 - 48) / 12 + (i - j) / n
    end
    m[i] = row
  end
  return m
end

-- c = a * b (i-k-j loop order, row of b reused)
local function mul(a, b, n)
  local c = {}
  for i = 1, n do
    local ci = {}
    for j = 1, n do ci[j] = 0.0 end
    local ai = a[i]
    for k = 1, n do
      local aik, bk = ai[k], b[k]
      for j = 1, n do ci[j] = ci[j] + aik * bk[j] end
    end
    c[i] = ci
  end
  return c
end

local a, b = make(n, 1), make(n, 2)
local c = mul(a, b, n)
local d = mul(c, a, n) -- a second product so the first result is used
local trace, sum = 0.0, 0.0
for i = 1, n do
  trace = trace + d[i][i]
  local row = c[i]
  for j = 1, n do sum = sum + row[j] end
end
print(string.format("n %d: sum(a*b) %.6f, trace(a*b*a) %.6f, corner %.6f", n, sum, trace, d[n][1]))
