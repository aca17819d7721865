//! The sampling profiler (`-jp`, `jit.p`) and the VM-state word.
//!
//! The VM, the collector and the JIT store what the VM thread is doing into
//! one word ([`set_state`]: a plain relaxed store, so it costs next to nothing
//! when nobody samples). While profiling, a CPU-time timer interrupts the VM
//! thread (`signal.rs`); its handler copies the state word and, inside trace
//! code, the interrupted machine address into a fixed ring and raises a flag.
//! The interpreter checks the flag at its profile points (loop and function
//! headers, returns, trace entries) and attributes the samples there: Lua
//! frames from its stack, and for samples inside a trace the function and
//! line of the IR instruction whose machine code holds the address
//! ([`crate::jit::Jit::locate`]), so traces that inline several functions are
//! attributed to the right one.

mod report;
mod signal;

pub use report::{Report, TraceCount};

use crate::debug::{frames_of, function_name, Frame};
use crate::state::Vm;
use std::collections::HashMap;
use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize};

/// What the VM thread is doing, as the state word holds it (a trace's number
/// sits above the kind).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum State {
    Interp = 0,
    Trace = 1,
    Gc = 2,
    Compiler = 3,
    Native = 4,
}

pub const NUM_STATES: usize = 5;

impl State {
    pub const ALL: [State; NUM_STATES] = [
        State::Interp,
        State::Trace,
        State::Gc,
        State::Compiler,
        State::Native,
    ];

    /// How reports name the state.
    pub fn name(self) -> &'static str {
        match self {
            State::Interp => "interpreter",
            State::Trace => "compiled traces",
            State::Gc => "garbage collector",
            State::Compiler => "trace compiler",
            State::Native => "C functions",
        }
    }
}

thread_local! {
    /// The state word of the VM running on this thread (each thread may run
    /// its own VM; the handler reads the word of the thread it interrupted).
    /// Const-initialised without a destructor, so it is a plain TLS slot:
    /// no lazy initialisation, safe to read from a signal handler.
    static STATE: AtomicU32 = const { AtomicU32::new(0) };
}

/// The calling thread's state word.
#[inline(always)]
fn state_word() -> u32 {
    STATE.with(|s| s.load(Relaxed))
}

#[inline(always)]
fn store_state(word: u32) {
    STATE.with(|s| s.store(word, Relaxed));
}

fn kind_of(word: u32) -> u32 {
    word & 0xff
}

/// Sets the VM-state word; returns the previous word for [`restore_state`].
#[inline(always)]
pub fn set_state(s: State) -> u32 {
    let old = state_word();
    store_state(s as u32);
    old
}

/// The VM thread runs trace `n`'s machine code.
#[inline(always)]
pub fn set_trace_state(n: u32) -> u32 {
    let old = state_word();
    store_state(State::Trace as u32 | (n << 8));
    old
}

/// Puts back a word [`set_state`] returned.
#[inline(always)]
pub fn restore_state(word: u32) {
    store_state(word);
}

/// Holds the state word at a state until dropped, then puts the previous
/// word back (for functions with several returns).
pub struct StateScope(u32);

impl StateScope {
    #[inline(always)]
    pub fn enter(s: State) -> StateScope {
        StateScope(set_state(s))
    }
}

impl Drop for StateScope {
    #[inline(always)]
    fn drop(&mut self) {
        restore_state(self.0);
    }
}

// The sample ring the signal handler fills (see signal.rs). Only the VM
// thread touches it: the handler writes at the head, profile points read
// from the tail.
const RING: usize = 1024;
static RING_STATE: [AtomicU32; RING] = [const { AtomicU32::new(0) }; RING];
static RING_ADDR: [AtomicUsize; RING] = [const { AtomicUsize::new(0) }; RING];
static RING_HEAD: AtomicUsize = AtomicUsize::new(0);
static RING_TAIL: AtomicUsize = AtomicUsize::new(0);
static PENDING: AtomicBool = AtomicBool::new(false);
/// A profile runs somewhere in the process: the ring has one reader and one
/// writer thread, so there is one profile at a time.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Whether samples wait to be attributed (checked at every profile point).
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Relaxed)
}

/// A place in Lua code a sample is attributed to.
#[derive(Clone, Debug)]
pub struct Spot {
    /// The trace whose machine code held the address (0 when not in a trace).
    pub trace: u32,
    pub proto: crate::value::Gc<crate::func::Proto>,
    /// The instruction (not the one after it).
    pub pc: *const crate::bytecode::Ins,
    /// The function's name at the call the trace inlined, if known.
    pub name: Option<String>,
}

/// What `-jp` asked for: `-jp[=mode[,file]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Report sections in order: `f` functions, `l` lines, `t` traces, `v`
    /// VM states.
    pub modes: Vec<char>,
    /// Folded stacks for flame graphs instead of the ranked report (`G`).
    pub folded: bool,
    pub interval_us: u64,
    /// Where the report goes (stderr without it).
    pub file: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            modes: vec!['f'],
            folded: false,
            interval_us: 10_000,
            file: None,
        }
    }
}

/// Parses `-jp`'s argument (the text after `=`): mode letters, `i<ms>` for the
/// interval, then an optional `,file`.
pub fn parse_options(arg: &str) -> Result<Options, String> {
    let (mode, file) = match arg.split_once(',') {
        Some((m, "")) => return Err(format!("missing file name after ',' in '{m},'")),
        Some((m, f)) => (m, Some(f.to_string())),
        None => (arg, None),
    };
    let mut o = Options {
        modes: Vec::new(),
        file,
        ..Options::default()
    };
    let mut chars = mode.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            'f' | 'l' | 't' | 'v' => {
                if !o.modes.contains(&c) {
                    o.modes.push(c);
                }
            }
            'G' => o.folded = true,
            'i' => {
                let mut digits = String::new();
                while let Some(&d) = chars.peek() {
                    if !(d.is_ascii_digit() || d == '.') {
                        break;
                    }
                    digits.push(d);
                    chars.next();
                }
                let ms: f64 = digits
                    .parse()
                    .map_err(|_| format!("bad interval 'i{digits}' (milliseconds expected, e.g. i10)"))?;
                if !(0.1..=10_000.0).contains(&ms) {
                    return Err(format!("interval {ms} ms out of range (0.1 to 10000)"));
                }
                o.interval_us = (ms * 1000.0) as u64;
            }
            _ => {
                return Err(format!(
                    "unknown mode '{c}' (f functions, l lines, t traces, v VM states, G folded stacks, i<ms> interval)"
                ))
            }
        }
    }
    if o.modes.is_empty() {
        o.modes.push('f');
    }
    Ok(o)
}

/// A profile in progress: the timer and what the samples so far add up to.
pub struct Profiler {
    pub opts: Options,
    timer: signal::Timer,
    pub(crate) data: Report,
    /// Function labels already named from a call site (`name (chunk:line)`).
    names: HashMap<String, String>,
    /// The thread's CPU clock when profiling started.
    started: f64,
}

/// The calling thread's CPU time in seconds.
fn thread_cpu_secs() -> f64 {
    // SAFETY: clock_gettime writes the timespec it is given.
    let ts = unsafe {
        let mut ts: libc::timespec = std::mem::zeroed();
        libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts);
        ts
    };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

impl Drop for Profiler {
    fn drop(&mut self) {
        // The timer goes first: then no sample of this profile can arrive.
        drop(std::mem::replace(&mut self.timer, signal::Timer::none()));
        ACTIVE.store(false, Release);
    }
}

impl Vm {
    /// Starts sampling the calling thread (which must be the one running this
    /// VM). Fails if a profile already runs or the timer cannot be set up.
    pub fn profile_start(&mut self, opts: Options) -> Result<(), String> {
        if self.profiler.is_some() || ACTIVE.swap(true, Acquire) {
            return Err("profiler already running".into());
        }
        // Samples left from an earlier profile are dropped.
        RING_TAIL.store(RING_HEAD.load(Acquire), Relaxed);
        PENDING.store(false, Relaxed);
        let timer = match signal::Timer::start(opts.interval_us) {
            Ok(t) => t,
            Err(e) => {
                ACTIVE.store(false, Release);
                return Err(e);
            }
        };
        self.profiler = Some(Box::new(Profiler {
            data: Report {
                interval_us: opts.interval_us,
                ..Report::default()
            },
            opts,
            timer,
            names: HashMap::new(),
            started: thread_cpu_secs(),
        }));
        Ok(())
    }

    /// Stops sampling and returns the options and the report (None if no
    /// profile runs).
    pub fn profile_stop(&mut self) -> Option<(Options, Report)> {
        self.profile_point(false);
        let mut p = self.profiler.take()?;
        p.data.dropped = signal::DROPPED.swap(0, Relaxed);
        p.data.cpu_secs = thread_cpu_secs() - p.started;
        let counts = self
            .with_jit(|jit, _| {
                jit.dump_stats();
                jit.trace_counts()
            })
            .unwrap_or_default();
        p.data.trace_counts = counts;
        let (opts, data) = (p.opts.clone(), std::mem::take(&mut p.data));
        Some((opts, data))
    }

    /// Sets what runs when `os.exit` is about to end the process (the
    /// command line writes its profile reports there).
    pub fn set_exit_hook(&mut self, hook: crate::state::ExitHook) {
        self.exit_hook = Some(hook);
    }

    /// Whether a profile runs.
    pub fn profiling(&self) -> bool {
        self.profiler.is_some()
    }

    /// A profile point: attributes the pending samples to the running
    /// thread's published frames (`base`, `pc`). `at_entry`: the innermost
    /// frame is a function just entered, whose samples belong to its caller
    /// (the time since the last profile point was spent there).
    /// Never allocates GC objects or runs Lua code.
    #[cold]
    #[inline(never)]
    pub fn profile_point(&mut self, at_entry: bool) {
        PENDING.store(false, Relaxed);
        let head = RING_HEAD.load(Acquire);
        let tail = RING_TAIL.load(Relaxed);
        if head == tail {
            return;
        }
        let samples: Vec<(u32, usize)> = (tail..head)
            .map(|i| {
                (
                    RING_STATE[i % RING].load(Relaxed),
                    RING_ADDR[i % RING].load(Relaxed),
                )
            })
            .collect();
        // Only now may the handler reuse those slots.
        RING_TAIL.store(head, Relaxed);
        if self.profiler.is_none() {
            return;
        }
        let frames: Vec<Frame> = frames_of(self.cur)
            .skip(at_entry as usize)
            .filter(|f| !f.tail)
            .take(64)
            .collect();
        // Outermost first: labels of the Lua and native functions on the stack.
        let mut stack: Vec<String> = Vec::with_capacity(frames.len());
        let mut leaf: Option<(String, String)> = None;
        let names = &mut self.profiler.as_mut().expect("profiler").names;
        for (i, fr) in frames.iter().enumerate() {
            let Some(f) = fr.func.as_function() else {
                continue;
            };
            let label = if f.is_lua() {
                let p = f.proto();
                let key = proto_key(p);
                let named = frames
                    .get(i + 1)
                    .and_then(function_name)
                    .map(|(_, n)| format!("{n} ({key})"));
                match named {
                    Some(n) => {
                        names.entry(key).or_insert_with(|| n.clone());
                        n
                    }
                    None => names.get(&key).cloned().unwrap_or(key),
                }
            } else {
                "[C function]".to_string()
            };
            if leaf.is_none() {
                let line = match (f.is_lua(), fr.pc) {
                    (true, Some(pc)) => {
                        let p = f.proto();
                        let at = p.pc_of(pc).saturating_sub(1);
                        format!("{}:{}", chunk(p), p.body().line_at(at))
                    }
                    _ => label.clone(),
                };
                leaf = Some((label.clone(), line));
            }
            stack.push(label);
        }
        stack.reverse();
        let leaf = leaf.unwrap_or_else(|| ("[unknown]".to_string(), "[unknown]".to_string()));
        for (word, addr) in samples {
            let kind = State::ALL
                .get(kind_of(word) as usize)
                .copied()
                .unwrap_or(State::Interp);
            let mut trace = 0;
            let (mut func, mut line) = leaf.clone();
            let mut extra: Option<String> = None;
            if kind == State::Trace {
                trace = word >> 8;
                let spot = self.with_jit(|jit, _| jit.locate(trace, addr)).flatten();
                if let Some(s) = spot {
                    trace = s.trace;
                    let key = proto_key(s.proto);
                    let names = &mut self.profiler.as_mut().expect("profiler").names;
                    if let Some(n) = s.name {
                        names
                            .entry(key.clone())
                            .or_insert_with(|| format!("{n} ({key})"));
                    }
                    let label = names.get(&key).cloned().unwrap_or(key);
                    line = format!(
                        "{}:{}",
                        chunk(s.proto),
                        s.proto.body().line_at(s.proto.pc_of(s.pc))
                    );
                    if stack.last() != Some(&label) {
                        extra = Some(label.clone());
                    }
                    func = label;
                }
            }
            let marker = match kind {
                State::Gc => Some("[GC]"),
                State::Compiler => Some("[trace compiler]"),
                _ => None,
            };
            let p = self.profiler.as_mut().expect("profiler");
            let d = &mut p.data;
            d.total += 1;
            d.states[kind as usize] += 1;
            *d.functions.entry(func).or_default() += 1;
            *d.lines.entry(line).or_default() += 1;
            *d.traces.entry(trace).or_default() += 1;
            if p.opts.folded {
                let mut s = stack.join(";");
                for part in extra.iter().map(|s| s.as_str()).chain(marker) {
                    if !s.is_empty() {
                        s.push(';');
                    }
                    s.push_str(part);
                }
                if s.is_empty() {
                    s.push_str("[unknown]");
                }
                *d.stacks.entry(s.replace(' ', "_")).or_default() += 1;
            }
        }
    }
}

/// Writes a finished profile where its options say (stderr by default).
pub fn write_report(opts: &Options, report: &Report) -> Result<(), String> {
    use std::io::Write;
    let text = report.render(opts);
    match &opts.file {
        Some(path) if path != "-" => {
            std::fs::write(path, text).map_err(|e| format!("cannot write {path}: {e}"))
        }
        _ => {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(text.as_bytes());
            let _ = err.flush();
            Ok(())
        }
    }
}

/// A prototype's place: `chunk:linedefined` (`chunk` alone for a main chunk).
fn proto_key(p: crate::value::Gc<crate::func::Proto>) -> String {
    let ld = p.body().line_defined;
    if ld == 0 {
        format!("main chunk ({})", chunk(p))
    } else {
        format!("{}:{}", chunk(p), ld)
    }
}

fn chunk(p: crate::value::Gc<crate::func::Proto>) -> String {
    let id = crate::compiler::chunk_id(p.body().chunkname.as_bytes());
    String::from_utf8_lossy(&id).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options() {
        assert_eq!(parse_options("").unwrap(), Options::default());
        let o = parse_options("flvi2.5,out.txt").unwrap();
        assert_eq!(o.modes, vec!['f', 'l', 'v']);
        assert_eq!(o.interval_us, 2500);
        assert_eq!(o.file.as_deref(), Some("out.txt"));
        assert!(parse_options("G").unwrap().folded);
        assert!(parse_options("x").unwrap_err().contains("unknown mode 'x'"));
        assert!(parse_options("i").is_err());
        assert!(parse_options("i0").is_err());
        assert!(parse_options("f,").is_err());
    }
}
