//! Limits and robustness: inputs far beyond what the compiler accepts, deep
//! nesting, huge literals and random bytes must give a prototype or an error,
//! never a panic or a stack overflow, and must not take quadratic time.

use std::time::{Duration, Instant};

use super::{compile, list_proto, CompiledProto, GcConst};

fn message(src: &[u8]) -> String {
    match compile(src, b"=t") {
        Ok(_) => "<compiled>".to_string(),
        Err(e) => e.to_string(),
    }
}

/// Runs `f` and checks it took less than `limit` (generous, for slow machines).
fn timed<T>(limit: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let r = f();
    assert!(start.elapsed() < limit, "took {:?}", start.elapsed());
    r
}

#[test]
fn deep_nesting_is_an_error_not_an_overflow() {
    let n = 200_000;
    let cases = [
        format!("x = {}1{}", "(".repeat(n), ")".repeat(n)),
        format!("x = {}", "(".repeat(n)),
        format!("x = {}{}", "{".repeat(n), "}".repeat(n)),
        format!("x = {}", "{".repeat(n)),
        format!("x = {}", "f(".repeat(n)),
        format!("x = {}1", "- ".repeat(n)),
        format!("x = {}1", "not ".repeat(n)),
        format!("x = {}a", "a .. ".repeat(n)),
        format!("x = {}a", "a ^ ".repeat(n)),
        "do ".repeat(n),
        "if x then ".repeat(n),
        "while x do ".repeat(n),
        "repeat ".repeat(n),
        "for i = 1, 2 do ".repeat(n),
        "function f() ".repeat(n),
        format!("return {}", "function() return ".repeat(n)),
        format!("x = {}", "a[".repeat(n)),
        "::a:: ".repeat(n),
    ];
    for src in &cases {
        let msg = timed(Duration::from_secs(2), || message(src.as_bytes()));
        assert!(msg.starts_with("t:1: "), "{msg}");
    }
    assert_eq!(
        message(cases[0].as_bytes()),
        "t:1: chunk has too many syntax levels"
    );
    assert_eq!(
        message(cases[2].as_bytes()),
        "t:1: chunk has too many syntax levels"
    );
    assert_eq!(
        message(cases[14].as_bytes()),
        "t:1: chunk has too many syntax levels"
    );
}

/// The deepest nesting LuaJIT accepts must compile on a thread with a small
/// stack (the recursion per syntax level is bounded).
#[test]
fn deepest_accepted_nesting_fits_a_small_stack() {
    let deep = [
        format!("x = {}1{}", "(".repeat(197), ")".repeat(197)),
        format!("x = {}{}", "{".repeat(198), "}".repeat(198)),
        format!(
            "return {}1{}",
            "function() return ".repeat(98),
            " end".repeat(98)
        ),
        format!("x = {}1", "- ".repeat(197)),
        format!("{}{}", "do ".repeat(198), " end".repeat(198)),
        format!("{}x(){}", "if x then ".repeat(198), " end".repeat(198)),
        format!("x = {}1{}", "f(".repeat(98), ")".repeat(98)),
        format!("x = {}1", "a .. ".repeat(190)),
    ];
    let handle = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            deep.iter()
                .map(|s| message(s.as_bytes()))
                .collect::<Vec<_>>()
        })
        .unwrap();
    for msg in handle.join().unwrap() {
        assert_eq!(msg, "<compiled>");
    }
}

#[test]
fn too_many_locals_upvalues_and_constants() {
    let locals: String = (0..300).map(|i| format!("local a{i} = {i}\n")).collect();
    assert_eq!(
        message(locals.as_bytes()),
        "t:201: main function has more than 200 local variables"
    );

    let mut upvalues: String = (0..70).map(|i| format!("local u{i} = {i}\n")).collect();
    upvalues.push_str("return function() return ");
    upvalues.push_str(
        &(0..70)
            .map(|i| format!("u{i}"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    upvalues.push_str(" end\n");
    assert_eq!(
        message(upvalues.as_bytes()),
        "t:71: function at line 71 has more than 60 upvalues"
    );

    let strings: String = (0..70_000).map(|i| format!("f(\"s{i}\")\n")).collect();
    assert_eq!(
        message(strings.as_bytes()),
        "t:70001: main function has more than 65536 constants"
    );

    let numbers: String = (0..70_000).map(|i| format!("f({i}.5)\n")).collect();
    assert_eq!(
        message(numbers.as_bytes()),
        "t:70001: main function has more than 65536 constants"
    );

    // 65536 of each kind is still fine.
    let at_limit: String = (0..65_535)
        .map(|i| format!("f(\"s{i}\", {i}.5)\n"))
        .collect();
    let p = compile(at_limit.as_bytes(), b"=t").unwrap();
    assert_eq!((p.kgc.len(), p.knum.len()), (65_536, 65_535));
}

#[test]
fn huge_string_literal_is_linear() {
    let n = 20 << 20;
    let mut src = b"return \"".to_vec();
    src.extend(std::iter::repeat_n(b'x', n));
    src.extend_from_slice(b"\\n\\65\"\n");
    let p = timed(Duration::from_secs(2), || compile(&src, b"=t").unwrap());
    let Some(GcConst::Str(s)) = p.kgc.first() else {
        panic!("no string constant")
    };
    assert_eq!(s.len(), n + 2);
    assert!(s.ends_with(b"x\nA"));

    let mut long = b"return [==[".to_vec();
    long.extend(std::iter::repeat_n(b'y', n));
    long.extend_from_slice(b"]]]=]]==]");
    let p = timed(Duration::from_secs(2), || compile(&long, b"=t").unwrap());
    let Some(GcConst::Str(s)) = p.kgc.first() else {
        panic!("no string constant")
    };
    assert_eq!(s.len(), n + 5);
}

#[test]
fn long_flat_inputs_are_linear() {
    // Each of these is about a megabyte; quadratic work would take minutes.
    let or_chain = format!("local a = ...\nlocal b = {}a\n", "a or ".repeat(200_000));
    let sum = format!("local a = ...\nlocal b = {}a\n", "a + ".repeat(200_000));
    let gotos = format!("do {} ::y:: end ::x::", "goto x; ".repeat(100_000));
    let labels: String = (0..50_000)
        .map(|i| format!("goto l{i}; ::l{i}::\n"))
        .collect();
    let blocks: String = (0..100_000)
        .map(|i| format!("do local a{i} = {i} end\n"))
        .collect();
    let calls = format!("f{}", "()".repeat(200_000));
    // Globals used deep inside functions that all have many locals.
    let mut nested = String::new();
    for _ in 0..90 {
        nested.push_str("local function f() ");
        nested.extend((0..190).map(|i| format!("local a{i} ")));
    }
    nested.push_str(&"g = x ".repeat(100_000));
    nested.push_str(&"end ".repeat(90));
    for src in [or_chain, sum, gotos, labels, blocks, calls, nested] {
        timed(Duration::from_secs(3), || {
            let _ = compile(src.as_bytes(), b"=t");
        });
    }
}

/// A small deterministic generator (xorshift64*).
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

/// Compiles, and lists what compiles, so the listing code sees it too.
fn exercise(src: &[u8]) {
    if let Ok(p) = compile(src, b"=fuzz") {
        let _ = list_proto(&p);
        check_invariants(&p);
    }
}

/// Structural checks on a compiled prototype and its children.
fn check_invariants(p: &CompiledProto) {
    assert_eq!(p.code.len(), p.lines.len());
    assert!(p.frame_size as u32 <= crate::bytecode::MAX_SLOTS);
    for (pc, ins) in p.code.iter().enumerate() {
        let op = ins.op();
        if op.has_jump() {
            let target = pc as i64 + 1 + ins.j() as i64;
            assert!(
                target >= 0 && target <= p.code.len() as i64,
                "jump out of range at {pc}"
            );
        }
    }
    for k in &p.kgc {
        if let GcConst::Proto(child) = k {
            check_invariants(child);
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        let len = rng.below(200);
        let src: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        exercise(&src);
    }
}

#[test]
fn random_token_soup_never_panics() {
    const TOKENS: &[&str] = &[
        "and",
        "break",
        "do",
        "else",
        "elseif",
        "end",
        "false",
        "for",
        "function",
        "goto",
        "if",
        "in",
        "local",
        "nil",
        "not",
        "or",
        "repeat",
        "return",
        "then",
        "true",
        "until",
        "while",
        "x",
        "y",
        "self",
        "f",
        "t",
        "1",
        "0.5",
        "0x10",
        "1e5",
        "\"s\"",
        "'q'",
        "[[l]]",
        "...",
        "..",
        "=",
        "==",
        "~=",
        "<",
        "<=",
        ">",
        ">=",
        "+",
        "-",
        "*",
        "/",
        "%",
        "^",
        "#",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        ";",
        ":",
        ",",
        ".",
        "::",
        "::l::",
        "goto l",
        "\n",
        "--c\n",
        "--[[c]]",
        "\"\\z  \"",
        "0x",
        "\"\\u{48}\"",
        "\"\\300\"",
        "\0",
        "\u{ff}",
    ];
    let mut rng = Rng(12345);
    for _ in 0..3000 {
        let n = rng.below(60);
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(TOKENS[rng.below(TOKENS.len())]);
            src.push(' ');
        }
        exercise(src.as_bytes());
    }
}

/// Valid programs built from random statements, so the code generator (not
/// only the error paths) runs on unusual combinations.
#[test]
fn random_programs_compile_and_keep_invariants() {
    const EXPRS: &[&str] = &[
        "a",
        "b",
        "1",
        "-1",
        "0.5",
        "\"s\"",
        "nil",
        "true",
        "false",
        "...",
        "a.x",
        "a[b]",
        "f(a)",
        "a:m(b)",
        "{}",
        "{a, b, x = 1}",
        "a + b",
        "a .. b",
        "a == b",
        "a < 1",
        "not a",
        "#a",
        "a and b",
        "a or 1",
        "function(x) return x end",
        "(a)",
    ];
    let mut rng = Rng(777);
    for _ in 0..500 {
        let mut src = String::from("local a, b = ...\n");
        let mut depth = 0;
        for _ in 0..rng.below(40) {
            let e = EXPRS[rng.below(EXPRS.len())];
            let e2 = EXPRS[rng.below(EXPRS.len())];
            let stmt = match rng.below(12) {
                0 => format!("local c = {e}, {e2}\n"),
                1 => format!("a, b.x = {e}, {e2}\n"),
                2 => format!("f({e}, {e2})\n"),
                3 => {
                    depth += 1;
                    format!("if {e} then\n")
                }
                4 => {
                    depth += 1;
                    format!("while {e} do local d = function() return a end\n")
                }
                5 => {
                    depth += 1;
                    "for i = 1, 3 do\n".to_string()
                }
                6 => {
                    depth += 1;
                    format!("for k, v in pairs({e}) do\n")
                }
                7 if depth > 0 => {
                    depth -= 1;
                    "end\n".to_string()
                }
                8 => "do goto skip; local q = 1; ::skip:: end\n".to_string(),
                9 => format!("b = {e} or {e2}\n"),
                10 => "local function g(...) return ... end\n".to_string(),
                _ => format!("a = {e}\n"),
            };
            src.push_str(&stmt);
        }
        src.push_str(&"end\n".repeat(depth));
        src.push_str("return a, b\n");
        match compile(src.as_bytes(), b"=t") {
            Ok(p) => check_invariants(&p),
            Err(e) => assert!(
                e.to_string().contains("jumps into the scope"),
                "{}\n{src}",
                e
            ),
        }
    }
}
