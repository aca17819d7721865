-- A call yields all its results only as the last expression in a list.
local function mr() return 1, 2, 3 end
local function none() end
local t = {mr(), mr()}
print(#t)
t = {mr(), none()}
print(#t)
t = {none(), mr()}
print(t[1], t[2], t[4])
print(mr(), mr())
print(none(), "x", none())
print(select("#", none()), select("#", (none())))
local a, b, c, d = mr()
print(a, b, c, d)
a, b, c, d = mr(), 10
print(a, b, c, d)
a, b, c, d = 0, mr()
print(a, b, c, d)
local function wrap() return mr() end
print(wrap())
local function wrap1() return (mr()) end
print(wrap1())
local s = string.format("%d %d %d", mr())
print(s)
print(math.max(mr()), math.min(mr(), 0))
print(#{mr(), nil}, #{(mr())})
local x = mr() + 10
print(x)
print(mr() .. "", (mr()) .. "!")
print({mr()} ~= nil, #({mr()}))
