//! The Lua behaviour corpus: every `tests/lua/<area>/<name>.lua` is run by the lunavm
//! binary and must print exactly `<name>.expected` on stdout.
//!
//! Golden files come from the reference interpreters (`tools/corpus-ref.sh`); these
//! tests never need them installed. A script may start with header comment lines:
//!
//! ```text
//! -- ref: luajit        which oracle produced the golden file (lua5.1 by default)
//! -- exit: N            expected exit status (default 0)
//! -- stderr: TEXT       expected first line of stderr
//! -- args: a b c        arguments after the script name (split on whitespace)
//! ```
//!
//! Each script runs as `lunavm name.lua [args]` with the script's directory as the
//! working directory, stdin empty, and `LUA_INIT`/`LUA_PATH`/`LUA_CPATH` removed, so
//! chunk names read `name.lua:3:` exactly as they did under the oracle.
//!
//! `LUNAVM_CORPUS_FILTER=substring` restricts the run to scripts whose path (relative
//! to the package root, `/`-separated) contains the substring.
//! `LUNAVM_CORPUS_TIMEOUT=seconds` overrides the per-script limit of 60 s.
//! All failures are collected and reported together; the test fails if there are any.

mod common;

use common::Run;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::time::{Duration, Instant};

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

#[test]
fn corpus() {
    run_corpus(&Mode {
        name: "normal",
        env: &[],
    });
}

#[test]
fn corpus_gc_stress() {
    run_corpus(&Mode {
        name: "GC stress (LUNAVM_GC_STRESS=1)",
        env: &[("LUNAVM_GC_STRESS", "1")],
    });
}

#[test]
fn corpus_jit_hot() {
    run_corpus(&Mode {
        name: "JIT forced hot (LUNAVM_JIT_OPTIONS=hotloop=1,hotexit=1)",
        env: &[("LUNAVM_JIT_OPTIONS", "hotloop=1,hotexit=1")],
    });
}

#[test]
fn corpus_jit_hot_gc_stress() {
    run_corpus(&Mode {
        name: "JIT forced hot and GC stress",
        env: &[
            ("LUNAVM_JIT_OPTIONS", "hotloop=1,hotexit=1"),
            ("LUNAVM_GC_STRESS", "1"),
        ],
    });
}

/// A way of running the whole corpus; every mode must give identical results.
struct Mode {
    name: &'static str,
    env: &'static [(&'static str, &'static str)],
}

/// The directives of a script's header.
#[derive(Debug, Default, PartialEq)]
struct Header {
    exit: i32,
    stderr: Option<String>,
    args: Vec<String>,
}

/// The header is the block of leading lines starting with `--` (a first line starting
/// with `#` is skipped, as the interpreter skips it); the same rule as corpus-ref.sh.
fn parse_header(source: &str) -> Result<Header, String> {
    let mut header = Header::default();
    for (i, line) in source.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if i == 0 && line.starts_with('#') {
            continue;
        }
        if !line.starts_with("--") {
            break;
        }
        if let Some(v) = line.strip_prefix("-- exit: ") {
            header.exit = v
                .trim()
                .parse()
                .map_err(|_| format!("bad `-- exit:` value {v:?}"))?;
        } else if let Some(v) = line.strip_prefix("-- stderr: ") {
            header.stderr = Some(v.to_string());
        } else if let Some(v) = line.strip_prefix("-- args: ") {
            header.args = v.split_whitespace().map(String::from).collect();
        } else if let Some(v) = line.strip_prefix("-- ref: ") {
            if v != "lua5.1" && v != "luajit" {
                return Err(format!("unknown oracle {v:?} in `-- ref:`"));
            }
        }
    }
    Ok(header)
}

struct Script {
    path: PathBuf,
    /// Path relative to the package root with `/` separators, used in reports and filters.
    rel: String,
}

fn collect_scripts(dir: &Path, root: &Path, out: &mut Vec<Script>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_scripts(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "lua") {
            let rel = path
                .strip_prefix(root)
                .expect("script under the package root")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push(Script { path, rel });
        }
    }
}

fn run_script(script: &Script, header: &Header, mode: &Mode, timeout: Duration) -> Run {
    let dir = script.path.parent().expect("script directory");
    let name = script.path.file_name().expect("script file name");
    let mut cmd = common::lunavm(dir);
    cmd.arg(name).args(&header.args);
    for (k, v) in mode.env {
        cmd.env(k, v);
    }
    common::run(cmd, None, timeout)
}

fn describe_status(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        return code.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return format!("killed by signal {sig}");
        }
    }
    format!("{status}")
}

fn show_line(line: Option<&[u8]>) -> String {
    const MAX: usize = 300;
    match line {
        None => "(nothing: the output ended before this line)".to_string(),
        Some(bytes) => {
            let text = String::from_utf8_lossy(bytes);
            let mut shown = format!("{text:?}");
            if shown.len() > MAX {
                let mut cut = MAX;
                while !shown.is_char_boundary(cut) {
                    cut -= 1;
                }
                shown.truncate(cut);
                shown.push_str("...");
            }
            shown
        }
    }
}

fn split_lines(bytes: &[u8]) -> Vec<&[u8]> {
    if bytes.is_empty() {
        return Vec::new();
    }
    let mut lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    if bytes.ends_with(b"\n") {
        lines.pop();
    }
    lines
}

/// A short explanation of how `actual` differs from `expected`, or None if equal.
fn stdout_diff(expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let (e, a) = (split_lines(expected), split_lines(actual));
    let first = (0..e.len().max(a.len()))
        .find(|&i| e.get(i) != a.get(i))
        .unwrap_or(e.len());
    let mut s = String::new();
    if first == e.len() && first == a.len() {
        let _ = writeln!(
            s,
            "    stdout: same lines, but the final newline differs (expected {} bytes, got {})",
            expected.len(),
            actual.len()
        );
        return Some(s);
    }
    let _ = writeln!(
        s,
        "    stdout: first difference at line {} (expected {} lines, got {})",
        first + 1,
        e.len(),
        a.len()
    );
    let _ = writeln!(s, "      expected: {}", show_line(e.get(first).copied()));
    let _ = writeln!(s, "      actual:   {}", show_line(a.get(first).copied()));
    Some(s)
}

fn first_line(bytes: &[u8]) -> String {
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    String::from_utf8_lossy(line).into_owned()
}

fn stderr_excerpt(stderr: &[u8]) -> String {
    let mut s = String::new();
    let lines = split_lines(stderr);
    if lines.is_empty() {
        return s;
    }
    let _ = writeln!(s, "    stderr was:");
    for line in lines.iter().take(4) {
        let _ = writeln!(s, "      {}", show_line(Some(line)));
    }
    if lines.len() > 4 {
        let _ = writeln!(s, "      ... ({} more lines)", lines.len() - 4);
    }
    s
}

/// Runs one script and returns a failure report, or None if it passed.
fn check_script(script: &Script, mode: &Mode, timeout: Duration) -> Option<String> {
    let source = match fs::read(&script.path) {
        Ok(s) => s,
        Err(e) => return Some(format!("    cannot read the script: {e}\n")),
    };
    let header = match parse_header(&String::from_utf8_lossy(&source)) {
        Ok(h) => h,
        Err(e) => return Some(format!("    bad header: {e}\n")),
    };
    let expected_path = script.path.with_extension("expected");
    let expected = match fs::read(&expected_path) {
        Ok(e) => e,
        Err(e) => {
            return Some(format!(
                "    no golden file {} ({e}); generate it with tools/corpus-ref.sh\n",
                expected_path.display()
            ))
        }
    };
    let mut report = String::new();
    let run = run_script(script, &header, mode, timeout);
    let Some(status) = run.status else {
        let _ = writeln!(
            report,
            "    hung: killed after {} s (expected exit status {})",
            timeout.as_secs(),
            header.exit
        );
        if let Some(d) = stdout_diff(&expected, &run.stdout) {
            report.push_str(&d);
        }
        report.push_str(&stderr_excerpt(&run.stderr));
        return Some(report);
    };
    if status.code() != Some(header.exit) {
        let _ = writeln!(
            report,
            "    exit status: expected {}, got {}",
            header.exit,
            describe_status(&status)
        );
    }
    if let Some(d) = stdout_diff(&expected, &run.stdout) {
        report.push_str(&d);
    }
    let mut stderr_shown = false;
    if let Some(want) = &header.stderr {
        let got = first_line(&run.stderr);
        if &got != want {
            stderr_shown = true;
            let _ = writeln!(report, "    stderr first line:");
            let _ = writeln!(report, "      expected: {want:?}");
            let _ = writeln!(report, "      actual:   {got:?}");
        }
    }
    if run.panicked() {
        stderr_shown = false;
        let _ = writeln!(report, "    lunavm panicked");
    }
    if !report.is_empty() && !stderr_shown {
        report.push_str(&stderr_excerpt(&run.stderr));
    }
    (!report.is_empty()).then_some(report)
}

fn run_corpus(mode: &Mode) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut scripts = Vec::new();
    collect_scripts(&root.join("tests/lua"), root, &mut scripts);
    assert!(!scripts.is_empty(), "no scripts under tests/lua");
    let filter = std::env::var("LUNAVM_CORPUS_FILTER").ok();
    if let Some(f) = &filter {
        scripts.retain(|s| s.rel.contains(f.as_str()));
        assert!(
            !scripts.is_empty(),
            "LUNAVM_CORPUS_FILTER={f:?} matches no script under tests/lua"
        );
    }
    let timeout = std::env::var("LUNAVM_CORPUS_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(DEFAULT_TIMEOUT, Duration::from_secs);

    let started = Instant::now();
    let failures =
        common::parallel_failures(&scripts, |script| check_script(script, mode, timeout));
    if failures.is_empty() {
        eprintln!(
            "corpus ({}): {} scripts passed in {:.1} s",
            mode.name,
            scripts.len(),
            started.elapsed().as_secs_f64()
        );
        return;
    }
    let mut msg = String::new();
    let _ = writeln!(
        msg,
        "\ncorpus ({}): {} of {} scripts failed\n",
        mode.name,
        failures.len(),
        scripts.len()
    );
    for (i, report) in &failures {
        let _ = writeln!(msg, "--- {}", scripts[*i].rel);
        msg.push_str(report);
        msg.push('\n');
    }
    let _ = writeln!(msg, "failed scripts ({}):", failures.len());
    for (i, _) in &failures {
        let _ = writeln!(msg, "  {}", scripts[*i].rel);
    }
    let _ = writeln!(
        msg,
        "(rerun a subset with LUNAVM_CORPUS_FILTER=<path substring>)"
    );
    panic!("{msg}");
}

#[test]
fn header_parsing() {
    let h = parse_header("#!/bin/lua\n-- ref: luajit\n-- exit: 1\n-- stderr: lunavm: x.lua:3: boom\n-- args: a  b\nprint(1)\n-- exit: 7\n").unwrap();
    assert_eq!(
        h,
        Header {
            exit: 1,
            stderr: Some("lunavm: x.lua:3: boom".into()),
            args: vec!["a".into(), "b".into()],
        }
    );
    assert_eq!(parse_header("print(1)\n").unwrap(), Header::default());
    assert!(parse_header("-- ref: lua5.4\n").is_err());
    assert!(parse_header("-- exit: x\n").is_err());
}

#[test]
fn stdout_diff_reports_first_difference() {
    assert!(stdout_diff(b"a\nb\n", b"a\nb\n").is_none());
    let d = stdout_diff(b"a\nb\nc\n", b"a\nx\n").unwrap();
    assert!(
        d.contains("line 2") && d.contains("\"b\"") && d.contains("\"x\""),
        "{d}"
    );
    let d = stdout_diff(b"a\n", b"a\nextra\n").unwrap();
    assert!(d.contains("line 2") && d.contains("output ended"), "{d}");
    let d = stdout_diff(b"a\n", b"").unwrap();
    assert!(d.contains("line 1") && d.contains("got 0)"), "{d}");
    let d = stdout_diff(b"a\n", b"a").unwrap();
    assert!(d.contains("final newline"), "{d}");
}
