//! Trace filetests: `tests/trace/*.lua` are programs whose comments state
//! what the trace compiler must make of them.
//!
//! A file's leading comment lines carry its directives:
//!
//! | line                | meaning                                                   |
//! |---------------------|-----------------------------------------------------------|
//! | `-- jdump: FLAGS`   | the `-jdump` flags to run with (default `tbis`)           |
//! | `-- options: ...`   | more command-line options before the script (`-Ohotloop=10`) |
//! | `-- check: TEXT`    | a dump line containing TEXT follows the previous check's line |
//! | `-- check-not: TEXT`| no line containing TEXT between the previous check's line and the next check's (or the end) |
//!
//! The checks are what the test is about and are written by hand. The file
//! ends with the whole dump (normalised: hex numbers read `0x?`, code sizes
//! `mcode ?`) in a `--[[ dump ... ]]` comment, which must match too, so any
//! change to what the compiler makes of the program shows up in review;
//! `LUNAVM_BLESS=1 cargo test --test trace` rewrites those blocks after a
//! deliberate change (the checks still have to hold).
#![cfg(target_arch = "x86_64")]

mod common;

use common::run;
use std::path::{Path, PathBuf};
use std::time::Duration;

const DUMP_OPEN: &str = "--[[ dump\n";
const DUMP_CLOSE: &str = "]]\n";

struct Check<'a> {
    negative: bool,
    text: &'a str,
}

/// Every number written in hex becomes `0x?` (addresses differ between
/// runs), and code sizes `mcode ?`.
fn normalise(dump: &str) -> String {
    let mut out = String::with_capacity(dump.len());
    for line in dump.lines() {
        let mut rest = line;
        if let Some(p) = rest.find(" mcode ") {
            out.push_str(&rest[..p]);
            out.push_str(" mcode ?\n");
            continue;
        }
        while let Some(p) = rest.find("0x") {
            out.push_str(&rest[..p]);
            out.push_str("0x?");
            rest = rest[p + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

/// Applies the checks to the dump's lines; returns the first failure.
fn run_checks(checks: &[Check], dump: &str) -> Result<(), String> {
    let lines: Vec<&str> = dump.lines().collect();
    let mut at = 0;
    let mut pending_not: Vec<&str> = Vec::new();
    let failing_not = |nots: &[&str], from: usize, to: usize| -> Result<(), String> {
        for n in nots {
            if let Some(l) = lines[from..to].iter().find(|l| l.contains(n)) {
                return Err(format!("check-not `{n}` matched line `{l}`"));
            }
        }
        Ok(())
    };
    for c in checks {
        if c.negative {
            pending_not.push(c.text);
            continue;
        }
        let Some(found) = lines[at..].iter().position(|l| l.contains(c.text)) else {
            return Err(format!("check `{}` not found after line {at}", c.text));
        };
        failing_not(&pending_not, at, at + found)?;
        pending_not.clear();
        at += found + 1;
    }
    failing_not(&pending_not, at, lines.len())
}

fn check_file(path: &Path, bless: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let (program, recorded) = match text.find(DUMP_OPEN) {
        Some(p) => {
            let body = &text[p + DUMP_OPEN.len()..];
            let end = body.rfind(DUMP_CLOSE).ok_or("unterminated dump block")?;
            (&text[..p], Some(&body[..end]))
        }
        None => (text.as_str(), None),
    };
    let mut flags = "tbis";
    let mut options: Vec<&str> = Vec::new();
    let mut checks = Vec::new();
    for line in program.lines().take_while(|l| l.starts_with("--")) {
        let line = line.trim_start_matches("--").trim_start();
        if let Some(f) = line.strip_prefix("jdump:") {
            flags = f.trim();
        } else if let Some(o) = line.strip_prefix("options:") {
            options.extend(o.split_whitespace());
        } else if let Some(t) = line.strip_prefix("check:") {
            checks.push(Check {
                negative: false,
                text: t.trim(),
            });
        } else if let Some(t) = line.strip_prefix("check-not:") {
            checks.push(Check {
                negative: true,
                text: t.trim(),
            });
        }
    }
    if checks.is_empty() {
        return Err("no check lines: say what the dump must show".into());
    }
    let dir = path.parent().expect("a directory");
    let name = path.file_name().expect("a file name");
    let mut cmd = common::lunavm(dir);
    cmd.env_remove("LUNAVM_JIT_OPTIONS")
        .env_remove("LUNAVM_GC_STRESS")
        .arg(format!("-jdump={flags}"))
        .args(&options)
        .arg(name);
    let r = run(cmd, None, Duration::from_secs(30));
    r.assert_no_panic();
    if !r.status.is_some_and(|s| s.success()) {
        return Err(format!("the program failed: {}", r.describe()));
    }
    let dump = normalise(&r.stderr_text());
    run_checks(&checks, &dump).map_err(|e| format!("{e}\n--- dump ---\n{dump}"))?;
    if bless {
        let new = format!("{program}{DUMP_OPEN}{dump}{DUMP_CLOSE}");
        if new != text {
            std::fs::write(path, new).map_err(|e| e.to_string())?;
        }
        return Ok(());
    }
    let recorded = recorded.ok_or("no dump block (run with LUNAVM_BLESS=1 to write it)")?;
    if recorded != dump {
        let (n, (want, got)) = recorded
            .lines()
            .chain(std::iter::repeat("<end>"))
            .zip(dump.lines().chain(std::iter::repeat("<end>")))
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .expect("the dumps differ somewhere");
        return Err(format!(
            "the dump differs at its line {}:\n  recorded: {want}\n  now:      {got}\n\
             (LUNAVM_BLESS=1 cargo test --test trace rewrites the recorded dumps)",
            n + 1
        ));
    }
    Ok(())
}

fn files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/trace");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/trace")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "lua"))
        .collect();
    v.sort();
    v
}

#[test]
fn trace_filetests() {
    let bless = std::env::var_os("LUNAVM_BLESS").is_some_and(|v| v == "1");
    let filter = std::env::var("LUNAVM_TRACE_FILTER").unwrap_or_default();
    let mut failures = Vec::new();
    let mut ran = 0;
    for f in files() {
        if !f.to_string_lossy().contains(&filter) {
            continue;
        }
        ran += 1;
        if let Err(e) = check_file(&f, bless) {
            failures.push(format!("{}: {e}", f.display()));
        }
    }
    assert!(ran > 0, "no trace filetests ran");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn checks_fail_when_they_should() {
    let dump = "a\n  LOOP\n  x > y\nb\n";
    let c = |negative, text| Check { negative, text };
    assert!(run_checks(&[c(false, "LOOP"), c(false, "b")], dump).is_ok());
    assert!(run_checks(&[c(false, "b"), c(false, "LOOP")], dump).is_err());
    assert!(run_checks(&[c(false, "LOOP"), c(true, ">"), c(false, "b")], dump).is_err());
    assert!(run_checks(&[c(true, ">"), c(false, "LOOP")], dump).is_ok());
    assert!(run_checks(&[c(false, "x"), c(true, "a")], dump).is_ok());
    assert!(run_checks(&[c(false, "LOOP"), c(true, "b")], dump).is_err());
    assert_eq!(
        normalise("0x7f12ab  mov rax,0x10\n---- TRACE 1 mcode 416\n"),
        "0x?  mov rax,0x?\n---- TRACE 1 mcode ?\n"
    );
}
