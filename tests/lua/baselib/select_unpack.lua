-- select and unpack used together for vararg processing.
local function args(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = tostring((select(i, ...))) end
  return table.concat(out, ",")
end
print(args(1, nil, "x", false))
print(args(unpack({1, 2, 3})))
print(args(unpack({1, 2, 3}, 2)))
local packed = {n = 3, "a", nil, "c"}
print(args(unpack(packed, 1, packed.n)))
print(unpack({}, 1, 0))
print(select("#", unpack({}, 1, 0)))
local function last(...) return (select(select("#", ...), ...)) end
print(last(1, 2, 3), last("only"))
