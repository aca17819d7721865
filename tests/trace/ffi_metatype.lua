-- A metatype's methods and operators inlined into the loop: `a + b` calls
-- `__add` (a frame the trace inlines), which constructs the result with a
-- ctype call (one allocation, its members stored); `v:len2()` looks the
-- method up in the constant `__index` table. No call of the ffi's own
-- metamethods (natives) is left.
-- jdump: ti
-- check: ---- TRACE 1 start ffi_metatype.lua:21
-- check: ffi.new
-- check: XSTORE
-- check: ffi.new
-- check-not: CALLN
-- check: ---- TRACE 1 stop -> loop
local ffi = require("ffi")
ffi.cdef"typedef struct { double x, y; } tv2;"
local vec2
vec2 = ffi.metatype("tv2", {
  __add = function(a, b) return vec2(a.x + b.x, a.y + b.y) end,
  __index = { len2 = function(v) return v.x * v.x + v.y * v.y end },
})
local acc, t = vec2(0, 0), 0
for i = 1, 300 do
  acc = acc + vec2(i, 1)
  t = t + acc:len2()
end
print(acc.x, acc.y, t)
--[[ dump
---- TRACE 1 start ffi_metatype.lua:21
---- TRACE 1 IR
....        SNAP   #0   [ 6=+300 7=+1 ]
0001  > num SLOAD  #5    T
0002  > int CONV   0001  int.num index
0003  > cdt SLOAD  #2    T
0004    num CONV   0002  num.int
....        SNAP   #1   [ 5=0002 6=+300 7=+1 8=0002 9=0003 11=0004 12=+1 ]
0005  >     EQ     0003  {cdata:0x?}
0006    num XCONV  0004  #9
0007    num XCONV  +1    #9
0008        CARG   +17   +16
....        SNAP   #2   [ 5=0002 6=+300 7=+1 8=0002 9=0003 11=0004 12=+1 ]
0009  > cdt CALLS  0008  [ffi.new]
0010    p64 XPTR   0009  #0
0011        XSTORE 0010  0006
0012    p64 XADD   0010  +8
0013        XSTORE 0012  0007
....        SNAP   #3   [ 5=0002 6=+300 7=+1 8=0002 9=0009 ]
0014  > cdt SLOAD  #3    T
0015    int XCTYPE 0014
0016  >     EQ     0015  +17
0017    int FLOAD  {table:0x?} tab.hmask
0018  >     EQ     0017  +1
0019  > p64 HREFK  {table:0x?} "__add" @1
0020  > fun HLOAD  0019
0021  >     EQ     0020  ffi_metatype.lua:17
0022    p64 UREFO  ffi_metatype.lua:17 #0
....        SNAP   #4   [ 5=0002 6=+300 7=+1 8=0002 9=0009 15=ffi_metatype.lua:17 17=0014 18=0009 13=link 14=link 16=link ]
0023  > cdt ULOAD  0022
....        SNAP   #5   [ 5=0002 6=+300 7=+1 8=0002 9=0009 15=ffi_metatype.lua:17 17=0014 18=0009 19=0023 13=link 14=link 16=link ]
0024    p64 XPTR   0014  #0
0025    num XLOAD  0024  #9
0026    num ADD    0025  0006
....        SNAP   #6   [ 5=0002 6=+300 7=+1 8=0002 9=0009 15=ffi_metatype.lua:17 17=0014 18=0009 19=0023 21=0026 22=0006 13=link 14=link 16=link ]
0027    p64 XADD   0024  +8
0028    num XLOAD  0027  #9
0029    num ADD    0028  0007
....        SNAP   #7   [ 5=0002 6=+300 7=+1 8=0002 9=0009 15=ffi_metatype.lua:17 17=0014 18=0009 19=0023 21=0026 22=0029 23=0007 13=link 14=link 16=link ]
0030  >     EQ     0023  {cdata:0x?}
0031    num XCONV  0026  #9
0032    num XCONV  0029  #9
....        SNAP   #8   [ 5=0002 6=+300 7=+1 8=0002 9=0009 15=ffi_metatype.lua:17 17=0014 18=0009 19=0023 21=0026 22=0029 23=0007 13=link 14=link 16=link ]
0033  > cdt CALLS  0008  [ffi.new]
0034    p64 XPTR   0033  #0
0035        XSTORE 0034  0031
0036    p64 XADD   0034  +8
0037        XSTORE 0036  0032
0038    int FLOAD  {table:0x?} tab.hmask
....        SNAP   #9   [ 3=0033 5=0002 6=+300 7=+1 8=0002 9=0009 11=0033 ]
0039  >     EQ     0038  +1
0040  > p64 HREFK  {table:0x?} "__index" @0
0041  > tab HLOAD  0040
0042  >     EQ     0041  {table:0x?}
0043    int FLOAD  {table:0x?} tab.hmask
0044  >     EQ     0043  +0
0045  > p64 HREFK  {table:0x?} "len2" @0
0046  > fun HLOAD  0045
....        SNAP   #10  [ 3=0033 5=0002 6=+300 7=+1 8=0002 9=0046 11=0033 ]
0047  >     EQ     0046  ffi_metatype.lua:18
0048    num MUL    0031  0031
0049    num MUL    0032  0032
0050    num ADD    0048  0049
....        SNAP   #11  [ 3=0033 5=0002 6=+300 7=+1 8=0002 9=0050 ]
0051  > num SLOAD  #4    T
0052    num ADD    0051  0050
....        SNAP   #12  [ 3=0033 4=0052 5=0002 6=+300 7=+1 8=0002 9=0050 ]
0053  > int ADDOV  0002  +1
....        SNAP   #13  [ 3=0033 4=0052 5=0002 6=+300 7=+1 8=0002 9=0050 ]
0054  >     LE     0053  +300
....        SNAP   #14  [ 3=0033 4=0052 5=0053 6=+300 7=+1 8=0053 9=0050 ]
0055 ------ LOOP ------------
0056    num CONV   0053  num.int
0057    num XCONV  0056  #9
....        SNAP   #15  [ 3=0033 4=0052 5=0053 6=+300 7=+1 8=0053 9=0003 11=0056 12=+1 ]
0058  > cdt CALLS  0008  [ffi.new]
0059    p64 XPTR   0058  #0
0060        XSTORE 0059  0057
0061    p64 XADD   0059  +8
0062        XSTORE 0061  0007
....        SNAP   #16  [ 3=0033 4=0052 5=0053 6=+300 7=+1 8=0053 9=0058 ]
0063    int FLOAD  {table:0x?} tab.hmask
0064  >     EQ     0063  +1
0065  > fun HLOAD  0019
0066  >     EQ     0065  ffi_metatype.lua:17
....        SNAP   #17  [ 3=0033 4=0052 5=0053 6=+300 7=+1 8=0053 9=0058 15=ffi_metatype.lua:17 17=0033 18=0058 13=link 14=link 16=link ]
0067  > cdt ULOAD  0022
0068    num XLOAD  0034  #9
0069    num ADD    0068  0057
0070    num XLOAD  0036  #9
0071    num ADD    0070  0007
....        SNAP   #18  [ 3=0033 4=0052 5=0053 6=+300 7=+1 8=0053 9=0058 15=ffi_metatype.lua:17 17=0033 18=0058 19=0067 21=0069 22=0071 23=0007 13=link 14=link 16=link ]
0072  >     EQ     0067  {cdata:0x?}
0073    num XCONV  0069  #9
0074    num XCONV  0071  #9
....        SNAP   #19  [ 3=0033 4=0052 5=0053 6=+300 7=+1 8=0053 9=0058 15=ffi_metatype.lua:17 17=0033 18=0058 19=0067 21=0069 22=0071 23=0007 13=link 14=link 16=link ]
0075  > cdt CALLS  0008  [ffi.new]
0076    p64 XPTR   0075  #0
0077        XSTORE 0076  0073
0078    p64 XADD   0076  +8
0079        XSTORE 0078  0074
0080    int FLOAD  {table:0x?} tab.hmask
....        SNAP   #20  [ 3=0075 4=0052 5=0053 6=+300 7=+1 8=0053 9=0058 11=0075 ]
0081  >     EQ     0080  +1
0082  > tab HLOAD  0040
0083  >     EQ     0082  {table:0x?}
0084    int FLOAD  {table:0x?} tab.hmask
0085  >     EQ     0084  +0
0086  > fun HLOAD  0045
....        SNAP   #21  [ 3=0075 4=0052 5=0053 6=+300 7=+1 8=0053 9=0086 11=0075 ]
0087  >     EQ     0086  ffi_metatype.lua:18
0088    num MUL    0073  0073
0089    num MUL    0074  0074
0090    num ADD    0088  0089
0091    num ADD    0052  0090
....        SNAP   #22  [ 3=0075 4=0091 5=0053 6=+300 7=+1 8=0053 9=0090 ]
0092  > int ADDOV  0053  +1
....        SNAP   #23  [ 3=0075 4=0091 5=0053 6=+300 7=+1 8=0053 9=0090 ]
0093  >     LE     0092  +300
0094    cdt PHI    0033  0075
0095    p64 PHI    0034  0076
0096    p64 PHI    0036  0078
0097    num PHI    0052  0091
0098    int PHI    0053  0092
---- TRACE 1 stop -> loop
]]
