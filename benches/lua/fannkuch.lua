-- Fannkuch-redux: permutation generation and pancake flips on small integer arrays. Usage: fannkuch.lua [n]
-- smoke: 6
local n = tonumber(arg and arg[1]) or 10

-- Visits all n! permutations of 1..n in the order of the "count" (factorial number
-- system) enumeration: permutation number k is derived from the previous one by
-- rotating a prefix. For each, counts the flips needed until 1 comes first (a flip
-- reverses the first p[1] elements). The checksum adds the flip counts with
-- alternating signs, by permutation index.
local perm, work, count = {}, {}, {}
for i = 1, n do perm[i] = i; count[i] = 0 end

local maxflips, checksum, index = 0, 0, 0
while true do
  -- count the flips of the current permutation
  local first = perm[1]
  if first ~= 1 then
    for i = 1, n do work[i] = perm[i] end
    local flips = 0
    local f = first
    repeat
      local lo, hi = 1, f
      while lo < hi do
        work[lo], work[hi] = work[hi], work[lo]
        lo = lo + 1
        hi = hi - 1
      end
      flips = flips + 1
      f = work[1]
    until f == 1
    if flips > maxflips then maxflips = flips end
    if index % 2 == 0 then checksum = checksum + flips else checksum = checksum - flips end
  end
  -- next permutation: rotate the first r+1 elements left by one, where r is the
  -- lowest position whose counter has not wrapped
  local r = 1
  while true do
    if r >= n then
      print(string.format("n %d: checksum %d, max flips %d, %d permutations", n, checksum, maxflips, index + 1))
      return
    end
    local p1 = perm[1]
    for i = 1, r do perm[i] = perm[i + 1] end
    perm[r + 1] = p1
    count[r] = count[r] + 1
    if count[r] <= r then break end
    count[r] = 0
    r = r + 1
  end
  index = index + 1
end
