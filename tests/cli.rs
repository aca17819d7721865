//! The lunavm command line, compatible with `lua5.1` and `luajit`:
//! `lunavm [options] [script [args]]`.
//!
//! Every expected output here is what lua5.1 and luajit print for the same command
//! (they agree unless a test says otherwise), with the program name replaced by
//! `lunavm`. Each test runs in its own scratch directory with LUA_INIT, LUA_PATH and
//! LUA_CPATH removed from the environment.

mod common;

use common::{lunavm, run, Run, TempDir, LUNAVM};
use std::process::Command;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(30);

fn go(cmd: Command) -> Run {
    run(cmd, None, LIMIT)
}

fn go_stdin(cmd: Command, input: &str) -> Run {
    run(cmd, Some(input.as_bytes()), LIMIT)
}

#[track_caller]
fn expect_ok(r: &Run, stdout: &str) {
    assert_eq!(
        r.code(),
        Some(0),
        "expected exit status 0, got {}",
        r.describe()
    );
    assert_eq!(r.stdout_text(), stdout, "stdout differs; {}", r.describe());
}

/// Exit status 1 and a first stderr line equal to `first_line` (or starting with it,
/// when it ends with `...`).
#[track_caller]
fn expect_fail(r: &Run, first_line: &str) {
    assert_eq!(
        r.code(),
        Some(1),
        "expected exit status 1, got {}",
        r.describe()
    );
    let got = r.stderr_first_line();
    match first_line.strip_suffix("...") {
        Some(prefix) => assert!(
            got.starts_with(prefix),
            "stderr should start with {prefix:?}; {}",
            r.describe()
        ),
        None => assert_eq!(got, first_line, "first stderr line; {}", r.describe()),
    }
    r.assert_no_panic();
}

#[test]
fn script_with_arguments() {
    let d = TempDir::new("cli-script");
    d.write("s.lua", "print('script', ...)\nprint(select('#', ...))\n");
    let mut cmd = lunavm(d.path());
    cmd.args(["s.lua", "a", "b c", ""]);
    expect_ok(&go(cmd), "script\ta\tb c\t\n3\n");
}

#[test]
fn arg_table() {
    let d = TempDir::new("cli-arg");
    d.write(
        "a.lua",
        "local t = {}\n\
         for i = -3, #arg do t[#t + 1] = i .. '=' .. tostring(arg[i]) end\n\
         print(table.concat(t, ' '))\n",
    );
    // arg[0] is the script, arg[-1] the interpreter as invoked, options before the
    // script sit at negative indices.
    let mut cmd = lunavm(d.path());
    cmd.args(["a.lua", "x", "y z", ""]);
    let expected = format!("-3=nil -2=nil -1={LUNAVM} 0=a.lua 1=x 2=y z 3=\n");
    expect_ok(&go(cmd), &expected);

    let mut cmd = lunavm(d.path());
    cmd.args(["-e", "print('e')", "a.lua", "q"]);
    let expected = format!("e\n-3={LUNAVM} -2=-e -1=print('e') 0=a.lua 1=q\n");
    expect_ok(&go(cmd), &expected);
}

#[test]
fn main_chunk_varargs() {
    let d = TempDir::new("cli-varargs");
    d.write("v.lua", "local a, b = ...\nprint(a, b, select('#', ...))\n");
    let mut cmd = lunavm(d.path());
    cmd.args(["v.lua", "1", "2", "3"]);
    expect_ok(&go(cmd), "1\t2\t3\n");
}

#[test]
fn execute_chunks_in_order() {
    let d = TempDir::new("cli-e");
    let mut cmd = lunavm(d.path());
    cmd.args(["-e", "print(1)", "-e", "x = 2", "-e", "print(x + 1)"]);
    expect_ok(&go(cmd), "1\n3\n");

    // -e runs before the script, in the same global state
    d.write("s.lua", "print('script sees', x)\n");
    let mut cmd = lunavm(d.path());
    cmd.args(["-e", "x = 'set by -e'", "s.lua"]);
    expect_ok(&go(cmd), "script sees\tset by -e\n");

    // -e without a script does not read stdin
    let mut cmd = lunavm(d.path());
    cmd.args(["-e", "print('e only')"]);
    expect_ok(&go_stdin(cmd, "print('stdin ran')\n"), "e only\n");
}

#[test]
fn execute_chunk_errors() {
    let d = TempDir::new("cli-e-err");
    let mut cmd = lunavm(d.path());
    cmd.args(["-e", "x = ="]);
    expect_fail(
        &go(cmd),
        "lunavm: (command line):1: unexpected symbol near '='",
    );

    let mut cmd = lunavm(d.path());
    cmd.args([
        "-e",
        "print('first')",
        "-e",
        "error('in e')",
        "-e",
        "print('never')",
    ]);
    let r = go(cmd);
    expect_fail(&r, "lunavm: (command line):1: in e");
    assert_eq!(r.stdout_text(), "first\n");
}

#[test]
fn require_library_option() {
    let d = TempDir::new("cli-l");
    d.write("mymod.lua", "print('mod loaded', ...)\nreturn {v = 1}\n");
    let mut cmd = lunavm(d.path());
    cmd.args(["-l", "mymod", "-e", "print(package.loaded.mymod.v, mymod)"]);
    expect_ok(&go(cmd), "mod loaded\tmymod\n1\tnil\n");

    let mut cmd = lunavm(d.path());
    cmd.args(["-l", "nosuchmod"]);
    expect_fail(&go(cmd), "lunavm: module 'nosuchmod' not found:...");
}

#[test]
fn interactive_mode() {
    // lua5.1 echoes the input lines (readline), luajit does not; both print the
    // prompts "> " and ">> " on stdout, errors on stderr, and end at end of input.
    let d = TempDir::new("cli-i");
    let input =
        "=1+1\nx = 5\nprint(x)\n1+2\n= \"a\", nil\nlocal y =\nerror(\"boom\")\nprint('after')\n";
    let mut cmd = lunavm(d.path());
    cmd.arg("-i");
    let r = go_stdin(cmd, input);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    r.assert_no_panic();
    let out = r.stdout_text();
    // Drop any banner before the first prompt, then the prompts and echoed input.
    let start = out
        .find("> ")
        .unwrap_or_else(|| panic!("no prompt on stdout; {}", r.describe()));
    let inputs: Vec<&str> = input.lines().collect();
    let mut results = Vec::new();
    for line in out[start..].lines() {
        let mut l = line;
        loop {
            if let Some(rest) = l.strip_prefix(">> ") {
                l = rest;
            } else if let Some(rest) = l.strip_prefix("> ") {
                l = rest;
            } else {
                break;
            }
        }
        if l.trim().is_empty() || l == ">" || l == ">>" || inputs.contains(&l) {
            continue;
        }
        results.push(l.to_string());
    }
    assert_eq!(
        results,
        ["2", "5", "a\tnil", "after"],
        "values printed by the REPL; {}",
        r.describe()
    );
    let err = r.stderr_text();
    // As in lua.c, only `=expr` prints values: a plain `1+2` is a syntax error.
    assert!(
        err.contains("stdin:1: unexpected symbol near '1'"),
        "syntax error of `1+2` on stderr; {}",
        r.describe()
    );
    assert!(
        err.contains("stdin:2: boom"),
        "runtime error of the two-line chunk on stderr; {}",
        r.describe()
    );
}

#[test]
fn version_option() {
    let d = TempDir::new("cli-v");
    let mut cmd = lunavm(d.path());
    cmd.arg("-v");
    let r = go(cmd);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    // luajit prints the version on stdout, lua5.1 on stderr: accept either.
    let both = format!("{}\n{}", r.stdout_text(), r.stderr_text());
    assert!(
        both.lines().any(|l| l.starts_with("lunavm")),
        "no version line starting with `lunavm`; {}",
        r.describe()
    );
}

#[test]
fn end_of_options() {
    let d = TempDir::new("cli-dashdash");
    d.write("s.lua", "print('script', ...)\n");
    let mut cmd = lunavm(d.path());
    cmd.args(["--", "s.lua", "-x", "-e"]);
    expect_ok(&go(cmd), "script\t-x\t-e\n");
}

#[test]
fn script_from_stdin() {
    let d = TempDir::new("cli-stdin");
    let mut cmd = lunavm(d.path());
    cmd.args(["-", "p", "q"]);
    expect_ok(
        &go_stdin(cmd, "print('from stdin', ...)\nprint(arg[0])\n"),
        "from stdin\tp\tq\n-\n",
    );

    // with no arguments at all and stdin not a terminal, stdin is the script
    let cmd = lunavm(d.path());
    expect_ok(&go_stdin(cmd, "print('no args')\n"), "no args\n");

    // an error in a stdin script names the chunk `stdin`
    let mut cmd = lunavm(d.path());
    cmd.arg("-");
    expect_fail(&go_stdin(cmd, "\nerror('oops')\n"), "lunavm: stdin:2: oops");
}

#[test]
fn lua_init_chunk() {
    let d = TempDir::new("cli-init");
    let mut cmd = lunavm(d.path());
    cmd.env("LUA_INIT", "print('init'); y = 7")
        .args(["-e", "print('e', y)"]);
    expect_ok(&go(cmd), "init\ne\t7\n");
}

#[test]
fn lua_init_file() {
    let d = TempDir::new("cli-init-file");
    d.write("init.lua", "print('from init file')\n");
    let mut cmd = lunavm(d.path());
    cmd.env("LUA_INIT", "@init.lua").args(["-e", "print('e')"]);
    expect_ok(&go(cmd), "from init file\ne\n");

    let mut cmd = lunavm(d.path());
    cmd.env("LUA_INIT", "@missing.lua")
        .args(["-e", "print('e')"]);
    let r = go(cmd);
    expect_fail(&r, "lunavm: cannot open missing.lua...");
    assert_eq!(r.stdout_text(), "");
}

#[test]
fn lua_init_error() {
    let d = TempDir::new("cli-init-err");
    let mut cmd = lunavm(d.path());
    cmd.env("LUA_INIT", "error('bad init')")
        .args(["-e", "print('never')"]);
    let r = go(cmd);
    expect_fail(&r, "lunavm: LUA_INIT:1: bad init");
    assert_eq!(r.stdout_text(), "");
}

#[test]
fn uncaught_error() {
    let d = TempDir::new("cli-error");
    d.write(
        "err.lua",
        "print('before')\nlocal function f()\n  error('deep')\nend\nf()\n",
    );
    let mut cmd = lunavm(d.path());
    cmd.arg("err.lua");
    let r = go(cmd);
    expect_fail(&r, "lunavm: err.lua:3: deep");
    assert_eq!(r.stdout_text(), "before\n");
    assert!(
        r.stderr_text().lines().any(|l| l == "stack traceback:"),
        "no `stack traceback:` line; {}",
        r.describe()
    );
}

#[test]
fn syntax_error_in_script() {
    let d = TempDir::new("cli-syntax");
    d.write("syn.lua", "print('hi')\nx = = 2\n");
    let mut cmd = lunavm(d.path());
    cmd.arg("syn.lua");
    let r = go(cmd);
    expect_fail(&r, "lunavm: syn.lua:2: unexpected symbol near '='");
    assert_eq!(
        r.stdout_text(),
        "",
        "nothing runs when the script does not compile"
    );

    d.write("syn1.lua", "local = 1\n");
    let mut cmd = lunavm(d.path());
    cmd.arg("syn1.lua");
    expect_fail(&go(cmd), "lunavm: syn1.lua:1: '<name>' expected near '='");
}

#[test]
fn missing_script() {
    let d = TempDir::new("cli-missing");
    let mut cmd = lunavm(d.path());
    cmd.arg("nofile.lua");
    // lua5.1 and luajit go on with ": " and the system's reason.
    expect_fail(&go(cmd), "lunavm: cannot open nofile.lua...");
}

#[test]
fn error_with_non_string_value() {
    let d = TempDir::new("cli-error-table");
    d.write("tbl.lua", "print('x')\nerror({code = 1})\n");
    let mut cmd = lunavm(d.path());
    cmd.arg("tbl.lua");
    let r = go(cmd);
    expect_fail(&r, "lunavm: (error object is not a string)");
    assert_eq!(r.stdout_text(), "x\n");

    // error(nil): both interpreters exit 1 and print no message at all
    d.write("nil.lua", "print('y')\nerror(nil)\n");
    let mut cmd = lunavm(d.path());
    cmd.arg("nil.lua");
    let r = go(cmd);
    assert_eq!(r.code(), Some(1), "{}", r.describe());
    assert_eq!(r.stdout_text(), "y\n");
    assert_eq!(r.stderr_text(), "", "no message for a nil error value");
}

#[test]
fn os_exit_status() {
    let d = TempDir::new("cli-exit");
    d.write("ex.lua", "print('bye')\nos.exit(3)\nprint('never')\n");
    let mut cmd = lunavm(d.path());
    cmd.arg("ex.lua");
    let r = go(cmd);
    assert_eq!(r.code(), Some(3), "{}", r.describe());
    assert_eq!(r.stdout_text(), "bye\n");

    d.write("ex0.lua", "print('zero')\nos.exit()\n");
    let mut cmd = lunavm(d.path());
    cmd.arg("ex0.lua");
    expect_ok(&go(cmd), "zero\n");
}

#[test]
fn os_exit_boolean_like_luajit() {
    // LuaJIT (and Lua 5.2) accept booleans; PUC 5.1 raises an error instead.
    let d = TempDir::new("cli-exit-bool");
    d.write("t.lua", "print('t')\nos.exit(true)\n");
    d.write("f.lua", "print('f')\nos.exit(false)\n");
    let mut cmd = lunavm(d.path());
    cmd.arg("t.lua");
    expect_ok(&go(cmd), "t\n");
    let mut cmd = lunavm(d.path());
    cmd.arg("f.lua");
    let r = go(cmd);
    assert_eq!(r.code(), Some(1), "{}", r.describe());
    assert_eq!(r.stdout_text(), "f\n");
}

#[test]
fn unknown_option() {
    let d = TempDir::new("cli-badopt");
    let mut cmd = lunavm(d.path());
    cmd.arg("-z");
    expect_fail(&go(cmd), "usage: lunavm...");
}

#[test]
fn bytecode_listing() {
    let d = TempDir::new("cli-bl");
    d.write("f.lua", "local x = 1\nprint(x + 2)\n");
    let mut cmd = lunavm(d.path());
    cmd.args(["-bl", "f.lua"]);
    // What `luajit -bl f.lua` prints for this file.
    expect_ok(
        &go(cmd),
        "-- BYTECODE -- f.lua:0-3\n\
         0001    KSHORT   0   1\n\
         0002    GGET     1   0      ; \"print\"\n\
         0003    ADDVN    3   0   0  ; 2\n\
         0004    CALL     1   1   2\n\
         0005    RET0     0   1\n\n",
    );
    let mut cmd = lunavm(d.path());
    cmd.args(["-bl", "missing.lua"]);
    expect_fail(&go(cmd), "lunavm: cannot open missing.lua...");
}

#[test]
fn debug_debug_reads_commands_from_stdin() {
    // debug.debug runs each stdin line as a chunk until `cont`, reporting errors
    // on stderr after the `lua_debug> ` prompt; what follows stays for io.read.
    let d = TempDir::new("cli-debug-debug");
    let mut cmd = lunavm(d.path());
    cmd.args(["-e", "debug.debug() print(io.read())"]);
    let r = go_stdin(cmd, "print(1+1)\nerror('x')\nfoo(\ncont\nprint('after')\n");
    expect_ok(&r, "2\nprint('after')\n");
    let err = r.stderr_text();
    for want in [
        "lua_debug> ",
        "(debug command):1: x",
        // The line keeps its newline, so the error is at the end of line 2.
        "(debug command):2: unexpected symbol near '<eof>'",
    ] {
        assert!(err.contains(want), "{want:?} on stderr; {}", r.describe());
    }
}

/// The standard streams seek when they are files (a duplicate of the
/// descriptor shares the offset), and fail as C's fseek does on a pipe.
#[test]
fn standard_streams_seek_when_they_are_files() {
    let d = TempDir::new("seek");
    d.write("in.txt", "hello\nworld\n");
    d.write(
        "seek.lua",
        "print(io.stdin:seek('cur'))\n\
         local l = io.read('*l')\n\
         print(l, io.stdin:seek('cur'))\n\
         print(io.stdin:seek('set', 2), io.read('*l'))\n\
         print(io.stdin:seek('end'))\n\
         io.stdout:write('abc')\n\
         print(io.stdout:seek('cur'))\n",
    );
    let out = d.path().join("out.txt");
    let status = lunavm(d.path())
        .arg("seek.lua")
        .stdin(std::fs::File::open(d.path().join("in.txt")).expect("input"))
        .stdout(std::fs::File::create(&out).expect("output"))
        .stderr(std::process::Stdio::null())
        .status()
        .expect("lunavm runs");
    assert!(status.success(), "{status}");
    let printed = std::fs::read_to_string(&out).expect("output file");
    assert_eq!(printed, "0\nhello\t6\n2\tllo\n12\nabc22\n");

    let mut cmd = lunavm(d.path());
    cmd.args(["-e", "print(io.stdin:seek('cur'))"]);
    let r = go_stdin(cmd, "x\n");
    expect_ok(&r, "nil\tIllegal seek\t29\n");
}
