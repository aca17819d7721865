-- Sieve of Eratosthenes: array stores and loads with strided loops. Usage: sieve.lua [reps]
-- smoke: 1
local reps = tonumber(arg and arg[1]) or 480

-- Each repetition sieves 1..limit afresh (limit varies a little between
-- repetitions) and records the prime count and a sum of the primes.
local base = 100000
local count_total, sum_total = 0, 0
local count, last
for r = 1, reps do
  local limit = base + (r % 10) * 100
  local composite = {}
  for i = 1, limit do composite[i] = false end
  local i = 2
  while i * i <= limit do
    if not composite[i] then
      for j = i * i, limit, i do composite[j] = true end
    end
    i = i + 1
  end
  count = 0
  local sum = 0
  for k = 2, limit do
    if not composite[k] then
      count = count + 1
      sum = sum + k
      last = k
    end
  end
  count_total = count_total + count
  sum_total = (sum_total + sum) % 1000000007
end
print(string.format("%d reps: %d primes in all, sum hash %d; last run: %d primes, largest %d",
  reps, count_total, sum_total, count, last))
