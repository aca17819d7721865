-- Walking the stack with debug.getinfo(level): each level has the kind, line and
-- name of an active function. The walk stops at the main chunk (what the standalone
-- interpreter has below it is not compared).
local function walk(nonames)
  local out = {}
  local level = 2
  while true do
    local i = debug.getinfo(level, "Sln")
    if not i then break end
    out[#out + 1] = i.what .. ":" .. i.currentline .. (nonames and "" or ":" .. tostring(i.name))
    if i.what == "main" then break end
    level = level + 1
  end
  return table.concat(out, " ")
end
local function inner() local r = walk(); return r end
local function middle() local r = inner(); return r end
function outer_global() local r = middle(); return r end
print(outer_global())
-- through pcall: a C level in the middle
local function viapcall() local ok, r = pcall(walk); return r end
print(viapcall())
-- through a metamethod (whose name is not compared: the references differ) and
-- table.sort's comparator
local t = setmetatable({}, {__index = function() local r = walk(true); return r end})
print(t.x)
local walked
table.sort({2, 1}, function(a, b) walked = walked or walk(); return a < b end)
print(walked)
-- inside a coroutine the walk ends at the coroutine's body
local co = coroutine.wrap(function() local r = walk(); return r end)
print(co())
-- the f option gives the function at each level
local function self_check() return debug.getinfo(1, "f").func end
print(self_check() == self_check)
