-- A message handler runs after a stack overflow with room to work (calls, tables,
-- pcall); overflowing again inside it is "error in error handling". Tracebacks
-- taken in a handler show the line of every frame below.
local function y() return 1 + y() end
print(xpcall(y, function(m) return "plain: " .. m end))
print(xpcall(y, function(m) local t = {m} return "table: " .. #t end))
print(xpcall(y, function(m) local ok, e = pcall(error, "inner") return tostring(ok) .. " " .. e end))
local function loop(x) return 1 + loop(x) end
print(xpcall(loop, function(m)
  local ok, e = pcall(loop)
  return (string.find(m, "stack overflow") and "outer overflow, " or "?, ") .. e
end))
-- the same overflow again afterwards is a plain "stack overflow"
print(pcall(y))
local l1
local function g() l1 = debug.getinfo(1, "l").currentline; y() end
local _, tb = xpcall(g, debug.traceback)
local lines = {}
for n in string.gmatch(tb, ":(%d+):") do lines[#lines + 1] = n end
print(#lines > 15, lines[2], lines[#lines - 1] == tostring(l1))
