-- An upvalue never assigned after its declaration (`local function fib`) is
-- a constant in traces of a closure the trace knows: the recursive calls of
-- fib neither load the upvalue nor guard the callee; the bottom frame's
-- function is guarded once instead (its prototype made one closure).
-- jdump: tis
-- check: ---- TRACE 1 start upvalue_constant.lua:12
-- check-not: ULOAD
-- check-not: UREFO
-- check: fun SLOAD  #-1
-- check: EQ
-- check: ---- TRACE 1 stop -> up-recursion
local function fib(k)
  if k < 2 then return k end
  return fib(k - 1) + fib(k - 2)
end
print(fib(24))
--[[ dump
---- TRACE 1 start upvalue_constant.lua:12
---- TRACE 1 IR
....        SNAP   #0   [ ]
....        SNAP   #1   [ 2=+2 ]
0001  > num SLOAD  #1    T
....        SNAP   #2   [ 2=+2 ]
0002  >     UGE    0001  +2
....        SNAP   #3   [ 2=+2 ]
0003  > fun SLOAD  #-1   T
0004  >     EQ     0003  upvalue_constant.lua:12
0005    num SUB    0001  +1
....        SNAP   #4   [ 2=upvalue_constant.lua:12 4=0005 5=+2 3=link ]
0006  >     UGE    0005  +2
0007    num SUB    0005  +1
....        SNAP   #5   [ 2=upvalue_constant.lua:12 4=0005 5=upvalue_constant.lua:12 7=0007 3=link 6=link ]
---- TRACE 1 stop -> up-recursion
---- TRACE 2 start (1/2) upvalue_constant.lua:13
---- TRACE 2 IR
....        SNAP   #0   [ ]
....        SNAP   #1   [ ]
0001  >     RETF   #0    [0x?]
0002  > num SLOAD  #1    T
....        SNAP   #2   [ -1=0002 ]
0003  > fun SLOAD  #-4   T
0004  >     EQ     0003  upvalue_constant.lua:12
....        SNAP   #3   [ -1=0002 0=upvalue_constant.lua:12 ]
0005  > num SLOAD  #-2   T
0006    num SUB    0005  +2
....        SNAP   #4   [ -1=0002 0=upvalue_constant.lua:12 2=0006 1=link ]
---- TRACE 2 stop -> 1
---- TRACE 3 start (2/1) upvalue_constant.lua:13
---- TRACE 3 IR
....        SNAP   #0   [ ]
....        SNAP   #1   [ ]
0001  >     RETF   #0    [0x?]
0002  > num SLOAD  #1    T
....        SNAP   #2   [ -1=0002 ]
0003  > num SLOAD  #-2   T
0004    num ADD    0003  0002
....        SNAP   #3   [ -2=0004 -1=0002 ]
0005  >     RETF   #-4   [0x?]
....        SNAP   #4   [ -5=0004 ]
0006  > num SLOAD  #-6   T
0007    num ADD    0006  0004
....        SNAP   #5   [ -6=0007 -5=0004 ]
---- TRACE 3 stop -> return
---- TRACE 4 start (1/4) upvalue_constant.lua:13
---- TRACE 4 IR
....        SNAP   #0   [ ]
....        SNAP   #1   [ ]
0001  >     RETF   #0    [0x?]
0002  > num SLOAD  #1    T
....        SNAP   #2   [ -1=0002 ]
0003  > fun SLOAD  #-4   T
0004  >     EQ     0003  upvalue_constant.lua:12
....        SNAP   #3   [ -1=0002 0=upvalue_constant.lua:12 ]
0005  > num SLOAD  #-2   T
0006    num SUB    0005  +2
....        SNAP   #4   [ -1=0002 0=upvalue_constant.lua:12 2=0006 1=link ]
---- TRACE 4 stop -> 1
---- TRACE 5 start (3/3) upvalue_constant.lua:14
---- TRACE 5 IR
....        SNAP   #0   [ ]
....        SNAP   #1   [ ]
0001  >     RETF   #0    [0x?]
0002  > num SLOAD  #2    T
....        SNAP   #2   [ -1=0002 ]
0003  > fun SLOAD  #-4   T
0004  >     EQ     0003  upvalue_constant.lua:12
....        SNAP   #3   [ -1=0002 0=upvalue_constant.lua:12 ]
0005  > num SLOAD  #-2   T
0006    num SUB    0005  +2
....        SNAP   #4   [ -1=0002 0=upvalue_constant.lua:12 2=0006 1=link ]
---- TRACE 5 stop -> 1
---- TRACE 6 start (3/5) upvalue_constant.lua:14
---- TRACE 6 IR
....        SNAP   #0   [ ]
....        SNAP   #1   [ ]
0001  >     RETF   #0    [0x?]
0002  > num SLOAD  #2    T
....        SNAP   #2   [ -1=0002 ]
0003  > fun SLOAD  #-4   T
0004  >     EQ     0003  upvalue_constant.lua:12
....        SNAP   #3   [ -1=0002 0=upvalue_constant.lua:12 ]
0005  > num SLOAD  #-2   T
0006    num SUB    0005  +2
....        SNAP   #4   [ -1=0002 0=upvalue_constant.lua:12 2=0006 1=link ]
---- TRACE 6 stop -> 1
---- TRACE 7 start (6/1) upvalue_constant.lua:14
---- TRACE 7 IR
....        SNAP   #0   [ ]
....        SNAP   #1   [ ]
0001  >     RETF   #0    [0x?]
0002  > num SLOAD  #2    T
....        SNAP   #2   [ -1=0002 ]
0003  > num SLOAD  #-2   T
0004    num ADD    0003  0002
....        SNAP   #3   [ -2=0004 -1=0002 ]
---- TRACE 7 stop -> down-recursion
---- TRACE 8 start (7/1) upvalue_constant.lua:14
---- TRACE 8 IR
....        SNAP   #0   [ ]
....        SNAP   #1   [ ]
0001  >     RETF   #0    [0x?]
0002  > num SLOAD  #2    T
....        SNAP   #2   [ -1=0002 ]
0003  > fun SLOAD  #-4   T
0004  >     EQ     0003  upvalue_constant.lua:12
....        SNAP   #3   [ -1=0002 0=upvalue_constant.lua:12 ]
0005  > num SLOAD  #-2   T
0006    num SUB    0005  +2
....        SNAP   #4   [ -1=0002 0=upvalue_constant.lua:12 2=0006 1=link ]
---- TRACE 8 stop -> 1
]]
