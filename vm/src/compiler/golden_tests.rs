//! Golden listing tests: each snippet's listing must equal what `luajit -bl`
//! prints for it (captured from LuaJIT 2.1, x64 GC64 build, and stored here),
//! and for most of them the debug information (lines, upvalue descriptors,
//! local ranges) must equal what LuaJIT's bytecode dump carries.
//!
//! Generated from a list of snippets by running `luajit -bl t.lua` and a dump
//! script; the tests themselves do not need LuaJIT.

use super::{compile, list_proto};

struct Case {
    name: &'static str,
    source: &'static str,
    listing: &'static str,
    /// Debug info in the format of `debug_info`, or "" if not checked.
    debug: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "constants",
        source: r#"local a, b, c = nil, false, true
local d, e = 1, -1
local f = 32767 local g = 32768 local h = -32768 local i = -32769
local j = 1.5 local k = 1e100 local l = 0x10 local m = "s"
local n = 0x1.8p3 local o = 1e400 local p = -1e400 local q = 2^53
"#,
        listing: r#"-- BYTECODE -- t.lua:0-6
0001    KPRI     0   0
0002    KPRI     1   1
0003    KPRI     2   2
0004    KSHORT   3   1
0005    KSHORT   4  -1
0006    KSHORT   5 32767
0007    KNUM     6   0      ; 32768
0008    KSHORT   7 -32768
0009    KNUM     8   1      ; -32769
0010    KNUM     9   2      ; 1.5
0011    KNUM    10   3      ; 1e+100
0012    KSHORT  11  16
0013    KSTR    12   0      ; "s"
0014    KSHORT  13  12
0015    KNUM    14   4      ; inf
0016    KNUM    15   5      ; -inf
0017    KNUM    16   6      ; 9.007199254741e+15
0018    RET0     0   1

"#,
        // A nil load at a function's start has line 0 (5.1 emits none there).
        debug: r#"proto 0-6 params=0 vararg=1 child=0 frame=17
line 1 0
line 2 1
line 3 1
line 4 2
line 5 2
line 6 3
line 7 3
line 8 3
line 9 3
line 10 4
line 11 4
line 12 4
line 13 4
line 14 5
line 15 5
line 16 5
line 17 5
line 18 5
var a 4 19
var b 4 19
var c 4 19
var d 6 19
var e 6 19
var f 7 19
var g 8 19
var h 9 19
var i 10 19
var j 11 19
var k 12 19
var l 13 19
var m 14 19
var n 15 19
var o 16 19
var p 17 19
var q 18 19
"#,
    },
    Case {
        name: "knil_merging",
        source: r#"local a, b, c, d
local e = nil
local f, g = nil, nil
a, b = nil, nil
local h, i, j = 1
if a then local k end
local l
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    KNIL     0   7
0002    MOV      0   7
0003    KSHORT   7   1
0004    KNIL     8   9
0005    ISF          0
0006    JMP     10 => 0008
0007    KPRI    10   0
0008 => KPRI    10   0
0009    RET0     0   1

"#,
        // A nil load at a function's start has line 0 (5.1 emits none there).
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=11
line 1 0
line 2 4
line 3 5
line 4 5
line 5 6
line 6 6
line 7 6
line 8 7
line 9 7
var a 2 10
var b 2 10
var c 2 10
var d 2 10
var e 2 10
var f 2 10
var g 2 10
var h 5 10
var i 5 10
var j 5 10
var k 8 8
var l 9 10
"#,
    },
    Case {
        name: "arith_forms",
        source: r#"local a, b = ...
local c = a + b
c = a - 1
c = 2 * a
c = a / b
c = a % 3
c = a ^ 2
c = 2 ^ a
c = -a
c = #a
c = not a
"#,
        listing: r#"-- BYTECODE -- t.lua:0-12
0001    VARG     0   3   0
0002    ADDVV    2   0   1
0003    SUBVN    2   0   0  ; 1
0004    MULNV    2   0   1  ; 2
0005    DIVVV    2   0   1
0006    MODVN    2   0   2  ; 3
0007    KSHORT   3   2
0008    POW      2   0   3
0009    KSHORT   3   2
0010    POW      2   3   0
0011    UNM      2   0
0012    LEN      2   0
0013    NOT      2   0
0014    RET0     0   1

"#,
        debug: r#"proto 0-12 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 2
line 3 3
line 4 4
line 5 5
line 6 6
line 7 7
line 8 7
line 9 8
line 10 8
line 11 9
line 12 10
line 13 11
line 14 11
var a 2 15
var b 2 15
var c 3 15
"#,
    },
    Case {
        name: "constant_folding",
        source: r#"local c
c = 1 + 2 * 3 - 4 / 2
c = 7 % 3 + 2 ^ 10
c = 0/0
c = 1/0
c = -1/0
c = 0 * -1
c = -(1)
c = - - 1
c = -0
c = 3 % -2
c = -3 % 2
c = 5.5 % 2
c = 0.1 + 0.2
c = 2 ^ 0.5
"#,
        listing: r#"-- BYTECODE -- t.lua:0-16
0001    KPRI     0   0
0002    KSHORT   0   5
0003    KSHORT   0 1025
0004    KSHORT   1   0
0005    DIVVN    0   1   0  ; 0
0006    KNUM     0   1      ; inf
0007    KNUM     0   2      ; -inf
0008    KSHORT   1   0
0009    MULVN    0   1   3  ; -1
0010    KSHORT   0  -1
0011    KSHORT   0   1
0012    KSHORT   1   0
0013    UNM      0   1
0014    KSHORT   0  -1
0015    KSHORT   0   1
0016    KNUM     0   4      ; 1.5
0017    KNUM     0   5      ; 0.3
0018    KNUM     0   6      ; 1.4142135623731
0019    RET0     0   1

"#,
        // A nil load at a function's start has line 0 (5.1 emits none there).
        debug: r#"proto 0-16 params=0 vararg=1 child=0 frame=2
line 1 0
line 2 2
line 3 3
line 4 4
line 5 4
line 6 5
line 7 6
line 8 7
line 9 7
line 10 8
line 11 9
line 12 10
line 13 10
line 14 11
line 15 12
line 16 13
line 17 14
line 18 15
line 19 15
var c 2 20
"#,
    },
    Case {
        name: "arith_operands",
        source: r#"local t = {}
local x = t.a + t.b * t.c
x = (t.a + 1) * (t.b - 2)
x = 1 - t.a
x = t[1] + t[2]
x = t.a ^ t.b ^ t.c
x = 1e300 * t.a
x = t.a + 65536.5
"#,
        listing: r#"-- BYTECODE -- t.lua:0-9
0001    TNEW     0   0
0002    TGETS    1   0   0  ; "a"
0003    TGETS    2   0   1  ; "b"
0004    TGETS    3   0   2  ; "c"
0005    MULVV    2   2   3
0006    ADDVV    1   1   2
0007    TGETS    2   0   0  ; "a"
0008    ADDVN    2   2   0  ; 1
0009    TGETS    3   0   1  ; "b"
0010    SUBVN    3   3   1  ; 2
0011    MULVV    1   2   3
0012    TGETS    2   0   0  ; "a"
0013    SUBNV    1   2   0  ; 1
0014    TGETB    2   0   1
0015    TGETB    3   0   2
0016    ADDVV    1   2   3
0017    TGETS    2   0   0  ; "a"
0018    TGETS    3   0   1  ; "b"
0019    TGETS    4   0   2  ; "c"
0020    POW      3   3   4
0021    POW      1   2   3
0022    TGETS    2   0   0  ; "a"
0023    MULNV    1   2   2  ; 1e+300
0024    TGETS    2   0   0  ; "a"
0025    ADDVN    1   2   3  ; 65536.5
0026    RET0     0   1

"#,
        debug: r#"proto 0-9 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 3
line 8 3
line 9 3
line 10 3
line 11 3
line 12 4
line 13 4
line 14 5
line 15 5
line 16 5
line 17 6
line 18 6
line 19 6
line 20 6
line 21 6
line 22 7
line 23 7
line 24 8
line 25 8
line 26 8
var t 2 27
var x 7 27
"#,
    },
    Case {
        name: "concat",
        source: r#"local a, b, c = ...
local x = a .. b .. c
x = "a" .. 1 .. a
x = a .. (b .. c)
x = (a .. b) .. c
print(a .. b)
x = a .. b + c .. 1
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    VARG     0   4   0
0002    MOV      3   0
0003    MOV      4   1
0004    MOV      5   2
0005    CAT      3   3   5
0006    KSTR     4   0      ; "a"
0007    KSHORT   5   1
0008    MOV      6   0
0009    CAT      3   4   6
0010    MOV      4   0
0011    MOV      5   1
0012    MOV      6   2
0013    CAT      3   4   6
0014    MOV      4   0
0015    MOV      5   1
0016    CAT      4   4   5
0017    MOV      5   2
0018    CAT      3   4   5
0019    GGET     4   1      ; "print"
0020    MOV      6   0
0021    MOV      7   1
0022    CAT      6   6   7
0023    CALL     4   1   2
0024    MOV      4   0
0025    ADDVV    5   1   2
0026    KSHORT   6   1
0027    CAT      3   4   6
0028    RET0     0   1

"#,
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=8
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 3
line 7 3
line 8 3
line 9 3
line 10 4
line 11 4
line 12 4
line 13 4
line 14 5
line 15 5
line 16 5
line 17 5
line 18 5
line 19 6
line 20 6
line 21 6
line 22 6
line 23 6
line 24 7
line 25 7
line 26 7
line 27 7
line 28 7
var a 2 29
var b 2 29
var c 2 29
var x 6 29
"#,
    },
    Case {
        name: "compare_branches",
        source: r#"local a, b = ...
if a < b then print(1) end
if a <= b then print(2) end
if a > b then print(3) end
if a >= b then print(4) end
if a == b then print(5) end
if a ~= b then print(6) end
if 1 < a then print(7) end
if a < 1 then print(8) end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-10
0001    VARG     0   3   0
0002    ISGE     0   1
0003    JMP      2 => 0007
0004    GGET     2   0      ; "print"
0005    KSHORT   4   1
0006    CALL     2   1   2
0007 => ISGT     0   1
0008    JMP      2 => 0012
0009    GGET     2   0      ; "print"
0010    KSHORT   4   2
0011    CALL     2   1   2
0012 => ISGE     1   0
0013    JMP      2 => 0017
0014    GGET     2   0      ; "print"
0015    KSHORT   4   3
0016    CALL     2   1   2
0017 => ISGT     1   0
0018    JMP      2 => 0022
0019    GGET     2   0      ; "print"
0020    KSHORT   4   4
0021    CALL     2   1   2
0022 => ISNEV    0   1
0023    JMP      2 => 0027
0024    GGET     2   0      ; "print"
0025    KSHORT   4   5
0026    CALL     2   1   2
0027 => ISEQV    0   1
0028    JMP      2 => 0032
0029    GGET     2   0      ; "print"
0030    KSHORT   4   6
0031    CALL     2   1   2
0032 => KSHORT   2   1
0033    ISGE     2   0
0034    JMP      2 => 0038
0035    GGET     2   0      ; "print"
0036    KSHORT   4   7
0037    CALL     2   1   2
0038 => KSHORT   2   1
0039    ISGE     0   2
0040    JMP      2 => 0044
0041    GGET     2   0      ; "print"
0042    KSHORT   4   8
0043    CALL     2   1   2
0044 => RET0     0   1

"#,
        debug: r#"proto 0-10 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 3
line 8 3
line 9 3
line 10 3
line 11 3
line 12 4
line 13 4
line 14 4
line 15 4
line 16 4
line 17 5
line 18 5
line 19 5
line 20 5
line 21 5
line 22 6
line 23 6
line 24 6
line 25 6
line 26 6
line 27 7
line 28 7
line 29 7
line 30 7
line 31 7
line 32 8
line 33 8
line 34 8
line 35 8
line 36 8
line 37 8
line 38 9
line 39 9
line 40 9
line 41 9
line 42 9
line 43 9
line 44 9
var a 2 45
var b 2 45
"#,
    },
    Case {
        name: "compare_constants",
        source: r#"local a = ...
if a == 1 then print(1) end
if a ~= "x" then print(2) end
if a == nil then print(3) end
if true == a then print(4) end
if a ~= false then print(5) end
if "y" == a then print(6) end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    VARG     0   2   0
0002    ISNEN    0   0      ; 1
0003    JMP      1 => 0007
0004    GGET     1   0      ; "print"
0005    KSHORT   3   1
0006    CALL     1   1   2
0007 => ISEQS    0   1      ; "x"
0008    JMP      1 => 0012
0009    GGET     1   0      ; "print"
0010    KSHORT   3   2
0011    CALL     1   1   2
0012 => ISNEP    0   0
0013    JMP      1 => 0017
0014    GGET     1   0      ; "print"
0015    KSHORT   3   3
0016    CALL     1   1   2
0017 => ISNEP    0   2
0018    JMP      1 => 0022
0019    GGET     1   0      ; "print"
0020    KSHORT   3   4
0021    CALL     1   1   2
0022 => ISEQP    0   1
0023    JMP      1 => 0027
0024    GGET     1   0      ; "print"
0025    KSHORT   3   5
0026    CALL     1   1   2
0027 => ISNES    0   2      ; "y"
0028    JMP      1 => 0032
0029    GGET     1   0      ; "print"
0030    KSHORT   3   6
0031    CALL     1   1   2
0032 => RET0     0   1

"#,
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 3
line 8 3
line 9 3
line 10 3
line 11 3
line 12 4
line 13 4
line 14 4
line 15 4
line 16 4
line 17 5
line 18 5
line 19 5
line 20 5
line 21 5
line 22 6
line 23 6
line 24 6
line 25 6
line 26 6
line 27 7
line 28 7
line 29 7
line 30 7
line 31 7
line 32 7
var a 2 33
"#,
    },
    Case {
        name: "compare_values",
        source: r#"local a, b = ...
local x = a < b
local y = a == b
local z = not (a == b)
local w = a == 1 and b or nil
local v = a >= b
"#,
        listing: r#"-- BYTECODE -- t.lua:0-7
0001    VARG     0   3   0
0002    ISLT     0   1
0003    JMP      2 => 0006
0004    KPRI     2   1
0005    JMP      3 => 0007
0006 => KPRI     2   2
0007 => ISEQV    0   1
0008    JMP      3 => 0011
0009    KPRI     3   1
0010    JMP      4 => 0012
0011 => KPRI     3   2
0012 => ISNEV    0   1
0013    JMP      4 => 0016
0014    KPRI     4   1
0015    JMP      5 => 0017
0016 => KPRI     4   2
0017 => ISNEN    0   0      ; 1
0018    JMP      5 => 0021
0019    ISTC     5   1
0020    JMP      5 => 0022
0021 => KPRI     5   0
0022 => ISLE     1   0
0023    JMP      6 => 0026
0024    KPRI     6   1
0025    JMP      7 => 0027
0026 => KPRI     6   2
0027 => RET0     0   1

"#,
        debug: r#"proto 0-7 params=0 vararg=1 child=0 frame=7
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 3
line 8 3
line 9 3
line 10 3
line 11 3
line 12 4
line 13 4
line 14 4
line 15 4
line 16 4
line 17 5
line 18 5
line 19 5
line 20 5
line 21 5
line 22 6
line 23 6
line 24 6
line 25 6
line 26 6
line 27 6
var a 2 28
var b 2 28
var x 7 28
var y 12 28
var z 17 28
var w 22 28
var v 27 28
"#,
    },
    Case {
        name: "compare_indexed",
        source: r#"local a, b = ...
if a.x < b.y then end
if a.x > b.y then end
if a.x == b.y then end
if a[1] >= 2 then end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-6
0001    VARG     0   3   0
0002    TGETS    2   0   0  ; "x"
0003    TGETS    3   1   1  ; "y"
0004    ISGE     2   3
0005    JMP      2 => 0006
0006 => TGETS    2   0   0  ; "x"
0007    TGETS    3   1   1  ; "y"
0008    ISGE     3   2
0009    JMP      2 => 0010
0010 => TGETS    2   0   0  ; "x"
0011    TGETS    3   1   1  ; "y"
0012    ISNEV    2   3
0013    JMP      2 => 0014
0014 => TGETB    2   0   1
0015    KSHORT   3   2
0016    ISGT     3   2
0017    JMP      2 => 0018
0018 => RET0     0   1

"#,
        debug: r#"proto 0-6 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 3
line 7 3
line 8 3
line 9 3
line 10 4
line 11 4
line 12 4
line 13 4
line 14 5
line 15 5
line 16 5
line 17 5
line 18 5
var a 2 19
var b 2 19
"#,
    },
    Case {
        name: "logic_values",
        source: r#"local a, b, c = ...
local x = a and b
x = a or b
x = a and b or c
x = (a or b) and c
x = not a and b
x = a and not b
x = a or 1
x = nil and a
x = false or nil
"#,
        listing: r#"-- BYTECODE -- t.lua:0-11
0001    VARG     0   4   0
0002    ISFC     3   0
0003    JMP      3 => 0005
0004    MOV      3   1
0005 => ISTC     3   0
0006    JMP      4 => 0008
0007    MOV      3   1
0008 => ISF          0
0009    JMP      4 => 0012
0010    ISTC     3   1
0011    JMP      4 => 0013
0012 => MOV      3   2
0013 => IST          0
0014    JMP      4 => 0017
0015    ISFC     3   1
0016    JMP      4 => 0018
0017 => MOV      3   2
0018 => IST          0
0019    JMP      4 => 0022
0020    MOV      3   1
0021    JMP      4 => 0025
0022 => KPRI     3   1
0023    JMP      4 => 0025
0024    KPRI     3   2
0025 => ISFC     3   0
0026    JMP      4 => 0028
0027    NOT      3   1
0028 => ISTC     3   0
0029    JMP      4 => 0031
0030    KSHORT   3   1
0031 => KPRI     3   0
0032    JMP      4 => 0034
0033    MOV      3   0
0034 => KPRI     3   0
0035    RET0     0   1

"#,
        debug: r#"proto 0-11 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 2
line 3 2
line 4 2
line 5 3
line 6 3
line 7 3
line 8 4
line 9 4
line 10 4
line 11 4
line 12 4
line 13 5
line 14 5
line 15 5
line 16 5
line 17 5
line 18 6
line 19 6
line 20 6
line 21 6
line 22 6
line 23 6
line 24 6
line 25 7
line 26 7
line 27 7
line 28 8
line 29 8
line 30 8
line 31 9
line 32 9
line 33 9
line 34 10
line 35 10
var a 2 36
var b 2 36
var c 2 36
var x 5 36
"#,
    },
    Case {
        name: "logic_branches",
        source: r#"local a, b = ...
if a and b then print(1) end
if a or b then print(2) end
if not a then print(3) end
if not (a or b) then print(4) end
if a and not b then print(5) end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-7
0001    VARG     0   3   0
0002    ISF          0
0003    JMP      2 => 0009
0004    ISF          1
0005    JMP      2 => 0009
0006    GGET     2   0      ; "print"
0007    KSHORT   4   1
0008    CALL     2   1   2
0009 => IST          0
0010    JMP      2 => 0013
0011    ISF          1
0012    JMP      2 => 0016
0013 => GGET     2   0      ; "print"
0014    KSHORT   4   2
0015    CALL     2   1   2
0016 => IST          0
0017    JMP      2 => 0021
0018    GGET     2   0      ; "print"
0019    KSHORT   4   3
0020    CALL     2   1   2
0021 => IST          0
0022    JMP      2 => 0028
0023    IST          1
0024    JMP      2 => 0028
0025    GGET     2   0      ; "print"
0026    KSHORT   4   4
0027    CALL     2   1   2
0028 => ISF          0
0029    JMP      2 => 0035
0030    IST          1
0031    JMP      2 => 0035
0032    GGET     2   0      ; "print"
0033    KSHORT   4   5
0034    CALL     2   1   2
0035 => RET0     0   1

"#,
        debug: r#"proto 0-7 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 2
line 9 3
line 10 3
line 11 3
line 12 3
line 13 3
line 14 3
line 15 3
line 16 4
line 17 4
line 18 4
line 19 4
line 20 4
line 21 5
line 22 5
line 23 5
line 24 5
line 25 5
line 26 5
line 27 5
line 28 6
line 29 6
line 30 6
line 31 6
line 32 6
line 33 6
line 34 6
line 35 6
var a 2 36
var b 2 36
"#,
    },
    Case {
        name: "logic_chains",
        source: r#"local a, b, c, d = ...
local x = a and b and c
x = a or b or c
x = a == 1 or b == 2 and c
x = (a and b) or (c and d)
x = a and (b or c) and d
x = not (a and b)
x = not not a
x = (a == b) == (c == d)
x = a < b and c < d or a > d
"#,
        listing: r#"-- BYTECODE -- t.lua:0-11
0001    VARG     0   5   0
0002    ISFC     4   0
0003    JMP      4 => 0007
0004    ISFC     4   1
0005    JMP      4 => 0007
0006    MOV      4   2
0007 => ISTC     4   0
0008    JMP      5 => 0012
0009    ISTC     4   1
0010    JMP      5 => 0012
0011    MOV      4   2
0012 => ISEQN    0   0      ; 1
0013    JMP      5 => 0020
0014    ISNEN    1   1      ; 2
0015    JMP      5 => 0018
0016    MOV      4   2
0017    JMP      5 => 0021
0018 => KPRI     4   1
0019    JMP      5 => 0021
0020 => KPRI     4   2
0021 => ISF          0
0022    JMP      5 => 0025
0023    ISTC     4   1
0024    JMP      5 => 0028
0025 => ISFC     4   2
0026    JMP      5 => 0028
0027    MOV      4   3
0028 => ISFC     4   0
0029    JMP      5 => 0035
0030    IST          1
0031    JMP      5 => 0034
0032    ISFC     4   2
0033    JMP      5 => 0035
0034 => MOV      4   3
0035 => ISF          0
0036    JMP      5 => 0041
0037    NOT      4   1
0038    JMP      5 => 0042
0039    KPRI     4   1
0040    JMP      5 => 0042
0041 => KPRI     4   2
0042 => NOT      5   0
0043    NOT      4   5
0044    ISEQV    0   1
0045    JMP      5 => 0048
0046    KPRI     5   1
0047    JMP      6 => 0049
0048 => KPRI     5   2
0049 => ISEQV    2   3
0050    JMP      6 => 0053
0051    KPRI     6   1
0052    JMP      7 => 0054
0053 => KPRI     6   2
0054 => ISEQV    5   6
0055    JMP      5 => 0058
0056    KPRI     4   1
0057    JMP      5 => 0059
0058 => KPRI     4   2
0059 => ISGE     0   1
0060    JMP      5 => 0063
0061    ISLT     2   3
0062    JMP      5 => 0067
0063 => ISLT     3   0
0064    JMP      5 => 0067
0065    KPRI     4   1
0066    JMP      5 => 0068
0067 => KPRI     4   2
0068 => RET0     0   1

"#,
        debug: r#"proto 0-11 params=0 vararg=1 child=0 frame=7
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 3
line 8 3
line 9 3
line 10 3
line 11 3
line 12 4
line 13 4
line 14 4
line 15 4
line 16 4
line 17 4
line 18 4
line 19 4
line 20 4
line 21 5
line 22 5
line 23 5
line 24 5
line 25 5
line 26 5
line 27 5
line 28 6
line 29 6
line 30 6
line 31 6
line 32 6
line 33 6
line 34 6
line 35 7
line 36 7
line 37 7
line 38 7
line 39 7
line 40 7
line 41 7
line 42 8
line 43 8
line 44 9
line 45 9
line 46 9
line 47 9
line 48 9
line 49 9
line 50 9
line 51 9
line 52 9
line 53 9
line 54 9
line 55 9
line 56 9
line 57 9
line 58 9
line 59 10
line 60 10
line 61 10
line 62 10
line 63 10
line 64 10
line 65 10
line 66 10
line 67 10
line 68 10
var a 2 69
var b 2 69
var c 2 69
var d 2 69
var x 7 69
"#,
    },
    Case {
        name: "logic_constants",
        source: r#"local a, b = ...
local x = a and nil
x = a or false
x = a and true
x = nil or a
x = true and a
x = 1 and a
x = a or "s"
x = (a or 1) + 2
x = a.b or a.c
"#,
        listing: r#"-- BYTECODE -- t.lua:0-11
0001    VARG     0   3   0
0002    ISFC     2   0
0003    JMP      2 => 0005
0004    KPRI     2   0
0005 => ISTC     2   0
0006    JMP      3 => 0008
0007    KPRI     2   1
0008 => ISFC     2   0
0009    JMP      3 => 0011
0010    KPRI     2   2
0011 => MOV      2   0
0012    MOV      2   0
0013    MOV      2   0
0014    ISTC     2   0
0015    JMP      3 => 0017
0016    KSTR     2   0      ; "s"
0017 => ISTC     3   0
0018    JMP      3 => 0020
0019    KSHORT   3   1
0020 => ADDVN    2   3   0  ; 2
0021    TGETS    3   0   1  ; "b"
0022    ISTC     2   3
0023    JMP      4 => 0025
0024    TGETS    2   0   2  ; "c"
0025 => RET0     0   1

"#,
        debug: r#"proto 0-11 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 2
line 3 2
line 4 2
line 5 3
line 6 3
line 7 3
line 8 4
line 9 4
line 10 4
line 11 5
line 12 6
line 13 7
line 14 8
line 15 8
line 16 8
line 17 9
line 18 9
line 19 9
line 20 9
line 21 10
line 22 10
line 23 10
line 24 10
line 25 10
var a 2 26
var b 2 26
var x 5 26
"#,
    },
    Case {
        name: "logic_in_args",
        source: r#"local a, b = ...
t = {a or b, a and b}
f(a or b)
return a or b and 1
"#,
        listing: r#"-- BYTECODE -- t.lua:0-5
0001    VARG     0   3   0
0002    TNEW     2   3
0003    ISTC     3   0
0004    JMP      3 => 0006
0005    MOV      3   1
0006 => TSETB    3   2   1
0007    ISFC     3   0
0008    JMP      3 => 0010
0009    MOV      3   1
0010 => TSETB    3   2   2
0011    GSET     2   0      ; "t"
0012    GGET     2   1      ; "f"
0013    ISTC     4   0
0014    JMP      4 => 0016
0015    MOV      4   1
0016 => CALL     2   1   2
0017    ISTC     2   0
0018    JMP      2 => 0022
0019    ISFC     2   1
0020    JMP      2 => 0022
0021    KSHORT   2   1
0022 => RET1     2   2

"#,
        debug: r#"proto 0-5 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 2
line 9 2
line 10 2
line 11 2
line 12 3
line 13 3
line 14 3
line 15 3
line 16 3
line 17 4
line 18 4
line 19 4
line 20 4
line 21 4
line 22 4
var a 2 23
var b 2 23
"#,
    },
    Case {
        name: "logic_constant_conditions",
        source: r#"local a = true or x
if true or x then y() end
while false do end
if nil then y() end
if 1 then y() else z() end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-6
0001    KPRI     0   2
0002    JMP      1 => 0004
0003    GGET     0   0      ; "x"
0004 => JMP      1 => 0005
0005 => JMP      1 => 0009
0006    GGET     1   0      ; "x"
0007    ISF          1
0008    JMP      2 => 0011
0009 => GGET     1   1      ; "y"
0010    CALL     1   1   1
0011 => JMP      1 => 0012
0012 => JMP      1 => 0015
0013    LOOP     1 => 0015
0014    JMP      1 => 0011
0015 => JMP      1 => 0016
0016 => JMP      1 => 0019
0017    GGET     1   1      ; "y"
0018    CALL     1   1   1
0019 => GGET     1   1      ; "y"
0020    CALL     1   1   1
0021    JMP      1 => 0024
0022    GGET     1   2      ; "z"
0023    CALL     1   1   1
0024 => RET0     0   1

"#,
        debug: r#"proto 0-6 params=0 vararg=1 child=0 frame=3
line 1 1
line 2 1
line 3 1
line 4 2
line 5 2
line 6 2
line 7 2
line 8 2
line 9 2
line 10 2
line 11 3
line 12 3
line 13 3
line 14 3
line 15 4
line 16 4
line 17 4
line 18 4
line 19 5
line 20 5
line 21 5
line 22 5
line 23 5
line 24 5
var a 4 25
"#,
    },
    Case {
        name: "return_logic",
        source: r#"local a, b = ...
return not a, a == b, a or b and 1
"#,
        listing: r#"-- BYTECODE -- t.lua:0-3
0001    VARG     0   3   0
0002    NOT      2   0
0003    ISEQV    0   1
0004    JMP      3 => 0007
0005    KPRI     3   1
0006    JMP      4 => 0008
0007 => KPRI     3   2
0008 => ISTC     4   0
0009    JMP      4 => 0013
0010    ISFC     4   1
0011    JMP      4 => 0013
0012    KSHORT   4   1
0013 => RET      2   4

"#,
        debug: r#"proto 0-3 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 2
line 9 2
line 10 2
line 11 2
line 12 2
line 13 2
var a 2 14
var b 2 14
"#,
    },
    Case {
        name: "globals",
        source: r#"x = 1
y = x
z = y.w
z.w = x
a.b.c = 1
print(x, y, z)
"#,
        listing: r#"-- BYTECODE -- t.lua:0-7
0001    KSHORT   0   1
0002    GSET     0   0      ; "x"
0003    GGET     0   0      ; "x"
0004    GSET     0   1      ; "y"
0005    GGET     0   1      ; "y"
0006    TGETS    0   0   2  ; "w"
0007    GSET     0   3      ; "z"
0008    GGET     0   3      ; "z"
0009    GGET     1   0      ; "x"
0010    TSETS    1   0   2  ; "w"
0011    GGET     0   4      ; "a"
0012    TGETS    0   0   5  ; "b"
0013    KSHORT   1   1
0014    TSETS    1   0   6  ; "c"
0015    GGET     0   7      ; "print"
0016    GGET     2   0      ; "x"
0017    GGET     3   1      ; "y"
0018    GGET     4   3      ; "z"
0019    CALL     0   1   4
0020    RET0     0   1

"#,
        debug: r#"proto 0-7 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 1
line 3 2
line 4 2
line 5 3
line 6 3
line 7 3
line 8 4
line 9 4
line 10 4
line 11 5
line 12 5
line 13 5
line 14 5
line 15 6
line 16 6
line 17 6
line 18 6
line 19 6
line 20 6
"#,
    },
    Case {
        name: "upvalue_get_set",
        source: r#"local a, b = 1, 2
local function f() return a + b end
local function g() a = 3; b = nil; a = "s"; b = true; a = a; b = 1.5 end
return f, g
"#,
        listing: r#"-- BYTECODE -- t.lua:2-2
0001    UGET     0   0      ; a
0002    UGET     1   1      ; b
0003    ADDVV    0   0   1
0004    RET1     0   2

-- BYTECODE -- t.lua:3-3
0001    USETN    0   0      ; a ; 3
0002    USETP    1   0      ; b
0003    USETS    0   0      ; a ; "s"
0004    USETP    1   2      ; b
0005    UGET     0   0      ; a
0006    USETV    0   0      ; a
0007    USETN    1   1      ; b ; 1.5
0008    RET0     0   1

-- BYTECODE -- t.lua:0-5
0001    KSHORT   0   1
0002    KSHORT   1   2
0003    FNEW     2   0      ; t.lua:2
0004    FNEW     3   1      ; t.lua:3
0005    MOV      4   2
0006    MOV      5   3
0007    UCLO     0 => 0008
0008 => RET      4   3

"#,
        debug: r#"proto 2-2 params=0 vararg=0 child=0 frame=2
line 1 2
line 2 2
line 3 2
line 4 2
uv 0 a 0 local mut
uv 1 b 1 local mut
proto 3-3 params=0 vararg=0 child=0 frame=1
line 1 3
line 2 3
line 3 3
line 4 3
line 5 3
line 6 3
line 7 3
line 8 3
uv 0 a 0 local mut
uv 1 b 1 local mut
proto 0-5 params=0 vararg=1 child=1 frame=6
line 1 1
line 2 1
line 3 2
line 4 3
line 5 4
line 6 4
line 7 4
line 8 4
var a 3 9
var b 3 9
var f 4 9
var g 5 9
"#,
    },
    Case {
        name: "upvalue_chain",
        source: r#"local x = 1
function g()
  local y = 2
  return function() return x + y end
end
local t = {}
function t.a.b:c(z) return self, z, x end
"#,
        listing: r#"-- BYTECODE -- t.lua:4-4
0001    UGET     0   0      ; x
0002    UGET     1   1      ; y
0003    ADDVV    0   0   1
0004    RET1     0   2

-- BYTECODE -- t.lua:2-5
0001    KSHORT   0   2
0002    FNEW     1   0      ; t.lua:4
0003    UCLO     0 => 0004
0004 => RET1     1   2

-- BYTECODE -- t.lua:7-7
0001    MOV      2   0
0002    MOV      3   1
0003    UGET     4   0      ; x
0004    RET      2   4

-- BYTECODE -- t.lua:0-8
0001    KSHORT   0   1
0002    FNEW     1   0      ; t.lua:2
0003    GSET     1   1      ; "g"
0004    TNEW     1   0
0005    TGETS    2   1   2  ; "a"
0006    TGETS    2   2   3  ; "b"
0007    FNEW     3   5      ; t.lua:7
0008    TSETS    3   2   4  ; "c"
0009    UCLO     0 => 0010
0010 => RET0     0   1

"#,
        debug: r#"proto 4-4 params=0 vararg=0 child=0 frame=2
line 1 4
line 2 4
line 3 4
line 4 4
uv 0 x 0 upval mut
uv 1 y 0 local imm
proto 2-5 params=0 vararg=0 child=1 frame=2
line 1 3
line 2 4
line 3 4
line 4 4
uv 0 x 0 local imm
var y 2 5
proto 7-7 params=2 vararg=0 child=0 frame=5
line 1 7
line 2 7
line 3 7
line 4 7
uv 0 x 0 local imm
var self 0 5
var z 0 5
proto 0-8 params=0 vararg=1 child=1 frame=4
line 1 1
line 2 5
line 3 2
line 4 6
line 5 7
line 6 7
line 7 7
line 8 7
line 9 7
line 10 7
var x 2 11
var t 5 11
"#,
    },
    Case {
        name: "closures_nested",
        source: r#"local a
local function f()
  local b
  local function g()
    local c
    return function() return a, b, c end
  end
  return g
end
return f
"#,
        listing: r#"-- BYTECODE -- t.lua:6-6
0001    UGET     0   0      ; a
0002    UGET     1   1      ; b
0003    UGET     2   2      ; c
0004    RET      0   4

-- BYTECODE -- t.lua:4-7
0001    KPRI     0   0
0002    FNEW     1   0      ; t.lua:6
0003    UCLO     0 => 0004
0004 => RET1     1   2

-- BYTECODE -- t.lua:2-9
0001    KPRI     0   0
0002    FNEW     1   0      ; t.lua:4
0003    UCLO     0 => 0004
0004 => RET1     1   2

-- BYTECODE -- t.lua:0-11
0001    KPRI     0   0
0002    FNEW     1   0      ; t.lua:2
0003    UCLO     0 => 0004
0004 => RET1     1   2

"#,
        // A nil load at a function's start has line 0 (5.1 emits none there).
        debug: r#"proto 6-6 params=0 vararg=0 child=0 frame=3
line 1 6
line 2 6
line 3 6
line 4 6
uv 0 a 0 upval mut
uv 1 b 1 upval mut
uv 2 c 0 local imm
proto 4-7 params=0 vararg=0 child=1 frame=2
line 1 0
line 2 6
line 3 6
line 4 6
uv 0 a 0 upval mut
uv 1 b 0 local imm
var c 2 5
proto 2-9 params=0 vararg=0 child=1 frame=2
line 1 0
line 2 7
line 3 8
line 4 8
uv 0 a 0 local imm
var b 2 5
var g 3 5
proto 0-11 params=0 vararg=1 child=1 frame=2
line 1 0
line 2 9
line 3 10
line 4 10
var a 2 5
var f 3 5
"#,
    },
    Case {
        name: "calls",
        source: r#"local f, o = ...
f()
f(1, 2, 3)
f(f())
f(1, f())
f(...)
o:m()
o:m(1, ...)
o.a.b:m "s"
f{1, 2}
f"x"
local a, b, c = f()
local d = f()
local e, g = f(), f()
return f(1)
"#,
        listing: r#"-- BYTECODE -- t.lua:0-16
0001    VARG     0   3   0
0002    MOV      2   0
0003    CALL     2   1   1
0004    MOV      2   0
0005    KSHORT   4   1
0006    KSHORT   5   2
0007    KSHORT   6   3
0008    CALL     2   1   4
0009    MOV      2   0
0010    MOV      4   0
0011    CALL     4   0   1
0012    CALLM    2   1   0
0013    MOV      2   0
0014    KSHORT   4   1
0015    MOV      5   0
0016    CALL     5   0   1
0017    CALLM    2   1   1
0018    MOV      2   0
0019    VARG     4   0   0
0020    CALLM    2   1   0
0021    MOV      4   1
0022    TGETS    2   1   0  ; "m"
0023    CALL     2   1   2
0024    MOV      4   1
0025    TGETS    2   1   0  ; "m"
0026    KSHORT   5   1
0027    VARG     6   0   0
0028    CALLM    2   1   2
0029    TGETS    2   1   1  ; "a"
0030    TGETS    2   2   2  ; "b"
0031    MOV      4   2
0032    TGETS    2   2   0  ; "m"
0033    KSTR     5   3      ; "s"
0034    CALL     2   1   3
0035    MOV      2   0
0036    TDUP     4   4
0037    CALL     2   1   2
0038    MOV      2   0
0039    KSTR     4   5      ; "x"
0040    CALL     2   1   2
0041    MOV      2   0
0042    CALL     2   4   1
0043    MOV      5   0
0044    CALL     5   2   1
0045    MOV      6   0
0046    CALL     6   2   1
0047    MOV      7   0
0048    CALL     7   2   1
0049    MOV      8   0
0050    KSHORT  10   1
0051    CALLT    8   2

"#,
        debug: r#"proto 0-16 params=0 vararg=1 child=0 frame=11
line 1 1
line 2 2
line 3 2
line 4 3
line 5 3
line 6 3
line 7 3
line 8 3
line 9 4
line 10 4
line 11 4
line 12 4
line 13 5
line 14 5
line 15 5
line 16 5
line 17 5
line 18 6
line 19 6
line 20 6
line 21 7
line 22 7
line 23 7
line 24 8
line 25 8
line 26 8
line 27 8
line 28 8
line 29 9
line 30 9
line 31 9
line 32 9
line 33 9
line 34 9
line 35 10
line 36 10
line 37 10
line 38 11
line 39 11
line 40 11
line 41 12
line 42 12
line 43 13
line 44 13
line 45 14
line 46 14
line 47 14
line 48 14
line 49 15
line 50 15
line 51 15
var f 2 52
var o 2 52
var a 43 52
var b 43 52
var c 43 52
var d 45 52
var e 49 52
var g 49 52
"#,
    },
    Case {
        name: "tail_call_vararg",
        source: r#"local f = ...
return f(...)
"#,
        listing: r#"-- BYTECODE -- t.lua:0-3
0001    VARG     0   2   0
0002    MOV      1   0
0003    VARG     3   0   0
0004    CALLMT   1   0

"#,
        debug: r#"proto 0-3 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 2
line 3 2
line 4 2
var f 2 5
"#,
    },
    Case {
        name: "tail_call_method",
        source: r#"local t = ...
return t:m(1)
"#,
        listing: r#"-- BYTECODE -- t.lua:0-3
0001    VARG     0   2   0
0002    MOV      3   0
0003    TGETS    1   0   0  ; "m"
0004    KSHORT   4   1
0005    CALLT    1   3

"#,
        debug: r#"proto 0-3 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
var t 2 6
"#,
    },
    Case {
        name: "method_chains",
        source: r#"local o = ...
o:a():b():c(1)
o.x:y(o:z())
return o:w()
"#,
        listing: r#"-- BYTECODE -- t.lua:0-5
0001    VARG     0   2   0
0002    MOV      3   0
0003    TGETS    1   0   0  ; "a"
0004    CALL     1   2   2
0005    MOV      3   1
0006    TGETS    1   1   1  ; "b"
0007    CALL     1   2   2
0008    MOV      3   1
0009    TGETS    1   1   2  ; "c"
0010    KSHORT   4   1
0011    CALL     1   1   3
0012    TGETS    1   0   3  ; "x"
0013    MOV      3   1
0014    TGETS    1   1   4  ; "y"
0015    MOV      6   0
0016    TGETS    4   0   5  ; "z"
0017    CALL     4   0   2
0018    CALLM    1   1   1
0019    MOV      3   0
0020    TGETS    1   0   6  ; "w"
0021    CALLT    1   2

"#,
        debug: r#"proto 0-5 params=0 vararg=1 child=0 frame=7
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 2
line 9 2
line 10 2
line 11 2
line 12 3
line 13 3
line 14 3
line 15 3
line 16 3
line 17 3
line 18 3
line 19 4
line 20 4
line 21 4
var o 2 22
"#,
    },
    Case {
        name: "varargs",
        source: r#"local a, b = ...
local c = ...
local t = {...}
local u = {1, ...}
local v = {..., 1}
print(...)
return ...
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    VARG     0   3   0
0002    VARG     2   2   0
0003    TNEW     3   3
0004    VARG     4   0   0
0005    TSETM    4   0      ; 1
0006    TDUP     4   0
0007    VARG     5   0   0
0008    TSETM    5   1      ; 2
0009    TDUP     5   1
0010    VARG     6   2   0
0011    TSETB    6   5   1
0012    GGET     6   2      ; "print"
0013    VARG     8   0   0
0014    CALLM    6   1   0
0015    VARG     6   0   0
0016    RETM     6   0

"#,
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=9
line 1 1
line 2 2
line 3 3
line 4 3
line 5 3
line 6 4
line 7 4
line 8 4
line 9 5
line 10 5
line 11 5
line 12 6
line 13 6
line 14 6
line 15 7
line 16 7
var a 2 17
var b 2 17
var c 3 17
var t 6 17
var u 9 17
var v 12 17
"#,
    },
    Case {
        name: "vararg_function",
        source: r##"local function f(a, ...) local b, c = ... return select("#", ...) end
return f
"##,
        listing: r##"-- BYTECODE -- t.lua:1-1
0001    VARG     1   3   1
0002    GGET     3   0      ; "select"
0003    KSTR     5   1      ; "#"
0004    VARG     6   0   1
0005    CALLMT   3   1

-- BYTECODE -- t.lua:0-3
0001    FNEW     0   0      ; t.lua:1
0002    UCLO     0 => 0003
0003 => RET1     0   2

"##,
        debug: r#"proto 1-1 params=1 vararg=1 child=0 frame=7
line 1 1
line 2 1
line 3 1
line 4 1
line 5 1
var a 0 6
var b 2 6
var c 2 6
proto 0-3 params=0 vararg=1 child=1 frame=1
line 1 1
line 2 2
line 3 2
var f 2 4
"#,
    },
    Case {
        name: "returns",
        source: r#"local a, b = ...
if a then return end
if b then return a end
if a then return a, b end
if b then return a, b, 1 end
if a then return (f()) end
return 1
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    VARG     0   3   0
0002    ISF          0
0003    JMP      2 => 0005
0004    RET0     0   1
0005 => ISF          1
0006    JMP      2 => 0008
0007    RET1     0   2
0008 => ISF          0
0009    JMP      2 => 0013
0010    MOV      2   0
0011    MOV      3   1
0012    RET      2   3
0013 => ISF          1
0014    JMP      2 => 0019
0015    MOV      2   0
0016    MOV      3   1
0017    KSHORT   4   1
0018    RET      2   4
0019 => ISF          0
0020    JMP      2 => 0024
0021    GGET     2   0      ; "f"
0022    CALL     2   2   1
0023    RET1     2   2
0024 => KSHORT   2   1
0025    RET1     2   2

"#,
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 2
line 4 2
line 5 3
line 6 3
line 7 3
line 8 4
line 9 4
line 10 4
line 11 4
line 12 4
line 13 5
line 14 5
line 15 5
line 16 5
line 17 5
line 18 5
line 19 6
line 20 6
line 21 6
line 22 6
line 23 6
line 24 7
line 25 7
var a 2 26
var b 2 26
"#,
    },
    Case {
        name: "return_empty",
        source: r#"return
"#,
        listing: r#"-- BYTECODE -- t.lua:0-2
0001    RET0     0   1

"#,
        debug: r#"proto 0-2 params=0 vararg=1 child=0 frame=1
line 1 1
"#,
    },
    Case {
        name: "return_multi_vararg",
        source: r#"local a = 1; return a, 2, ...
"#,
        listing: r#"-- BYTECODE -- t.lua:0-2
0001    KSHORT   0   1
0002    MOV      1   0
0003    KSHORT   2   2
0004    VARG     3   0   0
0005    RETM     1   2

"#,
        debug: r#"proto 0-2 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 1
line 3 1
line 4 1
line 5 1
var a 2 6
"#,
    },
    Case {
        name: "tables_constructors",
        source: r#"local t = {}
local u = {1, 2, 3}
local v = {x = 1, y = "s", [1] = true, [2.5] = false}
local w = {1, 2, x = {}, [3] = 4}
local x = {f(), g()}
local y = {a = f()}
local z = {[f()] = 1}
local q = {nil, nil, 3}
"#,
        listing: r#"-- BYTECODE -- t.lua:0-9
0001    TNEW     0   0
0002    TDUP     1   0
0003    TDUP     2   1
0004    TDUP     3   2
0005    TNEW     4   0
0006    TSETS    4   3   3  ; "x"
0007    TNEW     4   3
0008    GGET     5   4      ; "f"
0009    CALL     5   2   1
0010    TSETB    5   4   1
0011    GGET     5   5      ; "g"
0012    CALL     5   0   1
0013    TSETM    5   0      ; 2
0014    TDUP     5   6
0015    GGET     6   4      ; "f"
0016    CALL     6   2   1
0017    TSETS    6   5   7  ; "a"
0018    TNEW     6 2048
0019    GGET     7   4      ; "f"
0020    CALL     7   2   1
0021    KSHORT   8   1
0022    TSETV    8   6   7
0023    TDUP     7   8
0024    RET0     0   1

"#,
        debug: r#"proto 0-9 params=0 vararg=1 child=0 frame=9
line 1 1
line 2 2
line 3 3
line 4 4
line 5 4
line 6 4
line 7 5
line 8 5
line 9 5
line 10 5
line 11 5
line 12 5
line 13 5
line 14 6
line 15 6
line 16 6
line 17 6
line 18 7
line 19 7
line 20 7
line 21 7
line 22 7
line 23 8
line 24 8
var t 2 25
var u 3 25
var v 4 25
var w 7 25
var x 14 25
var y 18 25
var z 23 25
var q 24 25
"#,
    },
    Case {
        name: "tables_mixed",
        source: r#"local a = ...
local t = {a, a + 1, x = a, [a] = a, "s"}
local u = {[a] = 1, [1] = a}
local v = {a; a; a}
"#,
        listing: r#"-- BYTECODE -- t.lua:0-5
0001    VARG     0   2   0
0002    TDUP     1   0
0003    TSETB    0   1   1
0004    ADDVN    2   0   0  ; 1
0005    TSETB    2   1   2
0006    TSETS    0   1   1  ; "x"
0007    TSETV    0   1   0
0008    TNEW     2 2048
0009    KSHORT   3   1
0010    TSETV    3   2   0
0011    TSETB    0   2   1
0012    TNEW     3   4
0013    TSETB    0   3   1
0014    TSETB    0   3   2
0015    TSETB    0   3   3
0016    RET0     0   1

"#,
        debug: r#"proto 0-5 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 3
line 9 3
line 10 3
line 11 3
line 12 4
line 13 4
line 14 4
line 15 4
line 16 4
var a 2 17
var t 8 17
var u 12 17
var v 16 17
"#,
    },
    Case {
        name: "tables_sizes",
        source: r#"local t = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20}
local u = {x=1,y=2,z=3,w=4,v=5}
local v = {x=1,y=2,z=3,w=4,f()}
local w = {[0] = 1}
local x = {[0] = a}
local y = {[true] = 1, [false] = 2}
local z = {x=f(), y=g(), z=h()}
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    TDUP     0   0
0002    TDUP     1   1
0003    TDUP     2   2
0004    GGET     3   3      ; "f"
0005    CALL     3   0   1
0006    TSETM    3   0      ; 1
0007    TDUP     3   4
0008    TNEW     4   3
0009    GGET     5   5      ; "a"
0010    TSETB    5   4   0
0011    TDUP     5   6
0012    TDUP     6   7
0013    GGET     7   3      ; "f"
0014    CALL     7   2   1
0015    TSETS    7   6   8  ; "x"
0016    GGET     7   9      ; "g"
0017    CALL     7   2   1
0018    TSETS    7   6  10  ; "y"
0019    GGET     7  11      ; "h"
0020    CALL     7   2   1
0021    TSETS    7   6  12  ; "z"
0022    RET0     0   1

"#,
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=9
line 1 1
line 2 2
line 3 3
line 4 3
line 5 3
line 6 3
line 7 4
line 8 5
line 9 5
line 10 5
line 11 6
line 12 7
line 13 7
line 14 7
line 15 7
line 16 7
line 17 7
line 18 7
line 19 7
line 20 7
line 21 7
line 22 7
var t 2 23
var u 3 23
var v 7 23
var w 8 23
var x 11 23
var y 12 23
var z 22 23
"#,
    },
    Case {
        name: "table_index_forms",
        source: r#"local a = ...
local t = {}
t.x = 1 t[1] = 2 t[a] = 3 t["y z"] = 4 t[256] = 5 t[1.5] = 6 t[-1] = 7 t[0] = 8 t[255] = 9
local b = t.x + t[1] + t[a] + t[256] + t[0] + t[255]
t[true] = t[false]
t.x = "s" t.y = nil t.z = true t.w = 1.5 t[a] = a
"#,
        listing: r#"-- BYTECODE -- t.lua:0-7
0001    VARG     0   2   0
0002    TNEW     1   0
0003    KSHORT   2   1
0004    TSETS    2   1   0  ; "x"
0005    KSHORT   2   2
0006    TSETB    2   1   1
0007    KSHORT   2   3
0008    TSETV    2   1   0
0009    KSHORT   2   4
0010    TSETS    2   1   1  ; "y z"
0011    KSHORT   2 256
0012    KSHORT   3   5
0013    TSETV    3   1   2
0014    KNUM     2   0      ; 1.5
0015    KSHORT   3   6
0016    TSETV    3   1   2
0017    KSHORT   2  -1
0018    KSHORT   3   7
0019    TSETV    3   1   2
0020    KSHORT   2   8
0021    TSETB    2   1   0
0022    KSHORT   2   9
0023    TSETB    2   1 255
0024    TGETS    2   1   0  ; "x"
0025    TGETB    3   1   1
0026    ADDVV    2   2   3
0027    TGETV    3   1   0
0028    ADDVV    2   2   3
0029    KSHORT   3 256
0030    TGETV    3   1   3
0031    ADDVV    2   2   3
0032    TGETB    3   1   0
0033    ADDVV    2   2   3
0034    TGETB    3   1 255
0035    ADDVV    2   2   3
0036    KPRI     3   2
0037    KPRI     4   1
0038    TGETV    4   1   4
0039    TSETV    4   1   3
0040    KSTR     3   2      ; "s"
0041    TSETS    3   1   0  ; "x"
0042    KPRI     3   0
0043    TSETS    3   1   3  ; "y"
0044    KPRI     3   2
0045    TSETS    3   1   4  ; "z"
0046    KNUM     3   0      ; 1.5
0047    TSETS    3   1   5  ; "w"
0048    TSETV    0   1   0
0049    RET0     0   1

"#,
        debug: r#"proto 0-7 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 3
line 4 3
line 5 3
line 6 3
line 7 3
line 8 3
line 9 3
line 10 3
line 11 3
line 12 3
line 13 3
line 14 3
line 15 3
line 16 3
line 17 3
line 18 3
line 19 3
line 20 3
line 21 3
line 22 3
line 23 3
line 24 4
line 25 4
line 26 4
line 27 4
line 28 4
line 29 4
line 30 4
line 31 4
line 32 4
line 33 4
line 34 4
line 35 4
line 36 5
line 37 5
line 38 5
line 39 5
line 40 6
line 41 6
line 42 6
line 43 6
line 44 6
line 45 6
line 46 6
line 47 6
line 48 6
line 49 6
var a 2 50
var t 3 50
var b 36 50
"#,
    },
    Case {
        name: "table_nested_access",
        source: r#"local a = {b = {c = {d = 1}}}
local x = a.b.c.d
a.b.c.d = a.b.c.d + 1
a["b"]["c"] = nil
"#,
        listing: r#"-- BYTECODE -- t.lua:0-5
0001    TDUP     0   3
0002    TDUP     1   1
0003    TDUP     2   0
0004    TSETS    2   1   2  ; "c"
0005    TSETS    1   0   4  ; "b"
0006    TGETS    1   0   4  ; "b"
0007    TGETS    1   1   2  ; "c"
0008    TGETS    1   1   5  ; "d"
0009    TGETS    2   0   4  ; "b"
0010    TGETS    2   2   2  ; "c"
0011    TGETS    3   0   4  ; "b"
0012    TGETS    3   3   2  ; "c"
0013    TGETS    3   3   5  ; "d"
0014    ADDVN    3   3   0  ; 1
0015    TSETS    3   2   5  ; "d"
0016    TGETS    2   0   4  ; "b"
0017    KPRI     3   0
0018    TSETS    3   2   2  ; "c"
0019    RET0     0   1

"#,
        debug: r#"proto 0-5 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 1
line 3 1
line 4 1
line 5 1
line 6 2
line 7 2
line 8 2
line 9 3
line 10 3
line 11 3
line 12 3
line 13 3
line 14 3
line 15 3
line 16 4
line 17 4
line 18 4
line 19 4
var a 6 20
var x 9 20
"#,
    },
    Case {
        name: "loops_numeric",
        source: r#"local s = 0
for i = 1, 10 do s = s + i end
for i = 10, 1, -1 do s = s + i end
for i = 1, s, 2 do local x = i end
for i = s, 1.5, 0.5 do end
return s
"#,
        listing: r#"-- BYTECODE -- t.lua:0-7
0001    KSHORT   0   0
0002    KSHORT   1   1
0003    KSHORT   2  10
0004    KSHORT   3   1
0005    FORI     1 => 0008
0006 => ADDVV    0   0   4
0007    FORL     1 => 0006
0008 => KSHORT   1  10
0009    KSHORT   2   1
0010    KSHORT   3  -1
0011    FORI     1 => 0014
0012 => ADDVV    0   0   4
0013    FORL     1 => 0012
0014 => KSHORT   1   1
0015    MOV      2   0
0016    KSHORT   3   2
0017    FORI     1 => 0020
0018 => MOV      5   4
0019    FORL     1 => 0018
0020 => MOV      1   0
0021    KNUM     2   0      ; 1.5
0022    KNUM     3   1      ; 0.5
0023    FORI     1 => 0025
0024 => FORL     1 => 0024
0025 => RET1     0   2

"#,
        debug: r#"proto 0-7 params=0 vararg=1 child=0 frame=6
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 3
line 9 3
line 10 3
line 11 3
line 12 3
line 13 3
line 14 4
line 15 4
line 16 4
line 17 4
line 18 4
line 19 4
line 20 5
line 21 5
line 22 5
line 23 5
line 24 5
line 25 6
var s 2 26
var (for index) 5 8
var (for limit) 5 8
var (for step) 5 8
var i 6 7
var (for index) 11 14
var (for limit) 11 14
var (for step) 11 14
var i 12 13
var (for index) 17 20
var (for limit) 17 20
var (for step) 17 20
var i 18 19
var x 19 19
var (for index) 23 25
var (for limit) 23 25
var (for step) 23 25
var i 24 24
"#,
    },
    Case {
        name: "loops_while_repeat",
        source: r#"local s = ...
while s > 0 do s = s - 1 end
repeat s = s + 1 until s > 10
while true do s = s + 1 end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-5
0001    VARG     0   2   0
0002 => KSHORT   1   0
0003    ISGE     1   0
0004    JMP      1 => 0008
0005    LOOP     1 => 0008
0006    SUBVN    0   0   0  ; 1
0007    JMP      1 => 0002
0008 => LOOP     1 => 0013
0009    ADDVN    0   0   0  ; 1
0010    KSHORT   1  10
0011    ISGE     1   0
0012    JMP      1 => 0008
0013 => LOOP     1 => 0016
0014    ADDVN    0   0   0  ; 1
0015    JMP      1 => 0013
0016 => RET0     0   1

"#,
        debug: r#"proto 0-5 params=0 vararg=1 child=0 frame=2
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 3
line 9 3
line 10 3
line 11 3
line 12 3
line 13 4
line 14 4
line 15 4
line 16 4
var s 2 17
"#,
    },
    Case {
        name: "loops_generic",
        source: r#"local t = ...
for k, v in pairs(t) do print(k, v) end
for k, v in next, t do print(k) end
for i, v in ipairs(t) do print(i) end
for k in t:iter() do end
local pairs = pairs
for k, v in pairs(t) do end
for a, b, c in pairs(t) do end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-9
0001    VARG     0   2   0
0002    GGET     1   0      ; "pairs"
0003    MOV      3   0
0004    CALL     1   4   2
0005    ISNEXT   4 => 0010
0006 => GGET     6   1      ; "print"
0007    MOV      8   4
0008    MOV      9   5
0009    CALL     6   1   3
0010 => ITERN    4   3   3
0011    ITERL    4 => 0006
0012    GGET     1   2      ; "next"
0013    MOV      2   0
0014    KPRI     3   0
0015    ISNEXT   4 => 0019
0016 => GGET     6   1      ; "print"
0017    MOV      8   4
0018    CALL     6   1   2
0019 => ITERN    4   3   3
0020    ITERL    4 => 0016
0021    GGET     1   3      ; "ipairs"
0022    MOV      3   0
0023    CALL     1   4   2
0024    JMP      4 => 0028
0025 => GGET     6   1      ; "print"
0026    MOV      8   4
0027    CALL     6   1   2
0028 => ITERC    4   3   3
0029    ITERL    4 => 0025
0030    MOV      3   0
0031    TGETS    1   0   4  ; "iter"
0032    CALL     1   4   2
0033    JMP      4 => 0034
0034 => ITERC    4   2   3
0035    ITERL    4 => 0034
0036    GGET     1   0      ; "pairs"
0037    MOV      2   1
0038    MOV      4   0
0039    CALL     2   4   2
0040    ISNEXT   5 => 0041
0041 => ITERN    5   3   3
0042    ITERL    5 => 0041
0043    MOV      2   1
0044    MOV      4   0
0045    CALL     2   4   2
0046    JMP      5 => 0047
0047 => ITERC    5   4   3
0048    ITERL    5 => 0047
0049    RET0     0   1

"#,
        debug: r#"proto 0-9 params=0 vararg=1 child=0 frame=10
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 2
line 9 2
line 10 2
line 11 2
line 12 3
line 13 3
line 14 3
line 15 3
line 16 3
line 17 3
line 18 3
line 19 3
line 20 3
line 21 4
line 22 4
line 23 4
line 24 4
line 25 4
line 26 4
line 27 4
line 28 4
line 29 4
line 30 5
line 31 5
line 32 5
line 33 5
line 34 5
line 35 5
line 36 6
line 37 7
line 38 7
line 39 7
line 40 7
line 41 7
line 42 7
line 43 8
line 44 8
line 45 8
line 46 8
line 47 8
line 48 8
line 49 8
var t 2 50
var (for generator) 5 12
var (for state) 5 12
var (for control) 5 12
var k 6 10
var v 6 10
var (for generator) 15 21
var (for state) 15 21
var (for control) 15 21
var k 16 19
var v 16 19
var (for generator) 24 30
var (for state) 24 30
var (for control) 24 30
var i 25 28
var v 25 28
var (for generator) 33 36
var (for state) 33 36
var (for control) 33 36
var k 34 34
var pairs 37 50
var (for generator) 40 43
var (for state) 40 43
var (for control) 40 43
var k 41 41
var v 41 41
var (for generator) 46 49
var (for state) 46 49
var (for control) 46 49
var a 47 47
var b 47 47
var c 47 47
"#,
    },
    Case {
        name: "loops_generic_upvalue_next",
        source: r#"local next = next
return function(t)
  for k, v in next, t do end
end
"#,
        listing: r#"-- BYTECODE -- t.lua:2-4
0001    UGET     1   0      ; next
0002    MOV      2   0
0003    KPRI     3   0
0004    ISNEXT   4 => 0005
0005 => ITERN    4   3   3
0006    ITERL    4 => 0005
0007    RET0     0   1

-- BYTECODE -- t.lua:0-5
0001    GGET     0   0      ; "next"
0002    FNEW     1   1      ; t.lua:2
0003    UCLO     0 => 0004
0004 => RET1     1   2

"#,
        debug: r#"proto 2-4 params=1 vararg=0 child=0 frame=8
line 1 3
line 2 3
line 3 3
line 4 3
line 5 3
line 6 3
line 7 4
uv 0 next 0 local imm
var t 0 8
var (for generator) 4 7
var (for state) 4 7
var (for control) 4 7
var k 5 5
var v 5 5
proto 0-5 params=0 vararg=1 child=1 frame=2
line 1 1
line 2 4
line 3 4
line 4 4
var next 2 5
"#,
    },
    Case {
        name: "loops_break",
        source: r#"local t = ...
for i = 1, 3 do
  if i == 2 then break end
  local f = function() return i end
end
while true do
  local x = t()
  if x then break end
end
repeat local y = t() until y
"#,
        listing: r#"-- BYTECODE -- t.lua:4-4
0001    UGET     0   0      ; i
0002    RET1     0   2

-- BYTECODE -- t.lua:0-11
0001    VARG     0   2   0
0002    KSHORT   1   1
0003    KSHORT   2   3
0004    KSHORT   3   1
0005    FORI     1 => 0012
0006 => ISNEN    4   0      ; 2
0007    JMP      5 => 0009
0008    UCLO     1 => 0012
0009 => FNEW     5   0      ; t.lua:4
0010    UCLO     4 => 0011
0011 => FORL     1 => 0006
0012 => LOOP     1 => 0019
0013    MOV      1   0
0014    CALL     1   2   1
0015    ISF          1
0016    JMP      2 => 0012
0017    JMP      1 => 0019
0018    JMP      1 => 0012
0019 => LOOP     1 => 0024
0020    MOV      1   0
0021    CALL     1   2   1
0022    ISF          1
0023    JMP      2 => 0019
0024 => RET0     0   1

"#,
        debug: r#"proto 4-4 params=0 vararg=0 child=0 frame=1
line 1 4
line 2 4
uv 0 i 4 local imm
proto 0-11 params=0 vararg=1 child=1 frame=6
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 3
line 7 3
line 8 3
line 9 4
line 10 4
line 11 2
line 12 6
line 13 7
line 14 7
line 15 8
line 16 8
line 17 8
line 18 8
line 19 10
line 20 10
line 21 10
line 22 10
line 23 10
line 24 10
var t 2 25
var (for index) 5 12
var (for limit) 5 12
var (for step) 5 12
var i 6 10
var f 10 10
var x 15 18
var y 22 24
"#,
    },
    Case {
        name: "loops_upvalues",
        source: r#"local t = ...
repeat
  local x = t()
  local f = function() return x end
until x
while t do
  local y
  t = function() return y end
end
"#,
        listing: r#"-- BYTECODE -- t.lua:4-4
0001    UGET     0   0      ; x
0002    RET1     0   2

-- BYTECODE -- t.lua:8-8
0001    UGET     0   0      ; y
0002    RET1     0   2

-- BYTECODE -- t.lua:0-10
0001    VARG     0   2   0
0002 => LOOP     1 => 0010
0003    MOV      1   0
0004    CALL     1   2   1
0005    FNEW     2   0      ; t.lua:4
0006    ISF          1
0007    JMP      3 => 0009
0008    UCLO     1 => 0010
0009 => UCLO     1 => 0002
0010 => ISF          0
0011    JMP      1 => 0016
0012    LOOP     1 => 0016
0013    KPRI     1   0
0014    FNEW     0   1      ; t.lua:8
0015    UCLO     1 => 0010
0016 => RET0     0   1

"#,
        debug: r#"proto 4-4 params=0 vararg=0 child=0 frame=1
line 1 4
line 2 4
uv 0 x 1 local imm
proto 8-8 params=0 vararg=0 child=0 frame=1
line 1 8
line 2 8
uv 0 y 1 local imm
proto 0-10 params=0 vararg=1 child=1 frame=3
line 1 1
line 2 2
line 3 3
line 4 3
line 5 4
line 6 5
line 7 5
line 8 5
line 9 5
line 10 6
line 11 6
line 12 6
line 13 7
line 14 8
line 15 8
line 16 9
var t 2 17
var x 5 9
var f 6 9
var y 14 15
"#,
    },
    Case {
        name: "loops_nested_break",
        source: r#"for i = 1, 2 do
  for j = 1, 2 do
    if i == j then break end
  end
end
for k, v in pairs(_G) do local function f() return k end end
"#,
        listing: r#"-- BYTECODE -- t.lua:6-6
0001    UGET     0   0      ; k
0002    RET1     0   2

-- BYTECODE -- t.lua:0-7
0001    KSHORT   0   1
0002    KSHORT   1   2
0003    KSHORT   2   1
0004    FORI     0 => 0014
0005 => KSHORT   4   1
0006    KSHORT   5   2
0007    KSHORT   6   1
0008    FORI     4 => 0013
0009 => ISNEV    3   7
0010    JMP      8 => 0012
0011    JMP      4 => 0013
0012 => FORL     4 => 0009
0013 => FORL     0 => 0005
0014 => GGET     0   0      ; "pairs"
0015    GGET     2   1      ; "_G"
0016    CALL     0   4   2
0017    ISNEXT   3 => 0020
0018 => FNEW     5   2      ; t.lua:6
0019    UCLO     3 => 0020
0020 => ITERN    3   3   3
0021    ITERL    3 => 0018
0022    RET0     0   1

"#,
        debug: r#"proto 6-6 params=0 vararg=0 child=0 frame=1
line 1 6
line 2 6
uv 0 k 3 local imm
proto 0-7 params=0 vararg=1 child=1 frame=8
line 1 1
line 2 1
line 3 1
line 4 1
line 5 2
line 6 2
line 7 2
line 8 2
line 9 3
line 10 3
line 11 3
line 12 2
line 13 1
line 14 6
line 15 6
line 16 6
line 17 6
line 18 6
line 19 6
line 20 6
line 21 6
line 22 6
var (for index) 4 14
var (for limit) 4 14
var (for step) 4 14
var i 5 13
var (for index) 8 13
var (for limit) 8 13
var (for step) 8 13
var j 9 12
var (for generator) 17 22
var (for state) 17 22
var (for control) 17 22
var k 18 19
var v 18 19
var f 19 19
"#,
    },
    Case {
        name: "loops_for_variants",
        source: r#"for i = 1, 2 do local a, b = i end
for k, v, w in next, {} do end
for a, b, c, d, e in f() do end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-4
0001    KSHORT   0   1
0002    KSHORT   1   2
0003    KSHORT   2   1
0004    FORI     0 => 0008
0005 => MOV      4   3
0006    KPRI     5   0
0007    FORL     0 => 0005
0008 => GGET     0   0      ; "next"
0009    TNEW     1   0
0010    KPRI     2   0
0011    JMP      3 => 0012
0012 => ITERC    3   4   3
0013    ITERL    3 => 0012
0014    GGET     0   1      ; "f"
0015    CALL     0   4   1
0016    JMP      3 => 0017
0017 => ITERC    3   6   3
0018    ITERL    3 => 0017
0019    RET0     0   1

"#,
        debug: r#"proto 0-4 params=0 vararg=1 child=0 frame=8
line 1 1
line 2 1
line 3 1
line 4 1
line 5 1
line 6 1
line 7 1
line 8 2
line 9 2
line 10 2
line 11 2
line 12 2
line 13 2
line 14 3
line 15 3
line 16 3
line 17 3
line 18 3
line 19 3
var (for index) 4 8
var (for limit) 4 8
var (for step) 4 8
var i 5 7
var a 7 7
var b 7 7
var (for generator) 11 14
var (for state) 11 14
var (for control) 11 14
var k 12 12
var v 12 12
var w 12 12
var (for generator) 16 19
var (for state) 16 19
var (for control) 16 19
var a 17 17
var b 17 17
var c 17 17
var d 17 17
var e 17 17
"#,
    },
    Case {
        name: "goto_continue",
        source: r#"for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    print(i, j)
    ::continue::
  end
end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    KSHORT   0   1
0002    KSHORT   1   3
0003    KSHORT   2   1
0004    FORI     0 => 0018
0005 => KSHORT   4   1
0006    KSHORT   5   3
0007    KSHORT   6   1
0008    FORI     4 => 0017
0009 => ISNEN    7   0      ; 2
0010    JMP      8 => 0012
0011    JMP      8 => 0016
0012 => GGET     8   0      ; "print"
0013    MOV     10   3
0014    MOV     11   7
0015    CALL     8   1   3
0016 => FORL     4 => 0009
0017 => FORL     0 => 0005
0018 => RET0     0   1

"#,
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=12
line 1 1
line 2 1
line 3 1
line 4 1
line 5 2
line 6 2
line 7 2
line 8 2
line 9 3
line 10 3
line 11 3
line 12 4
line 13 4
line 14 4
line 15 4
line 16 2
line 17 1
line 18 7
var (for index) 4 18
var (for limit) 4 18
var (for step) 4 18
var i 5 17
var (for index) 8 17
var (for limit) 8 17
var (for step) 8 17
var j 9 16
"#,
    },
    Case {
        name: "goto_backward",
        source: r#"local i = 1
::top::
i = i + 1
if i < 10 then goto top end
do goto done end
print("x")
::done::
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    KSHORT   0   1
0002 => ADDVN    0   0   0  ; 1
0003    KSHORT   1  10
0004    ISGE     0   1
0005    JMP      1 => 0011
0006    JMP      1 => 0002
0007    JMP      0 => 0011
0008    GGET     1   0      ; "print"
0009    KSTR     3   1      ; "x"
0010    CALL     1   1   2
0011 => RET0     0   1

"#,
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 3
line 3 4
line 4 4
line 5 4
line 6 4
line 7 5
line 8 6
line 9 6
line 10 6
line 11 7
var i 2 12
"#,
    },
    Case {
        name: "goto_upvalues",
        source: r#"do
  local x = 1
  local f = function() return x end
  goto out
end
::out::
do
  ::a::
  local y = 2
  local g = function() return y end
  if y then goto a end
end
"#,
        listing: r#"-- BYTECODE -- t.lua:3-3
0001    UGET     0   0      ; x
0002    RET1     0   2

-- BYTECODE -- t.lua:10-10
0001    UGET     0   0      ; y
0002    RET1     0   2

-- BYTECODE -- t.lua:0-13
0001    KSHORT   0   1
0002    FNEW     1   0      ; t.lua:3
0003    UCLO     0 => 0005
0004    UCLO     0 => 0005
0005 => KSHORT   0   2
0006    FNEW     1   1      ; t.lua:10
0007    ISF          0
0008    JMP      2 => 0010
0009    UCLO     0 => 0005
0010 => UCLO     0 => 0011
0011 => RET0     0   1

"#,
        debug: r#"proto 3-3 params=0 vararg=0 child=0 frame=1
line 1 3
line 2 3
uv 0 x 0 local imm
proto 10-10 params=0 vararg=0 child=0 frame=1
line 1 10
line 2 10
uv 0 y 0 local imm
proto 0-13 params=0 vararg=1 child=1 frame=2
line 1 2
line 2 3
line 3 4
line 4 4
line 5 9
line 6 10
line 7 11
line 8 11
line 9 11
line 10 11
line 11 12
var x 2 4
var f 3 4
var y 6 10
var g 7 10
"#,
    },
    Case {
        name: "goto_scopes",
        source: r#"goto a
do ::a:: end
::a::
local x
goto b
::b::
"#,
        listing: r#"-- BYTECODE -- t.lua:0-7
0001    JMP      0 => 0002
0002 => KPRI     0   0
0003    JMP      0 => 0004
0004 => RET0     0   1

"#,
        debug: r#"proto 0-7 params=0 vararg=1 child=0 frame=1
line 1 1
line 2 4
line 3 5
line 4 6
var x 3 5
"#,
    },
    Case {
        name: "goto_loop_same_block",
        source: r#"::a:: goto a
"#,
        listing: r#"-- BYTECODE -- t.lua:0-2
0001 => LOOP     0 => 0001
0002    JMP      0 => 0001
0003    RET0     0   1

"#,
        debug: r#"proto 0-2 params=0 vararg=1 child=0 frame=1
line 1 1
line 2 1
line 3 1
"#,
    },
    Case {
        name: "goto_trailing_label",
        source: r#"for i = 1, 3 do
  local x = i
  if x then goto next end
  local y = x
  ::next::
end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-7
0001    KSHORT   0   1
0002    KSHORT   1   3
0003    KSHORT   2   1
0004    FORI     0 => 0011
0005 => MOV      4   3
0006    ISF          4
0007    JMP      5 => 0009
0008    JMP      4 => 0010
0009 => MOV      5   4
0010 => FORL     0 => 0005
0011 => RET0     0   1

"#,
        debug: r#"proto 0-7 params=0 vararg=1 child=0 frame=6
line 1 1
line 2 1
line 3 1
line 4 1
line 5 2
line 6 3
line 7 3
line 8 3
line 9 4
line 10 1
line 11 6
var (for index) 4 11
var (for limit) 4 11
var (for step) 4 11
var i 5 10
var x 6 10
var y 10 10
"#,
    },
    Case {
        name: "goto_out_of_loop_with_break",
        source: r#"while x do
  if a then break end
  if b then goto done end
end
::done::
"#,
        listing: r#"-- BYTECODE -- t.lua:0-6
0001 => GGET     0   0      ; "x"
0002    ISF          0
0003    JMP      1 => 0014
0004    LOOP     0 => 0014
0005    GGET     0   1      ; "a"
0006    ISF          0
0007    JMP      1 => 0009
0008    JMP      0 => 0014
0009 => GGET     0   2      ; "b"
0010    ISF          0
0011    JMP      1 => 0001
0012    JMP      0 => 0014
0013    JMP      0 => 0001
0014 => RET0     0   1

"#,
        debug: r#"proto 0-6 params=0 vararg=1 child=0 frame=1
line 1 1
line 2 1
line 3 1
line 4 1
line 5 2
line 6 2
line 7 2
line 8 2
line 9 3
line 10 3
line 11 3
line 12 3
line 13 3
line 14 5
"#,
    },
    Case {
        name: "if_chains",
        source: r#"local a, b = ...
if a then print(1) elseif b then print(2) else print(3) end
if a then elseif b then end
if a then print(1) else end
if a then local x = 1 end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-6
0001    VARG     0   3   0
0002    ISF          0
0003    JMP      2 => 0008
0004    GGET     2   0      ; "print"
0005    KSHORT   4   1
0006    CALL     2   1   2
0007    JMP      2 => 0017
0008 => ISF          1
0009    JMP      2 => 0014
0010    GGET     2   0      ; "print"
0011    KSHORT   4   2
0012    CALL     2   1   2
0013    JMP      2 => 0017
0014 => GGET     2   0      ; "print"
0015    KSHORT   4   3
0016    CALL     2   1   2
0017 => ISF          0
0018    JMP      2 => 0020
0019    JMP      2 => 0022
0020 => ISF          1
0021    JMP      2 => 0022
0022 => ISF          0
0023    JMP      2 => 0028
0024    GGET     2   0      ; "print"
0025    KSHORT   4   1
0026    CALL     2   1   2
0027    JMP      2 => 0028
0028 => ISF          0
0029    JMP      2 => 0031
0030    KSHORT   2   1
0031 => RET0     0   1

"#,
        debug: r#"proto 0-6 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 2
line 9 2
line 10 2
line 11 2
line 12 2
line 13 2
line 14 2
line 15 2
line 16 2
line 17 3
line 18 3
line 19 3
line 20 3
line 21 3
line 22 4
line 23 4
line 24 4
line 25 4
line 26 4
line 27 4
line 28 5
line 29 5
line 30 5
line 31 5
var a 2 32
var b 2 32
var x 31 31
"#,
    },
    Case {
        name: "functions",
        source: r#"local function f(a, b, ...) return a end
function g(x) return x end
local t = {}
function t.m(self) end
function t:n() return self end
local h = function(...) return ... end
"#,
        listing: r#"-- BYTECODE -- t.lua:1-1
0001    RET1     0   2

-- BYTECODE -- t.lua:2-2
0001    RET1     0   2

-- BYTECODE -- t.lua:4-4
0001    RET0     0   1

-- BYTECODE -- t.lua:5-5
0001    RET1     0   2

-- BYTECODE -- t.lua:6-6
0001    VARG     0   0   0
0002    RETM     0   0

-- BYTECODE -- t.lua:0-7
0001    FNEW     0   0      ; t.lua:1
0002    FNEW     1   1      ; t.lua:2
0003    GSET     1   2      ; "g"
0004    TNEW     1   0
0005    FNEW     2   4      ; t.lua:4
0006    TSETS    2   1   3  ; "m"
0007    FNEW     2   6      ; t.lua:5
0008    TSETS    2   1   5  ; "n"
0009    FNEW     2   7      ; t.lua:6
0010    RET0     0   1

"#,
        // Differs from LuaJIT on purpose: `f` is vararg and never uses `...`, so
        // it gets Lua 5.1's compatibility local `arg` (one more slot).
        debug: r#"proto 1-1 params=2 vararg=1 child=0 frame=3
line 1 1
var a 0 2
var b 0 2
var arg 0 2
proto 2-2 params=1 vararg=0 child=0 frame=1
line 1 2
var x 0 2
proto 4-4 params=1 vararg=0 child=0 frame=1
line 1 4
var self 0 2
proto 5-5 params=1 vararg=0 child=0 frame=1
line 1 5
var self 0 2
proto 6-6 params=0 vararg=1 child=0 frame=1
line 1 6
line 2 6
proto 0-7 params=0 vararg=1 child=1 frame=3
line 1 1
line 2 2
line 3 2
line 4 3
line 5 4
line 6 4
line 7 5
line 8 5
line 9 6
line 10 6
var f 2 11
var t 5 11
var h 10 11
"#,
    },
    Case {
        name: "assignments",
        source: r#"local a, b, c = ...
a, b = b, a
a, b, c = 1
a, b = 1, 2, 3
a.x, b.y = 1, 2
a, b = f()
a, b, c = f()
a = f()
a, b = ...
"#,
        listing: r#"-- BYTECODE -- t.lua:0-10
0001    VARG     0   4   0
0002    MOV      3   1
0003    MOV      1   0
0004    MOV      0   3
0005    KSHORT   3   1
0006    KNIL     4   5
0007    MOV      2   5
0008    MOV      1   4
0009    MOV      0   3
0010    KSHORT   3   1
0011    KSHORT   4   2
0012    KSHORT   5   3
0013    MOV      1   4
0014    MOV      0   3
0015    KSHORT   3   1
0016    KSHORT   4   2
0017    TSETS    4   1   1  ; "y"
0018    TSETS    3   0   0  ; "x"
0019    GGET     3   2      ; "f"
0020    CALL     3   3   1
0021    MOV      1   4
0022    MOV      0   3
0023    GGET     3   2      ; "f"
0024    CALL     3   4   1
0025    MOV      2   5
0026    MOV      1   4
0027    MOV      0   3
0028    GGET     3   2      ; "f"
0029    CALL     3   2   1
0030    MOV      0   3
0031    VARG     3   3   0
0032    MOV      1   4
0033    MOV      0   3
0034    RET0     0   1

"#,
        debug: r#"proto 0-10 params=0 vararg=1 child=0 frame=6
line 1 1
line 2 2
line 3 2
line 4 2
line 5 3
line 6 3
line 7 3
line 8 3
line 9 3
line 10 4
line 11 4
line 12 4
line 13 4
line 14 4
line 15 5
line 16 5
line 17 5
line 18 5
line 19 6
line 20 6
line 21 6
line 22 6
line 23 7
line 24 7
line 25 7
line 26 7
line 27 7
line 28 8
line 29 8
line 30 8
line 31 9
line 32 9
line 33 9
line 34 9
var a 2 35
var b 2 35
var c 2 35
"#,
    },
    Case {
        name: "assignment_hazards",
        source: r#"local a = ...
local t = {}
t[a], a = 1, 2
t.x, t = 1, 2
local i = 1
i, t[i] = i+1, 20
t[i], i = 1, 2
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    VARG     0   2   0
0002    TNEW     1   0
0003    MOV      2   0
0004    KSHORT   3   1
0005    KSHORT   0   2
0006    TSETV    3   1   2
0007    MOV      2   1
0008    KSHORT   3   1
0009    KSHORT   1   2
0010    TSETS    3   2   0  ; "x"
0011    KSHORT   2   1
0012    ADDVN    3   2   0  ; 1
0013    KSHORT   4  20
0014    TSETV    4   1   2
0015    MOV      2   3
0016    MOV      3   2
0017    KSHORT   4   1
0018    KSHORT   2   2
0019    TSETV    4   1   3
0020    RET0     0   1

"#,
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 3
line 4 3
line 5 3
line 6 3
line 7 4
line 8 4
line 9 4
line 10 4
line 11 5
line 12 6
line 13 6
line 14 6
line 15 6
line 16 7
line 17 7
line 18 7
line 19 7
line 20 7
var a 2 21
var t 3 21
var i 12 21
"#,
    },
    Case {
        name: "assignment_globals",
        source: r#"x, y = 1
x, y = 1, 2, 3
x, y.z = f()
x = ...
"#,
        listing: r#"-- BYTECODE -- t.lua:0-5
0001    KSHORT   0   1
0002    KPRI     1   0
0003    GSET     1   0      ; "y"
0004    GSET     0   1      ; "x"
0005    KSHORT   0   1
0006    KSHORT   1   2
0007    KSHORT   2   3
0008    GSET     1   0      ; "y"
0009    GSET     0   1      ; "x"
0010    GGET     0   0      ; "y"
0011    GGET     1   3      ; "f"
0012    CALL     1   3   1
0013    TSETS    2   0   2  ; "z"
0014    GSET     1   1      ; "x"
0015    VARG     0   2   0
0016    GSET     0   1      ; "x"
0017    RET0     0   1

"#,
        debug: r#"proto 0-5 params=0 vararg=1 child=0 frame=3
line 1 1
line 2 1
line 3 1
line 4 1
line 5 2
line 6 2
line 7 2
line 8 2
line 9 2
line 10 3
line 11 3
line 12 3
line 13 3
line 14 3
line 15 4
line 16 4
line 17 4
"#,
    },
    Case {
        name: "parentheses",
        source: r#"local a = (...)
local b = ((a))
local c = (f())
local d = #"abc"
local e = not nil
local f = not 1
local g = -"2"
local h = "a" == "a"
print(a, b, c, d, e, f, g, h)
"#,
        listing: r#"-- BYTECODE -- t.lua:0-10
0001    VARG     0   2   0
0002    MOV      1   0
0003    GGET     2   0      ; "f"
0004    CALL     2   2   1
0005    KSTR     3   1      ; "abc"
0006    LEN      3   3
0007    KPRI     4   2
0008    KPRI     5   1
0009    KSTR     6   2      ; "2"
0010    UNM      6   6
0011    KSTR     7   3      ; "a"
0012    ISEQS    7   3      ; "a"
0013    JMP      7 => 0016
0014    KPRI     7   1
0015    JMP      8 => 0017
0016 => KPRI     7   2
0017 => GGET     8   4      ; "print"
0018    MOV     10   0
0019    MOV     11   1
0020    MOV     12   2
0021    MOV     13   3
0022    MOV     14   4
0023    MOV     15   5
0024    MOV     16   6
0025    MOV     17   7
0026    CALL     8   1   9
0027    RET0     0   1

"#,
        debug: r#"proto 0-10 params=0 vararg=1 child=0 frame=18
line 1 1
line 2 2
line 3 3
line 4 3
line 5 4
line 6 4
line 7 5
line 8 6
line 9 7
line 10 7
line 11 8
line 12 8
line 13 8
line 14 8
line 15 8
line 16 8
line 17 9
line 18 9
line 19 9
line 20 9
line 21 9
line 22 9
line 23 9
line 24 9
line 25 9
line 26 9
line 27 9
var a 2 28
var b 3 28
var c 5 28
var d 7 28
var e 8 28
var f 9 28
var g 11 28
var h 17 28
"#,
    },
    Case {
        name: "strings",
        source: r#"local s1 = "hello\nworld\t\"q\"\0end"
local s2 = [[long
string]]
local s3 = "0123456789012345678901234567890123456789extra"
local s4 = "\1\2\127"
local s5 = "\x41\u{20AC}\z
      tail"
print(s1, s2, s3, s4, s5)
"#,
        listing: r#"-- BYTECODE -- t.lua:0-9
0001    KSTR     0   0      ; "hello\nworld\t"q"\000end"
0002    KSTR     1   1      ; "long\nstring"
0003    KSTR     2   2      ; "0123456789012345678901234567890123456789"~
0004    KSTR     3   3      ; "\001\002\127"
0005    KSTR     4   4      ; "A€tail"
0006    GGET     5   5      ; "print"
0007    MOV      7   0
0008    MOV      8   1
0009    MOV      9   2
0010    MOV     10   3
0011    MOV     11   4
0012    CALL     5   1   6
0013    RET0     0   1

"#,
        debug: r#"proto 0-9 params=0 vararg=1 child=0 frame=12
line 1 1
line 2 3
line 3 4
line 4 5
line 5 7
line 6 8
line 7 8
line 8 8
line 9 8
line 10 8
line 11 8
line 12 8
line 13 8
var s1 2 14
var s2 3 14
var s3 4 14
var s4 5 14
var s5 6 14
"#,
    },
    Case {
        name: "numbers",
        source: r#"local a = ...
local x = a + 0.5
x = a * 1e300
x = a + 65536
x = a - 32768
x = 1e15 + a
x = 123456789012
x = a + 0.1
x = a + 1/3
x = a + 0xffffffffffffffff
"#,
        listing: r#"-- BYTECODE -- t.lua:0-11
0001    VARG     0   2   0
0002    ADDVN    1   0   0  ; 0.5
0003    MULVN    1   0   1  ; 1e+300
0004    ADDVN    1   0   2  ; 65536
0005    SUBVN    1   0   3  ; 32768
0006    ADDNV    1   0   4  ; 1e+15
0007    KNUM     1   5      ; 123456789012
0008    ADDVN    1   0   6  ; 0.1
0009    ADDVN    1   0   7  ; 0.33333333333333
0010    ADDVN    1   0   8  ; 1.844674407371e+19
0011    RET0     0   1

"#,
        debug: r#"proto 0-11 params=0 vararg=1 child=0 frame=2
line 1 1
line 2 2
line 3 3
line 4 4
line 5 5
line 6 6
line 7 7
line 8 8
line 9 9
line 10 10
line 11 10
var a 2 12
var x 3 12
"#,
    },
    Case {
        name: "precedence",
        source: r#"local a, b, c = ...
local x = a + b * c ^ 2 ^ a
x = -a ^ 2
x = not a == b
x = a .. b == c
x = -2 ^ 2
x = 2 ^ -1
x = a or b and c or a
"#,
        listing: r#"-- BYTECODE -- t.lua:0-9
0001    VARG     0   4   0
0002    KSHORT   3   2
0003    POW      3   3   0
0004    POW      3   2   3
0005    MULVV    3   1   3
0006    ADDVV    3   0   3
0007    KSHORT   4   2
0008    POW      4   0   4
0009    UNM      3   4
0010    NOT      4   0
0011    ISEQV    4   1
0012    JMP      4 => 0015
0013    KPRI     3   1
0014    JMP      4 => 0016
0015 => KPRI     3   2
0016 => MOV      4   0
0017    MOV      5   1
0018    CAT      4   4   5
0019    ISEQV    4   2
0020    JMP      4 => 0023
0021    KPRI     3   1
0022    JMP      4 => 0024
0023 => KPRI     3   2
0024 => KSHORT   3  -4
0025    KNUM     3   0      ; 0.5
0026    ISTC     3   0
0027    JMP      4 => 0033
0028    ISF          1
0029    JMP      4 => 0032
0030    ISTC     3   2
0031    JMP      4 => 0033
0032 => MOV      3   0
0033 => RET0     0   1

"#,
        debug: r#"proto 0-9 params=0 vararg=1 child=0 frame=6
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 3
line 8 3
line 9 3
line 10 4
line 11 4
line 12 4
line 13 4
line 14 4
line 15 4
line 16 5
line 17 5
line 18 5
line 19 5
line 20 5
line 21 5
line 22 5
line 23 5
line 24 6
line 25 7
line 26 8
line 27 8
line 28 8
line 29 8
line 30 8
line 31 8
line 32 8
line 33 8
var a 2 34
var b 2 34
var c 2 34
var x 7 34
"#,
    },
    Case {
        name: "line_numbers",
        source: r#"local a,
  b = 1,
  2
print(
  a,
  b
)
local t = {
  1,
  f(),
}
if a
then
  b = 1
end
for i = 1,
  10 do
end
for k, v in
  pairs(t) do
end
local function g()
  return 1
end
"#,
        listing: r#"-- BYTECODE -- t.lua:22-24
0001    KSHORT   0   1
0002    RET1     0   2

-- BYTECODE -- t.lua:0-25
0001    KSHORT   0   1
0002    KSHORT   1   2
0003    GGET     2   0      ; "print"
0004    MOV      4   0
0005    MOV      5   1
0006    CALL     2   1   3
0007    TDUP     2   1
0008    GGET     3   2      ; "f"
0009    CALL     3   0   1
0010    TSETM    3   0      ; 2
0011    ISF          0
0012    JMP      3 => 0014
0013    KSHORT   1   1
0014 => KSHORT   3   1
0015    KSHORT   4  10
0016    KSHORT   5   1
0017    FORI     3 => 0019
0018 => FORL     3 => 0018
0019 => GGET     3   3      ; "pairs"
0020    MOV      5   2
0021    CALL     3   4   2
0022    ISNEXT   6 => 0023
0023 => ITERN    6   3   3
0024    ITERL    6 => 0023
0025    FNEW     3   4      ; t.lua:22
0026    RET0     0   1

"#,
        debug: r#"proto 22-24 params=0 vararg=0 child=0 frame=1
line 1 23
line 2 23
proto 0-25 params=0 vararg=1 child=1 frame=10
line 1 2
line 2 3
line 3 4
line 4 5
line 5 7
line 6 4
line 7 8
line 8 10
line 9 10
line 10 10
line 11 12
line 12 12
line 13 14
line 14 16
line 15 17
line 16 17
line 17 17
line 18 16
line 19 20
line 20 20
line 21 20
line 22 20
line 23 20
line 24 20
line 25 24
line 26 24
var a 3 27
var b 3 27
var t 11 27
var (for index) 17 19
var (for limit) 17 19
var (for step) 17 19
var i 18 18
var (for generator) 22 25
var (for state) 22 25
var (for control) 22 25
var k 23 23
var v 23 23
var g 26 27
"#,
    },
    Case {
        name: "fixup_return",
        source: r#"local a = ...
if a then return 1 end
local f = function() return a end
if a then return 2 end
return f
"#,
        listing: r#"-- BYTECODE -- t.lua:3-3
0001    UGET     0   0      ; a
0002    RET1     0   2

-- BYTECODE -- t.lua:0-6
0001    VARG     0   2   0
0002    ISF          0
0003    JMP      1 => 0006
0004    KSHORT   1   1
0005    UCLO     0 => 0014
0006 => FNEW     1   0      ; t.lua:3
0007    ISF          0
0008    JMP      2 => 0012
0009    KSHORT   2   2
0010    UCLO     0 => 0011
0011 => RET1     2   2
0012 => UCLO     0 => 0013
0013 => RET1     1   2
0014 => RET1     1   2

"#,
        debug: r#"proto 3-3 params=0 vararg=0 child=0 frame=1
line 1 3
line 2 3
uv 0 a 0 local imm
proto 0-6 params=0 vararg=1 child=1 frame=3
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 3
line 7 4
line 8 4
line 9 4
line 10 4
line 11 4
line 12 5
line 13 5
line 14 2
var a 2 14
var f 7 14
"#,
    },
    Case {
        name: "fixup_return_bare",
        source: r#"local x = ...
if x then return end
local y = 1
local g = function() return y end
return g
"#,
        listing: r#"-- BYTECODE -- t.lua:4-4
0001    UGET     0   0      ; y
0002    RET1     0   2

-- BYTECODE -- t.lua:0-6
0001    VARG     0   2   0
0002    ISF          0
0003    JMP      1 => 0005
0004    UCLO     0 => 0009
0005 => KSHORT   1   1
0006    FNEW     2   0      ; t.lua:4
0007    UCLO     0 => 0008
0008 => RET1     2   2
0009 => RET0     0   1

"#,
        debug: r#"proto 4-4 params=0 vararg=0 child=0 frame=1
line 1 4
line 2 4
uv 0 y 1 local imm
proto 0-6 params=0 vararg=1 child=1 frame=3
line 1 1
line 2 2
line 3 2
line 4 2
line 5 3
line 6 4
line 7 5
line 8 5
line 9 2
var x 2 9
var y 6 9
var g 7 9
"#,
    },
    Case {
        name: "uclo_scopes",
        source: r#"local t = ...
for i = 1, 10 do
  local x = i
  t[i] = function() return x end
  if x == 5 then break end
end
do
  local y = 1
  t.f = function() return y end
end
while true do
  local z = 1
  t.g = function() z = z + 1 end
  if z then break end
end
"#,
        listing: r#"-- BYTECODE -- t.lua:4-4
0001    UGET     0   0      ; x
0002    RET1     0   2

-- BYTECODE -- t.lua:9-9
0001    UGET     0   0      ; y
0002    RET1     0   2

-- BYTECODE -- t.lua:13-13
0001    UGET     0   0      ; z
0002    ADDVN    0   0   0  ; 1
0003    USETV    0   0      ; z
0004    RET0     0   1

-- BYTECODE -- t.lua:0-16
0001    VARG     0   2   0
0002    KSHORT   1   1
0003    KSHORT   2  10
0004    KSHORT   3   1
0005    FORI     1 => 0014
0006 => MOV      5   4
0007    FNEW     6   0      ; t.lua:4
0008    TSETV    6   0   4
0009    ISNEN    5   0      ; 5
0010    JMP      6 => 0012
0011    UCLO     1 => 0014
0012 => UCLO     5 => 0013
0013 => FORL     1 => 0006
0014 => KSHORT   1   1
0015    FNEW     2   2      ; t.lua:9
0016    TSETS    2   0   1  ; "f"
0017    UCLO     1 => 0018
0018 => LOOP     1 => 0026
0019    KSHORT   1   1
0020    FNEW     2   4      ; t.lua:13
0021    TSETS    2   0   3  ; "g"
0022    ISF          1
0023    JMP      2 => 0025
0024    UCLO     1 => 0026
0025 => UCLO     1 => 0018
0026 => RET0     0   1

"#,
        debug: r#"proto 4-4 params=0 vararg=0 child=0 frame=1
line 1 4
line 2 4
uv 0 x 5 local imm
proto 9-9 params=0 vararg=0 child=0 frame=1
line 1 9
line 2 9
uv 0 y 1 local imm
proto 13-13 params=0 vararg=0 child=0 frame=1
line 1 13
line 2 13
line 3 13
line 4 13
uv 0 z 1 local mut
proto 0-16 params=0 vararg=1 child=1 frame=7
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 3
line 7 4
line 8 4
line 9 5
line 10 5
line 11 5
line 12 5
line 13 2
line 14 8
line 15 9
line 16 9
line 17 9
line 18 11
line 19 12
line 20 13
line 21 13
line 22 14
line 23 14
line 24 14
line 25 14
line 26 15
var t 2 27
var (for index) 5 14
var (for limit) 5 14
var (for step) 5 14
var i 6 13
var x 7 12
var y 15 17
var z 20 25
"#,
    },
    Case {
        name: "uclo_returns",
        source: r#"local function f()
  local a = 1
  local g = function() return a end
  return g
end
local function h()
  local b
  do
    local c = 1
    b = function() return c end
  end
  return b
end
return f, h
"#,
        listing: r#"-- BYTECODE -- t.lua:3-3
0001    UGET     0   0      ; a
0002    RET1     0   2

-- BYTECODE -- t.lua:1-5
0001    KSHORT   0   1
0002    FNEW     1   0      ; t.lua:3
0003    UCLO     0 => 0004
0004 => RET1     1   2

-- BYTECODE -- t.lua:10-10
0001    UGET     0   0      ; c
0002    RET1     0   2

-- BYTECODE -- t.lua:6-13
0001    KPRI     0   0
0002    KSHORT   1   1
0003    FNEW     0   0      ; t.lua:10
0004    UCLO     1 => 0005
0005 => UCLO     0 => 0006
0006 => RET1     0   2

-- BYTECODE -- t.lua:0-15
0001    FNEW     0   0      ; t.lua:1
0002    FNEW     1   1      ; t.lua:6
0003    MOV      2   0
0004    MOV      3   1
0005    UCLO     0 => 0006
0006 => RET      2   3

"#,
        // A nil load at a function's start has line 0 (5.1 emits none there).
        debug: r#"proto 3-3 params=0 vararg=0 child=0 frame=1
line 1 3
line 2 3
uv 0 a 0 local imm
proto 1-5 params=0 vararg=0 child=1 frame=2
line 1 2
line 2 3
line 3 4
line 4 4
var a 2 5
var g 3 5
proto 10-10 params=0 vararg=0 child=0 frame=1
line 1 10
line 2 10
uv 0 c 1 local imm
proto 6-13 params=0 vararg=0 child=1 frame=2
line 1 0
line 2 9
line 3 10
line 4 10
line 5 12
line 6 12
var b 2 7
var c 3 4
proto 0-15 params=0 vararg=1 child=1 frame=4
line 1 5
line 2 13
line 3 14
line 4 14
line 5 14
line 6 14
var f 2 7
var h 3 7
"#,
    },
    Case {
        name: "local_function_recursion",
        source: r#"local function fact(n)
  if n <= 1 then return 1 end
  return n * fact(n - 1)
end
return fact(10)
"#,
        listing: r#"-- BYTECODE -- t.lua:1-4
0001    KSHORT   1   1
0002    ISGT     0   1
0003    JMP      1 => 0006
0004    KSHORT   1   1
0005    RET1     1   2
0006 => UGET     1   0      ; fact
0007    SUBVN    3   0   0  ; 1
0008    CALL     1   2   2
0009    MULVV    1   0   1
0010    RET1     1   2

-- BYTECODE -- t.lua:0-6
0001    FNEW     0   0      ; t.lua:1
0002    MOV      1   0
0003    KSHORT   3  10
0004    UCLO     0 => 0005
0005 => CALLT    1   2

"#,
        debug: r#"proto 1-4 params=1 vararg=0 child=0 frame=4
line 1 2
line 2 2
line 3 2
line 4 2
line 5 2
line 6 3
line 7 3
line 8 3
line 9 3
line 10 3
uv 0 fact 0 local imm
var n 0 11
proto 0-6 params=0 vararg=1 child=1 frame=4
line 1 4
line 2 5
line 3 5
line 4 5
line 5 5
var fact 2 6
"#,
    },
    Case {
        name: "goto_as_name",
        source: r#"local goto = 1
goto = goto + 1
local t = {goto = 2}
print(t.goto, goto)
"#,
        listing: r#"-- BYTECODE -- t.lua:0-5
0001    KSHORT   0   1
0002    ADDVN    0   0   0  ; 1
0003    TDUP     1   0
0004    GGET     2   1      ; "print"
0005    TGETS    4   1   2  ; "goto"
0006    MOV      5   0
0007    CALL     2   1   3
0008    RET0     0   1

"#,
        debug: r#"proto 0-5 params=0 vararg=1 child=0 frame=6
line 1 1
line 2 2
line 3 3
line 4 4
line 5 4
line 6 4
line 7 4
line 8 4
var goto 2 9
var t 4 9
"#,
    },
    Case {
        name: "semicolons",
        source: r#"local a = 1; local b = 2;
return a + b;
"#,
        listing: r#"-- BYTECODE -- t.lua:0-3
0001    KSHORT   0   1
0002    KSHORT   1   2
0003    ADDVV    2   0   1
0004    RET1     2   2

"#,
        debug: r#"proto 0-3 params=0 vararg=1 child=0 frame=3
line 1 1
line 2 1
line 3 2
line 4 2
var a 2 5
var b 3 5
"#,
    },
    Case {
        name: "shebang",
        source: r#"#!/usr/bin/env luajit
print(1)
"#,
        listing: r#"-- BYTECODE -- t.lua:0-3
0001    GGET     0   0      ; "print"
0002    KSHORT   2   1
0003    CALL     0   1   2
0004    RET0     0   1

"#,
        debug: r#"proto 0-3 params=0 vararg=1 child=0 frame=3
line 1 2
line 2 2
line 3 2
line 4 2
"#,
    },
    Case {
        name: "unm_fold_negzero",
        source: r#"local a = ...
local x = -0
local y = -(0)
local z = 0 * -1
local w = -a * 0
"#,
        listing: r#"-- BYTECODE -- t.lua:0-6
0001    VARG     0   2   0
0002    KSHORT   1   0
0003    UNM      1   1
0004    KSHORT   2   0
0005    UNM      2   2
0006    KSHORT   3   0
0007    MULVN    3   3   0  ; -1
0008    UNM      4   0
0009    MULVN    4   4   1  ; 0
0010    RET0     0   1

"#,
        debug: r#"proto 0-6 params=0 vararg=1 child=0 frame=5
line 1 1
line 2 2
line 3 2
line 4 3
line 5 3
line 6 4
line 7 4
line 8 5
line 9 5
line 10 5
var a 2 11
var x 4 11
var y 6 11
var z 8 11
var w 10 11
"#,
    },
    Case {
        name: "not_folding",
        source: r#"local a = ...
local x = not nil
local y = not "s"
local z = not 0
local w = not not nil
if not nil then a() end
if not 1 then a() end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    VARG     0   2   0
0002    KPRI     1   2
0003    KPRI     2   1
0004    KPRI     3   1
0005    KPRI     4   1
0006    MOV      5   0
0007    CALL     5   1   1
0008    JMP      5 => 0009
0009 => JMP      5 => 0012
0010    MOV      5   0
0011    CALL     5   1   1
0012 => RET0     0   1

"#,
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=7
line 1 1
line 2 2
line 3 3
line 4 4
line 5 5
line 6 6
line 7 6
line 8 7
line 9 7
line 10 7
line 11 7
line 12 7
var a 2 13
var x 3 13
var y 4 13
var z 5 13
var w 6 13
"#,
    },
    Case {
        name: "multiple_targets_calls",
        source: r#"local a, b, c, d = f()
local e, g = f(), 1
local h, i, j = 1, f()
local k, l = ..., 1
x, y, z = f(), g()
"#,
        listing: r#"-- BYTECODE -- t.lua:0-6
0001    GGET     0   0      ; "f"
0002    CALL     0   5   1
0003    GGET     4   0      ; "f"
0004    CALL     4   2   1
0005    KSHORT   5   1
0006    KSHORT   6   1
0007    GGET     7   0      ; "f"
0008    CALL     7   3   1
0009    VARG     9   2   0
0010    KSHORT  10   1
0011    GGET    11   0      ; "f"
0012    CALL    11   2   1
0013    MOV     12   5
0014    CALL    12   3   1
0015    GSET    13   1      ; "z"
0016    GSET    12   2      ; "y"
0017    GSET    11   3      ; "x"
0018    RET0     0   1

"#,
        debug: r#"proto 0-6 params=0 vararg=1 child=0 frame=14
line 1 1
line 2 1
line 3 2
line 4 2
line 5 2
line 6 3
line 7 3
line 8 3
line 9 4
line 10 4
line 11 5
line 12 5
line 13 5
line 14 5
line 15 5
line 16 5
line 17 5
line 18 5
var a 3 19
var b 3 19
var c 3 19
var d 3 19
var e 6 19
var g 6 19
var h 9 19
var i 9 19
var j 9 19
var k 11 19
var l 11 19
"#,
    },
    Case {
        name: "deep_expression",
        source: r#"local a = ...
return ((((a + 1) * 2) - 3) / 4) % 5 .. (a or (a and (a == 1)))
"#,
        listing: r#"-- BYTECODE -- t.lua:0-3
0001    VARG     0   2   0
0002    ADDVN    1   0   0  ; 1
0003    MULVN    1   1   1  ; 2
0004    SUBVN    1   1   2  ; 3
0005    DIVVN    1   1   3  ; 4
0006    MODVN    1   1   4  ; 5
0007    ISTC     2   0
0008    JMP      2 => 0016
0009    ISFC     2   0
0010    JMP      2 => 0016
0011    ISEQN    0   0      ; 1
0012    JMP      2 => 0015
0013    KPRI     2   1
0014    JMP      3 => 0016
0015 => KPRI     2   2
0016 => CAT      1   1   2
0017    RET1     1   2

"#,
        debug: r#"proto 0-3 params=0 vararg=1 child=0 frame=3
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 2
line 9 2
line 10 2
line 11 2
line 12 2
line 13 2
line 14 2
line 15 2
line 16 2
line 17 2
var a 2 18
"#,
    },
    Case {
        name: "while_complex_cond",
        source: r#"local a, b = ...
while a and not b do a = a + 1 end
while a or b do a = nil end
repeat a = b until a or b and c
while a < 10 and b do local x = function() return a end end
"#,
        listing: r#"-- BYTECODE -- t.lua:5-5
0001    UGET     0   0      ; a
0002    RET1     0   2

-- BYTECODE -- t.lua:0-6
0001    VARG     0   3   0
0002 => ISF          0
0003    JMP      2 => 0009
0004    IST          1
0005    JMP      2 => 0009
0006    LOOP     2 => 0009
0007    ADDVN    0   0   0  ; 1
0008    JMP      2 => 0002
0009 => IST          0
0010    JMP      2 => 0013
0011    ISF          1
0012    JMP      2 => 0016
0013 => LOOP     2 => 0016
0014    KPRI     0   0
0015    JMP      2 => 0009
0016 => LOOP     2 => 0025
0017    MOV      0   1
0018    IST          0
0019    JMP      2 => 0025
0020    ISF          1
0021    JMP      2 => 0016
0022    GGET     2   0      ; "c"
0023    ISF          2
0024    JMP      3 => 0016
0025 => KSHORT   2  10
0026    ISGE     0   2
0027    JMP      2 => 0033
0028    ISF          1
0029    JMP      2 => 0033
0030    LOOP     2 => 0033
0031    FNEW     2   1      ; t.lua:5
0032    JMP      2 => 0025
0033 => UCLO     0 => 0034
0034 => RET0     0   1

"#,
        debug: r#"proto 5-5 params=0 vararg=0 child=0 frame=1
line 1 5
line 2 5
uv 0 a 0 local mut
proto 0-6 params=0 vararg=1 child=1 frame=3
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 2
line 9 3
line 10 3
line 11 3
line 12 3
line 13 3
line 14 3
line 15 3
line 16 4
line 17 4
line 18 4
line 19 4
line 20 4
line 21 4
line 22 4
line 23 4
line 24 4
line 25 5
line 26 5
line 27 5
line 28 5
line 29 5
line 30 5
line 31 5
line 32 5
line 33 5
line 34 5
var a 2 35
var b 2 35
var x 32 32
"#,
    },
    Case {
        name: "if_else_values",
        source: r#"local a, b, c = ...
local x
if a then x = 1 elseif b then x = 2 elseif c then x = 3 else x = 4 end
if (a and b) or c then print(1) elseif not (a or c) then print(2) end
return x
"#,
        listing: r#"-- BYTECODE -- t.lua:0-6
0001    VARG     0   4   0
0002    KPRI     3   0
0003    ISF          0
0004    JMP      4 => 0007
0005    KSHORT   3   1
0006    JMP      4 => 0016
0007 => ISF          1
0008    JMP      4 => 0011
0009    KSHORT   3   2
0010    JMP      4 => 0016
0011 => ISF          2
0012    JMP      4 => 0015
0013    KSHORT   3   3
0014    JMP      4 => 0016
0015 => KSHORT   3   4
0016 => ISF          0
0017    JMP      4 => 0020
0018    IST          1
0019    JMP      4 => 0022
0020 => ISF          2
0021    JMP      4 => 0026
0022 => GGET     4   0      ; "print"
0023    KSHORT   6   1
0024    CALL     4   1   2
0025    JMP      4 => 0033
0026 => IST          0
0027    JMP      4 => 0033
0028    IST          2
0029    JMP      4 => 0033
0030    GGET     4   0      ; "print"
0031    KSHORT   6   2
0032    CALL     4   1   2
0033 => RET1     3   2

"#,
        debug: r#"proto 0-6 params=0 vararg=1 child=0 frame=7
line 1 1
line 2 2
line 3 3
line 4 3
line 5 3
line 6 3
line 7 3
line 8 3
line 9 3
line 10 3
line 11 3
line 12 3
line 13 3
line 14 3
line 15 3
line 16 4
line 17 4
line 18 4
line 19 4
line 20 4
line 21 4
line 22 4
line 23 4
line 24 4
line 25 4
line 26 4
line 27 4
line 28 4
line 29 4
line 30 4
line 31 4
line 32 4
line 33 5
var a 2 34
var b 2 34
var c 2 34
var x 3 34
"#,
    },
    Case {
        name: "numeric_for_upvalue",
        source: r#"local fns = {}
for i = 1, 3 do
  fns[i] = function() return i end
end
return fns
"#,
        listing: r#"-- BYTECODE -- t.lua:3-3
0001    UGET     0   0      ; i
0002    RET1     0   2

-- BYTECODE -- t.lua:0-6
0001    TNEW     0   0
0002    KSHORT   1   1
0003    KSHORT   2   3
0004    KSHORT   3   1
0005    FORI     1 => 0010
0006 => FNEW     5   0      ; t.lua:3
0007    TSETV    5   0   4
0008    UCLO     4 => 0009
0009 => FORL     1 => 0006
0010 => UCLO     0 => 0011
0011 => RET1     0   2

"#,
        debug: r#"proto 3-3 params=0 vararg=0 child=0 frame=1
line 1 3
line 2 3
uv 0 i 4 local imm
proto 0-6 params=0 vararg=1 child=1 frame=6
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 3
line 7 3
line 8 3
line 9 2
line 10 5
line 11 5
var fns 2 12
var (for index) 5 10
var (for limit) 5 10
var (for step) 5 10
var i 6 8
"#,
    },
    Case {
        name: "generic_for_three_vars_next",
        source: r#"for k, v, extra in pairs(t) do end
for k, v in next, t, nil do end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-3
0001    GGET     0   0      ; "pairs"
0002    GGET     2   1      ; "t"
0003    CALL     0   4   2
0004    JMP      3 => 0005
0005 => ITERC    3   4   3
0006    ITERL    3 => 0005
0007    GGET     0   2      ; "next"
0008    GGET     1   1      ; "t"
0009    KPRI     2   0
0010    ISNEXT   3 => 0011
0011 => ITERN    3   3   3
0012    ITERL    3 => 0011
0013    RET0     0   1

"#,
        debug: r#"proto 0-3 params=0 vararg=1 child=0 frame=7
line 1 1
line 2 1
line 3 1
line 4 1
line 5 1
line 6 1
line 7 2
line 8 2
line 9 2
line 10 2
line 11 2
line 12 2
line 13 2
var (for generator) 4 7
var (for state) 4 7
var (for control) 4 7
var k 5 5
var v 5 5
var extra 5 5
var (for generator) 10 13
var (for state) 10 13
var (for control) 10 13
var k 11 11
var v 11 11
"#,
    },
    Case {
        name: "long_method_name_constant",
        source: r#"local o = ...
f("s0")
f("s1")
f("s2")
f("s3")
f("s4")
f("s5")
f("s6")
f("s7")
f("s8")
f("s9")
f("s10")
f("s11")
f("s12")
f("s13")
f("s14")
f("s15")
f("s16")
f("s17")
f("s18")
f("s19")
f("s20")
f("s21")
f("s22")
f("s23")
f("s24")
f("s25")
f("s26")
f("s27")
f("s28")
f("s29")
f("s30")
f("s31")
f("s32")
f("s33")
f("s34")
f("s35")
f("s36")
f("s37")
f("s38")
f("s39")
f("s40")
f("s41")
f("s42")
f("s43")
f("s44")
f("s45")
f("s46")
f("s47")
f("s48")
f("s49")
f("s50")
f("s51")
f("s52")
f("s53")
f("s54")
f("s55")
f("s56")
f("s57")
f("s58")
f("s59")
f("s60")
f("s61")
f("s62")
f("s63")
f("s64")
f("s65")
f("s66")
f("s67")
f("s68")
f("s69")
f("s70")
f("s71")
f("s72")
f("s73")
f("s74")
f("s75")
f("s76")
f("s77")
f("s78")
f("s79")
f("s80")
f("s81")
f("s82")
f("s83")
f("s84")
f("s85")
f("s86")
f("s87")
f("s88")
f("s89")
f("s90")
f("s91")
f("s92")
f("s93")
f("s94")
f("s95")
f("s96")
f("s97")
f("s98")
f("s99")
f("s100")
f("s101")
f("s102")
f("s103")
f("s104")
f("s105")
f("s106")
f("s107")
f("s108")
f("s109")
f("s110")
f("s111")
f("s112")
f("s113")
f("s114")
f("s115")
f("s116")
f("s117")
f("s118")
f("s119")
f("s120")
f("s121")
f("s122")
f("s123")
f("s124")
f("s125")
f("s126")
f("s127")
f("s128")
f("s129")
f("s130")
f("s131")
f("s132")
f("s133")
f("s134")
f("s135")
f("s136")
f("s137")
f("s138")
f("s139")
f("s140")
f("s141")
f("s142")
f("s143")
f("s144")
f("s145")
f("s146")
f("s147")
f("s148")
f("s149")
f("s150")
f("s151")
f("s152")
f("s153")
f("s154")
f("s155")
f("s156")
f("s157")
f("s158")
f("s159")
f("s160")
f("s161")
f("s162")
f("s163")
f("s164")
f("s165")
f("s166")
f("s167")
f("s168")
f("s169")
f("s170")
f("s171")
f("s172")
f("s173")
f("s174")
f("s175")
f("s176")
f("s177")
f("s178")
f("s179")
f("s180")
f("s181")
f("s182")
f("s183")
f("s184")
f("s185")
f("s186")
f("s187")
f("s188")
f("s189")
f("s190")
f("s191")
f("s192")
f("s193")
f("s194")
f("s195")
f("s196")
f("s197")
f("s198")
f("s199")
f("s200")
f("s201")
f("s202")
f("s203")
f("s204")
f("s205")
f("s206")
f("s207")
f("s208")
f("s209")
f("s210")
f("s211")
f("s212")
f("s213")
f("s214")
f("s215")
f("s216")
f("s217")
f("s218")
f("s219")
f("s220")
f("s221")
f("s222")
f("s223")
f("s224")
f("s225")
f("s226")
f("s227")
f("s228")
f("s229")
f("s230")
f("s231")
f("s232")
f("s233")
f("s234")
f("s235")
f("s236")
f("s237")
f("s238")
f("s239")
f("s240")
f("s241")
f("s242")
f("s243")
f("s244")
f("s245")
f("s246")
f("s247")
f("s248")
f("s249")
f("s250")
f("s251")
f("s252")
f("s253")
f("s254")
f("s255")
f("s256")
f("s257")
f("s258")
f("s259")
o:method()
o.field = o.other
"#,
        listing: r#"-- BYTECODE -- t.lua:0-264
0001    VARG     0   2   0
0002    GGET     1   0      ; "f"
0003    KSTR     3   1      ; "s0"
0004    CALL     1   1   2
0005    GGET     1   0      ; "f"
0006    KSTR     3   2      ; "s1"
0007    CALL     1   1   2
0008    GGET     1   0      ; "f"
0009    KSTR     3   3      ; "s2"
0010    CALL     1   1   2
0011    GGET     1   0      ; "f"
0012    KSTR     3   4      ; "s3"
0013    CALL     1   1   2
0014    GGET     1   0      ; "f"
0015    KSTR     3   5      ; "s4"
0016    CALL     1   1   2
0017    GGET     1   0      ; "f"
0018    KSTR     3   6      ; "s5"
0019    CALL     1   1   2
0020    GGET     1   0      ; "f"
0021    KSTR     3   7      ; "s6"
0022    CALL     1   1   2
0023    GGET     1   0      ; "f"
0024    KSTR     3   8      ; "s7"
0025    CALL     1   1   2
0026    GGET     1   0      ; "f"
0027    KSTR     3   9      ; "s8"
0028    CALL     1   1   2
0029    GGET     1   0      ; "f"
0030    KSTR     3  10      ; "s9"
0031    CALL     1   1   2
0032    GGET     1   0      ; "f"
0033    KSTR     3  11      ; "s10"
0034    CALL     1   1   2
0035    GGET     1   0      ; "f"
0036    KSTR     3  12      ; "s11"
0037    CALL     1   1   2
0038    GGET     1   0      ; "f"
0039    KSTR     3  13      ; "s12"
0040    CALL     1   1   2
0041    GGET     1   0      ; "f"
0042    KSTR     3  14      ; "s13"
0043    CALL     1   1   2
0044    GGET     1   0      ; "f"
0045    KSTR     3  15      ; "s14"
0046    CALL     1   1   2
0047    GGET     1   0      ; "f"
0048    KSTR     3  16      ; "s15"
0049    CALL     1   1   2
0050    GGET     1   0      ; "f"
0051    KSTR     3  17      ; "s16"
0052    CALL     1   1   2
0053    GGET     1   0      ; "f"
0054    KSTR     3  18      ; "s17"
0055    CALL     1   1   2
0056    GGET     1   0      ; "f"
0057    KSTR     3  19      ; "s18"
0058    CALL     1   1   2
0059    GGET     1   0      ; "f"
0060    KSTR     3  20      ; "s19"
0061    CALL     1   1   2
0062    GGET     1   0      ; "f"
0063    KSTR     3  21      ; "s20"
0064    CALL     1   1   2
0065    GGET     1   0      ; "f"
0066    KSTR     3  22      ; "s21"
0067    CALL     1   1   2
0068    GGET     1   0      ; "f"
0069    KSTR     3  23      ; "s22"
0070    CALL     1   1   2
0071    GGET     1   0      ; "f"
0072    KSTR     3  24      ; "s23"
0073    CALL     1   1   2
0074    GGET     1   0      ; "f"
0075    KSTR     3  25      ; "s24"
0076    CALL     1   1   2
0077    GGET     1   0      ; "f"
0078    KSTR     3  26      ; "s25"
0079    CALL     1   1   2
0080    GGET     1   0      ; "f"
0081    KSTR     3  27      ; "s26"
0082    CALL     1   1   2
0083    GGET     1   0      ; "f"
0084    KSTR     3  28      ; "s27"
0085    CALL     1   1   2
0086    GGET     1   0      ; "f"
0087    KSTR     3  29      ; "s28"
0088    CALL     1   1   2
0089    GGET     1   0      ; "f"
0090    KSTR     3  30      ; "s29"
0091    CALL     1   1   2
0092    GGET     1   0      ; "f"
0093    KSTR     3  31      ; "s30"
0094    CALL     1   1   2
0095    GGET     1   0      ; "f"
0096    KSTR     3  32      ; "s31"
0097    CALL     1   1   2
0098    GGET     1   0      ; "f"
0099    KSTR     3  33      ; "s32"
0100    CALL     1   1   2
0101    GGET     1   0      ; "f"
0102    KSTR     3  34      ; "s33"
0103    CALL     1   1   2
0104    GGET     1   0      ; "f"
0105    KSTR     3  35      ; "s34"
0106    CALL     1   1   2
0107    GGET     1   0      ; "f"
0108    KSTR     3  36      ; "s35"
0109    CALL     1   1   2
0110    GGET     1   0      ; "f"
0111    KSTR     3  37      ; "s36"
0112    CALL     1   1   2
0113    GGET     1   0      ; "f"
0114    KSTR     3  38      ; "s37"
0115    CALL     1   1   2
0116    GGET     1   0      ; "f"
0117    KSTR     3  39      ; "s38"
0118    CALL     1   1   2
0119    GGET     1   0      ; "f"
0120    KSTR     3  40      ; "s39"
0121    CALL     1   1   2
0122    GGET     1   0      ; "f"
0123    KSTR     3  41      ; "s40"
0124    CALL     1   1   2
0125    GGET     1   0      ; "f"
0126    KSTR     3  42      ; "s41"
0127    CALL     1   1   2
0128    GGET     1   0      ; "f"
0129    KSTR     3  43      ; "s42"
0130    CALL     1   1   2
0131    GGET     1   0      ; "f"
0132    KSTR     3  44      ; "s43"
0133    CALL     1   1   2
0134    GGET     1   0      ; "f"
0135    KSTR     3  45      ; "s44"
0136    CALL     1   1   2
0137    GGET     1   0      ; "f"
0138    KSTR     3  46      ; "s45"
0139    CALL     1   1   2
0140    GGET     1   0      ; "f"
0141    KSTR     3  47      ; "s46"
0142    CALL     1   1   2
0143    GGET     1   0      ; "f"
0144    KSTR     3  48      ; "s47"
0145    CALL     1   1   2
0146    GGET     1   0      ; "f"
0147    KSTR     3  49      ; "s48"
0148    CALL     1   1   2
0149    GGET     1   0      ; "f"
0150    KSTR     3  50      ; "s49"
0151    CALL     1   1   2
0152    GGET     1   0      ; "f"
0153    KSTR     3  51      ; "s50"
0154    CALL     1   1   2
0155    GGET     1   0      ; "f"
0156    KSTR     3  52      ; "s51"
0157    CALL     1   1   2
0158    GGET     1   0      ; "f"
0159    KSTR     3  53      ; "s52"
0160    CALL     1   1   2
0161    GGET     1   0      ; "f"
0162    KSTR     3  54      ; "s53"
0163    CALL     1   1   2
0164    GGET     1   0      ; "f"
0165    KSTR     3  55      ; "s54"
0166    CALL     1   1   2
0167    GGET     1   0      ; "f"
0168    KSTR     3  56      ; "s55"
0169    CALL     1   1   2
0170    GGET     1   0      ; "f"
0171    KSTR     3  57      ; "s56"
0172    CALL     1   1   2
0173    GGET     1   0      ; "f"
0174    KSTR     3  58      ; "s57"
0175    CALL     1   1   2
0176    GGET     1   0      ; "f"
0177    KSTR     3  59      ; "s58"
0178    CALL     1   1   2
0179    GGET     1   0      ; "f"
0180    KSTR     3  60      ; "s59"
0181    CALL     1   1   2
0182    GGET     1   0      ; "f"
0183    KSTR     3  61      ; "s60"
0184    CALL     1   1   2
0185    GGET     1   0      ; "f"
0186    KSTR     3  62      ; "s61"
0187    CALL     1   1   2
0188    GGET     1   0      ; "f"
0189    KSTR     3  63      ; "s62"
0190    CALL     1   1   2
0191    GGET     1   0      ; "f"
0192    KSTR     3  64      ; "s63"
0193    CALL     1   1   2
0194    GGET     1   0      ; "f"
0195    KSTR     3  65      ; "s64"
0196    CALL     1   1   2
0197    GGET     1   0      ; "f"
0198    KSTR     3  66      ; "s65"
0199    CALL     1   1   2
0200    GGET     1   0      ; "f"
0201    KSTR     3  67      ; "s66"
0202    CALL     1   1   2
0203    GGET     1   0      ; "f"
0204    KSTR     3  68      ; "s67"
0205    CALL     1   1   2
0206    GGET     1   0      ; "f"
0207    KSTR     3  69      ; "s68"
0208    CALL     1   1   2
0209    GGET     1   0      ; "f"
0210    KSTR     3  70      ; "s69"
0211    CALL     1   1   2
0212    GGET     1   0      ; "f"
0213    KSTR     3  71      ; "s70"
0214    CALL     1   1   2
0215    GGET     1   0      ; "f"
0216    KSTR     3  72      ; "s71"
0217    CALL     1   1   2
0218    GGET     1   0      ; "f"
0219    KSTR     3  73      ; "s72"
0220    CALL     1   1   2
0221    GGET     1   0      ; "f"
0222    KSTR     3  74      ; "s73"
0223    CALL     1   1   2
0224    GGET     1   0      ; "f"
0225    KSTR     3  75      ; "s74"
0226    CALL     1   1   2
0227    GGET     1   0      ; "f"
0228    KSTR     3  76      ; "s75"
0229    CALL     1   1   2
0230    GGET     1   0      ; "f"
0231    KSTR     3  77      ; "s76"
0232    CALL     1   1   2
0233    GGET     1   0      ; "f"
0234    KSTR     3  78      ; "s77"
0235    CALL     1   1   2
0236    GGET     1   0      ; "f"
0237    KSTR     3  79      ; "s78"
0238    CALL     1   1   2
0239    GGET     1   0      ; "f"
0240    KSTR     3  80      ; "s79"
0241    CALL     1   1   2
0242    GGET     1   0      ; "f"
0243    KSTR     3  81      ; "s80"
0244    CALL     1   1   2
0245    GGET     1   0      ; "f"
0246    KSTR     3  82      ; "s81"
0247    CALL     1   1   2
0248    GGET     1   0      ; "f"
0249    KSTR     3  83      ; "s82"
0250    CALL     1   1   2
0251    GGET     1   0      ; "f"
0252    KSTR     3  84      ; "s83"
0253    CALL     1   1   2
0254    GGET     1   0      ; "f"
0255    KSTR     3  85      ; "s84"
0256    CALL     1   1   2
0257    GGET     1   0      ; "f"
0258    KSTR     3  86      ; "s85"
0259    CALL     1   1   2
0260    GGET     1   0      ; "f"
0261    KSTR     3  87      ; "s86"
0262    CALL     1   1   2
0263    GGET     1   0      ; "f"
0264    KSTR     3  88      ; "s87"
0265    CALL     1   1   2
0266    GGET     1   0      ; "f"
0267    KSTR     3  89      ; "s88"
0268    CALL     1   1   2
0269    GGET     1   0      ; "f"
0270    KSTR     3  90      ; "s89"
0271    CALL     1   1   2
0272    GGET     1   0      ; "f"
0273    KSTR     3  91      ; "s90"
0274    CALL     1   1   2
0275    GGET     1   0      ; "f"
0276    KSTR     3  92      ; "s91"
0277    CALL     1   1   2
0278    GGET     1   0      ; "f"
0279    KSTR     3  93      ; "s92"
0280    CALL     1   1   2
0281    GGET     1   0      ; "f"
0282    KSTR     3  94      ; "s93"
0283    CALL     1   1   2
0284    GGET     1   0      ; "f"
0285    KSTR     3  95      ; "s94"
0286    CALL     1   1   2
0287    GGET     1   0      ; "f"
0288    KSTR     3  96      ; "s95"
0289    CALL     1   1   2
0290    GGET     1   0      ; "f"
0291    KSTR     3  97      ; "s96"
0292    CALL     1   1   2
0293    GGET     1   0      ; "f"
0294    KSTR     3  98      ; "s97"
0295    CALL     1   1   2
0296    GGET     1   0      ; "f"
0297    KSTR     3  99      ; "s98"
0298    CALL     1   1   2
0299    GGET     1   0      ; "f"
0300    KSTR     3 100      ; "s99"
0301    CALL     1   1   2
0302    GGET     1   0      ; "f"
0303    KSTR     3 101      ; "s100"
0304    CALL     1   1   2
0305    GGET     1   0      ; "f"
0306    KSTR     3 102      ; "s101"
0307    CALL     1   1   2
0308    GGET     1   0      ; "f"
0309    KSTR     3 103      ; "s102"
0310    CALL     1   1   2
0311    GGET     1   0      ; "f"
0312    KSTR     3 104      ; "s103"
0313    CALL     1   1   2
0314    GGET     1   0      ; "f"
0315    KSTR     3 105      ; "s104"
0316    CALL     1   1   2
0317    GGET     1   0      ; "f"
0318    KSTR     3 106      ; "s105"
0319    CALL     1   1   2
0320    GGET     1   0      ; "f"
0321    KSTR     3 107      ; "s106"
0322    CALL     1   1   2
0323    GGET     1   0      ; "f"
0324    KSTR     3 108      ; "s107"
0325    CALL     1   1   2
0326    GGET     1   0      ; "f"
0327    KSTR     3 109      ; "s108"
0328    CALL     1   1   2
0329    GGET     1   0      ; "f"
0330    KSTR     3 110      ; "s109"
0331    CALL     1   1   2
0332    GGET     1   0      ; "f"
0333    KSTR     3 111      ; "s110"
0334    CALL     1   1   2
0335    GGET     1   0      ; "f"
0336    KSTR     3 112      ; "s111"
0337    CALL     1   1   2
0338    GGET     1   0      ; "f"
0339    KSTR     3 113      ; "s112"
0340    CALL     1   1   2
0341    GGET     1   0      ; "f"
0342    KSTR     3 114      ; "s113"
0343    CALL     1   1   2
0344    GGET     1   0      ; "f"
0345    KSTR     3 115      ; "s114"
0346    CALL     1   1   2
0347    GGET     1   0      ; "f"
0348    KSTR     3 116      ; "s115"
0349    CALL     1   1   2
0350    GGET     1   0      ; "f"
0351    KSTR     3 117      ; "s116"
0352    CALL     1   1   2
0353    GGET     1   0      ; "f"
0354    KSTR     3 118      ; "s117"
0355    CALL     1   1   2
0356    GGET     1   0      ; "f"
0357    KSTR     3 119      ; "s118"
0358    CALL     1   1   2
0359    GGET     1   0      ; "f"
0360    KSTR     3 120      ; "s119"
0361    CALL     1   1   2
0362    GGET     1   0      ; "f"
0363    KSTR     3 121      ; "s120"
0364    CALL     1   1   2
0365    GGET     1   0      ; "f"
0366    KSTR     3 122      ; "s121"
0367    CALL     1   1   2
0368    GGET     1   0      ; "f"
0369    KSTR     3 123      ; "s122"
0370    CALL     1   1   2
0371    GGET     1   0      ; "f"
0372    KSTR     3 124      ; "s123"
0373    CALL     1   1   2
0374    GGET     1   0      ; "f"
0375    KSTR     3 125      ; "s124"
0376    CALL     1   1   2
0377    GGET     1   0      ; "f"
0378    KSTR     3 126      ; "s125"
0379    CALL     1   1   2
0380    GGET     1   0      ; "f"
0381    KSTR     3 127      ; "s126"
0382    CALL     1   1   2
0383    GGET     1   0      ; "f"
0384    KSTR     3 128      ; "s127"
0385    CALL     1   1   2
0386    GGET     1   0      ; "f"
0387    KSTR     3 129      ; "s128"
0388    CALL     1   1   2
0389    GGET     1   0      ; "f"
0390    KSTR     3 130      ; "s129"
0391    CALL     1   1   2
0392    GGET     1   0      ; "f"
0393    KSTR     3 131      ; "s130"
0394    CALL     1   1   2
0395    GGET     1   0      ; "f"
0396    KSTR     3 132      ; "s131"
0397    CALL     1   1   2
0398    GGET     1   0      ; "f"
0399    KSTR     3 133      ; "s132"
0400    CALL     1   1   2
0401    GGET     1   0      ; "f"
0402    KSTR     3 134      ; "s133"
0403    CALL     1   1   2
0404    GGET     1   0      ; "f"
0405    KSTR     3 135      ; "s134"
0406    CALL     1   1   2
0407    GGET     1   0      ; "f"
0408    KSTR     3 136      ; "s135"
0409    CALL     1   1   2
0410    GGET     1   0      ; "f"
0411    KSTR     3 137      ; "s136"
0412    CALL     1   1   2
0413    GGET     1   0      ; "f"
0414    KSTR     3 138      ; "s137"
0415    CALL     1   1   2
0416    GGET     1   0      ; "f"
0417    KSTR     3 139      ; "s138"
0418    CALL     1   1   2
0419    GGET     1   0      ; "f"
0420    KSTR     3 140      ; "s139"
0421    CALL     1   1   2
0422    GGET     1   0      ; "f"
0423    KSTR     3 141      ; "s140"
0424    CALL     1   1   2
0425    GGET     1   0      ; "f"
0426    KSTR     3 142      ; "s141"
0427    CALL     1   1   2
0428    GGET     1   0      ; "f"
0429    KSTR     3 143      ; "s142"
0430    CALL     1   1   2
0431    GGET     1   0      ; "f"
0432    KSTR     3 144      ; "s143"
0433    CALL     1   1   2
0434    GGET     1   0      ; "f"
0435    KSTR     3 145      ; "s144"
0436    CALL     1   1   2
0437    GGET     1   0      ; "f"
0438    KSTR     3 146      ; "s145"
0439    CALL     1   1   2
0440    GGET     1   0      ; "f"
0441    KSTR     3 147      ; "s146"
0442    CALL     1   1   2
0443    GGET     1   0      ; "f"
0444    KSTR     3 148      ; "s147"
0445    CALL     1   1   2
0446    GGET     1   0      ; "f"
0447    KSTR     3 149      ; "s148"
0448    CALL     1   1   2
0449    GGET     1   0      ; "f"
0450    KSTR     3 150      ; "s149"
0451    CALL     1   1   2
0452    GGET     1   0      ; "f"
0453    KSTR     3 151      ; "s150"
0454    CALL     1   1   2
0455    GGET     1   0      ; "f"
0456    KSTR     3 152      ; "s151"
0457    CALL     1   1   2
0458    GGET     1   0      ; "f"
0459    KSTR     3 153      ; "s152"
0460    CALL     1   1   2
0461    GGET     1   0      ; "f"
0462    KSTR     3 154      ; "s153"
0463    CALL     1   1   2
0464    GGET     1   0      ; "f"
0465    KSTR     3 155      ; "s154"
0466    CALL     1   1   2
0467    GGET     1   0      ; "f"
0468    KSTR     3 156      ; "s155"
0469    CALL     1   1   2
0470    GGET     1   0      ; "f"
0471    KSTR     3 157      ; "s156"
0472    CALL     1   1   2
0473    GGET     1   0      ; "f"
0474    KSTR     3 158      ; "s157"
0475    CALL     1   1   2
0476    GGET     1   0      ; "f"
0477    KSTR     3 159      ; "s158"
0478    CALL     1   1   2
0479    GGET     1   0      ; "f"
0480    KSTR     3 160      ; "s159"
0481    CALL     1   1   2
0482    GGET     1   0      ; "f"
0483    KSTR     3 161      ; "s160"
0484    CALL     1   1   2
0485    GGET     1   0      ; "f"
0486    KSTR     3 162      ; "s161"
0487    CALL     1   1   2
0488    GGET     1   0      ; "f"
0489    KSTR     3 163      ; "s162"
0490    CALL     1   1   2
0491    GGET     1   0      ; "f"
0492    KSTR     3 164      ; "s163"
0493    CALL     1   1   2
0494    GGET     1   0      ; "f"
0495    KSTR     3 165      ; "s164"
0496    CALL     1   1   2
0497    GGET     1   0      ; "f"
0498    KSTR     3 166      ; "s165"
0499    CALL     1   1   2
0500    GGET     1   0      ; "f"
0501    KSTR     3 167      ; "s166"
0502    CALL     1   1   2
0503    GGET     1   0      ; "f"
0504    KSTR     3 168      ; "s167"
0505    CALL     1   1   2
0506    GGET     1   0      ; "f"
0507    KSTR     3 169      ; "s168"
0508    CALL     1   1   2
0509    GGET     1   0      ; "f"
0510    KSTR     3 170      ; "s169"
0511    CALL     1   1   2
0512    GGET     1   0      ; "f"
0513    KSTR     3 171      ; "s170"
0514    CALL     1   1   2
0515    GGET     1   0      ; "f"
0516    KSTR     3 172      ; "s171"
0517    CALL     1   1   2
0518    GGET     1   0      ; "f"
0519    KSTR     3 173      ; "s172"
0520    CALL     1   1   2
0521    GGET     1   0      ; "f"
0522    KSTR     3 174      ; "s173"
0523    CALL     1   1   2
0524    GGET     1   0      ; "f"
0525    KSTR     3 175      ; "s174"
0526    CALL     1   1   2
0527    GGET     1   0      ; "f"
0528    KSTR     3 176      ; "s175"
0529    CALL     1   1   2
0530    GGET     1   0      ; "f"
0531    KSTR     3 177      ; "s176"
0532    CALL     1   1   2
0533    GGET     1   0      ; "f"
0534    KSTR     3 178      ; "s177"
0535    CALL     1   1   2
0536    GGET     1   0      ; "f"
0537    KSTR     3 179      ; "s178"
0538    CALL     1   1   2
0539    GGET     1   0      ; "f"
0540    KSTR     3 180      ; "s179"
0541    CALL     1   1   2
0542    GGET     1   0      ; "f"
0543    KSTR     3 181      ; "s180"
0544    CALL     1   1   2
0545    GGET     1   0      ; "f"
0546    KSTR     3 182      ; "s181"
0547    CALL     1   1   2
0548    GGET     1   0      ; "f"
0549    KSTR     3 183      ; "s182"
0550    CALL     1   1   2
0551    GGET     1   0      ; "f"
0552    KSTR     3 184      ; "s183"
0553    CALL     1   1   2
0554    GGET     1   0      ; "f"
0555    KSTR     3 185      ; "s184"
0556    CALL     1   1   2
0557    GGET     1   0      ; "f"
0558    KSTR     3 186      ; "s185"
0559    CALL     1   1   2
0560    GGET     1   0      ; "f"
0561    KSTR     3 187      ; "s186"
0562    CALL     1   1   2
0563    GGET     1   0      ; "f"
0564    KSTR     3 188      ; "s187"
0565    CALL     1   1   2
0566    GGET     1   0      ; "f"
0567    KSTR     3 189      ; "s188"
0568    CALL     1   1   2
0569    GGET     1   0      ; "f"
0570    KSTR     3 190      ; "s189"
0571    CALL     1   1   2
0572    GGET     1   0      ; "f"
0573    KSTR     3 191      ; "s190"
0574    CALL     1   1   2
0575    GGET     1   0      ; "f"
0576    KSTR     3 192      ; "s191"
0577    CALL     1   1   2
0578    GGET     1   0      ; "f"
0579    KSTR     3 193      ; "s192"
0580    CALL     1   1   2
0581    GGET     1   0      ; "f"
0582    KSTR     3 194      ; "s193"
0583    CALL     1   1   2
0584    GGET     1   0      ; "f"
0585    KSTR     3 195      ; "s194"
0586    CALL     1   1   2
0587    GGET     1   0      ; "f"
0588    KSTR     3 196      ; "s195"
0589    CALL     1   1   2
0590    GGET     1   0      ; "f"
0591    KSTR     3 197      ; "s196"
0592    CALL     1   1   2
0593    GGET     1   0      ; "f"
0594    KSTR     3 198      ; "s197"
0595    CALL     1   1   2
0596    GGET     1   0      ; "f"
0597    KSTR     3 199      ; "s198"
0598    CALL     1   1   2
0599    GGET     1   0      ; "f"
0600    KSTR     3 200      ; "s199"
0601    CALL     1   1   2
0602    GGET     1   0      ; "f"
0603    KSTR     3 201      ; "s200"
0604    CALL     1   1   2
0605    GGET     1   0      ; "f"
0606    KSTR     3 202      ; "s201"
0607    CALL     1   1   2
0608    GGET     1   0      ; "f"
0609    KSTR     3 203      ; "s202"
0610    CALL     1   1   2
0611    GGET     1   0      ; "f"
0612    KSTR     3 204      ; "s203"
0613    CALL     1   1   2
0614    GGET     1   0      ; "f"
0615    KSTR     3 205      ; "s204"
0616    CALL     1   1   2
0617    GGET     1   0      ; "f"
0618    KSTR     3 206      ; "s205"
0619    CALL     1   1   2
0620    GGET     1   0      ; "f"
0621    KSTR     3 207      ; "s206"
0622    CALL     1   1   2
0623    GGET     1   0      ; "f"
0624    KSTR     3 208      ; "s207"
0625    CALL     1   1   2
0626    GGET     1   0      ; "f"
0627    KSTR     3 209      ; "s208"
0628    CALL     1   1   2
0629    GGET     1   0      ; "f"
0630    KSTR     3 210      ; "s209"
0631    CALL     1   1   2
0632    GGET     1   0      ; "f"
0633    KSTR     3 211      ; "s210"
0634    CALL     1   1   2
0635    GGET     1   0      ; "f"
0636    KSTR     3 212      ; "s211"
0637    CALL     1   1   2
0638    GGET     1   0      ; "f"
0639    KSTR     3 213      ; "s212"
0640    CALL     1   1   2
0641    GGET     1   0      ; "f"
0642    KSTR     3 214      ; "s213"
0643    CALL     1   1   2
0644    GGET     1   0      ; "f"
0645    KSTR     3 215      ; "s214"
0646    CALL     1   1   2
0647    GGET     1   0      ; "f"
0648    KSTR     3 216      ; "s215"
0649    CALL     1   1   2
0650    GGET     1   0      ; "f"
0651    KSTR     3 217      ; "s216"
0652    CALL     1   1   2
0653    GGET     1   0      ; "f"
0654    KSTR     3 218      ; "s217"
0655    CALL     1   1   2
0656    GGET     1   0      ; "f"
0657    KSTR     3 219      ; "s218"
0658    CALL     1   1   2
0659    GGET     1   0      ; "f"
0660    KSTR     3 220      ; "s219"
0661    CALL     1   1   2
0662    GGET     1   0      ; "f"
0663    KSTR     3 221      ; "s220"
0664    CALL     1   1   2
0665    GGET     1   0      ; "f"
0666    KSTR     3 222      ; "s221"
0667    CALL     1   1   2
0668    GGET     1   0      ; "f"
0669    KSTR     3 223      ; "s222"
0670    CALL     1   1   2
0671    GGET     1   0      ; "f"
0672    KSTR     3 224      ; "s223"
0673    CALL     1   1   2
0674    GGET     1   0      ; "f"
0675    KSTR     3 225      ; "s224"
0676    CALL     1   1   2
0677    GGET     1   0      ; "f"
0678    KSTR     3 226      ; "s225"
0679    CALL     1   1   2
0680    GGET     1   0      ; "f"
0681    KSTR     3 227      ; "s226"
0682    CALL     1   1   2
0683    GGET     1   0      ; "f"
0684    KSTR     3 228      ; "s227"
0685    CALL     1   1   2
0686    GGET     1   0      ; "f"
0687    KSTR     3 229      ; "s228"
0688    CALL     1   1   2
0689    GGET     1   0      ; "f"
0690    KSTR     3 230      ; "s229"
0691    CALL     1   1   2
0692    GGET     1   0      ; "f"
0693    KSTR     3 231      ; "s230"
0694    CALL     1   1   2
0695    GGET     1   0      ; "f"
0696    KSTR     3 232      ; "s231"
0697    CALL     1   1   2
0698    GGET     1   0      ; "f"
0699    KSTR     3 233      ; "s232"
0700    CALL     1   1   2
0701    GGET     1   0      ; "f"
0702    KSTR     3 234      ; "s233"
0703    CALL     1   1   2
0704    GGET     1   0      ; "f"
0705    KSTR     3 235      ; "s234"
0706    CALL     1   1   2
0707    GGET     1   0      ; "f"
0708    KSTR     3 236      ; "s235"
0709    CALL     1   1   2
0710    GGET     1   0      ; "f"
0711    KSTR     3 237      ; "s236"
0712    CALL     1   1   2
0713    GGET     1   0      ; "f"
0714    KSTR     3 238      ; "s237"
0715    CALL     1   1   2
0716    GGET     1   0      ; "f"
0717    KSTR     3 239      ; "s238"
0718    CALL     1   1   2
0719    GGET     1   0      ; "f"
0720    KSTR     3 240      ; "s239"
0721    CALL     1   1   2
0722    GGET     1   0      ; "f"
0723    KSTR     3 241      ; "s240"
0724    CALL     1   1   2
0725    GGET     1   0      ; "f"
0726    KSTR     3 242      ; "s241"
0727    CALL     1   1   2
0728    GGET     1   0      ; "f"
0729    KSTR     3 243      ; "s242"
0730    CALL     1   1   2
0731    GGET     1   0      ; "f"
0732    KSTR     3 244      ; "s243"
0733    CALL     1   1   2
0734    GGET     1   0      ; "f"
0735    KSTR     3 245      ; "s244"
0736    CALL     1   1   2
0737    GGET     1   0      ; "f"
0738    KSTR     3 246      ; "s245"
0739    CALL     1   1   2
0740    GGET     1   0      ; "f"
0741    KSTR     3 247      ; "s246"
0742    CALL     1   1   2
0743    GGET     1   0      ; "f"
0744    KSTR     3 248      ; "s247"
0745    CALL     1   1   2
0746    GGET     1   0      ; "f"
0747    KSTR     3 249      ; "s248"
0748    CALL     1   1   2
0749    GGET     1   0      ; "f"
0750    KSTR     3 250      ; "s249"
0751    CALL     1   1   2
0752    GGET     1   0      ; "f"
0753    KSTR     3 251      ; "s250"
0754    CALL     1   1   2
0755    GGET     1   0      ; "f"
0756    KSTR     3 252      ; "s251"
0757    CALL     1   1   2
0758    GGET     1   0      ; "f"
0759    KSTR     3 253      ; "s252"
0760    CALL     1   1   2
0761    GGET     1   0      ; "f"
0762    KSTR     3 254      ; "s253"
0763    CALL     1   1   2
0764    GGET     1   0      ; "f"
0765    KSTR     3 255      ; "s254"
0766    CALL     1   1   2
0767    GGET     1   0      ; "f"
0768    KSTR     3 256      ; "s255"
0769    CALL     1   1   2
0770    GGET     1   0      ; "f"
0771    KSTR     3 257      ; "s256"
0772    CALL     1   1   2
0773    GGET     1   0      ; "f"
0774    KSTR     3 258      ; "s257"
0775    CALL     1   1   2
0776    GGET     1   0      ; "f"
0777    KSTR     3 259      ; "s258"
0778    CALL     1   1   2
0779    GGET     1   0      ; "f"
0780    KSTR     3 260      ; "s259"
0781    CALL     1   1   2
0782    MOV      3   0
0783    KSTR     4 261      ; "method"
0784    TGETV    1   0   4
0785    CALL     1   1   2
0786    KSTR     1 262      ; "field"
0787    KSTR     2 263      ; "other"
0788    TGETV    2   0   2
0789    TSETV    2   0   1
0790    RET0     0   1

"#,
        debug: r#""#,
    },
    Case {
        name: "many_number_constants",
        source: r#"local a = ...
a = a + 0.5
a = a + 1.5
a = a + 2.5
a = a + 3.5
a = a + 4.5
a = a + 5.5
a = a + 6.5
a = a + 7.5
a = a + 8.5
a = a + 9.5
a = a + 10.5
a = a + 11.5
a = a + 12.5
a = a + 13.5
a = a + 14.5
a = a + 15.5
a = a + 16.5
a = a + 17.5
a = a + 18.5
a = a + 19.5
a = a + 20.5
a = a + 21.5
a = a + 22.5
a = a + 23.5
a = a + 24.5
a = a + 25.5
a = a + 26.5
a = a + 27.5
a = a + 28.5
a = a + 29.5
a = a + 30.5
a = a + 31.5
a = a + 32.5
a = a + 33.5
a = a + 34.5
a = a + 35.5
a = a + 36.5
a = a + 37.5
a = a + 38.5
a = a + 39.5
a = a + 40.5
a = a + 41.5
a = a + 42.5
a = a + 43.5
a = a + 44.5
a = a + 45.5
a = a + 46.5
a = a + 47.5
a = a + 48.5
a = a + 49.5
a = a + 50.5
a = a + 51.5
a = a + 52.5
a = a + 53.5
a = a + 54.5
a = a + 55.5
a = a + 56.5
a = a + 57.5
a = a + 58.5
a = a + 59.5
a = a + 60.5
a = a + 61.5
a = a + 62.5
a = a + 63.5
a = a + 64.5
a = a + 65.5
a = a + 66.5
a = a + 67.5
a = a + 68.5
a = a + 69.5
a = a + 70.5
a = a + 71.5
a = a + 72.5
a = a + 73.5
a = a + 74.5
a = a + 75.5
a = a + 76.5
a = a + 77.5
a = a + 78.5
a = a + 79.5
a = a + 80.5
a = a + 81.5
a = a + 82.5
a = a + 83.5
a = a + 84.5
a = a + 85.5
a = a + 86.5
a = a + 87.5
a = a + 88.5
a = a + 89.5
a = a + 90.5
a = a + 91.5
a = a + 92.5
a = a + 93.5
a = a + 94.5
a = a + 95.5
a = a + 96.5
a = a + 97.5
a = a + 98.5
a = a + 99.5
a = a + 100.5
a = a + 101.5
a = a + 102.5
a = a + 103.5
a = a + 104.5
a = a + 105.5
a = a + 106.5
a = a + 107.5
a = a + 108.5
a = a + 109.5
a = a + 110.5
a = a + 111.5
a = a + 112.5
a = a + 113.5
a = a + 114.5
a = a + 115.5
a = a + 116.5
a = a + 117.5
a = a + 118.5
a = a + 119.5
a = a + 120.5
a = a + 121.5
a = a + 122.5
a = a + 123.5
a = a + 124.5
a = a + 125.5
a = a + 126.5
a = a + 127.5
a = a + 128.5
a = a + 129.5
a = a + 130.5
a = a + 131.5
a = a + 132.5
a = a + 133.5
a = a + 134.5
a = a + 135.5
a = a + 136.5
a = a + 137.5
a = a + 138.5
a = a + 139.5
a = a + 140.5
a = a + 141.5
a = a + 142.5
a = a + 143.5
a = a + 144.5
a = a + 145.5
a = a + 146.5
a = a + 147.5
a = a + 148.5
a = a + 149.5
a = a + 150.5
a = a + 151.5
a = a + 152.5
a = a + 153.5
a = a + 154.5
a = a + 155.5
a = a + 156.5
a = a + 157.5
a = a + 158.5
a = a + 159.5
a = a + 160.5
a = a + 161.5
a = a + 162.5
a = a + 163.5
a = a + 164.5
a = a + 165.5
a = a + 166.5
a = a + 167.5
a = a + 168.5
a = a + 169.5
a = a + 170.5
a = a + 171.5
a = a + 172.5
a = a + 173.5
a = a + 174.5
a = a + 175.5
a = a + 176.5
a = a + 177.5
a = a + 178.5
a = a + 179.5
a = a + 180.5
a = a + 181.5
a = a + 182.5
a = a + 183.5
a = a + 184.5
a = a + 185.5
a = a + 186.5
a = a + 187.5
a = a + 188.5
a = a + 189.5
a = a + 190.5
a = a + 191.5
a = a + 192.5
a = a + 193.5
a = a + 194.5
a = a + 195.5
a = a + 196.5
a = a + 197.5
a = a + 198.5
a = a + 199.5
a = a + 200.5
a = a + 201.5
a = a + 202.5
a = a + 203.5
a = a + 204.5
a = a + 205.5
a = a + 206.5
a = a + 207.5
a = a + 208.5
a = a + 209.5
a = a + 210.5
a = a + 211.5
a = a + 212.5
a = a + 213.5
a = a + 214.5
a = a + 215.5
a = a + 216.5
a = a + 217.5
a = a + 218.5
a = a + 219.5
a = a + 220.5
a = a + 221.5
a = a + 222.5
a = a + 223.5
a = a + 224.5
a = a + 225.5
a = a + 226.5
a = a + 227.5
a = a + 228.5
a = a + 229.5
a = a + 230.5
a = a + 231.5
a = a + 232.5
a = a + 233.5
a = a + 234.5
a = a + 235.5
a = a + 236.5
a = a + 237.5
a = a + 238.5
a = a + 239.5
a = a + 240.5
a = a + 241.5
a = a + 242.5
a = a + 243.5
a = a + 244.5
a = a + 245.5
a = a + 246.5
a = a + 247.5
a = a + 248.5
a = a + 249.5
a = a + 250.5
a = a + 251.5
a = a + 252.5
a = a + 253.5
a = a + 254.5
a = a + 255.5
a = a + 256.5
a = a + 257.5
a = a + 258.5
a = a + 259.5
a = 1.25 - a
a = a * 999.5
"#,
        listing: r#"-- BYTECODE -- t.lua:0-264
0001    VARG     0   2   0
0002    ADDVN    0   0   0  ; 0.5
0003    ADDVN    0   0   1  ; 1.5
0004    ADDVN    0   0   2  ; 2.5
0005    ADDVN    0   0   3  ; 3.5
0006    ADDVN    0   0   4  ; 4.5
0007    ADDVN    0   0   5  ; 5.5
0008    ADDVN    0   0   6  ; 6.5
0009    ADDVN    0   0   7  ; 7.5
0010    ADDVN    0   0   8  ; 8.5
0011    ADDVN    0   0   9  ; 9.5
0012    ADDVN    0   0  10  ; 10.5
0013    ADDVN    0   0  11  ; 11.5
0014    ADDVN    0   0  12  ; 12.5
0015    ADDVN    0   0  13  ; 13.5
0016    ADDVN    0   0  14  ; 14.5
0017    ADDVN    0   0  15  ; 15.5
0018    ADDVN    0   0  16  ; 16.5
0019    ADDVN    0   0  17  ; 17.5
0020    ADDVN    0   0  18  ; 18.5
0021    ADDVN    0   0  19  ; 19.5
0022    ADDVN    0   0  20  ; 20.5
0023    ADDVN    0   0  21  ; 21.5
0024    ADDVN    0   0  22  ; 22.5
0025    ADDVN    0   0  23  ; 23.5
0026    ADDVN    0   0  24  ; 24.5
0027    ADDVN    0   0  25  ; 25.5
0028    ADDVN    0   0  26  ; 26.5
0029    ADDVN    0   0  27  ; 27.5
0030    ADDVN    0   0  28  ; 28.5
0031    ADDVN    0   0  29  ; 29.5
0032    ADDVN    0   0  30  ; 30.5
0033    ADDVN    0   0  31  ; 31.5
0034    ADDVN    0   0  32  ; 32.5
0035    ADDVN    0   0  33  ; 33.5
0036    ADDVN    0   0  34  ; 34.5
0037    ADDVN    0   0  35  ; 35.5
0038    ADDVN    0   0  36  ; 36.5
0039    ADDVN    0   0  37  ; 37.5
0040    ADDVN    0   0  38  ; 38.5
0041    ADDVN    0   0  39  ; 39.5
0042    ADDVN    0   0  40  ; 40.5
0043    ADDVN    0   0  41  ; 41.5
0044    ADDVN    0   0  42  ; 42.5
0045    ADDVN    0   0  43  ; 43.5
0046    ADDVN    0   0  44  ; 44.5
0047    ADDVN    0   0  45  ; 45.5
0048    ADDVN    0   0  46  ; 46.5
0049    ADDVN    0   0  47  ; 47.5
0050    ADDVN    0   0  48  ; 48.5
0051    ADDVN    0   0  49  ; 49.5
0052    ADDVN    0   0  50  ; 50.5
0053    ADDVN    0   0  51  ; 51.5
0054    ADDVN    0   0  52  ; 52.5
0055    ADDVN    0   0  53  ; 53.5
0056    ADDVN    0   0  54  ; 54.5
0057    ADDVN    0   0  55  ; 55.5
0058    ADDVN    0   0  56  ; 56.5
0059    ADDVN    0   0  57  ; 57.5
0060    ADDVN    0   0  58  ; 58.5
0061    ADDVN    0   0  59  ; 59.5
0062    ADDVN    0   0  60  ; 60.5
0063    ADDVN    0   0  61  ; 61.5
0064    ADDVN    0   0  62  ; 62.5
0065    ADDVN    0   0  63  ; 63.5
0066    ADDVN    0   0  64  ; 64.5
0067    ADDVN    0   0  65  ; 65.5
0068    ADDVN    0   0  66  ; 66.5
0069    ADDVN    0   0  67  ; 67.5
0070    ADDVN    0   0  68  ; 68.5
0071    ADDVN    0   0  69  ; 69.5
0072    ADDVN    0   0  70  ; 70.5
0073    ADDVN    0   0  71  ; 71.5
0074    ADDVN    0   0  72  ; 72.5
0075    ADDVN    0   0  73  ; 73.5
0076    ADDVN    0   0  74  ; 74.5
0077    ADDVN    0   0  75  ; 75.5
0078    ADDVN    0   0  76  ; 76.5
0079    ADDVN    0   0  77  ; 77.5
0080    ADDVN    0   0  78  ; 78.5
0081    ADDVN    0   0  79  ; 79.5
0082    ADDVN    0   0  80  ; 80.5
0083    ADDVN    0   0  81  ; 81.5
0084    ADDVN    0   0  82  ; 82.5
0085    ADDVN    0   0  83  ; 83.5
0086    ADDVN    0   0  84  ; 84.5
0087    ADDVN    0   0  85  ; 85.5
0088    ADDVN    0   0  86  ; 86.5
0089    ADDVN    0   0  87  ; 87.5
0090    ADDVN    0   0  88  ; 88.5
0091    ADDVN    0   0  89  ; 89.5
0092    ADDVN    0   0  90  ; 90.5
0093    ADDVN    0   0  91  ; 91.5
0094    ADDVN    0   0  92  ; 92.5
0095    ADDVN    0   0  93  ; 93.5
0096    ADDVN    0   0  94  ; 94.5
0097    ADDVN    0   0  95  ; 95.5
0098    ADDVN    0   0  96  ; 96.5
0099    ADDVN    0   0  97  ; 97.5
0100    ADDVN    0   0  98  ; 98.5
0101    ADDVN    0   0  99  ; 99.5
0102    ADDVN    0   0 100  ; 100.5
0103    ADDVN    0   0 101  ; 101.5
0104    ADDVN    0   0 102  ; 102.5
0105    ADDVN    0   0 103  ; 103.5
0106    ADDVN    0   0 104  ; 104.5
0107    ADDVN    0   0 105  ; 105.5
0108    ADDVN    0   0 106  ; 106.5
0109    ADDVN    0   0 107  ; 107.5
0110    ADDVN    0   0 108  ; 108.5
0111    ADDVN    0   0 109  ; 109.5
0112    ADDVN    0   0 110  ; 110.5
0113    ADDVN    0   0 111  ; 111.5
0114    ADDVN    0   0 112  ; 112.5
0115    ADDVN    0   0 113  ; 113.5
0116    ADDVN    0   0 114  ; 114.5
0117    ADDVN    0   0 115  ; 115.5
0118    ADDVN    0   0 116  ; 116.5
0119    ADDVN    0   0 117  ; 117.5
0120    ADDVN    0   0 118  ; 118.5
0121    ADDVN    0   0 119  ; 119.5
0122    ADDVN    0   0 120  ; 120.5
0123    ADDVN    0   0 121  ; 121.5
0124    ADDVN    0   0 122  ; 122.5
0125    ADDVN    0   0 123  ; 123.5
0126    ADDVN    0   0 124  ; 124.5
0127    ADDVN    0   0 125  ; 125.5
0128    ADDVN    0   0 126  ; 126.5
0129    ADDVN    0   0 127  ; 127.5
0130    ADDVN    0   0 128  ; 128.5
0131    ADDVN    0   0 129  ; 129.5
0132    ADDVN    0   0 130  ; 130.5
0133    ADDVN    0   0 131  ; 131.5
0134    ADDVN    0   0 132  ; 132.5
0135    ADDVN    0   0 133  ; 133.5
0136    ADDVN    0   0 134  ; 134.5
0137    ADDVN    0   0 135  ; 135.5
0138    ADDVN    0   0 136  ; 136.5
0139    ADDVN    0   0 137  ; 137.5
0140    ADDVN    0   0 138  ; 138.5
0141    ADDVN    0   0 139  ; 139.5
0142    ADDVN    0   0 140  ; 140.5
0143    ADDVN    0   0 141  ; 141.5
0144    ADDVN    0   0 142  ; 142.5
0145    ADDVN    0   0 143  ; 143.5
0146    ADDVN    0   0 144  ; 144.5
0147    ADDVN    0   0 145  ; 145.5
0148    ADDVN    0   0 146  ; 146.5
0149    ADDVN    0   0 147  ; 147.5
0150    ADDVN    0   0 148  ; 148.5
0151    ADDVN    0   0 149  ; 149.5
0152    ADDVN    0   0 150  ; 150.5
0153    ADDVN    0   0 151  ; 151.5
0154    ADDVN    0   0 152  ; 152.5
0155    ADDVN    0   0 153  ; 153.5
0156    ADDVN    0   0 154  ; 154.5
0157    ADDVN    0   0 155  ; 155.5
0158    ADDVN    0   0 156  ; 156.5
0159    ADDVN    0   0 157  ; 157.5
0160    ADDVN    0   0 158  ; 158.5
0161    ADDVN    0   0 159  ; 159.5
0162    ADDVN    0   0 160  ; 160.5
0163    ADDVN    0   0 161  ; 161.5
0164    ADDVN    0   0 162  ; 162.5
0165    ADDVN    0   0 163  ; 163.5
0166    ADDVN    0   0 164  ; 164.5
0167    ADDVN    0   0 165  ; 165.5
0168    ADDVN    0   0 166  ; 166.5
0169    ADDVN    0   0 167  ; 167.5
0170    ADDVN    0   0 168  ; 168.5
0171    ADDVN    0   0 169  ; 169.5
0172    ADDVN    0   0 170  ; 170.5
0173    ADDVN    0   0 171  ; 171.5
0174    ADDVN    0   0 172  ; 172.5
0175    ADDVN    0   0 173  ; 173.5
0176    ADDVN    0   0 174  ; 174.5
0177    ADDVN    0   0 175  ; 175.5
0178    ADDVN    0   0 176  ; 176.5
0179    ADDVN    0   0 177  ; 177.5
0180    ADDVN    0   0 178  ; 178.5
0181    ADDVN    0   0 179  ; 179.5
0182    ADDVN    0   0 180  ; 180.5
0183    ADDVN    0   0 181  ; 181.5
0184    ADDVN    0   0 182  ; 182.5
0185    ADDVN    0   0 183  ; 183.5
0186    ADDVN    0   0 184  ; 184.5
0187    ADDVN    0   0 185  ; 185.5
0188    ADDVN    0   0 186  ; 186.5
0189    ADDVN    0   0 187  ; 187.5
0190    ADDVN    0   0 188  ; 188.5
0191    ADDVN    0   0 189  ; 189.5
0192    ADDVN    0   0 190  ; 190.5
0193    ADDVN    0   0 191  ; 191.5
0194    ADDVN    0   0 192  ; 192.5
0195    ADDVN    0   0 193  ; 193.5
0196    ADDVN    0   0 194  ; 194.5
0197    ADDVN    0   0 195  ; 195.5
0198    ADDVN    0   0 196  ; 196.5
0199    ADDVN    0   0 197  ; 197.5
0200    ADDVN    0   0 198  ; 198.5
0201    ADDVN    0   0 199  ; 199.5
0202    ADDVN    0   0 200  ; 200.5
0203    ADDVN    0   0 201  ; 201.5
0204    ADDVN    0   0 202  ; 202.5
0205    ADDVN    0   0 203  ; 203.5
0206    ADDVN    0   0 204  ; 204.5
0207    ADDVN    0   0 205  ; 205.5
0208    ADDVN    0   0 206  ; 206.5
0209    ADDVN    0   0 207  ; 207.5
0210    ADDVN    0   0 208  ; 208.5
0211    ADDVN    0   0 209  ; 209.5
0212    ADDVN    0   0 210  ; 210.5
0213    ADDVN    0   0 211  ; 211.5
0214    ADDVN    0   0 212  ; 212.5
0215    ADDVN    0   0 213  ; 213.5
0216    ADDVN    0   0 214  ; 214.5
0217    ADDVN    0   0 215  ; 215.5
0218    ADDVN    0   0 216  ; 216.5
0219    ADDVN    0   0 217  ; 217.5
0220    ADDVN    0   0 218  ; 218.5
0221    ADDVN    0   0 219  ; 219.5
0222    ADDVN    0   0 220  ; 220.5
0223    ADDVN    0   0 221  ; 221.5
0224    ADDVN    0   0 222  ; 222.5
0225    ADDVN    0   0 223  ; 223.5
0226    ADDVN    0   0 224  ; 224.5
0227    ADDVN    0   0 225  ; 225.5
0228    ADDVN    0   0 226  ; 226.5
0229    ADDVN    0   0 227  ; 227.5
0230    ADDVN    0   0 228  ; 228.5
0231    ADDVN    0   0 229  ; 229.5
0232    ADDVN    0   0 230  ; 230.5
0233    ADDVN    0   0 231  ; 231.5
0234    ADDVN    0   0 232  ; 232.5
0235    ADDVN    0   0 233  ; 233.5
0236    ADDVN    0   0 234  ; 234.5
0237    ADDVN    0   0 235  ; 235.5
0238    ADDVN    0   0 236  ; 236.5
0239    ADDVN    0   0 237  ; 237.5
0240    ADDVN    0   0 238  ; 238.5
0241    ADDVN    0   0 239  ; 239.5
0242    ADDVN    0   0 240  ; 240.5
0243    ADDVN    0   0 241  ; 241.5
0244    ADDVN    0   0 242  ; 242.5
0245    ADDVN    0   0 243  ; 243.5
0246    ADDVN    0   0 244  ; 244.5
0247    ADDVN    0   0 245  ; 245.5
0248    ADDVN    0   0 246  ; 246.5
0249    ADDVN    0   0 247  ; 247.5
0250    ADDVN    0   0 248  ; 248.5
0251    ADDVN    0   0 249  ; 249.5
0252    ADDVN    0   0 250  ; 250.5
0253    ADDVN    0   0 251  ; 251.5
0254    ADDVN    0   0 252  ; 252.5
0255    ADDVN    0   0 253  ; 253.5
0256    ADDVN    0   0 254  ; 254.5
0257    ADDVN    0   0 255  ; 255.5
0258    KNUM     1 256      ; 256.5
0259    ADDVV    0   0   1
0260    KNUM     1 257      ; 257.5
0261    ADDVV    0   0   1
0262    KNUM     1 258      ; 258.5
0263    ADDVV    0   0   1
0264    KNUM     1 259      ; 259.5
0265    ADDVV    0   0   1
0266    KNUM     1 260      ; 1.25
0267    SUBVV    0   1   0
0268    KNUM     1 261      ; 999.5
0269    MULVV    0   0   1
0270    RET0     0   1

"#,
        debug: r#""#,
    },
    Case {
        name: "tsetm_over_256",
        source: r#"local t = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260, f()}
"#,
        listing: r#"-- BYTECODE -- t.lua:0-2
0001    TDUP     0   0
0002    GGET     1   1      ; "f"
0003    CALL     1   0   1
0004    TSETM    1   0      ; 261
0005    RET0     0   1

"#,
        debug: r#"proto 0-2 params=0 vararg=1 child=0 frame=3
line 1 1
line 2 1
line 3 1
line 4 1
line 5 1
var t 5 6
"#,
    },
    Case {
        name: "tsetm_at_255",
        source: r#"local t = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254, f()}
"#,
        listing: r#"-- BYTECODE -- t.lua:0-2
0001    TDUP     0   0
0002    GGET     1   1      ; "f"
0003    CALL     1   0   1
0004    TSETM    1   0      ; 255
0005    RET0     0   1

"#,
        debug: r#"proto 0-2 params=0 vararg=1 child=0 frame=3
line 1 1
line 2 1
line 3 1
line 4 1
line 5 1
var t 5 6
"#,
    },
    Case {
        name: "tsetm_vararg",
        source: r#"local t = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255, ...}
"#,
        listing: r#"-- BYTECODE -- t.lua:0-2
0001    TDUP     0   0
0002    VARG     1   0   0
0003    TSETM    1   0      ; 256
0004    RET0     0   1

"#,
        debug: r#"proto 0-2 params=0 vararg=1 child=0 frame=3
line 1 1
line 2 1
line 3 1
line 4 1
var t 4 5
"#,
    },
    Case {
        name: "tnew_sizes",
        source: r#"local a = {x=1, y=f()}
local b = {f(), g(), h()}
local c = {[f()] = 1, [g()] = 2, [h()] = 3}
local d = {f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),f(),}
local e = {a=f(),b=f(),c=f(),d=f(),e=f(),f=f(),g=f(),h=f(),i=f()}
"#,
        listing: r#"-- BYTECODE -- t.lua:0-6
0001    TDUP     0   0
0002    GGET     1   1      ; "f"
0003    CALL     1   2   1
0004    TSETS    1   0   2  ; "y"
0005    TNEW     1   4
0006    GGET     2   1      ; "f"
0007    CALL     2   2   1
0008    TSETB    2   1   1
0009    GGET     2   3      ; "g"
0010    CALL     2   2   1
0011    TSETB    2   1   2
0012    GGET     2   4      ; "h"
0013    CALL     2   0   1
0014    TSETM    2   0      ; 3
0015    TNEW     2 4096
0016    GGET     3   1      ; "f"
0017    CALL     3   2   1
0018    KSHORT   4   1
0019    TSETV    4   2   3
0020    GGET     3   3      ; "g"
0021    CALL     3   2   1
0022    KSHORT   4   2
0023    TSETV    4   2   3
0024    GGET     3   4      ; "h"
0025    CALL     3   2   1
0026    KSHORT   4   3
0027    TSETV    4   2   3
0028    TNEW     3 2047
0029    GGET     4   1      ; "f"
0030    CALL     4   2   1
0031    TSETB    4   3   1
0032    GGET     4   1      ; "f"
0033    CALL     4   2   1
0034    TSETB    4   3   2
0035    GGET     4   1      ; "f"
0036    CALL     4   2   1
0037    TSETB    4   3   3
0038    GGET     4   1      ; "f"
0039    CALL     4   2   1
0040    TSETB    4   3   4
0041    GGET     4   1      ; "f"
0042    CALL     4   2   1
0043    TSETB    4   3   5
0044    GGET     4   1      ; "f"
0045    CALL     4   2   1
0046    TSETB    4   3   6
0047    GGET     4   1      ; "f"
0048    CALL     4   2   1
0049    TSETB    4   3   7
0050    GGET     4   1      ; "f"
0051    CALL     4   2   1
0052    TSETB    4   3   8
0053    GGET     4   1      ; "f"
0054    CALL     4   2   1
0055    TSETB    4   3   9
0056    GGET     4   1      ; "f"
0057    CALL     4   2   1
0058    TSETB    4   3  10
0059    GGET     4   1      ; "f"
0060    CALL     4   2   1
0061    TSETB    4   3  11
0062    GGET     4   1      ; "f"
0063    CALL     4   2   1
0064    TSETB    4   3  12
0065    GGET     4   1      ; "f"
0066    CALL     4   2   1
0067    TSETB    4   3  13
0068    GGET     4   1      ; "f"
0069    CALL     4   2   1
0070    TSETB    4   3  14
0071    GGET     4   1      ; "f"
0072    CALL     4   2   1
0073    TSETB    4   3  15
0074    GGET     4   1      ; "f"
0075    CALL     4   2   1
0076    TSETB    4   3  16
0077    GGET     4   1      ; "f"
0078    CALL     4   2   1
0079    TSETB    4   3  17
0080    GGET     4   1      ; "f"
0081    CALL     4   2   1
0082    TSETB    4   3  18
0083    GGET     4   1      ; "f"
0084    CALL     4   2   1
0085    TSETB    4   3  19
0086    GGET     4   1      ; "f"
0087    CALL     4   2   1
0088    TSETB    4   3  20
0089    GGET     4   1      ; "f"
0090    CALL     4   2   1
0091    TSETB    4   3  21
0092    GGET     4   1      ; "f"
0093    CALL     4   2   1
0094    TSETB    4   3  22
0095    GGET     4   1      ; "f"
0096    CALL     4   2   1
0097    TSETB    4   3  23
0098    GGET     4   1      ; "f"
0099    CALL     4   2   1
0100    TSETB    4   3  24
0101    GGET     4   1      ; "f"
0102    CALL     4   2   1
0103    TSETB    4   3  25
0104    GGET     4   1      ; "f"
0105    CALL     4   2   1
0106    TSETB    4   3  26
0107    GGET     4   1      ; "f"
0108    CALL     4   2   1
0109    TSETB    4   3  27
0110    GGET     4   1      ; "f"
0111    CALL     4   2   1
0112    TSETB    4   3  28
0113    GGET     4   1      ; "f"
0114    CALL     4   2   1
0115    TSETB    4   3  29
0116    GGET     4   1      ; "f"
0117    CALL     4   2   1
0118    TSETB    4   3  30
0119    GGET     4   1      ; "f"
0120    CALL     4   2   1
0121    TSETB    4   3  31
0122    GGET     4   1      ; "f"
0123    CALL     4   2   1
0124    TSETB    4   3  32
0125    GGET     4   1      ; "f"
0126    CALL     4   2   1
0127    TSETB    4   3  33
0128    GGET     4   1      ; "f"
0129    CALL     4   2   1
0130    TSETB    4   3  34
0131    GGET     4   1      ; "f"
0132    CALL     4   2   1
0133    TSETB    4   3  35
0134    GGET     4   1      ; "f"
0135    CALL     4   2   1
0136    TSETB    4   3  36
0137    GGET     4   1      ; "f"
0138    CALL     4   2   1
0139    TSETB    4   3  37
0140    GGET     4   1      ; "f"
0141    CALL     4   2   1
0142    TSETB    4   3  38
0143    GGET     4   1      ; "f"
0144    CALL     4   2   1
0145    TSETB    4   3  39
0146    GGET     4   1      ; "f"
0147    CALL     4   2   1
0148    TSETB    4   3  40
0149    GGET     4   1      ; "f"
0150    CALL     4   2   1
0151    TSETB    4   3  41
0152    GGET     4   1      ; "f"
0153    CALL     4   2   1
0154    TSETB    4   3  42
0155    GGET     4   1      ; "f"
0156    CALL     4   2   1
0157    TSETB    4   3  43
0158    GGET     4   1      ; "f"
0159    CALL     4   2   1
0160    TSETB    4   3  44
0161    GGET     4   1      ; "f"
0162    CALL     4   2   1
0163    TSETB    4   3  45
0164    GGET     4   1      ; "f"
0165    CALL     4   2   1
0166    TSETB    4   3  46
0167    GGET     4   1      ; "f"
0168    CALL     4   2   1
0169    TSETB    4   3  47
0170    GGET     4   1      ; "f"
0171    CALL     4   2   1
0172    TSETB    4   3  48
0173    GGET     4   1      ; "f"
0174    CALL     4   2   1
0175    TSETB    4   3  49
0176    GGET     4   1      ; "f"
0177    CALL     4   2   1
0178    TSETB    4   3  50
0179    GGET     4   1      ; "f"
0180    CALL     4   2   1
0181    TSETB    4   3  51
0182    GGET     4   1      ; "f"
0183    CALL     4   2   1
0184    TSETB    4   3  52
0185    GGET     4   1      ; "f"
0186    CALL     4   2   1
0187    TSETB    4   3  53
0188    GGET     4   1      ; "f"
0189    CALL     4   2   1
0190    TSETB    4   3  54
0191    GGET     4   1      ; "f"
0192    CALL     4   2   1
0193    TSETB    4   3  55
0194    GGET     4   1      ; "f"
0195    CALL     4   2   1
0196    TSETB    4   3  56
0197    GGET     4   1      ; "f"
0198    CALL     4   2   1
0199    TSETB    4   3  57
0200    GGET     4   1      ; "f"
0201    CALL     4   2   1
0202    TSETB    4   3  58
0203    GGET     4   1      ; "f"
0204    CALL     4   2   1
0205    TSETB    4   3  59
0206    GGET     4   1      ; "f"
0207    CALL     4   2   1
0208    TSETB    4   3  60
0209    GGET     4   1      ; "f"
0210    CALL     4   2   1
0211    TSETB    4   3  61
0212    GGET     4   1      ; "f"
0213    CALL     4   2   1
0214    TSETB    4   3  62
0215    GGET     4   1      ; "f"
0216    CALL     4   2   1
0217    TSETB    4   3  63
0218    GGET     4   1      ; "f"
0219    CALL     4   2   1
0220    TSETB    4   3  64
0221    GGET     4   1      ; "f"
0222    CALL     4   2   1
0223    TSETB    4   3  65
0224    GGET     4   1      ; "f"
0225    CALL     4   2   1
0226    TSETB    4   3  66
0227    GGET     4   1      ; "f"
0228    CALL     4   2   1
0229    TSETB    4   3  67
0230    GGET     4   1      ; "f"
0231    CALL     4   2   1
0232    TSETB    4   3  68
0233    GGET     4   1      ; "f"
0234    CALL     4   2   1
0235    TSETB    4   3  69
0236    GGET     4   1      ; "f"
0237    CALL     4   2   1
0238    TSETB    4   3  70
0239    GGET     4   1      ; "f"
0240    CALL     4   2   1
0241    TSETB    4   3  71
0242    GGET     4   1      ; "f"
0243    CALL     4   2   1
0244    TSETB    4   3  72
0245    GGET     4   1      ; "f"
0246    CALL     4   2   1
0247    TSETB    4   3  73
0248    GGET     4   1      ; "f"
0249    CALL     4   2   1
0250    TSETB    4   3  74
0251    GGET     4   1      ; "f"
0252    CALL     4   2   1
0253    TSETB    4   3  75
0254    GGET     4   1      ; "f"
0255    CALL     4   2   1
0256    TSETB    4   3  76
0257    GGET     4   1      ; "f"
0258    CALL     4   2   1
0259    TSETB    4   3  77
0260    GGET     4   1      ; "f"
0261    CALL     4   2   1
0262    TSETB    4   3  78
0263    GGET     4   1      ; "f"
0264    CALL     4   2   1
0265    TSETB    4   3  79
0266    GGET     4   1      ; "f"
0267    CALL     4   2   1
0268    TSETB    4   3  80
0269    GGET     4   1      ; "f"
0270    CALL     4   2   1
0271    TSETB    4   3  81
0272    GGET     4   1      ; "f"
0273    CALL     4   2   1
0274    TSETB    4   3  82
0275    GGET     4   1      ; "f"
0276    CALL     4   2   1
0277    TSETB    4   3  83
0278    GGET     4   1      ; "f"
0279    CALL     4   2   1
0280    TSETB    4   3  84
0281    GGET     4   1      ; "f"
0282    CALL     4   2   1
0283    TSETB    4   3  85
0284    GGET     4   1      ; "f"
0285    CALL     4   2   1
0286    TSETB    4   3  86
0287    GGET     4   1      ; "f"
0288    CALL     4   2   1
0289    TSETB    4   3  87
0290    GGET     4   1      ; "f"
0291    CALL     4   2   1
0292    TSETB    4   3  88
0293    GGET     4   1      ; "f"
0294    CALL     4   2   1
0295    TSETB    4   3  89
0296    GGET     4   1      ; "f"
0297    CALL     4   2   1
0298    TSETB    4   3  90
0299    GGET     4   1      ; "f"
0300    CALL     4   2   1
0301    TSETB    4   3  91
0302    GGET     4   1      ; "f"
0303    CALL     4   2   1
0304    TSETB    4   3  92
0305    GGET     4   1      ; "f"
0306    CALL     4   2   1
0307    TSETB    4   3  93
0308    GGET     4   1      ; "f"
0309    CALL     4   2   1
0310    TSETB    4   3  94
0311    GGET     4   1      ; "f"
0312    CALL     4   2   1
0313    TSETB    4   3  95
0314    GGET     4   1      ; "f"
0315    CALL     4   2   1
0316    TSETB    4   3  96
0317    GGET     4   1      ; "f"
0318    CALL     4   2   1
0319    TSETB    4   3  97
0320    GGET     4   1      ; "f"
0321    CALL     4   2   1
0322    TSETB    4   3  98
0323    GGET     4   1      ; "f"
0324    CALL     4   2   1
0325    TSETB    4   3  99
0326    GGET     4   1      ; "f"
0327    CALL     4   2   1
0328    TSETB    4   3 100
0329    GGET     4   1      ; "f"
0330    CALL     4   2   1
0331    TSETB    4   3 101
0332    GGET     4   1      ; "f"
0333    CALL     4   2   1
0334    TSETB    4   3 102
0335    GGET     4   1      ; "f"
0336    CALL     4   2   1
0337    TSETB    4   3 103
0338    GGET     4   1      ; "f"
0339    CALL     4   2   1
0340    TSETB    4   3 104
0341    GGET     4   1      ; "f"
0342    CALL     4   2   1
0343    TSETB    4   3 105
0344    GGET     4   1      ; "f"
0345    CALL     4   2   1
0346    TSETB    4   3 106
0347    GGET     4   1      ; "f"
0348    CALL     4   2   1
0349    TSETB    4   3 107
0350    GGET     4   1      ; "f"
0351    CALL     4   2   1
0352    TSETB    4   3 108
0353    GGET     4   1      ; "f"
0354    CALL     4   2   1
0355    TSETB    4   3 109
0356    GGET     4   1      ; "f"
0357    CALL     4   2   1
0358    TSETB    4   3 110
0359    GGET     4   1      ; "f"
0360    CALL     4   2   1
0361    TSETB    4   3 111
0362    GGET     4   1      ; "f"
0363    CALL     4   2   1
0364    TSETB    4   3 112
0365    GGET     4   1      ; "f"
0366    CALL     4   2   1
0367    TSETB    4   3 113
0368    GGET     4   1      ; "f"
0369    CALL     4   2   1
0370    TSETB    4   3 114
0371    GGET     4   1      ; "f"
0372    CALL     4   2   1
0373    TSETB    4   3 115
0374    GGET     4   1      ; "f"
0375    CALL     4   2   1
0376    TSETB    4   3 116
0377    GGET     4   1      ; "f"
0378    CALL     4   2   1
0379    TSETB    4   3 117
0380    GGET     4   1      ; "f"
0381    CALL     4   2   1
0382    TSETB    4   3 118
0383    GGET     4   1      ; "f"
0384    CALL     4   2   1
0385    TSETB    4   3 119
0386    GGET     4   1      ; "f"
0387    CALL     4   2   1
0388    TSETB    4   3 120
0389    GGET     4   1      ; "f"
0390    CALL     4   2   1
0391    TSETB    4   3 121
0392    GGET     4   1      ; "f"
0393    CALL     4   2   1
0394    TSETB    4   3 122
0395    GGET     4   1      ; "f"
0396    CALL     4   2   1
0397    TSETB    4   3 123
0398    GGET     4   1      ; "f"
0399    CALL     4   2   1
0400    TSETB    4   3 124
0401    GGET     4   1      ; "f"
0402    CALL     4   2   1
0403    TSETB    4   3 125
0404    GGET     4   1      ; "f"
0405    CALL     4   2   1
0406    TSETB    4   3 126
0407    GGET     4   1      ; "f"
0408    CALL     4   2   1
0409    TSETB    4   3 127
0410    GGET     4   1      ; "f"
0411    CALL     4   2   1
0412    TSETB    4   3 128
0413    GGET     4   1      ; "f"
0414    CALL     4   2   1
0415    TSETB    4   3 129
0416    GGET     4   1      ; "f"
0417    CALL     4   2   1
0418    TSETB    4   3 130
0419    GGET     4   1      ; "f"
0420    CALL     4   2   1
0421    TSETB    4   3 131
0422    GGET     4   1      ; "f"
0423    CALL     4   2   1
0424    TSETB    4   3 132
0425    GGET     4   1      ; "f"
0426    CALL     4   2   1
0427    TSETB    4   3 133
0428    GGET     4   1      ; "f"
0429    CALL     4   2   1
0430    TSETB    4   3 134
0431    GGET     4   1      ; "f"
0432    CALL     4   2   1
0433    TSETB    4   3 135
0434    GGET     4   1      ; "f"
0435    CALL     4   2   1
0436    TSETB    4   3 136
0437    GGET     4   1      ; "f"
0438    CALL     4   2   1
0439    TSETB    4   3 137
0440    GGET     4   1      ; "f"
0441    CALL     4   2   1
0442    TSETB    4   3 138
0443    GGET     4   1      ; "f"
0444    CALL     4   2   1
0445    TSETB    4   3 139
0446    GGET     4   1      ; "f"
0447    CALL     4   2   1
0448    TSETB    4   3 140
0449    GGET     4   1      ; "f"
0450    CALL     4   2   1
0451    TSETB    4   3 141
0452    GGET     4   1      ; "f"
0453    CALL     4   2   1
0454    TSETB    4   3 142
0455    GGET     4   1      ; "f"
0456    CALL     4   2   1
0457    TSETB    4   3 143
0458    GGET     4   1      ; "f"
0459    CALL     4   2   1
0460    TSETB    4   3 144
0461    GGET     4   1      ; "f"
0462    CALL     4   2   1
0463    TSETB    4   3 145
0464    GGET     4   1      ; "f"
0465    CALL     4   2   1
0466    TSETB    4   3 146
0467    GGET     4   1      ; "f"
0468    CALL     4   2   1
0469    TSETB    4   3 147
0470    GGET     4   1      ; "f"
0471    CALL     4   2   1
0472    TSETB    4   3 148
0473    GGET     4   1      ; "f"
0474    CALL     4   2   1
0475    TSETB    4   3 149
0476    GGET     4   1      ; "f"
0477    CALL     4   2   1
0478    TSETB    4   3 150
0479    GGET     4   1      ; "f"
0480    CALL     4   2   1
0481    TSETB    4   3 151
0482    GGET     4   1      ; "f"
0483    CALL     4   2   1
0484    TSETB    4   3 152
0485    GGET     4   1      ; "f"
0486    CALL     4   2   1
0487    TSETB    4   3 153
0488    GGET     4   1      ; "f"
0489    CALL     4   2   1
0490    TSETB    4   3 154
0491    GGET     4   1      ; "f"
0492    CALL     4   2   1
0493    TSETB    4   3 155
0494    GGET     4   1      ; "f"
0495    CALL     4   2   1
0496    TSETB    4   3 156
0497    GGET     4   1      ; "f"
0498    CALL     4   2   1
0499    TSETB    4   3 157
0500    GGET     4   1      ; "f"
0501    CALL     4   2   1
0502    TSETB    4   3 158
0503    GGET     4   1      ; "f"
0504    CALL     4   2   1
0505    TSETB    4   3 159
0506    GGET     4   1      ; "f"
0507    CALL     4   2   1
0508    TSETB    4   3 160
0509    GGET     4   1      ; "f"
0510    CALL     4   2   1
0511    TSETB    4   3 161
0512    GGET     4   1      ; "f"
0513    CALL     4   2   1
0514    TSETB    4   3 162
0515    GGET     4   1      ; "f"
0516    CALL     4   2   1
0517    TSETB    4   3 163
0518    GGET     4   1      ; "f"
0519    CALL     4   2   1
0520    TSETB    4   3 164
0521    GGET     4   1      ; "f"
0522    CALL     4   2   1
0523    TSETB    4   3 165
0524    GGET     4   1      ; "f"
0525    CALL     4   2   1
0526    TSETB    4   3 166
0527    GGET     4   1      ; "f"
0528    CALL     4   2   1
0529    TSETB    4   3 167
0530    GGET     4   1      ; "f"
0531    CALL     4   2   1
0532    TSETB    4   3 168
0533    GGET     4   1      ; "f"
0534    CALL     4   2   1
0535    TSETB    4   3 169
0536    GGET     4   1      ; "f"
0537    CALL     4   2   1
0538    TSETB    4   3 170
0539    GGET     4   1      ; "f"
0540    CALL     4   2   1
0541    TSETB    4   3 171
0542    GGET     4   1      ; "f"
0543    CALL     4   2   1
0544    TSETB    4   3 172
0545    GGET     4   1      ; "f"
0546    CALL     4   2   1
0547    TSETB    4   3 173
0548    GGET     4   1      ; "f"
0549    CALL     4   2   1
0550    TSETB    4   3 174
0551    GGET     4   1      ; "f"
0552    CALL     4   2   1
0553    TSETB    4   3 175
0554    GGET     4   1      ; "f"
0555    CALL     4   2   1
0556    TSETB    4   3 176
0557    GGET     4   1      ; "f"
0558    CALL     4   2   1
0559    TSETB    4   3 177
0560    GGET     4   1      ; "f"
0561    CALL     4   2   1
0562    TSETB    4   3 178
0563    GGET     4   1      ; "f"
0564    CALL     4   2   1
0565    TSETB    4   3 179
0566    GGET     4   1      ; "f"
0567    CALL     4   2   1
0568    TSETB    4   3 180
0569    GGET     4   1      ; "f"
0570    CALL     4   2   1
0571    TSETB    4   3 181
0572    GGET     4   1      ; "f"
0573    CALL     4   2   1
0574    TSETB    4   3 182
0575    GGET     4   1      ; "f"
0576    CALL     4   2   1
0577    TSETB    4   3 183
0578    GGET     4   1      ; "f"
0579    CALL     4   2   1
0580    TSETB    4   3 184
0581    GGET     4   1      ; "f"
0582    CALL     4   2   1
0583    TSETB    4   3 185
0584    GGET     4   1      ; "f"
0585    CALL     4   2   1
0586    TSETB    4   3 186
0587    GGET     4   1      ; "f"
0588    CALL     4   2   1
0589    TSETB    4   3 187
0590    GGET     4   1      ; "f"
0591    CALL     4   2   1
0592    TSETB    4   3 188
0593    GGET     4   1      ; "f"
0594    CALL     4   2   1
0595    TSETB    4   3 189
0596    GGET     4   1      ; "f"
0597    CALL     4   2   1
0598    TSETB    4   3 190
0599    GGET     4   1      ; "f"
0600    CALL     4   2   1
0601    TSETB    4   3 191
0602    GGET     4   1      ; "f"
0603    CALL     4   2   1
0604    TSETB    4   3 192
0605    GGET     4   1      ; "f"
0606    CALL     4   2   1
0607    TSETB    4   3 193
0608    GGET     4   1      ; "f"
0609    CALL     4   2   1
0610    TSETB    4   3 194
0611    GGET     4   1      ; "f"
0612    CALL     4   2   1
0613    TSETB    4   3 195
0614    GGET     4   1      ; "f"
0615    CALL     4   2   1
0616    TSETB    4   3 196
0617    GGET     4   1      ; "f"
0618    CALL     4   2   1
0619    TSETB    4   3 197
0620    GGET     4   1      ; "f"
0621    CALL     4   2   1
0622    TSETB    4   3 198
0623    GGET     4   1      ; "f"
0624    CALL     4   2   1
0625    TSETB    4   3 199
0626    GGET     4   1      ; "f"
0627    CALL     4   2   1
0628    TSETB    4   3 200
0629    GGET     4   1      ; "f"
0630    CALL     4   2   1
0631    TSETB    4   3 201
0632    GGET     4   1      ; "f"
0633    CALL     4   2   1
0634    TSETB    4   3 202
0635    GGET     4   1      ; "f"
0636    CALL     4   2   1
0637    TSETB    4   3 203
0638    GGET     4   1      ; "f"
0639    CALL     4   2   1
0640    TSETB    4   3 204
0641    GGET     4   1      ; "f"
0642    CALL     4   2   1
0643    TSETB    4   3 205
0644    GGET     4   1      ; "f"
0645    CALL     4   2   1
0646    TSETB    4   3 206
0647    GGET     4   1      ; "f"
0648    CALL     4   2   1
0649    TSETB    4   3 207
0650    GGET     4   1      ; "f"
0651    CALL     4   2   1
0652    TSETB    4   3 208
0653    GGET     4   1      ; "f"
0654    CALL     4   2   1
0655    TSETB    4   3 209
0656    GGET     4   1      ; "f"
0657    CALL     4   2   1
0658    TSETB    4   3 210
0659    GGET     4   1      ; "f"
0660    CALL     4   2   1
0661    TSETB    4   3 211
0662    GGET     4   1      ; "f"
0663    CALL     4   2   1
0664    TSETB    4   3 212
0665    GGET     4   1      ; "f"
0666    CALL     4   2   1
0667    TSETB    4   3 213
0668    GGET     4   1      ; "f"
0669    CALL     4   2   1
0670    TSETB    4   3 214
0671    GGET     4   1      ; "f"
0672    CALL     4   2   1
0673    TSETB    4   3 215
0674    GGET     4   1      ; "f"
0675    CALL     4   2   1
0676    TSETB    4   3 216
0677    GGET     4   1      ; "f"
0678    CALL     4   2   1
0679    TSETB    4   3 217
0680    GGET     4   1      ; "f"
0681    CALL     4   2   1
0682    TSETB    4   3 218
0683    GGET     4   1      ; "f"
0684    CALL     4   2   1
0685    TSETB    4   3 219
0686    GGET     4   1      ; "f"
0687    CALL     4   2   1
0688    TSETB    4   3 220
0689    GGET     4   1      ; "f"
0690    CALL     4   2   1
0691    TSETB    4   3 221
0692    GGET     4   1      ; "f"
0693    CALL     4   2   1
0694    TSETB    4   3 222
0695    GGET     4   1      ; "f"
0696    CALL     4   2   1
0697    TSETB    4   3 223
0698    GGET     4   1      ; "f"
0699    CALL     4   2   1
0700    TSETB    4   3 224
0701    GGET     4   1      ; "f"
0702    CALL     4   2   1
0703    TSETB    4   3 225
0704    GGET     4   1      ; "f"
0705    CALL     4   2   1
0706    TSETB    4   3 226
0707    GGET     4   1      ; "f"
0708    CALL     4   2   1
0709    TSETB    4   3 227
0710    GGET     4   1      ; "f"
0711    CALL     4   2   1
0712    TSETB    4   3 228
0713    GGET     4   1      ; "f"
0714    CALL     4   2   1
0715    TSETB    4   3 229
0716    GGET     4   1      ; "f"
0717    CALL     4   2   1
0718    TSETB    4   3 230
0719    GGET     4   1      ; "f"
0720    CALL     4   2   1
0721    TSETB    4   3 231
0722    GGET     4   1      ; "f"
0723    CALL     4   2   1
0724    TSETB    4   3 232
0725    GGET     4   1      ; "f"
0726    CALL     4   2   1
0727    TSETB    4   3 233
0728    GGET     4   1      ; "f"
0729    CALL     4   2   1
0730    TSETB    4   3 234
0731    GGET     4   1      ; "f"
0732    CALL     4   2   1
0733    TSETB    4   3 235
0734    GGET     4   1      ; "f"
0735    CALL     4   2   1
0736    TSETB    4   3 236
0737    GGET     4   1      ; "f"
0738    CALL     4   2   1
0739    TSETB    4   3 237
0740    GGET     4   1      ; "f"
0741    CALL     4   2   1
0742    TSETB    4   3 238
0743    GGET     4   1      ; "f"
0744    CALL     4   2   1
0745    TSETB    4   3 239
0746    GGET     4   1      ; "f"
0747    CALL     4   2   1
0748    TSETB    4   3 240
0749    GGET     4   1      ; "f"
0750    CALL     4   2   1
0751    TSETB    4   3 241
0752    GGET     4   1      ; "f"
0753    CALL     4   2   1
0754    TSETB    4   3 242
0755    GGET     4   1      ; "f"
0756    CALL     4   2   1
0757    TSETB    4   3 243
0758    GGET     4   1      ; "f"
0759    CALL     4   2   1
0760    TSETB    4   3 244
0761    GGET     4   1      ; "f"
0762    CALL     4   2   1
0763    TSETB    4   3 245
0764    GGET     4   1      ; "f"
0765    CALL     4   2   1
0766    TSETB    4   3 246
0767    GGET     4   1      ; "f"
0768    CALL     4   2   1
0769    TSETB    4   3 247
0770    GGET     4   1      ; "f"
0771    CALL     4   2   1
0772    TSETB    4   3 248
0773    GGET     4   1      ; "f"
0774    CALL     4   2   1
0775    TSETB    4   3 249
0776    GGET     4   1      ; "f"
0777    CALL     4   2   1
0778    TSETB    4   3 250
0779    GGET     4   1      ; "f"
0780    CALL     4   2   1
0781    TSETB    4   3 251
0782    GGET     4   1      ; "f"
0783    CALL     4   2   1
0784    TSETB    4   3 252
0785    GGET     4   1      ; "f"
0786    CALL     4   2   1
0787    TSETB    4   3 253
0788    GGET     4   1      ; "f"
0789    CALL     4   2   1
0790    TSETB    4   3 254
0791    GGET     4   1      ; "f"
0792    CALL     4   2   1
0793    TSETB    4   3 255
0794    GGET     4   1      ; "f"
0795    CALL     4   2   1
0796    KSHORT   5 256
0797    TSETV    4   3   5
0798    GGET     4   1      ; "f"
0799    CALL     4   2   1
0800    KSHORT   5 257
0801    TSETV    4   3   5
0802    GGET     4   1      ; "f"
0803    CALL     4   2   1
0804    KSHORT   5 258
0805    TSETV    4   3   5
0806    GGET     4   1      ; "f"
0807    CALL     4   2   1
0808    KSHORT   5 259
0809    TSETV    4   3   5
0810    GGET     4   1      ; "f"
0811    CALL     4   2   1
0812    KSHORT   5 260
0813    TSETV    4   3   5
0814    GGET     4   1      ; "f"
0815    CALL     4   2   1
0816    KSHORT   5 261
0817    TSETV    4   3   5
0818    GGET     4   1      ; "f"
0819    CALL     4   2   1
0820    KSHORT   5 262
0821    TSETV    4   3   5
0822    GGET     4   1      ; "f"
0823    CALL     4   2   1
0824    KSHORT   5 263
0825    TSETV    4   3   5
0826    GGET     4   1      ; "f"
0827    CALL     4   2   1
0828    KSHORT   5 264
0829    TSETV    4   3   5
0830    GGET     4   1      ; "f"
0831    CALL     4   2   1
0832    KSHORT   5 265
0833    TSETV    4   3   5
0834    GGET     4   1      ; "f"
0835    CALL     4   2   1
0836    KSHORT   5 266
0837    TSETV    4   3   5
0838    GGET     4   1      ; "f"
0839    CALL     4   2   1
0840    KSHORT   5 267
0841    TSETV    4   3   5
0842    GGET     4   1      ; "f"
0843    CALL     4   2   1
0844    KSHORT   5 268
0845    TSETV    4   3   5
0846    GGET     4   1      ; "f"
0847    CALL     4   2   1
0848    KSHORT   5 269
0849    TSETV    4   3   5
0850    GGET     4   1      ; "f"
0851    CALL     4   2   1
0852    KSHORT   5 270
0853    TSETV    4   3   5
0854    GGET     4   1      ; "f"
0855    CALL     4   2   1
0856    KSHORT   5 271
0857    TSETV    4   3   5
0858    GGET     4   1      ; "f"
0859    CALL     4   2   1
0860    KSHORT   5 272
0861    TSETV    4   3   5
0862    GGET     4   1      ; "f"
0863    CALL     4   2   1
0864    KSHORT   5 273
0865    TSETV    4   3   5
0866    GGET     4   1      ; "f"
0867    CALL     4   2   1
0868    KSHORT   5 274
0869    TSETV    4   3   5
0870    GGET     4   1      ; "f"
0871    CALL     4   2   1
0872    KSHORT   5 275
0873    TSETV    4   3   5
0874    GGET     4   1      ; "f"
0875    CALL     4   2   1
0876    KSHORT   5 276
0877    TSETV    4   3   5
0878    GGET     4   1      ; "f"
0879    CALL     4   2   1
0880    KSHORT   5 277
0881    TSETV    4   3   5
0882    GGET     4   1      ; "f"
0883    CALL     4   2   1
0884    KSHORT   5 278
0885    TSETV    4   3   5
0886    GGET     4   1      ; "f"
0887    CALL     4   2   1
0888    KSHORT   5 279
0889    TSETV    4   3   5
0890    GGET     4   1      ; "f"
0891    CALL     4   2   1
0892    KSHORT   5 280
0893    TSETV    4   3   5
0894    GGET     4   1      ; "f"
0895    CALL     4   2   1
0896    KSHORT   5 281
0897    TSETV    4   3   5
0898    GGET     4   1      ; "f"
0899    CALL     4   2   1
0900    KSHORT   5 282
0901    TSETV    4   3   5
0902    GGET     4   1      ; "f"
0903    CALL     4   2   1
0904    KSHORT   5 283
0905    TSETV    4   3   5
0906    GGET     4   1      ; "f"
0907    CALL     4   2   1
0908    KSHORT   5 284
0909    TSETV    4   3   5
0910    GGET     4   1      ; "f"
0911    CALL     4   2   1
0912    KSHORT   5 285
0913    TSETV    4   3   5
0914    GGET     4   1      ; "f"
0915    CALL     4   2   1
0916    KSHORT   5 286
0917    TSETV    4   3   5
0918    GGET     4   1      ; "f"
0919    CALL     4   2   1
0920    KSHORT   5 287
0921    TSETV    4   3   5
0922    GGET     4   1      ; "f"
0923    CALL     4   2   1
0924    KSHORT   5 288
0925    TSETV    4   3   5
0926    GGET     4   1      ; "f"
0927    CALL     4   2   1
0928    KSHORT   5 289
0929    TSETV    4   3   5
0930    GGET     4   1      ; "f"
0931    CALL     4   2   1
0932    KSHORT   5 290
0933    TSETV    4   3   5
0934    GGET     4   1      ; "f"
0935    CALL     4   2   1
0936    KSHORT   5 291
0937    TSETV    4   3   5
0938    GGET     4   1      ; "f"
0939    CALL     4   2   1
0940    KSHORT   5 292
0941    TSETV    4   3   5
0942    GGET     4   1      ; "f"
0943    CALL     4   2   1
0944    KSHORT   5 293
0945    TSETV    4   3   5
0946    GGET     4   1      ; "f"
0947    CALL     4   2   1
0948    KSHORT   5 294
0949    TSETV    4   3   5
0950    GGET     4   1      ; "f"
0951    CALL     4   2   1
0952    KSHORT   5 295
0953    TSETV    4   3   5
0954    GGET     4   1      ; "f"
0955    CALL     4   2   1
0956    KSHORT   5 296
0957    TSETV    4   3   5
0958    GGET     4   1      ; "f"
0959    CALL     4   2   1
0960    KSHORT   5 297
0961    TSETV    4   3   5
0962    GGET     4   1      ; "f"
0963    CALL     4   2   1
0964    KSHORT   5 298
0965    TSETV    4   3   5
0966    GGET     4   1      ; "f"
0967    CALL     4   2   1
0968    KSHORT   5 299
0969    TSETV    4   3   5
0970    GGET     4   1      ; "f"
0971    CALL     4   2   1
0972    KSHORT   5 300
0973    TSETV    4   3   5
0974    GGET     4   1      ; "f"
0975    CALL     4   2   1
0976    KSHORT   5 301
0977    TSETV    4   3   5
0978    GGET     4   1      ; "f"
0979    CALL     4   2   1
0980    KSHORT   5 302
0981    TSETV    4   3   5
0982    GGET     4   1      ; "f"
0983    CALL     4   2   1
0984    KSHORT   5 303
0985    TSETV    4   3   5
0986    GGET     4   1      ; "f"
0987    CALL     4   2   1
0988    KSHORT   5 304
0989    TSETV    4   3   5
0990    GGET     4   1      ; "f"
0991    CALL     4   2   1
0992    KSHORT   5 305
0993    TSETV    4   3   5
0994    GGET     4   1      ; "f"
0995    CALL     4   2   1
0996    KSHORT   5 306
0997    TSETV    4   3   5
0998    GGET     4   1      ; "f"
0999    CALL     4   2   1
1000    KSHORT   5 307
1001    TSETV    4   3   5
1002    GGET     4   1      ; "f"
1003    CALL     4   2   1
1004    KSHORT   5 308
1005    TSETV    4   3   5
1006    GGET     4   1      ; "f"
1007    CALL     4   2   1
1008    KSHORT   5 309
1009    TSETV    4   3   5
1010    GGET     4   1      ; "f"
1011    CALL     4   2   1
1012    KSHORT   5 310
1013    TSETV    4   3   5
1014    GGET     4   1      ; "f"
1015    CALL     4   2   1
1016    KSHORT   5 311
1017    TSETV    4   3   5
1018    GGET     4   1      ; "f"
1019    CALL     4   2   1
1020    KSHORT   5 312
1021    TSETV    4   3   5
1022    GGET     4   1      ; "f"
1023    CALL     4   2   1
1024    KSHORT   5 313
1025    TSETV    4   3   5
1026    GGET     4   1      ; "f"
1027    CALL     4   2   1
1028    KSHORT   5 314
1029    TSETV    4   3   5
1030    GGET     4   1      ; "f"
1031    CALL     4   2   1
1032    KSHORT   5 315
1033    TSETV    4   3   5
1034    GGET     4   1      ; "f"
1035    CALL     4   2   1
1036    KSHORT   5 316
1037    TSETV    4   3   5
1038    GGET     4   1      ; "f"
1039    CALL     4   2   1
1040    KSHORT   5 317
1041    TSETV    4   3   5
1042    GGET     4   1      ; "f"
1043    CALL     4   2   1
1044    KSHORT   5 318
1045    TSETV    4   3   5
1046    GGET     4   1      ; "f"
1047    CALL     4   2   1
1048    KSHORT   5 319
1049    TSETV    4   3   5
1050    GGET     4   1      ; "f"
1051    CALL     4   2   1
1052    KSHORT   5 320
1053    TSETV    4   3   5
1054    GGET     4   1      ; "f"
1055    CALL     4   2   1
1056    KSHORT   5 321
1057    TSETV    4   3   5
1058    GGET     4   1      ; "f"
1059    CALL     4   2   1
1060    KSHORT   5 322
1061    TSETV    4   3   5
1062    GGET     4   1      ; "f"
1063    CALL     4   2   1
1064    KSHORT   5 323
1065    TSETV    4   3   5
1066    GGET     4   1      ; "f"
1067    CALL     4   2   1
1068    KSHORT   5 324
1069    TSETV    4   3   5
1070    GGET     4   1      ; "f"
1071    CALL     4   2   1
1072    KSHORT   5 325
1073    TSETV    4   3   5
1074    GGET     4   1      ; "f"
1075    CALL     4   2   1
1076    KSHORT   5 326
1077    TSETV    4   3   5
1078    GGET     4   1      ; "f"
1079    CALL     4   2   1
1080    KSHORT   5 327
1081    TSETV    4   3   5
1082    GGET     4   1      ; "f"
1083    CALL     4   2   1
1084    KSHORT   5 328
1085    TSETV    4   3   5
1086    GGET     4   1      ; "f"
1087    CALL     4   2   1
1088    KSHORT   5 329
1089    TSETV    4   3   5
1090    GGET     4   1      ; "f"
1091    CALL     4   2   1
1092    KSHORT   5 330
1093    TSETV    4   3   5
1094    GGET     4   1      ; "f"
1095    CALL     4   2   1
1096    KSHORT   5 331
1097    TSETV    4   3   5
1098    GGET     4   1      ; "f"
1099    CALL     4   2   1
1100    KSHORT   5 332
1101    TSETV    4   3   5
1102    GGET     4   1      ; "f"
1103    CALL     4   2   1
1104    KSHORT   5 333
1105    TSETV    4   3   5
1106    GGET     4   1      ; "f"
1107    CALL     4   2   1
1108    KSHORT   5 334
1109    TSETV    4   3   5
1110    GGET     4   1      ; "f"
1111    CALL     4   2   1
1112    KSHORT   5 335
1113    TSETV    4   3   5
1114    GGET     4   1      ; "f"
1115    CALL     4   2   1
1116    KSHORT   5 336
1117    TSETV    4   3   5
1118    GGET     4   1      ; "f"
1119    CALL     4   2   1
1120    KSHORT   5 337
1121    TSETV    4   3   5
1122    GGET     4   1      ; "f"
1123    CALL     4   2   1
1124    KSHORT   5 338
1125    TSETV    4   3   5
1126    GGET     4   1      ; "f"
1127    CALL     4   2   1
1128    KSHORT   5 339
1129    TSETV    4   3   5
1130    GGET     4   1      ; "f"
1131    CALL     4   2   1
1132    KSHORT   5 340
1133    TSETV    4   3   5
1134    GGET     4   1      ; "f"
1135    CALL     4   2   1
1136    KSHORT   5 341
1137    TSETV    4   3   5
1138    GGET     4   1      ; "f"
1139    CALL     4   2   1
1140    KSHORT   5 342
1141    TSETV    4   3   5
1142    GGET     4   1      ; "f"
1143    CALL     4   2   1
1144    KSHORT   5 343
1145    TSETV    4   3   5
1146    GGET     4   1      ; "f"
1147    CALL     4   2   1
1148    KSHORT   5 344
1149    TSETV    4   3   5
1150    GGET     4   1      ; "f"
1151    CALL     4   2   1
1152    KSHORT   5 345
1153    TSETV    4   3   5
1154    GGET     4   1      ; "f"
1155    CALL     4   2   1
1156    KSHORT   5 346
1157    TSETV    4   3   5
1158    GGET     4   1      ; "f"
1159    CALL     4   2   1
1160    KSHORT   5 347
1161    TSETV    4   3   5
1162    GGET     4   1      ; "f"
1163    CALL     4   2   1
1164    KSHORT   5 348
1165    TSETV    4   3   5
1166    GGET     4   1      ; "f"
1167    CALL     4   2   1
1168    KSHORT   5 349
1169    TSETV    4   3   5
1170    GGET     4   1      ; "f"
1171    CALL     4   2   1
1172    KSHORT   5 350
1173    TSETV    4   3   5
1174    GGET     4   1      ; "f"
1175    CALL     4   2   1
1176    KSHORT   5 351
1177    TSETV    4   3   5
1178    GGET     4   1      ; "f"
1179    CALL     4   2   1
1180    KSHORT   5 352
1181    TSETV    4   3   5
1182    GGET     4   1      ; "f"
1183    CALL     4   2   1
1184    KSHORT   5 353
1185    TSETV    4   3   5
1186    GGET     4   1      ; "f"
1187    CALL     4   2   1
1188    KSHORT   5 354
1189    TSETV    4   3   5
1190    GGET     4   1      ; "f"
1191    CALL     4   2   1
1192    KSHORT   5 355
1193    TSETV    4   3   5
1194    GGET     4   1      ; "f"
1195    CALL     4   2   1
1196    KSHORT   5 356
1197    TSETV    4   3   5
1198    GGET     4   1      ; "f"
1199    CALL     4   2   1
1200    KSHORT   5 357
1201    TSETV    4   3   5
1202    GGET     4   1      ; "f"
1203    CALL     4   2   1
1204    KSHORT   5 358
1205    TSETV    4   3   5
1206    GGET     4   1      ; "f"
1207    CALL     4   2   1
1208    KSHORT   5 359
1209    TSETV    4   3   5
1210    GGET     4   1      ; "f"
1211    CALL     4   2   1
1212    KSHORT   5 360
1213    TSETV    4   3   5
1214    GGET     4   1      ; "f"
1215    CALL     4   2   1
1216    KSHORT   5 361
1217    TSETV    4   3   5
1218    GGET     4   1      ; "f"
1219    CALL     4   2   1
1220    KSHORT   5 362
1221    TSETV    4   3   5
1222    GGET     4   1      ; "f"
1223    CALL     4   2   1
1224    KSHORT   5 363
1225    TSETV    4   3   5
1226    GGET     4   1      ; "f"
1227    CALL     4   2   1
1228    KSHORT   5 364
1229    TSETV    4   3   5
1230    GGET     4   1      ; "f"
1231    CALL     4   2   1
1232    KSHORT   5 365
1233    TSETV    4   3   5
1234    GGET     4   1      ; "f"
1235    CALL     4   2   1
1236    KSHORT   5 366
1237    TSETV    4   3   5
1238    GGET     4   1      ; "f"
1239    CALL     4   2   1
1240    KSHORT   5 367
1241    TSETV    4   3   5
1242    GGET     4   1      ; "f"
1243    CALL     4   2   1
1244    KSHORT   5 368
1245    TSETV    4   3   5
1246    GGET     4   1      ; "f"
1247    CALL     4   2   1
1248    KSHORT   5 369
1249    TSETV    4   3   5
1250    GGET     4   1      ; "f"
1251    CALL     4   2   1
1252    KSHORT   5 370
1253    TSETV    4   3   5
1254    GGET     4   1      ; "f"
1255    CALL     4   2   1
1256    KSHORT   5 371
1257    TSETV    4   3   5
1258    GGET     4   1      ; "f"
1259    CALL     4   2   1
1260    KSHORT   5 372
1261    TSETV    4   3   5
1262    GGET     4   1      ; "f"
1263    CALL     4   2   1
1264    KSHORT   5 373
1265    TSETV    4   3   5
1266    GGET     4   1      ; "f"
1267    CALL     4   2   1
1268    KSHORT   5 374
1269    TSETV    4   3   5
1270    GGET     4   1      ; "f"
1271    CALL     4   2   1
1272    KSHORT   5 375
1273    TSETV    4   3   5
1274    GGET     4   1      ; "f"
1275    CALL     4   2   1
1276    KSHORT   5 376
1277    TSETV    4   3   5
1278    GGET     4   1      ; "f"
1279    CALL     4   2   1
1280    KSHORT   5 377
1281    TSETV    4   3   5
1282    GGET     4   1      ; "f"
1283    CALL     4   2   1
1284    KSHORT   5 378
1285    TSETV    4   3   5
1286    GGET     4   1      ; "f"
1287    CALL     4   2   1
1288    KSHORT   5 379
1289    TSETV    4   3   5
1290    GGET     4   1      ; "f"
1291    CALL     4   2   1
1292    KSHORT   5 380
1293    TSETV    4   3   5
1294    GGET     4   1      ; "f"
1295    CALL     4   2   1
1296    KSHORT   5 381
1297    TSETV    4   3   5
1298    GGET     4   1      ; "f"
1299    CALL     4   2   1
1300    KSHORT   5 382
1301    TSETV    4   3   5
1302    GGET     4   1      ; "f"
1303    CALL     4   2   1
1304    KSHORT   5 383
1305    TSETV    4   3   5
1306    GGET     4   1      ; "f"
1307    CALL     4   2   1
1308    KSHORT   5 384
1309    TSETV    4   3   5
1310    GGET     4   1      ; "f"
1311    CALL     4   2   1
1312    KSHORT   5 385
1313    TSETV    4   3   5
1314    GGET     4   1      ; "f"
1315    CALL     4   2   1
1316    KSHORT   5 386
1317    TSETV    4   3   5
1318    GGET     4   1      ; "f"
1319    CALL     4   2   1
1320    KSHORT   5 387
1321    TSETV    4   3   5
1322    GGET     4   1      ; "f"
1323    CALL     4   2   1
1324    KSHORT   5 388
1325    TSETV    4   3   5
1326    GGET     4   1      ; "f"
1327    CALL     4   2   1
1328    KSHORT   5 389
1329    TSETV    4   3   5
1330    GGET     4   1      ; "f"
1331    CALL     4   2   1
1332    KSHORT   5 390
1333    TSETV    4   3   5
1334    GGET     4   1      ; "f"
1335    CALL     4   2   1
1336    KSHORT   5 391
1337    TSETV    4   3   5
1338    GGET     4   1      ; "f"
1339    CALL     4   2   1
1340    KSHORT   5 392
1341    TSETV    4   3   5
1342    GGET     4   1      ; "f"
1343    CALL     4   2   1
1344    KSHORT   5 393
1345    TSETV    4   3   5
1346    GGET     4   1      ; "f"
1347    CALL     4   2   1
1348    KSHORT   5 394
1349    TSETV    4   3   5
1350    GGET     4   1      ; "f"
1351    CALL     4   2   1
1352    KSHORT   5 395
1353    TSETV    4   3   5
1354    GGET     4   1      ; "f"
1355    CALL     4   2   1
1356    KSHORT   5 396
1357    TSETV    4   3   5
1358    GGET     4   1      ; "f"
1359    CALL     4   2   1
1360    KSHORT   5 397
1361    TSETV    4   3   5
1362    GGET     4   1      ; "f"
1363    CALL     4   2   1
1364    KSHORT   5 398
1365    TSETV    4   3   5
1366    GGET     4   1      ; "f"
1367    CALL     4   2   1
1368    KSHORT   5 399
1369    TSETV    4   3   5
1370    GGET     4   1      ; "f"
1371    CALL     4   2   1
1372    KSHORT   5 400
1373    TSETV    4   3   5
1374    GGET     4   1      ; "f"
1375    CALL     4   2   1
1376    KSHORT   5 401
1377    TSETV    4   3   5
1378    GGET     4   1      ; "f"
1379    CALL     4   2   1
1380    KSHORT   5 402
1381    TSETV    4   3   5
1382    GGET     4   1      ; "f"
1383    CALL     4   2   1
1384    KSHORT   5 403
1385    TSETV    4   3   5
1386    GGET     4   1      ; "f"
1387    CALL     4   2   1
1388    KSHORT   5 404
1389    TSETV    4   3   5
1390    GGET     4   1      ; "f"
1391    CALL     4   2   1
1392    KSHORT   5 405
1393    TSETV    4   3   5
1394    GGET     4   1      ; "f"
1395    CALL     4   2   1
1396    KSHORT   5 406
1397    TSETV    4   3   5
1398    GGET     4   1      ; "f"
1399    CALL     4   2   1
1400    KSHORT   5 407
1401    TSETV    4   3   5
1402    GGET     4   1      ; "f"
1403    CALL     4   2   1
1404    KSHORT   5 408
1405    TSETV    4   3   5
1406    GGET     4   1      ; "f"
1407    CALL     4   2   1
1408    KSHORT   5 409
1409    TSETV    4   3   5
1410    GGET     4   1      ; "f"
1411    CALL     4   2   1
1412    KSHORT   5 410
1413    TSETV    4   3   5
1414    GGET     4   1      ; "f"
1415    CALL     4   2   1
1416    KSHORT   5 411
1417    TSETV    4   3   5
1418    GGET     4   1      ; "f"
1419    CALL     4   2   1
1420    KSHORT   5 412
1421    TSETV    4   3   5
1422    GGET     4   1      ; "f"
1423    CALL     4   2   1
1424    KSHORT   5 413
1425    TSETV    4   3   5
1426    GGET     4   1      ; "f"
1427    CALL     4   2   1
1428    KSHORT   5 414
1429    TSETV    4   3   5
1430    GGET     4   1      ; "f"
1431    CALL     4   2   1
1432    KSHORT   5 415
1433    TSETV    4   3   5
1434    GGET     4   1      ; "f"
1435    CALL     4   2   1
1436    KSHORT   5 416
1437    TSETV    4   3   5
1438    GGET     4   1      ; "f"
1439    CALL     4   2   1
1440    KSHORT   5 417
1441    TSETV    4   3   5
1442    GGET     4   1      ; "f"
1443    CALL     4   2   1
1444    KSHORT   5 418
1445    TSETV    4   3   5
1446    GGET     4   1      ; "f"
1447    CALL     4   2   1
1448    KSHORT   5 419
1449    TSETV    4   3   5
1450    GGET     4   1      ; "f"
1451    CALL     4   2   1
1452    KSHORT   5 420
1453    TSETV    4   3   5
1454    GGET     4   1      ; "f"
1455    CALL     4   2   1
1456    KSHORT   5 421
1457    TSETV    4   3   5
1458    GGET     4   1      ; "f"
1459    CALL     4   2   1
1460    KSHORT   5 422
1461    TSETV    4   3   5
1462    GGET     4   1      ; "f"
1463    CALL     4   2   1
1464    KSHORT   5 423
1465    TSETV    4   3   5
1466    GGET     4   1      ; "f"
1467    CALL     4   2   1
1468    KSHORT   5 424
1469    TSETV    4   3   5
1470    GGET     4   1      ; "f"
1471    CALL     4   2   1
1472    KSHORT   5 425
1473    TSETV    4   3   5
1474    GGET     4   1      ; "f"
1475    CALL     4   2   1
1476    KSHORT   5 426
1477    TSETV    4   3   5
1478    GGET     4   1      ; "f"
1479    CALL     4   2   1
1480    KSHORT   5 427
1481    TSETV    4   3   5
1482    GGET     4   1      ; "f"
1483    CALL     4   2   1
1484    KSHORT   5 428
1485    TSETV    4   3   5
1486    GGET     4   1      ; "f"
1487    CALL     4   2   1
1488    KSHORT   5 429
1489    TSETV    4   3   5
1490    GGET     4   1      ; "f"
1491    CALL     4   2   1
1492    KSHORT   5 430
1493    TSETV    4   3   5
1494    GGET     4   1      ; "f"
1495    CALL     4   2   1
1496    KSHORT   5 431
1497    TSETV    4   3   5
1498    GGET     4   1      ; "f"
1499    CALL     4   2   1
1500    KSHORT   5 432
1501    TSETV    4   3   5
1502    GGET     4   1      ; "f"
1503    CALL     4   2   1
1504    KSHORT   5 433
1505    TSETV    4   3   5
1506    GGET     4   1      ; "f"
1507    CALL     4   2   1
1508    KSHORT   5 434
1509    TSETV    4   3   5
1510    GGET     4   1      ; "f"
1511    CALL     4   2   1
1512    KSHORT   5 435
1513    TSETV    4   3   5
1514    GGET     4   1      ; "f"
1515    CALL     4   2   1
1516    KSHORT   5 436
1517    TSETV    4   3   5
1518    GGET     4   1      ; "f"
1519    CALL     4   2   1
1520    KSHORT   5 437
1521    TSETV    4   3   5
1522    GGET     4   1      ; "f"
1523    CALL     4   2   1
1524    KSHORT   5 438
1525    TSETV    4   3   5
1526    GGET     4   1      ; "f"
1527    CALL     4   2   1
1528    KSHORT   5 439
1529    TSETV    4   3   5
1530    GGET     4   1      ; "f"
1531    CALL     4   2   1
1532    KSHORT   5 440
1533    TSETV    4   3   5
1534    GGET     4   1      ; "f"
1535    CALL     4   2   1
1536    KSHORT   5 441
1537    TSETV    4   3   5
1538    GGET     4   1      ; "f"
1539    CALL     4   2   1
1540    KSHORT   5 442
1541    TSETV    4   3   5
1542    GGET     4   1      ; "f"
1543    CALL     4   2   1
1544    KSHORT   5 443
1545    TSETV    4   3   5
1546    GGET     4   1      ; "f"
1547    CALL     4   2   1
1548    KSHORT   5 444
1549    TSETV    4   3   5
1550    GGET     4   1      ; "f"
1551    CALL     4   2   1
1552    KSHORT   5 445
1553    TSETV    4   3   5
1554    GGET     4   1      ; "f"
1555    CALL     4   2   1
1556    KSHORT   5 446
1557    TSETV    4   3   5
1558    GGET     4   1      ; "f"
1559    CALL     4   2   1
1560    KSHORT   5 447
1561    TSETV    4   3   5
1562    GGET     4   1      ; "f"
1563    CALL     4   2   1
1564    KSHORT   5 448
1565    TSETV    4   3   5
1566    GGET     4   1      ; "f"
1567    CALL     4   2   1
1568    KSHORT   5 449
1569    TSETV    4   3   5
1570    GGET     4   1      ; "f"
1571    CALL     4   2   1
1572    KSHORT   5 450
1573    TSETV    4   3   5
1574    GGET     4   1      ; "f"
1575    CALL     4   2   1
1576    KSHORT   5 451
1577    TSETV    4   3   5
1578    GGET     4   1      ; "f"
1579    CALL     4   2   1
1580    KSHORT   5 452
1581    TSETV    4   3   5
1582    GGET     4   1      ; "f"
1583    CALL     4   2   1
1584    KSHORT   5 453
1585    TSETV    4   3   5
1586    GGET     4   1      ; "f"
1587    CALL     4   2   1
1588    KSHORT   5 454
1589    TSETV    4   3   5
1590    GGET     4   1      ; "f"
1591    CALL     4   2   1
1592    KSHORT   5 455
1593    TSETV    4   3   5
1594    GGET     4   1      ; "f"
1595    CALL     4   2   1
1596    KSHORT   5 456
1597    TSETV    4   3   5
1598    GGET     4   1      ; "f"
1599    CALL     4   2   1
1600    KSHORT   5 457
1601    TSETV    4   3   5
1602    GGET     4   1      ; "f"
1603    CALL     4   2   1
1604    KSHORT   5 458
1605    TSETV    4   3   5
1606    GGET     4   1      ; "f"
1607    CALL     4   2   1
1608    KSHORT   5 459
1609    TSETV    4   3   5
1610    GGET     4   1      ; "f"
1611    CALL     4   2   1
1612    KSHORT   5 460
1613    TSETV    4   3   5
1614    GGET     4   1      ; "f"
1615    CALL     4   2   1
1616    KSHORT   5 461
1617    TSETV    4   3   5
1618    GGET     4   1      ; "f"
1619    CALL     4   2   1
1620    KSHORT   5 462
1621    TSETV    4   3   5
1622    GGET     4   1      ; "f"
1623    CALL     4   2   1
1624    KSHORT   5 463
1625    TSETV    4   3   5
1626    GGET     4   1      ; "f"
1627    CALL     4   2   1
1628    KSHORT   5 464
1629    TSETV    4   3   5
1630    GGET     4   1      ; "f"
1631    CALL     4   2   1
1632    KSHORT   5 465
1633    TSETV    4   3   5
1634    GGET     4   1      ; "f"
1635    CALL     4   2   1
1636    KSHORT   5 466
1637    TSETV    4   3   5
1638    GGET     4   1      ; "f"
1639    CALL     4   2   1
1640    KSHORT   5 467
1641    TSETV    4   3   5
1642    GGET     4   1      ; "f"
1643    CALL     4   2   1
1644    KSHORT   5 468
1645    TSETV    4   3   5
1646    GGET     4   1      ; "f"
1647    CALL     4   2   1
1648    KSHORT   5 469
1649    TSETV    4   3   5
1650    GGET     4   1      ; "f"
1651    CALL     4   2   1
1652    KSHORT   5 470
1653    TSETV    4   3   5
1654    GGET     4   1      ; "f"
1655    CALL     4   2   1
1656    KSHORT   5 471
1657    TSETV    4   3   5
1658    GGET     4   1      ; "f"
1659    CALL     4   2   1
1660    KSHORT   5 472
1661    TSETV    4   3   5
1662    GGET     4   1      ; "f"
1663    CALL     4   2   1
1664    KSHORT   5 473
1665    TSETV    4   3   5
1666    GGET     4   1      ; "f"
1667    CALL     4   2   1
1668    KSHORT   5 474
1669    TSETV    4   3   5
1670    GGET     4   1      ; "f"
1671    CALL     4   2   1
1672    KSHORT   5 475
1673    TSETV    4   3   5
1674    GGET     4   1      ; "f"
1675    CALL     4   2   1
1676    KSHORT   5 476
1677    TSETV    4   3   5
1678    GGET     4   1      ; "f"
1679    CALL     4   2   1
1680    KSHORT   5 477
1681    TSETV    4   3   5
1682    GGET     4   1      ; "f"
1683    CALL     4   2   1
1684    KSHORT   5 478
1685    TSETV    4   3   5
1686    GGET     4   1      ; "f"
1687    CALL     4   2   1
1688    KSHORT   5 479
1689    TSETV    4   3   5
1690    GGET     4   1      ; "f"
1691    CALL     4   2   1
1692    KSHORT   5 480
1693    TSETV    4   3   5
1694    GGET     4   1      ; "f"
1695    CALL     4   2   1
1696    KSHORT   5 481
1697    TSETV    4   3   5
1698    GGET     4   1      ; "f"
1699    CALL     4   2   1
1700    KSHORT   5 482
1701    TSETV    4   3   5
1702    GGET     4   1      ; "f"
1703    CALL     4   2   1
1704    KSHORT   5 483
1705    TSETV    4   3   5
1706    GGET     4   1      ; "f"
1707    CALL     4   2   1
1708    KSHORT   5 484
1709    TSETV    4   3   5
1710    GGET     4   1      ; "f"
1711    CALL     4   2   1
1712    KSHORT   5 485
1713    TSETV    4   3   5
1714    GGET     4   1      ; "f"
1715    CALL     4   2   1
1716    KSHORT   5 486
1717    TSETV    4   3   5
1718    GGET     4   1      ; "f"
1719    CALL     4   2   1
1720    KSHORT   5 487
1721    TSETV    4   3   5
1722    GGET     4   1      ; "f"
1723    CALL     4   2   1
1724    KSHORT   5 488
1725    TSETV    4   3   5
1726    GGET     4   1      ; "f"
1727    CALL     4   2   1
1728    KSHORT   5 489
1729    TSETV    4   3   5
1730    GGET     4   1      ; "f"
1731    CALL     4   2   1
1732    KSHORT   5 490
1733    TSETV    4   3   5
1734    GGET     4   1      ; "f"
1735    CALL     4   2   1
1736    KSHORT   5 491
1737    TSETV    4   3   5
1738    GGET     4   1      ; "f"
1739    CALL     4   2   1
1740    KSHORT   5 492
1741    TSETV    4   3   5
1742    GGET     4   1      ; "f"
1743    CALL     4   2   1
1744    KSHORT   5 493
1745    TSETV    4   3   5
1746    GGET     4   1      ; "f"
1747    CALL     4   2   1
1748    KSHORT   5 494
1749    TSETV    4   3   5
1750    GGET     4   1      ; "f"
1751    CALL     4   2   1
1752    KSHORT   5 495
1753    TSETV    4   3   5
1754    GGET     4   1      ; "f"
1755    CALL     4   2   1
1756    KSHORT   5 496
1757    TSETV    4   3   5
1758    GGET     4   1      ; "f"
1759    CALL     4   2   1
1760    KSHORT   5 497
1761    TSETV    4   3   5
1762    GGET     4   1      ; "f"
1763    CALL     4   2   1
1764    KSHORT   5 498
1765    TSETV    4   3   5
1766    GGET     4   1      ; "f"
1767    CALL     4   2   1
1768    KSHORT   5 499
1769    TSETV    4   3   5
1770    GGET     4   1      ; "f"
1771    CALL     4   2   1
1772    KSHORT   5 500
1773    TSETV    4   3   5
1774    GGET     4   1      ; "f"
1775    CALL     4   2   1
1776    KSHORT   5 501
1777    TSETV    4   3   5
1778    GGET     4   1      ; "f"
1779    CALL     4   2   1
1780    KSHORT   5 502
1781    TSETV    4   3   5
1782    GGET     4   1      ; "f"
1783    CALL     4   2   1
1784    KSHORT   5 503
1785    TSETV    4   3   5
1786    GGET     4   1      ; "f"
1787    CALL     4   2   1
1788    KSHORT   5 504
1789    TSETV    4   3   5
1790    GGET     4   1      ; "f"
1791    CALL     4   2   1
1792    KSHORT   5 505
1793    TSETV    4   3   5
1794    GGET     4   1      ; "f"
1795    CALL     4   2   1
1796    KSHORT   5 506
1797    TSETV    4   3   5
1798    GGET     4   1      ; "f"
1799    CALL     4   2   1
1800    KSHORT   5 507
1801    TSETV    4   3   5
1802    GGET     4   1      ; "f"
1803    CALL     4   2   1
1804    KSHORT   5 508
1805    TSETV    4   3   5
1806    GGET     4   1      ; "f"
1807    CALL     4   2   1
1808    KSHORT   5 509
1809    TSETV    4   3   5
1810    GGET     4   1      ; "f"
1811    CALL     4   2   1
1812    KSHORT   5 510
1813    TSETV    4   3   5
1814    GGET     4   1      ; "f"
1815    CALL     4   2   1
1816    KSHORT   5 511
1817    TSETV    4   3   5
1818    GGET     4   1      ; "f"
1819    CALL     4   2   1
1820    KSHORT   5 512
1821    TSETV    4   3   5
1822    GGET     4   1      ; "f"
1823    CALL     4   2   1
1824    KSHORT   5 513
1825    TSETV    4   3   5
1826    GGET     4   1      ; "f"
1827    CALL     4   2   1
1828    KSHORT   5 514
1829    TSETV    4   3   5
1830    GGET     4   1      ; "f"
1831    CALL     4   2   1
1832    KSHORT   5 515
1833    TSETV    4   3   5
1834    GGET     4   1      ; "f"
1835    CALL     4   2   1
1836    KSHORT   5 516
1837    TSETV    4   3   5
1838    GGET     4   1      ; "f"
1839    CALL     4   2   1
1840    KSHORT   5 517
1841    TSETV    4   3   5
1842    GGET     4   1      ; "f"
1843    CALL     4   2   1
1844    KSHORT   5 518
1845    TSETV    4   3   5
1846    GGET     4   1      ; "f"
1847    CALL     4   2   1
1848    KSHORT   5 519
1849    TSETV    4   3   5
1850    GGET     4   1      ; "f"
1851    CALL     4   2   1
1852    KSHORT   5 520
1853    TSETV    4   3   5
1854    GGET     4   1      ; "f"
1855    CALL     4   2   1
1856    KSHORT   5 521
1857    TSETV    4   3   5
1858    GGET     4   1      ; "f"
1859    CALL     4   2   1
1860    KSHORT   5 522
1861    TSETV    4   3   5
1862    GGET     4   1      ; "f"
1863    CALL     4   2   1
1864    KSHORT   5 523
1865    TSETV    4   3   5
1866    GGET     4   1      ; "f"
1867    CALL     4   2   1
1868    KSHORT   5 524
1869    TSETV    4   3   5
1870    GGET     4   1      ; "f"
1871    CALL     4   2   1
1872    KSHORT   5 525
1873    TSETV    4   3   5
1874    GGET     4   1      ; "f"
1875    CALL     4   2   1
1876    KSHORT   5 526
1877    TSETV    4   3   5
1878    GGET     4   1      ; "f"
1879    CALL     4   2   1
1880    KSHORT   5 527
1881    TSETV    4   3   5
1882    GGET     4   1      ; "f"
1883    CALL     4   2   1
1884    KSHORT   5 528
1885    TSETV    4   3   5
1886    GGET     4   1      ; "f"
1887    CALL     4   2   1
1888    KSHORT   5 529
1889    TSETV    4   3   5
1890    GGET     4   1      ; "f"
1891    CALL     4   2   1
1892    KSHORT   5 530
1893    TSETV    4   3   5
1894    GGET     4   1      ; "f"
1895    CALL     4   2   1
1896    KSHORT   5 531
1897    TSETV    4   3   5
1898    GGET     4   1      ; "f"
1899    CALL     4   2   1
1900    KSHORT   5 532
1901    TSETV    4   3   5
1902    GGET     4   1      ; "f"
1903    CALL     4   2   1
1904    KSHORT   5 533
1905    TSETV    4   3   5
1906    GGET     4   1      ; "f"
1907    CALL     4   2   1
1908    KSHORT   5 534
1909    TSETV    4   3   5
1910    GGET     4   1      ; "f"
1911    CALL     4   2   1
1912    KSHORT   5 535
1913    TSETV    4   3   5
1914    GGET     4   1      ; "f"
1915    CALL     4   2   1
1916    KSHORT   5 536
1917    TSETV    4   3   5
1918    GGET     4   1      ; "f"
1919    CALL     4   2   1
1920    KSHORT   5 537
1921    TSETV    4   3   5
1922    GGET     4   1      ; "f"
1923    CALL     4   2   1
1924    KSHORT   5 538
1925    TSETV    4   3   5
1926    GGET     4   1      ; "f"
1927    CALL     4   2   1
1928    KSHORT   5 539
1929    TSETV    4   3   5
1930    GGET     4   1      ; "f"
1931    CALL     4   2   1
1932    KSHORT   5 540
1933    TSETV    4   3   5
1934    GGET     4   1      ; "f"
1935    CALL     4   2   1
1936    KSHORT   5 541
1937    TSETV    4   3   5
1938    GGET     4   1      ; "f"
1939    CALL     4   2   1
1940    KSHORT   5 542
1941    TSETV    4   3   5
1942    GGET     4   1      ; "f"
1943    CALL     4   2   1
1944    KSHORT   5 543
1945    TSETV    4   3   5
1946    GGET     4   1      ; "f"
1947    CALL     4   2   1
1948    KSHORT   5 544
1949    TSETV    4   3   5
1950    GGET     4   1      ; "f"
1951    CALL     4   2   1
1952    KSHORT   5 545
1953    TSETV    4   3   5
1954    GGET     4   1      ; "f"
1955    CALL     4   2   1
1956    KSHORT   5 546
1957    TSETV    4   3   5
1958    GGET     4   1      ; "f"
1959    CALL     4   2   1
1960    KSHORT   5 547
1961    TSETV    4   3   5
1962    GGET     4   1      ; "f"
1963    CALL     4   2   1
1964    KSHORT   5 548
1965    TSETV    4   3   5
1966    GGET     4   1      ; "f"
1967    CALL     4   2   1
1968    KSHORT   5 549
1969    TSETV    4   3   5
1970    GGET     4   1      ; "f"
1971    CALL     4   2   1
1972    KSHORT   5 550
1973    TSETV    4   3   5
1974    GGET     4   1      ; "f"
1975    CALL     4   2   1
1976    KSHORT   5 551
1977    TSETV    4   3   5
1978    GGET     4   1      ; "f"
1979    CALL     4   2   1
1980    KSHORT   5 552
1981    TSETV    4   3   5
1982    GGET     4   1      ; "f"
1983    CALL     4   2   1
1984    KSHORT   5 553
1985    TSETV    4   3   5
1986    GGET     4   1      ; "f"
1987    CALL     4   2   1
1988    KSHORT   5 554
1989    TSETV    4   3   5
1990    GGET     4   1      ; "f"
1991    CALL     4   2   1
1992    KSHORT   5 555
1993    TSETV    4   3   5
1994    GGET     4   1      ; "f"
1995    CALL     4   2   1
1996    KSHORT   5 556
1997    TSETV    4   3   5
1998    GGET     4   1      ; "f"
1999    CALL     4   2   1
2000    KSHORT   5 557
2001    TSETV    4   3   5
2002    GGET     4   1      ; "f"
2003    CALL     4   2   1
2004    KSHORT   5 558
2005    TSETV    4   3   5
2006    GGET     4   1      ; "f"
2007    CALL     4   2   1
2008    KSHORT   5 559
2009    TSETV    4   3   5
2010    GGET     4   1      ; "f"
2011    CALL     4   2   1
2012    KSHORT   5 560
2013    TSETV    4   3   5
2014    GGET     4   1      ; "f"
2015    CALL     4   2   1
2016    KSHORT   5 561
2017    TSETV    4   3   5
2018    GGET     4   1      ; "f"
2019    CALL     4   2   1
2020    KSHORT   5 562
2021    TSETV    4   3   5
2022    GGET     4   1      ; "f"
2023    CALL     4   2   1
2024    KSHORT   5 563
2025    TSETV    4   3   5
2026    GGET     4   1      ; "f"
2027    CALL     4   2   1
2028    KSHORT   5 564
2029    TSETV    4   3   5
2030    GGET     4   1      ; "f"
2031    CALL     4   2   1
2032    KSHORT   5 565
2033    TSETV    4   3   5
2034    GGET     4   1      ; "f"
2035    CALL     4   2   1
2036    KSHORT   5 566
2037    TSETV    4   3   5
2038    GGET     4   1      ; "f"
2039    CALL     4   2   1
2040    KSHORT   5 567
2041    TSETV    4   3   5
2042    GGET     4   1      ; "f"
2043    CALL     4   2   1
2044    KSHORT   5 568
2045    TSETV    4   3   5
2046    GGET     4   1      ; "f"
2047    CALL     4   2   1
2048    KSHORT   5 569
2049    TSETV    4   3   5
2050    GGET     4   1      ; "f"
2051    CALL     4   2   1
2052    KSHORT   5 570
2053    TSETV    4   3   5
2054    GGET     4   1      ; "f"
2055    CALL     4   2   1
2056    KSHORT   5 571
2057    TSETV    4   3   5
2058    GGET     4   1      ; "f"
2059    CALL     4   2   1
2060    KSHORT   5 572
2061    TSETV    4   3   5
2062    GGET     4   1      ; "f"
2063    CALL     4   2   1
2064    KSHORT   5 573
2065    TSETV    4   3   5
2066    GGET     4   1      ; "f"
2067    CALL     4   2   1
2068    KSHORT   5 574
2069    TSETV    4   3   5
2070    GGET     4   1      ; "f"
2071    CALL     4   2   1
2072    KSHORT   5 575
2073    TSETV    4   3   5
2074    GGET     4   1      ; "f"
2075    CALL     4   2   1
2076    KSHORT   5 576
2077    TSETV    4   3   5
2078    GGET     4   1      ; "f"
2079    CALL     4   2   1
2080    KSHORT   5 577
2081    TSETV    4   3   5
2082    GGET     4   1      ; "f"
2083    CALL     4   2   1
2084    KSHORT   5 578
2085    TSETV    4   3   5
2086    GGET     4   1      ; "f"
2087    CALL     4   2   1
2088    KSHORT   5 579
2089    TSETV    4   3   5
2090    GGET     4   1      ; "f"
2091    CALL     4   2   1
2092    KSHORT   5 580
2093    TSETV    4   3   5
2094    GGET     4   1      ; "f"
2095    CALL     4   2   1
2096    KSHORT   5 581
2097    TSETV    4   3   5
2098    GGET     4   1      ; "f"
2099    CALL     4   2   1
2100    KSHORT   5 582
2101    TSETV    4   3   5
2102    GGET     4   1      ; "f"
2103    CALL     4   2   1
2104    KSHORT   5 583
2105    TSETV    4   3   5
2106    GGET     4   1      ; "f"
2107    CALL     4   2   1
2108    KSHORT   5 584
2109    TSETV    4   3   5
2110    GGET     4   1      ; "f"
2111    CALL     4   2   1
2112    KSHORT   5 585
2113    TSETV    4   3   5
2114    GGET     4   1      ; "f"
2115    CALL     4   2   1
2116    KSHORT   5 586
2117    TSETV    4   3   5
2118    GGET     4   1      ; "f"
2119    CALL     4   2   1
2120    KSHORT   5 587
2121    TSETV    4   3   5
2122    GGET     4   1      ; "f"
2123    CALL     4   2   1
2124    KSHORT   5 588
2125    TSETV    4   3   5
2126    GGET     4   1      ; "f"
2127    CALL     4   2   1
2128    KSHORT   5 589
2129    TSETV    4   3   5
2130    GGET     4   1      ; "f"
2131    CALL     4   2   1
2132    KSHORT   5 590
2133    TSETV    4   3   5
2134    GGET     4   1      ; "f"
2135    CALL     4   2   1
2136    KSHORT   5 591
2137    TSETV    4   3   5
2138    GGET     4   1      ; "f"
2139    CALL     4   2   1
2140    KSHORT   5 592
2141    TSETV    4   3   5
2142    GGET     4   1      ; "f"
2143    CALL     4   2   1
2144    KSHORT   5 593
2145    TSETV    4   3   5
2146    GGET     4   1      ; "f"
2147    CALL     4   2   1
2148    KSHORT   5 594
2149    TSETV    4   3   5
2150    GGET     4   1      ; "f"
2151    CALL     4   2   1
2152    KSHORT   5 595
2153    TSETV    4   3   5
2154    GGET     4   1      ; "f"
2155    CALL     4   2   1
2156    KSHORT   5 596
2157    TSETV    4   3   5
2158    GGET     4   1      ; "f"
2159    CALL     4   2   1
2160    KSHORT   5 597
2161    TSETV    4   3   5
2162    GGET     4   1      ; "f"
2163    CALL     4   2   1
2164    KSHORT   5 598
2165    TSETV    4   3   5
2166    GGET     4   1      ; "f"
2167    CALL     4   2   1
2168    KSHORT   5 599
2169    TSETV    4   3   5
2170    GGET     4   1      ; "f"
2171    CALL     4   2   1
2172    KSHORT   5 600
2173    TSETV    4   3   5
2174    GGET     4   1      ; "f"
2175    CALL     4   2   1
2176    KSHORT   5 601
2177    TSETV    4   3   5
2178    GGET     4   1      ; "f"
2179    CALL     4   2   1
2180    KSHORT   5 602
2181    TSETV    4   3   5
2182    GGET     4   1      ; "f"
2183    CALL     4   2   1
2184    KSHORT   5 603
2185    TSETV    4   3   5
2186    GGET     4   1      ; "f"
2187    CALL     4   2   1
2188    KSHORT   5 604
2189    TSETV    4   3   5
2190    GGET     4   1      ; "f"
2191    CALL     4   2   1
2192    KSHORT   5 605
2193    TSETV    4   3   5
2194    GGET     4   1      ; "f"
2195    CALL     4   2   1
2196    KSHORT   5 606
2197    TSETV    4   3   5
2198    GGET     4   1      ; "f"
2199    CALL     4   2   1
2200    KSHORT   5 607
2201    TSETV    4   3   5
2202    GGET     4   1      ; "f"
2203    CALL     4   2   1
2204    KSHORT   5 608
2205    TSETV    4   3   5
2206    GGET     4   1      ; "f"
2207    CALL     4   2   1
2208    KSHORT   5 609
2209    TSETV    4   3   5
2210    GGET     4   1      ; "f"
2211    CALL     4   2   1
2212    KSHORT   5 610
2213    TSETV    4   3   5
2214    GGET     4   1      ; "f"
2215    CALL     4   2   1
2216    KSHORT   5 611
2217    TSETV    4   3   5
2218    GGET     4   1      ; "f"
2219    CALL     4   2   1
2220    KSHORT   5 612
2221    TSETV    4   3   5
2222    GGET     4   1      ; "f"
2223    CALL     4   2   1
2224    KSHORT   5 613
2225    TSETV    4   3   5
2226    GGET     4   1      ; "f"
2227    CALL     4   2   1
2228    KSHORT   5 614
2229    TSETV    4   3   5
2230    GGET     4   1      ; "f"
2231    CALL     4   2   1
2232    KSHORT   5 615
2233    TSETV    4   3   5
2234    GGET     4   1      ; "f"
2235    CALL     4   2   1
2236    KSHORT   5 616
2237    TSETV    4   3   5
2238    GGET     4   1      ; "f"
2239    CALL     4   2   1
2240    KSHORT   5 617
2241    TSETV    4   3   5
2242    GGET     4   1      ; "f"
2243    CALL     4   2   1
2244    KSHORT   5 618
2245    TSETV    4   3   5
2246    GGET     4   1      ; "f"
2247    CALL     4   2   1
2248    KSHORT   5 619
2249    TSETV    4   3   5
2250    GGET     4   1      ; "f"
2251    CALL     4   2   1
2252    KSHORT   5 620
2253    TSETV    4   3   5
2254    GGET     4   1      ; "f"
2255    CALL     4   2   1
2256    KSHORT   5 621
2257    TSETV    4   3   5
2258    GGET     4   1      ; "f"
2259    CALL     4   2   1
2260    KSHORT   5 622
2261    TSETV    4   3   5
2262    GGET     4   1      ; "f"
2263    CALL     4   2   1
2264    KSHORT   5 623
2265    TSETV    4   3   5
2266    GGET     4   1      ; "f"
2267    CALL     4   2   1
2268    KSHORT   5 624
2269    TSETV    4   3   5
2270    GGET     4   1      ; "f"
2271    CALL     4   2   1
2272    KSHORT   5 625
2273    TSETV    4   3   5
2274    GGET     4   1      ; "f"
2275    CALL     4   2   1
2276    KSHORT   5 626
2277    TSETV    4   3   5
2278    GGET     4   1      ; "f"
2279    CALL     4   2   1
2280    KSHORT   5 627
2281    TSETV    4   3   5
2282    GGET     4   1      ; "f"
2283    CALL     4   2   1
2284    KSHORT   5 628
2285    TSETV    4   3   5
2286    GGET     4   1      ; "f"
2287    CALL     4   2   1
2288    KSHORT   5 629
2289    TSETV    4   3   5
2290    GGET     4   1      ; "f"
2291    CALL     4   2   1
2292    KSHORT   5 630
2293    TSETV    4   3   5
2294    GGET     4   1      ; "f"
2295    CALL     4   2   1
2296    KSHORT   5 631
2297    TSETV    4   3   5
2298    GGET     4   1      ; "f"
2299    CALL     4   2   1
2300    KSHORT   5 632
2301    TSETV    4   3   5
2302    GGET     4   1      ; "f"
2303    CALL     4   2   1
2304    KSHORT   5 633
2305    TSETV    4   3   5
2306    GGET     4   1      ; "f"
2307    CALL     4   2   1
2308    KSHORT   5 634
2309    TSETV    4   3   5
2310    GGET     4   1      ; "f"
2311    CALL     4   2   1
2312    KSHORT   5 635
2313    TSETV    4   3   5
2314    GGET     4   1      ; "f"
2315    CALL     4   2   1
2316    KSHORT   5 636
2317    TSETV    4   3   5
2318    GGET     4   1      ; "f"
2319    CALL     4   2   1
2320    KSHORT   5 637
2321    TSETV    4   3   5
2322    GGET     4   1      ; "f"
2323    CALL     4   2   1
2324    KSHORT   5 638
2325    TSETV    4   3   5
2326    GGET     4   1      ; "f"
2327    CALL     4   2   1
2328    KSHORT   5 639
2329    TSETV    4   3   5
2330    GGET     4   1      ; "f"
2331    CALL     4   2   1
2332    KSHORT   5 640
2333    TSETV    4   3   5
2334    GGET     4   1      ; "f"
2335    CALL     4   2   1
2336    KSHORT   5 641
2337    TSETV    4   3   5
2338    GGET     4   1      ; "f"
2339    CALL     4   2   1
2340    KSHORT   5 642
2341    TSETV    4   3   5
2342    GGET     4   1      ; "f"
2343    CALL     4   2   1
2344    KSHORT   5 643
2345    TSETV    4   3   5
2346    GGET     4   1      ; "f"
2347    CALL     4   2   1
2348    KSHORT   5 644
2349    TSETV    4   3   5
2350    GGET     4   1      ; "f"
2351    CALL     4   2   1
2352    KSHORT   5 645
2353    TSETV    4   3   5
2354    GGET     4   1      ; "f"
2355    CALL     4   2   1
2356    KSHORT   5 646
2357    TSETV    4   3   5
2358    GGET     4   1      ; "f"
2359    CALL     4   2   1
2360    KSHORT   5 647
2361    TSETV    4   3   5
2362    GGET     4   1      ; "f"
2363    CALL     4   2   1
2364    KSHORT   5 648
2365    TSETV    4   3   5
2366    GGET     4   1      ; "f"
2367    CALL     4   2   1
2368    KSHORT   5 649
2369    TSETV    4   3   5
2370    GGET     4   1      ; "f"
2371    CALL     4   2   1
2372    KSHORT   5 650
2373    TSETV    4   3   5
2374    GGET     4   1      ; "f"
2375    CALL     4   2   1
2376    KSHORT   5 651
2377    TSETV    4   3   5
2378    GGET     4   1      ; "f"
2379    CALL     4   2   1
2380    KSHORT   5 652
2381    TSETV    4   3   5
2382    GGET     4   1      ; "f"
2383    CALL     4   2   1
2384    KSHORT   5 653
2385    TSETV    4   3   5
2386    GGET     4   1      ; "f"
2387    CALL     4   2   1
2388    KSHORT   5 654
2389    TSETV    4   3   5
2390    GGET     4   1      ; "f"
2391    CALL     4   2   1
2392    KSHORT   5 655
2393    TSETV    4   3   5
2394    GGET     4   1      ; "f"
2395    CALL     4   2   1
2396    KSHORT   5 656
2397    TSETV    4   3   5
2398    GGET     4   1      ; "f"
2399    CALL     4   2   1
2400    KSHORT   5 657
2401    TSETV    4   3   5
2402    GGET     4   1      ; "f"
2403    CALL     4   2   1
2404    KSHORT   5 658
2405    TSETV    4   3   5
2406    GGET     4   1      ; "f"
2407    CALL     4   2   1
2408    KSHORT   5 659
2409    TSETV    4   3   5
2410    GGET     4   1      ; "f"
2411    CALL     4   2   1
2412    KSHORT   5 660
2413    TSETV    4   3   5
2414    GGET     4   1      ; "f"
2415    CALL     4   2   1
2416    KSHORT   5 661
2417    TSETV    4   3   5
2418    GGET     4   1      ; "f"
2419    CALL     4   2   1
2420    KSHORT   5 662
2421    TSETV    4   3   5
2422    GGET     4   1      ; "f"
2423    CALL     4   2   1
2424    KSHORT   5 663
2425    TSETV    4   3   5
2426    GGET     4   1      ; "f"
2427    CALL     4   2   1
2428    KSHORT   5 664
2429    TSETV    4   3   5
2430    GGET     4   1      ; "f"
2431    CALL     4   2   1
2432    KSHORT   5 665
2433    TSETV    4   3   5
2434    GGET     4   1      ; "f"
2435    CALL     4   2   1
2436    KSHORT   5 666
2437    TSETV    4   3   5
2438    GGET     4   1      ; "f"
2439    CALL     4   2   1
2440    KSHORT   5 667
2441    TSETV    4   3   5
2442    GGET     4   1      ; "f"
2443    CALL     4   2   1
2444    KSHORT   5 668
2445    TSETV    4   3   5
2446    GGET     4   1      ; "f"
2447    CALL     4   2   1
2448    KSHORT   5 669
2449    TSETV    4   3   5
2450    GGET     4   1      ; "f"
2451    CALL     4   2   1
2452    KSHORT   5 670
2453    TSETV    4   3   5
2454    GGET     4   1      ; "f"
2455    CALL     4   2   1
2456    KSHORT   5 671
2457    TSETV    4   3   5
2458    GGET     4   1      ; "f"
2459    CALL     4   2   1
2460    KSHORT   5 672
2461    TSETV    4   3   5
2462    GGET     4   1      ; "f"
2463    CALL     4   2   1
2464    KSHORT   5 673
2465    TSETV    4   3   5
2466    GGET     4   1      ; "f"
2467    CALL     4   2   1
2468    KSHORT   5 674
2469    TSETV    4   3   5
2470    GGET     4   1      ; "f"
2471    CALL     4   2   1
2472    KSHORT   5 675
2473    TSETV    4   3   5
2474    GGET     4   1      ; "f"
2475    CALL     4   2   1
2476    KSHORT   5 676
2477    TSETV    4   3   5
2478    GGET     4   1      ; "f"
2479    CALL     4   2   1
2480    KSHORT   5 677
2481    TSETV    4   3   5
2482    GGET     4   1      ; "f"
2483    CALL     4   2   1
2484    KSHORT   5 678
2485    TSETV    4   3   5
2486    GGET     4   1      ; "f"
2487    CALL     4   2   1
2488    KSHORT   5 679
2489    TSETV    4   3   5
2490    GGET     4   1      ; "f"
2491    CALL     4   2   1
2492    KSHORT   5 680
2493    TSETV    4   3   5
2494    GGET     4   1      ; "f"
2495    CALL     4   2   1
2496    KSHORT   5 681
2497    TSETV    4   3   5
2498    GGET     4   1      ; "f"
2499    CALL     4   2   1
2500    KSHORT   5 682
2501    TSETV    4   3   5
2502    GGET     4   1      ; "f"
2503    CALL     4   2   1
2504    KSHORT   5 683
2505    TSETV    4   3   5
2506    GGET     4   1      ; "f"
2507    CALL     4   2   1
2508    KSHORT   5 684
2509    TSETV    4   3   5
2510    GGET     4   1      ; "f"
2511    CALL     4   2   1
2512    KSHORT   5 685
2513    TSETV    4   3   5
2514    GGET     4   1      ; "f"
2515    CALL     4   2   1
2516    KSHORT   5 686
2517    TSETV    4   3   5
2518    GGET     4   1      ; "f"
2519    CALL     4   2   1
2520    KSHORT   5 687
2521    TSETV    4   3   5
2522    GGET     4   1      ; "f"
2523    CALL     4   2   1
2524    KSHORT   5 688
2525    TSETV    4   3   5
2526    GGET     4   1      ; "f"
2527    CALL     4   2   1
2528    KSHORT   5 689
2529    TSETV    4   3   5
2530    GGET     4   1      ; "f"
2531    CALL     4   2   1
2532    KSHORT   5 690
2533    TSETV    4   3   5
2534    GGET     4   1      ; "f"
2535    CALL     4   2   1
2536    KSHORT   5 691
2537    TSETV    4   3   5
2538    GGET     4   1      ; "f"
2539    CALL     4   2   1
2540    KSHORT   5 692
2541    TSETV    4   3   5
2542    GGET     4   1      ; "f"
2543    CALL     4   2   1
2544    KSHORT   5 693
2545    TSETV    4   3   5
2546    GGET     4   1      ; "f"
2547    CALL     4   2   1
2548    KSHORT   5 694
2549    TSETV    4   3   5
2550    GGET     4   1      ; "f"
2551    CALL     4   2   1
2552    KSHORT   5 695
2553    TSETV    4   3   5
2554    GGET     4   1      ; "f"
2555    CALL     4   2   1
2556    KSHORT   5 696
2557    TSETV    4   3   5
2558    GGET     4   1      ; "f"
2559    CALL     4   2   1
2560    KSHORT   5 697
2561    TSETV    4   3   5
2562    GGET     4   1      ; "f"
2563    CALL     4   2   1
2564    KSHORT   5 698
2565    TSETV    4   3   5
2566    GGET     4   1      ; "f"
2567    CALL     4   2   1
2568    KSHORT   5 699
2569    TSETV    4   3   5
2570    GGET     4   1      ; "f"
2571    CALL     4   2   1
2572    KSHORT   5 700
2573    TSETV    4   3   5
2574    GGET     4   1      ; "f"
2575    CALL     4   2   1
2576    KSHORT   5 701
2577    TSETV    4   3   5
2578    GGET     4   1      ; "f"
2579    CALL     4   2   1
2580    KSHORT   5 702
2581    TSETV    4   3   5
2582    GGET     4   1      ; "f"
2583    CALL     4   2   1
2584    KSHORT   5 703
2585    TSETV    4   3   5
2586    GGET     4   1      ; "f"
2587    CALL     4   2   1
2588    KSHORT   5 704
2589    TSETV    4   3   5
2590    GGET     4   1      ; "f"
2591    CALL     4   2   1
2592    KSHORT   5 705
2593    TSETV    4   3   5
2594    GGET     4   1      ; "f"
2595    CALL     4   2   1
2596    KSHORT   5 706
2597    TSETV    4   3   5
2598    GGET     4   1      ; "f"
2599    CALL     4   2   1
2600    KSHORT   5 707
2601    TSETV    4   3   5
2602    GGET     4   1      ; "f"
2603    CALL     4   2   1
2604    KSHORT   5 708
2605    TSETV    4   3   5
2606    GGET     4   1      ; "f"
2607    CALL     4   2   1
2608    KSHORT   5 709
2609    TSETV    4   3   5
2610    GGET     4   1      ; "f"
2611    CALL     4   2   1
2612    KSHORT   5 710
2613    TSETV    4   3   5
2614    GGET     4   1      ; "f"
2615    CALL     4   2   1
2616    KSHORT   5 711
2617    TSETV    4   3   5
2618    GGET     4   1      ; "f"
2619    CALL     4   2   1
2620    KSHORT   5 712
2621    TSETV    4   3   5
2622    GGET     4   1      ; "f"
2623    CALL     4   2   1
2624    KSHORT   5 713
2625    TSETV    4   3   5
2626    GGET     4   1      ; "f"
2627    CALL     4   2   1
2628    KSHORT   5 714
2629    TSETV    4   3   5
2630    GGET     4   1      ; "f"
2631    CALL     4   2   1
2632    KSHORT   5 715
2633    TSETV    4   3   5
2634    GGET     4   1      ; "f"
2635    CALL     4   2   1
2636    KSHORT   5 716
2637    TSETV    4   3   5
2638    GGET     4   1      ; "f"
2639    CALL     4   2   1
2640    KSHORT   5 717
2641    TSETV    4   3   5
2642    GGET     4   1      ; "f"
2643    CALL     4   2   1
2644    KSHORT   5 718
2645    TSETV    4   3   5
2646    GGET     4   1      ; "f"
2647    CALL     4   2   1
2648    KSHORT   5 719
2649    TSETV    4   3   5
2650    GGET     4   1      ; "f"
2651    CALL     4   2   1
2652    KSHORT   5 720
2653    TSETV    4   3   5
2654    GGET     4   1      ; "f"
2655    CALL     4   2   1
2656    KSHORT   5 721
2657    TSETV    4   3   5
2658    GGET     4   1      ; "f"
2659    CALL     4   2   1
2660    KSHORT   5 722
2661    TSETV    4   3   5
2662    GGET     4   1      ; "f"
2663    CALL     4   2   1
2664    KSHORT   5 723
2665    TSETV    4   3   5
2666    GGET     4   1      ; "f"
2667    CALL     4   2   1
2668    KSHORT   5 724
2669    TSETV    4   3   5
2670    GGET     4   1      ; "f"
2671    CALL     4   2   1
2672    KSHORT   5 725
2673    TSETV    4   3   5
2674    GGET     4   1      ; "f"
2675    CALL     4   2   1
2676    KSHORT   5 726
2677    TSETV    4   3   5
2678    GGET     4   1      ; "f"
2679    CALL     4   2   1
2680    KSHORT   5 727
2681    TSETV    4   3   5
2682    GGET     4   1      ; "f"
2683    CALL     4   2   1
2684    KSHORT   5 728
2685    TSETV    4   3   5
2686    GGET     4   1      ; "f"
2687    CALL     4   2   1
2688    KSHORT   5 729
2689    TSETV    4   3   5
2690    GGET     4   1      ; "f"
2691    CALL     4   2   1
2692    KSHORT   5 730
2693    TSETV    4   3   5
2694    GGET     4   1      ; "f"
2695    CALL     4   2   1
2696    KSHORT   5 731
2697    TSETV    4   3   5
2698    GGET     4   1      ; "f"
2699    CALL     4   2   1
2700    KSHORT   5 732
2701    TSETV    4   3   5
2702    GGET     4   1      ; "f"
2703    CALL     4   2   1
2704    KSHORT   5 733
2705    TSETV    4   3   5
2706    GGET     4   1      ; "f"
2707    CALL     4   2   1
2708    KSHORT   5 734
2709    TSETV    4   3   5
2710    GGET     4   1      ; "f"
2711    CALL     4   2   1
2712    KSHORT   5 735
2713    TSETV    4   3   5
2714    GGET     4   1      ; "f"
2715    CALL     4   2   1
2716    KSHORT   5 736
2717    TSETV    4   3   5
2718    GGET     4   1      ; "f"
2719    CALL     4   2   1
2720    KSHORT   5 737
2721    TSETV    4   3   5
2722    GGET     4   1      ; "f"
2723    CALL     4   2   1
2724    KSHORT   5 738
2725    TSETV    4   3   5
2726    GGET     4   1      ; "f"
2727    CALL     4   2   1
2728    KSHORT   5 739
2729    TSETV    4   3   5
2730    GGET     4   1      ; "f"
2731    CALL     4   2   1
2732    KSHORT   5 740
2733    TSETV    4   3   5
2734    GGET     4   1      ; "f"
2735    CALL     4   2   1
2736    KSHORT   5 741
2737    TSETV    4   3   5
2738    GGET     4   1      ; "f"
2739    CALL     4   2   1
2740    KSHORT   5 742
2741    TSETV    4   3   5
2742    GGET     4   1      ; "f"
2743    CALL     4   2   1
2744    KSHORT   5 743
2745    TSETV    4   3   5
2746    GGET     4   1      ; "f"
2747    CALL     4   2   1
2748    KSHORT   5 744
2749    TSETV    4   3   5
2750    GGET     4   1      ; "f"
2751    CALL     4   2   1
2752    KSHORT   5 745
2753    TSETV    4   3   5
2754    GGET     4   1      ; "f"
2755    CALL     4   2   1
2756    KSHORT   5 746
2757    TSETV    4   3   5
2758    GGET     4   1      ; "f"
2759    CALL     4   2   1
2760    KSHORT   5 747
2761    TSETV    4   3   5
2762    GGET     4   1      ; "f"
2763    CALL     4   2   1
2764    KSHORT   5 748
2765    TSETV    4   3   5
2766    GGET     4   1      ; "f"
2767    CALL     4   2   1
2768    KSHORT   5 749
2769    TSETV    4   3   5
2770    GGET     4   1      ; "f"
2771    CALL     4   2   1
2772    KSHORT   5 750
2773    TSETV    4   3   5
2774    GGET     4   1      ; "f"
2775    CALL     4   2   1
2776    KSHORT   5 751
2777    TSETV    4   3   5
2778    GGET     4   1      ; "f"
2779    CALL     4   2   1
2780    KSHORT   5 752
2781    TSETV    4   3   5
2782    GGET     4   1      ; "f"
2783    CALL     4   2   1
2784    KSHORT   5 753
2785    TSETV    4   3   5
2786    GGET     4   1      ; "f"
2787    CALL     4   2   1
2788    KSHORT   5 754
2789    TSETV    4   3   5
2790    GGET     4   1      ; "f"
2791    CALL     4   2   1
2792    KSHORT   5 755
2793    TSETV    4   3   5
2794    GGET     4   1      ; "f"
2795    CALL     4   2   1
2796    KSHORT   5 756
2797    TSETV    4   3   5
2798    GGET     4   1      ; "f"
2799    CALL     4   2   1
2800    KSHORT   5 757
2801    TSETV    4   3   5
2802    GGET     4   1      ; "f"
2803    CALL     4   2   1
2804    KSHORT   5 758
2805    TSETV    4   3   5
2806    GGET     4   1      ; "f"
2807    CALL     4   2   1
2808    KSHORT   5 759
2809    TSETV    4   3   5
2810    GGET     4   1      ; "f"
2811    CALL     4   2   1
2812    KSHORT   5 760
2813    TSETV    4   3   5
2814    GGET     4   1      ; "f"
2815    CALL     4   2   1
2816    KSHORT   5 761
2817    TSETV    4   3   5
2818    GGET     4   1      ; "f"
2819    CALL     4   2   1
2820    KSHORT   5 762
2821    TSETV    4   3   5
2822    GGET     4   1      ; "f"
2823    CALL     4   2   1
2824    KSHORT   5 763
2825    TSETV    4   3   5
2826    GGET     4   1      ; "f"
2827    CALL     4   2   1
2828    KSHORT   5 764
2829    TSETV    4   3   5
2830    GGET     4   1      ; "f"
2831    CALL     4   2   1
2832    KSHORT   5 765
2833    TSETV    4   3   5
2834    GGET     4   1      ; "f"
2835    CALL     4   2   1
2836    KSHORT   5 766
2837    TSETV    4   3   5
2838    GGET     4   1      ; "f"
2839    CALL     4   2   1
2840    KSHORT   5 767
2841    TSETV    4   3   5
2842    GGET     4   1      ; "f"
2843    CALL     4   2   1
2844    KSHORT   5 768
2845    TSETV    4   3   5
2846    GGET     4   1      ; "f"
2847    CALL     4   2   1
2848    KSHORT   5 769
2849    TSETV    4   3   5
2850    GGET     4   1      ; "f"
2851    CALL     4   2   1
2852    KSHORT   5 770
2853    TSETV    4   3   5
2854    GGET     4   1      ; "f"
2855    CALL     4   2   1
2856    KSHORT   5 771
2857    TSETV    4   3   5
2858    GGET     4   1      ; "f"
2859    CALL     4   2   1
2860    KSHORT   5 772
2861    TSETV    4   3   5
2862    GGET     4   1      ; "f"
2863    CALL     4   2   1
2864    KSHORT   5 773
2865    TSETV    4   3   5
2866    GGET     4   1      ; "f"
2867    CALL     4   2   1
2868    KSHORT   5 774
2869    TSETV    4   3   5
2870    GGET     4   1      ; "f"
2871    CALL     4   2   1
2872    KSHORT   5 775
2873    TSETV    4   3   5
2874    GGET     4   1      ; "f"
2875    CALL     4   2   1
2876    KSHORT   5 776
2877    TSETV    4   3   5
2878    GGET     4   1      ; "f"
2879    CALL     4   2   1
2880    KSHORT   5 777
2881    TSETV    4   3   5
2882    GGET     4   1      ; "f"
2883    CALL     4   2   1
2884    KSHORT   5 778
2885    TSETV    4   3   5
2886    GGET     4   1      ; "f"
2887    CALL     4   2   1
2888    KSHORT   5 779
2889    TSETV    4   3   5
2890    GGET     4   1      ; "f"
2891    CALL     4   2   1
2892    KSHORT   5 780
2893    TSETV    4   3   5
2894    GGET     4   1      ; "f"
2895    CALL     4   2   1
2896    KSHORT   5 781
2897    TSETV    4   3   5
2898    GGET     4   1      ; "f"
2899    CALL     4   2   1
2900    KSHORT   5 782
2901    TSETV    4   3   5
2902    GGET     4   1      ; "f"
2903    CALL     4   2   1
2904    KSHORT   5 783
2905    TSETV    4   3   5
2906    GGET     4   1      ; "f"
2907    CALL     4   2   1
2908    KSHORT   5 784
2909    TSETV    4   3   5
2910    GGET     4   1      ; "f"
2911    CALL     4   2   1
2912    KSHORT   5 785
2913    TSETV    4   3   5
2914    GGET     4   1      ; "f"
2915    CALL     4   2   1
2916    KSHORT   5 786
2917    TSETV    4   3   5
2918    GGET     4   1      ; "f"
2919    CALL     4   2   1
2920    KSHORT   5 787
2921    TSETV    4   3   5
2922    GGET     4   1      ; "f"
2923    CALL     4   2   1
2924    KSHORT   5 788
2925    TSETV    4   3   5
2926    GGET     4   1      ; "f"
2927    CALL     4   2   1
2928    KSHORT   5 789
2929    TSETV    4   3   5
2930    GGET     4   1      ; "f"
2931    CALL     4   2   1
2932    KSHORT   5 790
2933    TSETV    4   3   5
2934    GGET     4   1      ; "f"
2935    CALL     4   2   1
2936    KSHORT   5 791
2937    TSETV    4   3   5
2938    GGET     4   1      ; "f"
2939    CALL     4   2   1
2940    KSHORT   5 792
2941    TSETV    4   3   5
2942    GGET     4   1      ; "f"
2943    CALL     4   2   1
2944    KSHORT   5 793
2945    TSETV    4   3   5
2946    GGET     4   1      ; "f"
2947    CALL     4   2   1
2948    KSHORT   5 794
2949    TSETV    4   3   5
2950    GGET     4   1      ; "f"
2951    CALL     4   2   1
2952    KSHORT   5 795
2953    TSETV    4   3   5
2954    GGET     4   1      ; "f"
2955    CALL     4   2   1
2956    KSHORT   5 796
2957    TSETV    4   3   5
2958    GGET     4   1      ; "f"
2959    CALL     4   2   1
2960    KSHORT   5 797
2961    TSETV    4   3   5
2962    GGET     4   1      ; "f"
2963    CALL     4   2   1
2964    KSHORT   5 798
2965    TSETV    4   3   5
2966    GGET     4   1      ; "f"
2967    CALL     4   2   1
2968    KSHORT   5 799
2969    TSETV    4   3   5
2970    GGET     4   1      ; "f"
2971    CALL     4   2   1
2972    KSHORT   5 800
2973    TSETV    4   3   5
2974    GGET     4   1      ; "f"
2975    CALL     4   2   1
2976    KSHORT   5 801
2977    TSETV    4   3   5
2978    GGET     4   1      ; "f"
2979    CALL     4   2   1
2980    KSHORT   5 802
2981    TSETV    4   3   5
2982    GGET     4   1      ; "f"
2983    CALL     4   2   1
2984    KSHORT   5 803
2985    TSETV    4   3   5
2986    GGET     4   1      ; "f"
2987    CALL     4   2   1
2988    KSHORT   5 804
2989    TSETV    4   3   5
2990    GGET     4   1      ; "f"
2991    CALL     4   2   1
2992    KSHORT   5 805
2993    TSETV    4   3   5
2994    GGET     4   1      ; "f"
2995    CALL     4   2   1
2996    KSHORT   5 806
2997    TSETV    4   3   5
2998    GGET     4   1      ; "f"
2999    CALL     4   2   1
3000    KSHORT   5 807
3001    TSETV    4   3   5
3002    GGET     4   1      ; "f"
3003    CALL     4   2   1
3004    KSHORT   5 808
3005    TSETV    4   3   5
3006    GGET     4   1      ; "f"
3007    CALL     4   2   1
3008    KSHORT   5 809
3009    TSETV    4   3   5
3010    GGET     4   1      ; "f"
3011    CALL     4   2   1
3012    KSHORT   5 810
3013    TSETV    4   3   5
3014    GGET     4   1      ; "f"
3015    CALL     4   2   1
3016    KSHORT   5 811
3017    TSETV    4   3   5
3018    GGET     4   1      ; "f"
3019    CALL     4   2   1
3020    KSHORT   5 812
3021    TSETV    4   3   5
3022    GGET     4   1      ; "f"
3023    CALL     4   2   1
3024    KSHORT   5 813
3025    TSETV    4   3   5
3026    GGET     4   1      ; "f"
3027    CALL     4   2   1
3028    KSHORT   5 814
3029    TSETV    4   3   5
3030    GGET     4   1      ; "f"
3031    CALL     4   2   1
3032    KSHORT   5 815
3033    TSETV    4   3   5
3034    GGET     4   1      ; "f"
3035    CALL     4   2   1
3036    KSHORT   5 816
3037    TSETV    4   3   5
3038    GGET     4   1      ; "f"
3039    CALL     4   2   1
3040    KSHORT   5 817
3041    TSETV    4   3   5
3042    GGET     4   1      ; "f"
3043    CALL     4   2   1
3044    KSHORT   5 818
3045    TSETV    4   3   5
3046    GGET     4   1      ; "f"
3047    CALL     4   2   1
3048    KSHORT   5 819
3049    TSETV    4   3   5
3050    GGET     4   1      ; "f"
3051    CALL     4   2   1
3052    KSHORT   5 820
3053    TSETV    4   3   5
3054    GGET     4   1      ; "f"
3055    CALL     4   2   1
3056    KSHORT   5 821
3057    TSETV    4   3   5
3058    GGET     4   1      ; "f"
3059    CALL     4   2   1
3060    KSHORT   5 822
3061    TSETV    4   3   5
3062    GGET     4   1      ; "f"
3063    CALL     4   2   1
3064    KSHORT   5 823
3065    TSETV    4   3   5
3066    GGET     4   1      ; "f"
3067    CALL     4   2   1
3068    KSHORT   5 824
3069    TSETV    4   3   5
3070    GGET     4   1      ; "f"
3071    CALL     4   2   1
3072    KSHORT   5 825
3073    TSETV    4   3   5
3074    GGET     4   1      ; "f"
3075    CALL     4   2   1
3076    KSHORT   5 826
3077    TSETV    4   3   5
3078    GGET     4   1      ; "f"
3079    CALL     4   2   1
3080    KSHORT   5 827
3081    TSETV    4   3   5
3082    GGET     4   1      ; "f"
3083    CALL     4   2   1
3084    KSHORT   5 828
3085    TSETV    4   3   5
3086    GGET     4   1      ; "f"
3087    CALL     4   2   1
3088    KSHORT   5 829
3089    TSETV    4   3   5
3090    GGET     4   1      ; "f"
3091    CALL     4   2   1
3092    KSHORT   5 830
3093    TSETV    4   3   5
3094    GGET     4   1      ; "f"
3095    CALL     4   2   1
3096    KSHORT   5 831
3097    TSETV    4   3   5
3098    GGET     4   1      ; "f"
3099    CALL     4   2   1
3100    KSHORT   5 832
3101    TSETV    4   3   5
3102    GGET     4   1      ; "f"
3103    CALL     4   2   1
3104    KSHORT   5 833
3105    TSETV    4   3   5
3106    GGET     4   1      ; "f"
3107    CALL     4   2   1
3108    KSHORT   5 834
3109    TSETV    4   3   5
3110    GGET     4   1      ; "f"
3111    CALL     4   2   1
3112    KSHORT   5 835
3113    TSETV    4   3   5
3114    GGET     4   1      ; "f"
3115    CALL     4   2   1
3116    KSHORT   5 836
3117    TSETV    4   3   5
3118    GGET     4   1      ; "f"
3119    CALL     4   2   1
3120    KSHORT   5 837
3121    TSETV    4   3   5
3122    GGET     4   1      ; "f"
3123    CALL     4   2   1
3124    KSHORT   5 838
3125    TSETV    4   3   5
3126    GGET     4   1      ; "f"
3127    CALL     4   2   1
3128    KSHORT   5 839
3129    TSETV    4   3   5
3130    GGET     4   1      ; "f"
3131    CALL     4   2   1
3132    KSHORT   5 840
3133    TSETV    4   3   5
3134    GGET     4   1      ; "f"
3135    CALL     4   2   1
3136    KSHORT   5 841
3137    TSETV    4   3   5
3138    GGET     4   1      ; "f"
3139    CALL     4   2   1
3140    KSHORT   5 842
3141    TSETV    4   3   5
3142    GGET     4   1      ; "f"
3143    CALL     4   2   1
3144    KSHORT   5 843
3145    TSETV    4   3   5
3146    GGET     4   1      ; "f"
3147    CALL     4   2   1
3148    KSHORT   5 844
3149    TSETV    4   3   5
3150    GGET     4   1      ; "f"
3151    CALL     4   2   1
3152    KSHORT   5 845
3153    TSETV    4   3   5
3154    GGET     4   1      ; "f"
3155    CALL     4   2   1
3156    KSHORT   5 846
3157    TSETV    4   3   5
3158    GGET     4   1      ; "f"
3159    CALL     4   2   1
3160    KSHORT   5 847
3161    TSETV    4   3   5
3162    GGET     4   1      ; "f"
3163    CALL     4   2   1
3164    KSHORT   5 848
3165    TSETV    4   3   5
3166    GGET     4   1      ; "f"
3167    CALL     4   2   1
3168    KSHORT   5 849
3169    TSETV    4   3   5
3170    GGET     4   1      ; "f"
3171    CALL     4   2   1
3172    KSHORT   5 850
3173    TSETV    4   3   5
3174    GGET     4   1      ; "f"
3175    CALL     4   2   1
3176    KSHORT   5 851
3177    TSETV    4   3   5
3178    GGET     4   1      ; "f"
3179    CALL     4   2   1
3180    KSHORT   5 852
3181    TSETV    4   3   5
3182    GGET     4   1      ; "f"
3183    CALL     4   2   1
3184    KSHORT   5 853
3185    TSETV    4   3   5
3186    GGET     4   1      ; "f"
3187    CALL     4   2   1
3188    KSHORT   5 854
3189    TSETV    4   3   5
3190    GGET     4   1      ; "f"
3191    CALL     4   2   1
3192    KSHORT   5 855
3193    TSETV    4   3   5
3194    GGET     4   1      ; "f"
3195    CALL     4   2   1
3196    KSHORT   5 856
3197    TSETV    4   3   5
3198    GGET     4   1      ; "f"
3199    CALL     4   2   1
3200    KSHORT   5 857
3201    TSETV    4   3   5
3202    GGET     4   1      ; "f"
3203    CALL     4   2   1
3204    KSHORT   5 858
3205    TSETV    4   3   5
3206    GGET     4   1      ; "f"
3207    CALL     4   2   1
3208    KSHORT   5 859
3209    TSETV    4   3   5
3210    GGET     4   1      ; "f"
3211    CALL     4   2   1
3212    KSHORT   5 860
3213    TSETV    4   3   5
3214    GGET     4   1      ; "f"
3215    CALL     4   2   1
3216    KSHORT   5 861
3217    TSETV    4   3   5
3218    GGET     4   1      ; "f"
3219    CALL     4   2   1
3220    KSHORT   5 862
3221    TSETV    4   3   5
3222    GGET     4   1      ; "f"
3223    CALL     4   2   1
3224    KSHORT   5 863
3225    TSETV    4   3   5
3226    GGET     4   1      ; "f"
3227    CALL     4   2   1
3228    KSHORT   5 864
3229    TSETV    4   3   5
3230    GGET     4   1      ; "f"
3231    CALL     4   2   1
3232    KSHORT   5 865
3233    TSETV    4   3   5
3234    GGET     4   1      ; "f"
3235    CALL     4   2   1
3236    KSHORT   5 866
3237    TSETV    4   3   5
3238    GGET     4   1      ; "f"
3239    CALL     4   2   1
3240    KSHORT   5 867
3241    TSETV    4   3   5
3242    GGET     4   1      ; "f"
3243    CALL     4   2   1
3244    KSHORT   5 868
3245    TSETV    4   3   5
3246    GGET     4   1      ; "f"
3247    CALL     4   2   1
3248    KSHORT   5 869
3249    TSETV    4   3   5
3250    GGET     4   1      ; "f"
3251    CALL     4   2   1
3252    KSHORT   5 870
3253    TSETV    4   3   5
3254    GGET     4   1      ; "f"
3255    CALL     4   2   1
3256    KSHORT   5 871
3257    TSETV    4   3   5
3258    GGET     4   1      ; "f"
3259    CALL     4   2   1
3260    KSHORT   5 872
3261    TSETV    4   3   5
3262    GGET     4   1      ; "f"
3263    CALL     4   2   1
3264    KSHORT   5 873
3265    TSETV    4   3   5
3266    GGET     4   1      ; "f"
3267    CALL     4   2   1
3268    KSHORT   5 874
3269    TSETV    4   3   5
3270    GGET     4   1      ; "f"
3271    CALL     4   2   1
3272    KSHORT   5 875
3273    TSETV    4   3   5
3274    GGET     4   1      ; "f"
3275    CALL     4   2   1
3276    KSHORT   5 876
3277    TSETV    4   3   5
3278    GGET     4   1      ; "f"
3279    CALL     4   2   1
3280    KSHORT   5 877
3281    TSETV    4   3   5
3282    GGET     4   1      ; "f"
3283    CALL     4   2   1
3284    KSHORT   5 878
3285    TSETV    4   3   5
3286    GGET     4   1      ; "f"
3287    CALL     4   2   1
3288    KSHORT   5 879
3289    TSETV    4   3   5
3290    GGET     4   1      ; "f"
3291    CALL     4   2   1
3292    KSHORT   5 880
3293    TSETV    4   3   5
3294    GGET     4   1      ; "f"
3295    CALL     4   2   1
3296    KSHORT   5 881
3297    TSETV    4   3   5
3298    GGET     4   1      ; "f"
3299    CALL     4   2   1
3300    KSHORT   5 882
3301    TSETV    4   3   5
3302    GGET     4   1      ; "f"
3303    CALL     4   2   1
3304    KSHORT   5 883
3305    TSETV    4   3   5
3306    GGET     4   1      ; "f"
3307    CALL     4   2   1
3308    KSHORT   5 884
3309    TSETV    4   3   5
3310    GGET     4   1      ; "f"
3311    CALL     4   2   1
3312    KSHORT   5 885
3313    TSETV    4   3   5
3314    GGET     4   1      ; "f"
3315    CALL     4   2   1
3316    KSHORT   5 886
3317    TSETV    4   3   5
3318    GGET     4   1      ; "f"
3319    CALL     4   2   1
3320    KSHORT   5 887
3321    TSETV    4   3   5
3322    GGET     4   1      ; "f"
3323    CALL     4   2   1
3324    KSHORT   5 888
3325    TSETV    4   3   5
3326    GGET     4   1      ; "f"
3327    CALL     4   2   1
3328    KSHORT   5 889
3329    TSETV    4   3   5
3330    GGET     4   1      ; "f"
3331    CALL     4   2   1
3332    KSHORT   5 890
3333    TSETV    4   3   5
3334    GGET     4   1      ; "f"
3335    CALL     4   2   1
3336    KSHORT   5 891
3337    TSETV    4   3   5
3338    GGET     4   1      ; "f"
3339    CALL     4   2   1
3340    KSHORT   5 892
3341    TSETV    4   3   5
3342    GGET     4   1      ; "f"
3343    CALL     4   2   1
3344    KSHORT   5 893
3345    TSETV    4   3   5
3346    GGET     4   1      ; "f"
3347    CALL     4   2   1
3348    KSHORT   5 894
3349    TSETV    4   3   5
3350    GGET     4   1      ; "f"
3351    CALL     4   2   1
3352    KSHORT   5 895
3353    TSETV    4   3   5
3354    GGET     4   1      ; "f"
3355    CALL     4   2   1
3356    KSHORT   5 896
3357    TSETV    4   3   5
3358    GGET     4   1      ; "f"
3359    CALL     4   2   1
3360    KSHORT   5 897
3361    TSETV    4   3   5
3362    GGET     4   1      ; "f"
3363    CALL     4   2   1
3364    KSHORT   5 898
3365    TSETV    4   3   5
3366    GGET     4   1      ; "f"
3367    CALL     4   2   1
3368    KSHORT   5 899
3369    TSETV    4   3   5
3370    GGET     4   1      ; "f"
3371    CALL     4   2   1
3372    KSHORT   5 900
3373    TSETV    4   3   5
3374    GGET     4   1      ; "f"
3375    CALL     4   2   1
3376    KSHORT   5 901
3377    TSETV    4   3   5
3378    GGET     4   1      ; "f"
3379    CALL     4   2   1
3380    KSHORT   5 902
3381    TSETV    4   3   5
3382    GGET     4   1      ; "f"
3383    CALL     4   2   1
3384    KSHORT   5 903
3385    TSETV    4   3   5
3386    GGET     4   1      ; "f"
3387    CALL     4   2   1
3388    KSHORT   5 904
3389    TSETV    4   3   5
3390    GGET     4   1      ; "f"
3391    CALL     4   2   1
3392    KSHORT   5 905
3393    TSETV    4   3   5
3394    GGET     4   1      ; "f"
3395    CALL     4   2   1
3396    KSHORT   5 906
3397    TSETV    4   3   5
3398    GGET     4   1      ; "f"
3399    CALL     4   2   1
3400    KSHORT   5 907
3401    TSETV    4   3   5
3402    GGET     4   1      ; "f"
3403    CALL     4   2   1
3404    KSHORT   5 908
3405    TSETV    4   3   5
3406    GGET     4   1      ; "f"
3407    CALL     4   2   1
3408    KSHORT   5 909
3409    TSETV    4   3   5
3410    GGET     4   1      ; "f"
3411    CALL     4   2   1
3412    KSHORT   5 910
3413    TSETV    4   3   5
3414    GGET     4   1      ; "f"
3415    CALL     4   2   1
3416    KSHORT   5 911
3417    TSETV    4   3   5
3418    GGET     4   1      ; "f"
3419    CALL     4   2   1
3420    KSHORT   5 912
3421    TSETV    4   3   5
3422    GGET     4   1      ; "f"
3423    CALL     4   2   1
3424    KSHORT   5 913
3425    TSETV    4   3   5
3426    GGET     4   1      ; "f"
3427    CALL     4   2   1
3428    KSHORT   5 914
3429    TSETV    4   3   5
3430    GGET     4   1      ; "f"
3431    CALL     4   2   1
3432    KSHORT   5 915
3433    TSETV    4   3   5
3434    GGET     4   1      ; "f"
3435    CALL     4   2   1
3436    KSHORT   5 916
3437    TSETV    4   3   5
3438    GGET     4   1      ; "f"
3439    CALL     4   2   1
3440    KSHORT   5 917
3441    TSETV    4   3   5
3442    GGET     4   1      ; "f"
3443    CALL     4   2   1
3444    KSHORT   5 918
3445    TSETV    4   3   5
3446    GGET     4   1      ; "f"
3447    CALL     4   2   1
3448    KSHORT   5 919
3449    TSETV    4   3   5
3450    GGET     4   1      ; "f"
3451    CALL     4   2   1
3452    KSHORT   5 920
3453    TSETV    4   3   5
3454    GGET     4   1      ; "f"
3455    CALL     4   2   1
3456    KSHORT   5 921
3457    TSETV    4   3   5
3458    GGET     4   1      ; "f"
3459    CALL     4   2   1
3460    KSHORT   5 922
3461    TSETV    4   3   5
3462    GGET     4   1      ; "f"
3463    CALL     4   2   1
3464    KSHORT   5 923
3465    TSETV    4   3   5
3466    GGET     4   1      ; "f"
3467    CALL     4   2   1
3468    KSHORT   5 924
3469    TSETV    4   3   5
3470    GGET     4   1      ; "f"
3471    CALL     4   2   1
3472    KSHORT   5 925
3473    TSETV    4   3   5
3474    GGET     4   1      ; "f"
3475    CALL     4   2   1
3476    KSHORT   5 926
3477    TSETV    4   3   5
3478    GGET     4   1      ; "f"
3479    CALL     4   2   1
3480    KSHORT   5 927
3481    TSETV    4   3   5
3482    GGET     4   1      ; "f"
3483    CALL     4   2   1
3484    KSHORT   5 928
3485    TSETV    4   3   5
3486    GGET     4   1      ; "f"
3487    CALL     4   2   1
3488    KSHORT   5 929
3489    TSETV    4   3   5
3490    GGET     4   1      ; "f"
3491    CALL     4   2   1
3492    KSHORT   5 930
3493    TSETV    4   3   5
3494    GGET     4   1      ; "f"
3495    CALL     4   2   1
3496    KSHORT   5 931
3497    TSETV    4   3   5
3498    GGET     4   1      ; "f"
3499    CALL     4   2   1
3500    KSHORT   5 932
3501    TSETV    4   3   5
3502    GGET     4   1      ; "f"
3503    CALL     4   2   1
3504    KSHORT   5 933
3505    TSETV    4   3   5
3506    GGET     4   1      ; "f"
3507    CALL     4   2   1
3508    KSHORT   5 934
3509    TSETV    4   3   5
3510    GGET     4   1      ; "f"
3511    CALL     4   2   1
3512    KSHORT   5 935
3513    TSETV    4   3   5
3514    GGET     4   1      ; "f"
3515    CALL     4   2   1
3516    KSHORT   5 936
3517    TSETV    4   3   5
3518    GGET     4   1      ; "f"
3519    CALL     4   2   1
3520    KSHORT   5 937
3521    TSETV    4   3   5
3522    GGET     4   1      ; "f"
3523    CALL     4   2   1
3524    KSHORT   5 938
3525    TSETV    4   3   5
3526    GGET     4   1      ; "f"
3527    CALL     4   2   1
3528    KSHORT   5 939
3529    TSETV    4   3   5
3530    GGET     4   1      ; "f"
3531    CALL     4   2   1
3532    KSHORT   5 940
3533    TSETV    4   3   5
3534    GGET     4   1      ; "f"
3535    CALL     4   2   1
3536    KSHORT   5 941
3537    TSETV    4   3   5
3538    GGET     4   1      ; "f"
3539    CALL     4   2   1
3540    KSHORT   5 942
3541    TSETV    4   3   5
3542    GGET     4   1      ; "f"
3543    CALL     4   2   1
3544    KSHORT   5 943
3545    TSETV    4   3   5
3546    GGET     4   1      ; "f"
3547    CALL     4   2   1
3548    KSHORT   5 944
3549    TSETV    4   3   5
3550    GGET     4   1      ; "f"
3551    CALL     4   2   1
3552    KSHORT   5 945
3553    TSETV    4   3   5
3554    GGET     4   1      ; "f"
3555    CALL     4   2   1
3556    KSHORT   5 946
3557    TSETV    4   3   5
3558    GGET     4   1      ; "f"
3559    CALL     4   2   1
3560    KSHORT   5 947
3561    TSETV    4   3   5
3562    GGET     4   1      ; "f"
3563    CALL     4   2   1
3564    KSHORT   5 948
3565    TSETV    4   3   5
3566    GGET     4   1      ; "f"
3567    CALL     4   2   1
3568    KSHORT   5 949
3569    TSETV    4   3   5
3570    GGET     4   1      ; "f"
3571    CALL     4   2   1
3572    KSHORT   5 950
3573    TSETV    4   3   5
3574    GGET     4   1      ; "f"
3575    CALL     4   2   1
3576    KSHORT   5 951
3577    TSETV    4   3   5
3578    GGET     4   1      ; "f"
3579    CALL     4   2   1
3580    KSHORT   5 952
3581    TSETV    4   3   5
3582    GGET     4   1      ; "f"
3583    CALL     4   2   1
3584    KSHORT   5 953
3585    TSETV    4   3   5
3586    GGET     4   1      ; "f"
3587    CALL     4   2   1
3588    KSHORT   5 954
3589    TSETV    4   3   5
3590    GGET     4   1      ; "f"
3591    CALL     4   2   1
3592    KSHORT   5 955
3593    TSETV    4   3   5
3594    GGET     4   1      ; "f"
3595    CALL     4   2   1
3596    KSHORT   5 956
3597    TSETV    4   3   5
3598    GGET     4   1      ; "f"
3599    CALL     4   2   1
3600    KSHORT   5 957
3601    TSETV    4   3   5
3602    GGET     4   1      ; "f"
3603    CALL     4   2   1
3604    KSHORT   5 958
3605    TSETV    4   3   5
3606    GGET     4   1      ; "f"
3607    CALL     4   2   1
3608    KSHORT   5 959
3609    TSETV    4   3   5
3610    GGET     4   1      ; "f"
3611    CALL     4   2   1
3612    KSHORT   5 960
3613    TSETV    4   3   5
3614    GGET     4   1      ; "f"
3615    CALL     4   2   1
3616    KSHORT   5 961
3617    TSETV    4   3   5
3618    GGET     4   1      ; "f"
3619    CALL     4   2   1
3620    KSHORT   5 962
3621    TSETV    4   3   5
3622    GGET     4   1      ; "f"
3623    CALL     4   2   1
3624    KSHORT   5 963
3625    TSETV    4   3   5
3626    GGET     4   1      ; "f"
3627    CALL     4   2   1
3628    KSHORT   5 964
3629    TSETV    4   3   5
3630    GGET     4   1      ; "f"
3631    CALL     4   2   1
3632    KSHORT   5 965
3633    TSETV    4   3   5
3634    GGET     4   1      ; "f"
3635    CALL     4   2   1
3636    KSHORT   5 966
3637    TSETV    4   3   5
3638    GGET     4   1      ; "f"
3639    CALL     4   2   1
3640    KSHORT   5 967
3641    TSETV    4   3   5
3642    GGET     4   1      ; "f"
3643    CALL     4   2   1
3644    KSHORT   5 968
3645    TSETV    4   3   5
3646    GGET     4   1      ; "f"
3647    CALL     4   2   1
3648    KSHORT   5 969
3649    TSETV    4   3   5
3650    GGET     4   1      ; "f"
3651    CALL     4   2   1
3652    KSHORT   5 970
3653    TSETV    4   3   5
3654    GGET     4   1      ; "f"
3655    CALL     4   2   1
3656    KSHORT   5 971
3657    TSETV    4   3   5
3658    GGET     4   1      ; "f"
3659    CALL     4   2   1
3660    KSHORT   5 972
3661    TSETV    4   3   5
3662    GGET     4   1      ; "f"
3663    CALL     4   2   1
3664    KSHORT   5 973
3665    TSETV    4   3   5
3666    GGET     4   1      ; "f"
3667    CALL     4   2   1
3668    KSHORT   5 974
3669    TSETV    4   3   5
3670    GGET     4   1      ; "f"
3671    CALL     4   2   1
3672    KSHORT   5 975
3673    TSETV    4   3   5
3674    GGET     4   1      ; "f"
3675    CALL     4   2   1
3676    KSHORT   5 976
3677    TSETV    4   3   5
3678    GGET     4   1      ; "f"
3679    CALL     4   2   1
3680    KSHORT   5 977
3681    TSETV    4   3   5
3682    GGET     4   1      ; "f"
3683    CALL     4   2   1
3684    KSHORT   5 978
3685    TSETV    4   3   5
3686    GGET     4   1      ; "f"
3687    CALL     4   2   1
3688    KSHORT   5 979
3689    TSETV    4   3   5
3690    GGET     4   1      ; "f"
3691    CALL     4   2   1
3692    KSHORT   5 980
3693    TSETV    4   3   5
3694    GGET     4   1      ; "f"
3695    CALL     4   2   1
3696    KSHORT   5 981
3697    TSETV    4   3   5
3698    GGET     4   1      ; "f"
3699    CALL     4   2   1
3700    KSHORT   5 982
3701    TSETV    4   3   5
3702    GGET     4   1      ; "f"
3703    CALL     4   2   1
3704    KSHORT   5 983
3705    TSETV    4   3   5
3706    GGET     4   1      ; "f"
3707    CALL     4   2   1
3708    KSHORT   5 984
3709    TSETV    4   3   5
3710    GGET     4   1      ; "f"
3711    CALL     4   2   1
3712    KSHORT   5 985
3713    TSETV    4   3   5
3714    GGET     4   1      ; "f"
3715    CALL     4   2   1
3716    KSHORT   5 986
3717    TSETV    4   3   5
3718    GGET     4   1      ; "f"
3719    CALL     4   2   1
3720    KSHORT   5 987
3721    TSETV    4   3   5
3722    GGET     4   1      ; "f"
3723    CALL     4   2   1
3724    KSHORT   5 988
3725    TSETV    4   3   5
3726    GGET     4   1      ; "f"
3727    CALL     4   2   1
3728    KSHORT   5 989
3729    TSETV    4   3   5
3730    GGET     4   1      ; "f"
3731    CALL     4   2   1
3732    KSHORT   5 990
3733    TSETV    4   3   5
3734    GGET     4   1      ; "f"
3735    CALL     4   2   1
3736    KSHORT   5 991
3737    TSETV    4   3   5
3738    GGET     4   1      ; "f"
3739    CALL     4   2   1
3740    KSHORT   5 992
3741    TSETV    4   3   5
3742    GGET     4   1      ; "f"
3743    CALL     4   2   1
3744    KSHORT   5 993
3745    TSETV    4   3   5
3746    GGET     4   1      ; "f"
3747    CALL     4   2   1
3748    KSHORT   5 994
3749    TSETV    4   3   5
3750    GGET     4   1      ; "f"
3751    CALL     4   2   1
3752    KSHORT   5 995
3753    TSETV    4   3   5
3754    GGET     4   1      ; "f"
3755    CALL     4   2   1
3756    KSHORT   5 996
3757    TSETV    4   3   5
3758    GGET     4   1      ; "f"
3759    CALL     4   2   1
3760    KSHORT   5 997
3761    TSETV    4   3   5
3762    GGET     4   1      ; "f"
3763    CALL     4   2   1
3764    KSHORT   5 998
3765    TSETV    4   3   5
3766    GGET     4   1      ; "f"
3767    CALL     4   2   1
3768    KSHORT   5 999
3769    TSETV    4   3   5
3770    GGET     4   1      ; "f"
3771    CALL     4   2   1
3772    KSHORT   5 1000
3773    TSETV    4   3   5
3774    GGET     4   1      ; "f"
3775    CALL     4   2   1
3776    KSHORT   5 1001
3777    TSETV    4   3   5
3778    GGET     4   1      ; "f"
3779    CALL     4   2   1
3780    KSHORT   5 1002
3781    TSETV    4   3   5
3782    GGET     4   1      ; "f"
3783    CALL     4   2   1
3784    KSHORT   5 1003
3785    TSETV    4   3   5
3786    GGET     4   1      ; "f"
3787    CALL     4   2   1
3788    KSHORT   5 1004
3789    TSETV    4   3   5
3790    GGET     4   1      ; "f"
3791    CALL     4   2   1
3792    KSHORT   5 1005
3793    TSETV    4   3   5
3794    GGET     4   1      ; "f"
3795    CALL     4   2   1
3796    KSHORT   5 1006
3797    TSETV    4   3   5
3798    GGET     4   1      ; "f"
3799    CALL     4   2   1
3800    KSHORT   5 1007
3801    TSETV    4   3   5
3802    GGET     4   1      ; "f"
3803    CALL     4   2   1
3804    KSHORT   5 1008
3805    TSETV    4   3   5
3806    GGET     4   1      ; "f"
3807    CALL     4   2   1
3808    KSHORT   5 1009
3809    TSETV    4   3   5
3810    GGET     4   1      ; "f"
3811    CALL     4   2   1
3812    KSHORT   5 1010
3813    TSETV    4   3   5
3814    GGET     4   1      ; "f"
3815    CALL     4   2   1
3816    KSHORT   5 1011
3817    TSETV    4   3   5
3818    GGET     4   1      ; "f"
3819    CALL     4   2   1
3820    KSHORT   5 1012
3821    TSETV    4   3   5
3822    GGET     4   1      ; "f"
3823    CALL     4   2   1
3824    KSHORT   5 1013
3825    TSETV    4   3   5
3826    GGET     4   1      ; "f"
3827    CALL     4   2   1
3828    KSHORT   5 1014
3829    TSETV    4   3   5
3830    GGET     4   1      ; "f"
3831    CALL     4   2   1
3832    KSHORT   5 1015
3833    TSETV    4   3   5
3834    GGET     4   1      ; "f"
3835    CALL     4   2   1
3836    KSHORT   5 1016
3837    TSETV    4   3   5
3838    GGET     4   1      ; "f"
3839    CALL     4   2   1
3840    KSHORT   5 1017
3841    TSETV    4   3   5
3842    GGET     4   1      ; "f"
3843    CALL     4   2   1
3844    KSHORT   5 1018
3845    TSETV    4   3   5
3846    GGET     4   1      ; "f"
3847    CALL     4   2   1
3848    KSHORT   5 1019
3849    TSETV    4   3   5
3850    GGET     4   1      ; "f"
3851    CALL     4   2   1
3852    KSHORT   5 1020
3853    TSETV    4   3   5
3854    GGET     4   1      ; "f"
3855    CALL     4   2   1
3856    KSHORT   5 1021
3857    TSETV    4   3   5
3858    GGET     4   1      ; "f"
3859    CALL     4   2   1
3860    KSHORT   5 1022
3861    TSETV    4   3   5
3862    GGET     4   1      ; "f"
3863    CALL     4   2   1
3864    KSHORT   5 1023
3865    TSETV    4   3   5
3866    GGET     4   1      ; "f"
3867    CALL     4   2   1
3868    KSHORT   5 1024
3869    TSETV    4   3   5
3870    GGET     4   1      ; "f"
3871    CALL     4   2   1
3872    KSHORT   5 1025
3873    TSETV    4   3   5
3874    GGET     4   1      ; "f"
3875    CALL     4   2   1
3876    KSHORT   5 1026
3877    TSETV    4   3   5
3878    GGET     4   1      ; "f"
3879    CALL     4   2   1
3880    KSHORT   5 1027
3881    TSETV    4   3   5
3882    GGET     4   1      ; "f"
3883    CALL     4   2   1
3884    KSHORT   5 1028
3885    TSETV    4   3   5
3886    GGET     4   1      ; "f"
3887    CALL     4   2   1
3888    KSHORT   5 1029
3889    TSETV    4   3   5
3890    GGET     4   1      ; "f"
3891    CALL     4   2   1
3892    KSHORT   5 1030
3893    TSETV    4   3   5
3894    GGET     4   1      ; "f"
3895    CALL     4   2   1
3896    KSHORT   5 1031
3897    TSETV    4   3   5
3898    GGET     4   1      ; "f"
3899    CALL     4   2   1
3900    KSHORT   5 1032
3901    TSETV    4   3   5
3902    GGET     4   1      ; "f"
3903    CALL     4   2   1
3904    KSHORT   5 1033
3905    TSETV    4   3   5
3906    GGET     4   1      ; "f"
3907    CALL     4   2   1
3908    KSHORT   5 1034
3909    TSETV    4   3   5
3910    GGET     4   1      ; "f"
3911    CALL     4   2   1
3912    KSHORT   5 1035
3913    TSETV    4   3   5
3914    GGET     4   1      ; "f"
3915    CALL     4   2   1
3916    KSHORT   5 1036
3917    TSETV    4   3   5
3918    GGET     4   1      ; "f"
3919    CALL     4   2   1
3920    KSHORT   5 1037
3921    TSETV    4   3   5
3922    GGET     4   1      ; "f"
3923    CALL     4   2   1
3924    KSHORT   5 1038
3925    TSETV    4   3   5
3926    GGET     4   1      ; "f"
3927    CALL     4   2   1
3928    KSHORT   5 1039
3929    TSETV    4   3   5
3930    GGET     4   1      ; "f"
3931    CALL     4   2   1
3932    KSHORT   5 1040
3933    TSETV    4   3   5
3934    GGET     4   1      ; "f"
3935    CALL     4   2   1
3936    KSHORT   5 1041
3937    TSETV    4   3   5
3938    GGET     4   1      ; "f"
3939    CALL     4   2   1
3940    KSHORT   5 1042
3941    TSETV    4   3   5
3942    GGET     4   1      ; "f"
3943    CALL     4   2   1
3944    KSHORT   5 1043
3945    TSETV    4   3   5
3946    GGET     4   1      ; "f"
3947    CALL     4   2   1
3948    KSHORT   5 1044
3949    TSETV    4   3   5
3950    GGET     4   1      ; "f"
3951    CALL     4   2   1
3952    KSHORT   5 1045
3953    TSETV    4   3   5
3954    GGET     4   1      ; "f"
3955    CALL     4   2   1
3956    KSHORT   5 1046
3957    TSETV    4   3   5
3958    GGET     4   1      ; "f"
3959    CALL     4   2   1
3960    KSHORT   5 1047
3961    TSETV    4   3   5
3962    GGET     4   1      ; "f"
3963    CALL     4   2   1
3964    KSHORT   5 1048
3965    TSETV    4   3   5
3966    GGET     4   1      ; "f"
3967    CALL     4   2   1
3968    KSHORT   5 1049
3969    TSETV    4   3   5
3970    GGET     4   1      ; "f"
3971    CALL     4   2   1
3972    KSHORT   5 1050
3973    TSETV    4   3   5
3974    GGET     4   1      ; "f"
3975    CALL     4   2   1
3976    KSHORT   5 1051
3977    TSETV    4   3   5
3978    GGET     4   1      ; "f"
3979    CALL     4   2   1
3980    KSHORT   5 1052
3981    TSETV    4   3   5
3982    GGET     4   1      ; "f"
3983    CALL     4   2   1
3984    KSHORT   5 1053
3985    TSETV    4   3   5
3986    GGET     4   1      ; "f"
3987    CALL     4   2   1
3988    KSHORT   5 1054
3989    TSETV    4   3   5
3990    GGET     4   1      ; "f"
3991    CALL     4   2   1
3992    KSHORT   5 1055
3993    TSETV    4   3   5
3994    GGET     4   1      ; "f"
3995    CALL     4   2   1
3996    KSHORT   5 1056
3997    TSETV    4   3   5
3998    GGET     4   1      ; "f"
3999    CALL     4   2   1
4000    KSHORT   5 1057
4001    TSETV    4   3   5
4002    GGET     4   1      ; "f"
4003    CALL     4   2   1
4004    KSHORT   5 1058
4005    TSETV    4   3   5
4006    GGET     4   1      ; "f"
4007    CALL     4   2   1
4008    KSHORT   5 1059
4009    TSETV    4   3   5
4010    GGET     4   1      ; "f"
4011    CALL     4   2   1
4012    KSHORT   5 1060
4013    TSETV    4   3   5
4014    GGET     4   1      ; "f"
4015    CALL     4   2   1
4016    KSHORT   5 1061
4017    TSETV    4   3   5
4018    GGET     4   1      ; "f"
4019    CALL     4   2   1
4020    KSHORT   5 1062
4021    TSETV    4   3   5
4022    GGET     4   1      ; "f"
4023    CALL     4   2   1
4024    KSHORT   5 1063
4025    TSETV    4   3   5
4026    GGET     4   1      ; "f"
4027    CALL     4   2   1
4028    KSHORT   5 1064
4029    TSETV    4   3   5
4030    GGET     4   1      ; "f"
4031    CALL     4   2   1
4032    KSHORT   5 1065
4033    TSETV    4   3   5
4034    GGET     4   1      ; "f"
4035    CALL     4   2   1
4036    KSHORT   5 1066
4037    TSETV    4   3   5
4038    GGET     4   1      ; "f"
4039    CALL     4   2   1
4040    KSHORT   5 1067
4041    TSETV    4   3   5
4042    GGET     4   1      ; "f"
4043    CALL     4   2   1
4044    KSHORT   5 1068
4045    TSETV    4   3   5
4046    GGET     4   1      ; "f"
4047    CALL     4   2   1
4048    KSHORT   5 1069
4049    TSETV    4   3   5
4050    GGET     4   1      ; "f"
4051    CALL     4   2   1
4052    KSHORT   5 1070
4053    TSETV    4   3   5
4054    GGET     4   1      ; "f"
4055    CALL     4   2   1
4056    KSHORT   5 1071
4057    TSETV    4   3   5
4058    GGET     4   1      ; "f"
4059    CALL     4   2   1
4060    KSHORT   5 1072
4061    TSETV    4   3   5
4062    GGET     4   1      ; "f"
4063    CALL     4   2   1
4064    KSHORT   5 1073
4065    TSETV    4   3   5
4066    GGET     4   1      ; "f"
4067    CALL     4   2   1
4068    KSHORT   5 1074
4069    TSETV    4   3   5
4070    GGET     4   1      ; "f"
4071    CALL     4   2   1
4072    KSHORT   5 1075
4073    TSETV    4   3   5
4074    GGET     4   1      ; "f"
4075    CALL     4   2   1
4076    KSHORT   5 1076
4077    TSETV    4   3   5
4078    GGET     4   1      ; "f"
4079    CALL     4   2   1
4080    KSHORT   5 1077
4081    TSETV    4   3   5
4082    GGET     4   1      ; "f"
4083    CALL     4   2   1
4084    KSHORT   5 1078
4085    TSETV    4   3   5
4086    GGET     4   1      ; "f"
4087    CALL     4   2   1
4088    KSHORT   5 1079
4089    TSETV    4   3   5
4090    GGET     4   1      ; "f"
4091    CALL     4   2   1
4092    KSHORT   5 1080
4093    TSETV    4   3   5
4094    GGET     4   1      ; "f"
4095    CALL     4   2   1
4096    KSHORT   5 1081
4097    TSETV    4   3   5
4098    GGET     4   1      ; "f"
4099    CALL     4   2   1
4100    KSHORT   5 1082
4101    TSETV    4   3   5
4102    GGET     4   1      ; "f"
4103    CALL     4   2   1
4104    KSHORT   5 1083
4105    TSETV    4   3   5
4106    GGET     4   1      ; "f"
4107    CALL     4   2   1
4108    KSHORT   5 1084
4109    TSETV    4   3   5
4110    GGET     4   1      ; "f"
4111    CALL     4   2   1
4112    KSHORT   5 1085
4113    TSETV    4   3   5
4114    GGET     4   1      ; "f"
4115    CALL     4   2   1
4116    KSHORT   5 1086
4117    TSETV    4   3   5
4118    GGET     4   1      ; "f"
4119    CALL     4   2   1
4120    KSHORT   5 1087
4121    TSETV    4   3   5
4122    GGET     4   1      ; "f"
4123    CALL     4   2   1
4124    KSHORT   5 1088
4125    TSETV    4   3   5
4126    GGET     4   1      ; "f"
4127    CALL     4   2   1
4128    KSHORT   5 1089
4129    TSETV    4   3   5
4130    GGET     4   1      ; "f"
4131    CALL     4   2   1
4132    KSHORT   5 1090
4133    TSETV    4   3   5
4134    GGET     4   1      ; "f"
4135    CALL     4   2   1
4136    KSHORT   5 1091
4137    TSETV    4   3   5
4138    GGET     4   1      ; "f"
4139    CALL     4   2   1
4140    KSHORT   5 1092
4141    TSETV    4   3   5
4142    GGET     4   1      ; "f"
4143    CALL     4   2   1
4144    KSHORT   5 1093
4145    TSETV    4   3   5
4146    GGET     4   1      ; "f"
4147    CALL     4   2   1
4148    KSHORT   5 1094
4149    TSETV    4   3   5
4150    GGET     4   1      ; "f"
4151    CALL     4   2   1
4152    KSHORT   5 1095
4153    TSETV    4   3   5
4154    GGET     4   1      ; "f"
4155    CALL     4   2   1
4156    KSHORT   5 1096
4157    TSETV    4   3   5
4158    GGET     4   1      ; "f"
4159    CALL     4   2   1
4160    KSHORT   5 1097
4161    TSETV    4   3   5
4162    GGET     4   1      ; "f"
4163    CALL     4   2   1
4164    KSHORT   5 1098
4165    TSETV    4   3   5
4166    GGET     4   1      ; "f"
4167    CALL     4   2   1
4168    KSHORT   5 1099
4169    TSETV    4   3   5
4170    GGET     4   1      ; "f"
4171    CALL     4   2   1
4172    KSHORT   5 1100
4173    TSETV    4   3   5
4174    GGET     4   1      ; "f"
4175    CALL     4   2   1
4176    KSHORT   5 1101
4177    TSETV    4   3   5
4178    GGET     4   1      ; "f"
4179    CALL     4   2   1
4180    KSHORT   5 1102
4181    TSETV    4   3   5
4182    GGET     4   1      ; "f"
4183    CALL     4   2   1
4184    KSHORT   5 1103
4185    TSETV    4   3   5
4186    GGET     4   1      ; "f"
4187    CALL     4   2   1
4188    KSHORT   5 1104
4189    TSETV    4   3   5
4190    GGET     4   1      ; "f"
4191    CALL     4   2   1
4192    KSHORT   5 1105
4193    TSETV    4   3   5
4194    GGET     4   1      ; "f"
4195    CALL     4   2   1
4196    KSHORT   5 1106
4197    TSETV    4   3   5
4198    GGET     4   1      ; "f"
4199    CALL     4   2   1
4200    KSHORT   5 1107
4201    TSETV    4   3   5
4202    GGET     4   1      ; "f"
4203    CALL     4   2   1
4204    KSHORT   5 1108
4205    TSETV    4   3   5
4206    GGET     4   1      ; "f"
4207    CALL     4   2   1
4208    KSHORT   5 1109
4209    TSETV    4   3   5
4210    GGET     4   1      ; "f"
4211    CALL     4   2   1
4212    KSHORT   5 1110
4213    TSETV    4   3   5
4214    GGET     4   1      ; "f"
4215    CALL     4   2   1
4216    KSHORT   5 1111
4217    TSETV    4   3   5
4218    GGET     4   1      ; "f"
4219    CALL     4   2   1
4220    KSHORT   5 1112
4221    TSETV    4   3   5
4222    GGET     4   1      ; "f"
4223    CALL     4   2   1
4224    KSHORT   5 1113
4225    TSETV    4   3   5
4226    GGET     4   1      ; "f"
4227    CALL     4   2   1
4228    KSHORT   5 1114
4229    TSETV    4   3   5
4230    GGET     4   1      ; "f"
4231    CALL     4   2   1
4232    KSHORT   5 1115
4233    TSETV    4   3   5
4234    GGET     4   1      ; "f"
4235    CALL     4   2   1
4236    KSHORT   5 1116
4237    TSETV    4   3   5
4238    GGET     4   1      ; "f"
4239    CALL     4   2   1
4240    KSHORT   5 1117
4241    TSETV    4   3   5
4242    GGET     4   1      ; "f"
4243    CALL     4   2   1
4244    KSHORT   5 1118
4245    TSETV    4   3   5
4246    GGET     4   1      ; "f"
4247    CALL     4   2   1
4248    KSHORT   5 1119
4249    TSETV    4   3   5
4250    GGET     4   1      ; "f"
4251    CALL     4   2   1
4252    KSHORT   5 1120
4253    TSETV    4   3   5
4254    GGET     4   1      ; "f"
4255    CALL     4   2   1
4256    KSHORT   5 1121
4257    TSETV    4   3   5
4258    GGET     4   1      ; "f"
4259    CALL     4   2   1
4260    KSHORT   5 1122
4261    TSETV    4   3   5
4262    GGET     4   1      ; "f"
4263    CALL     4   2   1
4264    KSHORT   5 1123
4265    TSETV    4   3   5
4266    GGET     4   1      ; "f"
4267    CALL     4   2   1
4268    KSHORT   5 1124
4269    TSETV    4   3   5
4270    GGET     4   1      ; "f"
4271    CALL     4   2   1
4272    KSHORT   5 1125
4273    TSETV    4   3   5
4274    GGET     4   1      ; "f"
4275    CALL     4   2   1
4276    KSHORT   5 1126
4277    TSETV    4   3   5
4278    GGET     4   1      ; "f"
4279    CALL     4   2   1
4280    KSHORT   5 1127
4281    TSETV    4   3   5
4282    GGET     4   1      ; "f"
4283    CALL     4   2   1
4284    KSHORT   5 1128
4285    TSETV    4   3   5
4286    GGET     4   1      ; "f"
4287    CALL     4   2   1
4288    KSHORT   5 1129
4289    TSETV    4   3   5
4290    GGET     4   1      ; "f"
4291    CALL     4   2   1
4292    KSHORT   5 1130
4293    TSETV    4   3   5
4294    GGET     4   1      ; "f"
4295    CALL     4   2   1
4296    KSHORT   5 1131
4297    TSETV    4   3   5
4298    GGET     4   1      ; "f"
4299    CALL     4   2   1
4300    KSHORT   5 1132
4301    TSETV    4   3   5
4302    GGET     4   1      ; "f"
4303    CALL     4   2   1
4304    KSHORT   5 1133
4305    TSETV    4   3   5
4306    GGET     4   1      ; "f"
4307    CALL     4   2   1
4308    KSHORT   5 1134
4309    TSETV    4   3   5
4310    GGET     4   1      ; "f"
4311    CALL     4   2   1
4312    KSHORT   5 1135
4313    TSETV    4   3   5
4314    GGET     4   1      ; "f"
4315    CALL     4   2   1
4316    KSHORT   5 1136
4317    TSETV    4   3   5
4318    GGET     4   1      ; "f"
4319    CALL     4   2   1
4320    KSHORT   5 1137
4321    TSETV    4   3   5
4322    GGET     4   1      ; "f"
4323    CALL     4   2   1
4324    KSHORT   5 1138
4325    TSETV    4   3   5
4326    GGET     4   1      ; "f"
4327    CALL     4   2   1
4328    KSHORT   5 1139
4329    TSETV    4   3   5
4330    GGET     4   1      ; "f"
4331    CALL     4   2   1
4332    KSHORT   5 1140
4333    TSETV    4   3   5
4334    GGET     4   1      ; "f"
4335    CALL     4   2   1
4336    KSHORT   5 1141
4337    TSETV    4   3   5
4338    GGET     4   1      ; "f"
4339    CALL     4   2   1
4340    KSHORT   5 1142
4341    TSETV    4   3   5
4342    GGET     4   1      ; "f"
4343    CALL     4   2   1
4344    KSHORT   5 1143
4345    TSETV    4   3   5
4346    GGET     4   1      ; "f"
4347    CALL     4   2   1
4348    KSHORT   5 1144
4349    TSETV    4   3   5
4350    GGET     4   1      ; "f"
4351    CALL     4   2   1
4352    KSHORT   5 1145
4353    TSETV    4   3   5
4354    GGET     4   1      ; "f"
4355    CALL     4   2   1
4356    KSHORT   5 1146
4357    TSETV    4   3   5
4358    GGET     4   1      ; "f"
4359    CALL     4   2   1
4360    KSHORT   5 1147
4361    TSETV    4   3   5
4362    GGET     4   1      ; "f"
4363    CALL     4   2   1
4364    KSHORT   5 1148
4365    TSETV    4   3   5
4366    GGET     4   1      ; "f"
4367    CALL     4   2   1
4368    KSHORT   5 1149
4369    TSETV    4   3   5
4370    GGET     4   1      ; "f"
4371    CALL     4   2   1
4372    KSHORT   5 1150
4373    TSETV    4   3   5
4374    GGET     4   1      ; "f"
4375    CALL     4   2   1
4376    KSHORT   5 1151
4377    TSETV    4   3   5
4378    GGET     4   1      ; "f"
4379    CALL     4   2   1
4380    KSHORT   5 1152
4381    TSETV    4   3   5
4382    GGET     4   1      ; "f"
4383    CALL     4   2   1
4384    KSHORT   5 1153
4385    TSETV    4   3   5
4386    GGET     4   1      ; "f"
4387    CALL     4   2   1
4388    KSHORT   5 1154
4389    TSETV    4   3   5
4390    GGET     4   1      ; "f"
4391    CALL     4   2   1
4392    KSHORT   5 1155
4393    TSETV    4   3   5
4394    GGET     4   1      ; "f"
4395    CALL     4   2   1
4396    KSHORT   5 1156
4397    TSETV    4   3   5
4398    GGET     4   1      ; "f"
4399    CALL     4   2   1
4400    KSHORT   5 1157
4401    TSETV    4   3   5
4402    GGET     4   1      ; "f"
4403    CALL     4   2   1
4404    KSHORT   5 1158
4405    TSETV    4   3   5
4406    GGET     4   1      ; "f"
4407    CALL     4   2   1
4408    KSHORT   5 1159
4409    TSETV    4   3   5
4410    GGET     4   1      ; "f"
4411    CALL     4   2   1
4412    KSHORT   5 1160
4413    TSETV    4   3   5
4414    GGET     4   1      ; "f"
4415    CALL     4   2   1
4416    KSHORT   5 1161
4417    TSETV    4   3   5
4418    GGET     4   1      ; "f"
4419    CALL     4   2   1
4420    KSHORT   5 1162
4421    TSETV    4   3   5
4422    GGET     4   1      ; "f"
4423    CALL     4   2   1
4424    KSHORT   5 1163
4425    TSETV    4   3   5
4426    GGET     4   1      ; "f"
4427    CALL     4   2   1
4428    KSHORT   5 1164
4429    TSETV    4   3   5
4430    GGET     4   1      ; "f"
4431    CALL     4   2   1
4432    KSHORT   5 1165
4433    TSETV    4   3   5
4434    GGET     4   1      ; "f"
4435    CALL     4   2   1
4436    KSHORT   5 1166
4437    TSETV    4   3   5
4438    GGET     4   1      ; "f"
4439    CALL     4   2   1
4440    KSHORT   5 1167
4441    TSETV    4   3   5
4442    GGET     4   1      ; "f"
4443    CALL     4   2   1
4444    KSHORT   5 1168
4445    TSETV    4   3   5
4446    GGET     4   1      ; "f"
4447    CALL     4   2   1
4448    KSHORT   5 1169
4449    TSETV    4   3   5
4450    GGET     4   1      ; "f"
4451    CALL     4   2   1
4452    KSHORT   5 1170
4453    TSETV    4   3   5
4454    GGET     4   1      ; "f"
4455    CALL     4   2   1
4456    KSHORT   5 1171
4457    TSETV    4   3   5
4458    GGET     4   1      ; "f"
4459    CALL     4   2   1
4460    KSHORT   5 1172
4461    TSETV    4   3   5
4462    GGET     4   1      ; "f"
4463    CALL     4   2   1
4464    KSHORT   5 1173
4465    TSETV    4   3   5
4466    GGET     4   1      ; "f"
4467    CALL     4   2   1
4468    KSHORT   5 1174
4469    TSETV    4   3   5
4470    GGET     4   1      ; "f"
4471    CALL     4   2   1
4472    KSHORT   5 1175
4473    TSETV    4   3   5
4474    GGET     4   1      ; "f"
4475    CALL     4   2   1
4476    KSHORT   5 1176
4477    TSETV    4   3   5
4478    GGET     4   1      ; "f"
4479    CALL     4   2   1
4480    KSHORT   5 1177
4481    TSETV    4   3   5
4482    GGET     4   1      ; "f"
4483    CALL     4   2   1
4484    KSHORT   5 1178
4485    TSETV    4   3   5
4486    GGET     4   1      ; "f"
4487    CALL     4   2   1
4488    KSHORT   5 1179
4489    TSETV    4   3   5
4490    GGET     4   1      ; "f"
4491    CALL     4   2   1
4492    KSHORT   5 1180
4493    TSETV    4   3   5
4494    GGET     4   1      ; "f"
4495    CALL     4   2   1
4496    KSHORT   5 1181
4497    TSETV    4   3   5
4498    GGET     4   1      ; "f"
4499    CALL     4   2   1
4500    KSHORT   5 1182
4501    TSETV    4   3   5
4502    GGET     4   1      ; "f"
4503    CALL     4   2   1
4504    KSHORT   5 1183
4505    TSETV    4   3   5
4506    GGET     4   1      ; "f"
4507    CALL     4   2   1
4508    KSHORT   5 1184
4509    TSETV    4   3   5
4510    GGET     4   1      ; "f"
4511    CALL     4   2   1
4512    KSHORT   5 1185
4513    TSETV    4   3   5
4514    GGET     4   1      ; "f"
4515    CALL     4   2   1
4516    KSHORT   5 1186
4517    TSETV    4   3   5
4518    GGET     4   1      ; "f"
4519    CALL     4   2   1
4520    KSHORT   5 1187
4521    TSETV    4   3   5
4522    GGET     4   1      ; "f"
4523    CALL     4   2   1
4524    KSHORT   5 1188
4525    TSETV    4   3   5
4526    GGET     4   1      ; "f"
4527    CALL     4   2   1
4528    KSHORT   5 1189
4529    TSETV    4   3   5
4530    GGET     4   1      ; "f"
4531    CALL     4   2   1
4532    KSHORT   5 1190
4533    TSETV    4   3   5
4534    GGET     4   1      ; "f"
4535    CALL     4   2   1
4536    KSHORT   5 1191
4537    TSETV    4   3   5
4538    GGET     4   1      ; "f"
4539    CALL     4   2   1
4540    KSHORT   5 1192
4541    TSETV    4   3   5
4542    GGET     4   1      ; "f"
4543    CALL     4   2   1
4544    KSHORT   5 1193
4545    TSETV    4   3   5
4546    GGET     4   1      ; "f"
4547    CALL     4   2   1
4548    KSHORT   5 1194
4549    TSETV    4   3   5
4550    GGET     4   1      ; "f"
4551    CALL     4   2   1
4552    KSHORT   5 1195
4553    TSETV    4   3   5
4554    GGET     4   1      ; "f"
4555    CALL     4   2   1
4556    KSHORT   5 1196
4557    TSETV    4   3   5
4558    GGET     4   1      ; "f"
4559    CALL     4   2   1
4560    KSHORT   5 1197
4561    TSETV    4   3   5
4562    GGET     4   1      ; "f"
4563    CALL     4   2   1
4564    KSHORT   5 1198
4565    TSETV    4   3   5
4566    GGET     4   1      ; "f"
4567    CALL     4   2   1
4568    KSHORT   5 1199
4569    TSETV    4   3   5
4570    GGET     4   1      ; "f"
4571    CALL     4   2   1
4572    KSHORT   5 1200
4573    TSETV    4   3   5
4574    GGET     4   1      ; "f"
4575    CALL     4   2   1
4576    KSHORT   5 1201
4577    TSETV    4   3   5
4578    GGET     4   1      ; "f"
4579    CALL     4   2   1
4580    KSHORT   5 1202
4581    TSETV    4   3   5
4582    GGET     4   1      ; "f"
4583    CALL     4   2   1
4584    KSHORT   5 1203
4585    TSETV    4   3   5
4586    GGET     4   1      ; "f"
4587    CALL     4   2   1
4588    KSHORT   5 1204
4589    TSETV    4   3   5
4590    GGET     4   1      ; "f"
4591    CALL     4   2   1
4592    KSHORT   5 1205
4593    TSETV    4   3   5
4594    GGET     4   1      ; "f"
4595    CALL     4   2   1
4596    KSHORT   5 1206
4597    TSETV    4   3   5
4598    GGET     4   1      ; "f"
4599    CALL     4   2   1
4600    KSHORT   5 1207
4601    TSETV    4   3   5
4602    GGET     4   1      ; "f"
4603    CALL     4   2   1
4604    KSHORT   5 1208
4605    TSETV    4   3   5
4606    GGET     4   1      ; "f"
4607    CALL     4   2   1
4608    KSHORT   5 1209
4609    TSETV    4   3   5
4610    GGET     4   1      ; "f"
4611    CALL     4   2   1
4612    KSHORT   5 1210
4613    TSETV    4   3   5
4614    GGET     4   1      ; "f"
4615    CALL     4   2   1
4616    KSHORT   5 1211
4617    TSETV    4   3   5
4618    GGET     4   1      ; "f"
4619    CALL     4   2   1
4620    KSHORT   5 1212
4621    TSETV    4   3   5
4622    GGET     4   1      ; "f"
4623    CALL     4   2   1
4624    KSHORT   5 1213
4625    TSETV    4   3   5
4626    GGET     4   1      ; "f"
4627    CALL     4   2   1
4628    KSHORT   5 1214
4629    TSETV    4   3   5
4630    GGET     4   1      ; "f"
4631    CALL     4   2   1
4632    KSHORT   5 1215
4633    TSETV    4   3   5
4634    GGET     4   1      ; "f"
4635    CALL     4   2   1
4636    KSHORT   5 1216
4637    TSETV    4   3   5
4638    GGET     4   1      ; "f"
4639    CALL     4   2   1
4640    KSHORT   5 1217
4641    TSETV    4   3   5
4642    GGET     4   1      ; "f"
4643    CALL     4   2   1
4644    KSHORT   5 1218
4645    TSETV    4   3   5
4646    GGET     4   1      ; "f"
4647    CALL     4   2   1
4648    KSHORT   5 1219
4649    TSETV    4   3   5
4650    GGET     4   1      ; "f"
4651    CALL     4   2   1
4652    KSHORT   5 1220
4653    TSETV    4   3   5
4654    GGET     4   1      ; "f"
4655    CALL     4   2   1
4656    KSHORT   5 1221
4657    TSETV    4   3   5
4658    GGET     4   1      ; "f"
4659    CALL     4   2   1
4660    KSHORT   5 1222
4661    TSETV    4   3   5
4662    GGET     4   1      ; "f"
4663    CALL     4   2   1
4664    KSHORT   5 1223
4665    TSETV    4   3   5
4666    GGET     4   1      ; "f"
4667    CALL     4   2   1
4668    KSHORT   5 1224
4669    TSETV    4   3   5
4670    GGET     4   1      ; "f"
4671    CALL     4   2   1
4672    KSHORT   5 1225
4673    TSETV    4   3   5
4674    GGET     4   1      ; "f"
4675    CALL     4   2   1
4676    KSHORT   5 1226
4677    TSETV    4   3   5
4678    GGET     4   1      ; "f"
4679    CALL     4   2   1
4680    KSHORT   5 1227
4681    TSETV    4   3   5
4682    GGET     4   1      ; "f"
4683    CALL     4   2   1
4684    KSHORT   5 1228
4685    TSETV    4   3   5
4686    GGET     4   1      ; "f"
4687    CALL     4   2   1
4688    KSHORT   5 1229
4689    TSETV    4   3   5
4690    GGET     4   1      ; "f"
4691    CALL     4   2   1
4692    KSHORT   5 1230
4693    TSETV    4   3   5
4694    GGET     4   1      ; "f"
4695    CALL     4   2   1
4696    KSHORT   5 1231
4697    TSETV    4   3   5
4698    GGET     4   1      ; "f"
4699    CALL     4   2   1
4700    KSHORT   5 1232
4701    TSETV    4   3   5
4702    GGET     4   1      ; "f"
4703    CALL     4   2   1
4704    KSHORT   5 1233
4705    TSETV    4   3   5
4706    GGET     4   1      ; "f"
4707    CALL     4   2   1
4708    KSHORT   5 1234
4709    TSETV    4   3   5
4710    GGET     4   1      ; "f"
4711    CALL     4   2   1
4712    KSHORT   5 1235
4713    TSETV    4   3   5
4714    GGET     4   1      ; "f"
4715    CALL     4   2   1
4716    KSHORT   5 1236
4717    TSETV    4   3   5
4718    GGET     4   1      ; "f"
4719    CALL     4   2   1
4720    KSHORT   5 1237
4721    TSETV    4   3   5
4722    GGET     4   1      ; "f"
4723    CALL     4   2   1
4724    KSHORT   5 1238
4725    TSETV    4   3   5
4726    GGET     4   1      ; "f"
4727    CALL     4   2   1
4728    KSHORT   5 1239
4729    TSETV    4   3   5
4730    GGET     4   1      ; "f"
4731    CALL     4   2   1
4732    KSHORT   5 1240
4733    TSETV    4   3   5
4734    GGET     4   1      ; "f"
4735    CALL     4   2   1
4736    KSHORT   5 1241
4737    TSETV    4   3   5
4738    GGET     4   1      ; "f"
4739    CALL     4   2   1
4740    KSHORT   5 1242
4741    TSETV    4   3   5
4742    GGET     4   1      ; "f"
4743    CALL     4   2   1
4744    KSHORT   5 1243
4745    TSETV    4   3   5
4746    GGET     4   1      ; "f"
4747    CALL     4   2   1
4748    KSHORT   5 1244
4749    TSETV    4   3   5
4750    GGET     4   1      ; "f"
4751    CALL     4   2   1
4752    KSHORT   5 1245
4753    TSETV    4   3   5
4754    GGET     4   1      ; "f"
4755    CALL     4   2   1
4756    KSHORT   5 1246
4757    TSETV    4   3   5
4758    GGET     4   1      ; "f"
4759    CALL     4   2   1
4760    KSHORT   5 1247
4761    TSETV    4   3   5
4762    GGET     4   1      ; "f"
4763    CALL     4   2   1
4764    KSHORT   5 1248
4765    TSETV    4   3   5
4766    GGET     4   1      ; "f"
4767    CALL     4   2   1
4768    KSHORT   5 1249
4769    TSETV    4   3   5
4770    GGET     4   1      ; "f"
4771    CALL     4   2   1
4772    KSHORT   5 1250
4773    TSETV    4   3   5
4774    GGET     4   1      ; "f"
4775    CALL     4   2   1
4776    KSHORT   5 1251
4777    TSETV    4   3   5
4778    GGET     4   1      ; "f"
4779    CALL     4   2   1
4780    KSHORT   5 1252
4781    TSETV    4   3   5
4782    GGET     4   1      ; "f"
4783    CALL     4   2   1
4784    KSHORT   5 1253
4785    TSETV    4   3   5
4786    GGET     4   1      ; "f"
4787    CALL     4   2   1
4788    KSHORT   5 1254
4789    TSETV    4   3   5
4790    GGET     4   1      ; "f"
4791    CALL     4   2   1
4792    KSHORT   5 1255
4793    TSETV    4   3   5
4794    GGET     4   1      ; "f"
4795    CALL     4   2   1
4796    KSHORT   5 1256
4797    TSETV    4   3   5
4798    GGET     4   1      ; "f"
4799    CALL     4   2   1
4800    KSHORT   5 1257
4801    TSETV    4   3   5
4802    GGET     4   1      ; "f"
4803    CALL     4   2   1
4804    KSHORT   5 1258
4805    TSETV    4   3   5
4806    GGET     4   1      ; "f"
4807    CALL     4   2   1
4808    KSHORT   5 1259
4809    TSETV    4   3   5
4810    GGET     4   1      ; "f"
4811    CALL     4   2   1
4812    KSHORT   5 1260
4813    TSETV    4   3   5
4814    GGET     4   1      ; "f"
4815    CALL     4   2   1
4816    KSHORT   5 1261
4817    TSETV    4   3   5
4818    GGET     4   1      ; "f"
4819    CALL     4   2   1
4820    KSHORT   5 1262
4821    TSETV    4   3   5
4822    GGET     4   1      ; "f"
4823    CALL     4   2   1
4824    KSHORT   5 1263
4825    TSETV    4   3   5
4826    GGET     4   1      ; "f"
4827    CALL     4   2   1
4828    KSHORT   5 1264
4829    TSETV    4   3   5
4830    GGET     4   1      ; "f"
4831    CALL     4   2   1
4832    KSHORT   5 1265
4833    TSETV    4   3   5
4834    GGET     4   1      ; "f"
4835    CALL     4   2   1
4836    KSHORT   5 1266
4837    TSETV    4   3   5
4838    GGET     4   1      ; "f"
4839    CALL     4   2   1
4840    KSHORT   5 1267
4841    TSETV    4   3   5
4842    GGET     4   1      ; "f"
4843    CALL     4   2   1
4844    KSHORT   5 1268
4845    TSETV    4   3   5
4846    GGET     4   1      ; "f"
4847    CALL     4   2   1
4848    KSHORT   5 1269
4849    TSETV    4   3   5
4850    GGET     4   1      ; "f"
4851    CALL     4   2   1
4852    KSHORT   5 1270
4853    TSETV    4   3   5
4854    GGET     4   1      ; "f"
4855    CALL     4   2   1
4856    KSHORT   5 1271
4857    TSETV    4   3   5
4858    GGET     4   1      ; "f"
4859    CALL     4   2   1
4860    KSHORT   5 1272
4861    TSETV    4   3   5
4862    GGET     4   1      ; "f"
4863    CALL     4   2   1
4864    KSHORT   5 1273
4865    TSETV    4   3   5
4866    GGET     4   1      ; "f"
4867    CALL     4   2   1
4868    KSHORT   5 1274
4869    TSETV    4   3   5
4870    GGET     4   1      ; "f"
4871    CALL     4   2   1
4872    KSHORT   5 1275
4873    TSETV    4   3   5
4874    GGET     4   1      ; "f"
4875    CALL     4   2   1
4876    KSHORT   5 1276
4877    TSETV    4   3   5
4878    GGET     4   1      ; "f"
4879    CALL     4   2   1
4880    KSHORT   5 1277
4881    TSETV    4   3   5
4882    GGET     4   1      ; "f"
4883    CALL     4   2   1
4884    KSHORT   5 1278
4885    TSETV    4   3   5
4886    GGET     4   1      ; "f"
4887    CALL     4   2   1
4888    KSHORT   5 1279
4889    TSETV    4   3   5
4890    GGET     4   1      ; "f"
4891    CALL     4   2   1
4892    KSHORT   5 1280
4893    TSETV    4   3   5
4894    GGET     4   1      ; "f"
4895    CALL     4   2   1
4896    KSHORT   5 1281
4897    TSETV    4   3   5
4898    GGET     4   1      ; "f"
4899    CALL     4   2   1
4900    KSHORT   5 1282
4901    TSETV    4   3   5
4902    GGET     4   1      ; "f"
4903    CALL     4   2   1
4904    KSHORT   5 1283
4905    TSETV    4   3   5
4906    GGET     4   1      ; "f"
4907    CALL     4   2   1
4908    KSHORT   5 1284
4909    TSETV    4   3   5
4910    GGET     4   1      ; "f"
4911    CALL     4   2   1
4912    KSHORT   5 1285
4913    TSETV    4   3   5
4914    GGET     4   1      ; "f"
4915    CALL     4   2   1
4916    KSHORT   5 1286
4917    TSETV    4   3   5
4918    GGET     4   1      ; "f"
4919    CALL     4   2   1
4920    KSHORT   5 1287
4921    TSETV    4   3   5
4922    GGET     4   1      ; "f"
4923    CALL     4   2   1
4924    KSHORT   5 1288
4925    TSETV    4   3   5
4926    GGET     4   1      ; "f"
4927    CALL     4   2   1
4928    KSHORT   5 1289
4929    TSETV    4   3   5
4930    GGET     4   1      ; "f"
4931    CALL     4   2   1
4932    KSHORT   5 1290
4933    TSETV    4   3   5
4934    GGET     4   1      ; "f"
4935    CALL     4   2   1
4936    KSHORT   5 1291
4937    TSETV    4   3   5
4938    GGET     4   1      ; "f"
4939    CALL     4   2   1
4940    KSHORT   5 1292
4941    TSETV    4   3   5
4942    GGET     4   1      ; "f"
4943    CALL     4   2   1
4944    KSHORT   5 1293
4945    TSETV    4   3   5
4946    GGET     4   1      ; "f"
4947    CALL     4   2   1
4948    KSHORT   5 1294
4949    TSETV    4   3   5
4950    GGET     4   1      ; "f"
4951    CALL     4   2   1
4952    KSHORT   5 1295
4953    TSETV    4   3   5
4954    GGET     4   1      ; "f"
4955    CALL     4   2   1
4956    KSHORT   5 1296
4957    TSETV    4   3   5
4958    GGET     4   1      ; "f"
4959    CALL     4   2   1
4960    KSHORT   5 1297
4961    TSETV    4   3   5
4962    GGET     4   1      ; "f"
4963    CALL     4   2   1
4964    KSHORT   5 1298
4965    TSETV    4   3   5
4966    GGET     4   1      ; "f"
4967    CALL     4   2   1
4968    KSHORT   5 1299
4969    TSETV    4   3   5
4970    GGET     4   1      ; "f"
4971    CALL     4   2   1
4972    KSHORT   5 1300
4973    TSETV    4   3   5
4974    GGET     4   1      ; "f"
4975    CALL     4   2   1
4976    KSHORT   5 1301
4977    TSETV    4   3   5
4978    GGET     4   1      ; "f"
4979    CALL     4   2   1
4980    KSHORT   5 1302
4981    TSETV    4   3   5
4982    GGET     4   1      ; "f"
4983    CALL     4   2   1
4984    KSHORT   5 1303
4985    TSETV    4   3   5
4986    GGET     4   1      ; "f"
4987    CALL     4   2   1
4988    KSHORT   5 1304
4989    TSETV    4   3   5
4990    GGET     4   1      ; "f"
4991    CALL     4   2   1
4992    KSHORT   5 1305
4993    TSETV    4   3   5
4994    GGET     4   1      ; "f"
4995    CALL     4   2   1
4996    KSHORT   5 1306
4997    TSETV    4   3   5
4998    GGET     4   1      ; "f"
4999    CALL     4   2   1
5000    KSHORT   5 1307
5001    TSETV    4   3   5
5002    GGET     4   1      ; "f"
5003    CALL     4   2   1
5004    KSHORT   5 1308
5005    TSETV    4   3   5
5006    GGET     4   1      ; "f"
5007    CALL     4   2   1
5008    KSHORT   5 1309
5009    TSETV    4   3   5
5010    GGET     4   1      ; "f"
5011    CALL     4   2   1
5012    KSHORT   5 1310
5013    TSETV    4   3   5
5014    GGET     4   1      ; "f"
5015    CALL     4   2   1
5016    KSHORT   5 1311
5017    TSETV    4   3   5
5018    GGET     4   1      ; "f"
5019    CALL     4   2   1
5020    KSHORT   5 1312
5021    TSETV    4   3   5
5022    GGET     4   1      ; "f"
5023    CALL     4   2   1
5024    KSHORT   5 1313
5025    TSETV    4   3   5
5026    GGET     4   1      ; "f"
5027    CALL     4   2   1
5028    KSHORT   5 1314
5029    TSETV    4   3   5
5030    GGET     4   1      ; "f"
5031    CALL     4   2   1
5032    KSHORT   5 1315
5033    TSETV    4   3   5
5034    GGET     4   1      ; "f"
5035    CALL     4   2   1
5036    KSHORT   5 1316
5037    TSETV    4   3   5
5038    GGET     4   1      ; "f"
5039    CALL     4   2   1
5040    KSHORT   5 1317
5041    TSETV    4   3   5
5042    GGET     4   1      ; "f"
5043    CALL     4   2   1
5044    KSHORT   5 1318
5045    TSETV    4   3   5
5046    GGET     4   1      ; "f"
5047    CALL     4   2   1
5048    KSHORT   5 1319
5049    TSETV    4   3   5
5050    GGET     4   1      ; "f"
5051    CALL     4   2   1
5052    KSHORT   5 1320
5053    TSETV    4   3   5
5054    GGET     4   1      ; "f"
5055    CALL     4   2   1
5056    KSHORT   5 1321
5057    TSETV    4   3   5
5058    GGET     4   1      ; "f"
5059    CALL     4   2   1
5060    KSHORT   5 1322
5061    TSETV    4   3   5
5062    GGET     4   1      ; "f"
5063    CALL     4   2   1
5064    KSHORT   5 1323
5065    TSETV    4   3   5
5066    GGET     4   1      ; "f"
5067    CALL     4   2   1
5068    KSHORT   5 1324
5069    TSETV    4   3   5
5070    GGET     4   1      ; "f"
5071    CALL     4   2   1
5072    KSHORT   5 1325
5073    TSETV    4   3   5
5074    GGET     4   1      ; "f"
5075    CALL     4   2   1
5076    KSHORT   5 1326
5077    TSETV    4   3   5
5078    GGET     4   1      ; "f"
5079    CALL     4   2   1
5080    KSHORT   5 1327
5081    TSETV    4   3   5
5082    GGET     4   1      ; "f"
5083    CALL     4   2   1
5084    KSHORT   5 1328
5085    TSETV    4   3   5
5086    GGET     4   1      ; "f"
5087    CALL     4   2   1
5088    KSHORT   5 1329
5089    TSETV    4   3   5
5090    GGET     4   1      ; "f"
5091    CALL     4   2   1
5092    KSHORT   5 1330
5093    TSETV    4   3   5
5094    GGET     4   1      ; "f"
5095    CALL     4   2   1
5096    KSHORT   5 1331
5097    TSETV    4   3   5
5098    GGET     4   1      ; "f"
5099    CALL     4   2   1
5100    KSHORT   5 1332
5101    TSETV    4   3   5
5102    GGET     4   1      ; "f"
5103    CALL     4   2   1
5104    KSHORT   5 1333
5105    TSETV    4   3   5
5106    GGET     4   1      ; "f"
5107    CALL     4   2   1
5108    KSHORT   5 1334
5109    TSETV    4   3   5
5110    GGET     4   1      ; "f"
5111    CALL     4   2   1
5112    KSHORT   5 1335
5113    TSETV    4   3   5
5114    GGET     4   1      ; "f"
5115    CALL     4   2   1
5116    KSHORT   5 1336
5117    TSETV    4   3   5
5118    GGET     4   1      ; "f"
5119    CALL     4   2   1
5120    KSHORT   5 1337
5121    TSETV    4   3   5
5122    GGET     4   1      ; "f"
5123    CALL     4   2   1
5124    KSHORT   5 1338
5125    TSETV    4   3   5
5126    GGET     4   1      ; "f"
5127    CALL     4   2   1
5128    KSHORT   5 1339
5129    TSETV    4   3   5
5130    GGET     4   1      ; "f"
5131    CALL     4   2   1
5132    KSHORT   5 1340
5133    TSETV    4   3   5
5134    GGET     4   1      ; "f"
5135    CALL     4   2   1
5136    KSHORT   5 1341
5137    TSETV    4   3   5
5138    GGET     4   1      ; "f"
5139    CALL     4   2   1
5140    KSHORT   5 1342
5141    TSETV    4   3   5
5142    GGET     4   1      ; "f"
5143    CALL     4   2   1
5144    KSHORT   5 1343
5145    TSETV    4   3   5
5146    GGET     4   1      ; "f"
5147    CALL     4   2   1
5148    KSHORT   5 1344
5149    TSETV    4   3   5
5150    GGET     4   1      ; "f"
5151    CALL     4   2   1
5152    KSHORT   5 1345
5153    TSETV    4   3   5
5154    GGET     4   1      ; "f"
5155    CALL     4   2   1
5156    KSHORT   5 1346
5157    TSETV    4   3   5
5158    GGET     4   1      ; "f"
5159    CALL     4   2   1
5160    KSHORT   5 1347
5161    TSETV    4   3   5
5162    GGET     4   1      ; "f"
5163    CALL     4   2   1
5164    KSHORT   5 1348
5165    TSETV    4   3   5
5166    GGET     4   1      ; "f"
5167    CALL     4   2   1
5168    KSHORT   5 1349
5169    TSETV    4   3   5
5170    GGET     4   1      ; "f"
5171    CALL     4   2   1
5172    KSHORT   5 1350
5173    TSETV    4   3   5
5174    GGET     4   1      ; "f"
5175    CALL     4   2   1
5176    KSHORT   5 1351
5177    TSETV    4   3   5
5178    GGET     4   1      ; "f"
5179    CALL     4   2   1
5180    KSHORT   5 1352
5181    TSETV    4   3   5
5182    GGET     4   1      ; "f"
5183    CALL     4   2   1
5184    KSHORT   5 1353
5185    TSETV    4   3   5
5186    GGET     4   1      ; "f"
5187    CALL     4   2   1
5188    KSHORT   5 1354
5189    TSETV    4   3   5
5190    GGET     4   1      ; "f"
5191    CALL     4   2   1
5192    KSHORT   5 1355
5193    TSETV    4   3   5
5194    GGET     4   1      ; "f"
5195    CALL     4   2   1
5196    KSHORT   5 1356
5197    TSETV    4   3   5
5198    GGET     4   1      ; "f"
5199    CALL     4   2   1
5200    KSHORT   5 1357
5201    TSETV    4   3   5
5202    GGET     4   1      ; "f"
5203    CALL     4   2   1
5204    KSHORT   5 1358
5205    TSETV    4   3   5
5206    GGET     4   1      ; "f"
5207    CALL     4   2   1
5208    KSHORT   5 1359
5209    TSETV    4   3   5
5210    GGET     4   1      ; "f"
5211    CALL     4   2   1
5212    KSHORT   5 1360
5213    TSETV    4   3   5
5214    GGET     4   1      ; "f"
5215    CALL     4   2   1
5216    KSHORT   5 1361
5217    TSETV    4   3   5
5218    GGET     4   1      ; "f"
5219    CALL     4   2   1
5220    KSHORT   5 1362
5221    TSETV    4   3   5
5222    GGET     4   1      ; "f"
5223    CALL     4   2   1
5224    KSHORT   5 1363
5225    TSETV    4   3   5
5226    GGET     4   1      ; "f"
5227    CALL     4   2   1
5228    KSHORT   5 1364
5229    TSETV    4   3   5
5230    GGET     4   1      ; "f"
5231    CALL     4   2   1
5232    KSHORT   5 1365
5233    TSETV    4   3   5
5234    GGET     4   1      ; "f"
5235    CALL     4   2   1
5236    KSHORT   5 1366
5237    TSETV    4   3   5
5238    GGET     4   1      ; "f"
5239    CALL     4   2   1
5240    KSHORT   5 1367
5241    TSETV    4   3   5
5242    GGET     4   1      ; "f"
5243    CALL     4   2   1
5244    KSHORT   5 1368
5245    TSETV    4   3   5
5246    GGET     4   1      ; "f"
5247    CALL     4   2   1
5248    KSHORT   5 1369
5249    TSETV    4   3   5
5250    GGET     4   1      ; "f"
5251    CALL     4   2   1
5252    KSHORT   5 1370
5253    TSETV    4   3   5
5254    GGET     4   1      ; "f"
5255    CALL     4   2   1
5256    KSHORT   5 1371
5257    TSETV    4   3   5
5258    GGET     4   1      ; "f"
5259    CALL     4   2   1
5260    KSHORT   5 1372
5261    TSETV    4   3   5
5262    GGET     4   1      ; "f"
5263    CALL     4   2   1
5264    KSHORT   5 1373
5265    TSETV    4   3   5
5266    GGET     4   1      ; "f"
5267    CALL     4   2   1
5268    KSHORT   5 1374
5269    TSETV    4   3   5
5270    GGET     4   1      ; "f"
5271    CALL     4   2   1
5272    KSHORT   5 1375
5273    TSETV    4   3   5
5274    GGET     4   1      ; "f"
5275    CALL     4   2   1
5276    KSHORT   5 1376
5277    TSETV    4   3   5
5278    GGET     4   1      ; "f"
5279    CALL     4   2   1
5280    KSHORT   5 1377
5281    TSETV    4   3   5
5282    GGET     4   1      ; "f"
5283    CALL     4   2   1
5284    KSHORT   5 1378
5285    TSETV    4   3   5
5286    GGET     4   1      ; "f"
5287    CALL     4   2   1
5288    KSHORT   5 1379
5289    TSETV    4   3   5
5290    GGET     4   1      ; "f"
5291    CALL     4   2   1
5292    KSHORT   5 1380
5293    TSETV    4   3   5
5294    GGET     4   1      ; "f"
5295    CALL     4   2   1
5296    KSHORT   5 1381
5297    TSETV    4   3   5
5298    GGET     4   1      ; "f"
5299    CALL     4   2   1
5300    KSHORT   5 1382
5301    TSETV    4   3   5
5302    GGET     4   1      ; "f"
5303    CALL     4   2   1
5304    KSHORT   5 1383
5305    TSETV    4   3   5
5306    GGET     4   1      ; "f"
5307    CALL     4   2   1
5308    KSHORT   5 1384
5309    TSETV    4   3   5
5310    GGET     4   1      ; "f"
5311    CALL     4   2   1
5312    KSHORT   5 1385
5313    TSETV    4   3   5
5314    GGET     4   1      ; "f"
5315    CALL     4   2   1
5316    KSHORT   5 1386
5317    TSETV    4   3   5
5318    GGET     4   1      ; "f"
5319    CALL     4   2   1
5320    KSHORT   5 1387
5321    TSETV    4   3   5
5322    GGET     4   1      ; "f"
5323    CALL     4   2   1
5324    KSHORT   5 1388
5325    TSETV    4   3   5
5326    GGET     4   1      ; "f"
5327    CALL     4   2   1
5328    KSHORT   5 1389
5329    TSETV    4   3   5
5330    GGET     4   1      ; "f"
5331    CALL     4   2   1
5332    KSHORT   5 1390
5333    TSETV    4   3   5
5334    GGET     4   1      ; "f"
5335    CALL     4   2   1
5336    KSHORT   5 1391
5337    TSETV    4   3   5
5338    GGET     4   1      ; "f"
5339    CALL     4   2   1
5340    KSHORT   5 1392
5341    TSETV    4   3   5
5342    GGET     4   1      ; "f"
5343    CALL     4   2   1
5344    KSHORT   5 1393
5345    TSETV    4   3   5
5346    GGET     4   1      ; "f"
5347    CALL     4   2   1
5348    KSHORT   5 1394
5349    TSETV    4   3   5
5350    GGET     4   1      ; "f"
5351    CALL     4   2   1
5352    KSHORT   5 1395
5353    TSETV    4   3   5
5354    GGET     4   1      ; "f"
5355    CALL     4   2   1
5356    KSHORT   5 1396
5357    TSETV    4   3   5
5358    GGET     4   1      ; "f"
5359    CALL     4   2   1
5360    KSHORT   5 1397
5361    TSETV    4   3   5
5362    GGET     4   1      ; "f"
5363    CALL     4   2   1
5364    KSHORT   5 1398
5365    TSETV    4   3   5
5366    GGET     4   1      ; "f"
5367    CALL     4   2   1
5368    KSHORT   5 1399
5369    TSETV    4   3   5
5370    GGET     4   1      ; "f"
5371    CALL     4   2   1
5372    KSHORT   5 1400
5373    TSETV    4   3   5
5374    GGET     4   1      ; "f"
5375    CALL     4   2   1
5376    KSHORT   5 1401
5377    TSETV    4   3   5
5378    GGET     4   1      ; "f"
5379    CALL     4   2   1
5380    KSHORT   5 1402
5381    TSETV    4   3   5
5382    GGET     4   1      ; "f"
5383    CALL     4   2   1
5384    KSHORT   5 1403
5385    TSETV    4   3   5
5386    GGET     4   1      ; "f"
5387    CALL     4   2   1
5388    KSHORT   5 1404
5389    TSETV    4   3   5
5390    GGET     4   1      ; "f"
5391    CALL     4   2   1
5392    KSHORT   5 1405
5393    TSETV    4   3   5
5394    GGET     4   1      ; "f"
5395    CALL     4   2   1
5396    KSHORT   5 1406
5397    TSETV    4   3   5
5398    GGET     4   1      ; "f"
5399    CALL     4   2   1
5400    KSHORT   5 1407
5401    TSETV    4   3   5
5402    GGET     4   1      ; "f"
5403    CALL     4   2   1
5404    KSHORT   5 1408
5405    TSETV    4   3   5
5406    GGET     4   1      ; "f"
5407    CALL     4   2   1
5408    KSHORT   5 1409
5409    TSETV    4   3   5
5410    GGET     4   1      ; "f"
5411    CALL     4   2   1
5412    KSHORT   5 1410
5413    TSETV    4   3   5
5414    GGET     4   1      ; "f"
5415    CALL     4   2   1
5416    KSHORT   5 1411
5417    TSETV    4   3   5
5418    GGET     4   1      ; "f"
5419    CALL     4   2   1
5420    KSHORT   5 1412
5421    TSETV    4   3   5
5422    GGET     4   1      ; "f"
5423    CALL     4   2   1
5424    KSHORT   5 1413
5425    TSETV    4   3   5
5426    GGET     4   1      ; "f"
5427    CALL     4   2   1
5428    KSHORT   5 1414
5429    TSETV    4   3   5
5430    GGET     4   1      ; "f"
5431    CALL     4   2   1
5432    KSHORT   5 1415
5433    TSETV    4   3   5
5434    GGET     4   1      ; "f"
5435    CALL     4   2   1
5436    KSHORT   5 1416
5437    TSETV    4   3   5
5438    GGET     4   1      ; "f"
5439    CALL     4   2   1
5440    KSHORT   5 1417
5441    TSETV    4   3   5
5442    GGET     4   1      ; "f"
5443    CALL     4   2   1
5444    KSHORT   5 1418
5445    TSETV    4   3   5
5446    GGET     4   1      ; "f"
5447    CALL     4   2   1
5448    KSHORT   5 1419
5449    TSETV    4   3   5
5450    GGET     4   1      ; "f"
5451    CALL     4   2   1
5452    KSHORT   5 1420
5453    TSETV    4   3   5
5454    GGET     4   1      ; "f"
5455    CALL     4   2   1
5456    KSHORT   5 1421
5457    TSETV    4   3   5
5458    GGET     4   1      ; "f"
5459    CALL     4   2   1
5460    KSHORT   5 1422
5461    TSETV    4   3   5
5462    GGET     4   1      ; "f"
5463    CALL     4   2   1
5464    KSHORT   5 1423
5465    TSETV    4   3   5
5466    GGET     4   1      ; "f"
5467    CALL     4   2   1
5468    KSHORT   5 1424
5469    TSETV    4   3   5
5470    GGET     4   1      ; "f"
5471    CALL     4   2   1
5472    KSHORT   5 1425
5473    TSETV    4   3   5
5474    GGET     4   1      ; "f"
5475    CALL     4   2   1
5476    KSHORT   5 1426
5477    TSETV    4   3   5
5478    GGET     4   1      ; "f"
5479    CALL     4   2   1
5480    KSHORT   5 1427
5481    TSETV    4   3   5
5482    GGET     4   1      ; "f"
5483    CALL     4   2   1
5484    KSHORT   5 1428
5485    TSETV    4   3   5
5486    GGET     4   1      ; "f"
5487    CALL     4   2   1
5488    KSHORT   5 1429
5489    TSETV    4   3   5
5490    GGET     4   1      ; "f"
5491    CALL     4   2   1
5492    KSHORT   5 1430
5493    TSETV    4   3   5
5494    GGET     4   1      ; "f"
5495    CALL     4   2   1
5496    KSHORT   5 1431
5497    TSETV    4   3   5
5498    GGET     4   1      ; "f"
5499    CALL     4   2   1
5500    KSHORT   5 1432
5501    TSETV    4   3   5
5502    GGET     4   1      ; "f"
5503    CALL     4   2   1
5504    KSHORT   5 1433
5505    TSETV    4   3   5
5506    GGET     4   1      ; "f"
5507    CALL     4   2   1
5508    KSHORT   5 1434
5509    TSETV    4   3   5
5510    GGET     4   1      ; "f"
5511    CALL     4   2   1
5512    KSHORT   5 1435
5513    TSETV    4   3   5
5514    GGET     4   1      ; "f"
5515    CALL     4   2   1
5516    KSHORT   5 1436
5517    TSETV    4   3   5
5518    GGET     4   1      ; "f"
5519    CALL     4   2   1
5520    KSHORT   5 1437
5521    TSETV    4   3   5
5522    GGET     4   1      ; "f"
5523    CALL     4   2   1
5524    KSHORT   5 1438
5525    TSETV    4   3   5
5526    GGET     4   1      ; "f"
5527    CALL     4   2   1
5528    KSHORT   5 1439
5529    TSETV    4   3   5
5530    GGET     4   1      ; "f"
5531    CALL     4   2   1
5532    KSHORT   5 1440
5533    TSETV    4   3   5
5534    GGET     4   1      ; "f"
5535    CALL     4   2   1
5536    KSHORT   5 1441
5537    TSETV    4   3   5
5538    GGET     4   1      ; "f"
5539    CALL     4   2   1
5540    KSHORT   5 1442
5541    TSETV    4   3   5
5542    GGET     4   1      ; "f"
5543    CALL     4   2   1
5544    KSHORT   5 1443
5545    TSETV    4   3   5
5546    GGET     4   1      ; "f"
5547    CALL     4   2   1
5548    KSHORT   5 1444
5549    TSETV    4   3   5
5550    GGET     4   1      ; "f"
5551    CALL     4   2   1
5552    KSHORT   5 1445
5553    TSETV    4   3   5
5554    GGET     4   1      ; "f"
5555    CALL     4   2   1
5556    KSHORT   5 1446
5557    TSETV    4   3   5
5558    GGET     4   1      ; "f"
5559    CALL     4   2   1
5560    KSHORT   5 1447
5561    TSETV    4   3   5
5562    GGET     4   1      ; "f"
5563    CALL     4   2   1
5564    KSHORT   5 1448
5565    TSETV    4   3   5
5566    GGET     4   1      ; "f"
5567    CALL     4   2   1
5568    KSHORT   5 1449
5569    TSETV    4   3   5
5570    GGET     4   1      ; "f"
5571    CALL     4   2   1
5572    KSHORT   5 1450
5573    TSETV    4   3   5
5574    GGET     4   1      ; "f"
5575    CALL     4   2   1
5576    KSHORT   5 1451
5577    TSETV    4   3   5
5578    GGET     4   1      ; "f"
5579    CALL     4   2   1
5580    KSHORT   5 1452
5581    TSETV    4   3   5
5582    GGET     4   1      ; "f"
5583    CALL     4   2   1
5584    KSHORT   5 1453
5585    TSETV    4   3   5
5586    GGET     4   1      ; "f"
5587    CALL     4   2   1
5588    KSHORT   5 1454
5589    TSETV    4   3   5
5590    GGET     4   1      ; "f"
5591    CALL     4   2   1
5592    KSHORT   5 1455
5593    TSETV    4   3   5
5594    GGET     4   1      ; "f"
5595    CALL     4   2   1
5596    KSHORT   5 1456
5597    TSETV    4   3   5
5598    GGET     4   1      ; "f"
5599    CALL     4   2   1
5600    KSHORT   5 1457
5601    TSETV    4   3   5
5602    GGET     4   1      ; "f"
5603    CALL     4   2   1
5604    KSHORT   5 1458
5605    TSETV    4   3   5
5606    GGET     4   1      ; "f"
5607    CALL     4   2   1
5608    KSHORT   5 1459
5609    TSETV    4   3   5
5610    GGET     4   1      ; "f"
5611    CALL     4   2   1
5612    KSHORT   5 1460
5613    TSETV    4   3   5
5614    GGET     4   1      ; "f"
5615    CALL     4   2   1
5616    KSHORT   5 1461
5617    TSETV    4   3   5
5618    GGET     4   1      ; "f"
5619    CALL     4   2   1
5620    KSHORT   5 1462
5621    TSETV    4   3   5
5622    GGET     4   1      ; "f"
5623    CALL     4   2   1
5624    KSHORT   5 1463
5625    TSETV    4   3   5
5626    GGET     4   1      ; "f"
5627    CALL     4   2   1
5628    KSHORT   5 1464
5629    TSETV    4   3   5
5630    GGET     4   1      ; "f"
5631    CALL     4   2   1
5632    KSHORT   5 1465
5633    TSETV    4   3   5
5634    GGET     4   1      ; "f"
5635    CALL     4   2   1
5636    KSHORT   5 1466
5637    TSETV    4   3   5
5638    GGET     4   1      ; "f"
5639    CALL     4   2   1
5640    KSHORT   5 1467
5641    TSETV    4   3   5
5642    GGET     4   1      ; "f"
5643    CALL     4   2   1
5644    KSHORT   5 1468
5645    TSETV    4   3   5
5646    GGET     4   1      ; "f"
5647    CALL     4   2   1
5648    KSHORT   5 1469
5649    TSETV    4   3   5
5650    GGET     4   1      ; "f"
5651    CALL     4   2   1
5652    KSHORT   5 1470
5653    TSETV    4   3   5
5654    GGET     4   1      ; "f"
5655    CALL     4   2   1
5656    KSHORT   5 1471
5657    TSETV    4   3   5
5658    GGET     4   1      ; "f"
5659    CALL     4   2   1
5660    KSHORT   5 1472
5661    TSETV    4   3   5
5662    GGET     4   1      ; "f"
5663    CALL     4   2   1
5664    KSHORT   5 1473
5665    TSETV    4   3   5
5666    GGET     4   1      ; "f"
5667    CALL     4   2   1
5668    KSHORT   5 1474
5669    TSETV    4   3   5
5670    GGET     4   1      ; "f"
5671    CALL     4   2   1
5672    KSHORT   5 1475
5673    TSETV    4   3   5
5674    GGET     4   1      ; "f"
5675    CALL     4   2   1
5676    KSHORT   5 1476
5677    TSETV    4   3   5
5678    GGET     4   1      ; "f"
5679    CALL     4   2   1
5680    KSHORT   5 1477
5681    TSETV    4   3   5
5682    GGET     4   1      ; "f"
5683    CALL     4   2   1
5684    KSHORT   5 1478
5685    TSETV    4   3   5
5686    GGET     4   1      ; "f"
5687    CALL     4   2   1
5688    KSHORT   5 1479
5689    TSETV    4   3   5
5690    GGET     4   1      ; "f"
5691    CALL     4   2   1
5692    KSHORT   5 1480
5693    TSETV    4   3   5
5694    GGET     4   1      ; "f"
5695    CALL     4   2   1
5696    KSHORT   5 1481
5697    TSETV    4   3   5
5698    GGET     4   1      ; "f"
5699    CALL     4   2   1
5700    KSHORT   5 1482
5701    TSETV    4   3   5
5702    GGET     4   1      ; "f"
5703    CALL     4   2   1
5704    KSHORT   5 1483
5705    TSETV    4   3   5
5706    GGET     4   1      ; "f"
5707    CALL     4   2   1
5708    KSHORT   5 1484
5709    TSETV    4   3   5
5710    GGET     4   1      ; "f"
5711    CALL     4   2   1
5712    KSHORT   5 1485
5713    TSETV    4   3   5
5714    GGET     4   1      ; "f"
5715    CALL     4   2   1
5716    KSHORT   5 1486
5717    TSETV    4   3   5
5718    GGET     4   1      ; "f"
5719    CALL     4   2   1
5720    KSHORT   5 1487
5721    TSETV    4   3   5
5722    GGET     4   1      ; "f"
5723    CALL     4   2   1
5724    KSHORT   5 1488
5725    TSETV    4   3   5
5726    GGET     4   1      ; "f"
5727    CALL     4   2   1
5728    KSHORT   5 1489
5729    TSETV    4   3   5
5730    GGET     4   1      ; "f"
5731    CALL     4   2   1
5732    KSHORT   5 1490
5733    TSETV    4   3   5
5734    GGET     4   1      ; "f"
5735    CALL     4   2   1
5736    KSHORT   5 1491
5737    TSETV    4   3   5
5738    GGET     4   1      ; "f"
5739    CALL     4   2   1
5740    KSHORT   5 1492
5741    TSETV    4   3   5
5742    GGET     4   1      ; "f"
5743    CALL     4   2   1
5744    KSHORT   5 1493
5745    TSETV    4   3   5
5746    GGET     4   1      ; "f"
5747    CALL     4   2   1
5748    KSHORT   5 1494
5749    TSETV    4   3   5
5750    GGET     4   1      ; "f"
5751    CALL     4   2   1
5752    KSHORT   5 1495
5753    TSETV    4   3   5
5754    GGET     4   1      ; "f"
5755    CALL     4   2   1
5756    KSHORT   5 1496
5757    TSETV    4   3   5
5758    GGET     4   1      ; "f"
5759    CALL     4   2   1
5760    KSHORT   5 1497
5761    TSETV    4   3   5
5762    GGET     4   1      ; "f"
5763    CALL     4   2   1
5764    KSHORT   5 1498
5765    TSETV    4   3   5
5766    GGET     4   1      ; "f"
5767    CALL     4   2   1
5768    KSHORT   5 1499
5769    TSETV    4   3   5
5770    GGET     4   1      ; "f"
5771    CALL     4   2   1
5772    KSHORT   5 1500
5773    TSETV    4   3   5
5774    GGET     4   1      ; "f"
5775    CALL     4   2   1
5776    KSHORT   5 1501
5777    TSETV    4   3   5
5778    GGET     4   1      ; "f"
5779    CALL     4   2   1
5780    KSHORT   5 1502
5781    TSETV    4   3   5
5782    GGET     4   1      ; "f"
5783    CALL     4   2   1
5784    KSHORT   5 1503
5785    TSETV    4   3   5
5786    GGET     4   1      ; "f"
5787    CALL     4   2   1
5788    KSHORT   5 1504
5789    TSETV    4   3   5
5790    GGET     4   1      ; "f"
5791    CALL     4   2   1
5792    KSHORT   5 1505
5793    TSETV    4   3   5
5794    GGET     4   1      ; "f"
5795    CALL     4   2   1
5796    KSHORT   5 1506
5797    TSETV    4   3   5
5798    GGET     4   1      ; "f"
5799    CALL     4   2   1
5800    KSHORT   5 1507
5801    TSETV    4   3   5
5802    GGET     4   1      ; "f"
5803    CALL     4   2   1
5804    KSHORT   5 1508
5805    TSETV    4   3   5
5806    GGET     4   1      ; "f"
5807    CALL     4   2   1
5808    KSHORT   5 1509
5809    TSETV    4   3   5
5810    GGET     4   1      ; "f"
5811    CALL     4   2   1
5812    KSHORT   5 1510
5813    TSETV    4   3   5
5814    GGET     4   1      ; "f"
5815    CALL     4   2   1
5816    KSHORT   5 1511
5817    TSETV    4   3   5
5818    GGET     4   1      ; "f"
5819    CALL     4   2   1
5820    KSHORT   5 1512
5821    TSETV    4   3   5
5822    GGET     4   1      ; "f"
5823    CALL     4   2   1
5824    KSHORT   5 1513
5825    TSETV    4   3   5
5826    GGET     4   1      ; "f"
5827    CALL     4   2   1
5828    KSHORT   5 1514
5829    TSETV    4   3   5
5830    GGET     4   1      ; "f"
5831    CALL     4   2   1
5832    KSHORT   5 1515
5833    TSETV    4   3   5
5834    GGET     4   1      ; "f"
5835    CALL     4   2   1
5836    KSHORT   5 1516
5837    TSETV    4   3   5
5838    GGET     4   1      ; "f"
5839    CALL     4   2   1
5840    KSHORT   5 1517
5841    TSETV    4   3   5
5842    GGET     4   1      ; "f"
5843    CALL     4   2   1
5844    KSHORT   5 1518
5845    TSETV    4   3   5
5846    GGET     4   1      ; "f"
5847    CALL     4   2   1
5848    KSHORT   5 1519
5849    TSETV    4   3   5
5850    GGET     4   1      ; "f"
5851    CALL     4   2   1
5852    KSHORT   5 1520
5853    TSETV    4   3   5
5854    GGET     4   1      ; "f"
5855    CALL     4   2   1
5856    KSHORT   5 1521
5857    TSETV    4   3   5
5858    GGET     4   1      ; "f"
5859    CALL     4   2   1
5860    KSHORT   5 1522
5861    TSETV    4   3   5
5862    GGET     4   1      ; "f"
5863    CALL     4   2   1
5864    KSHORT   5 1523
5865    TSETV    4   3   5
5866    GGET     4   1      ; "f"
5867    CALL     4   2   1
5868    KSHORT   5 1524
5869    TSETV    4   3   5
5870    GGET     4   1      ; "f"
5871    CALL     4   2   1
5872    KSHORT   5 1525
5873    TSETV    4   3   5
5874    GGET     4   1      ; "f"
5875    CALL     4   2   1
5876    KSHORT   5 1526
5877    TSETV    4   3   5
5878    GGET     4   1      ; "f"
5879    CALL     4   2   1
5880    KSHORT   5 1527
5881    TSETV    4   3   5
5882    GGET     4   1      ; "f"
5883    CALL     4   2   1
5884    KSHORT   5 1528
5885    TSETV    4   3   5
5886    GGET     4   1      ; "f"
5887    CALL     4   2   1
5888    KSHORT   5 1529
5889    TSETV    4   3   5
5890    GGET     4   1      ; "f"
5891    CALL     4   2   1
5892    KSHORT   5 1530
5893    TSETV    4   3   5
5894    GGET     4   1      ; "f"
5895    CALL     4   2   1
5896    KSHORT   5 1531
5897    TSETV    4   3   5
5898    GGET     4   1      ; "f"
5899    CALL     4   2   1
5900    KSHORT   5 1532
5901    TSETV    4   3   5
5902    GGET     4   1      ; "f"
5903    CALL     4   2   1
5904    KSHORT   5 1533
5905    TSETV    4   3   5
5906    GGET     4   1      ; "f"
5907    CALL     4   2   1
5908    KSHORT   5 1534
5909    TSETV    4   3   5
5910    GGET     4   1      ; "f"
5911    CALL     4   2   1
5912    KSHORT   5 1535
5913    TSETV    4   3   5
5914    GGET     4   1      ; "f"
5915    CALL     4   2   1
5916    KSHORT   5 1536
5917    TSETV    4   3   5
5918    GGET     4   1      ; "f"
5919    CALL     4   2   1
5920    KSHORT   5 1537
5921    TSETV    4   3   5
5922    GGET     4   1      ; "f"
5923    CALL     4   2   1
5924    KSHORT   5 1538
5925    TSETV    4   3   5
5926    GGET     4   1      ; "f"
5927    CALL     4   2   1
5928    KSHORT   5 1539
5929    TSETV    4   3   5
5930    GGET     4   1      ; "f"
5931    CALL     4   2   1
5932    KSHORT   5 1540
5933    TSETV    4   3   5
5934    GGET     4   1      ; "f"
5935    CALL     4   2   1
5936    KSHORT   5 1541
5937    TSETV    4   3   5
5938    GGET     4   1      ; "f"
5939    CALL     4   2   1
5940    KSHORT   5 1542
5941    TSETV    4   3   5
5942    GGET     4   1      ; "f"
5943    CALL     4   2   1
5944    KSHORT   5 1543
5945    TSETV    4   3   5
5946    GGET     4   1      ; "f"
5947    CALL     4   2   1
5948    KSHORT   5 1544
5949    TSETV    4   3   5
5950    GGET     4   1      ; "f"
5951    CALL     4   2   1
5952    KSHORT   5 1545
5953    TSETV    4   3   5
5954    GGET     4   1      ; "f"
5955    CALL     4   2   1
5956    KSHORT   5 1546
5957    TSETV    4   3   5
5958    GGET     4   1      ; "f"
5959    CALL     4   2   1
5960    KSHORT   5 1547
5961    TSETV    4   3   5
5962    GGET     4   1      ; "f"
5963    CALL     4   2   1
5964    KSHORT   5 1548
5965    TSETV    4   3   5
5966    GGET     4   1      ; "f"
5967    CALL     4   2   1
5968    KSHORT   5 1549
5969    TSETV    4   3   5
5970    GGET     4   1      ; "f"
5971    CALL     4   2   1
5972    KSHORT   5 1550
5973    TSETV    4   3   5
5974    GGET     4   1      ; "f"
5975    CALL     4   2   1
5976    KSHORT   5 1551
5977    TSETV    4   3   5
5978    GGET     4   1      ; "f"
5979    CALL     4   2   1
5980    KSHORT   5 1552
5981    TSETV    4   3   5
5982    GGET     4   1      ; "f"
5983    CALL     4   2   1
5984    KSHORT   5 1553
5985    TSETV    4   3   5
5986    GGET     4   1      ; "f"
5987    CALL     4   2   1
5988    KSHORT   5 1554
5989    TSETV    4   3   5
5990    GGET     4   1      ; "f"
5991    CALL     4   2   1
5992    KSHORT   5 1555
5993    TSETV    4   3   5
5994    GGET     4   1      ; "f"
5995    CALL     4   2   1
5996    KSHORT   5 1556
5997    TSETV    4   3   5
5998    GGET     4   1      ; "f"
5999    CALL     4   2   1
6000    KSHORT   5 1557
6001    TSETV    4   3   5
6002    GGET     4   1      ; "f"
6003    CALL     4   2   1
6004    KSHORT   5 1558
6005    TSETV    4   3   5
6006    GGET     4   1      ; "f"
6007    CALL     4   2   1
6008    KSHORT   5 1559
6009    TSETV    4   3   5
6010    GGET     4   1      ; "f"
6011    CALL     4   2   1
6012    KSHORT   5 1560
6013    TSETV    4   3   5
6014    GGET     4   1      ; "f"
6015    CALL     4   2   1
6016    KSHORT   5 1561
6017    TSETV    4   3   5
6018    GGET     4   1      ; "f"
6019    CALL     4   2   1
6020    KSHORT   5 1562
6021    TSETV    4   3   5
6022    GGET     4   1      ; "f"
6023    CALL     4   2   1
6024    KSHORT   5 1563
6025    TSETV    4   3   5
6026    GGET     4   1      ; "f"
6027    CALL     4   2   1
6028    KSHORT   5 1564
6029    TSETV    4   3   5
6030    GGET     4   1      ; "f"
6031    CALL     4   2   1
6032    KSHORT   5 1565
6033    TSETV    4   3   5
6034    GGET     4   1      ; "f"
6035    CALL     4   2   1
6036    KSHORT   5 1566
6037    TSETV    4   3   5
6038    GGET     4   1      ; "f"
6039    CALL     4   2   1
6040    KSHORT   5 1567
6041    TSETV    4   3   5
6042    GGET     4   1      ; "f"
6043    CALL     4   2   1
6044    KSHORT   5 1568
6045    TSETV    4   3   5
6046    GGET     4   1      ; "f"
6047    CALL     4   2   1
6048    KSHORT   5 1569
6049    TSETV    4   3   5
6050    GGET     4   1      ; "f"
6051    CALL     4   2   1
6052    KSHORT   5 1570
6053    TSETV    4   3   5
6054    GGET     4   1      ; "f"
6055    CALL     4   2   1
6056    KSHORT   5 1571
6057    TSETV    4   3   5
6058    GGET     4   1      ; "f"
6059    CALL     4   2   1
6060    KSHORT   5 1572
6061    TSETV    4   3   5
6062    GGET     4   1      ; "f"
6063    CALL     4   2   1
6064    KSHORT   5 1573
6065    TSETV    4   3   5
6066    GGET     4   1      ; "f"
6067    CALL     4   2   1
6068    KSHORT   5 1574
6069    TSETV    4   3   5
6070    GGET     4   1      ; "f"
6071    CALL     4   2   1
6072    KSHORT   5 1575
6073    TSETV    4   3   5
6074    GGET     4   1      ; "f"
6075    CALL     4   2   1
6076    KSHORT   5 1576
6077    TSETV    4   3   5
6078    GGET     4   1      ; "f"
6079    CALL     4   2   1
6080    KSHORT   5 1577
6081    TSETV    4   3   5
6082    GGET     4   1      ; "f"
6083    CALL     4   2   1
6084    KSHORT   5 1578
6085    TSETV    4   3   5
6086    GGET     4   1      ; "f"
6087    CALL     4   2   1
6088    KSHORT   5 1579
6089    TSETV    4   3   5
6090    GGET     4   1      ; "f"
6091    CALL     4   2   1
6092    KSHORT   5 1580
6093    TSETV    4   3   5
6094    GGET     4   1      ; "f"
6095    CALL     4   2   1
6096    KSHORT   5 1581
6097    TSETV    4   3   5
6098    GGET     4   1      ; "f"
6099    CALL     4   2   1
6100    KSHORT   5 1582
6101    TSETV    4   3   5
6102    GGET     4   1      ; "f"
6103    CALL     4   2   1
6104    KSHORT   5 1583
6105    TSETV    4   3   5
6106    GGET     4   1      ; "f"
6107    CALL     4   2   1
6108    KSHORT   5 1584
6109    TSETV    4   3   5
6110    GGET     4   1      ; "f"
6111    CALL     4   2   1
6112    KSHORT   5 1585
6113    TSETV    4   3   5
6114    GGET     4   1      ; "f"
6115    CALL     4   2   1
6116    KSHORT   5 1586
6117    TSETV    4   3   5
6118    GGET     4   1      ; "f"
6119    CALL     4   2   1
6120    KSHORT   5 1587
6121    TSETV    4   3   5
6122    GGET     4   1      ; "f"
6123    CALL     4   2   1
6124    KSHORT   5 1588
6125    TSETV    4   3   5
6126    GGET     4   1      ; "f"
6127    CALL     4   2   1
6128    KSHORT   5 1589
6129    TSETV    4   3   5
6130    GGET     4   1      ; "f"
6131    CALL     4   2   1
6132    KSHORT   5 1590
6133    TSETV    4   3   5
6134    GGET     4   1      ; "f"
6135    CALL     4   2   1
6136    KSHORT   5 1591
6137    TSETV    4   3   5
6138    GGET     4   1      ; "f"
6139    CALL     4   2   1
6140    KSHORT   5 1592
6141    TSETV    4   3   5
6142    GGET     4   1      ; "f"
6143    CALL     4   2   1
6144    KSHORT   5 1593
6145    TSETV    4   3   5
6146    GGET     4   1      ; "f"
6147    CALL     4   2   1
6148    KSHORT   5 1594
6149    TSETV    4   3   5
6150    GGET     4   1      ; "f"
6151    CALL     4   2   1
6152    KSHORT   5 1595
6153    TSETV    4   3   5
6154    GGET     4   1      ; "f"
6155    CALL     4   2   1
6156    KSHORT   5 1596
6157    TSETV    4   3   5
6158    GGET     4   1      ; "f"
6159    CALL     4   2   1
6160    KSHORT   5 1597
6161    TSETV    4   3   5
6162    GGET     4   1      ; "f"
6163    CALL     4   2   1
6164    KSHORT   5 1598
6165    TSETV    4   3   5
6166    GGET     4   1      ; "f"
6167    CALL     4   2   1
6168    KSHORT   5 1599
6169    TSETV    4   3   5
6170    GGET     4   1      ; "f"
6171    CALL     4   2   1
6172    KSHORT   5 1600
6173    TSETV    4   3   5
6174    GGET     4   1      ; "f"
6175    CALL     4   2   1
6176    KSHORT   5 1601
6177    TSETV    4   3   5
6178    GGET     4   1      ; "f"
6179    CALL     4   2   1
6180    KSHORT   5 1602
6181    TSETV    4   3   5
6182    GGET     4   1      ; "f"
6183    CALL     4   2   1
6184    KSHORT   5 1603
6185    TSETV    4   3   5
6186    GGET     4   1      ; "f"
6187    CALL     4   2   1
6188    KSHORT   5 1604
6189    TSETV    4   3   5
6190    GGET     4   1      ; "f"
6191    CALL     4   2   1
6192    KSHORT   5 1605
6193    TSETV    4   3   5
6194    GGET     4   1      ; "f"
6195    CALL     4   2   1
6196    KSHORT   5 1606
6197    TSETV    4   3   5
6198    GGET     4   1      ; "f"
6199    CALL     4   2   1
6200    KSHORT   5 1607
6201    TSETV    4   3   5
6202    GGET     4   1      ; "f"
6203    CALL     4   2   1
6204    KSHORT   5 1608
6205    TSETV    4   3   5
6206    GGET     4   1      ; "f"
6207    CALL     4   2   1
6208    KSHORT   5 1609
6209    TSETV    4   3   5
6210    GGET     4   1      ; "f"
6211    CALL     4   2   1
6212    KSHORT   5 1610
6213    TSETV    4   3   5
6214    GGET     4   1      ; "f"
6215    CALL     4   2   1
6216    KSHORT   5 1611
6217    TSETV    4   3   5
6218    GGET     4   1      ; "f"
6219    CALL     4   2   1
6220    KSHORT   5 1612
6221    TSETV    4   3   5
6222    GGET     4   1      ; "f"
6223    CALL     4   2   1
6224    KSHORT   5 1613
6225    TSETV    4   3   5
6226    GGET     4   1      ; "f"
6227    CALL     4   2   1
6228    KSHORT   5 1614
6229    TSETV    4   3   5
6230    GGET     4   1      ; "f"
6231    CALL     4   2   1
6232    KSHORT   5 1615
6233    TSETV    4   3   5
6234    GGET     4   1      ; "f"
6235    CALL     4   2   1
6236    KSHORT   5 1616
6237    TSETV    4   3   5
6238    GGET     4   1      ; "f"
6239    CALL     4   2   1
6240    KSHORT   5 1617
6241    TSETV    4   3   5
6242    GGET     4   1      ; "f"
6243    CALL     4   2   1
6244    KSHORT   5 1618
6245    TSETV    4   3   5
6246    GGET     4   1      ; "f"
6247    CALL     4   2   1
6248    KSHORT   5 1619
6249    TSETV    4   3   5
6250    GGET     4   1      ; "f"
6251    CALL     4   2   1
6252    KSHORT   5 1620
6253    TSETV    4   3   5
6254    GGET     4   1      ; "f"
6255    CALL     4   2   1
6256    KSHORT   5 1621
6257    TSETV    4   3   5
6258    GGET     4   1      ; "f"
6259    CALL     4   2   1
6260    KSHORT   5 1622
6261    TSETV    4   3   5
6262    GGET     4   1      ; "f"
6263    CALL     4   2   1
6264    KSHORT   5 1623
6265    TSETV    4   3   5
6266    GGET     4   1      ; "f"
6267    CALL     4   2   1
6268    KSHORT   5 1624
6269    TSETV    4   3   5
6270    GGET     4   1      ; "f"
6271    CALL     4   2   1
6272    KSHORT   5 1625
6273    TSETV    4   3   5
6274    GGET     4   1      ; "f"
6275    CALL     4   2   1
6276    KSHORT   5 1626
6277    TSETV    4   3   5
6278    GGET     4   1      ; "f"
6279    CALL     4   2   1
6280    KSHORT   5 1627
6281    TSETV    4   3   5
6282    GGET     4   1      ; "f"
6283    CALL     4   2   1
6284    KSHORT   5 1628
6285    TSETV    4   3   5
6286    GGET     4   1      ; "f"
6287    CALL     4   2   1
6288    KSHORT   5 1629
6289    TSETV    4   3   5
6290    GGET     4   1      ; "f"
6291    CALL     4   2   1
6292    KSHORT   5 1630
6293    TSETV    4   3   5
6294    GGET     4   1      ; "f"
6295    CALL     4   2   1
6296    KSHORT   5 1631
6297    TSETV    4   3   5
6298    GGET     4   1      ; "f"
6299    CALL     4   2   1
6300    KSHORT   5 1632
6301    TSETV    4   3   5
6302    GGET     4   1      ; "f"
6303    CALL     4   2   1
6304    KSHORT   5 1633
6305    TSETV    4   3   5
6306    GGET     4   1      ; "f"
6307    CALL     4   2   1
6308    KSHORT   5 1634
6309    TSETV    4   3   5
6310    GGET     4   1      ; "f"
6311    CALL     4   2   1
6312    KSHORT   5 1635
6313    TSETV    4   3   5
6314    GGET     4   1      ; "f"
6315    CALL     4   2   1
6316    KSHORT   5 1636
6317    TSETV    4   3   5
6318    GGET     4   1      ; "f"
6319    CALL     4   2   1
6320    KSHORT   5 1637
6321    TSETV    4   3   5
6322    GGET     4   1      ; "f"
6323    CALL     4   2   1
6324    KSHORT   5 1638
6325    TSETV    4   3   5
6326    GGET     4   1      ; "f"
6327    CALL     4   2   1
6328    KSHORT   5 1639
6329    TSETV    4   3   5
6330    GGET     4   1      ; "f"
6331    CALL     4   2   1
6332    KSHORT   5 1640
6333    TSETV    4   3   5
6334    GGET     4   1      ; "f"
6335    CALL     4   2   1
6336    KSHORT   5 1641
6337    TSETV    4   3   5
6338    GGET     4   1      ; "f"
6339    CALL     4   2   1
6340    KSHORT   5 1642
6341    TSETV    4   3   5
6342    GGET     4   1      ; "f"
6343    CALL     4   2   1
6344    KSHORT   5 1643
6345    TSETV    4   3   5
6346    GGET     4   1      ; "f"
6347    CALL     4   2   1
6348    KSHORT   5 1644
6349    TSETV    4   3   5
6350    GGET     4   1      ; "f"
6351    CALL     4   2   1
6352    KSHORT   5 1645
6353    TSETV    4   3   5
6354    GGET     4   1      ; "f"
6355    CALL     4   2   1
6356    KSHORT   5 1646
6357    TSETV    4   3   5
6358    GGET     4   1      ; "f"
6359    CALL     4   2   1
6360    KSHORT   5 1647
6361    TSETV    4   3   5
6362    GGET     4   1      ; "f"
6363    CALL     4   2   1
6364    KSHORT   5 1648
6365    TSETV    4   3   5
6366    GGET     4   1      ; "f"
6367    CALL     4   2   1
6368    KSHORT   5 1649
6369    TSETV    4   3   5
6370    GGET     4   1      ; "f"
6371    CALL     4   2   1
6372    KSHORT   5 1650
6373    TSETV    4   3   5
6374    GGET     4   1      ; "f"
6375    CALL     4   2   1
6376    KSHORT   5 1651
6377    TSETV    4   3   5
6378    GGET     4   1      ; "f"
6379    CALL     4   2   1
6380    KSHORT   5 1652
6381    TSETV    4   3   5
6382    GGET     4   1      ; "f"
6383    CALL     4   2   1
6384    KSHORT   5 1653
6385    TSETV    4   3   5
6386    GGET     4   1      ; "f"
6387    CALL     4   2   1
6388    KSHORT   5 1654
6389    TSETV    4   3   5
6390    GGET     4   1      ; "f"
6391    CALL     4   2   1
6392    KSHORT   5 1655
6393    TSETV    4   3   5
6394    GGET     4   1      ; "f"
6395    CALL     4   2   1
6396    KSHORT   5 1656
6397    TSETV    4   3   5
6398    GGET     4   1      ; "f"
6399    CALL     4   2   1
6400    KSHORT   5 1657
6401    TSETV    4   3   5
6402    GGET     4   1      ; "f"
6403    CALL     4   2   1
6404    KSHORT   5 1658
6405    TSETV    4   3   5
6406    GGET     4   1      ; "f"
6407    CALL     4   2   1
6408    KSHORT   5 1659
6409    TSETV    4   3   5
6410    GGET     4   1      ; "f"
6411    CALL     4   2   1
6412    KSHORT   5 1660
6413    TSETV    4   3   5
6414    GGET     4   1      ; "f"
6415    CALL     4   2   1
6416    KSHORT   5 1661
6417    TSETV    4   3   5
6418    GGET     4   1      ; "f"
6419    CALL     4   2   1
6420    KSHORT   5 1662
6421    TSETV    4   3   5
6422    GGET     4   1      ; "f"
6423    CALL     4   2   1
6424    KSHORT   5 1663
6425    TSETV    4   3   5
6426    GGET     4   1      ; "f"
6427    CALL     4   2   1
6428    KSHORT   5 1664
6429    TSETV    4   3   5
6430    GGET     4   1      ; "f"
6431    CALL     4   2   1
6432    KSHORT   5 1665
6433    TSETV    4   3   5
6434    GGET     4   1      ; "f"
6435    CALL     4   2   1
6436    KSHORT   5 1666
6437    TSETV    4   3   5
6438    GGET     4   1      ; "f"
6439    CALL     4   2   1
6440    KSHORT   5 1667
6441    TSETV    4   3   5
6442    GGET     4   1      ; "f"
6443    CALL     4   2   1
6444    KSHORT   5 1668
6445    TSETV    4   3   5
6446    GGET     4   1      ; "f"
6447    CALL     4   2   1
6448    KSHORT   5 1669
6449    TSETV    4   3   5
6450    GGET     4   1      ; "f"
6451    CALL     4   2   1
6452    KSHORT   5 1670
6453    TSETV    4   3   5
6454    GGET     4   1      ; "f"
6455    CALL     4   2   1
6456    KSHORT   5 1671
6457    TSETV    4   3   5
6458    GGET     4   1      ; "f"
6459    CALL     4   2   1
6460    KSHORT   5 1672
6461    TSETV    4   3   5
6462    GGET     4   1      ; "f"
6463    CALL     4   2   1
6464    KSHORT   5 1673
6465    TSETV    4   3   5
6466    GGET     4   1      ; "f"
6467    CALL     4   2   1
6468    KSHORT   5 1674
6469    TSETV    4   3   5
6470    GGET     4   1      ; "f"
6471    CALL     4   2   1
6472    KSHORT   5 1675
6473    TSETV    4   3   5
6474    GGET     4   1      ; "f"
6475    CALL     4   2   1
6476    KSHORT   5 1676
6477    TSETV    4   3   5
6478    GGET     4   1      ; "f"
6479    CALL     4   2   1
6480    KSHORT   5 1677
6481    TSETV    4   3   5
6482    GGET     4   1      ; "f"
6483    CALL     4   2   1
6484    KSHORT   5 1678
6485    TSETV    4   3   5
6486    GGET     4   1      ; "f"
6487    CALL     4   2   1
6488    KSHORT   5 1679
6489    TSETV    4   3   5
6490    GGET     4   1      ; "f"
6491    CALL     4   2   1
6492    KSHORT   5 1680
6493    TSETV    4   3   5
6494    GGET     4   1      ; "f"
6495    CALL     4   2   1
6496    KSHORT   5 1681
6497    TSETV    4   3   5
6498    GGET     4   1      ; "f"
6499    CALL     4   2   1
6500    KSHORT   5 1682
6501    TSETV    4   3   5
6502    GGET     4   1      ; "f"
6503    CALL     4   2   1
6504    KSHORT   5 1683
6505    TSETV    4   3   5
6506    GGET     4   1      ; "f"
6507    CALL     4   2   1
6508    KSHORT   5 1684
6509    TSETV    4   3   5
6510    GGET     4   1      ; "f"
6511    CALL     4   2   1
6512    KSHORT   5 1685
6513    TSETV    4   3   5
6514    GGET     4   1      ; "f"
6515    CALL     4   2   1
6516    KSHORT   5 1686
6517    TSETV    4   3   5
6518    GGET     4   1      ; "f"
6519    CALL     4   2   1
6520    KSHORT   5 1687
6521    TSETV    4   3   5
6522    GGET     4   1      ; "f"
6523    CALL     4   2   1
6524    KSHORT   5 1688
6525    TSETV    4   3   5
6526    GGET     4   1      ; "f"
6527    CALL     4   2   1
6528    KSHORT   5 1689
6529    TSETV    4   3   5
6530    GGET     4   1      ; "f"
6531    CALL     4   2   1
6532    KSHORT   5 1690
6533    TSETV    4   3   5
6534    GGET     4   1      ; "f"
6535    CALL     4   2   1
6536    KSHORT   5 1691
6537    TSETV    4   3   5
6538    GGET     4   1      ; "f"
6539    CALL     4   2   1
6540    KSHORT   5 1692
6541    TSETV    4   3   5
6542    GGET     4   1      ; "f"
6543    CALL     4   2   1
6544    KSHORT   5 1693
6545    TSETV    4   3   5
6546    GGET     4   1      ; "f"
6547    CALL     4   2   1
6548    KSHORT   5 1694
6549    TSETV    4   3   5
6550    GGET     4   1      ; "f"
6551    CALL     4   2   1
6552    KSHORT   5 1695
6553    TSETV    4   3   5
6554    GGET     4   1      ; "f"
6555    CALL     4   2   1
6556    KSHORT   5 1696
6557    TSETV    4   3   5
6558    GGET     4   1      ; "f"
6559    CALL     4   2   1
6560    KSHORT   5 1697
6561    TSETV    4   3   5
6562    GGET     4   1      ; "f"
6563    CALL     4   2   1
6564    KSHORT   5 1698
6565    TSETV    4   3   5
6566    GGET     4   1      ; "f"
6567    CALL     4   2   1
6568    KSHORT   5 1699
6569    TSETV    4   3   5
6570    GGET     4   1      ; "f"
6571    CALL     4   2   1
6572    KSHORT   5 1700
6573    TSETV    4   3   5
6574    GGET     4   1      ; "f"
6575    CALL     4   2   1
6576    KSHORT   5 1701
6577    TSETV    4   3   5
6578    GGET     4   1      ; "f"
6579    CALL     4   2   1
6580    KSHORT   5 1702
6581    TSETV    4   3   5
6582    GGET     4   1      ; "f"
6583    CALL     4   2   1
6584    KSHORT   5 1703
6585    TSETV    4   3   5
6586    GGET     4   1      ; "f"
6587    CALL     4   2   1
6588    KSHORT   5 1704
6589    TSETV    4   3   5
6590    GGET     4   1      ; "f"
6591    CALL     4   2   1
6592    KSHORT   5 1705
6593    TSETV    4   3   5
6594    GGET     4   1      ; "f"
6595    CALL     4   2   1
6596    KSHORT   5 1706
6597    TSETV    4   3   5
6598    GGET     4   1      ; "f"
6599    CALL     4   2   1
6600    KSHORT   5 1707
6601    TSETV    4   3   5
6602    GGET     4   1      ; "f"
6603    CALL     4   2   1
6604    KSHORT   5 1708
6605    TSETV    4   3   5
6606    GGET     4   1      ; "f"
6607    CALL     4   2   1
6608    KSHORT   5 1709
6609    TSETV    4   3   5
6610    GGET     4   1      ; "f"
6611    CALL     4   2   1
6612    KSHORT   5 1710
6613    TSETV    4   3   5
6614    GGET     4   1      ; "f"
6615    CALL     4   2   1
6616    KSHORT   5 1711
6617    TSETV    4   3   5
6618    GGET     4   1      ; "f"
6619    CALL     4   2   1
6620    KSHORT   5 1712
6621    TSETV    4   3   5
6622    GGET     4   1      ; "f"
6623    CALL     4   2   1
6624    KSHORT   5 1713
6625    TSETV    4   3   5
6626    GGET     4   1      ; "f"
6627    CALL     4   2   1
6628    KSHORT   5 1714
6629    TSETV    4   3   5
6630    GGET     4   1      ; "f"
6631    CALL     4   2   1
6632    KSHORT   5 1715
6633    TSETV    4   3   5
6634    GGET     4   1      ; "f"
6635    CALL     4   2   1
6636    KSHORT   5 1716
6637    TSETV    4   3   5
6638    GGET     4   1      ; "f"
6639    CALL     4   2   1
6640    KSHORT   5 1717
6641    TSETV    4   3   5
6642    GGET     4   1      ; "f"
6643    CALL     4   2   1
6644    KSHORT   5 1718
6645    TSETV    4   3   5
6646    GGET     4   1      ; "f"
6647    CALL     4   2   1
6648    KSHORT   5 1719
6649    TSETV    4   3   5
6650    GGET     4   1      ; "f"
6651    CALL     4   2   1
6652    KSHORT   5 1720
6653    TSETV    4   3   5
6654    GGET     4   1      ; "f"
6655    CALL     4   2   1
6656    KSHORT   5 1721
6657    TSETV    4   3   5
6658    GGET     4   1      ; "f"
6659    CALL     4   2   1
6660    KSHORT   5 1722
6661    TSETV    4   3   5
6662    GGET     4   1      ; "f"
6663    CALL     4   2   1
6664    KSHORT   5 1723
6665    TSETV    4   3   5
6666    GGET     4   1      ; "f"
6667    CALL     4   2   1
6668    KSHORT   5 1724
6669    TSETV    4   3   5
6670    GGET     4   1      ; "f"
6671    CALL     4   2   1
6672    KSHORT   5 1725
6673    TSETV    4   3   5
6674    GGET     4   1      ; "f"
6675    CALL     4   2   1
6676    KSHORT   5 1726
6677    TSETV    4   3   5
6678    GGET     4   1      ; "f"
6679    CALL     4   2   1
6680    KSHORT   5 1727
6681    TSETV    4   3   5
6682    GGET     4   1      ; "f"
6683    CALL     4   2   1
6684    KSHORT   5 1728
6685    TSETV    4   3   5
6686    GGET     4   1      ; "f"
6687    CALL     4   2   1
6688    KSHORT   5 1729
6689    TSETV    4   3   5
6690    GGET     4   1      ; "f"
6691    CALL     4   2   1
6692    KSHORT   5 1730
6693    TSETV    4   3   5
6694    GGET     4   1      ; "f"
6695    CALL     4   2   1
6696    KSHORT   5 1731
6697    TSETV    4   3   5
6698    GGET     4   1      ; "f"
6699    CALL     4   2   1
6700    KSHORT   5 1732
6701    TSETV    4   3   5
6702    GGET     4   1      ; "f"
6703    CALL     4   2   1
6704    KSHORT   5 1733
6705    TSETV    4   3   5
6706    GGET     4   1      ; "f"
6707    CALL     4   2   1
6708    KSHORT   5 1734
6709    TSETV    4   3   5
6710    GGET     4   1      ; "f"
6711    CALL     4   2   1
6712    KSHORT   5 1735
6713    TSETV    4   3   5
6714    GGET     4   1      ; "f"
6715    CALL     4   2   1
6716    KSHORT   5 1736
6717    TSETV    4   3   5
6718    GGET     4   1      ; "f"
6719    CALL     4   2   1
6720    KSHORT   5 1737
6721    TSETV    4   3   5
6722    GGET     4   1      ; "f"
6723    CALL     4   2   1
6724    KSHORT   5 1738
6725    TSETV    4   3   5
6726    GGET     4   1      ; "f"
6727    CALL     4   2   1
6728    KSHORT   5 1739
6729    TSETV    4   3   5
6730    GGET     4   1      ; "f"
6731    CALL     4   2   1
6732    KSHORT   5 1740
6733    TSETV    4   3   5
6734    GGET     4   1      ; "f"
6735    CALL     4   2   1
6736    KSHORT   5 1741
6737    TSETV    4   3   5
6738    GGET     4   1      ; "f"
6739    CALL     4   2   1
6740    KSHORT   5 1742
6741    TSETV    4   3   5
6742    GGET     4   1      ; "f"
6743    CALL     4   2   1
6744    KSHORT   5 1743
6745    TSETV    4   3   5
6746    GGET     4   1      ; "f"
6747    CALL     4   2   1
6748    KSHORT   5 1744
6749    TSETV    4   3   5
6750    GGET     4   1      ; "f"
6751    CALL     4   2   1
6752    KSHORT   5 1745
6753    TSETV    4   3   5
6754    GGET     4   1      ; "f"
6755    CALL     4   2   1
6756    KSHORT   5 1746
6757    TSETV    4   3   5
6758    GGET     4   1      ; "f"
6759    CALL     4   2   1
6760    KSHORT   5 1747
6761    TSETV    4   3   5
6762    GGET     4   1      ; "f"
6763    CALL     4   2   1
6764    KSHORT   5 1748
6765    TSETV    4   3   5
6766    GGET     4   1      ; "f"
6767    CALL     4   2   1
6768    KSHORT   5 1749
6769    TSETV    4   3   5
6770    GGET     4   1      ; "f"
6771    CALL     4   2   1
6772    KSHORT   5 1750
6773    TSETV    4   3   5
6774    GGET     4   1      ; "f"
6775    CALL     4   2   1
6776    KSHORT   5 1751
6777    TSETV    4   3   5
6778    GGET     4   1      ; "f"
6779    CALL     4   2   1
6780    KSHORT   5 1752
6781    TSETV    4   3   5
6782    GGET     4   1      ; "f"
6783    CALL     4   2   1
6784    KSHORT   5 1753
6785    TSETV    4   3   5
6786    GGET     4   1      ; "f"
6787    CALL     4   2   1
6788    KSHORT   5 1754
6789    TSETV    4   3   5
6790    GGET     4   1      ; "f"
6791    CALL     4   2   1
6792    KSHORT   5 1755
6793    TSETV    4   3   5
6794    GGET     4   1      ; "f"
6795    CALL     4   2   1
6796    KSHORT   5 1756
6797    TSETV    4   3   5
6798    GGET     4   1      ; "f"
6799    CALL     4   2   1
6800    KSHORT   5 1757
6801    TSETV    4   3   5
6802    GGET     4   1      ; "f"
6803    CALL     4   2   1
6804    KSHORT   5 1758
6805    TSETV    4   3   5
6806    GGET     4   1      ; "f"
6807    CALL     4   2   1
6808    KSHORT   5 1759
6809    TSETV    4   3   5
6810    GGET     4   1      ; "f"
6811    CALL     4   2   1
6812    KSHORT   5 1760
6813    TSETV    4   3   5
6814    GGET     4   1      ; "f"
6815    CALL     4   2   1
6816    KSHORT   5 1761
6817    TSETV    4   3   5
6818    GGET     4   1      ; "f"
6819    CALL     4   2   1
6820    KSHORT   5 1762
6821    TSETV    4   3   5
6822    GGET     4   1      ; "f"
6823    CALL     4   2   1
6824    KSHORT   5 1763
6825    TSETV    4   3   5
6826    GGET     4   1      ; "f"
6827    CALL     4   2   1
6828    KSHORT   5 1764
6829    TSETV    4   3   5
6830    GGET     4   1      ; "f"
6831    CALL     4   2   1
6832    KSHORT   5 1765
6833    TSETV    4   3   5
6834    GGET     4   1      ; "f"
6835    CALL     4   2   1
6836    KSHORT   5 1766
6837    TSETV    4   3   5
6838    GGET     4   1      ; "f"
6839    CALL     4   2   1
6840    KSHORT   5 1767
6841    TSETV    4   3   5
6842    GGET     4   1      ; "f"
6843    CALL     4   2   1
6844    KSHORT   5 1768
6845    TSETV    4   3   5
6846    GGET     4   1      ; "f"
6847    CALL     4   2   1
6848    KSHORT   5 1769
6849    TSETV    4   3   5
6850    GGET     4   1      ; "f"
6851    CALL     4   2   1
6852    KSHORT   5 1770
6853    TSETV    4   3   5
6854    GGET     4   1      ; "f"
6855    CALL     4   2   1
6856    KSHORT   5 1771
6857    TSETV    4   3   5
6858    GGET     4   1      ; "f"
6859    CALL     4   2   1
6860    KSHORT   5 1772
6861    TSETV    4   3   5
6862    GGET     4   1      ; "f"
6863    CALL     4   2   1
6864    KSHORT   5 1773
6865    TSETV    4   3   5
6866    GGET     4   1      ; "f"
6867    CALL     4   2   1
6868    KSHORT   5 1774
6869    TSETV    4   3   5
6870    GGET     4   1      ; "f"
6871    CALL     4   2   1
6872    KSHORT   5 1775
6873    TSETV    4   3   5
6874    GGET     4   1      ; "f"
6875    CALL     4   2   1
6876    KSHORT   5 1776
6877    TSETV    4   3   5
6878    GGET     4   1      ; "f"
6879    CALL     4   2   1
6880    KSHORT   5 1777
6881    TSETV    4   3   5
6882    GGET     4   1      ; "f"
6883    CALL     4   2   1
6884    KSHORT   5 1778
6885    TSETV    4   3   5
6886    GGET     4   1      ; "f"
6887    CALL     4   2   1
6888    KSHORT   5 1779
6889    TSETV    4   3   5
6890    GGET     4   1      ; "f"
6891    CALL     4   2   1
6892    KSHORT   5 1780
6893    TSETV    4   3   5
6894    GGET     4   1      ; "f"
6895    CALL     4   2   1
6896    KSHORT   5 1781
6897    TSETV    4   3   5
6898    GGET     4   1      ; "f"
6899    CALL     4   2   1
6900    KSHORT   5 1782
6901    TSETV    4   3   5
6902    GGET     4   1      ; "f"
6903    CALL     4   2   1
6904    KSHORT   5 1783
6905    TSETV    4   3   5
6906    GGET     4   1      ; "f"
6907    CALL     4   2   1
6908    KSHORT   5 1784
6909    TSETV    4   3   5
6910    GGET     4   1      ; "f"
6911    CALL     4   2   1
6912    KSHORT   5 1785
6913    TSETV    4   3   5
6914    GGET     4   1      ; "f"
6915    CALL     4   2   1
6916    KSHORT   5 1786
6917    TSETV    4   3   5
6918    GGET     4   1      ; "f"
6919    CALL     4   2   1
6920    KSHORT   5 1787
6921    TSETV    4   3   5
6922    GGET     4   1      ; "f"
6923    CALL     4   2   1
6924    KSHORT   5 1788
6925    TSETV    4   3   5
6926    GGET     4   1      ; "f"
6927    CALL     4   2   1
6928    KSHORT   5 1789
6929    TSETV    4   3   5
6930    GGET     4   1      ; "f"
6931    CALL     4   2   1
6932    KSHORT   5 1790
6933    TSETV    4   3   5
6934    GGET     4   1      ; "f"
6935    CALL     4   2   1
6936    KSHORT   5 1791
6937    TSETV    4   3   5
6938    GGET     4   1      ; "f"
6939    CALL     4   2   1
6940    KSHORT   5 1792
6941    TSETV    4   3   5
6942    GGET     4   1      ; "f"
6943    CALL     4   2   1
6944    KSHORT   5 1793
6945    TSETV    4   3   5
6946    GGET     4   1      ; "f"
6947    CALL     4   2   1
6948    KSHORT   5 1794
6949    TSETV    4   3   5
6950    GGET     4   1      ; "f"
6951    CALL     4   2   1
6952    KSHORT   5 1795
6953    TSETV    4   3   5
6954    GGET     4   1      ; "f"
6955    CALL     4   2   1
6956    KSHORT   5 1796
6957    TSETV    4   3   5
6958    GGET     4   1      ; "f"
6959    CALL     4   2   1
6960    KSHORT   5 1797
6961    TSETV    4   3   5
6962    GGET     4   1      ; "f"
6963    CALL     4   2   1
6964    KSHORT   5 1798
6965    TSETV    4   3   5
6966    GGET     4   1      ; "f"
6967    CALL     4   2   1
6968    KSHORT   5 1799
6969    TSETV    4   3   5
6970    GGET     4   1      ; "f"
6971    CALL     4   2   1
6972    KSHORT   5 1800
6973    TSETV    4   3   5
6974    GGET     4   1      ; "f"
6975    CALL     4   2   1
6976    KSHORT   5 1801
6977    TSETV    4   3   5
6978    GGET     4   1      ; "f"
6979    CALL     4   2   1
6980    KSHORT   5 1802
6981    TSETV    4   3   5
6982    GGET     4   1      ; "f"
6983    CALL     4   2   1
6984    KSHORT   5 1803
6985    TSETV    4   3   5
6986    GGET     4   1      ; "f"
6987    CALL     4   2   1
6988    KSHORT   5 1804
6989    TSETV    4   3   5
6990    GGET     4   1      ; "f"
6991    CALL     4   2   1
6992    KSHORT   5 1805
6993    TSETV    4   3   5
6994    GGET     4   1      ; "f"
6995    CALL     4   2   1
6996    KSHORT   5 1806
6997    TSETV    4   3   5
6998    GGET     4   1      ; "f"
6999    CALL     4   2   1
7000    KSHORT   5 1807
7001    TSETV    4   3   5
7002    GGET     4   1      ; "f"
7003    CALL     4   2   1
7004    KSHORT   5 1808
7005    TSETV    4   3   5
7006    GGET     4   1      ; "f"
7007    CALL     4   2   1
7008    KSHORT   5 1809
7009    TSETV    4   3   5
7010    GGET     4   1      ; "f"
7011    CALL     4   2   1
7012    KSHORT   5 1810
7013    TSETV    4   3   5
7014    GGET     4   1      ; "f"
7015    CALL     4   2   1
7016    KSHORT   5 1811
7017    TSETV    4   3   5
7018    GGET     4   1      ; "f"
7019    CALL     4   2   1
7020    KSHORT   5 1812
7021    TSETV    4   3   5
7022    GGET     4   1      ; "f"
7023    CALL     4   2   1
7024    KSHORT   5 1813
7025    TSETV    4   3   5
7026    GGET     4   1      ; "f"
7027    CALL     4   2   1
7028    KSHORT   5 1814
7029    TSETV    4   3   5
7030    GGET     4   1      ; "f"
7031    CALL     4   2   1
7032    KSHORT   5 1815
7033    TSETV    4   3   5
7034    GGET     4   1      ; "f"
7035    CALL     4   2   1
7036    KSHORT   5 1816
7037    TSETV    4   3   5
7038    GGET     4   1      ; "f"
7039    CALL     4   2   1
7040    KSHORT   5 1817
7041    TSETV    4   3   5
7042    GGET     4   1      ; "f"
7043    CALL     4   2   1
7044    KSHORT   5 1818
7045    TSETV    4   3   5
7046    GGET     4   1      ; "f"
7047    CALL     4   2   1
7048    KSHORT   5 1819
7049    TSETV    4   3   5
7050    GGET     4   1      ; "f"
7051    CALL     4   2   1
7052    KSHORT   5 1820
7053    TSETV    4   3   5
7054    GGET     4   1      ; "f"
7055    CALL     4   2   1
7056    KSHORT   5 1821
7057    TSETV    4   3   5
7058    GGET     4   1      ; "f"
7059    CALL     4   2   1
7060    KSHORT   5 1822
7061    TSETV    4   3   5
7062    GGET     4   1      ; "f"
7063    CALL     4   2   1
7064    KSHORT   5 1823
7065    TSETV    4   3   5
7066    GGET     4   1      ; "f"
7067    CALL     4   2   1
7068    KSHORT   5 1824
7069    TSETV    4   3   5
7070    GGET     4   1      ; "f"
7071    CALL     4   2   1
7072    KSHORT   5 1825
7073    TSETV    4   3   5
7074    GGET     4   1      ; "f"
7075    CALL     4   2   1
7076    KSHORT   5 1826
7077    TSETV    4   3   5
7078    GGET     4   1      ; "f"
7079    CALL     4   2   1
7080    KSHORT   5 1827
7081    TSETV    4   3   5
7082    GGET     4   1      ; "f"
7083    CALL     4   2   1
7084    KSHORT   5 1828
7085    TSETV    4   3   5
7086    GGET     4   1      ; "f"
7087    CALL     4   2   1
7088    KSHORT   5 1829
7089    TSETV    4   3   5
7090    GGET     4   1      ; "f"
7091    CALL     4   2   1
7092    KSHORT   5 1830
7093    TSETV    4   3   5
7094    GGET     4   1      ; "f"
7095    CALL     4   2   1
7096    KSHORT   5 1831
7097    TSETV    4   3   5
7098    GGET     4   1      ; "f"
7099    CALL     4   2   1
7100    KSHORT   5 1832
7101    TSETV    4   3   5
7102    GGET     4   1      ; "f"
7103    CALL     4   2   1
7104    KSHORT   5 1833
7105    TSETV    4   3   5
7106    GGET     4   1      ; "f"
7107    CALL     4   2   1
7108    KSHORT   5 1834
7109    TSETV    4   3   5
7110    GGET     4   1      ; "f"
7111    CALL     4   2   1
7112    KSHORT   5 1835
7113    TSETV    4   3   5
7114    GGET     4   1      ; "f"
7115    CALL     4   2   1
7116    KSHORT   5 1836
7117    TSETV    4   3   5
7118    GGET     4   1      ; "f"
7119    CALL     4   2   1
7120    KSHORT   5 1837
7121    TSETV    4   3   5
7122    GGET     4   1      ; "f"
7123    CALL     4   2   1
7124    KSHORT   5 1838
7125    TSETV    4   3   5
7126    GGET     4   1      ; "f"
7127    CALL     4   2   1
7128    KSHORT   5 1839
7129    TSETV    4   3   5
7130    GGET     4   1      ; "f"
7131    CALL     4   2   1
7132    KSHORT   5 1840
7133    TSETV    4   3   5
7134    GGET     4   1      ; "f"
7135    CALL     4   2   1
7136    KSHORT   5 1841
7137    TSETV    4   3   5
7138    GGET     4   1      ; "f"
7139    CALL     4   2   1
7140    KSHORT   5 1842
7141    TSETV    4   3   5
7142    GGET     4   1      ; "f"
7143    CALL     4   2   1
7144    KSHORT   5 1843
7145    TSETV    4   3   5
7146    GGET     4   1      ; "f"
7147    CALL     4   2   1
7148    KSHORT   5 1844
7149    TSETV    4   3   5
7150    GGET     4   1      ; "f"
7151    CALL     4   2   1
7152    KSHORT   5 1845
7153    TSETV    4   3   5
7154    GGET     4   1      ; "f"
7155    CALL     4   2   1
7156    KSHORT   5 1846
7157    TSETV    4   3   5
7158    GGET     4   1      ; "f"
7159    CALL     4   2   1
7160    KSHORT   5 1847
7161    TSETV    4   3   5
7162    GGET     4   1      ; "f"
7163    CALL     4   2   1
7164    KSHORT   5 1848
7165    TSETV    4   3   5
7166    GGET     4   1      ; "f"
7167    CALL     4   2   1
7168    KSHORT   5 1849
7169    TSETV    4   3   5
7170    GGET     4   1      ; "f"
7171    CALL     4   2   1
7172    KSHORT   5 1850
7173    TSETV    4   3   5
7174    GGET     4   1      ; "f"
7175    CALL     4   2   1
7176    KSHORT   5 1851
7177    TSETV    4   3   5
7178    GGET     4   1      ; "f"
7179    CALL     4   2   1
7180    KSHORT   5 1852
7181    TSETV    4   3   5
7182    GGET     4   1      ; "f"
7183    CALL     4   2   1
7184    KSHORT   5 1853
7185    TSETV    4   3   5
7186    GGET     4   1      ; "f"
7187    CALL     4   2   1
7188    KSHORT   5 1854
7189    TSETV    4   3   5
7190    GGET     4   1      ; "f"
7191    CALL     4   2   1
7192    KSHORT   5 1855
7193    TSETV    4   3   5
7194    GGET     4   1      ; "f"
7195    CALL     4   2   1
7196    KSHORT   5 1856
7197    TSETV    4   3   5
7198    GGET     4   1      ; "f"
7199    CALL     4   2   1
7200    KSHORT   5 1857
7201    TSETV    4   3   5
7202    GGET     4   1      ; "f"
7203    CALL     4   2   1
7204    KSHORT   5 1858
7205    TSETV    4   3   5
7206    GGET     4   1      ; "f"
7207    CALL     4   2   1
7208    KSHORT   5 1859
7209    TSETV    4   3   5
7210    GGET     4   1      ; "f"
7211    CALL     4   2   1
7212    KSHORT   5 1860
7213    TSETV    4   3   5
7214    GGET     4   1      ; "f"
7215    CALL     4   2   1
7216    KSHORT   5 1861
7217    TSETV    4   3   5
7218    GGET     4   1      ; "f"
7219    CALL     4   2   1
7220    KSHORT   5 1862
7221    TSETV    4   3   5
7222    GGET     4   1      ; "f"
7223    CALL     4   2   1
7224    KSHORT   5 1863
7225    TSETV    4   3   5
7226    GGET     4   1      ; "f"
7227    CALL     4   2   1
7228    KSHORT   5 1864
7229    TSETV    4   3   5
7230    GGET     4   1      ; "f"
7231    CALL     4   2   1
7232    KSHORT   5 1865
7233    TSETV    4   3   5
7234    GGET     4   1      ; "f"
7235    CALL     4   2   1
7236    KSHORT   5 1866
7237    TSETV    4   3   5
7238    GGET     4   1      ; "f"
7239    CALL     4   2   1
7240    KSHORT   5 1867
7241    TSETV    4   3   5
7242    GGET     4   1      ; "f"
7243    CALL     4   2   1
7244    KSHORT   5 1868
7245    TSETV    4   3   5
7246    GGET     4   1      ; "f"
7247    CALL     4   2   1
7248    KSHORT   5 1869
7249    TSETV    4   3   5
7250    GGET     4   1      ; "f"
7251    CALL     4   2   1
7252    KSHORT   5 1870
7253    TSETV    4   3   5
7254    GGET     4   1      ; "f"
7255    CALL     4   2   1
7256    KSHORT   5 1871
7257    TSETV    4   3   5
7258    GGET     4   1      ; "f"
7259    CALL     4   2   1
7260    KSHORT   5 1872
7261    TSETV    4   3   5
7262    GGET     4   1      ; "f"
7263    CALL     4   2   1
7264    KSHORT   5 1873
7265    TSETV    4   3   5
7266    GGET     4   1      ; "f"
7267    CALL     4   2   1
7268    KSHORT   5 1874
7269    TSETV    4   3   5
7270    GGET     4   1      ; "f"
7271    CALL     4   2   1
7272    KSHORT   5 1875
7273    TSETV    4   3   5
7274    GGET     4   1      ; "f"
7275    CALL     4   2   1
7276    KSHORT   5 1876
7277    TSETV    4   3   5
7278    GGET     4   1      ; "f"
7279    CALL     4   2   1
7280    KSHORT   5 1877
7281    TSETV    4   3   5
7282    GGET     4   1      ; "f"
7283    CALL     4   2   1
7284    KSHORT   5 1878
7285    TSETV    4   3   5
7286    GGET     4   1      ; "f"
7287    CALL     4   2   1
7288    KSHORT   5 1879
7289    TSETV    4   3   5
7290    GGET     4   1      ; "f"
7291    CALL     4   2   1
7292    KSHORT   5 1880
7293    TSETV    4   3   5
7294    GGET     4   1      ; "f"
7295    CALL     4   2   1
7296    KSHORT   5 1881
7297    TSETV    4   3   5
7298    GGET     4   1      ; "f"
7299    CALL     4   2   1
7300    KSHORT   5 1882
7301    TSETV    4   3   5
7302    GGET     4   1      ; "f"
7303    CALL     4   2   1
7304    KSHORT   5 1883
7305    TSETV    4   3   5
7306    GGET     4   1      ; "f"
7307    CALL     4   2   1
7308    KSHORT   5 1884
7309    TSETV    4   3   5
7310    GGET     4   1      ; "f"
7311    CALL     4   2   1
7312    KSHORT   5 1885
7313    TSETV    4   3   5
7314    GGET     4   1      ; "f"
7315    CALL     4   2   1
7316    KSHORT   5 1886
7317    TSETV    4   3   5
7318    GGET     4   1      ; "f"
7319    CALL     4   2   1
7320    KSHORT   5 1887
7321    TSETV    4   3   5
7322    GGET     4   1      ; "f"
7323    CALL     4   2   1
7324    KSHORT   5 1888
7325    TSETV    4   3   5
7326    GGET     4   1      ; "f"
7327    CALL     4   2   1
7328    KSHORT   5 1889
7329    TSETV    4   3   5
7330    GGET     4   1      ; "f"
7331    CALL     4   2   1
7332    KSHORT   5 1890
7333    TSETV    4   3   5
7334    GGET     4   1      ; "f"
7335    CALL     4   2   1
7336    KSHORT   5 1891
7337    TSETV    4   3   5
7338    GGET     4   1      ; "f"
7339    CALL     4   2   1
7340    KSHORT   5 1892
7341    TSETV    4   3   5
7342    GGET     4   1      ; "f"
7343    CALL     4   2   1
7344    KSHORT   5 1893
7345    TSETV    4   3   5
7346    GGET     4   1      ; "f"
7347    CALL     4   2   1
7348    KSHORT   5 1894
7349    TSETV    4   3   5
7350    GGET     4   1      ; "f"
7351    CALL     4   2   1
7352    KSHORT   5 1895
7353    TSETV    4   3   5
7354    GGET     4   1      ; "f"
7355    CALL     4   2   1
7356    KSHORT   5 1896
7357    TSETV    4   3   5
7358    GGET     4   1      ; "f"
7359    CALL     4   2   1
7360    KSHORT   5 1897
7361    TSETV    4   3   5
7362    GGET     4   1      ; "f"
7363    CALL     4   2   1
7364    KSHORT   5 1898
7365    TSETV    4   3   5
7366    GGET     4   1      ; "f"
7367    CALL     4   2   1
7368    KSHORT   5 1899
7369    TSETV    4   3   5
7370    GGET     4   1      ; "f"
7371    CALL     4   2   1
7372    KSHORT   5 1900
7373    TSETV    4   3   5
7374    GGET     4   1      ; "f"
7375    CALL     4   2   1
7376    KSHORT   5 1901
7377    TSETV    4   3   5
7378    GGET     4   1      ; "f"
7379    CALL     4   2   1
7380    KSHORT   5 1902
7381    TSETV    4   3   5
7382    GGET     4   1      ; "f"
7383    CALL     4   2   1
7384    KSHORT   5 1903
7385    TSETV    4   3   5
7386    GGET     4   1      ; "f"
7387    CALL     4   2   1
7388    KSHORT   5 1904
7389    TSETV    4   3   5
7390    GGET     4   1      ; "f"
7391    CALL     4   2   1
7392    KSHORT   5 1905
7393    TSETV    4   3   5
7394    GGET     4   1      ; "f"
7395    CALL     4   2   1
7396    KSHORT   5 1906
7397    TSETV    4   3   5
7398    GGET     4   1      ; "f"
7399    CALL     4   2   1
7400    KSHORT   5 1907
7401    TSETV    4   3   5
7402    GGET     4   1      ; "f"
7403    CALL     4   2   1
7404    KSHORT   5 1908
7405    TSETV    4   3   5
7406    GGET     4   1      ; "f"
7407    CALL     4   2   1
7408    KSHORT   5 1909
7409    TSETV    4   3   5
7410    GGET     4   1      ; "f"
7411    CALL     4   2   1
7412    KSHORT   5 1910
7413    TSETV    4   3   5
7414    GGET     4   1      ; "f"
7415    CALL     4   2   1
7416    KSHORT   5 1911
7417    TSETV    4   3   5
7418    GGET     4   1      ; "f"
7419    CALL     4   2   1
7420    KSHORT   5 1912
7421    TSETV    4   3   5
7422    GGET     4   1      ; "f"
7423    CALL     4   2   1
7424    KSHORT   5 1913
7425    TSETV    4   3   5
7426    GGET     4   1      ; "f"
7427    CALL     4   2   1
7428    KSHORT   5 1914
7429    TSETV    4   3   5
7430    GGET     4   1      ; "f"
7431    CALL     4   2   1
7432    KSHORT   5 1915
7433    TSETV    4   3   5
7434    GGET     4   1      ; "f"
7435    CALL     4   2   1
7436    KSHORT   5 1916
7437    TSETV    4   3   5
7438    GGET     4   1      ; "f"
7439    CALL     4   2   1
7440    KSHORT   5 1917
7441    TSETV    4   3   5
7442    GGET     4   1      ; "f"
7443    CALL     4   2   1
7444    KSHORT   5 1918
7445    TSETV    4   3   5
7446    GGET     4   1      ; "f"
7447    CALL     4   2   1
7448    KSHORT   5 1919
7449    TSETV    4   3   5
7450    GGET     4   1      ; "f"
7451    CALL     4   2   1
7452    KSHORT   5 1920
7453    TSETV    4   3   5
7454    GGET     4   1      ; "f"
7455    CALL     4   2   1
7456    KSHORT   5 1921
7457    TSETV    4   3   5
7458    GGET     4   1      ; "f"
7459    CALL     4   2   1
7460    KSHORT   5 1922
7461    TSETV    4   3   5
7462    GGET     4   1      ; "f"
7463    CALL     4   2   1
7464    KSHORT   5 1923
7465    TSETV    4   3   5
7466    GGET     4   1      ; "f"
7467    CALL     4   2   1
7468    KSHORT   5 1924
7469    TSETV    4   3   5
7470    GGET     4   1      ; "f"
7471    CALL     4   2   1
7472    KSHORT   5 1925
7473    TSETV    4   3   5
7474    GGET     4   1      ; "f"
7475    CALL     4   2   1
7476    KSHORT   5 1926
7477    TSETV    4   3   5
7478    GGET     4   1      ; "f"
7479    CALL     4   2   1
7480    KSHORT   5 1927
7481    TSETV    4   3   5
7482    GGET     4   1      ; "f"
7483    CALL     4   2   1
7484    KSHORT   5 1928
7485    TSETV    4   3   5
7486    GGET     4   1      ; "f"
7487    CALL     4   2   1
7488    KSHORT   5 1929
7489    TSETV    4   3   5
7490    GGET     4   1      ; "f"
7491    CALL     4   2   1
7492    KSHORT   5 1930
7493    TSETV    4   3   5
7494    GGET     4   1      ; "f"
7495    CALL     4   2   1
7496    KSHORT   5 1931
7497    TSETV    4   3   5
7498    GGET     4   1      ; "f"
7499    CALL     4   2   1
7500    KSHORT   5 1932
7501    TSETV    4   3   5
7502    GGET     4   1      ; "f"
7503    CALL     4   2   1
7504    KSHORT   5 1933
7505    TSETV    4   3   5
7506    GGET     4   1      ; "f"
7507    CALL     4   2   1
7508    KSHORT   5 1934
7509    TSETV    4   3   5
7510    GGET     4   1      ; "f"
7511    CALL     4   2   1
7512    KSHORT   5 1935
7513    TSETV    4   3   5
7514    GGET     4   1      ; "f"
7515    CALL     4   2   1
7516    KSHORT   5 1936
7517    TSETV    4   3   5
7518    GGET     4   1      ; "f"
7519    CALL     4   2   1
7520    KSHORT   5 1937
7521    TSETV    4   3   5
7522    GGET     4   1      ; "f"
7523    CALL     4   2   1
7524    KSHORT   5 1938
7525    TSETV    4   3   5
7526    GGET     4   1      ; "f"
7527    CALL     4   2   1
7528    KSHORT   5 1939
7529    TSETV    4   3   5
7530    GGET     4   1      ; "f"
7531    CALL     4   2   1
7532    KSHORT   5 1940
7533    TSETV    4   3   5
7534    GGET     4   1      ; "f"
7535    CALL     4   2   1
7536    KSHORT   5 1941
7537    TSETV    4   3   5
7538    GGET     4   1      ; "f"
7539    CALL     4   2   1
7540    KSHORT   5 1942
7541    TSETV    4   3   5
7542    GGET     4   1      ; "f"
7543    CALL     4   2   1
7544    KSHORT   5 1943
7545    TSETV    4   3   5
7546    GGET     4   1      ; "f"
7547    CALL     4   2   1
7548    KSHORT   5 1944
7549    TSETV    4   3   5
7550    GGET     4   1      ; "f"
7551    CALL     4   2   1
7552    KSHORT   5 1945
7553    TSETV    4   3   5
7554    GGET     4   1      ; "f"
7555    CALL     4   2   1
7556    KSHORT   5 1946
7557    TSETV    4   3   5
7558    GGET     4   1      ; "f"
7559    CALL     4   2   1
7560    KSHORT   5 1947
7561    TSETV    4   3   5
7562    GGET     4   1      ; "f"
7563    CALL     4   2   1
7564    KSHORT   5 1948
7565    TSETV    4   3   5
7566    GGET     4   1      ; "f"
7567    CALL     4   2   1
7568    KSHORT   5 1949
7569    TSETV    4   3   5
7570    GGET     4   1      ; "f"
7571    CALL     4   2   1
7572    KSHORT   5 1950
7573    TSETV    4   3   5
7574    GGET     4   1      ; "f"
7575    CALL     4   2   1
7576    KSHORT   5 1951
7577    TSETV    4   3   5
7578    GGET     4   1      ; "f"
7579    CALL     4   2   1
7580    KSHORT   5 1952
7581    TSETV    4   3   5
7582    GGET     4   1      ; "f"
7583    CALL     4   2   1
7584    KSHORT   5 1953
7585    TSETV    4   3   5
7586    GGET     4   1      ; "f"
7587    CALL     4   2   1
7588    KSHORT   5 1954
7589    TSETV    4   3   5
7590    GGET     4   1      ; "f"
7591    CALL     4   2   1
7592    KSHORT   5 1955
7593    TSETV    4   3   5
7594    GGET     4   1      ; "f"
7595    CALL     4   2   1
7596    KSHORT   5 1956
7597    TSETV    4   3   5
7598    GGET     4   1      ; "f"
7599    CALL     4   2   1
7600    KSHORT   5 1957
7601    TSETV    4   3   5
7602    GGET     4   1      ; "f"
7603    CALL     4   2   1
7604    KSHORT   5 1958
7605    TSETV    4   3   5
7606    GGET     4   1      ; "f"
7607    CALL     4   2   1
7608    KSHORT   5 1959
7609    TSETV    4   3   5
7610    GGET     4   1      ; "f"
7611    CALL     4   2   1
7612    KSHORT   5 1960
7613    TSETV    4   3   5
7614    GGET     4   1      ; "f"
7615    CALL     4   2   1
7616    KSHORT   5 1961
7617    TSETV    4   3   5
7618    GGET     4   1      ; "f"
7619    CALL     4   2   1
7620    KSHORT   5 1962
7621    TSETV    4   3   5
7622    GGET     4   1      ; "f"
7623    CALL     4   2   1
7624    KSHORT   5 1963
7625    TSETV    4   3   5
7626    GGET     4   1      ; "f"
7627    CALL     4   2   1
7628    KSHORT   5 1964
7629    TSETV    4   3   5
7630    GGET     4   1      ; "f"
7631    CALL     4   2   1
7632    KSHORT   5 1965
7633    TSETV    4   3   5
7634    GGET     4   1      ; "f"
7635    CALL     4   2   1
7636    KSHORT   5 1966
7637    TSETV    4   3   5
7638    GGET     4   1      ; "f"
7639    CALL     4   2   1
7640    KSHORT   5 1967
7641    TSETV    4   3   5
7642    GGET     4   1      ; "f"
7643    CALL     4   2   1
7644    KSHORT   5 1968
7645    TSETV    4   3   5
7646    GGET     4   1      ; "f"
7647    CALL     4   2   1
7648    KSHORT   5 1969
7649    TSETV    4   3   5
7650    GGET     4   1      ; "f"
7651    CALL     4   2   1
7652    KSHORT   5 1970
7653    TSETV    4   3   5
7654    GGET     4   1      ; "f"
7655    CALL     4   2   1
7656    KSHORT   5 1971
7657    TSETV    4   3   5
7658    GGET     4   1      ; "f"
7659    CALL     4   2   1
7660    KSHORT   5 1972
7661    TSETV    4   3   5
7662    GGET     4   1      ; "f"
7663    CALL     4   2   1
7664    KSHORT   5 1973
7665    TSETV    4   3   5
7666    GGET     4   1      ; "f"
7667    CALL     4   2   1
7668    KSHORT   5 1974
7669    TSETV    4   3   5
7670    GGET     4   1      ; "f"
7671    CALL     4   2   1
7672    KSHORT   5 1975
7673    TSETV    4   3   5
7674    GGET     4   1      ; "f"
7675    CALL     4   2   1
7676    KSHORT   5 1976
7677    TSETV    4   3   5
7678    GGET     4   1      ; "f"
7679    CALL     4   2   1
7680    KSHORT   5 1977
7681    TSETV    4   3   5
7682    GGET     4   1      ; "f"
7683    CALL     4   2   1
7684    KSHORT   5 1978
7685    TSETV    4   3   5
7686    GGET     4   1      ; "f"
7687    CALL     4   2   1
7688    KSHORT   5 1979
7689    TSETV    4   3   5
7690    GGET     4   1      ; "f"
7691    CALL     4   2   1
7692    KSHORT   5 1980
7693    TSETV    4   3   5
7694    GGET     4   1      ; "f"
7695    CALL     4   2   1
7696    KSHORT   5 1981
7697    TSETV    4   3   5
7698    GGET     4   1      ; "f"
7699    CALL     4   2   1
7700    KSHORT   5 1982
7701    TSETV    4   3   5
7702    GGET     4   1      ; "f"
7703    CALL     4   2   1
7704    KSHORT   5 1983
7705    TSETV    4   3   5
7706    GGET     4   1      ; "f"
7707    CALL     4   2   1
7708    KSHORT   5 1984
7709    TSETV    4   3   5
7710    GGET     4   1      ; "f"
7711    CALL     4   2   1
7712    KSHORT   5 1985
7713    TSETV    4   3   5
7714    GGET     4   1      ; "f"
7715    CALL     4   2   1
7716    KSHORT   5 1986
7717    TSETV    4   3   5
7718    GGET     4   1      ; "f"
7719    CALL     4   2   1
7720    KSHORT   5 1987
7721    TSETV    4   3   5
7722    GGET     4   1      ; "f"
7723    CALL     4   2   1
7724    KSHORT   5 1988
7725    TSETV    4   3   5
7726    GGET     4   1      ; "f"
7727    CALL     4   2   1
7728    KSHORT   5 1989
7729    TSETV    4   3   5
7730    GGET     4   1      ; "f"
7731    CALL     4   2   1
7732    KSHORT   5 1990
7733    TSETV    4   3   5
7734    GGET     4   1      ; "f"
7735    CALL     4   2   1
7736    KSHORT   5 1991
7737    TSETV    4   3   5
7738    GGET     4   1      ; "f"
7739    CALL     4   2   1
7740    KSHORT   5 1992
7741    TSETV    4   3   5
7742    GGET     4   1      ; "f"
7743    CALL     4   2   1
7744    KSHORT   5 1993
7745    TSETV    4   3   5
7746    GGET     4   1      ; "f"
7747    CALL     4   2   1
7748    KSHORT   5 1994
7749    TSETV    4   3   5
7750    GGET     4   1      ; "f"
7751    CALL     4   2   1
7752    KSHORT   5 1995
7753    TSETV    4   3   5
7754    GGET     4   1      ; "f"
7755    CALL     4   2   1
7756    KSHORT   5 1996
7757    TSETV    4   3   5
7758    GGET     4   1      ; "f"
7759    CALL     4   2   1
7760    KSHORT   5 1997
7761    TSETV    4   3   5
7762    GGET     4   1      ; "f"
7763    CALL     4   2   1
7764    KSHORT   5 1998
7765    TSETV    4   3   5
7766    GGET     4   1      ; "f"
7767    CALL     4   2   1
7768    KSHORT   5 1999
7769    TSETV    4   3   5
7770    GGET     4   1      ; "f"
7771    CALL     4   2   1
7772    KSHORT   5 2000
7773    TSETV    4   3   5
7774    GGET     4   1      ; "f"
7775    CALL     4   2   1
7776    KSHORT   5 2001
7777    TSETV    4   3   5
7778    GGET     4   1      ; "f"
7779    CALL     4   2   1
7780    KSHORT   5 2002
7781    TSETV    4   3   5
7782    GGET     4   1      ; "f"
7783    CALL     4   2   1
7784    KSHORT   5 2003
7785    TSETV    4   3   5
7786    GGET     4   1      ; "f"
7787    CALL     4   2   1
7788    KSHORT   5 2004
7789    TSETV    4   3   5
7790    GGET     4   1      ; "f"
7791    CALL     4   2   1
7792    KSHORT   5 2005
7793    TSETV    4   3   5
7794    GGET     4   1      ; "f"
7795    CALL     4   2   1
7796    KSHORT   5 2006
7797    TSETV    4   3   5
7798    GGET     4   1      ; "f"
7799    CALL     4   2   1
7800    KSHORT   5 2007
7801    TSETV    4   3   5
7802    GGET     4   1      ; "f"
7803    CALL     4   2   1
7804    KSHORT   5 2008
7805    TSETV    4   3   5
7806    GGET     4   1      ; "f"
7807    CALL     4   2   1
7808    KSHORT   5 2009
7809    TSETV    4   3   5
7810    GGET     4   1      ; "f"
7811    CALL     4   2   1
7812    KSHORT   5 2010
7813    TSETV    4   3   5
7814    GGET     4   1      ; "f"
7815    CALL     4   2   1
7816    KSHORT   5 2011
7817    TSETV    4   3   5
7818    GGET     4   1      ; "f"
7819    CALL     4   2   1
7820    KSHORT   5 2012
7821    TSETV    4   3   5
7822    GGET     4   1      ; "f"
7823    CALL     4   2   1
7824    KSHORT   5 2013
7825    TSETV    4   3   5
7826    GGET     4   1      ; "f"
7827    CALL     4   2   1
7828    KSHORT   5 2014
7829    TSETV    4   3   5
7830    GGET     4   1      ; "f"
7831    CALL     4   2   1
7832    KSHORT   5 2015
7833    TSETV    4   3   5
7834    GGET     4   1      ; "f"
7835    CALL     4   2   1
7836    KSHORT   5 2016
7837    TSETV    4   3   5
7838    GGET     4   1      ; "f"
7839    CALL     4   2   1
7840    KSHORT   5 2017
7841    TSETV    4   3   5
7842    GGET     4   1      ; "f"
7843    CALL     4   2   1
7844    KSHORT   5 2018
7845    TSETV    4   3   5
7846    GGET     4   1      ; "f"
7847    CALL     4   2   1
7848    KSHORT   5 2019
7849    TSETV    4   3   5
7850    GGET     4   1      ; "f"
7851    CALL     4   2   1
7852    KSHORT   5 2020
7853    TSETV    4   3   5
7854    GGET     4   1      ; "f"
7855    CALL     4   2   1
7856    KSHORT   5 2021
7857    TSETV    4   3   5
7858    GGET     4   1      ; "f"
7859    CALL     4   2   1
7860    KSHORT   5 2022
7861    TSETV    4   3   5
7862    GGET     4   1      ; "f"
7863    CALL     4   2   1
7864    KSHORT   5 2023
7865    TSETV    4   3   5
7866    GGET     4   1      ; "f"
7867    CALL     4   2   1
7868    KSHORT   5 2024
7869    TSETV    4   3   5
7870    GGET     4   1      ; "f"
7871    CALL     4   2   1
7872    KSHORT   5 2025
7873    TSETV    4   3   5
7874    GGET     4   1      ; "f"
7875    CALL     4   2   1
7876    KSHORT   5 2026
7877    TSETV    4   3   5
7878    GGET     4   1      ; "f"
7879    CALL     4   2   1
7880    KSHORT   5 2027
7881    TSETV    4   3   5
7882    GGET     4   1      ; "f"
7883    CALL     4   2   1
7884    KSHORT   5 2028
7885    TSETV    4   3   5
7886    GGET     4   1      ; "f"
7887    CALL     4   2   1
7888    KSHORT   5 2029
7889    TSETV    4   3   5
7890    GGET     4   1      ; "f"
7891    CALL     4   2   1
7892    KSHORT   5 2030
7893    TSETV    4   3   5
7894    GGET     4   1      ; "f"
7895    CALL     4   2   1
7896    KSHORT   5 2031
7897    TSETV    4   3   5
7898    GGET     4   1      ; "f"
7899    CALL     4   2   1
7900    KSHORT   5 2032
7901    TSETV    4   3   5
7902    GGET     4   1      ; "f"
7903    CALL     4   2   1
7904    KSHORT   5 2033
7905    TSETV    4   3   5
7906    GGET     4   1      ; "f"
7907    CALL     4   2   1
7908    KSHORT   5 2034
7909    TSETV    4   3   5
7910    GGET     4   1      ; "f"
7911    CALL     4   2   1
7912    KSHORT   5 2035
7913    TSETV    4   3   5
7914    GGET     4   1      ; "f"
7915    CALL     4   2   1
7916    KSHORT   5 2036
7917    TSETV    4   3   5
7918    GGET     4   1      ; "f"
7919    CALL     4   2   1
7920    KSHORT   5 2037
7921    TSETV    4   3   5
7922    GGET     4   1      ; "f"
7923    CALL     4   2   1
7924    KSHORT   5 2038
7925    TSETV    4   3   5
7926    GGET     4   1      ; "f"
7927    CALL     4   2   1
7928    KSHORT   5 2039
7929    TSETV    4   3   5
7930    GGET     4   1      ; "f"
7931    CALL     4   2   1
7932    KSHORT   5 2040
7933    TSETV    4   3   5
7934    GGET     4   1      ; "f"
7935    CALL     4   2   1
7936    KSHORT   5 2041
7937    TSETV    4   3   5
7938    GGET     4   1      ; "f"
7939    CALL     4   2   1
7940    KSHORT   5 2042
7941    TSETV    4   3   5
7942    GGET     4   1      ; "f"
7943    CALL     4   2   1
7944    KSHORT   5 2043
7945    TSETV    4   3   5
7946    GGET     4   1      ; "f"
7947    CALL     4   2   1
7948    KSHORT   5 2044
7949    TSETV    4   3   5
7950    GGET     4   1      ; "f"
7951    CALL     4   2   1
7952    KSHORT   5 2045
7953    TSETV    4   3   5
7954    GGET     4   1      ; "f"
7955    CALL     4   2   1
7956    KSHORT   5 2046
7957    TSETV    4   3   5
7958    GGET     4   1      ; "f"
7959    CALL     4   2   1
7960    KSHORT   5 2047
7961    TSETV    4   3   5
7962    GGET     4   1      ; "f"
7963    CALL     4   2   1
7964    KSHORT   5 2048
7965    TSETV    4   3   5
7966    GGET     4   1      ; "f"
7967    CALL     4   2   1
7968    KSHORT   5 2049
7969    TSETV    4   3   5
7970    GGET     4   1      ; "f"
7971    CALL     4   2   1
7972    KSHORT   5 2050
7973    TSETV    4   3   5
7974    GGET     4   1      ; "f"
7975    CALL     4   2   1
7976    KSHORT   5 2051
7977    TSETV    4   3   5
7978    GGET     4   1      ; "f"
7979    CALL     4   2   1
7980    KSHORT   5 2052
7981    TSETV    4   3   5
7982    GGET     4   1      ; "f"
7983    CALL     4   2   1
7984    KSHORT   5 2053
7985    TSETV    4   3   5
7986    GGET     4   1      ; "f"
7987    CALL     4   2   1
7988    KSHORT   5 2054
7989    TSETV    4   3   5
7990    GGET     4   1      ; "f"
7991    CALL     4   2   1
7992    KSHORT   5 2055
7993    TSETV    4   3   5
7994    GGET     4   1      ; "f"
7995    CALL     4   2   1
7996    KSHORT   5 2056
7997    TSETV    4   3   5
7998    GGET     4   1      ; "f"
7999    CALL     4   2   1
8000    KSHORT   5 2057
8001    TSETV    4   3   5
8002    GGET     4   1      ; "f"
8003    CALL     4   2   1
8004    KSHORT   5 2058
8005    TSETV    4   3   5
8006    GGET     4   1      ; "f"
8007    CALL     4   2   1
8008    KSHORT   5 2059
8009    TSETV    4   3   5
8010    GGET     4   1      ; "f"
8011    CALL     4   2   1
8012    KSHORT   5 2060
8013    TSETV    4   3   5
8014    GGET     4   1      ; "f"
8015    CALL     4   2   1
8016    KSHORT   5 2061
8017    TSETV    4   3   5
8018    GGET     4   1      ; "f"
8019    CALL     4   2   1
8020    KSHORT   5 2062
8021    TSETV    4   3   5
8022    GGET     4   1      ; "f"
8023    CALL     4   2   1
8024    KSHORT   5 2063
8025    TSETV    4   3   5
8026    GGET     4   1      ; "f"
8027    CALL     4   2   1
8028    KSHORT   5 2064
8029    TSETV    4   3   5
8030    GGET     4   1      ; "f"
8031    CALL     4   2   1
8032    KSHORT   5 2065
8033    TSETV    4   3   5
8034    GGET     4   1      ; "f"
8035    CALL     4   2   1
8036    KSHORT   5 2066
8037    TSETV    4   3   5
8038    GGET     4   1      ; "f"
8039    CALL     4   2   1
8040    KSHORT   5 2067
8041    TSETV    4   3   5
8042    GGET     4   1      ; "f"
8043    CALL     4   2   1
8044    KSHORT   5 2068
8045    TSETV    4   3   5
8046    GGET     4   1      ; "f"
8047    CALL     4   2   1
8048    KSHORT   5 2069
8049    TSETV    4   3   5
8050    GGET     4   1      ; "f"
8051    CALL     4   2   1
8052    KSHORT   5 2070
8053    TSETV    4   3   5
8054    GGET     4   1      ; "f"
8055    CALL     4   2   1
8056    KSHORT   5 2071
8057    TSETV    4   3   5
8058    GGET     4   1      ; "f"
8059    CALL     4   2   1
8060    KSHORT   5 2072
8061    TSETV    4   3   5
8062    GGET     4   1      ; "f"
8063    CALL     4   2   1
8064    KSHORT   5 2073
8065    TSETV    4   3   5
8066    GGET     4   1      ; "f"
8067    CALL     4   2   1
8068    KSHORT   5 2074
8069    TSETV    4   3   5
8070    GGET     4   1      ; "f"
8071    CALL     4   2   1
8072    KSHORT   5 2075
8073    TSETV    4   3   5
8074    GGET     4   1      ; "f"
8075    CALL     4   2   1
8076    KSHORT   5 2076
8077    TSETV    4   3   5
8078    GGET     4   1      ; "f"
8079    CALL     4   2   1
8080    KSHORT   5 2077
8081    TSETV    4   3   5
8082    GGET     4   1      ; "f"
8083    CALL     4   2   1
8084    KSHORT   5 2078
8085    TSETV    4   3   5
8086    GGET     4   1      ; "f"
8087    CALL     4   2   1
8088    KSHORT   5 2079
8089    TSETV    4   3   5
8090    GGET     4   1      ; "f"
8091    CALL     4   2   1
8092    KSHORT   5 2080
8093    TSETV    4   3   5
8094    GGET     4   1      ; "f"
8095    CALL     4   2   1
8096    KSHORT   5 2081
8097    TSETV    4   3   5
8098    GGET     4   1      ; "f"
8099    CALL     4   2   1
8100    KSHORT   5 2082
8101    TSETV    4   3   5
8102    GGET     4   1      ; "f"
8103    CALL     4   2   1
8104    KSHORT   5 2083
8105    TSETV    4   3   5
8106    GGET     4   1      ; "f"
8107    CALL     4   2   1
8108    KSHORT   5 2084
8109    TSETV    4   3   5
8110    GGET     4   1      ; "f"
8111    CALL     4   2   1
8112    KSHORT   5 2085
8113    TSETV    4   3   5
8114    GGET     4   1      ; "f"
8115    CALL     4   2   1
8116    KSHORT   5 2086
8117    TSETV    4   3   5
8118    GGET     4   1      ; "f"
8119    CALL     4   2   1
8120    KSHORT   5 2087
8121    TSETV    4   3   5
8122    GGET     4   1      ; "f"
8123    CALL     4   2   1
8124    KSHORT   5 2088
8125    TSETV    4   3   5
8126    GGET     4   1      ; "f"
8127    CALL     4   2   1
8128    KSHORT   5 2089
8129    TSETV    4   3   5
8130    GGET     4   1      ; "f"
8131    CALL     4   2   1
8132    KSHORT   5 2090
8133    TSETV    4   3   5
8134    GGET     4   1      ; "f"
8135    CALL     4   2   1
8136    KSHORT   5 2091
8137    TSETV    4   3   5
8138    GGET     4   1      ; "f"
8139    CALL     4   2   1
8140    KSHORT   5 2092
8141    TSETV    4   3   5
8142    GGET     4   1      ; "f"
8143    CALL     4   2   1
8144    KSHORT   5 2093
8145    TSETV    4   3   5
8146    GGET     4   1      ; "f"
8147    CALL     4   2   1
8148    KSHORT   5 2094
8149    TSETV    4   3   5
8150    GGET     4   1      ; "f"
8151    CALL     4   2   1
8152    KSHORT   5 2095
8153    TSETV    4   3   5
8154    GGET     4   1      ; "f"
8155    CALL     4   2   1
8156    KSHORT   5 2096
8157    TSETV    4   3   5
8158    GGET     4   1      ; "f"
8159    CALL     4   2   1
8160    KSHORT   5 2097
8161    TSETV    4   3   5
8162    GGET     4   1      ; "f"
8163    CALL     4   2   1
8164    KSHORT   5 2098
8165    TSETV    4   3   5
8166    GGET     4   1      ; "f"
8167    CALL     4   2   1
8168    KSHORT   5 2099
8169    TSETV    4   3   5
8170    GGET     4   1      ; "f"
8171    CALL     4   0   1
8172    TSETM    4   1      ; 2100
8173    TDUP     4   5
8174    GGET     5   1      ; "f"
8175    CALL     5   2   1
8176    TSETS    5   4   6  ; "a"
8177    GGET     5   1      ; "f"
8178    CALL     5   2   1
8179    TSETS    5   4   7  ; "b"
8180    GGET     5   1      ; "f"
8181    CALL     5   2   1
8182    TSETS    5   4   8  ; "c"
8183    GGET     5   1      ; "f"
8184    CALL     5   2   1
8185    TSETS    5   4   9  ; "d"
8186    GGET     5   1      ; "f"
8187    CALL     5   2   1
8188    TSETS    5   4  10  ; "e"
8189    GGET     5   1      ; "f"
8190    CALL     5   2   1
8191    TSETS    5   4   1  ; "f"
8192    GGET     5   1      ; "f"
8193    CALL     5   2   1
8194    TSETS    5   4   3  ; "g"
8195    GGET     5   1      ; "f"
8196    CALL     5   2   1
8197    TSETS    5   4   4  ; "h"
8198    GGET     5   1      ; "f"
8199    CALL     5   2   1
8200    TSETS    5   4  11  ; "i"
8201    RET0     0   1

"#,
        debug: r#""#,
    },
    Case {
        name: "many_locals",
        source: r#"local a0 = 0
local a1 = 1
local a2 = 2
local a3 = 3
local a4 = 4
local a5 = 5
local a6 = 6
local a7 = 7
local a8 = 8
local a9 = 9
local a10 = 10
local a11 = 11
local a12 = 12
local a13 = 13
local a14 = 14
local a15 = 15
local a16 = 16
local a17 = 17
local a18 = 18
local a19 = 19
local a20 = 20
local a21 = 21
local a22 = 22
local a23 = 23
local a24 = 24
local a25 = 25
local a26 = 26
local a27 = 27
local a28 = 28
local a29 = 29
local a30 = 30
local a31 = 31
local a32 = 32
local a33 = 33
local a34 = 34
local a35 = 35
local a36 = 36
local a37 = 37
local a38 = 38
local a39 = 39
local a40 = 40
local a41 = 41
local a42 = 42
local a43 = 43
local a44 = 44
local a45 = 45
local a46 = 46
local a47 = 47
local a48 = 48
local a49 = 49
local a50 = 50
local a51 = 51
local a52 = 52
local a53 = 53
local a54 = 54
local a55 = 55
local a56 = 56
local a57 = 57
local a58 = 58
local a59 = 59
local a60 = 60
local a61 = 61
local a62 = 62
local a63 = 63
local a64 = 64
local a65 = 65
local a66 = 66
local a67 = 67
local a68 = 68
local a69 = 69
local a70 = 70
local a71 = 71
local a72 = 72
local a73 = 73
local a74 = 74
local a75 = 75
local a76 = 76
local a77 = 77
local a78 = 78
local a79 = 79
local a80 = 80
local a81 = 81
local a82 = 82
local a83 = 83
local a84 = 84
local a85 = 85
local a86 = 86
local a87 = 87
local a88 = 88
local a89 = 89
local a90 = 90
local a91 = 91
local a92 = 92
local a93 = 93
local a94 = 94
local a95 = 95
local a96 = 96
local a97 = 97
local a98 = 98
local a99 = 99
local a100 = 100
local a101 = 101
local a102 = 102
local a103 = 103
local a104 = 104
local a105 = 105
local a106 = 106
local a107 = 107
local a108 = 108
local a109 = 109
local a110 = 110
local a111 = 111
local a112 = 112
local a113 = 113
local a114 = 114
local a115 = 115
local a116 = 116
local a117 = 117
local a118 = 118
local a119 = 119
local a120 = 120
local a121 = 121
local a122 = 122
local a123 = 123
local a124 = 124
local a125 = 125
local a126 = 126
local a127 = 127
local a128 = 128
local a129 = 129
local a130 = 130
local a131 = 131
local a132 = 132
local a133 = 133
local a134 = 134
local a135 = 135
local a136 = 136
local a137 = 137
local a138 = 138
local a139 = 139
local a140 = 140
local a141 = 141
local a142 = 142
local a143 = 143
local a144 = 144
local a145 = 145
local a146 = 146
local a147 = 147
local a148 = 148
local a149 = 149
local a150 = 150
local a151 = 151
local a152 = 152
local a153 = 153
local a154 = 154
local a155 = 155
local a156 = 156
local a157 = 157
local a158 = 158
local a159 = 159
local a160 = 160
local a161 = 161
local a162 = 162
local a163 = 163
local a164 = 164
local a165 = 165
local a166 = 166
local a167 = 167
local a168 = 168
local a169 = 169
local a170 = 170
local a171 = 171
local a172 = 172
local a173 = 173
local a174 = 174
local a175 = 175
local a176 = 176
local a177 = 177
local a178 = 178
local a179 = 179
local a180 = 180
local a181 = 181
local a182 = 182
local a183 = 183
local a184 = 184
local a185 = 185
local a186 = 186
local a187 = 187
local a188 = 188
local a189 = 189
local a190 = 190
local a191 = 191
local a192 = 192
local a193 = 193
local a194 = 194
local a195 = 195
local a196 = 196
local a197 = 197
local a198 = 198
local a199 = 199
return a0 + a199
"#,
        listing: r#"-- BYTECODE -- t.lua:0-202
0001    KSHORT   0   0
0002    KSHORT   1   1
0003    KSHORT   2   2
0004    KSHORT   3   3
0005    KSHORT   4   4
0006    KSHORT   5   5
0007    KSHORT   6   6
0008    KSHORT   7   7
0009    KSHORT   8   8
0010    KSHORT   9   9
0011    KSHORT  10  10
0012    KSHORT  11  11
0013    KSHORT  12  12
0014    KSHORT  13  13
0015    KSHORT  14  14
0016    KSHORT  15  15
0017    KSHORT  16  16
0018    KSHORT  17  17
0019    KSHORT  18  18
0020    KSHORT  19  19
0021    KSHORT  20  20
0022    KSHORT  21  21
0023    KSHORT  22  22
0024    KSHORT  23  23
0025    KSHORT  24  24
0026    KSHORT  25  25
0027    KSHORT  26  26
0028    KSHORT  27  27
0029    KSHORT  28  28
0030    KSHORT  29  29
0031    KSHORT  30  30
0032    KSHORT  31  31
0033    KSHORT  32  32
0034    KSHORT  33  33
0035    KSHORT  34  34
0036    KSHORT  35  35
0037    KSHORT  36  36
0038    KSHORT  37  37
0039    KSHORT  38  38
0040    KSHORT  39  39
0041    KSHORT  40  40
0042    KSHORT  41  41
0043    KSHORT  42  42
0044    KSHORT  43  43
0045    KSHORT  44  44
0046    KSHORT  45  45
0047    KSHORT  46  46
0048    KSHORT  47  47
0049    KSHORT  48  48
0050    KSHORT  49  49
0051    KSHORT  50  50
0052    KSHORT  51  51
0053    KSHORT  52  52
0054    KSHORT  53  53
0055    KSHORT  54  54
0056    KSHORT  55  55
0057    KSHORT  56  56
0058    KSHORT  57  57
0059    KSHORT  58  58
0060    KSHORT  59  59
0061    KSHORT  60  60
0062    KSHORT  61  61
0063    KSHORT  62  62
0064    KSHORT  63  63
0065    KSHORT  64  64
0066    KSHORT  65  65
0067    KSHORT  66  66
0068    KSHORT  67  67
0069    KSHORT  68  68
0070    KSHORT  69  69
0071    KSHORT  70  70
0072    KSHORT  71  71
0073    KSHORT  72  72
0074    KSHORT  73  73
0075    KSHORT  74  74
0076    KSHORT  75  75
0077    KSHORT  76  76
0078    KSHORT  77  77
0079    KSHORT  78  78
0080    KSHORT  79  79
0081    KSHORT  80  80
0082    KSHORT  81  81
0083    KSHORT  82  82
0084    KSHORT  83  83
0085    KSHORT  84  84
0086    KSHORT  85  85
0087    KSHORT  86  86
0088    KSHORT  87  87
0089    KSHORT  88  88
0090    KSHORT  89  89
0091    KSHORT  90  90
0092    KSHORT  91  91
0093    KSHORT  92  92
0094    KSHORT  93  93
0095    KSHORT  94  94
0096    KSHORT  95  95
0097    KSHORT  96  96
0098    KSHORT  97  97
0099    KSHORT  98  98
0100    KSHORT  99  99
0101    KSHORT 100 100
0102    KSHORT 101 101
0103    KSHORT 102 102
0104    KSHORT 103 103
0105    KSHORT 104 104
0106    KSHORT 105 105
0107    KSHORT 106 106
0108    KSHORT 107 107
0109    KSHORT 108 108
0110    KSHORT 109 109
0111    KSHORT 110 110
0112    KSHORT 111 111
0113    KSHORT 112 112
0114    KSHORT 113 113
0115    KSHORT 114 114
0116    KSHORT 115 115
0117    KSHORT 116 116
0118    KSHORT 117 117
0119    KSHORT 118 118
0120    KSHORT 119 119
0121    KSHORT 120 120
0122    KSHORT 121 121
0123    KSHORT 122 122
0124    KSHORT 123 123
0125    KSHORT 124 124
0126    KSHORT 125 125
0127    KSHORT 126 126
0128    KSHORT 127 127
0129    KSHORT 128 128
0130    KSHORT 129 129
0131    KSHORT 130 130
0132    KSHORT 131 131
0133    KSHORT 132 132
0134    KSHORT 133 133
0135    KSHORT 134 134
0136    KSHORT 135 135
0137    KSHORT 136 136
0138    KSHORT 137 137
0139    KSHORT 138 138
0140    KSHORT 139 139
0141    KSHORT 140 140
0142    KSHORT 141 141
0143    KSHORT 142 142
0144    KSHORT 143 143
0145    KSHORT 144 144
0146    KSHORT 145 145
0147    KSHORT 146 146
0148    KSHORT 147 147
0149    KSHORT 148 148
0150    KSHORT 149 149
0151    KSHORT 150 150
0152    KSHORT 151 151
0153    KSHORT 152 152
0154    KSHORT 153 153
0155    KSHORT 154 154
0156    KSHORT 155 155
0157    KSHORT 156 156
0158    KSHORT 157 157
0159    KSHORT 158 158
0160    KSHORT 159 159
0161    KSHORT 160 160
0162    KSHORT 161 161
0163    KSHORT 162 162
0164    KSHORT 163 163
0165    KSHORT 164 164
0166    KSHORT 165 165
0167    KSHORT 166 166
0168    KSHORT 167 167
0169    KSHORT 168 168
0170    KSHORT 169 169
0171    KSHORT 170 170
0172    KSHORT 171 171
0173    KSHORT 172 172
0174    KSHORT 173 173
0175    KSHORT 174 174
0176    KSHORT 175 175
0177    KSHORT 176 176
0178    KSHORT 177 177
0179    KSHORT 178 178
0180    KSHORT 179 179
0181    KSHORT 180 180
0182    KSHORT 181 181
0183    KSHORT 182 182
0184    KSHORT 183 183
0185    KSHORT 184 184
0186    KSHORT 185 185
0187    KSHORT 186 186
0188    KSHORT 187 187
0189    KSHORT 188 188
0190    KSHORT 189 189
0191    KSHORT 190 190
0192    KSHORT 191 191
0193    KSHORT 192 192
0194    KSHORT 193 193
0195    KSHORT 194 194
0196    KSHORT 195 195
0197    KSHORT 196 196
0198    KSHORT 197 197
0199    KSHORT 198 198
0200    KSHORT 199 199
0201    ADDVV  200   0 199
0202    RET1   200   2

"#,
        debug: r#""#,
    },
    Case {
        name: "string_escapes_listing",
        source: r#"local s = "a\rb\0c\127d\31e"
local t = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
local u = "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
"#,
        listing: r#"-- BYTECODE -- t.lua:0-4
0001    KSTR     0   0      ; "a\rb\000c\127d\031e"
0002    KSTR     1   1      ; "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
0003    KSTR     2   2      ; "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"~
0004    RET0     0   1

"#,
        debug: r#"proto 0-4 params=0 vararg=1 child=0 frame=3
line 1 1
line 2 2
line 3 3
line 4 3
var s 2 5
var t 3 5
var u 4 5
"#,
    },
    Case {
        name: "uclo_jump_merged_once",
        source: r#"while c do
  do local x; f = function() return x end end
  break
end
"#,
        listing: r#"-- BYTECODE -- t.lua:2-2
0001    UGET     0   0      ; x
0002    RET1     0   2

-- BYTECODE -- t.lua:0-5
0001 => GGET     0   0      ; "c"
0002    ISF          0
0003    JMP      1 => 0010
0004    LOOP     0 => 0010
0005    KPRI     0   0
0006    FNEW     1   1      ; t.lua:2
0007    GSET     1   2      ; "f"
0008    UCLO     0 => 0010
0009    JMP      0 => 0001
0010 => RET0     0   1

"#,
        debug: r#"proto 2-2 params=0 vararg=0 child=0 frame=1
line 1 2
line 2 2
uv 0 x 0 local imm
proto 0-5 params=0 vararg=1 child=1 frame=2
line 1 1
line 2 1
line 3 1
line 4 1
line 5 2
line 6 2
line 7 2
line 8 2
line 9 3
line 10 4
var x 6 8
"#,
    },
    Case {
        name: "fixup_return_stops_at_first_closure",
        source: r#"local c = ...
if c then return 1 end
repeat local x; f = function() return x end; if c then break end until c
if c then return 2 end
local g = function() end
return 3
"#,
        listing: r#"-- BYTECODE -- t.lua:3-3
0001    UGET     0   0      ; x
0002    RET1     0   2

-- BYTECODE -- t.lua:5-5
0001    RET0     0   1

-- BYTECODE -- t.lua:0-7
0001    VARG     0   2   0
0002    ISF          0
0003    JMP      1 => 0006
0004    KSHORT   1   1
0005    UCLO     0 => 0026
0006 => LOOP     1 => 0017
0007    KPRI     1   0
0008    FNEW     2   0      ; t.lua:3
0009    GSET     2   1      ; "f"
0010    ISF          0
0011    JMP      2 => 0013
0012    UCLO     1 => 0017
0013 => ISF          0
0014    JMP      2 => 0016
0015    UCLO     1 => 0017
0016 => UCLO     1 => 0006
0017 => ISF          0
0018    JMP      1 => 0022
0019    KSHORT   1   2
0020    UCLO     0 => 0021
0021 => RET1     1   2
0022 => FNEW     1   2      ; t.lua:5
0023    KSHORT   2   3
0024    UCLO     0 => 0025
0025 => RET1     2   2
0026 => RET1     1   2

"#,
        debug: r#"proto 3-3 params=0 vararg=0 child=0 frame=1
line 1 3
line 2 3
uv 0 x 1 local imm
proto 5-5 params=0 vararg=0 child=0 frame=1
line 1 5
proto 0-7 params=0 vararg=1 child=1 frame=3
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 3
line 7 3
line 8 3
line 9 3
line 10 3
line 11 3
line 12 3
line 13 3
line 14 3
line 15 3
line 16 3
line 17 4
line 18 4
line 19 4
line 20 4
line 21 4
line 22 5
line 23 6
line 24 6
line 25 6
line 26 2
var c 2 26
var x 8 16
var g 23 26
"#,
    },
    Case {
        name: "compare_swapped_constants",
        source: r#"local a = ...
if 0 >= l16 then end
if a.x > 1e10 then end
if "s" <= 1.5 then end
if 1 < a then end
if a > 1 then end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-7
0001    VARG     0   2   0
0002    GGET     1   0      ; "l16"
0003    KSHORT   2   0
0004    ISGT     1   2
0005    JMP      1 => 0006
0006 => TGETS    1   0   1  ; "x"
0007    KNUM     2   0      ; 10000000000
0008    ISGE     2   1
0009    JMP      1 => 0010
0010 => KSTR     1   2      ; "s"
0011    KNUM     2   1      ; 1.5
0012    ISGT     1   2
0013    JMP      1 => 0014
0014 => KSHORT   1   1
0015    ISGE     1   0
0016    JMP      1 => 0017
0017 => KSHORT   1   1
0018    ISGE     1   0
0019    JMP      1 => 0020
0020 => RET0     0   1

"#,
        debug: r#"proto 0-7 params=0 vararg=1 child=0 frame=3
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 3
line 7 3
line 8 3
line 9 3
line 10 4
line 11 4
line 12 4
line 13 4
line 14 5
line 15 5
line 16 5
line 17 6
line 18 6
line 19 6
line 20 6
var a 2 21
"#,
    },
    Case {
        name: "table_late_key_register",
        source: r#"local t = {[1.5] = f(), [256] = g(), x = h(), [f()] = g()}
"#,
        listing: r#"-- BYTECODE -- t.lua:0-2
0001    TDUP     0   3
0002    GGET     1   0      ; "f"
0003    CALL     1   2   1
0004    KNUM     2   0      ; 1.5
0005    TSETV    1   0   2
0006    GGET     1   1      ; "g"
0007    CALL     1   2   1
0008    KSHORT   2 256
0009    TSETV    1   0   2
0010    GGET     1   2      ; "h"
0011    CALL     1   2   1
0012    TSETS    1   0   4  ; "x"
0013    GGET     1   0      ; "f"
0014    CALL     1   2   1
0015    GGET     2   1      ; "g"
0016    CALL     2   2   1
0017    TSETV    2   0   1
0018    RET0     0   1

"#,
        debug: r#"proto 0-2 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 1
line 3 1
line 4 1
line 5 1
line 6 1
line 7 1
line 8 1
line 9 1
line 10 1
line 11 1
line 12 1
line 13 1
line 14 1
line 15 1
line 16 1
line 17 1
line 18 1
var t 18 19
"#,
    },
    Case {
        name: "arith_nv_forms",
        source: r#"local a, b = ...
local x = 2 / a
x = 3 % a
x = a % b
x = 2 - a
x = 2 * a + 1
x = 0.5 ^ a
"#,
        listing: r#"-- BYTECODE -- t.lua:0-8
0001    VARG     0   3   0
0002    DIVNV    2   0   0  ; 2
0003    MODNV    2   0   1  ; 3
0004    MODVV    2   0   1
0005    SUBNV    2   0   0  ; 2
0006    MULNV    3   0   0  ; 2
0007    ADDVN    2   3   2  ; 1
0008    KNUM     3   3      ; 0.5
0009    POW      2   3   0
0010    RET0     0   1

"#,
        debug: r#"proto 0-8 params=0 vararg=1 child=0 frame=4
line 1 1
line 2 2
line 3 3
line 4 4
line 5 5
line 6 6
line 7 6
line 8 7
line 9 7
line 10 7
var a 2 11
var b 2 11
var x 3 11
"#,
    },
    Case {
        name: "string_key_over_255",
        source: r#"local t = ...
f("k0")
f("k1")
f("k2")
f("k3")
f("k4")
f("k5")
f("k6")
f("k7")
f("k8")
f("k9")
f("k10")
f("k11")
f("k12")
f("k13")
f("k14")
f("k15")
f("k16")
f("k17")
f("k18")
f("k19")
f("k20")
f("k21")
f("k22")
f("k23")
f("k24")
f("k25")
f("k26")
f("k27")
f("k28")
f("k29")
f("k30")
f("k31")
f("k32")
f("k33")
f("k34")
f("k35")
f("k36")
f("k37")
f("k38")
f("k39")
f("k40")
f("k41")
f("k42")
f("k43")
f("k44")
f("k45")
f("k46")
f("k47")
f("k48")
f("k49")
f("k50")
f("k51")
f("k52")
f("k53")
f("k54")
f("k55")
f("k56")
f("k57")
f("k58")
f("k59")
f("k60")
f("k61")
f("k62")
f("k63")
f("k64")
f("k65")
f("k66")
f("k67")
f("k68")
f("k69")
f("k70")
f("k71")
f("k72")
f("k73")
f("k74")
f("k75")
f("k76")
f("k77")
f("k78")
f("k79")
f("k80")
f("k81")
f("k82")
f("k83")
f("k84")
f("k85")
f("k86")
f("k87")
f("k88")
f("k89")
f("k90")
f("k91")
f("k92")
f("k93")
f("k94")
f("k95")
f("k96")
f("k97")
f("k98")
f("k99")
f("k100")
f("k101")
f("k102")
f("k103")
f("k104")
f("k105")
f("k106")
f("k107")
f("k108")
f("k109")
f("k110")
f("k111")
f("k112")
f("k113")
f("k114")
f("k115")
f("k116")
f("k117")
f("k118")
f("k119")
f("k120")
f("k121")
f("k122")
f("k123")
f("k124")
f("k125")
f("k126")
f("k127")
f("k128")
f("k129")
f("k130")
f("k131")
f("k132")
f("k133")
f("k134")
f("k135")
f("k136")
f("k137")
f("k138")
f("k139")
f("k140")
f("k141")
f("k142")
f("k143")
f("k144")
f("k145")
f("k146")
f("k147")
f("k148")
f("k149")
f("k150")
f("k151")
f("k152")
f("k153")
f("k154")
f("k155")
f("k156")
f("k157")
f("k158")
f("k159")
f("k160")
f("k161")
f("k162")
f("k163")
f("k164")
f("k165")
f("k166")
f("k167")
f("k168")
f("k169")
f("k170")
f("k171")
f("k172")
f("k173")
f("k174")
f("k175")
f("k176")
f("k177")
f("k178")
f("k179")
f("k180")
f("k181")
f("k182")
f("k183")
f("k184")
f("k185")
f("k186")
f("k187")
f("k188")
f("k189")
f("k190")
f("k191")
f("k192")
f("k193")
f("k194")
f("k195")
f("k196")
f("k197")
f("k198")
f("k199")
f("k200")
f("k201")
f("k202")
f("k203")
f("k204")
f("k205")
f("k206")
f("k207")
f("k208")
f("k209")
f("k210")
f("k211")
f("k212")
f("k213")
f("k214")
f("k215")
f("k216")
f("k217")
f("k218")
f("k219")
f("k220")
f("k221")
f("k222")
f("k223")
f("k224")
f("k225")
f("k226")
f("k227")
f("k228")
f("k229")
f("k230")
f("k231")
f("k232")
f("k233")
f("k234")
f("k235")
f("k236")
f("k237")
f("k238")
f("k239")
f("k240")
f("k241")
f("k242")
f("k243")
f("k244")
f("k245")
f("k246")
f("k247")
f("k248")
f("k249")
f("k250")
f("k251")
f("k252")
f("k253")
f("k254")
f("k255")
f("k256")
f("k257")
local v = t.key
t.other = v
if v == "k257" then end
"#,
        listing: r#"-- BYTECODE -- t.lua:0-263
0001    VARG     0   2   0
0002    GGET     1   0      ; "f"
0003    KSTR     3   1      ; "k0"
0004    CALL     1   1   2
0005    GGET     1   0      ; "f"
0006    KSTR     3   2      ; "k1"
0007    CALL     1   1   2
0008    GGET     1   0      ; "f"
0009    KSTR     3   3      ; "k2"
0010    CALL     1   1   2
0011    GGET     1   0      ; "f"
0012    KSTR     3   4      ; "k3"
0013    CALL     1   1   2
0014    GGET     1   0      ; "f"
0015    KSTR     3   5      ; "k4"
0016    CALL     1   1   2
0017    GGET     1   0      ; "f"
0018    KSTR     3   6      ; "k5"
0019    CALL     1   1   2
0020    GGET     1   0      ; "f"
0021    KSTR     3   7      ; "k6"
0022    CALL     1   1   2
0023    GGET     1   0      ; "f"
0024    KSTR     3   8      ; "k7"
0025    CALL     1   1   2
0026    GGET     1   0      ; "f"
0027    KSTR     3   9      ; "k8"
0028    CALL     1   1   2
0029    GGET     1   0      ; "f"
0030    KSTR     3  10      ; "k9"
0031    CALL     1   1   2
0032    GGET     1   0      ; "f"
0033    KSTR     3  11      ; "k10"
0034    CALL     1   1   2
0035    GGET     1   0      ; "f"
0036    KSTR     3  12      ; "k11"
0037    CALL     1   1   2
0038    GGET     1   0      ; "f"
0039    KSTR     3  13      ; "k12"
0040    CALL     1   1   2
0041    GGET     1   0      ; "f"
0042    KSTR     3  14      ; "k13"
0043    CALL     1   1   2
0044    GGET     1   0      ; "f"
0045    KSTR     3  15      ; "k14"
0046    CALL     1   1   2
0047    GGET     1   0      ; "f"
0048    KSTR     3  16      ; "k15"
0049    CALL     1   1   2
0050    GGET     1   0      ; "f"
0051    KSTR     3  17      ; "k16"
0052    CALL     1   1   2
0053    GGET     1   0      ; "f"
0054    KSTR     3  18      ; "k17"
0055    CALL     1   1   2
0056    GGET     1   0      ; "f"
0057    KSTR     3  19      ; "k18"
0058    CALL     1   1   2
0059    GGET     1   0      ; "f"
0060    KSTR     3  20      ; "k19"
0061    CALL     1   1   2
0062    GGET     1   0      ; "f"
0063    KSTR     3  21      ; "k20"
0064    CALL     1   1   2
0065    GGET     1   0      ; "f"
0066    KSTR     3  22      ; "k21"
0067    CALL     1   1   2
0068    GGET     1   0      ; "f"
0069    KSTR     3  23      ; "k22"
0070    CALL     1   1   2
0071    GGET     1   0      ; "f"
0072    KSTR     3  24      ; "k23"
0073    CALL     1   1   2
0074    GGET     1   0      ; "f"
0075    KSTR     3  25      ; "k24"
0076    CALL     1   1   2
0077    GGET     1   0      ; "f"
0078    KSTR     3  26      ; "k25"
0079    CALL     1   1   2
0080    GGET     1   0      ; "f"
0081    KSTR     3  27      ; "k26"
0082    CALL     1   1   2
0083    GGET     1   0      ; "f"
0084    KSTR     3  28      ; "k27"
0085    CALL     1   1   2
0086    GGET     1   0      ; "f"
0087    KSTR     3  29      ; "k28"
0088    CALL     1   1   2
0089    GGET     1   0      ; "f"
0090    KSTR     3  30      ; "k29"
0091    CALL     1   1   2
0092    GGET     1   0      ; "f"
0093    KSTR     3  31      ; "k30"
0094    CALL     1   1   2
0095    GGET     1   0      ; "f"
0096    KSTR     3  32      ; "k31"
0097    CALL     1   1   2
0098    GGET     1   0      ; "f"
0099    KSTR     3  33      ; "k32"
0100    CALL     1   1   2
0101    GGET     1   0      ; "f"
0102    KSTR     3  34      ; "k33"
0103    CALL     1   1   2
0104    GGET     1   0      ; "f"
0105    KSTR     3  35      ; "k34"
0106    CALL     1   1   2
0107    GGET     1   0      ; "f"
0108    KSTR     3  36      ; "k35"
0109    CALL     1   1   2
0110    GGET     1   0      ; "f"
0111    KSTR     3  37      ; "k36"
0112    CALL     1   1   2
0113    GGET     1   0      ; "f"
0114    KSTR     3  38      ; "k37"
0115    CALL     1   1   2
0116    GGET     1   0      ; "f"
0117    KSTR     3  39      ; "k38"
0118    CALL     1   1   2
0119    GGET     1   0      ; "f"
0120    KSTR     3  40      ; "k39"
0121    CALL     1   1   2
0122    GGET     1   0      ; "f"
0123    KSTR     3  41      ; "k40"
0124    CALL     1   1   2
0125    GGET     1   0      ; "f"
0126    KSTR     3  42      ; "k41"
0127    CALL     1   1   2
0128    GGET     1   0      ; "f"
0129    KSTR     3  43      ; "k42"
0130    CALL     1   1   2
0131    GGET     1   0      ; "f"
0132    KSTR     3  44      ; "k43"
0133    CALL     1   1   2
0134    GGET     1   0      ; "f"
0135    KSTR     3  45      ; "k44"
0136    CALL     1   1   2
0137    GGET     1   0      ; "f"
0138    KSTR     3  46      ; "k45"
0139    CALL     1   1   2
0140    GGET     1   0      ; "f"
0141    KSTR     3  47      ; "k46"
0142    CALL     1   1   2
0143    GGET     1   0      ; "f"
0144    KSTR     3  48      ; "k47"
0145    CALL     1   1   2
0146    GGET     1   0      ; "f"
0147    KSTR     3  49      ; "k48"
0148    CALL     1   1   2
0149    GGET     1   0      ; "f"
0150    KSTR     3  50      ; "k49"
0151    CALL     1   1   2
0152    GGET     1   0      ; "f"
0153    KSTR     3  51      ; "k50"
0154    CALL     1   1   2
0155    GGET     1   0      ; "f"
0156    KSTR     3  52      ; "k51"
0157    CALL     1   1   2
0158    GGET     1   0      ; "f"
0159    KSTR     3  53      ; "k52"
0160    CALL     1   1   2
0161    GGET     1   0      ; "f"
0162    KSTR     3  54      ; "k53"
0163    CALL     1   1   2
0164    GGET     1   0      ; "f"
0165    KSTR     3  55      ; "k54"
0166    CALL     1   1   2
0167    GGET     1   0      ; "f"
0168    KSTR     3  56      ; "k55"
0169    CALL     1   1   2
0170    GGET     1   0      ; "f"
0171    KSTR     3  57      ; "k56"
0172    CALL     1   1   2
0173    GGET     1   0      ; "f"
0174    KSTR     3  58      ; "k57"
0175    CALL     1   1   2
0176    GGET     1   0      ; "f"
0177    KSTR     3  59      ; "k58"
0178    CALL     1   1   2
0179    GGET     1   0      ; "f"
0180    KSTR     3  60      ; "k59"
0181    CALL     1   1   2
0182    GGET     1   0      ; "f"
0183    KSTR     3  61      ; "k60"
0184    CALL     1   1   2
0185    GGET     1   0      ; "f"
0186    KSTR     3  62      ; "k61"
0187    CALL     1   1   2
0188    GGET     1   0      ; "f"
0189    KSTR     3  63      ; "k62"
0190    CALL     1   1   2
0191    GGET     1   0      ; "f"
0192    KSTR     3  64      ; "k63"
0193    CALL     1   1   2
0194    GGET     1   0      ; "f"
0195    KSTR     3  65      ; "k64"
0196    CALL     1   1   2
0197    GGET     1   0      ; "f"
0198    KSTR     3  66      ; "k65"
0199    CALL     1   1   2
0200    GGET     1   0      ; "f"
0201    KSTR     3  67      ; "k66"
0202    CALL     1   1   2
0203    GGET     1   0      ; "f"
0204    KSTR     3  68      ; "k67"
0205    CALL     1   1   2
0206    GGET     1   0      ; "f"
0207    KSTR     3  69      ; "k68"
0208    CALL     1   1   2
0209    GGET     1   0      ; "f"
0210    KSTR     3  70      ; "k69"
0211    CALL     1   1   2
0212    GGET     1   0      ; "f"
0213    KSTR     3  71      ; "k70"
0214    CALL     1   1   2
0215    GGET     1   0      ; "f"
0216    KSTR     3  72      ; "k71"
0217    CALL     1   1   2
0218    GGET     1   0      ; "f"
0219    KSTR     3  73      ; "k72"
0220    CALL     1   1   2
0221    GGET     1   0      ; "f"
0222    KSTR     3  74      ; "k73"
0223    CALL     1   1   2
0224    GGET     1   0      ; "f"
0225    KSTR     3  75      ; "k74"
0226    CALL     1   1   2
0227    GGET     1   0      ; "f"
0228    KSTR     3  76      ; "k75"
0229    CALL     1   1   2
0230    GGET     1   0      ; "f"
0231    KSTR     3  77      ; "k76"
0232    CALL     1   1   2
0233    GGET     1   0      ; "f"
0234    KSTR     3  78      ; "k77"
0235    CALL     1   1   2
0236    GGET     1   0      ; "f"
0237    KSTR     3  79      ; "k78"
0238    CALL     1   1   2
0239    GGET     1   0      ; "f"
0240    KSTR     3  80      ; "k79"
0241    CALL     1   1   2
0242    GGET     1   0      ; "f"
0243    KSTR     3  81      ; "k80"
0244    CALL     1   1   2
0245    GGET     1   0      ; "f"
0246    KSTR     3  82      ; "k81"
0247    CALL     1   1   2
0248    GGET     1   0      ; "f"
0249    KSTR     3  83      ; "k82"
0250    CALL     1   1   2
0251    GGET     1   0      ; "f"
0252    KSTR     3  84      ; "k83"
0253    CALL     1   1   2
0254    GGET     1   0      ; "f"
0255    KSTR     3  85      ; "k84"
0256    CALL     1   1   2
0257    GGET     1   0      ; "f"
0258    KSTR     3  86      ; "k85"
0259    CALL     1   1   2
0260    GGET     1   0      ; "f"
0261    KSTR     3  87      ; "k86"
0262    CALL     1   1   2
0263    GGET     1   0      ; "f"
0264    KSTR     3  88      ; "k87"
0265    CALL     1   1   2
0266    GGET     1   0      ; "f"
0267    KSTR     3  89      ; "k88"
0268    CALL     1   1   2
0269    GGET     1   0      ; "f"
0270    KSTR     3  90      ; "k89"
0271    CALL     1   1   2
0272    GGET     1   0      ; "f"
0273    KSTR     3  91      ; "k90"
0274    CALL     1   1   2
0275    GGET     1   0      ; "f"
0276    KSTR     3  92      ; "k91"
0277    CALL     1   1   2
0278    GGET     1   0      ; "f"
0279    KSTR     3  93      ; "k92"
0280    CALL     1   1   2
0281    GGET     1   0      ; "f"
0282    KSTR     3  94      ; "k93"
0283    CALL     1   1   2
0284    GGET     1   0      ; "f"
0285    KSTR     3  95      ; "k94"
0286    CALL     1   1   2
0287    GGET     1   0      ; "f"
0288    KSTR     3  96      ; "k95"
0289    CALL     1   1   2
0290    GGET     1   0      ; "f"
0291    KSTR     3  97      ; "k96"
0292    CALL     1   1   2
0293    GGET     1   0      ; "f"
0294    KSTR     3  98      ; "k97"
0295    CALL     1   1   2
0296    GGET     1   0      ; "f"
0297    KSTR     3  99      ; "k98"
0298    CALL     1   1   2
0299    GGET     1   0      ; "f"
0300    KSTR     3 100      ; "k99"
0301    CALL     1   1   2
0302    GGET     1   0      ; "f"
0303    KSTR     3 101      ; "k100"
0304    CALL     1   1   2
0305    GGET     1   0      ; "f"
0306    KSTR     3 102      ; "k101"
0307    CALL     1   1   2
0308    GGET     1   0      ; "f"
0309    KSTR     3 103      ; "k102"
0310    CALL     1   1   2
0311    GGET     1   0      ; "f"
0312    KSTR     3 104      ; "k103"
0313    CALL     1   1   2
0314    GGET     1   0      ; "f"
0315    KSTR     3 105      ; "k104"
0316    CALL     1   1   2
0317    GGET     1   0      ; "f"
0318    KSTR     3 106      ; "k105"
0319    CALL     1   1   2
0320    GGET     1   0      ; "f"
0321    KSTR     3 107      ; "k106"
0322    CALL     1   1   2
0323    GGET     1   0      ; "f"
0324    KSTR     3 108      ; "k107"
0325    CALL     1   1   2
0326    GGET     1   0      ; "f"
0327    KSTR     3 109      ; "k108"
0328    CALL     1   1   2
0329    GGET     1   0      ; "f"
0330    KSTR     3 110      ; "k109"
0331    CALL     1   1   2
0332    GGET     1   0      ; "f"
0333    KSTR     3 111      ; "k110"
0334    CALL     1   1   2
0335    GGET     1   0      ; "f"
0336    KSTR     3 112      ; "k111"
0337    CALL     1   1   2
0338    GGET     1   0      ; "f"
0339    KSTR     3 113      ; "k112"
0340    CALL     1   1   2
0341    GGET     1   0      ; "f"
0342    KSTR     3 114      ; "k113"
0343    CALL     1   1   2
0344    GGET     1   0      ; "f"
0345    KSTR     3 115      ; "k114"
0346    CALL     1   1   2
0347    GGET     1   0      ; "f"
0348    KSTR     3 116      ; "k115"
0349    CALL     1   1   2
0350    GGET     1   0      ; "f"
0351    KSTR     3 117      ; "k116"
0352    CALL     1   1   2
0353    GGET     1   0      ; "f"
0354    KSTR     3 118      ; "k117"
0355    CALL     1   1   2
0356    GGET     1   0      ; "f"
0357    KSTR     3 119      ; "k118"
0358    CALL     1   1   2
0359    GGET     1   0      ; "f"
0360    KSTR     3 120      ; "k119"
0361    CALL     1   1   2
0362    GGET     1   0      ; "f"
0363    KSTR     3 121      ; "k120"
0364    CALL     1   1   2
0365    GGET     1   0      ; "f"
0366    KSTR     3 122      ; "k121"
0367    CALL     1   1   2
0368    GGET     1   0      ; "f"
0369    KSTR     3 123      ; "k122"
0370    CALL     1   1   2
0371    GGET     1   0      ; "f"
0372    KSTR     3 124      ; "k123"
0373    CALL     1   1   2
0374    GGET     1   0      ; "f"
0375    KSTR     3 125      ; "k124"
0376    CALL     1   1   2
0377    GGET     1   0      ; "f"
0378    KSTR     3 126      ; "k125"
0379    CALL     1   1   2
0380    GGET     1   0      ; "f"
0381    KSTR     3 127      ; "k126"
0382    CALL     1   1   2
0383    GGET     1   0      ; "f"
0384    KSTR     3 128      ; "k127"
0385    CALL     1   1   2
0386    GGET     1   0      ; "f"
0387    KSTR     3 129      ; "k128"
0388    CALL     1   1   2
0389    GGET     1   0      ; "f"
0390    KSTR     3 130      ; "k129"
0391    CALL     1   1   2
0392    GGET     1   0      ; "f"
0393    KSTR     3 131      ; "k130"
0394    CALL     1   1   2
0395    GGET     1   0      ; "f"
0396    KSTR     3 132      ; "k131"
0397    CALL     1   1   2
0398    GGET     1   0      ; "f"
0399    KSTR     3 133      ; "k132"
0400    CALL     1   1   2
0401    GGET     1   0      ; "f"
0402    KSTR     3 134      ; "k133"
0403    CALL     1   1   2
0404    GGET     1   0      ; "f"
0405    KSTR     3 135      ; "k134"
0406    CALL     1   1   2
0407    GGET     1   0      ; "f"
0408    KSTR     3 136      ; "k135"
0409    CALL     1   1   2
0410    GGET     1   0      ; "f"
0411    KSTR     3 137      ; "k136"
0412    CALL     1   1   2
0413    GGET     1   0      ; "f"
0414    KSTR     3 138      ; "k137"
0415    CALL     1   1   2
0416    GGET     1   0      ; "f"
0417    KSTR     3 139      ; "k138"
0418    CALL     1   1   2
0419    GGET     1   0      ; "f"
0420    KSTR     3 140      ; "k139"
0421    CALL     1   1   2
0422    GGET     1   0      ; "f"
0423    KSTR     3 141      ; "k140"
0424    CALL     1   1   2
0425    GGET     1   0      ; "f"
0426    KSTR     3 142      ; "k141"
0427    CALL     1   1   2
0428    GGET     1   0      ; "f"
0429    KSTR     3 143      ; "k142"
0430    CALL     1   1   2
0431    GGET     1   0      ; "f"
0432    KSTR     3 144      ; "k143"
0433    CALL     1   1   2
0434    GGET     1   0      ; "f"
0435    KSTR     3 145      ; "k144"
0436    CALL     1   1   2
0437    GGET     1   0      ; "f"
0438    KSTR     3 146      ; "k145"
0439    CALL     1   1   2
0440    GGET     1   0      ; "f"
0441    KSTR     3 147      ; "k146"
0442    CALL     1   1   2
0443    GGET     1   0      ; "f"
0444    KSTR     3 148      ; "k147"
0445    CALL     1   1   2
0446    GGET     1   0      ; "f"
0447    KSTR     3 149      ; "k148"
0448    CALL     1   1   2
0449    GGET     1   0      ; "f"
0450    KSTR     3 150      ; "k149"
0451    CALL     1   1   2
0452    GGET     1   0      ; "f"
0453    KSTR     3 151      ; "k150"
0454    CALL     1   1   2
0455    GGET     1   0      ; "f"
0456    KSTR     3 152      ; "k151"
0457    CALL     1   1   2
0458    GGET     1   0      ; "f"
0459    KSTR     3 153      ; "k152"
0460    CALL     1   1   2
0461    GGET     1   0      ; "f"
0462    KSTR     3 154      ; "k153"
0463    CALL     1   1   2
0464    GGET     1   0      ; "f"
0465    KSTR     3 155      ; "k154"
0466    CALL     1   1   2
0467    GGET     1   0      ; "f"
0468    KSTR     3 156      ; "k155"
0469    CALL     1   1   2
0470    GGET     1   0      ; "f"
0471    KSTR     3 157      ; "k156"
0472    CALL     1   1   2
0473    GGET     1   0      ; "f"
0474    KSTR     3 158      ; "k157"
0475    CALL     1   1   2
0476    GGET     1   0      ; "f"
0477    KSTR     3 159      ; "k158"
0478    CALL     1   1   2
0479    GGET     1   0      ; "f"
0480    KSTR     3 160      ; "k159"
0481    CALL     1   1   2
0482    GGET     1   0      ; "f"
0483    KSTR     3 161      ; "k160"
0484    CALL     1   1   2
0485    GGET     1   0      ; "f"
0486    KSTR     3 162      ; "k161"
0487    CALL     1   1   2
0488    GGET     1   0      ; "f"
0489    KSTR     3 163      ; "k162"
0490    CALL     1   1   2
0491    GGET     1   0      ; "f"
0492    KSTR     3 164      ; "k163"
0493    CALL     1   1   2
0494    GGET     1   0      ; "f"
0495    KSTR     3 165      ; "k164"
0496    CALL     1   1   2
0497    GGET     1   0      ; "f"
0498    KSTR     3 166      ; "k165"
0499    CALL     1   1   2
0500    GGET     1   0      ; "f"
0501    KSTR     3 167      ; "k166"
0502    CALL     1   1   2
0503    GGET     1   0      ; "f"
0504    KSTR     3 168      ; "k167"
0505    CALL     1   1   2
0506    GGET     1   0      ; "f"
0507    KSTR     3 169      ; "k168"
0508    CALL     1   1   2
0509    GGET     1   0      ; "f"
0510    KSTR     3 170      ; "k169"
0511    CALL     1   1   2
0512    GGET     1   0      ; "f"
0513    KSTR     3 171      ; "k170"
0514    CALL     1   1   2
0515    GGET     1   0      ; "f"
0516    KSTR     3 172      ; "k171"
0517    CALL     1   1   2
0518    GGET     1   0      ; "f"
0519    KSTR     3 173      ; "k172"
0520    CALL     1   1   2
0521    GGET     1   0      ; "f"
0522    KSTR     3 174      ; "k173"
0523    CALL     1   1   2
0524    GGET     1   0      ; "f"
0525    KSTR     3 175      ; "k174"
0526    CALL     1   1   2
0527    GGET     1   0      ; "f"
0528    KSTR     3 176      ; "k175"
0529    CALL     1   1   2
0530    GGET     1   0      ; "f"
0531    KSTR     3 177      ; "k176"
0532    CALL     1   1   2
0533    GGET     1   0      ; "f"
0534    KSTR     3 178      ; "k177"
0535    CALL     1   1   2
0536    GGET     1   0      ; "f"
0537    KSTR     3 179      ; "k178"
0538    CALL     1   1   2
0539    GGET     1   0      ; "f"
0540    KSTR     3 180      ; "k179"
0541    CALL     1   1   2
0542    GGET     1   0      ; "f"
0543    KSTR     3 181      ; "k180"
0544    CALL     1   1   2
0545    GGET     1   0      ; "f"
0546    KSTR     3 182      ; "k181"
0547    CALL     1   1   2
0548    GGET     1   0      ; "f"
0549    KSTR     3 183      ; "k182"
0550    CALL     1   1   2
0551    GGET     1   0      ; "f"
0552    KSTR     3 184      ; "k183"
0553    CALL     1   1   2
0554    GGET     1   0      ; "f"
0555    KSTR     3 185      ; "k184"
0556    CALL     1   1   2
0557    GGET     1   0      ; "f"
0558    KSTR     3 186      ; "k185"
0559    CALL     1   1   2
0560    GGET     1   0      ; "f"
0561    KSTR     3 187      ; "k186"
0562    CALL     1   1   2
0563    GGET     1   0      ; "f"
0564    KSTR     3 188      ; "k187"
0565    CALL     1   1   2
0566    GGET     1   0      ; "f"
0567    KSTR     3 189      ; "k188"
0568    CALL     1   1   2
0569    GGET     1   0      ; "f"
0570    KSTR     3 190      ; "k189"
0571    CALL     1   1   2
0572    GGET     1   0      ; "f"
0573    KSTR     3 191      ; "k190"
0574    CALL     1   1   2
0575    GGET     1   0      ; "f"
0576    KSTR     3 192      ; "k191"
0577    CALL     1   1   2
0578    GGET     1   0      ; "f"
0579    KSTR     3 193      ; "k192"
0580    CALL     1   1   2
0581    GGET     1   0      ; "f"
0582    KSTR     3 194      ; "k193"
0583    CALL     1   1   2
0584    GGET     1   0      ; "f"
0585    KSTR     3 195      ; "k194"
0586    CALL     1   1   2
0587    GGET     1   0      ; "f"
0588    KSTR     3 196      ; "k195"
0589    CALL     1   1   2
0590    GGET     1   0      ; "f"
0591    KSTR     3 197      ; "k196"
0592    CALL     1   1   2
0593    GGET     1   0      ; "f"
0594    KSTR     3 198      ; "k197"
0595    CALL     1   1   2
0596    GGET     1   0      ; "f"
0597    KSTR     3 199      ; "k198"
0598    CALL     1   1   2
0599    GGET     1   0      ; "f"
0600    KSTR     3 200      ; "k199"
0601    CALL     1   1   2
0602    GGET     1   0      ; "f"
0603    KSTR     3 201      ; "k200"
0604    CALL     1   1   2
0605    GGET     1   0      ; "f"
0606    KSTR     3 202      ; "k201"
0607    CALL     1   1   2
0608    GGET     1   0      ; "f"
0609    KSTR     3 203      ; "k202"
0610    CALL     1   1   2
0611    GGET     1   0      ; "f"
0612    KSTR     3 204      ; "k203"
0613    CALL     1   1   2
0614    GGET     1   0      ; "f"
0615    KSTR     3 205      ; "k204"
0616    CALL     1   1   2
0617    GGET     1   0      ; "f"
0618    KSTR     3 206      ; "k205"
0619    CALL     1   1   2
0620    GGET     1   0      ; "f"
0621    KSTR     3 207      ; "k206"
0622    CALL     1   1   2
0623    GGET     1   0      ; "f"
0624    KSTR     3 208      ; "k207"
0625    CALL     1   1   2
0626    GGET     1   0      ; "f"
0627    KSTR     3 209      ; "k208"
0628    CALL     1   1   2
0629    GGET     1   0      ; "f"
0630    KSTR     3 210      ; "k209"
0631    CALL     1   1   2
0632    GGET     1   0      ; "f"
0633    KSTR     3 211      ; "k210"
0634    CALL     1   1   2
0635    GGET     1   0      ; "f"
0636    KSTR     3 212      ; "k211"
0637    CALL     1   1   2
0638    GGET     1   0      ; "f"
0639    KSTR     3 213      ; "k212"
0640    CALL     1   1   2
0641    GGET     1   0      ; "f"
0642    KSTR     3 214      ; "k213"
0643    CALL     1   1   2
0644    GGET     1   0      ; "f"
0645    KSTR     3 215      ; "k214"
0646    CALL     1   1   2
0647    GGET     1   0      ; "f"
0648    KSTR     3 216      ; "k215"
0649    CALL     1   1   2
0650    GGET     1   0      ; "f"
0651    KSTR     3 217      ; "k216"
0652    CALL     1   1   2
0653    GGET     1   0      ; "f"
0654    KSTR     3 218      ; "k217"
0655    CALL     1   1   2
0656    GGET     1   0      ; "f"
0657    KSTR     3 219      ; "k218"
0658    CALL     1   1   2
0659    GGET     1   0      ; "f"
0660    KSTR     3 220      ; "k219"
0661    CALL     1   1   2
0662    GGET     1   0      ; "f"
0663    KSTR     3 221      ; "k220"
0664    CALL     1   1   2
0665    GGET     1   0      ; "f"
0666    KSTR     3 222      ; "k221"
0667    CALL     1   1   2
0668    GGET     1   0      ; "f"
0669    KSTR     3 223      ; "k222"
0670    CALL     1   1   2
0671    GGET     1   0      ; "f"
0672    KSTR     3 224      ; "k223"
0673    CALL     1   1   2
0674    GGET     1   0      ; "f"
0675    KSTR     3 225      ; "k224"
0676    CALL     1   1   2
0677    GGET     1   0      ; "f"
0678    KSTR     3 226      ; "k225"
0679    CALL     1   1   2
0680    GGET     1   0      ; "f"
0681    KSTR     3 227      ; "k226"
0682    CALL     1   1   2
0683    GGET     1   0      ; "f"
0684    KSTR     3 228      ; "k227"
0685    CALL     1   1   2
0686    GGET     1   0      ; "f"
0687    KSTR     3 229      ; "k228"
0688    CALL     1   1   2
0689    GGET     1   0      ; "f"
0690    KSTR     3 230      ; "k229"
0691    CALL     1   1   2
0692    GGET     1   0      ; "f"
0693    KSTR     3 231      ; "k230"
0694    CALL     1   1   2
0695    GGET     1   0      ; "f"
0696    KSTR     3 232      ; "k231"
0697    CALL     1   1   2
0698    GGET     1   0      ; "f"
0699    KSTR     3 233      ; "k232"
0700    CALL     1   1   2
0701    GGET     1   0      ; "f"
0702    KSTR     3 234      ; "k233"
0703    CALL     1   1   2
0704    GGET     1   0      ; "f"
0705    KSTR     3 235      ; "k234"
0706    CALL     1   1   2
0707    GGET     1   0      ; "f"
0708    KSTR     3 236      ; "k235"
0709    CALL     1   1   2
0710    GGET     1   0      ; "f"
0711    KSTR     3 237      ; "k236"
0712    CALL     1   1   2
0713    GGET     1   0      ; "f"
0714    KSTR     3 238      ; "k237"
0715    CALL     1   1   2
0716    GGET     1   0      ; "f"
0717    KSTR     3 239      ; "k238"
0718    CALL     1   1   2
0719    GGET     1   0      ; "f"
0720    KSTR     3 240      ; "k239"
0721    CALL     1   1   2
0722    GGET     1   0      ; "f"
0723    KSTR     3 241      ; "k240"
0724    CALL     1   1   2
0725    GGET     1   0      ; "f"
0726    KSTR     3 242      ; "k241"
0727    CALL     1   1   2
0728    GGET     1   0      ; "f"
0729    KSTR     3 243      ; "k242"
0730    CALL     1   1   2
0731    GGET     1   0      ; "f"
0732    KSTR     3 244      ; "k243"
0733    CALL     1   1   2
0734    GGET     1   0      ; "f"
0735    KSTR     3 245      ; "k244"
0736    CALL     1   1   2
0737    GGET     1   0      ; "f"
0738    KSTR     3 246      ; "k245"
0739    CALL     1   1   2
0740    GGET     1   0      ; "f"
0741    KSTR     3 247      ; "k246"
0742    CALL     1   1   2
0743    GGET     1   0      ; "f"
0744    KSTR     3 248      ; "k247"
0745    CALL     1   1   2
0746    GGET     1   0      ; "f"
0747    KSTR     3 249      ; "k248"
0748    CALL     1   1   2
0749    GGET     1   0      ; "f"
0750    KSTR     3 250      ; "k249"
0751    CALL     1   1   2
0752    GGET     1   0      ; "f"
0753    KSTR     3 251      ; "k250"
0754    CALL     1   1   2
0755    GGET     1   0      ; "f"
0756    KSTR     3 252      ; "k251"
0757    CALL     1   1   2
0758    GGET     1   0      ; "f"
0759    KSTR     3 253      ; "k252"
0760    CALL     1   1   2
0761    GGET     1   0      ; "f"
0762    KSTR     3 254      ; "k253"
0763    CALL     1   1   2
0764    GGET     1   0      ; "f"
0765    KSTR     3 255      ; "k254"
0766    CALL     1   1   2
0767    GGET     1   0      ; "f"
0768    KSTR     3 256      ; "k255"
0769    CALL     1   1   2
0770    GGET     1   0      ; "f"
0771    KSTR     3 257      ; "k256"
0772    CALL     1   1   2
0773    GGET     1   0      ; "f"
0774    KSTR     3 258      ; "k257"
0775    CALL     1   1   2
0776    KSTR     1 259      ; "key"
0777    TGETV    1   0   1
0778    KSTR     2 260      ; "other"
0779    TSETV    1   0   2
0780    ISNES    1 258      ; "k257"
0781    JMP      2 => 0782
0782 => RET0     0   1

"#,
        debug: r#""#,
    },
    Case {
        name: "upvalue_mutability",
        source: r#"local a, b, c = 1, 2, 3
local function f() return a, b, c end
b = 5
local function g() c = 6 end
local d = 4
local function h() return d end
return f, g, h
"#,
        listing: r#"-- BYTECODE -- t.lua:2-2
0001    UGET     0   0      ; a
0002    UGET     1   1      ; b
0003    UGET     2   2      ; c
0004    RET      0   4

-- BYTECODE -- t.lua:4-4
0001    USETN    0   0      ; c ; 6
0002    RET0     0   1

-- BYTECODE -- t.lua:6-6
0001    UGET     0   0      ; d
0002    RET1     0   2

-- BYTECODE -- t.lua:0-8
0001    KSHORT   0   1
0002    KSHORT   1   2
0003    KSHORT   2   3
0004    FNEW     3   0      ; t.lua:2
0005    KSHORT   1   5
0006    FNEW     4   1      ; t.lua:4
0007    KSHORT   5   4
0008    FNEW     6   2      ; t.lua:6
0009    MOV      7   3
0010    MOV      8   4
0011    MOV      9   6
0012    UCLO     0 => 0013
0013 => RET      7   4

"#,
        debug: r#"proto 2-2 params=0 vararg=0 child=0 frame=3
line 1 2
line 2 2
line 3 2
line 4 2
uv 0 a 0 local imm
uv 1 b 1 local mut
uv 2 c 2 local mut
proto 4-4 params=0 vararg=0 child=0 frame=1
line 1 4
line 2 4
uv 0 c 2 local mut
proto 6-6 params=0 vararg=0 child=0 frame=1
line 1 6
line 2 6
uv 0 d 5 local imm
proto 0-8 params=0 vararg=1 child=1 frame=10
line 1 1
line 2 1
line 3 1
line 4 2
line 5 3
line 6 4
line 7 5
line 8 6
line 9 7
line 10 7
line 11 7
line 12 7
line 13 7
var a 4 14
var b 4 14
var c 4 14
var f 5 14
var g 7 14
var d 8 14
var h 9 14
"#,
    },
    Case {
        name: "upvalue_of_upvalue",
        source: r#"local x = 0
return function()
  return function()
    x = x + 1
    return function() return x end
  end
end
"#,
        listing: r#"-- BYTECODE -- t.lua:5-5
0001    UGET     0   0      ; x
0002    RET1     0   2

-- BYTECODE -- t.lua:3-6
0001    UGET     0   0      ; x
0002    ADDVN    0   0   0  ; 1
0003    USETV    0   0      ; x
0004    FNEW     0   0      ; t.lua:5
0005    UCLO     0 => 0006
0006 => RET1     0   2

-- BYTECODE -- t.lua:2-7
0001    FNEW     0   0      ; t.lua:3
0002    UCLO     0 => 0003
0003 => RET1     0   2

-- BYTECODE -- t.lua:0-8
0001    KSHORT   0   0
0002    FNEW     1   0      ; t.lua:2
0003    UCLO     0 => 0004
0004 => RET1     1   2

"#,
        debug: r#"proto 5-5 params=0 vararg=0 child=0 frame=1
line 1 5
line 2 5
uv 0 x 0 upval mut
proto 3-6 params=0 vararg=0 child=1 frame=1
line 1 4
line 2 4
line 3 4
line 4 5
line 5 5
line 6 5
uv 0 x 0 upval mut
proto 2-7 params=0 vararg=0 child=1 frame=1
line 1 6
line 2 6
line 3 6
uv 0 x 0 local mut
proto 0-8 params=0 vararg=1 child=1 frame=2
line 1 1
line 2 7
line 3 7
line 4 7
var x 2 5
"#,
    },
    Case {
        name: "generic_for_extra_values",
        source: r#"local n = 0
for x in next, {7}, nil, "extra", 5 do local a, b, c = 1, 2, 3 end
for x in f() , 1, 2, 3 do end
local p, q = 1, 2, 3
"#,
        listing: r#"-- BYTECODE -- t.lua:0-5
0001    KSHORT   0   0
0002    GGET     1   0      ; "next"
0003    TDUP     2   1
0004    KPRI     3   0
0005    KSTR     4   2      ; "extra"
0006    KSHORT   5   5
0007    ISNEXT   4 => 0011
0008 => KSHORT   5   1
0009    KSHORT   6   2
0010    KSHORT   7   3
0011 => ITERN    4   2   3
0012    ITERL    4 => 0008
0013    GGET     1   3      ; "f"
0014    CALL     1   2   1
0015    KSHORT   2   1
0016    KSHORT   3   2
0017    KSHORT   4   3
0018    JMP      4 => 0019
0019 => ITERC    4   2   3
0020    ITERL    4 => 0019
0021    KSHORT   1   1
0022    KSHORT   2   2
0023    KSHORT   3   3
0024    RET0     0   1

"#,
        debug: r#"proto 0-5 params=0 vararg=1 child=0 frame=8
line 1 1
line 2 2
line 3 2
line 4 2
line 5 2
line 6 2
line 7 2
line 8 2
line 9 2
line 10 2
line 11 2
line 12 2
line 13 3
line 14 3
line 15 3
line 16 3
line 17 3
line 18 3
line 19 3
line 20 3
line 21 4
line 22 4
line 23 4
line 24 4
var n 2 25
var (for generator) 7 13
var (for state) 7 13
var (for control) 7 13
var x 8 11
var a 11 11
var b 11 11
var c 11 11
var (for generator) 18 21
var (for state) 18 21
var (for control) 18 21
var x 19 19
var p 24 25
var q 24 25
"#,
    },
    Case {
        name: "int64_literals",
        source: r#"local a = 1LL
local b = -2LL + a
local c = 0xffULL
local d = not 5ULL
return a == 1LL
"#,
        listing: r#"-- BYTECODE -- t.lua:0-6
0001    KCDATA   0   0
0002    KCDATA   1   1
0003    ADDVV    1   1   0
0004    KCDATA   2   2
0005    KPRI     3   1
0006    KCDATA   4   3
0007    ISEQV    0   4
0008    JMP      4 => 0011
0009    KPRI     4   1
0010    JMP      5 => 0012
0011 => KPRI     4   2
0012 => RET1     4   2

"#,
        debug: "",
    },
];

/// A short report of where two texts first differ.
fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<_>, Vec<_>) = (want.lines().collect(), got.lines().collect());
    let i = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    format!(
        "line {}:\n  want: {}\n  got:  {}",
        i + 1,
        w.get(i).copied().unwrap_or("<end>"),
        g.get(i).copied().unwrap_or("<end>")
    )
}

#[test]
fn listings_match_luajit() {
    let mut failures = Vec::new();
    for case in CASES {
        let got = match compile(case.source.as_bytes(), b"@t.lua") {
            Ok(p) => list_proto(&p),
            Err(e) => format!("error: {}", e),
        };
        if got != case.listing {
            failures.push(format!(
                "{}: {}",
                case.name,
                first_difference(case.listing, &got)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} listings differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn debug_info_matches_luajit() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in CASES.iter().filter(|c| !c.debug.is_empty()) {
        checked += 1;
        let mut got = String::new();
        match compile(case.source.as_bytes(), b"@t.lua") {
            Ok(p) => debug_info(&p, &mut got),
            Err(e) => got = format!("error: {}", e),
        }
        if got != case.debug {
            failures.push(format!(
                "{}: {}",
                case.name,
                first_difference(case.debug, &got)
            ));
        }
    }
    assert!(checked > 50);
    assert!(
        failures.is_empty(),
        "{} debug infos differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Debug information in the format of a dump script run under LuaJIT (lines,
/// upvalue descriptors and local ranges of each prototype, children first).
fn debug_info(p: &super::CompiledProto, out: &mut String) {
    use std::fmt::Write;
    if p.has_children {
        for k in &p.kgc {
            if let super::GcConst::Proto(child) = k {
                debug_info(child, out);
            }
        }
    }
    let _ = writeln!(
        out,
        "proto {}-{} params={} vararg={} child={} frame={}",
        p.line_defined,
        p.last_line_defined,
        p.num_params,
        p.is_vararg as u8,
        p.has_children as u8,
        p.frame_size
    );
    for (pc, line) in p.lines.iter().enumerate().skip(1) {
        let _ = writeln!(out, "line {pc} {line}");
    }
    for (i, uv) in p.upvalues.iter().enumerate() {
        let _ = writeln!(
            out,
            "uv {i} {} {} {} {}",
            String::from_utf8_lossy(&uv.name),
            uv.index,
            if uv.from_parent_local {
                "local"
            } else {
                "upval"
            },
            if uv.immutable { "imm" } else { "mut" }
        );
    }
    for v in &p.locals {
        let _ = writeln!(
            out,
            "var {} {} {}",
            String::from_utf8_lossy(&v.name),
            v.start_pc,
            v.end_pc
        );
    }
}
