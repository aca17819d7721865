//! Hostile and extreme inputs, generated at run time: lunavm must answer each with a
//! clean Lua error (`lunavm: ...` on stderr, exit status 1) or, where the reference
//! interpreters succeed, the same output, within a time limit, never dying from a
//! signal and never panicking.
//!
//! Outcomes noted in the tests are what lua5.1 (PUC 5.1.5) and luajit (2.1) do.

mod common;

use common::{lunavm, run, Run, TempDir};
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(60);

/// Writes `source` as `name` in a fresh directory and runs `lunavm name`.
///
/// With `LUNAVM_BAD_INPUT_KEEP=<dir>` set, the inputs are also written there, so they
/// can be fed to the reference interpreters by hand.
fn run_source(name: &str, source: &[u8], limit: Duration) -> Run {
    if let Some(keep) = std::env::var_os("LUNAVM_BAD_INPUT_KEEP") {
        let _ = std::fs::create_dir_all(&keep);
        let _ = std::fs::write(std::path::Path::new(&keep).join(name), source);
    }
    let dir = TempDir::new("bad-input");
    dir.write(name, source);
    let mut cmd = lunavm(dir.path());
    cmd.arg(name);
    run(cmd, None, limit)
}

#[track_caller]
fn assert_clean(r: &Run) {
    assert!(
        r.status.is_some(),
        "lunavm did not finish in time: {}",
        r.describe()
    );
    assert_eq!(
        r.signal(),
        None,
        "lunavm was killed by a signal: {}",
        r.describe()
    );
    assert!(!r.panicked(), "lunavm panicked: {}", r.describe());
}

/// A clean Lua error: exit status 1 and a first stderr line starting with `prefix`.
#[track_caller]
fn assert_lua_error(r: &Run, prefix: &str) {
    assert_clean(r);
    assert_eq!(
        r.code(),
        Some(1),
        "expected exit status 1: {}",
        r.describe()
    );
    let first = r.stderr_first_line();
    assert!(
        first.starts_with(prefix),
        "first stderr line should start with {prefix:?}: {}",
        r.describe()
    );
}

/// A clean Lua error whose first stderr line is `lunavm: ...` and contains `needle`.
#[track_caller]
fn assert_lua_error_containing(r: &Run, needle: &str) {
    assert_lua_error(r, "lunavm: ");
    let first = r.stderr_first_line();
    assert!(
        first.contains(needle),
        "first stderr line should contain {needle:?}: {}",
        r.describe()
    );
}

/// xorshift64*: a fixed, dependency-free generator so inputs are the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_binary_garbage() {
    for seed in 1..=8u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let mut bytes: Vec<u8> = (0..4096).map(|_| rng.next() as u8).collect();
        // Not a precompiled chunk (ESC) and not a `#` line the loader would skip.
        if bytes[0] == 0x1b || bytes[0] == b'#' {
            bytes[0] = b'@';
        }
        let name = format!("garbage{seed}.lua");
        let r = run_source(&name, &bytes, LIMIT);
        assert_lua_error(&r, &format!("lunavm: {name}:"));
    }
}

/// Random but syntactically valid programs: expressions mixing every operator, table
/// constructors, calls and closures over values of all types, most of them run under
/// pcall. They have no loops or recursion, so they finish quickly; runtime errors are
/// expected and must be clean.
struct ProgramGen {
    rng: Rng,
}

impl ProgramGen {
    const ATOMS: &'static [&'static str] = &[
        "1", "0", "-1", "2.5", "1e308", "'abc'", "''", "'10'", "nil", "true", "false", "a", "b",
        "c", "t", "u", "s", "f",
    ];
    const BINOPS: &'static [&'static str] = &[
        "+", "-", "*", "/", "%", "^", "..", "==", "~=", "<", "<=", ">", ">=", "and", "or",
    ];
    const CALLS: &'static [&'static str] = &[
        "tostring",
        "type",
        "tonumber",
        "math.floor",
        "rawlen_or_len",
        "select('#', ",
        "unpack",
        "string.upper",
        "f",
    ];

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.rng.below(items.len())]
    }

    fn expr(&mut self, depth: u32) -> String {
        if depth == 0 {
            return self.pick(Self::ATOMS).to_string();
        }
        let d = depth - 1;
        match self.rng.below(13) {
            0 | 1 => self.pick(Self::ATOMS).to_string(),
            2 | 3 => {
                let op = self.pick(Self::BINOPS);
                format!("({} {op} {})", self.expr(d), self.expr(d))
            }
            4 => {
                let op = self.pick(&["-", "not ", "#"]);
                format!("{op}({})", self.expr(d))
            }
            5 => format!(
                "{{{}, {}, k = {}}}",
                self.expr(d),
                self.expr(d),
                self.expr(d)
            ),
            6 => {
                let name = self.pick(Self::CALLS);
                if name.ends_with(", ") {
                    format!("{name}{})", self.expr(d))
                } else {
                    format!("{name}({})", self.expr(d))
                }
            }
            7 => format!("({}).k", self.expr(d)),
            8 => format!("({})[{}]", self.expr(d), self.expr(d)),
            9 => format!(
                "(function(x, y) return {}, x end)({}, {})",
                self.expr(d),
                self.expr(d),
                self.expr(d)
            ),
            10 => format!("(\"s\" .. tostring({})):rep(2)", self.expr(d)),
            11 => format!("select(2, {}, {})", self.expr(d), self.expr(d)),
            _ => format!("({})({})", self.expr(d), self.expr(d)),
        }
    }

    fn program(&mut self) -> String {
        let mut src = String::from(
            "local a, b, c = 1, 'two', nil\n\
             local t = setmetatable({1, 2, 3}, {__index = function(_, k) return k end,\n\
               __add = function(x, y) return 42 end, __concat = function() return 'cat' end,\n\
               __call = function(self, v) return v end, __lt = function() return true end})\n\
             local u = newproxy(true)\n\
             getmetatable(u).__len = function() return 7 end\n\
             local s = 'str'\n\
             local function f(...) return select('#', ...), ... end\n\
             local function rawlen_or_len(v) return #v end\n",
        );
        for _ in 0..40 {
            let e = self.expr(4);
            if self.rng.below(4) == 0 {
                let cond = self.expr(2);
                src.push_str(&format!(
                    "do local ok, v = pcall(function() return {cond} end)\n\
                     if ok and v then print(pcall(function() return {e} end)) end end\n"
                ));
            } else {
                src.push_str(&format!("print(pcall(function() return {e} end))\n"));
            }
        }
        // Finally one unprotected statement, which may well raise an error.
        src.push_str(&format!("local last = {}\nprint('end')\n", self.expr(3)));
        src
    }
}

#[test]
fn random_valid_programs() {
    for seed in 1..=16u64 {
        let mut gen = ProgramGen {
            rng: Rng(seed.wrapping_mul(0xd1b5_4a32_d192_ed03) | 1),
        };
        let src = gen.program();
        let name = format!("prog{seed}.lua");
        let r = run_source(&name, src.as_bytes(), LIMIT);
        assert_clean(&r);
        if r.code() != Some(0) {
            // a runtime error in the last statement, reported with its position
            assert_lua_error(&r, &format!("lunavm: {name}:"));
        }
    }
}

#[test]
fn deeply_nested_parentheses() {
    // lua5.1 and luajit: `paren.lua:1: chunk has too many syntax levels`
    let r = run_source("paren.lua", &vec![b'('; 200_000], LIMIT);
    assert_lua_error(&r, "lunavm: paren.lua:1: chunk has too many syntax levels");
}

#[test]
fn deeply_nested_braces() {
    let mut src = b"x = ".to_vec();
    src.extend(std::iter::repeat_n(b'{', 200_000));
    let r = run_source("brace.lua", &src, LIMIT);
    assert_lua_error(&r, "lunavm: brace.lua:1: chunk has too many syntax levels");
}

#[test]
fn nested_table_constructor_300_levels() {
    // lua5.1 and luajit both refuse this (their limit is 200 levels); accepting it
    // and building the data is fine too.
    let src = format!(
        "local t = {}{}\nlocal d = 0\nwhile t[1] do t = t[1]; d = d + 1 end\nprint(d)\n",
        "{".repeat(300),
        "}".repeat(300)
    );
    let r = run_source("nest300.lua", src.as_bytes(), LIMIT);
    assert_clean(&r);
    if r.code() == Some(0) {
        assert_eq!(r.stdout_text(), "300\n", "{}", r.describe());
    } else {
        assert_lua_error(
            &r,
            "lunavm: nest300.lua:1: chunk has too many syntax levels",
        );
    }
}

#[test]
fn hundred_megabyte_string_literal() {
    let n = 100 << 20;
    let mut src = Vec::with_capacity(n + 32);
    src.extend_from_slice(b"x = \"");
    src.resize(src.len() + n, b'a');
    src.extend_from_slice(b"\"\nprint(#x)\n");
    let r = run_source("bigstring.lua", &src, Duration::from_secs(120));
    assert_clean(&r);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    assert_eq!(r.stdout_text(), "104857600\n");
}

#[test]
fn seventy_thousand_constants() {
    // Both reference interpreters compile and run these.
    let strings: Vec<String> = (0..70_000).map(|i| format!("\"s{i}\"")).collect();
    let src = format!(
        "local t = {{{}}}\nprint(#t, t[1], t[70000])\n",
        strings.join(",")
    );
    let r = run_source("consts.lua", src.as_bytes(), LIMIT);
    assert_clean(&r);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    assert_eq!(r.stdout_text(), "70000\ts0\ts69999\n");

    let numbers: Vec<String> = (0..70_000).map(|i| format!("{i}.5")).collect();
    let src = format!(
        "local t = {{{}}}\nprint(#t, t[1], t[70000])\n",
        numbers.join(",")
    );
    let r = run_source("numconsts.lua", src.as_bytes(), LIMIT);
    assert_clean(&r);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    assert_eq!(r.stdout_text(), "70000\t0.5\t69999.5\n");
}

#[test]
fn too_many_locals() {
    let mut src = String::from("local function f()\n");
    for i in 0..300 {
        src.push_str(&format!("local v{i} = {i}\n"));
    }
    src.push_str("end\nprint('compiled')\n");
    let r = run_source("locals.lua", src.as_bytes(), LIMIT);
    // The 201st local is declared on line 202.
    assert_lua_error(
        &r,
        "lunavm: locals.lua:202: function at line 1 has more than 200 local variables",
    );
    assert_eq!(r.stdout_text(), "");

    // 200 is still fine
    let mut src = String::from("local function f()\n");
    for i in 0..200 {
        src.push_str(&format!("local v{i} = {i}\n"));
    }
    src.push_str("return v199\nend\nprint(f())\n");
    let r = run_source("locals200.lua", src.as_bytes(), LIMIT);
    assert_clean(&r);
    assert_eq!(r.stdout_text(), "199\n", "{}", r.describe());
}

#[test]
fn runaway_recursion() {
    let r = run_source(
        "rec.lua",
        b"local function f() return 1 + f() end\nf()\n",
        LIMIT,
    );
    assert_lua_error(&r, "lunavm: rec.lua:1: stack overflow");
}

#[test]
fn runaway_recursion_through_index() {
    // lua5.1: `idx.lua:1: C stack overflow`; luajit: `stack overflow`
    let r = run_source(
        "idx.lua",
        b"local t = setmetatable({}, {__index = function(t, k) return t[k] end})\nprint(t.x)\n",
        LIMIT,
    );
    assert_lua_error_containing(&r, "stack overflow");
}

#[test]
fn runaway_recursion_through_pcall() {
    // The innermost pcall catches the overflow and every level re-raises it.
    // lua5.1: `C stack overflow`; luajit: `stack overflow`
    let r = run_source(
        "pc.lua",
        b"local function f() local ok, e = pcall(f) error(e, 0) end\nf()\n",
        LIMIT,
    );
    assert_lua_error_containing(&r, "stack overflow");
}

#[test]
fn runaway_recursion_through_tostring() {
    // lua5.1: `C stack overflow`. (luajit 2.1 does not finish this one.)
    let r = run_source(
        "ts.lua",
        b"local t = setmetatable({}, {__tostring = function(s) return tostring(s) end})\nprint(tostring(t))\n",
        LIMIT,
    );
    assert_lua_error_containing(&r, "stack overflow");
}

#[test]
fn runaway_recursion_through_concat_metamethod() {
    let r = run_source(
        "cat.lua",
        b"local mt = {}\nmt.__concat = function(a, b) return a .. b end\nlocal t = setmetatable({}, mt)\nprint(t .. 'x')\n",
        LIMIT,
    );
    assert_lua_error_containing(&r, "stack overflow");
}

#[test]
fn huge_string_rep() {
    // 3 GiB: luajit answers `not enough memory` (its strings stop below 2 GiB).
    let r = run_source(
        "rep.lua",
        b"local s = string.rep('abc', 2^30)\nprint(#s)\n",
        LIMIT,
    );
    assert_lua_error(&r, "lunavm: ");
    assert_eq!(r.stdout_text(), "");

    // The same error can be caught.
    let r = run_source(
        "rep2.lua",
        b"local ok, e = pcall(string.rep, 'abc', 2^30)\nprint(ok, type(e))\n",
        LIMIT,
    );
    assert_clean(&r);
    assert_eq!(r.stdout_text(), "false\tstring\n", "{}", r.describe());
}
