-- Trailing nils in calls, varargs and table constructors are counted, not dropped.
local function count(...) return select("#", ...) end
print(count(nil), count(1, nil), count(1, nil, nil), count(nil, 1, nil))
local function pass(...) return ... end
print(count(pass(nil, nil)), count(pass(1, nil, nil, nil)))
-- returning nils explicitly
local function nils() return nil, nil, nil end
print(count(nils()), count(nils(), nil), count((nils())))
local a, b, c, d = nils()
print(a, b, c, d)
-- a table constructor keeps the explicit values; count with select on unpack
local function pack(...) return {n = count(...), ...} end
local t = pack(1, nil, 3, nil)
print(t.n, t[1], t[2], t[3], t[4])
-- a vararg in the middle is truncated to one value
print(count(pass(1, 2, 3), nil), count(nil, pass(1, 2, 3)))
local u = {pass(1, 2, 3), pass(4, 5, 6)}
print(u[1], u[2], u[3], u[4])
-- parenthesised calls give exactly one value, even if nil
local function none() end
print(count(none()), count((none())), (none()))
-- extra arguments to a fixed-parameter function are dropped; missing ones are nil
local function fixed(p, q) return count(p, q), p, q end
print(fixed(), fixed(1), fixed(1, 2, 3))
print(pass(1, nil))
print(pass(nil, 1, nil))
