-- A numeric for loop over integers keeps its index, limit and step as 32-bit
-- integers: the limit and step written as literals are constants (no load,
-- no sign check), the index steps with an overflow-checked integer add, and
-- the table index needs no conversion from a double in the loop body.
-- jdump: tis
-- check: ---- TRACE 1 start narrowing.lua:15
-- check: int CONV
-- check: ------ LOOP ------------
-- check-not: int.num
-- check-not: SLOAD
-- check: int ADDOV
-- check: int PHI
-- check: ---- TRACE 1 stop -> loop
local t = {}
for i = 1, 100 do t[i] = 0 end
for i = 1, 100, 3 do t[i] = i end
print(t[97], t[98])
--[[ dump
---- TRACE 1 start narrowing.lua:15
---- TRACE 1 IR
....        SNAP   #0   [ 3=+100 4=+1 ]
0001  > num SLOAD  #2    T
0002  > int CONV   0001  int.num index
....        SNAP   #1   [ 2=0002 3=+100 4=+1 5=0002 6=+0 ]
0003  > tab SLOAD  #1    T
0005    int FLOAD  0003  tab.asize
0006  >     ABC    0005  0002
0007    p64 AREF   0003  0002
0008    tab FLOAD  0003  tab.meta
0009  >     EQ     0008  [0x?]
0010        ASTORE 0007  +0
....        SNAP   #2   [ 2=0002 3=+100 4=+1 5=0002 6=+0 ]
0011  > int ADDOV  0002  +1
....        SNAP   #3   [ 2=0002 3=+100 4=+1 5=0002 6=+0 ]
0012  >     LE     0011  +100
....        SNAP   #4   [ 2=0011 3=+100 4=+1 5=0011 6=+0 ]
0013 ------ LOOP ------------
....        SNAP   #5   [ 2=0011 3=+100 4=+1 5=0011 6=+0 ]
0015  >     ABC    0005  0011
0016    p64 AREF   0003  0011
0017        ASTORE 0016  +0
....        SNAP   #6   [ 2=0011 3=+100 4=+1 5=0011 6=+0 ]
0018  > int ADDOV  0011  +1
....        SNAP   #7   [ 2=0011 3=+100 4=+1 5=0011 6=+0 ]
0019  >     LE     0018  +100
0020    int PHI    0011  0018
---- TRACE 1 stop -> loop
]]
