//! The trace compiler as a user sees it through the `lunavm` binary: which loops
//! get traces (`-jv`), what the dumps show (`-jdump`), the `jit` library, the
//! `-O` options, W^X for machine code, and above all that a program prints the
//! same with the JIT on as with it off.
//!
//! The differential programs live in `tests/jit/*.lua`. Each runs with `-joff`
//! (the reference), with the JIT at its default parameters, forced hot
//! (`LUNAVM_JIT_OPTIONS=hotloop=1,hotexit=1`) and forced hot at `-O0`, each with
//! and without `LUNAVM_GC_STRESS=1`; stdout must be byte-identical every time.
//! When `luajit` is installed its stdout must be identical too.
//!
//! Every run happens in a scratch directory (or `tests/jit/`) with `LUA_INIT`,
//! `LUA_PATH`, `LUA_CPATH`, `LUNAVM_GC_STRESS` and `LUNAVM_JIT_OPTIONS` removed,
//! so chunk names read `name.lua:3` and only the test chooses the parameters.
//! The trace compiler exists only for x86-64: elsewhere there is nothing to test.
#![cfg(target_arch = "x86_64")]

mod common;

use common::{run, Run, TempDir};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(30);

/// Forces every loop hot on its first iteration and every exit hot at once.
const HOT: (&str, &str) = ("LUNAVM_JIT_OPTIONS", "hotloop=1,hotexit=1");
const GC_STRESS: (&str, &str) = ("LUNAVM_GC_STRESS", "1");

/// A lunavm command running in `dir` with no JIT or GC settings from outside.
fn lunavm(dir: &Path) -> Command {
    let mut cmd = common::lunavm(dir);
    cmd.env_remove("LUNAVM_JIT_OPTIONS");
    cmd
}

fn go(cmd: Command) -> Run {
    run(cmd, None, LIMIT)
}

/// Runs `script` (a file in `dir`) with `args` before it and `env` set.
fn run_script(dir: &Path, script: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = lunavm(dir);
    cmd.args(args).arg(script).envs(env.iter().copied());
    go(cmd)
}

/// Writes `source` as `name` into a scratch directory and runs it there.
fn run_source(name: &str, source: &str, args: &[&str]) -> Run {
    let d = TempDir::new("jit");
    d.write(name, source);
    run_script(d.path(), name, args, &[])
}

/// Asserts a clean exit and returns stdout.
#[track_caller]
fn expect_ok(r: &Run) -> String {
    r.assert_no_panic();
    assert_eq!(
        r.code(),
        Some(0),
        "expected exit status 0: {}",
        r.describe()
    );
    r.stdout_text()
}

/// The `-jv` lines of compiled traces (`[TRACE   1 f.lua:3 loop]`, also
/// `return`, `up-`, `down-` and `tail-recursion`, `interpreter` and links
/// `-> n`), not aborts.
fn compiled_traces(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("[TRACE ") && !l.starts_with("[TRACE ---"))
        .filter(|l| {
            [
                " loop]",
                " return]",
                " up-recursion]",
                " down-recursion]",
                " tail-recursion]",
                " interpreter]",
            ]
            .iter()
            .any(|end| l.ends_with(end))
                || l.contains(" -> ")
        })
        .collect()
}

/// Every line any `-jv` run printed about traces (compiled, aborted, flushed).
fn trace_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with("[TRACE")).collect()
}

/// Where two outputs first differ, for assertion messages.
fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            return format!(
                "line {}: expected {:?}, got {:?}",
                i + 1,
                x.copied().unwrap_or("(end of output)"),
                y.copied().unwrap_or("(end of output)")
            );
        }
    }
    "outputs differ only in their final newline".to_string()
}

// ------------------------------------------------------------ hot loops

/// A hot loop of each kind gets trace 1, and the program prints what it prints
/// on the interpreter.
#[track_caller]
fn check_loop_traced(name: &str, source: &str, header_line: u32) {
    let jit = run_source(name, source, &["-jv"]);
    let out = expect_ok(&jit);
    let expected_line = format!("[TRACE   1 {name}:{header_line} loop]");
    let err = jit.stderr_text();
    assert!(
        err.lines().any(|l| l == expected_line),
        "no `{expected_line}` line on stderr: {}",
        jit.describe()
    );
    let off = run_source(name, source, &["-joff"]);
    assert_eq!(out, expect_ok(&off), "-jv and -joff print differently");
    assert!(!out.is_empty(), "the program printed nothing");
}

#[test]
fn numeric_for_loop_gets_a_trace() {
    check_loop_traced(
        "for.lua",
        "local s = 0\n\
         local t = {}\n\
         for i = 1, 300 do s = s + i * 2 t[i] = s end\n\
         print(s, t[150], t[300])\n",
        3,
    );
}

#[test]
fn while_loop_gets_a_trace() {
    check_loop_traced(
        "while.lua",
        "local i, s = 0, 0.5\n\
         while i < 300 do\n\
         \x20 i = i + 1\n\
         \x20 s = s + i / 4\n\
         end\n\
         print(i, s)\n",
        2,
    );
}

#[test]
fn repeat_loop_gets_a_trace() {
    check_loop_traced(
        "repeat.lua",
        "local n, s = 300, 0\n\
         repeat\n\
         \x20 s = s + n % 7\n\
         \x20 n = n - 1\n\
         until n == 0\n\
         print(n, s)\n",
        2,
    );
}

#[test]
fn cold_loop_gets_no_trace() {
    // Ten iterations are far from the default threshold: nothing is recorded.
    let r = run_source(
        "cold.lua",
        "local s = 0\nfor i = 1, 10 do s = s + i end\nprint(s)\n",
        &["-jv"],
    );
    assert_eq!(expect_ok(&r), "55\n");
    assert_eq!(trace_lines(&r.stderr_text()), Vec::<&str>::new());
}

// ------------------------------------------------- differential programs

fn jit_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jit")
}

/// One way of running a program; each must print what `-joff` prints.
struct Mode {
    name: &'static str,
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
}

const MODES: &[Mode] = &[
    Mode {
        name: "JIT, default parameters",
        args: &[],
        env: &[],
    },
    Mode {
        name: "JIT forced hot",
        args: &[],
        env: &[HOT],
    },
    Mode {
        name: "JIT forced hot, -O0",
        args: &["-O0"],
        env: &[HOT],
    },
    Mode {
        name: "interpreter, GC stress",
        args: &["-joff"],
        env: &[GC_STRESS],
    },
    Mode {
        name: "JIT, default parameters, GC stress",
        args: &[],
        env: &[GC_STRESS],
    },
    Mode {
        name: "JIT forced hot, GC stress",
        args: &[],
        env: &[HOT, GC_STRESS],
    },
    Mode {
        name: "JIT forced hot, -O0, GC stress",
        args: &["-O0"],
        env: &[HOT, GC_STRESS],
    },
];

fn luajit_available() -> bool {
    Command::new("luajit")
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `tests/jit/<script>` in every mode and compares stdout with `-joff`'s
/// (and with luajit's, when it is installed).
fn differential(script: &str) {
    let dir = jit_dir();
    let reference = expect_ok(&run_script(&dir, script, &["-joff"], &[]));
    assert!(!reference.is_empty(), "{script} printed nothing");

    // The program must give the JIT something to compile, or this proves nothing.
    let traced = run_script(&dir, script, &["-jv"], &[]);
    let out = expect_ok(&traced);
    let err = traced.stderr_text();
    assert!(
        !compiled_traces(&err).is_empty(),
        "{script} compiled no trace: {}",
        traced.describe()
    );

    let mut failures = Vec::new();
    if out != reference {
        failures.push(format!(
            "JIT with -jv: {}",
            first_difference(&reference, &out)
        ));
    }
    for mode in MODES {
        let r = run_script(&dir, script, mode.args, mode.env);
        r.assert_no_panic();
        if r.code() != Some(0) {
            failures.push(format!("{}: {}", mode.name, r.describe()));
        } else if r.stdout_text() != reference {
            failures.push(format!(
                "{}: {}",
                mode.name,
                first_difference(&reference, &r.stdout_text())
            ));
        }
    }

    if luajit_available() {
        let mut cmd = Command::new("luajit");
        cmd.current_dir(&dir)
            .arg(script)
            .env_remove("LUA_INIT")
            .env_remove("LUA_PATH")
            .env_remove("LUA_CPATH");
        let r = go(cmd);
        if r.code() != Some(0) {
            failures.push(format!("luajit failed: {}", r.describe()));
        } else if r.stdout_text() != reference {
            failures.push(format!(
                "luajit: {}",
                first_difference(&r.stdout_text(), &reference)
            ));
        }
    } else {
        eprintln!("note: luajit is not installed; {script} not compared with it");
    }

    assert!(
        failures.is_empty(),
        "{script}: stdout differs from -joff's\n{}",
        failures.join("\n")
    );
}

#[test]
fn differential_arithmetic() {
    differential("arith.lua");
}

#[test]
fn differential_guards_failing() {
    differential("guards.lua");
}

// Exit paths: each program breaks the trace's assumptions at a known
// iteration and prints what proves the exit restored the interpreter's state.

/// Slots changing type mid-loop (number to string, table to nil, integer to
/// fractional and integer-valued floats, callees, upvalues, elements).
#[test]
fn differential_exits_on_type_changes() {
    differential("exit_types.lua");
}

/// Tables changing shape under a trace: array parts growing and shrinking,
/// keys added and removed, rehashes, tables replaced.
#[test]
fn differential_exits_on_table_shapes() {
    differential("exit_shapes.lua");
}

/// Metatables added, removed and changed mid-loop (`__index`, `__newindex`,
/// `__add`, `__eq`, `__lt`, `__le`, `__unm`, `__concat`; `__len`, which 5.1
/// ignores for tables).
#[test]
fn differential_exits_on_metatable_changes() {
    differential("exit_meta.lua");
}

/// Numeric for loops leaving the 32-bit range or with huge, fractional,
/// infinite and NaN bounds; NaN and -0 in comparisons, arithmetic, keys,
/// math functions and tostring.
#[test]
fn differential_exits_on_special_numbers() {
    differential("exit_numbers.lua");
}

/// Errors raised inside traces (arithmetic on nil, indexing nil, calling a
/// non-function, error() in inlined functions, comparisons, concatenation,
/// library functions, __index handlers) caught by pcall with their messages.
#[test]
fn differential_errors_raised_in_traces() {
    differential("exit_errors.lua");
}

/// Coroutines around hot loops: loops yielding inside coroutines, loops
/// resuming coroutines, wrap iterators, errors through resume, a trace made
/// on one stack exiting on another, a coroutine stack that moves.
#[test]
fn differential_coroutines_and_traces() {
    differential("exit_coroutines.lua");
}

/// Recursion beyond 10000 levels with guards failing on the way down and
/// back, mutual and tail recursion, errors unwinding deep stacks, stack
/// overflows caught by pcall.
#[test]
fn differential_exits_in_deep_recursion() {
    differential("exit_recursion.lua");
}

/// Guards failing in inlined frames two or three calls deep (types,
/// callees, metatables, result counts, metamethod handlers): every caller
/// goes on with its own locals.
#[test]
fn differential_exits_from_inlined_frames() {
    differential("exit_inlined.lua");
}

#[test]
fn differential_tables() {
    differential("tables.lua");
}

#[test]
fn differential_globals_and_upvalues() {
    differential("upvalues.lua");
}

#[test]
fn differential_calls() {
    differential("calls.lua");
}

#[test]
fn a_full_code_area_flushes_all_traces_and_compiling_goes_on() {
    // 300 loops, each its own trace, into 16 KB of machine code.
    let src = "local total = 0\n\
               for n = 1, 300 do\n\
               \x20 local f = loadstring('local s = 0 for i = 1, 100 do s = s + i * ' .. n .. ' end return s')\n\
               \x20 total = total + f()\n\
               end\n\
               print(total)\n";
    let r = run_source("full.lua", src, &["-Osizemcode=16", "-Omaxmcode=16", "-jv"]);
    assert_eq!(expect_ok(&r), "228007500\n");
    let err = r.stderr_text();
    let lines: Vec<&str> = err.lines().collect();
    let flush = lines
        .iter()
        .position(|l| *l == "[TRACE flush]")
        .unwrap_or_else(|| panic!("no flush: {err}"));
    assert!(lines[flush - 1].contains("code area full"), "{err}");
    // Loops compiled after the flush too.
    let after = compiled_traces(&lines[flush..].join("\n")).len();
    assert!(after > 10, "{after} traces after the flush: {err}");
}

#[test]
fn a_short_inner_loop_gets_a_trace_after_aborts() {
    // Three iterations per run: a recording started in the last one leaves
    // the loop and aborts. The penalty after an abort is jittered, so a
    // later attempt starts in another iteration instead of failing the same
    // way until the loop is blacklisted.
    let src = "local n = 0\n\
               for i = 1, 300 do\n\
               \x20 n = n + i\n\
               \x20 for k = 1, 3 do n = n + k end\n\
               end\n\
               print(n)\n";
    let r = run_source("short.lua", src, &["-jv"]);
    assert_eq!(expect_ok(&r), "46950\n");
    let err = r.stderr_text();
    assert!(
        compiled_traces(&err)
            .iter()
            .any(|l| l.ends_with("short.lua:4 loop]")),
        "the inner loop got no trace: {err}"
    );
    assert!(!err.contains("blacklisted"), "{err}");
}

#[test]
fn traces_end_before_native_calls_they_cannot_record() {
    differential("native_calls_end.lua");
    let r = run_script(&jit_dir(), "native_calls_end.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    // The loops calling string.format and string.find compile up to the call.
    for line in [37, 45] {
        let at = format!("native_calls_end.lua:{line} interpreter]");
        assert!(
            compiled_traces(&err).iter().any(|l| l.ends_with(&at)),
            "no trace ending before the call at line {line}: {err}"
        );
    }
    assert!(!err.contains("NYI: call of"), "{err}");
}

#[test]
fn differential_narrowed_loops() {
    differential("narrowing.lua");
}

#[test]
fn differential_nested_loops() {
    differential("nested.lua");
}

#[test]
fn differential_allocation_and_gc() {
    differential("gc.lua");
}

#[test]
fn differential_call_arguments() {
    differential("call_args.lua");
}

#[test]
fn differential_newindex() {
    differential("newindex.lua");
}

#[test]
fn differential_loops() {
    differential("loops.lua");
}

#[test]
fn differential_metatables() {
    differential("meta.lua");
}

#[test]
fn methods_found_through_index_chains_are_traced() {
    let r = run_script(&jit_dir(), "meta.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    assert!(
        err.lines().any(|l| l == "[TRACE   1 meta.lua:23 loop]"),
        "the method-calling loop did not compile: {}",
        r.describe()
    );
    assert!(!err.contains("table with a metatable"), "{}", r.describe());
}

/// Comparing tables (guarding the absence of `__eq`) and adding keys to
/// tables with a metatable (guarding the absence of `__newindex`) compile.
#[test]
fn table_equality_and_new_keys_with_metatables_are_traced() {
    let r = run_script(&jit_dir(), "meta.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    for line in ["meta.lua:65 loop]", "meta.lua:81 loop]"] {
        assert!(
            compiled_traces(&err).iter().any(|l| l.ends_with(line)),
            "no trace ending {line}: {err}"
        );
    }
}

#[test]
fn differential_table_keys() {
    differential("keys.lua");
}

#[test]
fn any_key_lookups_and_lengths_are_traced() {
    // Every loop of keys.lua compiles: variable string keys, float and table
    // keys, absent keys, reads beyond the array part and `#t` go through
    // helpers instead of ending the recording.
    let r = run_script(&jit_dir(), "keys.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    assert!(
        !err.contains("[TRACE ---"),
        "an aborted recording: {}",
        r.describe()
    );
    assert!(compiled_traces(&err).len() >= 7, "{}", r.describe());
    let ir = run_script(&jit_dir(), "keys.lua", &["-jdump=i"], &[]);
    let dump = ir.stderr_text();
    for op in [" HREF ", " NEWREF ", " ALEN "] {
        assert!(dump.contains(op), "no{op}in the IR: {}", ir.describe());
    }
}

#[test]
fn differential_table_growth() {
    differential("growth.lua");
}

#[test]
fn differential_write_barriers() {
    differential("barriers.lua");
}

#[test]
fn differential_math_library() {
    differential("mathlib.lua");
}

#[test]
fn math_functions_are_recorded_not_called() {
    let r = run_script(&jit_dir(), "mathlib.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    assert!(
        !err.contains("call of math."),
        "a math call aborted a trace: {}",
        r.describe()
    );
    let ir = run_script(&jit_dir(), "mathlib.lua", &["-jdump=i"], &[]);
    let dump = ir.stderr_text();
    for op in [" FPMATH ", " ABS "] {
        assert!(dump.contains(op), "no{op}in the IR: {}", ir.describe());
    }
}

// -------------------------------------------------------------------- ffi

#[test]
fn differential_ffi() {
    differential("ffi.lua");
}

/// Every loop of ffi.lua compiles: none aborts.
#[test]
fn cdata_loops_are_traced() {
    let r = run_script(&jit_dir(), "ffi.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    let aborts: Vec<&str> = trace_lines(&err)
        .into_iter()
        .filter(|l| l.starts_with("[TRACE ---"))
        .collect();
    assert!(aborts.is_empty(), "aborted recordings: {aborts:?}");
    assert!(compiled_traces(&err).len() >= 20, "{}", r.describe());
}

const FFI_SUM: &str = "local ffi = require('ffi')
ffi.cdef('int abs(int);')
local p = ffi.new('int32_t[?]', 1000)
for i = 0, 999 do p[i] = i - 500 end
local s = 0
for i = 0, 999 do s = s + p[i] end
local t = 0
for i = -500, 500 do t = t + ffi.C.abs(i) end
print(s, t)
";

/// `p[i]` in a loop is a looping trace of loads; a C function is a direct
/// call in the IR (CALLXS of its address), not a call through libffi.
#[test]
fn cdata_access_and_c_calls_compile_to_loads_and_direct_calls() {
    let r = run_source("sum.lua", FFI_SUM, &["-jv"]);
    assert_eq!(expect_ok(&r), "-500\t250500\n");
    let err = r.stderr_text();
    for line in [
        "[TRACE   1 sum.lua:4 loop]",
        "[TRACE   2 sum.lua:6 loop]",
        "[TRACE   3 sum.lua:8 loop]",
    ] {
        assert!(
            err.lines().any(|l| l == line),
            "no `{line}`: {}",
            r.describe()
        );
    }
    assert!(!err.contains("[TRACE ---"), "an abort: {}", r.describe());
    let r = run_source("sum.lua", FFI_SUM, &["-jdump=i"]);
    expect_ok(&r);
    let err = r.stderr_text();
    let (store, load, call) = (trace_ir(&err, 1), trace_ir(&err, 2), trace_ir(&err, 3));
    assert!(
        store.contains(" XSTORE ") && store.contains("LOOP"),
        "{store}"
    );
    assert!(load.contains(" XLOAD ") && load.contains("LOOP"), "{load}");
    assert!(
        load.contains(" XCTYPE ") && !load.contains("CALL"),
        "{load}"
    );
    assert!(
        call.contains(" CALLXS ") && call.contains(" XARG "),
        "{call}"
    );
}

/// A NULL pointer met by a trace compiled for a valid one leaves the trace
/// (the guard on the address), and the interpreter raises the ffi's error,
/// as without the JIT.
#[test]
fn null_pointers_in_traces_are_errors_not_crashes() {
    let src = "local ffi = require('ffi')
local buf = ffi.new('int32_t[4]', {1, 2, 3, 4})
local ptrs = {}
for i = 1, 200 do ptrs[i] = ffi.cast('int32_t *', i == 150 and 0 or buf) end
local s = 0
print(pcall(function() for i = 1, 200 do s = s + ptrs[i][i % 4] end end))
print(s)
";
    let off = expect_ok(&run_source("null.lua", src, &["-joff"]));
    assert!(off.starts_with("false\t"), "{off}");
    let d = TempDir::new("jit");
    d.write("null.lua", src);
    for env in [&[][..], &[HOT][..]] {
        let r = run_script(d.path(), "null.lua", &["-jv"], env);
        assert_eq!(expect_ok(&r), off, "{}", r.describe());
    }
}

#[test]
fn differential_ffi_values() {
    differential("ffi_values.lua");
}

#[test]
fn differential_ffi_metatypes_and_constructors() {
    differential("ffi_metatype.lua");
}

#[test]
fn differential_ffi_bit_fields() {
    differential("ffi_fields.lua");
}

#[test]
fn differential_ffi_string_copy_fill() {
    differential("ffi_library.lua");
}

/// `ffi.string`, `ffi.copy` and `ffi.fill` with a NULL address or a negative
/// length raise the interpreter's errors from traces too (their library
/// calls exit; LuaJIT crashes on these).
#[test]
fn ffi_library_errors_from_traces() {
    let src = r#"
local ffi = require("ffi")
local buf = ffi.new("char[8]", "abc")
local null = ffi.cast("char *", 0)
local function run(f, bad_ptr)
  local n = 0
  local ok, e = pcall(function()
    for i = 1, 300 do
      local p = (bad_ptr and i > 250) and null or buf
      local len = (not bad_ptr and i > 250) and -1 or 2
      f(p, len)
      n = n + 1
    end
  end)
  print(n, ok, e)
end
run(function(p, n) return ffi.string(p, n) end, true)
run(function(p, n) return ffi.string(p, n) end, false)
run(function(p, n) ffi.copy(p, "x", n) end, true)
run(function(p, n) ffi.copy(p, "x", n) end, false)
run(function(p, n) ffi.fill(p, n) end, true)
run(function(p, n) ffi.fill(p, n) end, false)
"#;
    let off = expect_ok(&run_source("e.lua", src, &["-joff"]));
    assert!(off.starts_with("250\tfalse\t"), "{off}");
    let d = TempDir::new("jit");
    d.write("e.lua", src);
    for env in [&[][..], &[HOT][..]] {
        let r = run_script(d.path(), "e.lua", &["-jv"], env);
        assert_eq!(expect_ok(&r), off, "{}", r.describe());
        assert!(
            !compiled_traces(&r.stderr_text()).is_empty(),
            "{}",
            r.describe()
        );
    }
}

/// The IR of trace `n` in a `-jdump=i` dump.
fn trace_ir(dump: &str, n: u32) -> String {
    let start = format!("---- TRACE {n} IR");
    let body = dump.split(&start).nth(1).unwrap_or("");
    body.split("\n---- ").next().unwrap_or("").to_string()
}

/// Runs `src` (as v.lua) with `-jv`: asserts the expected output and that
/// no recording aborted; returns the run.
#[track_caller]
fn run_without_aborts(src: &str, expected: &str) -> Run {
    let r = run_source("v.lua", src, &["-jv"]);
    assert_eq!(expect_ok(&r), expected, "{}", r.describe());
    assert!(
        !r.stderr_text().contains("[TRACE ---"),
        "an abort: {}",
        r.describe()
    );
    r
}

/// Runs `src` with `-jv` and then `-jdump=i`: asserts the expected output,
/// no aborted recording, and returns the IR of trace 1 (which must loop).
#[track_caller]
fn ffi_loop_ir(src: &str, expected: &str) -> String {
    let r = run_without_aborts(src, expected);
    let err = r.stderr_text();
    assert!(
        err.lines()
            .any(|l| l.starts_with("[TRACE   1 ") && l.ends_with(" loop]")),
        "{}",
        r.describe()
    );
    let r = run_source("v.lua", src, &["-jdump=i"]);
    expect_ok(&r);
    let ir = trace_ir(&r.stderr_text(), 1);
    assert!(ir.contains("LOOP"), "{ir}");
    ir
}

/// 64-bit integer loads and arithmetic compile: the sum stays an unboxed
/// 64-bit value (CNEWI of an XADD) in the loop, boxed only by an exit.
#[test]
fn int64_values_compile_unboxed() {
    let src = "local ffi = require('ffi')
local a = ffi.new('int64_t[100]')
for i = 0, 99 do a[i] = i * 3000000000 end
local s = 0LL
for i = 0, 99 do s = s + a[i] * 2 end
print(s)
";
    // The store loop is trace 1 and compiles too; trace 2 is the sum.
    let r = run_source("v.lua", src, &["-jdump=i"]);
    assert_eq!(expect_ok(&r), "29700000000000LL\n", "{}", r.describe());
    let err = r.stderr_text();
    assert!(!err.contains(" abort "), "{err}");
    let ir = trace_ir(&err, 2);
    for op in [" i64 XLOAD ", " XMUL ", " XADD ", " CNEWI ", "LOOP"] {
        assert!(ir.contains(op), "no{op}in {ir}");
    }
    let body = ir.split("LOOP").nth(1).unwrap_or("");
    assert!(!body.contains("SLOAD") && !body.contains("CALL"), "{ir}");
}

/// `p = p.next` over a linked list: a pointer load kept virtual, the NULL
/// test an integer comparison, all in a looping trace.
#[test]
fn pointer_walks_compile() {
    // The list walk is the second loop.
    let src = "local ffi = require('ffi')
ffi.cdef('typedef struct n { int v; struct n *next; } n_t;')
local ns = ffi.new('n_t[100]')
local p, s = ns + 0, 0
for i = 0, 98 do ns[i].next = ns + i + 1; ns[i].v = i end
while p ~= nil do s = s + p.v; p = p.next end
print(s)
";
    let r = run_source("w.lua", src, &["-jdump=i"]);
    assert_eq!(expect_ok(&r), "4851\n", "{}", r.describe());
    let ir = trace_ir(&r.stderr_text(), 2);
    for op in [" p64 XLOAD ", " CNEWI ", " NE ", "LOOP"] {
        assert!(ir.contains(op), "no{op}in {ir}");
    }
    let body = ir.split("LOOP").nth(1).unwrap_or("");
    assert!(body.contains(" UGE ") && body.contains(" XLOAD "), "{ir}");
}

/// Pointer arithmetic, pointer comparisons and C calls with pointer
/// arguments and results compile (CALLXS, XERRNO after it).
#[test]
fn pointer_arithmetic_and_pointer_calls_compile() {
    let ir = ffi_loop_ir(
        "local ffi = require('ffi')
ffi.cdef('size_t strlen(const char *); char *strchr(const char *, int);')
local buf = ffi.new('char[32]', 'abcdefghijklmnop')
local n, e = 0, buf + 16
for i = 1, 200 do
  local q = buf + i % 16
  if q < e then n = n + (ffi.C.strchr(q, 112) - q) + tonumber(ffi.C.strlen(q)) end
end
print(n)
",
        "3248\n",
    );
    for op in [" CALLXS ", " XERRNO ", " CNEWI ", " XSUB ", " ULT "] {
        assert!(ir.contains(op), "no{op}in {ir}");
    }
}

/// A 64-bit integer or pointer the trace keeps unboxed is boxed in machine
/// code (CBOX, a helper call) where it escapes: stored into a table or an
/// upvalue. The loops compile (they used to abort with "use of an unboxed
/// cdata as a value"), the box is made in the loop body, and `type()` of an
/// unboxed one needs no box.
#[test]
fn unboxed_cdata_are_boxed_where_they_escape() {
    let src = "local ffi = require('ffi')
local a = ffi.new('int64_t[100]')
for i = 0, 99 do a[i] = i * 3000000000 end
local t = {}
for i = 0, 99 do t[i + 1] = a[i] + 1 end
local last
local function keep(i) last = a[i] * 2 end
for i = 0, 99 do keep(i) end
local c = 0
for i = 0, 99 do if type(a[i] - 1) == 'cdata' then c = c + 1 end end
print(t[1], t[100], last, c)
";
    let r = run_without_aborts(src, "1LL\t297000000001LL\t594000000000LL\t100\n");
    let err = r.stderr_text();
    assert_eq!(compiled_traces(&err).len(), 4, "{}", r.describe());
    let r = run_source("v.lua", src, &["-jdump=i"]);
    let dump = r.stderr_text();
    for n in [2, 3] {
        let ir = trace_ir(&dump, n);
        let body = ir.split("LOOP").nth(1).unwrap_or("");
        assert!(body.contains(" cdt CBOX "), "trace {n}: {ir}");
    }
    let ir = trace_ir(&dump, 4);
    assert!(!ir.contains("CBOX") && ir.contains("LOOP"), "{ir}");
}

/// An exit whose snapshot holds an unboxed 64-bit integer grows a side
/// trace (its entry boxes the value), and a trace without LOOP that ends
/// holding one (here every trace, with `-O-loop`; side traces linking back)
/// boxes it before its final write-back.
#[test]
fn side_traces_grow_from_exits_holding_unboxed_cdata() {
    let src = "local ffi = require('ffi')
local a = ffi.new('int64_t[400]')
for i = 0, 399 do a[i] = i * 3000000000 end
local s = 0LL
for i = 0, 399 do
  s = s + a[i]
  if i % 3 == 0 then s = s + 1 end
end
print(s)
";
    let expected = "239400000000134LL\n";
    let r = run_without_aborts(src, expected);
    let err = r.stderr_text();
    assert!(
        err.lines()
            .any(|l| l.starts_with("[TRACE   3 (2/") && l.ends_with("-> 2]")),
        "no side trace: {}",
        r.describe()
    );
    let r = run_source("v.lua", src, &["-jdump=im"]);
    expect_ok(&r);
    let dump = r.stderr_text();
    // The side trace's entry boxes the parent's value, then leaves through
    // its first exit if a collection is due.
    let mcode = dump
        .split("---- TRACE 3 mcode")
        .nth(1)
        .and_then(|m| m.split("; 0001").next())
        .unwrap_or("");
    assert!(mcode.contains("call"), "{mcode}");
    // It updates s: boxed at its end.
    let ir = trace_ir(&dump, 3);
    assert!(ir.contains(" cdt CBOX "), "{ir}");
    for env in [&[][..], &[HOT][..], &[GC_STRESS][..], &[HOT, GC_STRESS][..]] {
        let d = TempDir::new("jit");
        d.write("v.lua", src);
        let r = run_script(d.path(), "v.lua", &["-jv", "-O-loop"], env);
        assert_eq!(expect_ok(&r), expected, "{}", r.describe());
        let err = r.stderr_text();
        assert!(!err.contains("cdata"), "an abort: {}", r.describe());
        assert!(err.contains("[TRACE   2 v.lua:5 loop]"), "{}", r.describe());
    }
}

/// 64-bit integer `/`, `%` and `^` compile (XDIV, XMOD, XPOW): a divisor
/// that may be zero is guarded, and a side trace from that guard gives the
/// ffi's result for a zero divisor (0x8000000000000000) without dividing.
#[test]
fn int64_division_compiles() {
    let src = "local ffi = require('ffi')
local a = ffi.new('int64_t[200]')
for i = 0, 199 do a[i] = (i - 100) * 1000000007 end
local q, r, p = 0LL, 0LL, 0ULL
for i = 0, 199 do
  local d = i % 10 - 5
  q = q + a[i] / d
  r = r + a[i] % (d + 0LL)
  p = p + (a[i] + 0ULL) ^ 3
end
print(q, r, p)
";
    let expected = "180000001260LL\t0LL\t9024533876303903808ULL\n";
    let r = run_without_aborts(src, expected);
    let err = r.stderr_text();
    assert!(
        err.lines().any(|l| l.starts_with("[TRACE   3 (2/")),
        "no side trace for the zero divisor: {}",
        r.describe()
    );
    let r = run_source("v.lua", src, &["-jdump=i"]);
    let dump = r.stderr_text();
    let ir = trace_ir(&dump, 2);
    let body = ir.split("LOOP").nth(1).unwrap_or("");
    for op in [" i64 XDIV ", " i64 XMOD ", " u64 XPOW ", " NE "] {
        assert!(body.contains(op), "no{op}in {ir}");
    }
    let side = trace_ir(&dump, 3);
    assert!(!side.contains("XDIV"), "{side}");
}

/// `ffi.sizeof`, `ffi.offsetof` (constants), `ffi.cast` (a CNEWI of the
/// converted bits) and `ffi.errno` (a load of the saved errno) compile in
/// loops: no call of the natives, no abort.
#[test]
fn ffi_functions_compile_in_loops() {
    let ir = ffi_loop_ir(
        "local ffi = require('ffi')
ffi.cdef('typedef struct { int a; double b; } s_t;')
local buf = ffi.new('int32_t[8]', 1, 2, 3, 4, 5, 6, 7, 8)
local n = 0
for i = 1, 200 do
  local p = ffi.cast('int32_t *', buf) + i % 8
  n = n + ffi.sizeof('s_t') + ffi.offsetof('s_t', 'b') + p[0] + ffi.errno()
  n = n + tonumber(ffi.cast('int64_t', i))
end
print(n)
",
        "25800\n",
    );
    for op in [" CNEWI ", " XLOAD ", "LOOP"] {
        assert!(ir.contains(op), "no{op}in {ir}");
    }
    assert!(!ir.contains("CALL"), "{ir}");
}

/// A NULL pointer loaded inside a trace (a list's end that the trace did not
/// expect) leaves the trace, and dereferencing it is the ffi's error.
#[test]
fn null_pointer_loads_in_traces_are_errors() {
    let src = "local ffi = require('ffi')
ffi.cdef('typedef struct n { int v; struct n *next; } n_t;')
local ns = ffi.new('n_t[10]')
for i = 0, 9 do ns[i].v = i; ns[i].next = ns + (i + 1) % 10 end
ns[7].next = nil
local p, s = ns + 0, 0
print(pcall(function() for _ = 1, 100 do s = s + p.v; p = p.next end end))
print(s)
";
    let off = expect_ok(&run_source("null.lua", src, &["-joff"]));
    assert!(off.starts_with("false\t"), "{off}");
    let d = TempDir::new("jit");
    d.write("null.lua", src);
    for env in [&[][..], &[HOT][..]] {
        let r = run_script(d.path(), "null.lua", &["-jv"], env);
        assert_eq!(expect_ok(&r), off, "{}", r.describe());
    }
}

// ------------------------------------------------------------------ dumps

const DUMP_LOOP: &str = "local s = 0\nfor i = 1, 300 do s = s + i end\nprint(s)\n";

/// The section and event lines of a dump (`---- ...`), with their order.
fn dump_headers(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with("---- ")).collect()
}

#[track_caller]
fn assert_in_order(lines: &[&str], wanted: &[&str], r: &Run) {
    let mut at = 0;
    for w in wanted {
        match lines[at..].iter().position(|l| l == w) {
            Some(p) => at += p + 1,
            None => panic!(
                "missing (or out of order) `{w}` in the dump: {}",
                r.describe()
            ),
        }
    }
}

#[test]
fn jdump_shows_every_section() {
    let r = run_source("d.lua", DUMP_LOOP, &["-jdump"]);
    assert_eq!(expect_ok(&r), "45150\n");
    let err = r.stderr_text();
    let headers = dump_headers(&err);
    assert_in_order(
        &headers,
        &[
            "---- TRACE 1 start d.lua:2",
            "---- TRACE 1 bytecode",
            "---- TRACE 1 IR",
            "---- TRACE 1 stop -> loop",
        ],
        &r,
    );
    // The machine code header carries the code's size in bytes.
    let mcode = headers
        .iter()
        .find_map(|l| l.strip_prefix("---- TRACE 1 mcode "))
        .unwrap_or_else(|| panic!("no mcode section: {}", r.describe()));
    assert!(
        mcode.parse::<u32>().is_ok_and(|n| n > 0),
        "bad mcode size {mcode:?}: {}",
        r.describe()
    );
    // IR lines as LuaJIT prints them: `0001  > num SLOAD  #1    T`.
    let ir: Vec<&str> = err
        .lines()
        .filter(|l| l.len() > 6 && l.bytes().take(4).all(|b| b.is_ascii_digit()))
        .collect();
    assert!(
        ir.iter()
            .any(|l| l.contains(" SLOAD ") && l.contains("> num")),
        "no guarded number SLOAD in the IR: {}",
        r.describe()
    );
    assert!(
        ir.iter().any(|l| l.contains(" ADD ")),
        "no ADD in the IR: {}",
        r.describe()
    );

    // --trace-dump is the same option under another name (the code's size may
    // differ with where it lands).
    let long = run_source("d.lua", DUMP_LOOP, &["--trace-dump"]);
    assert_eq!(expect_ok(&long), "45150\n");
    let without_size = |h: &[&str]| -> Vec<String> {
        h.iter()
            .map(|l| match l.find(" mcode ") {
                Some(p) => l[..p + 6].to_string(),
                None => l.to_string(),
            })
            .collect()
    };
    assert_eq!(
        without_size(&dump_headers(&long.stderr_text())),
        without_size(&headers)
    );
}

#[test]
fn jdump_t_shows_only_events() {
    let r = run_source("d.lua", DUMP_LOOP, &["-jdump=t"]);
    assert_eq!(expect_ok(&r), "45150\n");
    let err = r.stderr_text();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        ["---- TRACE 1 start d.lua:2", "---- TRACE 1 stop -> loop"],
        "{}",
        r.describe()
    );
}

#[test]
fn jdump_i_shows_only_the_ir() {
    let r = run_source("d.lua", DUMP_LOOP, &["-jdump=i"]);
    assert_eq!(expect_ok(&r), "45150\n");
    let err = r.stderr_text();
    assert_eq!(dump_headers(&err), ["---- TRACE 1 IR"], "{}", r.describe());
    assert!(err.contains(" SLOAD "), "no IR lines: {}", r.describe());
}

#[test]
fn dumps_go_to_a_file() {
    let d = TempDir::new("jit-dumpfile");
    d.write("d.lua", DUMP_LOOP);
    let r = run_script(d.path(), "d.lua", &["-jdump=t,events.txt"], &[]);
    assert_eq!(expect_ok(&r), "45150\n");
    assert_eq!(r.stderr_text(), "", "the dump went to stderr");
    let events = std::fs::read_to_string(d.path().join("events.txt")).expect("dump file");
    assert_eq!(
        events,
        "---- TRACE 1 start d.lua:2\n---- TRACE 1 stop -> loop\n"
    );

    let r = run_script(d.path(), "d.lua", &["-jv=verbose.txt"], &[]);
    assert_eq!(expect_ok(&r), "45150\n");
    assert_eq!(r.stderr_text(), "", "-jv went to stderr");
    let verbose = std::fs::read_to_string(d.path().join("verbose.txt")).expect("-jv file");
    assert_eq!(verbose, "[TRACE   1 d.lua:2 loop]\n");
}

// ------------------------------------------------------------ jit library

#[test]
fn jit_library_fields() {
    let r = run_source(
        "fields.lua",
        "print(type(jit.version), type(jit.version_num), jit.arch, jit.os)\n\
         print(jit.version_num >= 20000, #jit.version > 0)\n\
         print(type(jit.on), type(jit.off), type(jit.flush), type(jit.status))\n\
         print(type(jit.opt), type(jit.opt.start))\n",
        &[],
    );
    assert_eq!(
        expect_ok(&r),
        "string\tnumber\tx64\tLinux\n\
         true\ttrue\n\
         function\tfunction\tfunction\tfunction\n\
         table\tfunction\n"
    );
}

/// Prints what `jit.status()` returns: whether the JIT is on, then
/// whether `fold` and `cse` are among the flags, then how many there are.
const STATUS_FN: &str = "local function status(label)\n\
     \x20 local t = {jit.status()}\n\
     \x20 local has = {}\n\
     \x20 for i = 2, #t do has[t[i]] = true end\n\
     \x20 print(label, t[1], has.fold or false, has.cse or false, #t - 1)\n\
     end\n";

#[test]
fn jit_status_follows_on_and_off() {
    let src = format!(
        "{STATUS_FN}\
         status('start')\n\
         jit.off()\n\
         status('off')\n\
         jit.on()\n\
         status('on')\n"
    );
    let r = run_source("status.lua", &src, &[]);
    let out = expect_ok(&r);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{}", r.describe());
    assert!(lines[0].starts_with("start\ttrue\ttrue\ttrue\t"), "{out}");
    assert!(lines[1].starts_with("off\tfalse\t"), "{out}");
    assert!(lines[2].starts_with("on\ttrue\ttrue\ttrue\t"), "{out}");

    let r = run_source("status.lua", &src, &["-joff"]);
    let out = expect_ok(&r);
    assert!(out.starts_with("start\tfalse\t"), "{out}");

    let r = run_source(
        "status.lua",
        &format!("{STATUS_FN}status('x')\n"),
        &["-joff", "-jon"],
    );
    assert!(expect_ok(&r).starts_with("x\ttrue\t"));
}

#[test]
fn jit_status_lists_the_optimisation_flags() {
    let src = format!(
        "{STATUS_FN}\
         status('default')\n\
         jit.opt.start('-fold')\n\
         status('-fold')\n\
         jit.opt.start('0')\n\
         status('0')\n\
         jit.opt.start('3')\n\
         status('3')\n"
    );
    let r = run_source("flags.lua", &src, &[]);
    let out = expect_ok(&r);
    let lines: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 4, "{out}");
    let all: u32 = lines[0][4].parse().expect("flag count");
    assert!(all >= 2, "{out}");
    assert_eq!(lines[0][1..4], ["true", "true", "true"], "{out}");
    assert_eq!(lines[1][1..4], ["true", "false", "true"], "{out}");
    assert_eq!(lines[1][4], (all - 1).to_string(), "{out}");
    assert_eq!(lines[2][1..], ["true", "false", "false", "0"], "{out}");
    assert_eq!(lines[3][1..], lines[0][1..], "{out}");
}

/// A hot loop after `prelude`, run with `-jv`.
fn hot_loop_after(prelude: &str, args: &[&str]) -> Run {
    let src = format!(
        "{prelude}\n\
         local s = 0\n\
         for i = 1, 300 do s = s + i end\n\
         print(s)\n"
    );
    run_source(
        "hot.lua",
        &src,
        &args.iter().chain(&["-jv"]).copied().collect::<Vec<_>>(),
    )
}

#[test]
fn jit_off_stops_tracing() {
    // The same loop gets a trace when the JIT stays on...
    let on = hot_loop_after("", &[]);
    assert_eq!(expect_ok(&on), "45150\n");
    assert_eq!(
        compiled_traces(&on.stderr_text()).len(),
        1,
        "{}",
        on.describe()
    );

    // ... and none after jit.off() or under -joff.
    for (prelude, args) in [("jit.off()", &[][..]), ("", &["-joff"][..])] {
        let r = hot_loop_after(prelude, args);
        assert_eq!(expect_ok(&r), "45150\n");
        assert_eq!(
            trace_lines(&r.stderr_text()),
            Vec::<&str>::new(),
            "traced with {prelude:?} {args:?}"
        );
    }

    // jit.on() after jit.off() traces again.
    let r = hot_loop_after("jit.off() jit.on()", &[]);
    assert_eq!(expect_ok(&r), "45150\n");
    assert_eq!(
        compiled_traces(&r.stderr_text()).len(),
        1,
        "{}",
        r.describe()
    );
}

#[test]
fn jit_off_for_one_function() {
    // jit.off(f) stops hot counting in f's loops only.
    let src = "local function sum(n) local s = 0 for i = 1, n do s = s + i end return s end\n\
               local function prod(n) local p = 1 for i = 1, n do p = p * 1.01 end return p end\n\
               jit.off(sum)\n\
               print(sum(300), string.format('%.6f', prod(300)))\n";
    let r = run_source("f.lua", src, &["-jv"]);
    assert_eq!(expect_ok(&r), "45150\t19.788466\n");
    assert_eq!(
        compiled_traces(&r.stderr_text()),
        ["[TRACE   1 f.lua:2 loop]"],
        "{}",
        r.describe()
    );
}

#[test]
fn jit_flush_discards_traces() {
    // After a flush the loop is interpreted again, becomes hot again and gets a
    // new trace; results stay right throughout.
    let src = "local function sum(n) local s = 0 for i = 1, n do s = s + i end return s end\n\
               print(sum(300))\n\
               jit.flush()\n\
               print(sum(300))\n\
               print(sum(300))\n";
    let r = run_source("flush.lua", src, &["-jv"]);
    assert_eq!(expect_ok(&r), "45150\n45150\n45150\n");
    let err = r.stderr_text();
    let traces = compiled_traces(&err);
    assert_eq!(traces.len(), 2, "{}", r.describe());
    assert!(traces.iter().all(|l| l.contains(" flush.lua:1 ")), "{err}");

    let r = run_source("flush.lua", src, &["-jdump=t"]);
    assert_eq!(expect_ok(&r), "45150\n45150\n45150\n");
    let err = r.stderr_text();
    let events = dump_headers(&err);
    assert_in_order(
        &events,
        &[
            "---- TRACE 1 stop -> loop",
            "---- TRACE flush",
            "---- TRACE 1 start flush.lua:1",
            "---- TRACE 1 stop -> loop",
        ],
        &r,
    );

    // Without the flush the trace is reused: one trace in all.
    let r = run_source("flush.lua", &src.replace("jit.flush()", ""), &["-jv"]);
    assert_eq!(expect_ok(&r), "45150\n45150\n45150\n");
    assert_eq!(
        compiled_traces(&r.stderr_text()).len(),
        1,
        "{}",
        r.describe()
    );
}

#[test]
fn jit_opt_start_sets_hotloop() {
    // Twenty iterations are too few by default, plenty with hotloop=5.
    let src = "local hl = ...\n\
               if hl then jit.opt.start('hotloop=' .. hl) end\n\
               local s = 0\n\
               for i = 1, 20 do s = s + i end\n\
               print(s)\n";
    let d = TempDir::new("jit-hotloop");
    d.write("h.lua", src);
    let mut cmd = lunavm(d.path());
    cmd.args(["-jv", "h.lua"]);
    let r = go(cmd);
    assert_eq!(expect_ok(&r), "210\n");
    assert!(
        compiled_traces(&r.stderr_text()).is_empty(),
        "{}",
        r.describe()
    );

    let mut cmd = lunavm(d.path());
    cmd.args(["-jv", "h.lua", "5"]);
    let r = go(cmd);
    assert_eq!(expect_ok(&r), "210\n");
    assert_eq!(
        compiled_traces(&r.stderr_text()),
        ["[TRACE   1 h.lua:4 loop]"],
        "{}",
        r.describe()
    );

    // The same from the command line and from the environment.
    let mut cmd = lunavm(d.path());
    cmd.args(["-Ohotloop=5", "-jv", "h.lua"]);
    let r = go(cmd);
    assert_eq!(expect_ok(&r), "210\n");
    assert_eq!(
        compiled_traces(&r.stderr_text()).len(),
        1,
        "{}",
        r.describe()
    );
    let r = run_script(
        d.path(),
        "h.lua",
        &["-jv"],
        &[("LUNAVM_JIT_OPTIONS", "hotloop=5")],
    );
    assert_eq!(expect_ok(&r), "210\n");
    assert_eq!(
        compiled_traces(&r.stderr_text()).len(),
        1,
        "{}",
        r.describe()
    );
}

#[test]
fn jit_opt_start_rejects_bad_options() {
    // Each bad item raises a Lua error at the caller's line naming the item;
    // the good items are accepted silently.
    let src = "print(pcall(jit.opt.start, 'hotloop=5', '+fold', '-cse', '2', 'maxtrace=100'))\n\
               local function try(item)\n\
               \x20 local ok, e = pcall(function() jit.opt.start(item) end)\n\
               \x20 print(item, ok, e)\n\
               end\n\
               try('nosuch=1')\n\
               try('+nosuch')\n\
               try('hotloop=x')\n\
               try('hotloop=-1')\n\
               try('hotloop')\n\
               try('9')\n\
               print(pcall(jit.opt.start, {}))\n";
    let r = run_source("opt.lua", src, &[]);
    let out = expect_ok(&r);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 8, "{out}");
    assert_eq!(lines[0], "true");
    for (line, (item, name)) in lines[1..7].iter().zip([
        ("nosuch=1", "nosuch"),
        ("+nosuch", "nosuch"),
        ("hotloop=x", "x"),
        ("hotloop=-1", "-1"),
        ("hotloop", "hotloop"),
        ("9", "9"),
    ]) {
        let rest = line
            .strip_prefix(&format!("{item}\tfalse\topt.lua:3: "))
            .unwrap_or_else(|| panic!("{item}: no error at the caller's line: {line:?}"));
        assert!(
            rest.contains(name),
            "{item}: message {rest:?} does not name it"
        );
    }
    assert!(
        lines[7].starts_with("false\tbad argument #1 to ")
            && lines[7].ends_with("(string expected, got table)"),
        "{}",
        lines[7]
    );
}

// ------------------------------------------------------------------- W^X

#[cfg(target_os = "linux")]
#[test]
fn machine_code_is_never_writable_and_executable() {
    // Hot loops compile traces, then the script reads its own memory map: no
    // mapping may be writable and executable at once, and the machine code
    // area (an executable mapping of no file) must be there to be checked.
    let src = "local s = 0\n\
               for i = 1, 300 do s = s + i end\n\
               local t = {}\n\
               for i = 1, 300 do t[i] = i * 2 end\n\
               local j = 0\n\
               while j < 300 do j = j + 1 s = s + t[j] end\n\
               print(s)\n\
               local f = assert(io.open('/proc/self/maps', 'r'))\n\
               local maps = f:read('*a')\n\
               f:close()\n\
               local rwx, code = 0, 0\n\
               for line in maps:gmatch('[^\\n]+') do\n\
               \x20 local perms, path = line:match('^%S+%s+(%S+)%s+%S+%s+%S+%s+%S+%s*(.*)$')\n\
               \x20 if perms:sub(1, 3) == 'rwx' then rwx = rwx + 1 io.stderr:write('rwx: ', line, '\\n') end\n\
               \x20 if perms:sub(3, 3) == 'x' and (path == '' or path:sub(1, 7) == '/memfd:') then code = code + 1 end\n\
               end\n\
               print('rwx mappings', rwx)\n\
               print('code mappings', code > 0)\n";
    for env in [&[][..], &[HOT][..]] {
        let d = TempDir::new("jit-wx");
        d.write("wx.lua", src);
        let r = run_script(d.path(), "wx.lua", &["-jv"], env);
        assert_eq!(
            expect_ok(&r),
            "135450\nrwx mappings\t0\ncode mappings\ttrue\n",
            "{}",
            r.describe()
        );
        assert!(
            compiled_traces(&r.stderr_text()).len() >= 3,
            "the loops were not compiled: {}",
            r.describe()
        );
    }
}

// --------------------------------------------------------- bad -O options

#[test]
fn bad_jit_options_fail_cleanly() {
    let d = TempDir::new("jit-badopt");
    d.write("ok.lua", "print('ran')\n");
    for (opt, named) in [
        ("-Onosuch", "nosuch"),
        ("-O+nosuch", "nosuch"),
        ("-O-nosuch", "nosuch"),
        ("-Onosuch=3", "nosuch"),
        ("-Ohotloop=x", "hotloop"),
        ("-Ohotloop=-1", "hotloop"),
        ("-Ohotloop=", "hotloop"),
        ("-Ohotloop=99999999999", "hotloop"),
        ("-O9", "9"),
        ("-O3,nosuch", "nosuch"),
        ("-jnosuch", "nosuch"),
    ] {
        let r = run_script(d.path(), "ok.lua", &[opt], &[]);
        r.assert_no_panic();
        assert_eq!(r.code(), Some(1), "{opt}: {}", r.describe());
        assert_eq!(r.stdout_text(), "", "{opt}: the script ran");
        let first = r.stderr_first_line();
        assert!(
            first.starts_with("lunavm: ") && first.contains(named),
            "{opt}: unclear message {first:?}"
        );
    }

    let r = run_script(
        d.path(),
        "ok.lua",
        &[],
        &[("LUNAVM_JIT_OPTIONS", "nosuch=1")],
    );
    r.assert_no_panic();
    assert_eq!(r.code(), Some(1), "{}", r.describe());
    let first = r.stderr_first_line();
    assert!(
        first.starts_with("lunavm: LUNAVM_JIT_OPTIONS: ") && first.contains("nosuch"),
        "unclear message {first:?}"
    );
}

#[test]
fn good_jit_options_are_accepted() {
    let d = TempDir::new("jit-goodopt");
    d.write("ok.lua", DUMP_LOOP);
    for opt in [
        "-O0",
        "-O1",
        "-O2",
        "-O3",
        "-O+fold",
        "-O-cse",
        "-Ofold",
        "-Ohotloop=10",
        "-O3,-fold,hotloop=5",
        "-Omaxtrace=10",
        "-jon",
        "-joff",
        "-jflush",
    ] {
        let r = run_script(d.path(), "ok.lua", &[opt], &[]);
        assert_eq!(expect_ok(&r), "45150\n", "{opt}: {}", r.describe());
    }
}

#[test]
fn bare_o_does_not_swallow_the_script() {
    let d = TempDir::new("jit-bare-o");
    d.write("ok.lua", "print('ran')\n");
    let r = run_script(d.path(), "ok.lua", &["-O"], &[]);
    assert_eq!(expect_ok(&r), "ran\n", "{}", r.describe());
}

#[test]
fn differential_recursion() {
    differential("recursion.lua");
}

/// Recursive functions get function traces (not aborts): fib and ackermann
/// end in up-recursion or in returns, and hot exits grow side traces.
#[test]
fn recursive_functions_get_traces() {
    let source =
        "local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end\n\
                  print(fib(22))\n\
                  local function ack(m, n)\n\
                  \x20 if m == 0 then return n + 1 end\n\
                  \x20 if n == 0 then return ack(m - 1, 1) end\n\
                  \x20 return ack(m - 1, ack(m, n - 1))\n\
                  end\n\
                  print(ack(2, 100))\n";
    let jit = run_source("rec.lua", source, &["-jv"]);
    let out = expect_ok(&jit);
    assert_eq!(out, "17711\n203\n");
    let err = jit.stderr_text();
    let fib_traces: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("rec.lua:1 ") && !l.starts_with("[TRACE ---"))
        .collect();
    assert!(
        fib_traces
            .iter()
            .any(|l| l.ends_with("up-recursion]") || l.ends_with("-> 1]")),
        "fib never recursed inside a trace: {err}"
    );
    assert!(
        fib_traces.iter().any(|l| l.contains("(1/")),
        "no side trace grew from fib's first trace: {err}"
    );
    assert!(
        err.lines()
            .any(|l| l.contains("rec.lua:3 ") && !l.starts_with("[TRACE ---")),
        "ackermann got no trace: {err}"
    );
}

#[test]
fn differential_returns_below_the_start() {
    differential("returns.lua");
}

/// Returns continue in the caller: fib's side traces guard the return
/// address (RETF), go on in the calling frame and loop there
/// (down-recursion); a side trace that returns into its caller and meets
/// something it cannot record leaves to the interpreter there.
#[test]
fn returns_continue_in_the_caller() {
    let source = "local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end\n\
                  print(fib(24))\n\
                  local function walk(n) if n == 0 then return 0 end local r = walk(n - 1) local s = string.format('%d', r) return r + #s end\n\
                  local t = 0\n\
                  for _ = 1, 300 do t = t + walk(10) end\n\
                  print(t)\n";
    let r = run_source("ret.lua", source, &["-jv"]);
    assert_eq!(expect_ok(&r), "46368\n3000\n");
    let err = r.stderr_text();
    assert!(
        err.lines()
            .any(|l| l.contains("ret.lua:1 ") && l.ends_with(" down-recursion]")),
        "fib got no down-recursion trace: {err}"
    );
    assert!(
        err.lines()
            .any(|l| l.contains("ret.lua:3 ") && l.ends_with(" interpreter]")),
        "walk's side trace did not go on into its caller: {err}"
    );
    let ir = run_source("ret.lua", source, &["-jdump=i"]);
    assert!(
        ir.stderr_text().contains(" RETF "),
        "no RETF in the IR: {}",
        ir.describe()
    );
}

#[test]
fn differential_tail_calls_and_variable_results() {
    differential("tailcalls.lua");
}

/// Tail calls made inside traces are `(tail call)` levels for the debug
/// library as in the interpreter (Lua 5.1's view; luajit has none, so this
/// compares with `-joff` only), and ackermann's tail recursion loops in place.
#[test]
fn tail_calls_in_traces_keep_debug_levels() {
    let source = "local function where(i) if i == 400 then return debug.traceback('here', 1) end return i end\n\
                  local function hop(i) return where(i) end\n\
                  local tb\n\
                  for i = 1, 400 do local v = hop(i) if i == 400 then tb = v end end\n\
                  print(tb)\n\
                  local function level2() return debug.getinfo(2, 'S').what end\n\
                  local function tail2() return level2() end\n\
                  local what\n\
                  for _ = 1, 300 do what = tail2() end\n\
                  print(what)\n\
                  local function ack(m, n)\n\
                  \x20 if m == 0 then return n + 1 end\n\
                  \x20 if n == 0 then return ack(m - 1, 1) end\n\
                  \x20 return ack(m - 1, ack(m, n - 1))\n\
                  end\n\
                  print(ack(2, 50))\n";
    let reference = expect_ok(&run_source("tc.lua", source, &["-joff"]));
    assert!(reference.contains("(tail call)"), "{reference}");
    assert!(reference.contains("\ntail\n"), "{reference}");
    for args in [&["-jv"][..], &["-Ohotloop=1,hotexit=1", "-jv"][..]] {
        let r = run_source("tc.lua", source, args);
        assert_eq!(expect_ok(&r), reference, "{args:?}: {}", r.describe());
        let err = r.stderr_text();
        assert!(
            compiled_traces(&err)
                .iter()
                .any(|l| l.contains("tc.lua:11 ")),
            "ackermann got no trace: {err}"
        );
        assert!(
            !err.contains("CALLT") && !err.contains("variable results"),
            "tail calls or variable results aborted: {err}"
        );
    }
    // The interpreter tail-calls a function whose trace returns from that
    // frame: its level goes with it.
    let stale = "local function where(i) return i + 1 end\n\
                 local function hop(i) local t = {} return where(i) end\n\
                 local function probe() return debug.traceback('tb', 1) end\n\
                 for i = 1, 400 do\n\
                 \x20 local v\n\
                 \x20 local t = {}\n\
                 \x20 if i < 400 then v = hop(i) else v = probe() end\n\
                 \x20 if i == 400 then print(v) end\n\
                 end\n";
    let reference = expect_ok(&run_source("stale.lua", stale, &["-joff"]));
    assert!(reference.contains("in function 'probe'"), "{reference}");
    for args in [&["-jv"][..], &["-Ohotloop=1,hotexit=1"][..]] {
        let r = run_source("stale.lua", stale, args);
        assert_eq!(expect_ok(&r), reference, "{args:?}: {}", r.describe());
    }
    let count = "local function count(n, acc) if n == 0 then return acc end return count(n - 1, acc + n) end\n\
                 print(count(5000, 0))\n";
    let r = run_source("count.lua", count, &["-jv"]);
    assert_eq!(expect_ok(&r), "12502500\n");
    assert!(
        r.stderr_text()
            .lines()
            .any(|l| l.starts_with("[TRACE   1 count.lua:1 ") && l.ends_with(" tail-recursion]")),
        "{}",
        r.describe()
    );
}

#[test]
fn differential_allocation_in_traces() {
    differential("alloc.lua");
}

/// Constructors compile (TNEW, TDUP) instead of aborting, and running out of
/// memory inside a trace is the interpreter's "not enough memory" error.
#[test]
fn allocation_is_traced_and_bounded_by_the_memory_limit() {
    let r = run_script(&jit_dir(), "alloc.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    for line in [
        "alloc.lua:19 loop]",
        "alloc.lua:25 loop]",
        "alloc.lua:32 loop]",
    ] {
        assert!(
            compiled_traces(&err).iter().any(|l| l.ends_with(line)),
            "no trace ending {line}: {err}"
        );
    }
    let source = "local keep = {}\n\
                  local ok, e = pcall(function()\n\
                  \x20 for i = 1, 1e9 do keep[i] = { i, i, i, i } end\n\
                  end)\n\
                  print(ok, e, #keep > 1000)\n\
                  keep = nil\n\
                  collectgarbage()\n\
                  local t = {}\n\
                  for i = 1, 1000 do t[i] = { i } end\n\
                  print(#t)\n";
    let d = TempDir::new("jit-oom");
    d.write("oom.lua", source);
    for args in [&["-joff"][..], &[][..], &["-Ohotloop=1,hotexit=1"][..]] {
        let r = run_script(
            d.path(),
            "oom.lua",
            args,
            &[("LUNAVM_MEMORY_LIMIT_MB", "64")],
        );
        assert_eq!(
            expect_ok(&r),
            "false\tnot enough memory\ttrue\n1000\n",
            "{args:?}: {}",
            r.describe()
        );
    }
}

#[test]
fn differential_known_natives() {
    differential("natives.lua");
}

/// `type`, `setmetatable` and natives in tail position are recorded, not
/// aborted on.
#[test]
fn constructors_with_setmetatable_are_traced() {
    let r = run_script(&jit_dir(), "natives.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    assert!(
        !err.contains("tail call of a native") && !err.contains("natives.lua:9 -- NYI"),
        "{err}"
    );
    assert!(
        compiled_traces(&err)
            .iter()
            .any(|l| l.contains("natives.lua:7 ")),
        "the type loop did not compile: {err}"
    );
    let ir = run_script(&jit_dir(), "natives.lua", &["-jdump=i"], &[]);
    let text = ir.stderr_text();
    assert!(text.contains(" FSTORE "), "no metatable store: {text}");
}

#[test]
fn differential_arithmetic_metamethods() {
    differential("arith_meta.lua");
}

/// Arithmetic on tables calls the metamethod inside the trace (a
/// continuation frame, as the interpreter builds it) instead of aborting.
#[test]
fn arithmetic_metamethods_are_traced() {
    let r = run_script(&jit_dir(), "arith_meta.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    assert!(
        !err.contains("arithmetic on a non-number")
            && !err.contains("__index function")
            && !err.contains("__call"),
        "{err}"
    );
    for line in [
        "arith_meta.lua:22 ",
        "arith_meta.lua:43 ",
        "arith_meta.lua:114 ",
        "arith_meta.lua:121 ",
        "arith_meta.lua:132 ",
    ] {
        assert!(
            compiled_traces(&err).iter().any(|l| l.contains(line)),
            "no trace at {line}: {err}"
        );
    }
}

/// A store of nil into a key outside the array part is a library call that
/// clears the key if it is there (the loop gets a trace, no abort).
#[test]
fn nil_stores_outside_the_array_part_are_traced() {
    let src = "local h = {}\n\
               for i = 1, 300 do h.x = i; h.x = nil; h[i + 500] = nil end\n\
               local n = 0\n\
               for _ in pairs(h) do n = n + 1 end\n\
               print(n, h.x)\n";
    let r = run_source("nilstore.lua", src, &["-jdump=i"]);
    assert_eq!(expect_ok(&r), "0\tnil\n");
    let err = r.stderr_text();
    assert!(
        err.contains("CALLS") && err.contains("[t[k] = nil]"),
        "{err}"
    );
}

#[test]
fn differential_string_operations() {
    differential("strings.lua");
}

/// Concatenation and the string functions are library calls in the IR, and
/// string methods are found through the strings' metatable: the loops get
/// traces instead of aborting.
#[test]
fn string_operations_are_traced() {
    let r = run_script(&jit_dir(), "strings.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    for bad in [
        "bytecode CAT",
        "indexing a non-table",
        "call of string.",
        "call of tostring",
    ] {
        assert!(!err.contains(bad), "{bad}: {err}");
    }
    let ir = run_script(&jit_dir(), "strings.lua", &["-jdump=i"], &[]);
    let text = ir.stderr_text();
    for call in [
        "[a .. b .. c]",
        "[string.sub]",
        "[string.byte]",
        "[tostring(n)]",
    ] {
        assert!(text.contains(call), "no {call} call: {text}");
    }
}

#[test]
fn differential_bit_operations() {
    differential("bitops.lua");
}

/// The bit library becomes integer IR (TOBIT and the bit ops), not calls.
#[test]
fn bit_operations_are_traced() {
    let r = run_script(&jit_dir(), "bitops.lua", &["-jdump=i"], &[]);
    expect_ok(&r);
    let text = r.stderr_text();
    for op in [
        " TOBIT ", " BXOR ", " BROL ", " BAND ", " BOR ", " BSHL ", " BSAR ", " BSWAP ",
    ] {
        assert!(text.contains(op), "no{op}in the IR: {text}");
    }
    let v = run_script(&jit_dir(), "bitops.lua", &["-jv"], &[]);
    let err = v.stderr_text();
    assert!(
        compiled_traces(&err)
            .iter()
            .any(|l| l.contains("bitops.lua:11 ")),
        "the hash loop did not compile: {err}"
    );
}

#[test]
fn differential_generic_for_loops() {
    differential("iterators.lua");
}

/// ipairs loops compile (the iterator's step is IR), and a loop over a
/// closure made afresh for each run specialises on the closure's prototype
/// rather than growing a side trace per closure.
#[test]
fn generic_for_loops_are_traced() {
    let r = run_script(&jit_dir(), "iterators.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    let traces = compiled_traces(&err);
    for line in ["iterators.lua:10 ", "iterators.lua:16 "] {
        assert!(
            traces.iter().any(|l| l.contains(line)),
            "no trace at {line}: {err}"
        );
    }
    assert!(
        !err.contains("bytecode ITERC") && !err.contains("call of ipairs"),
        "{err}"
    );
    let per_closure = traces
        .iter()
        .filter(|l| l.contains("iterators.lua:35 "))
        .count();
    assert!(
        per_closure <= 2,
        "{per_closure} traces for one closure loop: {err}"
    );
    let ir = run_script(&jit_dir(), "iterators.lua", &["-jdump=i"], &[]);
    assert!(
        ir.stderr_text().contains("func.proto"),
        "no prototype guard"
    );
}

/// math.min/max in traces keep the interpreter's (Lua 5.1's) answers with
/// NaNs and signed zeros: the first argument wins when a comparison is false.
#[test]
fn min_and_max_of_nans_and_zeros_follow_the_interpreter() {
    let src = "local vals = { 3, 0 / 0, -0.0, 0, -2 }\n\
               local out = {}\n\
               for i = 1, 300 do\n\
                 local x, y = vals[i % 5 + 1], vals[(i * 7) % 5 + 1]\n\
                 local a, b = math.min(x, y), math.max(y, x, 1)\n\
                 out[i % 25 + 1] = tostring(a) .. (1 / a) .. tostring(b) .. (1 / b)\n\
               end\n\
               print(table.concat(out, ' '))\n";
    let interp = run_source("minmax.lua", src, &["-joff"]);
    let jit = run_source("minmax.lua", src, &["-jdump=i"]);
    assert_eq!(expect_ok(&jit), expect_ok(&interp));
    let ir = jit.stderr_text();
    assert!(ir.contains(" MIN ") && ir.contains(" MAX "), "{ir}");
}

#[test]
fn differential_pairs_loops() {
    differential("pairs.lua");
}

/// pairs loops compile: ISNEXT and ITERN are recorded (the next entry found
/// by a library call, the key and value loaded from its addresses), and the
/// loop's ITERL enters the trace after the interpreter's ITERN.
#[test]
fn pairs_loops_are_traced() {
    let r = run_script(&jit_dir(), "pairs.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    assert!(!err.contains("ITERN") && !err.contains("ISNEXT"), "{err}");
    for line in ["pairs.lua:11 ", "pairs.lua:20 ", "pairs.lua:27 "] {
        assert!(
            compiled_traces(&err).iter().any(|l| l.contains(line)),
            "no trace at {line}: {err}"
        );
    }
    let ir = run_script(&jit_dir(), "pairs.lua", &["-jdump=i"], &[]);
    assert!(ir.stderr_text().contains("[pairs: next position]"));
}

#[test]
fn differential_varargs() {
    differential("varargs.lua");
}

/// Calls of vararg functions are inlined (FUNCV's frame move, VARG, select)
/// instead of aborting the trace.
#[test]
fn vararg_calls_are_traced() {
    let r = run_script(&jit_dir(), "varargs.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    for bad in [
        "call of a vararg function",
        "bytecode VARG",
        "bytecode FUNCV",
        "call of select",
    ] {
        assert!(!err.contains(bad), "{bad}: {err}");
    }
    assert!(
        compiled_traces(&err)
            .iter()
            .any(|l| l.contains("varargs.lua:17 ")),
        "the loop calling vararg functions did not compile: {err}"
    );
}

#[test]
fn differential_comparisons() {
    differential("compare.lua");
}

/// String comparisons are a library call, table comparisons call their
/// handler (__lt, __le, __eq) inside the trace.
#[test]
fn string_and_table_comparisons_are_traced() {
    let r = run_script(&jit_dir(), "compare.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    assert!(!err.contains("comparison of"), "{err}");
    for line in ["compare.lua:8 ", "compare.lua:26 "] {
        assert!(
            compiled_traces(&err).iter().any(|l| l.contains(line)),
            "no trace at {line}: {err}"
        );
    }
    let ir = run_script(&jit_dir(), "compare.lua", &["-jdump=i"], &[]);
    assert!(ir.stderr_text().contains("[string comparison]"));
}

/// rawset and rawequal are recorded (no abort), ignoring metamethods.
#[test]
fn raw_table_functions_are_traced() {
    let r = run_script(&jit_dir(), "tables.lua", &["-jv"], &[]);
    expect_ok(&r);
    let err = r.stderr_text();
    assert!(!err.contains("call of raw"), "{err}");
    assert!(
        compiled_traces(&err)
            .iter()
            .any(|l| l.contains("tables.lua:139 ")),
        "the rawset loop did not compile: {err}"
    );
}

// ------------------------------------------------------ LOOP optimisation

/// A loop whose table field is the same in every iteration and whose sum is
/// carried from one iteration to the next.
const INVARIANT_LOOP: &str = "local t = { k = 3 }\n\
                              local s = 0\n\
                              for i = 1, 300 do s = s + t.k * i end\n\
                              print(s)\n";

/// The IR lines of trace 1 in a `-jdump=i` dump.
fn trace1_ir(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .skip_while(|l| *l != "---- TRACE 1 IR")
        .skip(1)
        .take_while(|l| !l.starts_with("---- "))
        .filter(|l| !l.starts_with("...."))
        .collect()
}

#[test]
fn loop_optimisation_hoists_invariants_and_carries_values_in_phis() {
    let r = run_source("inv.lua", INVARIANT_LOOP, &["-jdump=i"]);
    assert_eq!(expect_ok(&r), "135450\n");
    let err = r.stderr_text();
    let ir = trace1_ir(&err);
    let loop_at = ir
        .iter()
        .position(|l| l.ends_with("------ LOOP ------------"))
        .unwrap_or_else(|| panic!("no LOOP in the IR: {}", r.describe()));
    let (pre, body) = ir.split_at(loop_at);
    // The field's lookup and its type check run once, before the loop; the
    // body reads no stack slot. (The step is the literal 1: its sign needs
    // no check.)
    assert!(!ir.iter().any(|l| l.contains(" GT ")), "{err}");
    for op in [" HREFK ", " HLOAD ", " SLOAD "] {
        assert!(
            pre.iter().any(|l| l.contains(op)),
            "no{op}before LOOP: {err}"
        );
        assert!(
            !body.iter().any(|l| l.contains(op)),
            "{op}in the loop body: {err}"
        );
    }
    // s and the loop index are carried: a PHI each.
    let phis = body.iter().filter(|l| l.contains(" PHI ")).count();
    assert_eq!(phis, 2, "expected two PHIs: {err}");

    // Without the pass the trace has no LOOP and no PHI, and prints the same.
    let plain = run_source("inv.lua", INVARIANT_LOOP, &["-O-loop", "-jdump=i"]);
    assert_eq!(expect_ok(&plain), "135450\n");
    let ir = trace1_ir(&plain.stderr_text()).join("\n");
    assert!(!ir.contains(" LOOP ") && !ir.contains(" PHI "), "{ir}");
}

#[test]
fn a_slot_changing_type_keeps_the_loop_unoptimised() {
    // `v` alternates between a number and nil: whatever it is when the trace
    // starts, the iteration ends with the other type.
    let src = "local v, n = 1, 0\n\
               for i = 1, 300 do\n\
               \x20 if v then n = n + v end\n\
               \x20 if i % 2 == 0 then v = 1 else v = nil end\n\
               end\n\
               print(n)\n";
    let r = run_source("ty.lua", src, &["-jdump=t"]);
    assert_eq!(expect_ok(&r), "150\n");
    let err = r.stderr_text();
    assert!(
        err.lines()
            .any(|l| l.starts_with("---- TRACE 1 no LOOP: type of slot")),
        "{}",
        r.describe()
    );
    assert!(
        err.contains("---- TRACE 1 stop -> loop"),
        "{}",
        r.describe()
    );
}

#[test]
fn side_traces_grow_from_exits_of_loop_bodies() {
    // Each branch after the first becomes a side trace linked back to the loop.
    let src = "local a, b, c = 0, 0, 0\n\
               for i = 1, 3000 do\n\
               \x20 if i % 3 == 0 then a = a + i\n\
               \x20 elseif i % 3 == 1 then b = b + 1\n\
               \x20 else c = c + 2 end\n\
               end\n\
               print(a, b, c)\n";
    let r = run_source("side.lua", src, &["-jv"]);
    assert_eq!(expect_ok(&r), "1501500\t1000\t2000\n");
    let err = r.stderr_text();
    let traces = compiled_traces(&err);
    assert!(
        traces
            .iter()
            .any(|l| l.starts_with("[TRACE   2 (1/") && l.ends_with(" -> 1]")),
        "no side trace of trace 1 linking back to it: {}",
        r.describe()
    );
    assert!(!err.contains("--"), "an aborted trace: {}", r.describe());
}

#[test]
fn stores_that_grow_a_table_are_traced() {
    // Filling an empty table: each store is outside the array part when it
    // is recorded; a helper creates the slot and the loop still compiles.
    let src = "local t = {}\n\
               for i = 1, 1000 do t[i] = i * 3 end\n\
               local s = 0\n\
               for i = 1, 1000 do s = s + t[i] end\n\
               print(s, t[1000])\n";
    let r = run_source("fill.lua", src, &["-jv"]);
    assert_eq!(expect_ok(&r), "1501500\t3000\n");
    let err = r.stderr_text();
    assert!(
        err.lines().any(|l| l == "[TRACE   1 fill.lua:2 loop]"),
        "the filling loop did not compile: {}",
        r.describe()
    );
    assert!(!err.contains("outside the array part"), "{}", r.describe());
}

#[test]
fn a_blacklisted_pairs_loop_stops_recording() {
    // The loop's ITERN does the ITERL's counting; once blacklisted (IITERL)
    // it must not start recordings any more. (string.rep is not recorded.)
    let src = "local function count(t)\n\
               \x20 local n = 0\n\
               \x20 for k, v in pairs(t) do n = n + v + #string.rep('x', 0) end\n\
               \x20 return n\n\
               end\n\
               local s = 0\n\
               for i = 1, 20000 do s = s + count({ a = 1, b = 2, c = i }) end\n\
               print(s)\n";
    let r = run_source("pairs.lua", src, &["-jv"]);
    assert_eq!(expect_ok(&r), "200070000\n");
    let err = r.stderr_text();
    let aborts = err
        .lines()
        .filter(|l| l.starts_with("[TRACE --- pairs.lua:3 "))
        .count();
    assert!(
        (1..=6).contains(&aborts),
        "{aborts} aborted recordings of the pairs loop: {}",
        r.describe()
    );
}
