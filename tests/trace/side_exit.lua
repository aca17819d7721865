-- A guard that starts failing at a known iteration: its exit counts, and
-- once hot (hotexit) a side trace starts at that exit, records the other
-- branch and links back to the loop. Exits before it are taken by the root
-- trace alone; afterwards the patched exit runs the side trace.
-- jdump: tx
-- options: -Ohotexit=5
-- check: ---- TRACE 1 start side_exit.lua:13
-- check: ---- TRACE 1 stop -> loop
-- check: ---- TRACE 1 exit
-- check: ---- TRACE 2 start (1/
-- check: ---- TRACE 2 stop -> 1
local a, b = 0, 0
for i = 1, 400 do
  if i < 200 then a = a + i else b = b + 2 end
end
print(a, b)
--[[ dump
---- TRACE 1 start side_exit.lua:13
---- TRACE 1 stop -> loop
---- TRACE 1 exit 6
---- TRACE 1 exit 1
---- TRACE 1 exit 1
---- TRACE 1 exit 1
---- TRACE 1 exit 1
---- TRACE 1 exit 1
---- TRACE 2 start (1/1) side_exit.lua:14
---- TRACE 2 stop -> 1
---- TRACE 2 exit 3
]]
