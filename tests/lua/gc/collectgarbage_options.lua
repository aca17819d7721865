-- collectgarbage options and the types of their results (never amounts).
print(collectgarbage("collect"), collectgarbage())
local kb = collectgarbage("count")
print(type(kb), kb > 0, select("#", collectgarbage("count")))
print(type(collectgarbage("step")), type(collectgarbage("step", 0)), type(collectgarbage("step", 1000)))
print(collectgarbage("setpause", 150), collectgarbage("setpause", 200))
print(collectgarbage("setstepmul", 400), collectgarbage("setstepmul", 200))
print(collectgarbage("stop"))
local keep = {}
for i = 1, 100 do keep[i] = {i} end
print(collectgarbage("restart"))
print(collectgarbage("collect"))
print(pcall(collectgarbage, "bogus"))
print(type(gcinfo()), gcinfo() > 0, gcinfo() == math.floor(gcinfo()))
-- memory in use grows while objects are reachable
collectgarbage()
local before = collectgarbage("count")
local hold = {}
for i = 1, 2000 do hold[i] = {i, tostring(i)} end
print(collectgarbage("count") > before)
hold = nil
collectgarbage()
print(collectgarbage("count") > 0)
