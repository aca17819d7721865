-- ... inside table constructors: expanded only in the last position, and the
-- position of the expansion relative to explicit indices.
local function count(...) return select("#", ...) end
local function mk(...) return {...} end
local function mkn(...) return {n = select("#", ...), ...} end
local t = mk(1, 2, 3)
print(#t, t[1], t[3])
t = mkn(nil, nil, 3)
print(t.n, t[1], t[2], t[3])
local function mid(...) return {..., "last"} end
t = mid("a", "b", "c")
print(t[1], t[2], t[3])
local function after(...) return {"first", ...} end
t = after("a", "b")
print(t[1], t[2], t[3], t[4])
-- explicit keys do not move the positional counter
local function keyed(...) return {x = 1, ..., y = 2} end
t = keyed("a", "b")
print(t[1], t[2], t.x, t.y)
local function keyedlast(...) return {[1] = "explicit", ...} end
t = keyedlast("from vararg")
print(t[1])
-- a call in the last position also expands; in the middle it gives one value
local function three() return 1, 2, 3 end
t = {three(), three()}
print(#t, t[1], t[2], t[4])
t = {three(), (three())}
print(#t)
t = {(three())}
print(#t)
-- ... with a semicolon separator and a trailing separator
local function semi(...) return {...; } end
print(#semi(1, 2, 3))
local function semi2(...) return {0; ...} end
print(#semi2(1, 2, 3))
-- empty varargs add nothing
print(#mk(), count(unpack(mk())), #after(), #mid())
-- many values
local big = {}
for i = 1, 300 do big[i] = i end
t = mk(unpack(big))
print(#t, t[300])
t = {unpack(big)}
print(#t, t[150])
