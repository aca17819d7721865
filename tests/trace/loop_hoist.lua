-- A numeric loop compiles to one looping trace. LOOP hoists the invariant
-- loads and their guards (the table, its array part, the element's type, the
-- upvalue) out of the body: after LOOP only the arithmetic and the loop's own
-- end test remain.
-- jdump: tis
-- check: ---- TRACE 1 start loop_hoist.lua:18
-- check: SLOAD
-- check: ALOAD
-- check: ------ LOOP ------------
-- check-not: SLOAD
-- check-not: ALOAD
-- check-not: ULOAD
-- check: ---- TRACE 1 stop -> loop
local t = { 1, 2, 3 }
local k = 3
local function run()
  local s = 0
  for i = 1, 1000 do s = s + t[2] * i + k end
  return s
end
print(run())
--[[ dump
---- TRACE 1 start loop_hoist.lua:18
---- TRACE 1 IR
....        SNAP   #0   [ 3=+1000 4=+1 ]
0001  > num SLOAD  #2    T
0002  > int CONV   0001  int.num index
0003  > fun SLOAD  #-1   T
0004  >     EQ     0003  loop_hoist.lua:16
0005    int FLOAD  {table:0x?} tab.asize
....        SNAP   #1   [ 2=0002 3=+1000 4=+1 5=0002 6={table:0x?} ]
0006  >     ABC    0005  +2
0007    p64 AREF   {table:0x?} +2
0008  > num ALOAD  0007
0009    num CONV   0002  num.int
0010    num MUL    0008  0009
....        SNAP   #2   [ 2=0002 3=+1000 4=+1 5=0002 6=0010 ]
0011  > num SLOAD  #1    T
0012    num ADD    0011  0010
0013    num ADD    0012  +3
....        SNAP   #3   [ 1=0013 2=0002 3=+1000 4=+1 5=0002 6=0012 7=+3 ]
0014  > int ADDOV  0002  +1
....        SNAP   #4   [ 1=0013 2=0002 3=+1000 4=+1 5=0002 6=0012 7=+3 ]
0015  >     LE     0014  +1000
....        SNAP   #5   [ 1=0013 2=0014 3=+1000 4=+1 5=0014 6=0012 7=+3 ]
0016 ------ LOOP ------------
0017    num CONV   0014  num.int
0018    num MUL    0008  0017
0019    num ADD    0013  0018
0020    num ADD    0019  +3
....        SNAP   #6   [ 1=0020 2=0014 3=+1000 4=+1 5=0014 6=0019 7=+3 ]
0021  > int ADDOV  0014  +1
....        SNAP   #7   [ 1=0020 2=0014 3=+1000 4=+1 5=0014 6=0019 7=+3 ]
0022  >     LE     0021  +1000
0023    num PHI    0013  0020
0024    int PHI    0014  0021
---- TRACE 1 stop -> loop
]]
