//! Side-by-side benchmark runner: lunavm (JIT on, and interpreter only with
//! `-joff`) against the reference VMs.
//!
//! Runs every program in benches/lua/ (or those named) under each VM in turn,
//! round after round (A B C A B C ..., fresh processes), checks that all VMs print
//! the same checksum, and reports per benchmark the median wall time, its spread
//! (max - min) and the peak memory (max RSS) per VM, the ratio lunavm/other, and
//! the geometric mean of the ratios. These machines are shared and noisy: trust
//! ratios of medians from one run, not single times.
//!
//! A program whose header has a `-- needs: ffi` line runs only under the VMs
//! that have the `ffi` library (probed once with `-e "require('ffi')"`; the
//! others show `n/a`), and is left out of the geometric means, which compare
//! the same programs under every VM.
//!
//! Run it through the cargo alias, which builds everything in release mode first:
//!
//! ```text
//! cargo bench-compare [--rounds N] [--size N] [--vm NAME=CMD]... [--json F] [--csv F] [bench...]
//! ```

mod rusage;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// One VM under test: a display name and a command line (script and size follow).
struct Vm {
    name: String,
    cmd: Vec<String>,
}

/// Everything measured for one benchmark under one VM.
struct Sample {
    secs: Vec<f64>,
    rss_kib: Vec<u64>,
}

struct Options {
    rounds: usize,
    size: Option<String>,
    extra_vms: Vec<Vm>,
    json: Option<PathBuf>,
    csv: Option<PathBuf>,
    benches: Vec<String>,
}

const USAGE: &str = "usage: cargo bench-compare [--rounds N] [--size N] [--vm NAME=CMD]... \
[--json FILE] [--csv FILE] [bench...]";

fn parse_options() -> Result<Options, String> {
    let mut opts = Options {
        rounds: 5,
        size: None,
        extra_vms: Vec::new(),
        json: None,
        csv: None,
        benches: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |what: &str| args.next().ok_or(format!("{what} needs a value"));
        match a.as_str() {
            "--rounds" => {
                opts.rounds = value("--rounds")?
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or("--rounds takes a positive number")?
            }
            "--size" => opts.size = Some(value("--size")?),
            "--json" => opts.json = Some(value("--json")?.into()),
            "--csv" => opts.csv = Some(value("--csv")?.into()),
            "--vm" => {
                let spec = value("--vm")?;
                let (name, cmd) = spec.split_once('=').ok_or("--vm takes NAME=COMMAND")?;
                opts.extra_vms.push(Vm {
                    name: name.to_string(),
                    cmd: cmd.split_whitespace().map(String::from).collect(),
                });
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            s => opts.benches.push(s.trim_end_matches(".lua").to_string()),
        }
    }
    Ok(opts)
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// The repository root (this binary is target/release/lunavm-bench).
fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the release lunavm binary next to this one and returns its path.
fn build_lunavm() -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let status = Command::new(cargo)
        .args(["build", "--release", "--bin", "lunavm"])
        .current_dir(repo_root())
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("cargo build --release failed".to_string());
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    Ok(exe.with_file_name("lunavm"))
}

fn run_once(
    vm: &Vm,
    dir: &Path,
    script: &str,
    size: Option<&str>,
) -> Result<(f64, u64, Vec<u8>), String> {
    let mut cmd = Command::new(&vm.cmd[0]);
    cmd.args(&vm.cmd[1..])
        .arg(script)
        .args(size)
        .current_dir(dir);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let child = cmd.spawn().map_err(|e| format!("{}: {e}", vm.cmd[0]))?;
    let (status, rss_kib, stdout, stderr) = rusage::wait_with_rusage(child)?;
    let secs = start.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!(
            "{} {script} failed ({status}):\n{}",
            vm.cmd.join(" "),
            String::from_utf8_lossy(&stderr)
        ));
    }
    Ok((secs, rss_kib, stdout))
}

/// Whether the VM has the `ffi` library.
fn has_ffi(vm: &Vm) -> bool {
    Command::new(&vm.cmd[0])
        .args(&vm.cmd[1..])
        .args(["-e", "require('ffi')"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn spread(xs: &[f64]) -> f64 {
    let max = xs.iter().copied().fold(f64::MIN, f64::max);
    let min = xs.iter().copied().fold(f64::MAX, f64::min);
    max - min
}

fn geomean(xs: &[f64]) -> f64 {
    (xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp()
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn main() {
    let opts = match parse_options() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            std::process::exit(2);
        }
    };
    if let Err(msg) = run(opts) {
        eprintln!("lunavm-bench: {msg}");
        std::process::exit(1);
    }
}

fn run(opts: Options) -> Result<(), String> {
    let lunavm = build_lunavm()?;
    let lunavm = lunavm.to_string_lossy().into_owned();
    let mut vms = vec![
        Vm {
            name: "lunavm".to_string(),
            cmd: vec![lunavm.clone()],
        },
        Vm {
            name: "lunavm-joff".to_string(),
            cmd: vec![lunavm, "-joff".to_string()],
        },
    ];
    for (name, cmd) in [
        ("luajit", "luajit"),
        ("luajit-joff", "luajit -joff"),
        ("lua5.1", "lua5.1"),
        ("lua5.4", "lua5.4"),
    ] {
        if on_path(cmd.split(' ').next().unwrap_or(cmd)) {
            vms.push(Vm {
                name: name.to_string(),
                cmd: cmd.split(' ').map(String::from).collect(),
            });
        }
    }
    vms.extend(opts.extra_vms);
    let has_ffi: Vec<bool> = vms.iter().map(has_ffi).collect();

    let dir = repo_root().join("benches").join("lua");
    let benches = if opts.benches.is_empty() {
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                name.strip_suffix(".lua").map(String::from)
            })
            .collect();
        names.sort();
        names
    } else {
        opts.benches
    };

    let others = &vms[1..];
    println!(
        "{} rounds; time = median wall seconds (spread max-min), mem = median max RSS in MiB",
        opts.rounds
    );
    let mut header = format!("{:<16}", "benchmark");
    for vm in &vms {
        let _ = write!(header, " {:>24}", format!("{} time / mem", vm.name));
    }
    for vm in others {
        let _ = write!(header, " {:>12}", format!("/{}", vm.name));
    }
    println!("{header}");

    let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); others.len()];
    let mut results: Vec<(String, Vec<Sample>)> = Vec::new();
    for bench in &benches {
        let script = format!("{bench}.lua");
        let source = std::fs::read_to_string(dir.join(&script)).unwrap_or_default();
        let needs_ffi = source
            .lines()
            .take_while(|l| l.starts_with("--"))
            .any(|l| l.trim_end() == "-- needs: ffi");
        let runs = |i: usize| !needs_ffi || has_ffi[i];
        let mut samples: Vec<Sample> = vms
            .iter()
            .map(|_| Sample {
                secs: Vec::new(),
                rss_kib: Vec::new(),
            })
            .collect();
        let mut outputs: Vec<Vec<u8>> = vec![Vec::new(); vms.len()];
        for _ in 0..opts.rounds {
            for (i, vm) in vms.iter().enumerate() {
                if !runs(i) {
                    continue;
                }
                let (secs, rss, out) = run_once(vm, &dir, &script, opts.size.as_deref())?;
                samples[i].secs.push(secs);
                samples[i].rss_kib.push(rss);
                outputs[i] = out;
            }
        }
        for (i, out) in outputs.iter().enumerate().skip(1) {
            if runs(i) && *out != outputs[0] {
                return Err(format!(
                    "{bench}: checksums differ:\n  {}: {}\n  {}: {}",
                    vms[0].name,
                    String::from_utf8_lossy(&outputs[0]).trim_end(),
                    vms[i].name,
                    String::from_utf8_lossy(out).trim_end()
                ));
            }
        }
        let mut row = format!("{bench:<16}");
        for s in &samples {
            if s.secs.is_empty() {
                let _ = write!(row, " {:>24}", "n/a");
                continue;
            }
            let mem = median(&s.rss_kib.iter().map(|&k| k as f64).collect::<Vec<_>>()) / 1024.0;
            let cell = format!(
                "{:.3} ({:.3}) / {:.0}",
                median(&s.secs),
                spread(&s.secs),
                mem
            );
            let _ = write!(row, " {cell:>24}");
        }
        let ours = median(&samples[0].secs);
        for (i, s) in samples.iter().enumerate().skip(1) {
            if s.secs.is_empty() {
                let _ = write!(row, " {:>12}", "n/a");
                continue;
            }
            let r = ours / median(&s.secs);
            if !needs_ffi {
                ratios[i - 1].push(r);
            }
            let _ = write!(row, " {r:>12.2}");
        }
        println!("{row}");
        results.push((bench.clone(), samples));
    }
    let mut row = format!("{:<16}", "geometric mean");
    row.push_str(&" ".repeat(25 * vms.len()));
    for rs in &ratios {
        match rs.is_empty() {
            true => {
                let _ = write!(row, " {:>12}", "n/a");
            }
            false => {
                let _ = write!(row, " {:>12.2}", geomean(rs));
            }
        }
    }
    println!("{row}");

    if let Some(path) = &opts.json {
        std::fs::write(path, to_json(&vms, &results, &ratios))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(path) = &opts.csv {
        std::fs::write(path, to_csv(&vms, &results))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

fn to_json(vms: &[Vm], results: &[(String, Vec<Sample>)], ratios: &[Vec<f64>]) -> String {
    let mut out = String::from("{\n  \"vms\": [");
    for (i, vm) in vms.iter().enumerate() {
        let sep = if i == 0 { "" } else { ", " };
        let _ = write!(
            out,
            "{sep}{{\"name\": {}, \"command\": {}}}",
            json_str(&vm.name),
            json_str(&vm.cmd.join(" "))
        );
    }
    out.push_str("],\n  \"benchmarks\": [\n");
    for (b, (bench, samples)) in results.iter().enumerate() {
        let _ = write!(out, "    {{\"name\": {}, \"runs\": {{", json_str(bench));
        // VMs that did not run it (no ffi) are left out.
        let ran = vms.iter().zip(samples).filter(|(_, s)| !s.secs.is_empty());
        for (i, (vm, s)) in ran.enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            let secs: Vec<String> = s.secs.iter().map(|t| format!("{t:.4}")).collect();
            let rss: Vec<String> = s.rss_kib.iter().map(u64::to_string).collect();
            let _ = write!(
                out,
                "{sep}{}: {{\"median_s\": {:.4}, \"spread_s\": {:.4}, \"seconds\": [{}], \"max_rss_kib\": [{}]}}",
                json_str(&vm.name),
                median(&s.secs),
                spread(&s.secs),
                secs.join(", "),
                rss.join(", ")
            );
        }
        let sep = if b + 1 == results.len() { "" } else { "," };
        let _ = writeln!(out, "}}}}{sep}");
    }
    out.push_str("  ],\n  \"geomean_ratio_lunavm_over\": {");
    // (Only programs every VM ran count; none may have.)
    let counted = vms[1..].iter().zip(ratios).filter(|(_, rs)| !rs.is_empty());
    for (i, (vm, rs)) in counted.enumerate() {
        let sep = if i == 0 { "" } else { ", " };
        let _ = write!(out, "{sep}{}: {:.4}", json_str(&vm.name), geomean(rs));
    }
    out.push_str("}\n}\n");
    out
}

fn to_csv(vms: &[Vm], results: &[(String, Vec<Sample>)]) -> String {
    let mut out = String::from("benchmark,vm,round,seconds,max_rss_kib\n");
    for (bench, samples) in results {
        for (vm, s) in vms.iter().zip(samples) {
            for (round, (t, rss)) in s.secs.iter().zip(&s.rss_kib).enumerate() {
                let _ = writeln!(out, "{bench},{},{},{t:.4},{rss}", vm.name, round + 1);
            }
        }
    }
    out
}
