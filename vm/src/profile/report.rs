//! What a profile adds up to, and its two printed forms: a ranked text
//! report (one section per mode) and folded stacks for flame graphs.

use super::{Options, State, NUM_STATES};
use std::collections::HashMap;
use std::fmt::Write;

/// Per-trace entry and exit counts, as the JIT keeps them.
#[derive(Clone, Debug, Default)]
pub struct TraceCount {
    pub trace: u32,
    /// Where the trace starts (`chunk:line`).
    pub place: String,
    pub entries: u64,
    pub exits: u64,
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub interval_us: u64,
    /// CPU time of the VM thread while profiling, in seconds.
    pub cpu_secs: f64,
    pub total: u64,
    /// Samples the ring could not hold.
    pub dropped: u64,
    /// Samples per [`State`].
    pub states: [u64; NUM_STATES],
    /// Samples per function label (`name (chunk:line)`).
    pub functions: HashMap<String, u64>,
    /// Samples per source line (`chunk:line`).
    pub lines: HashMap<String, u64>,
    /// Samples per trace (0: not in a trace).
    pub traces: HashMap<u32, u64>,
    /// Samples per folded stack (only with the `G` mode).
    pub stacks: HashMap<String, u64>,
    pub trace_counts: Vec<TraceCount>,
}

/// Entries ranked by count (ties by name, so reports are stable).
fn ranked<K: Clone + Ord>(m: &HashMap<K, u64>) -> Vec<(K, u64)> {
    let mut v: Vec<(K, u64)> = m.iter().map(|(k, &n)| (k.clone(), n)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

impl Report {
    fn pct(&self, n: u64) -> f64 {
        100.0 * n as f64 / self.total.max(1) as f64
    }

    /// The share of samples in each VM state, in percent.
    pub fn state_shares(&self) -> [(State, f64); NUM_STATES] {
        State::ALL.map(|s| (s, self.pct(self.states[s as usize])))
    }

    /// The ranked text report: a header, then one section per mode.
    pub fn text(&self, opts: &Options) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# lunavm profile: {} samples in {:.2} s of CPU time (interval {} ms){}",
            self.total,
            self.cpu_secs,
            self.interval_us as f64 / 1000.0,
            if self.dropped > 0 {
                format!(", {} samples dropped", self.dropped)
            } else {
                String::new()
            }
        );
        for &m in &opts.modes {
            match m {
                'f' => self.section(&mut out, "functions", ranked(&self.functions)),
                'l' => self.section(&mut out, "lines", ranked(&self.lines)),
                'v' => {
                    let mut v: Vec<(String, u64)> = State::ALL
                        .iter()
                        .map(|&s| (s.name().to_string(), self.states[s as usize]))
                        .collect();
                    v.sort_by_key(|r| std::cmp::Reverse(r.1));
                    self.section(&mut out, "VM states", v);
                }
                't' => {
                    let names: HashMap<u32, &TraceCount> =
                        self.trace_counts.iter().map(|t| (t.trace, t)).collect();
                    let rows = ranked(&self.traces)
                        .into_iter()
                        .map(|(n, c)| {
                            let label = match (n, names.get(&n)) {
                                (0, _) => "not in a trace".to_string(),
                                (n, Some(t)) => format!(
                                    "trace {n} ({}) entries {} exits {}",
                                    t.place, t.entries, t.exits
                                ),
                                (n, None) => format!("trace {n}"),
                            };
                            (label, c)
                        })
                        .collect();
                    self.section(&mut out, "traces", rows);
                }
                _ => {}
            }
        }
        out
    }

    fn section(&self, out: &mut String, title: &str, rows: Vec<(String, u64)>) {
        let _ = writeln!(out, "\n## {title}");
        for (label, n) in rows {
            if n == 0 {
                continue;
            }
            let _ = writeln!(out, "{:5.1}%  {:6}  {label}", self.pct(n), n);
        }
    }

    /// Folded stacks (`outer;inner count` lines, the format of inferno and
    /// flamegraph.pl), sorted.
    pub fn folded(&self) -> String {
        let mut v: Vec<(&String, &u64)> = self.stacks.iter().collect();
        v.sort();
        v.iter().map(|(s, n)| format!("{s} {n}\n")).collect()
    }

    /// The report in the form the options ask for.
    pub fn render(&self, opts: &Options) -> String {
        if opts.folded {
            self.folded()
        } else {
            self.text(opts)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_rank_by_samples_and_folded_stacks_sort() {
        let mut r = Report {
            interval_us: 10_000,
            cpu_secs: 0.04,
            total: 4,
            ..Report::default()
        };
        r.functions.insert("b (x.lua:5)".into(), 1);
        r.functions.insert("a (x.lua:1)".into(), 3);
        r.states[State::Gc as usize] = 1;
        r.states[State::Trace as usize] = 3;
        r.stacks.insert("main;b".into(), 1);
        r.stacks.insert("main;a".into(), 3);
        let opts = Options {
            modes: vec!['f', 'v'],
            ..Options::default()
        };
        let text = r.text(&opts);
        assert_eq!(
            text,
            "# lunavm profile: 4 samples in 0.04 s of CPU time (interval 10 ms)\n\
             \n## functions\n 75.0%       3  a (x.lua:1)\n 25.0%       1  b (x.lua:5)\n\
             \n## VM states\n 75.0%       3  compiled traces\n 25.0%       1  garbage collector\n"
        );
        assert_eq!(r.folded(), "main;a 3\nmain;b 1\n");
    }
}
