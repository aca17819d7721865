-- rawget, rawset, rawequal bypass metamethods.
local log = {}
local t = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "index " .. k; return "meta" end,
  __newindex = function(_, k) log[#log + 1] = "newindex " .. k end,
  __eq = function() return true end,
})
print(t.a, rawget(t, "a"))
t.b = 1
rawset(t, "c", 2)
print(rawget(t, "b"), rawget(t, "c"), t.c)
print(table.concat(log, ", "))
print(rawset(t, "d", 3) == t)
local u = setmetatable({}, getmetatable(t))
print(t == u, rawequal(t, u), rawequal(t, t))
print(pcall(rawget, 1, 1))
print(pcall(rawset, {}, nil, 1))
print(pcall(rawset, "s", 1, 1))
print(rawget({10, 20}, 2), rawget({}, 1))
print(rawequal(1, 1), rawequal("a", "a"), rawequal({}, {}), rawequal(nil, nil))
print(pcall(rawequal, 1))
