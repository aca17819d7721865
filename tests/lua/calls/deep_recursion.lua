-- Non-tail recursion a few thousand levels deep works.
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(5000))
local function build(n) if n == 0 then return {} end return {build(n - 1)} end
local t = build(1000)
local d = 0
while t[1] do t = t[1]; d = d + 1 end
print(d)
local function sum(t, i) if i > #t then return 0 end return t[i] + sum(t, i + 1) end
local list = {}
for i = 1, 3000 do list[i] = i end
print(sum(list, 1))
