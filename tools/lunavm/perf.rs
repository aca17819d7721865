//! `--perf[=events]`: event counts for the VM thread over the run, through
//! Linux perf events (the `perf-event` crate). Hardware counters that cannot
//! be opened (virtual machines often have none: ENOENT; a strict
//! `perf_event_paranoid`: EACCES) are replaced by software clocks, and if
//! those fail too by getrusage. Counts are per run; the per-state columns
//! divide each total by the sampling profiler's share of samples per VM
//! state (counters are not switched at every state change: that would cost
//! a system call per transition).

use lunavm_vm::profile::{Report, State};
use perf_event::events::{Event, Hardware, Software};
use perf_event::{Builder, Counter};
use std::fmt::Write;

/// Events `--perf` counts when none are named.
pub const DEFAULT_EVENTS: &str = "cycles,instructions,branch-misses,cache-references,cache-misses";
/// What replaces hardware events that cannot be counted.
const FALLBACK: [&str; 3] = ["task-clock", "page-faults", "context-switches"];

fn event_of(name: &str) -> Option<(Event, bool)> {
    Some(match name {
        "cycles" => (Hardware::CPU_CYCLES.into(), true),
        "instructions" => (Hardware::INSTRUCTIONS.into(), true),
        "branches" => (Hardware::BRANCH_INSTRUCTIONS.into(), true),
        "branch-misses" => (Hardware::BRANCH_MISSES.into(), true),
        "cache-references" => (Hardware::CACHE_REFERENCES.into(), true),
        "cache-misses" => (Hardware::CACHE_MISSES.into(), true),
        "task-clock" => (Software::TASK_CLOCK.into(), false),
        "cpu-clock" => (Software::CPU_CLOCK.into(), false),
        "page-faults" => (Software::PAGE_FAULTS.into(), false),
        "context-switches" => (Software::CONTEXT_SWITCHES.into(), false),
        _ => return None,
    })
}

/// Checks an event list (`--perf=a,b`).
pub fn parse_events(list: &str) -> Result<Vec<String>, String> {
    let names: Vec<String> = list
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if names.is_empty() {
        return Err("--perf: empty event list".into());
    }
    for n in &names {
        if event_of(n).is_none() {
            return Err(format!(
                "--perf: unknown event '{n}' (known: {DEFAULT_EVENTS},branches,task-clock,cpu-clock,page-faults,context-switches)"
            ));
        }
    }
    Ok(names)
}

/// Why an event could not be opened, in words.
fn reason(e: &std::io::Error) -> String {
    let why = match e.raw_os_error() {
        Some(libc::ENOENT) => "no such counter on this CPU or hypervisor (ENOENT)",
        Some(libc::EACCES) | Some(libc::EPERM) => {
            "not permitted (EACCES; see kernel.perf_event_paranoid)"
        }
        Some(libc::EOPNOTSUPP) => "not supported (EOPNOTSUPP)",
        _ => return e.to_string(),
    };
    why.to_string()
}

enum Source {
    Counter(Counter),
    /// getrusage, read at the end minus the start value.
    Rusage(u64),
}

struct Open {
    name: String,
    source: Source,
}

/// Counters running for the calling thread.
pub struct Counters {
    open: Vec<Open>,
    /// Events that could not be counted, with why.
    pub unavailable: Vec<(String, String)>,
}

fn rusage_of(name: &str) -> Option<u64> {
    // SAFETY: getrusage fills the zeroed struct it is given.
    let ru = unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_THREAD, &mut ru) != 0 {
            return None;
        }
        ru
    };
    let us = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    Some(match name {
        "task-clock" | "cpu-clock" => (us(ru.ru_utime) + us(ru.ru_stime)) * 1000,
        "page-faults" => (ru.ru_minflt + ru.ru_majflt) as u64,
        "context-switches" => (ru.ru_nvcsw + ru.ru_nivcsw) as u64,
        _ => return None,
    })
}

impl Counters {
    /// Opens and starts the events on the calling thread, falling back as
    /// the module comment says. `LUNAVM_PERF_NO_HW=1` treats every hardware
    /// event as unavailable (for tests on machines that have them).
    pub fn start(names: &[String]) -> Counters {
        let no_hw = std::env::var_os("LUNAVM_PERF_NO_HW").is_some_and(|v| v == "1");
        let mut c = Counters {
            open: Vec::new(),
            unavailable: Vec::new(),
        };
        let mut want: Vec<String> = names.to_vec();
        let mut i = 0;
        while i < want.len() {
            let name = want[i].clone();
            i += 1;
            let Some((ev, hw)) = event_of(&name) else {
                continue;
            };
            let opened = if hw && no_hw {
                Err("disabled by LUNAVM_PERF_NO_HW".to_string())
            } else {
                Builder::new()
                    .kind(ev)
                    .build()
                    .and_then(|mut k| k.enable().map(|_| k))
                    .map_err(|e| reason(&e))
            };
            match opened {
                Ok(k) => c.open.push(Open {
                    name,
                    source: Source::Counter(k),
                }),
                Err(why) => {
                    if !hw {
                        if let Some(v) = rusage_of(&name) {
                            c.open.push(Open {
                                name: name.clone(),
                                source: Source::Rusage(v),
                            });
                        }
                    }
                    c.unavailable.push((name, why));
                    if hw {
                        for f in FALLBACK {
                            if !want.iter().any(|w| w == f) {
                                want.push(f.to_string());
                            }
                        }
                    }
                }
            }
        }
        c
    }

    /// The one line saying what could not be counted (None if all could).
    pub fn fallback_line(&self) -> Option<String> {
        if self.unavailable.is_empty() {
            return None;
        }
        let what: Vec<String> = self
            .unavailable
            .iter()
            .map(|(n, why)| format!("{n}: {why}"))
            .collect();
        let using: Vec<&str> = self.open.iter().map(|o| o.name.as_str()).collect();
        Some(format!(
            "lunavm: --perf: events unavailable ({}); counting {} instead",
            what.join("; "),
            if using.is_empty() {
                "nothing".to_string()
            } else {
                using.join(", ")
            }
        ))
    }

    /// Stops counting: (event, count) in the order opened.
    pub fn finish(self) -> Vec<(String, u64)> {
        self.open
            .into_iter()
            .filter_map(|o| {
                let v = match o.source {
                    Source::Counter(mut k) => {
                        let _ = k.disable();
                        k.read().ok()?
                    }
                    Source::Rusage(start) => rusage_of(&o.name)?.saturating_sub(start),
                };
                Some((o.name, v))
            })
            .collect()
    }
}

fn value_text(name: &str, v: f64) -> String {
    if name.ends_with("clock") {
        format!("{:.1} ms", v / 1e6)
    } else {
        format!("{v:.0}")
    }
}

fn ipc(counts: &[(String, u64)]) -> Option<f64> {
    let get = |n: &str| counts.iter().find(|(k, _)| k == n).map(|&(_, v)| v);
    match (get("instructions"), get("cycles")) {
        (Some(i), Some(c)) if c > 0 => Some(i as f64 / c as f64),
        _ => None,
    }
}

/// The table printed at exit.
pub fn table(counts: &[(String, u64)], split: &Report) -> String {
    let shares = split.state_shares();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# lunavm --perf (VM thread; per-state columns split each total by {} profiler samples)",
        split.total
    );
    let _ = write!(out, "{:<18} {:>14}", "event", "total");
    for (s, _) in &shares {
        let _ = write!(out, " {:>14}", short_name(*s));
    }
    out.push('\n');
    let _ = write!(out, "{:<18} {:>14}", "share of samples", "100.0%");
    for (_, p) in &shares {
        let _ = write!(out, " {:>13.1}%", p);
    }
    out.push('\n');
    for (name, v) in counts {
        let _ = write!(out, "{:<18} {:>14}", name, value_text(name, *v as f64));
        for (_, p) in &shares {
            let _ = write!(out, " {:>14}", value_text(name, *v as f64 * p / 100.0));
        }
        out.push('\n');
    }
    if let Some(x) = ipc(counts) {
        let _ = writeln!(out, "{:<18} {:>14.2}", "IPC", x);
    }
    out
}

fn short_name(s: State) -> &'static str {
    match s {
        State::Interp => "interpreter",
        State::Trace => "traces",
        State::Gc => "GC",
        State::Compiler => "compiler",
        State::Native => "C calls",
    }
}

fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// The same as JSON (`--perf-json FILE`).
pub fn json(counts: &[(String, u64)], unavailable: &[(String, String)], split: &Report) -> String {
    let shares = split.state_shares();
    let states: Vec<String> = shares
        .iter()
        .map(|(s, p)| format!("{}: {:.4}", json_str(short_name(*s)), p / 100.0))
        .collect();
    let events: Vec<String> = counts
        .iter()
        .map(|(n, v)| {
            let by: Vec<String> = shares
                .iter()
                .map(|(s, p)| format!("{}: {:.1}", json_str(short_name(*s)), *v as f64 * p / 100.0))
                .collect();
            format!(
                "{}: {{\"total\": {v}, \"by_state\": {{{}}}}}",
                json_str(n),
                by.join(", ")
            )
        })
        .collect();
    let missing: Vec<String> = unavailable
        .iter()
        .map(|(n, why)| {
            format!(
                "{{\"event\": {}, \"reason\": {}}}",
                json_str(n),
                json_str(why)
            )
        })
        .collect();
    let ipc = ipc(counts).map_or("null".to_string(), |x| format!("{x:.4}"));
    format!(
        "{{\"samples\": {}, \"interval_us\": {}, \"state_share\": {{{}}}, \"events\": {{{}}}, \"ipc\": {ipc}, \"unavailable\": [{}]}}\n",
        split.total,
        split.interval_us,
        states.join(", "),
        events.join(", "),
        missing.join(", ")
    )
}
