-- setmetatable returns its first argument; argument checks.
local t = {}
local mt = {}
print(setmetatable(t, mt) == t, getmetatable(t) == mt)
print(setmetatable(t, nil) == t, getmetatable(t))
print(pcall(setmetatable, t))
print(pcall(setmetatable, t, 1))
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, "s", {}))
print(pcall(setmetatable, nil, {}))
print(getmetatable(1), getmetatable(nil), getmetatable(print), getmetatable({}))
local shared = {}
local a = setmetatable({}, shared)
local b = setmetatable({}, shared)
print(getmetatable(a) == getmetatable(b))
-- a metatable can be its own metatable
local selfmt = {}
selfmt.__index = selfmt
selfmt.hello = "hi"
setmetatable(selfmt, selfmt)
print(selfmt.hello, pcall(function() return selfmt.nothing end))
local loop = setmetatable({}, {})
getmetatable(loop).__newindex = loop
setmetatable(loop, getmetatable(loop))
print(pcall(function() loop.x = 1 end))
-- changing the metatable later changes behaviour
local obj = setmetatable({}, {__index = function() return 1 end})
print(obj.x)
setmetatable(obj, {__index = function() return 2 end})
print(obj.x)
getmetatable(obj).__index = function() return 3 end
print(obj.x)
