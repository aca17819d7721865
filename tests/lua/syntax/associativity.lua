-- .. and ^ are right associative; the others associate to the left.
-- A __concat metamethod shows the grouping of a..b..c.
local mt = {}
local function box(n) return setmetatable({n = n}, mt) end
mt.__concat = function(a, b)
  local l = type(a) == "table" and a.n or a
  local r = type(b) == "table" and b.n or b
  return box("(" .. l .. " " .. r .. ")")
end
print((box("a") .. box("b") .. box("c")).n)
print((box("a") .. "b" .. "c").n)
print(("a" .. box("b") .. "c" .. "d").n)
local sub = {}
local function s(n) return setmetatable({n = n}, sub) end
sub.__sub = function(a, b)
  return s("(" .. a.n .. "-" .. b.n .. ")")
end
sub.__pow = function(a, b)
  return s("(" .. a.n .. "^" .. b.n .. ")")
end
sub.__div = function(a, b)
  return s("(" .. a.n .. "/" .. b.n .. ")")
end
print((s"a" - s"b" - s"c").n)
print((s"a" ^ s"b" ^ s"c").n)
print((s"a" / s"b" / s"c" ^ s"d").n)
-- comparison results chain left to right
print(1 < 2 == (2 < 3), (1 < 2) == true == true)
print(2 ^ 2 ^ 3, 2 ^ (2 ^ 3), (2 ^ 2) ^ 3)
