-- Runtime error messages name the kind of variable involved: global, local,
-- upvalue, field or method, for each kind of failing operation.
local function msg(f, ...)
  local ok, e = pcall(f, ...)
  return (tostring(e):gsub("^[^:]*:%d+: ", ""))
end
local up_nil, up_num, up_str = nil, 5, "text"
local cfg = {sub = {}, n = 1, s = "str"}
-- arithmetic
print(msg(function() return cfg.missing + 1 end))
print(msg(function() return cfg.sub.deep * 2 end))
print(msg(function() return up_nil - 1 end))
print(msg(function() return glob_missing / 2 end))
print(msg(function() local loc; return loc % 2 end))
print(msg(function() return -cfg.sub end))
print(msg(function() return cfg.s + 1 end))
print(msg(function() return 2 ^ cfg end))
-- concatenation
print(msg(function() return "a" .. cfg.missing end))
print(msg(function() return up_nil .. "b" end))
print(msg(function() return glob_missing .. "c" end))
print(msg(function() return "x" .. cfg.sub .. "y" end))
-- calls
print(msg(function() glob_missing() end))
print(msg(function() local loc; loc() end))
print(msg(function() up_nil() end))
print(msg(function() up_num() end))
print(msg(function() cfg.missing() end))
print(msg(function() cfg.sub.deep() end))
print(msg(function() cfg:nomethod() end))
print(msg(function() up_str:nomethod() end))
print(msg(function() cfg.n() end))
print(msg(function() local r = glob_missing(1, 2, 3) end))
-- indexing
print(msg(function() return up_nil.x end))
print(msg(function() return up_num.x end))
print(msg(function() return cfg.missing.x end))
print(msg(function() return cfg.n.x end))
print(msg(function() return glob_missing.x end))
print(msg(function() up_nil.x = 1 end))
print(msg(function() cfg.missing.x = 1 end))
print(msg(function() glob_missing.x = 1 end))
-- length
print(msg(function() return #up_nil end))
print(msg(function() return #cfg.n end))
print(msg(function() local b = true; return #b end))
-- a parameter is a local
print(msg(function(p) return p.field end))
print(msg(function(p) return p + 1 end, {}))
