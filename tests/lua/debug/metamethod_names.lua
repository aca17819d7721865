-- ref: luajit
-- Functions called as metamethods are named after their event, as LuaJIT does
-- (debug.getinfo "n", argument errors and tracebacks).
local function show() local d = debug.getinfo(2, "n") print(d.namewhat, d.name) end
local mt = {}
for _, e in ipairs{"index", "newindex", "call", "add", "sub", "mul", "div", "mod",
                   "pow", "unm", "concat", "eq", "lt", "le"} do
  mt["__" .. e] = function() show() return 1 end
end
local t = setmetatable({}, mt)
local u = setmetatable({}, mt)
local _ = t.x; t.y = 1; t(); _ = t + 1; _ = 2 - t; _ = t * u; _ = t / 1; _ = t % 1
_ = t ^ 1; _ = -t; _ = t .. "x"; _ = t == u; _ = t < u; _ = t <= u; _ = t > u
_ = t >= u; _ = t ~= u
G = t; _ = G.field

local p = newproxy(true)
getmetatable(p).__len = function() show() return 1 end
_ = #p

local v = setmetatable({}, {__index = string.rep, __add = math.floor})
print(pcall(function() return v.x end))
print(pcall(function() return v + 1 end))
local w = setmetatable({}, {__index = function(_, k) error("no field " .. k, 2) end})
print(pcall(function() return w.zz end))
local tb = select(2, xpcall(function() return w.y end, debug.traceback))
print((tb:gsub("\n[^\n]*%[C%]: [^\n]*$", "")))
