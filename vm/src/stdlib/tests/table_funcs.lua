-- reference: lua5.1
-- concat
eq({3, "1-2.5-x", "", "123"}, table.concat({ 1, 2.5, "x" }, "-"), table.concat({}, "x"), table.concat({ 1, 2, 3 }))
eq({3, "2,3", "", "2,3"}, table.concat({ 1, 2, 3 }, ",", 2), table.concat({ 1, 2, 3 }, ",", 3, 2), table.concat({ 1, 2, 3 }, ",", 2, 3))
eq({3, "a3b", "za", "1e+15 1e+16 0.1"}, table.concat({ "a", "b" }, 3), table.concat({ [0] = "z", "a" }, "", 0, 1), table.concat({ 1e15, 1e16, 0.1 }, " "))
eq({2, false, "invalid value (table) at index 2 in table for 'concat'"}, pcall(table.concat, { 1, {}, 3 }))
eq({2, false, "invalid value (nil) at index 4 in table for 'concat'"}, pcall(table.concat, { 1, 2, 3 }, ",", 1, 5))
eq({2, false, "invalid value (boolean) at index 1 in table for 'concat'"}, pcall(table.concat, { true }))
eq({2, false, "bad argument #2 to '?' (string expected, got table)"}, pcall(table.concat, nil, {}))
eq({2, false, "bad argument #1 to '?' (table expected, got nil)"}, pcall(table.concat, nil))
eq({2, false, "bad argument #3 to '?' (number expected, got string)"}, pcall(table.concat, {}, ",", "x"))
eq({2, false, "table_funcs.lua:12: invalid value (table) at index 1 in table for 'concat'"}, pcall(function() local s = table.concat({ {} }) return s end))
eq({2, false, "invalid value (nil) at index 1 in table for 'concat'"}, pcall(table.concat, setmetatable({}, { __index = function() return "x" end }), ",", 1, 2))
-- insert
local t = { 1, 2, 3 }
table.insert(t, 4)
table.insert(t, 1, 0)
eq({5, 0, 1, 2, 3, 4}, unpack(t))
t = { 1, 2, 3 }
table.insert(t, 6, 9)
eq({4, nil, nil, 9, 3}, t[4], t[5], t[6], #t)
t = { 1, 2, 3 }
table.insert(t, -1, 9)
eq({2, 9, 4}, t[-1], #t)
t = { 1, 2, 3 }
table.insert(t, 2.7, "x")
eq({4, 1, "x", 2, 3}, unpack(t))
t = {}
table.insert(t, nil)
eq({2, 0, nil}, #t, next(t))
eq({2, false, "wrong number of arguments to 'insert'"}, pcall(table.insert, { 1, 2, 3 }, 1, 2, 3))
eq({2, false, "wrong number of arguments to 'insert'"}, pcall(table.insert, {}))
eq({2, false, "bad argument #1 to '?' (table expected, got nil)"}, pcall(table.insert, nil, 1))
eq({2, false, "bad argument #2 to '?' (number expected, got string)"}, pcall(table.insert, {}, "x", 1))
eq({2, false, "table_funcs.lua:35: wrong number of arguments to 'insert'"}, pcall(function() local r = table.insert({}, 1, 2, 3) return r end))
-- remove
t = { 1, 2, 3, 4 }
eq({4, 4, 1, 2, 3}, table.remove(t), unpack(t))
eq({3, 1, 2, 3}, table.remove(t, 1), unpack(t))
eq({0}, table.remove(t, 7))
eq({0}, table.remove(t, 0))
eq({0}, table.remove({}))
eq({0}, table.remove({ n = 3 }))
t = { 1, 2, 3 }
eq({5, 2, 1, 3, nil, 2}, table.remove(t, 2), t[1], t[2], t[3], #t)
eq({2, false, "bad argument #1 to '?' (table expected, got no value)"}, pcall(table.remove))
eq({2, false, "bad argument #2 to '?' (number expected, got string)"}, pcall(table.remove, {}, "x"))
-- getn, setn, maxn
eq({3, 3, 0, 3}, table.getn({ 1, 2, 3 }), table.getn({}), table.getn({ 1, nil, 3 }))
eq({2, false, "bad argument #1 to '?' (table expected, got number)"}, pcall(table.getn, 1))
eq({2, false, "'setn' is obsolete"}, pcall(table.setn, {}, 3))
eq({2, false, "bad argument #1 to '?' (table expected, got number)"}, pcall(table.setn, 1, 3))
eq({4, 10.5, 0, 0, 1e+100}, table.maxn({ 1, 2, [10.5] = 1, [-3] = 2 }), table.maxn({}), table.maxn({ a = 1, [-1] = 2 }), table.maxn({ [1e100] = 1 }))
eq({2, false, "bad argument #1 to '?' (table expected, got no value)"}, pcall(table.maxn))
-- foreach, foreachi
local keys = {}
eq({0}, table.foreach({ a = 1 }, function(k, v) keys[#keys + 1] = k .. "=" .. v end))
eq({1, "a=1"}, keys[1])
eq({1, 2}, table.foreach({ 10, 20, 30 }, function(k, v) if v == 20 then return k, "more" end end))
eq({1, 300}, table.foreachi({ 10, 20, 30, nil, 50 }, function(i, v) if v == 30 then return i * 100 end end))
local seen = {}
eq({0}, table.foreachi({ 5, 6, 7 }, function(i, v) seen[#seen + 1] = i + v end))
eq({3, 6, 8, 10}, unpack(seen))
eq({2, false, "bad argument #2 to '?' (function expected, got number)"}, pcall(table.foreach, {}, 1))
eq({2, false, "bad argument #2 to '?' (function expected, got no value)"}, pcall(table.foreachi, {}))
eq({2, false, "table_funcs.lua:66: boom"}, pcall(table.foreach, { 1 }, function() error("boom") end))
-- foreach survives removing the current key and collecting.
local big = {}
for i = 1, 100 do big["k" .. i] = i end
local count = 0
table.foreach(big, function(k) big[k] = nil collectgarbage() count = count + 1 end)
eq({2, 100, nil}, count, next(big))
