//! Profiling as a user sees it: `-jp` reports and folded stacks, `jit.p`,
//! `--perf` (on machines without hardware counters too), `--perf-map`.
//! Attribution is checked on scripts whose answer is known: one function
//! spends its time in a compiled loop, another in the interpreter
//! (`jit.off(f)` keeps its loop out of the JIT).

mod common;

use common::{lunavm, run, Run, TempDir};
use std::process::Command;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(60);

fn go(cmd: Command) -> Run {
    let r = run(cmd, None, LIMIT);
    r.assert_no_panic();
    r
}

/// `burn_trace(nt)` runs a loop the JIT compiles (line 5), `burn_interp(ni)`
/// the same loop interpreted (line 11), ten times each.
const RANK: &str = "local nt, ni = tonumber(arg[1]), tonumber(arg[2])
local function burn_trace(n)
  local s = 0
  for i = 1, n do
    s = s + i * 0.5
  end
  return s
end
local function burn_interp(n)
  local s = 0
  for i = 1, n do s = s + i * 0.5 end
  return s
end
jit.off(burn_interp)
local a, b = 0, 0
for r = 1, 10 do
  a = a + burn_trace(nt)
  b = b + burn_interp(ni)
end
print(a > 0, b > 0)
";

/// The rows of a report section: (percent, samples, label).
fn section(report: &str, title: &str) -> Vec<(f64, u64, String)> {
    let mut rows = Vec::new();
    let mut inside = false;
    for line in report.lines() {
        if let Some(t) = line.strip_prefix("## ") {
            inside = t == title;
            continue;
        }
        if !inside || line.trim().is_empty() {
            continue;
        }
        let mut parts = line.split_whitespace();
        let pct: f64 = parts.next().unwrap().trim_end_matches('%').parse().unwrap();
        let n: u64 = parts.next().unwrap().parse().unwrap();
        rows.push((pct, n, parts.collect::<Vec<_>>().join(" ")));
    }
    rows
}

fn profile_rank(nt: &str, ni: &str) -> String {
    let d = TempDir::new("prof-rank");
    d.write("rank.lua", RANK);
    let mut cmd = lunavm(d.path());
    cmd.args(["-jp=flvti2,report.txt", "rank.lua", nt, ni]);
    let r = go(cmd);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    assert_eq!(r.stdout_text(), "true\ttrue\n");
    std::fs::read_to_string(d.path().join("report.txt")).unwrap()
}

#[test]
fn interpreted_function_ranks_first() {
    // The interpreted loop takes several times longer than the compiled one.
    let rep = profile_rank("2e6", "1.2e6");
    let f = section(&rep, "functions");
    assert!(f.len() >= 2, "{rep}");
    assert!(f[0].2.starts_with("burn_interp (rank.lua:9)"), "{rep}");
    assert!(f[1].2.starts_with("burn_trace (rank.lua:2)"), "{rep}");
    let l = section(&rep, "lines");
    assert_eq!(l[0].2, "rank.lua:11", "{rep}");
    let v = section(&rep, "VM states");
    assert_eq!(v[0].2, "interpreter", "{rep}");
    assert!(v.iter().any(|r| r.2 == "compiled traces"), "{rep}");
}

#[test]
fn compiled_function_ranks_first() {
    let rep = profile_rank("1.2e7", "2e5");
    let f = section(&rep, "functions");
    assert!(f.len() >= 2, "{rep}");
    assert!(f[0].2.starts_with("burn_trace (rank.lua:2)"), "{rep}");
    assert!(f[1].2.starts_with("burn_interp (rank.lua:9)"), "{rep}");
    // Samples inside the trace map back to the loop's lines (its body, and
    // its own step and test, where the back edge's code counts too),
    // ahead of the interpreted loop's.
    let l = section(&rep, "lines");
    let n = |line: &str| l.iter().find(|r| r.2 == line).map_or(0, |r| r.1);
    assert!(l[0].2 == "rank.lua:4" || l[0].2 == "rank.lua:5", "{rep}");
    assert!(
        n("rank.lua:4") + n("rank.lua:5") > 2 * n("rank.lua:11"),
        "{rep}"
    );
    let v = section(&rep, "VM states");
    assert_eq!(v[0].2, "compiled traces", "{rep}");
    // The trace that holds them, with its entry and exit counts.
    let t = section(&rep, "traces");
    let (_, _, label) = &t[0];
    assert!(label.starts_with("trace 1 (rank.lua:"), "{rep}");
    assert!(label.contains(" entries 10 exits "), "{rep}");
}

#[test]
fn folded_stacks_for_flame_graphs() {
    // `leaf` is inlined into `outer`'s trace: its samples keep its name.
    let d = TempDir::new("prof-folded");
    d.write(
        "inl.lua",
        "local function leaf(x) return x * 1.0001 + 0.5 end
local function outer(n)
  local s = 0
  for i = 1, n do s = leaf(s) + leaf(i) end
  return s
end
print(outer(4e7) > 0)
",
    );
    let mut cmd = lunavm(d.path());
    cmd.args(["-jp=Gi2,out.folded", "inl.lua"]);
    let r = go(cmd);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    let text = std::fs::read_to_string(d.path().join("out.folded")).unwrap();
    let mut total = 0;
    for line in text.lines() {
        // `frame;frame;... count`, frames without spaces.
        let (stack, n) = line.rsplit_once(' ').expect(line);
        total += n.parse::<u64>().expect(line);
        assert!(!stack.contains(' '), "{line}");
        assert!(stack.starts_with("main_chunk_(inl.lua)"), "{line}");
    }
    assert!(total > 5, "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("main_chunk_(inl.lua);outer_(inl.lua:2);leaf_(inl.lua:1) ")),
        "{text}"
    );
}

#[test]
fn samples_in_natives_and_the_collector() {
    let d = TempDir::new("prof-states");
    d.write(
        "states.lua",
        "local keep = {}
for i = 1, 2e5 do keep[i] = {i} end
for i = 1, 25 do collectgarbage() end
local n = 0
for i = 1, 40 do n = n + #string.rep('abc', 1e6) end
print(n)
",
    );
    let mut cmd = lunavm(d.path());
    cmd.args(["-jp=vi2,prof.txt", "states.lua"]);
    let r = go(cmd);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    let rep = std::fs::read_to_string(d.path().join("prof.txt")).unwrap();
    let v = section(&rep, "VM states");
    let share = |s: &str| v.iter().find(|r| r.2 == s).map_or(0.0, |r| r.0);
    assert!(share("C functions") > 30.0, "{rep}");
    assert!(share("garbage collector") > 10.0, "{rep}");
    // (The first loop compiles, its allocations included.)
    assert!(share("compiled traces") < 30.0, "{rep}");
}

#[test]
fn reports_are_written_before_os_exit() {
    let d = TempDir::new("prof-exit");
    d.write(
        "e.lua",
        "local s = 0 for i = 1, 3e7 do s = s + i end print(s > 0) os.exit(3)\n",
    );
    let mut cmd = lunavm(d.path());
    cmd.env("LUNAVM_PERF_NO_HW", "1");
    cmd.args(["-jp=vi2,prof.txt", "--perf=task-clock", "e.lua"]);
    let r = go(cmd);
    assert_eq!(r.code(), Some(3), "{}", r.describe());
    assert_eq!(r.stdout_text(), "true\n");
    assert!(
        r.stderr_text().contains("\ntask-clock "),
        "{}",
        r.describe()
    );
    let rep = std::fs::read_to_string(d.path().join("prof.txt")).unwrap();
    assert!(rep.starts_with("# lunavm profile: "), "{rep}");
}

#[test]
fn jit_p_module() {
    let d = TempDir::new("prof-module");
    d.write(
        "m.lua",
        "local p = require('jit.p')
p.start('vi1', 'prof.txt')
local s = 0
for i = 1, 3e7 do s = s + i % 7 end
print(pcall(p.start))
p.stop()
p.stop()
print(pcall(p.start, 'z'))
",
    );
    let mut cmd = lunavm(d.path());
    cmd.arg("m.lua");
    let r = go(cmd);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    assert_eq!(
        r.stdout_text(),
        "false\tjit.p: profiler already running\n\
         false\tjit.p: unknown mode 'z' (f functions, l lines, t traces, v VM states, G folded stacks, i<ms> interval)\n"
    );
    let rep = std::fs::read_to_string(d.path().join("prof.txt")).unwrap();
    assert!(rep.starts_with("# lunavm profile: "), "{rep}");
    assert!(!section(&rep, "VM states").is_empty(), "{rep}");
}

#[test]
fn bad_profiler_arguments() {
    let d = TempDir::new("prof-args");
    d.write("s.lua", "print(1)\n");
    for (arg, msg) in [
        ("-jp=q", "lunavm: -jp: unknown mode 'q'"),
        ("-jpx", "lunavm: -jp: expected -jp=mode[,file], got '-jpx'"),
        ("-jp=i0", "lunavm: -jp: interval 0 ms out of range"),
        ("-jp=ix", "lunavm: -jp: bad interval 'i'"),
        ("-jp=f,", "lunavm: -jp: missing file name"),
        ("--perf=bogus", "lunavm: --perf: unknown event 'bogus'"),
        ("--perf-json=", "lunavm: --perf-json needs a file name"),
    ] {
        let mut cmd = lunavm(d.path());
        cmd.args([arg, "s.lua"]);
        let r = go(cmd);
        assert_eq!(r.code(), Some(1), "{arg}: {}", r.describe());
        assert!(
            r.stderr_first_line().starts_with(msg),
            "{arg}: {}",
            r.describe()
        );
        assert_eq!(r.stdout_text(), "", "{arg}");
    }
}

#[test]
fn perf_counters_fall_back_to_software_clocks() {
    // LUNAVM_PERF_NO_HW makes every hardware counter unavailable, as on
    // machines (like most virtual ones) that have none.
    let d = TempDir::new("prof-perf");
    d.write(
        "s.lua",
        "local s = 0 for i = 1, 2e6 do s = s + i end print(s > 0)\n",
    );
    let mut cmd = lunavm(d.path());
    cmd.env("LUNAVM_PERF_NO_HW", "1");
    cmd.args([
        "--perf=cycles,instructions",
        "--perf-json",
        "perf.json",
        "s.lua",
    ]);
    let r = go(cmd);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    assert_eq!(r.stdout_text(), "true\n");
    let err = r.stderr_text();
    let notes: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("lunavm: --perf:"))
        .collect();
    assert_eq!(
        notes,
        [
            "lunavm: --perf: events unavailable (cycles: disabled by LUNAVM_PERF_NO_HW; \
          instructions: disabled by LUNAVM_PERF_NO_HW); counting task-clock, page-faults, \
          context-switches instead"
        ],
        "{err}"
    );
    let row = |name: &str| {
        err.lines()
            .find(|l| l.starts_with(name))
            .map(str::to_string)
    };
    let clock = row("task-clock").expect(&err);
    assert!(clock.contains(" ms"), "{err}");
    assert!(row("share of samples").is_some(), "{err}");
    assert!(row("IPC").is_none(), "{err}");
    let json = std::fs::read_to_string(d.path().join("perf.json")).unwrap();
    for part in [
        "\"task-clock\": {\"total\": ",
        "\"unavailable\": [{\"event\": \"cycles\", \"reason\": \"disabled by LUNAVM_PERF_NO_HW\"}",
        "\"ipc\": null",
        "\"state_share\": {\"interpreter\": ",
    ] {
        assert!(json.contains(part), "{part} in {json}");
    }
}

#[test]
fn perf_map_lists_traces() {
    let d = TempDir::new("prof-map");
    d.write(
        "s.lua",
        "local s = 0\nfor i = 1, 1e5 do s = s + i end\nprint(s)\n",
    );
    for env in [false, true] {
        let mut cmd = lunavm(d.path());
        if env {
            cmd.env("LUNAVM_PERF_MAP", "1");
            cmd.arg("s.lua");
        } else {
            cmd.args(["--perf-map", "s.lua"]);
        }
        let child = cmd
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("lunavm");
        let path = format!("/tmp/perf-{}.map", child.id());
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let map = std::fs::read_to_string(&path).expect("the map file stays for perf");
        let _ = std::fs::remove_file(&path);
        let entries: Vec<(usize, usize, &str)> = map
            .lines()
            .map(|l| {
                let mut p = l.splitn(3, ' ');
                let a = usize::from_str_radix(p.next().unwrap(), 16).expect(l);
                let n = usize::from_str_radix(p.next().unwrap(), 16).expect(l);
                (a, n, p.next().expect(l))
            })
            .collect();
        assert!(entries.iter().any(|e| e.2 == "TRACE_1::s.lua:2"), "{map}");
        assert!(entries.iter().any(|e| e.2.starts_with("lunavm::")), "{map}");
        for &(a, n, name) in &entries {
            assert!(a > 0x1000 && n > 0 && n < 1 << 20, "{name}: {a:x} {n:x}");
        }
        // No two pieces of code overlap.
        let mut sorted = entries.clone();
        sorted.sort();
        for w in sorted.windows(2) {
            assert!(w[0].0 + w[0].1 <= w[1].0, "{map}");
        }
    }
}

#[test]
fn trace_dump_gains_entry_and_exit_counts() {
    let d = TempDir::new("prof-dump");
    d.write("rank.lua", RANK);
    let mut cmd = lunavm(d.path());
    cmd.args([
        "-jdump=t,dump.txt",
        "-jp=v,prof.txt",
        "rank.lua",
        "1000",
        "10",
    ]);
    let r = go(cmd);
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    let dump = std::fs::read_to_string(d.path().join("dump.txt")).unwrap();
    assert!(dump.contains("\n---- TRACE stats: "), "{dump}");
    assert!(
        dump.contains("\n---- TRACE 1 stats rank.lua:5: entered 10, exited "),
        "{dump}"
    );
    // Without a profile the dump has no statistics.
    let mut cmd = lunavm(d.path());
    cmd.args(["-jdump=t,dump2.txt", "rank.lua", "1000", "10"]);
    assert_eq!(go(cmd).code(), Some(0));
    let dump = std::fs::read_to_string(d.path().join("dump2.txt")).unwrap();
    assert!(!dump.contains("stats"), "{dump}");
}
