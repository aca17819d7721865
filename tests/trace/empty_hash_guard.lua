-- A constant key read from a table without a hash part: absent while the
-- table has none, guarded by the node pointer every such table shares (its
-- hash mask cannot tell: a hash part of one node has mask 0 as well). The
-- key added at iteration 100 makes the guard fail and the read find it.
-- jdump: tix
-- check: ---- TRACE 1 start empty_hash_guard.lua:13
-- check: tab.node
-- check: EQ
-- check-not: tab.hmask
-- check: ---- TRACE 1 stop -> loop
-- check: ---- TRACE 1 exit
local o, s = {}, 0
for i = 1, 300 do
  if i == 100 then o.x = 1 end
  s = s + (o.x or 0)
end
print(s)
--[[ dump
---- TRACE 1 start empty_hash_guard.lua:13
---- TRACE 1 IR
....        SNAP   #0   [ 4=+300 5=+1 ]
0001  > num SLOAD  #3    T
0002  > int CONV   0001  int.num index
0003    num CONV   0002  num.int
....        SNAP   #1   [ 3=0002 4=+300 5=+1 6=0002 ]
0004  >     NE     0003  +100
....        SNAP   #2   [ 3=0002 4=+300 5=+1 6=0002 ]
0005  > tab SLOAD  #1    T
0006    p64 FLOAD  0005  tab.node
0007  >     EQ     0006  [0x?]
0008    tab FLOAD  0005  tab.meta
0009  >     EQ     0008  [0x?]
....        SNAP   #3   [ 3=0002 4=+300 5=+1 6=0002 7=+0 ]
0010  > num SLOAD  #2    T
0011    num ADD    0010  +0
....        SNAP   #4   [ 2=0011 3=0002 4=+300 5=+1 6=0002 7=+0 ]
0012  > int ADDOV  0002  +1
....        SNAP   #5   [ 2=0011 3=0002 4=+300 5=+1 6=0002 7=+0 ]
0013  >     LE     0012  +300
....        SNAP   #6   [ 2=0011 3=0012 4=+300 5=+1 6=0012 7=+0 ]
0014 ------ LOOP ------------
0015    num CONV   0012  num.int
....        SNAP   #7   [ 2=0011 3=0012 4=+300 5=+1 6=0012 7=+0 ]
0016  >     NE     0015  +100
0017    num ADD    0011  +0
....        SNAP   #8   [ 2=0017 3=0012 4=+300 5=+1 6=0012 7=+0 ]
0018  > int ADDOV  0012  +1
....        SNAP   #9   [ 2=0017 3=0012 4=+300 5=+1 6=0012 7=+0 ]
0019  >     LE     0018  +300
0020    num PHI    0011  0017
0021    int PHI    0012  0018
---- TRACE 1 stop -> loop
---- TRACE 1 exit 7
---- TRACE 1 exit 2
---- TRACE 1 exit 2
---- TRACE 1 exit 2
---- TRACE 1 exit 2
---- TRACE 1 exit 2
---- TRACE 1 exit 2
---- TRACE 1 exit 2
---- TRACE 1 exit 2
---- TRACE 1 exit 2
---- TRACE 1 exit 2
---- TRACE 2 start (1/2) empty_hash_guard.lua:15
---- TRACE 2 IR
....        SNAP   #0   [ ]
....        SNAP   #1   [ ]
0001  > tab SLOAD  #1    T
0002    int FLOAD  0001  tab.hmask
0003  >     EQ     0002  +0
0004  > p64 HREFK  0001  "x" @0
0005  > num HLOAD  0004
....        SNAP   #2   [ 7=0005 ]
0006  > num SLOAD  #2    T
0007    num ADD    0006  0005
....        SNAP   #3   [ 2=0007 7=0005 ]
0008  > num SLOAD  #3    T
0009  > num SLOAD  #4    T
0010  > num SLOAD  #5    T
0011  >     GT     0010  +0
0012    num ADD    0008  0010
....        SNAP   #4   [ 2=0007 7=0005 ]
0013  >     LE     0012  0009
....        SNAP   #5   [ 2=0007 3=0012 6=0012 7=0005 ]
---- TRACE 2 stop -> 1
---- TRACE 2 exit 4
]]
