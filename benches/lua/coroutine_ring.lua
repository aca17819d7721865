-- Coroutine ring: a token passed around a ring of coroutines, plus a generator pipeline (resume/yield switches, values passed both ways). Usage: coroutine_ring.lua [passes]
-- smoke: 2000
local passes = tonumber(arg and arg[1]) or 7000000

local create, resume, yield, wrap = coroutine.create, coroutine.resume, coroutine.yield, coroutine.wrap

-- 1. The ring: 503 coroutines. The scheduler resumes the holder with the token; the
-- holder counts the visit, decrements the token and yields it back, naming the next
-- member. The member holding the token when it reaches 0 is reported.
local RING = 503
local visits = {}
local ring = {}
for id = 1, RING do
  visits[id] = 0
  ring[id] = create(function(token)
    while true do
      visits[id] = visits[id] + 1
      token = yield(token - 1, id % RING + 1)
    end
  end)
end

local token, holder = passes, 1
while true do
  local ok, t, nxt = resume(ring[holder], token)
  if not ok then error(t) end
  if t == 0 then break end
  token, holder = t, nxt
end
local vsum = 0
for id = 1, RING do vsum = vsum + visits[id] * id end
print(string.format("ring of %d: token ran out at member %d, weighted visits %d", RING, holder, vsum))

-- 2. A pipeline of wrapped generators: numbers -> keep those not divisible by 3 ->
-- square modulo a prime -> running sum; passes / 4 values pulled through.
local function numbers()
  return wrap(function()
    local i = 0
    while true do i = i + 1; yield(i) end
  end)
end
local function filter(src)
  return wrap(function()
    while true do
      local v = src()
      if v % 3 ~= 0 then yield(v) end
    end
  end)
end
local function square(src)
  return wrap(function()
    while true do
      local v = src()
      yield((v * v) % 1000003)
    end
  end)
end
local pipe = square(filter(numbers()))
local sum, last = 0, 0
for _ = 1, math.floor(passes / 4) do
  last = pipe()
  sum = (sum + last) % 1000000007
end
print(string.format("pipeline: %d values, sum %d, last %d", math.floor(passes / 4), sum, last))
