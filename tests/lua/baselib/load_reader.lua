-- load with a reader function that returns pieces of the chunk.
local pieces = {"return ", "1 ", "+ ", "41"}
local i = 0
local f = load(function() i = i + 1; return pieces[i] end)
print(f())
-- the pieces may split tokens
local src = "local longname = 'val' .. 'ue' return longname"
local pos = 0
f = load(function()
  if pos >= #src then return nil end
  pos = pos + 1
  return src:sub(pos, pos)
end, "=bytes")
print(f())
-- an empty string also ends the chunk
local done = false
f = load(function() if done then return "" end done = true return "return 'empty ends'" end)
print(f())
-- syntax errors come back as nil plus message, with the chunk name
print(type(load(function() return nil end)))
local once = false
print(load(function() if once then return nil end once = true return "x =" end, "=reader"))
print(pcall(load, function() error("reader failed") end))
print(pcall(load))
-- load also accepts a chunkname
once = false
f = load(function() if once then return nil end once = true return "error('in loaded')" end, "=mychunk")
print(pcall(f))
