-- Mandelbrot set: floating-point arithmetic in tight loops. Usage: mandelbrot.lua [size]
-- smoke: 24
local n = tonumber(arg and arg[1]) or 2600

-- Renders an n x n view of [-1.5, 0.5] x [-1, 1] with at most 50 iterations per
-- point, packs the in-set bits of each row into bytes (arithmetically, no bit library)
-- and folds the bytes into a checksum, alongside the total iteration count.
local maxiter = 50
local inside, iters, hash = 0, 0, 0
local step = 2.0 / n
for y = 0, n - 1 do
  local ci = y * step - 1.0
  local byte, nbits = 0, 0
  for x = 0, n - 1 do
    local cr = x * step - 1.5
    local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
    local k = 0
    while k < maxiter and zr2 + zi2 <= 4.0 do
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
      zr2 = zr * zr
      zi2 = zi * zi
      k = k + 1
    end
    iters = iters + k
    byte = byte * 2
    if zr2 + zi2 <= 4.0 then
      inside = inside + 1
      byte = byte + 1
    end
    nbits = nbits + 1
    if nbits == 8 or x == n - 1 then
      hash = (hash * 31 + byte) % 1000000007
      byte, nbits = 0, 0
    end
  end
end
print(string.format("size %d: %d points inside, %d iterations, row hash %d", n, inside, iters, hash))
