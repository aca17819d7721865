-- `-jdump=r` prints the IR after register allocation: after each
-- instruction's number, the register its value lives in (numbers in XMM
-- registers, integers and pointers in general ones) or its spill slot.
-- jdump: r
-- check: ---- TRACE 1 IR
-- check: xmm
-- check: r
-- check: > int ADDOV
-- check: ------ LOOP ------------
-- check: int PHI
local t = {}
for i = 1, 100 do t[i] = i * 0.5 end
local s = 0
for i = 1, 100 do s = s + t[i] end
print(s)
--[[ dump
---- TRACE 1 IR
....        SNAP   #0   [ 3=+100 4=+1 ]
0001 xmm0     > num SLOAD  #2    T
0002 rdx      > int CONV   0001  int.num index
0003 xmm0       num CONV   0002  num.int
0004 xmm0       num MUL    0003  +0.5
....        SNAP   #1   [ 2=0002 3=+100 4=+1 5=0002 6=0004 ]
0005 rax      > tab SLOAD  #1    T
0006 rcx        int FLOAD  0005  tab.asize
0007          >     ABC    0006  0002
0008 rbx        p64 AREF   0005  0002
0009 rbp        tab FLOAD  0005  tab.meta
0010          >     EQ     0009  [0x?]
0011                ASTORE 0008  0004
....        SNAP   #2   [ 2=0002 3=+100 4=+1 5=0002 6=0004 ]
0012 rbx      > int ADDOV  0002  +1
....        SNAP   #3   [ 2=0002 3=+100 4=+1 5=0002 6=0004 ]
0013          >     LE     0012  +100
....        SNAP   #4   [ 2=0012 3=+100 4=+1 5=0012 6=0004 ]
0014         ------ LOOP ------------
0015 xmm0       num CONV   0012  num.int
0016 xmm0       num MUL    0015  +0.5
....        SNAP   #5   [ 2=0012 3=+100 4=+1 5=0012 6=0016 ]
0017          >     ABC    0006  0012
0018 rbp        p64 AREF   0005  0012
0019                ASTORE 0018  0016
....        SNAP   #6   [ 2=0012 3=+100 4=+1 5=0012 6=0016 ]
0020 rdx      > int ADDOV  0012  +1
....        SNAP   #7   [ 2=0012 3=+100 4=+1 5=0012 6=0016 ]
0021          >     LE     0020  +100
0022            int PHI    0012  0020
---- TRACE 2 IR
....        SNAP   #0   [ 4=+100 5=+1 ]
0001 xmm0     > num SLOAD  #3    T
0002 rdx      > int CONV   0001  int.num index
0003 rax      > tab SLOAD  #1    T
0005 rcx        int FLOAD  0003  tab.asize
0006          >     ABC    0005  0002
0007 rbx        p64 AREF   0003  0002
0008 xmm0     > num ALOAD  0007
....        SNAP   #1   [ 3=0002 4=+100 5=+1 6=0002 7=0008 ]
0009 xmm1     > num SLOAD  #2    T
0010 xmm1       num ADD    0009  0008
....        SNAP   #2   [ 2=0010 3=0002 4=+100 5=+1 6=0002 7=0008 ]
0011 rbx      > int ADDOV  0002  +1
....        SNAP   #3   [ 2=0010 3=0002 4=+100 5=+1 6=0002 7=0008 ]
0012          >     LE     0011  +100
....        SNAP   #4   [ 2=0010 3=0011 4=+100 5=+1 6=0011 7=0008 ]
0013         ------ LOOP ------------
....        SNAP   #5   [ 2=0010 3=0011 4=+100 5=+1 6=0011 7=0008 ]
0015          >     ABC    0005  0011
0016 rbp        p64 AREF   0003  0011
0017 xmm0     > num ALOAD  0016
0018 xmm1       num ADD    0010  0017
....        SNAP   #6   [ 2=0018 3=0011 4=+100 5=+1 6=0011 7=0017 ]
0019 rdx      > int ADDOV  0011  +1
....        SNAP   #7   [ 2=0018 3=0011 4=+100 5=+1 6=0011 7=0017 ]
0020          >     LE     0019  +100
0021            num PHI    0008  0017
0022            num PHI    0010  0018
0023            int PHI    0011  0019
]]
