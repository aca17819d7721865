//! Syntax error tests: each message must equal LuaJIT 2.1's (captured with
//! `loadstring(source, chunkname)` and stored here), plus the limits, which
//! use sources too large to store.

use super::compile;

/// (source, chunk name, LuaJIT's message).
const CASES: &[(&[u8], &[u8], &str)] = &[
    (
        b"x = \"abc\\q\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"abc'"#,
    ),
    (
        b"x = \"abc",
        b"=t",
        r#"t:1: unfinished string near '<eof>'"#,
    ),
    (
        b"x = \"a\\tb\n\"",
        b"=t",
        r#"t:1: unfinished string near '"a	b'"#,
    ),
    (b"x = 3..2", b"=t", r#"t:1: malformed number near '3..2'"#),
    (b"x = 1e", b"=t", r#"t:1: malformed number near '1e'"#),
    (b"x = 0x", b"=t", r#"t:1: malformed number near '0x'"#),
    (b"x = 0x1p", b"=t", r#"t:1: malformed number near '0x1p'"#),
    (b"x = 1e+", b"=t", r#"t:1: malformed number near '1e+'"#),
    (b"x = 0b102", b"=t", r#"t:1: malformed number near '0b102'"#),
    (
        b"x = 0x1.8p",
        b"=t",
        r#"t:1: malformed number near '0x1.8p'"#,
    ),
    (b"x = 1.2.3", b"=t", r#"t:1: malformed number near '1.2.3'"#),
    (b"x = 08f", b"=t", r#"t:1: malformed number near '08f'"#),
    (
        b"x = 1e1048576",
        b"=t",
        r#"t:1: malformed number near '1e1048576'"#,
    ),
    (
        b"x = [==[ abc",
        b"=t",
        r#"t:1: unfinished long string near '<eof>'"#,
    ),
    (
        b"x = [=x",
        b"=t",
        r#"t:1: invalid long string delimiter near '[='"#,
    ),
    (
        b"--[==[ abc",
        b"=t",
        r#"t:1: unfinished long comment near '<eof>'"#,
    ),
    (
        b"x = [[ a\n b",
        b"=t",
        r#"t:2: unfinished long string near '<eof>'"#,
    ),
    (
        b"x = \"\\300\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"'"#,
    ),
    (
        b"x = \"\\x4\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"'"#,
    ),
    (
        b"x = \"\\xg0\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"'"#,
    ),
    (
        b"x = \"\\u{D800}\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"'"#,
    ),
    (
        b"x = \"\\u{110000}\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"'"#,
    ),
    (
        b"x = \"\\u{}\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"'"#,
    ),
    (
        b"x = \"\\u41\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"'"#,
    ),
    (
        b"x = \"\\u{41\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"'"#,
    ),
    (
        b"x = \"\\256\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"'"#,
    ),
    (
        b"x = \"a\\0b\\q\"",
        b"=t",
        r#"t:1: invalid escape sequence near '"a'"#,
    ),
    (b"x = 'a\\", b"=t", r#"t:1: unfinished string near '<eof>'"#),
    (
        b"x = \"\\z",
        b"=t",
        r#"t:1: unfinished string near '<eof>'"#,
    ),
    (
        b"x = \"abc\\\nd",
        b"=t",
        r#"t:2: unfinished string near '<eof>'"#,
    ),
    (b"x = 1 @", b"=t", r#"t:1: unexpected symbol near '@'"#),
    (
        b"x = 1 \x01",
        b"=t",
        r#"t:1: unexpected symbol near 'char(1)'"#,
    ),
    (b"x = 1 $", b"=t", r#"t:1: unexpected symbol near '$'"#),
    (b"x = 1 !", b"=t", r#"t:1: unexpected symbol near '!'"#),
    (b"x = 1 `", b"=t", r#"t:1: unexpected symbol near '`'"#),
    (
        b"x = 1 \x7f",
        b"=t",
        r#"t:1: unexpected symbol near 'char(127)'"#,
    ),
    (b"x = ~ 1", b"=t", r#"t:1: unexpected symbol near '~'"#),
    (b"x = a.\x00", b"=t", r#"t:1: '<name>' expected"#),
    (
        b"x = 1 \"a\\65b\"",
        b"=t",
        r#"t:1: unexpected symbol near '"aAb"'"#,
    ),
    (b"x = 1 abc", b"=t", r#"t:1: '=' expected near '<eof>'"#),
    (b"x = 1 ...", b"=t", r#"t:1: unexpected symbol near '...'"#),
    (b"x = 1 ::", b"=t", r#"t:1: '<name>' expected near '<eof>'"#),
    (
        b"x = 1 [[long\nstring]]",
        b"=t",
        r#"t:2: unexpected symbol near '[[long
string]]'"#,
    ),
    (
        b"x = 1 0x10",
        b"=t",
        r#"t:1: unexpected symbol near '0x10'"#,
    ),
    (
        b"x = 1 .5e3",
        b"=t",
        r#"t:1: unexpected symbol near '.5e3'"#,
    ),
    (
        b"x = 1 \"a\\0b\"",
        b"=t",
        r#"t:1: unexpected symbol near '"a'"#,
    ),
    (b"x = 1 ==", b"=t", r#"t:1: unexpected symbol near '<eof>'"#),
    (
        b"x = 1 local",
        b"=t",
        r#"t:1: '<name>' expected near '<eof>'"#,
    ),
    (
        b"local function 1",
        b"=t",
        r#"t:1: '<name>' expected near '1'"#,
    ),
    (b"local 1", b"=t", r#"t:1: '<name>' expected near '1'"#),
    (b"x =", b"=t", r#"t:1: unexpected symbol near '<eof>'"#),
    (b"f(,", b"=t", r#"t:1: unexpected symbol near ','"#),
    (
        b"function f(1) end",
        b"=t",
        r#"t:1: <name> or '...' expected near '1'"#,
    ),
    (
        b"for x do end",
        b"=t",
        r#"t:1: '=' or 'in' expected near 'do'"#,
    ),
    (
        b"for x.y = 1 do end",
        b"=t",
        r#"t:1: '=' or 'in' expected near '.'"#,
    ),
    (
        b"a.b:c = 1",
        b"=t",
        r#"t:1: function arguments expected near '='"#,
    ),
    (b"a, b() = 1", b"=t", r#"t:1: syntax error near '='"#),
    (
        b"x = function() return ... end",
        b"=t",
        r#"t:1: cannot use '...' outside a vararg function near '...'"#,
    ),
    (
        b"local goto = 1 goto goto",
        b"=t",
        r#"t:1: '=' expected near 'goto'"#,
    ),
    (
        b"f\n(1)",
        b"=t",
        r#"t:2: ambiguous syntax (function call x new statement) near '('"#,
    ),
    (
        b"a = {\n1,2",
        b"=t",
        r#"t:2: '}' expected (to close '{' at line 1) near '<eof>'"#,
    ),
    (
        b"if x then\nelse",
        b"=t",
        r#"t:2: 'end' expected (to close 'if' at line 1) near '<eof>'"#,
    ),
    (b"return 1 2", b"=t", r#"t:1: '<eof>' expected near '2'"#),
    (
        b"return return",
        b"=t",
        r#"t:1: unexpected symbol near 'return'"#,
    ),
    (b"return 1; ;", b"=t", r#"t:1: '<eof>' expected near ';'"#),
    (b"break; x()", b"=t", r#"t:1: '<eof>' expected near 'x'"#),
    (b"f() = 1", b"=t", r#"t:1: unexpected symbol near '='"#),
    (b"(a) = 1", b"=t", r#"t:1: syntax error near '='"#),
    (b"a.b.c", b"=t", r#"t:1: '=' expected near '<eof>'"#),
    (b"x", b"=t", r#"t:1: '=' expected near '<eof>'"#),
    (b"1 = 2", b"=t", r#"t:1: unexpected symbol near '1'"#),
    (b"\"s\" = 1", b"=t", r#"t:1: unexpected symbol near '"s"'"#),
    (
        b"function f(a,...,b) end",
        b"=t",
        r#"t:1: ')' expected near ','"#,
    ),
    (b"local t = {a b}", b"=t", r#"t:1: '}' expected near 'b'"#),
    (b"x = y z", b"=t", r#"t:1: '=' expected near '<eof>'"#),
    (b"x.1 = 2", b"=t", r#"t:1: '=' expected near '.1'"#),
    (
        b"local x <const> = 1",
        b"=t",
        r#"t:1: unexpected symbol near '<'"#,
    ),
    (b"x = a.end", b"=t", r#"t:1: '<name>' expected near 'end'"#),
    (
        b"function a:b.c() end",
        b"=t",
        r#"t:1: '(' expected near '.'"#,
    ),
    (
        b"do\nlocal x\nend end",
        b"=t",
        r#"t:3: '<eof>' expected near 'end'"#,
    ),
    (
        b"for i = 1, 2 do\nx = 1\n\n",
        b"=t",
        r#"t:4: 'end' expected (to close 'for' at line 1) near '<eof>'"#,
    ),
    (
        b"local function f()\n  return 1\n",
        b"=t",
        r#"t:3: 'end' expected (to close 'function' at line 1) near '<eof>'"#,
    ),
    (b"x = (1", b"=t", r#"t:1: ')' expected near '<eof>'"#),
    (
        b"x = (1\n+ 2",
        b"=t",
        r#"t:2: ')' expected (to close '(' at line 1) near '<eof>'"#,
    ),
    (
        b"f(1\n,2",
        b"=t",
        r#"t:2: ')' expected (to close '(' at line 1) near '<eof>'"#,
    ),
    (b"x = {[1] 2}", b"=t", r#"t:1: '=' expected near '2'"#),
    (
        b"if x then y() elseif z",
        b"=t",
        r#"t:1: 'then' expected near '<eof>'"#,
    ),
    (b"x = not", b"=t", r#"t:1: unexpected symbol near '<eof>'"#),
    (b"x = 1 + + 2", b"=t", r#"t:1: unexpected symbol near '+'"#),
    (
        b"while true do",
        b"=t",
        r#"t:1: 'end' expected near '<eof>'"#,
    ),
    (
        b"repeat x = 1",
        b"=t",
        r#"t:1: 'until' expected near '<eof>'"#,
    ),
    (
        b"repeat x = 1 until",
        b"=t",
        r#"t:1: unexpected symbol near '<eof>'"#,
    ),
    (b"for i = 1 do end", b"=t", r#"t:1: ',' expected near 'do'"#),
    (
        b"for i = 1, do end",
        b"=t",
        r#"t:1: unexpected symbol near 'do'"#,
    ),
    (
        b"for a, b in do end",
        b"=t",
        r#"t:1: unexpected symbol near 'do'"#,
    ),
    (
        b"for a, 1 in x do end",
        b"=t",
        r#"t:1: '<name>' expected near '1'"#,
    ),
    (
        b"if then end",
        b"=t",
        r#"t:1: unexpected symbol near 'then'"#,
    ),
    (
        b"function () end",
        b"=t",
        r#"t:1: '<name>' expected near '('"#,
    ),
    (
        b"function f.() end",
        b"=t",
        r#"t:1: '<name>' expected near '('"#,
    ),
    (
        b"local function f.g() end",
        b"=t",
        r#"t:1: '(' expected near '.'"#,
    ),
    (b"x = {,}", b"=t", r#"t:1: unexpected symbol near ','"#),
    (b"x = {1,,2}", b"=t", r#"t:1: unexpected symbol near ','"#),
    (b"x = f(1,)", b"=t", r#"t:1: unexpected symbol near ')'"#),
    (b"x = a[]", b"=t", r#"t:1: unexpected symbol near ']'"#),
    (
        b"x = a:b",
        b"=t",
        r#"t:1: function arguments expected near '<eof>'"#,
    ),
    (
        b"x = a:b.c()",
        b"=t",
        r#"t:1: function arguments expected near '.'"#,
    ),
    (b"x = #", b"=t", r#"t:1: unexpected symbol near '<eof>'"#),
    (b"goto", b"=t", r#"t:1: '=' expected near '<eof>'"#),
    (b"goto 1", b"=t", r#"t:1: '=' expected near '1'"#),
    (b"::1::", b"=t", r#"t:1: '<name>' expected near '1'"#),
    (b"::a:", b"=t", r#"t:1: '::' expected near ':'"#),
    (b";", b"=t", r#"t:1: unexpected symbol near ';'"#),
    (b";;x = 1", b"=t", r#"t:1: unexpected symbol near ';'"#),
    (b"x = 1;;", b"=t", r#"t:1: unexpected symbol near ';'"#),
    (
        b"local a = ...; local function f() return ... end",
        b"=t",
        r#"t:1: cannot use '...' outside a vararg function near '...'"#,
    ),
    (
        b"function f() x = ... end",
        b"=t",
        r#"t:1: cannot use '...' outside a vararg function near '...'"#,
    ),
    (
        b"x = \"abc\"\n\"def\"",
        b"=t",
        r#"t:2: unexpected symbol near '"def"'"#,
    ),
    (
        b"return\nreturn",
        b"=t",
        r#"t:2: unexpected symbol near 'return'"#,
    ),
    (b"elseif", b"=t", r#"t:1: '<eof>' expected near 'elseif'"#),
    (b"end", b"=t", r#"t:1: '<eof>' expected near 'end'"#),
    (b"until x", b"=t", r#"t:1: '<eof>' expected near 'until'"#),
    (b"then", b"=t", r#"t:1: unexpected symbol near 'then'"#),
    (b"x = function", b"=t", r#"t:1: '(' expected near '<eof>'"#),
    (
        b"x = function(",
        b"=t",
        r#"t:1: <name> or '...' expected near '<eof>'"#,
    ),
    (b"x = {x=}", b"=t", r#"t:1: unexpected symbol near '}'"#),
    (b"x = 1 + (2", b"=t", r#"t:1: ')' expected near '<eof>'"#),
    (
        b"x = a.b:c",
        b"=t",
        r#"t:1: function arguments expected near '<eof>'"#,
    ),
    (b"x = a..", b"=t", r#"t:1: unexpected symbol near '<eof>'"#),
    (b"x = 1 or", b"=t", r#"t:1: unexpected symbol near '<eof>'"#),
    (b"local a, = 1", b"=t", r#"t:1: '<name>' expected near '='"#),
    (b"a, = 1", b"=t", r#"t:1: unexpected symbol near '='"#),
    (b"a b = 1", b"=t", r#"t:1: '=' expected near 'b'"#),
    (
        b"goto continue",
        b"=t",
        r#"t:1: undefined label 'continue'"#,
    ),
    (
        b"goto x local y ::x:: print(y)",
        b"=t",
        r#"t:1: <goto x> jumps into the scope of local 'y'"#,
    ),
    (b"::x:: ::x::", b"=t", r#"t:1: duplicate label 'x'"#),
    (b"break", b"=t", r#"t:1: no loop to break"#),
    (b"if x then break end", b"=t", r#"t:1: no loop to break"#),
    (b"do break end", b"=t", r#"t:1: no loop to break"#),
    (
        b"while x do if a then break end goto nowhere end",
        b"=t",
        r#"t:1: undefined label 'nowhere'"#,
    ),
    (
        b"local a goto x; local b ::x:: ;",
        b"=t",
        r#"t:1: <goto x> jumps into the scope of local 'b'"#,
    ),
    (
        b"repeat goto x; local b ::x:: until b",
        b"=t",
        r#"t:1: <goto x> jumps into the scope of local 'b'"#,
    ),
    (
        b"do goto l1 end do ::l1:: end",
        b"=t",
        r#"t:1: undefined label 'l1'"#,
    ),
    (
        b"repeat local x; goto cont; local y; ::cont:: until x",
        b"=t",
        r#"t:1: <goto cont> jumps into the scope of local 'y'"#,
    ),
    (
        b"while true do break; end; break",
        b"=t",
        r#"t:1: no loop to break"#,
    ),
    (b"::a:: ::b:: ::a::", b"=t", r#"t:1: duplicate label 'a'"#),
    (
        b"goto a; local x; ::a:: print(x)",
        b"=t",
        r#"t:1: <goto a> jumps into the scope of local 'x'"#,
    ),
    (
        b"local function f() goto out end ::out::",
        b"=t",
        r#"t:1: undefined label 'out'"#,
    ),
    (
        b"for i = 1, 2 do goto x end",
        b"=t",
        r#"t:1: undefined label 'x'"#,
    ),
    (
        b"do local a\ngoto b\nlocal c\n::b:: x() end",
        b"=t",
        r#"t:2: <goto b> jumps into the scope of local 'c'"#,
    ),
    (b"function f() break end", b"=t", r#"t:1: no loop to break"#),
    (
        b"while x do local function f() break end end",
        b"=t",
        r#"t:1: no loop to break"#,
    ),
    (
        b"x = = 1",
        b"=stdin",
        r#"stdin:1: unexpected symbol near '='"#,
    ),
    (
        b"x = = 1",
        b"@some/dir/file.lua",
        r#"some/dir/file.lua:1: unexpected symbol near '='"#,
    ),
    (
        b"x = = 1",
        b"x = = 1",
        r#"[string "x = = 1"]:1: unexpected symbol near '='"#,
    ),
    (
        b"x = \n= 1",
        b"x = \n= 1",
        r#"[string "x = ..."]:2: unexpected symbol near '='"#,
    ),
    (
        b"goto nowhere",
        b"@f.lua",
        r#"f.lua:1: undefined label 'nowhere'"#,
    ),
];

fn error_of(source: &[u8], chunkname: &[u8]) -> String {
    match compile(source, chunkname) {
        Ok(_) => "<compiled>".to_string(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn messages_match_luajit() {
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|&(src, name, want)| {
            let got = error_of(src, name);
            (got != want).then(|| {
                format!(
                    "{:?}\n  want: {want}\n  got:  {got}",
                    String::from_utf8_lossy(src)
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} messages differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// Chunk names follow `chunk_id` (LuaJIT's rules): long source-text names keep
/// 45 bytes.
#[test]
fn long_chunk_names_follow_chunk_id() {
    let name = b"a very long chunk name that goes on and on and on and on and on";
    assert_eq!(
        error_of(b"x = = 1", name),
        "[string \"%s...\"]:1: unexpected symbol near '='"
            .replace("%s", &String::from_utf8_lossy(&name[..45]))
    );
}

/// 64-bit integer literals (`1LL`, `1ULL`, `1LLU`) and imaginary ones (`1i`)
/// are accepted; malformed suffixes are not.
#[test]
fn ffi_number_suffixes() {
    for (src, tok) in [
        ("x = 1ii", "1ii"),
        ("x = 1iLL", "1iLL"),
        ("x = 1LLL", "1LLL"),
        ("x = 1.5LL", "1.5LL"),
        ("x = 99999999999999999999LL", "99999999999999999999LL"),
        ("x = 0xLL", "0xLL"),
    ] {
        assert_eq!(
            error_of(src.as_bytes(), b"=t"),
            format!("t:1: malformed number near '{tok}'")
        );
    }
    for src in [
        "x = 1LL",
        "x = 1ULL",
        "x = 0x10ull",
        "x = 18446744073709551615ULL",
        "x = 7llu",
        "x = 1i",
        "x = 0x1.8p1I",
    ] {
        assert_eq!(error_of(src.as_bytes(), b"=t"), "<compiled>", "{src}");
    }
}

fn repeat(s: &str, n: usize) -> String {
    s.repeat(n)
}

fn numbered(fmt: impl Fn(usize) -> String, n: usize, sep: &str) -> String {
    (0..n).map(fmt).collect::<Vec<_>>().join(sep)
}

#[test]
fn limit_messages_match_luajit() {
    let upvalues = numbered(|i| format!("local u{i} = {i}"), 70, "\n");
    let sum = numbered(|i| format!("u{i}"), 70, "+");
    let cases: Vec<(String, &str)> = vec![
        (
            format!("local {}", numbered(|i| format!("a{i}"), 201, ",")),
            "t:1: main function has more than 200 local variables",
        ),
        (
            format!(
                "local x\nfunction f()\n{}\nend\n",
                numbered(|i| format!("local a{i}"), 201, "\n")
            ),
            "t:204: function at line 2 has more than 200 local variables",
        ),
        (
            format!("{upvalues}\nlocal function f()\n  return {sum}\nend\n"),
            "t:72: function at line 71 has more than 60 upvalues",
        ),
        (
            format!(
                "{upvalues}\nlocal function f()\n local function g()\n  return {sum}\nend\nend\n"
            ),
            "t:73: function at line 71 has more than 60 upvalues",
        ),
        (
            format!("local x = f({})\n", repeat("1,", 259) + "1"),
            "t:1: function or expression too complex near '1'",
        ),
        (
            format!("x = {}1{}", repeat("(", 300), repeat(")", 300)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("x = {}1{}", repeat("(", 198), repeat(")", 198)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("x = {}{}", repeat("{", 300), repeat("}", 300)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("x = {}1", repeat("- ", 300)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("x = {}1", repeat("not ", 300)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("x = {}a", repeat("#", 300)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("x = {}a", repeat("a..", 300)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("x = {}a", repeat("a^", 300)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("{}{}", repeat("do ", 300), repeat(" end", 300)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("{}{}", repeat("if x then ", 300), repeat(" end", 300)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("local a = {}", repeat("{", 300)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            format!("{} = 1", numbered(|i| format!("a{i}"), 250, ",")),
            "t:1: main function has more than 200 variable names",
        ),
        (
            // An argument list is a syntax level (Lua 5.1's limit; LuaJIT runs
            // out of slots first and says "function or expression too complex").
            format!("x = {}{}", repeat("f(", 198), repeat(")", 198)),
            "t:1: chunk has too many syntax levels",
        ),
        (
            // Slots still run out for calls that are wide rather than deep.
            format!("x = f({})", numbered(|i| format!("a{i}"), 300, ",")),
            "t:1: function or expression too complex near 'a248'",
        ),
        (
            format!(
                "return {}1{}",
                repeat("function() return ", 100),
                repeat(" end", 100)
            ),
            "t:1: chunk has too many syntax levels",
        ),
        (repeat("::a:: ", 250), "t:1: duplicate label 'a'"),
        (
            format!(
                "local a = ...\nif a then\n{}\nend\n",
                numbered(|i| format!("a = a + {i}"), 40000, "\n")
            ),
            "t:40004: control structure too long near '<eof>'",
        ),
        (
            format!(
                "local a = ...\nlocal b = {}\n",
                repeat("a or ", 19999) + "a"
            ),
            "t:3: control structure too long near '<eof>'",
        ),
        (
            format!(
                "local t = {{}}\n{}\n",
                numbered(|i| format!("t.s{i} = {i}.5"), 70000, "\n")
            ),
            "t:70002: main function has more than 65536 constants",
        ),
        (
            format!(
                "local x = 0\n{}\n",
                numbered(|i| format!("x = x + {i}.5"), 70000, "\n")
            ),
            "t:70002: main function has more than 65536 constants",
        ),
        (
            numbered(|i| format!("do local a{i} end"), 66000, "\n"),
            "t:65477: chunk has more than 65476 local variables",
        ),
    ];
    for (src, want) in cases {
        let got = error_of(src.as_bytes(), b"=t");
        assert_eq!(got, want, "source starting {:?}", &src[..src.len().min(60)]);
    }
}
