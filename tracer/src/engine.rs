//! The trace compiler as the VM sees it: hot loops start recordings, finished
//! recordings are optimised, assembled by the backend and attached to their
//! loop header, and traces run until they exit back to the interpreter.

use crate::dump;
use crate::ir::*;
use crate::params::{Flags, Params};
use crate::record::{Abort, RecordParams, Recorder, RootInfo, SideOf, Step, TraceEnd};
use crate::trace::{Backend, ExitState, Trace};
use lunavm_vm::bytecode::{Ins as BcIns, Op};
use lunavm_vm::jit::Jit;
use lunavm_vm::profile::{State as ProfState, StateScope};
use lunavm_vm::{LuaResult, Value, Vm};
use std::collections::HashMap;
use std::io::Write;

/// Where and what the diagnostics print.
pub struct DumpOpts {
    /// LuaJIT's `-jdump` letters: t events, b bytecode, i IR, s snapshots,
    /// m machine code, x exits, a aborts.
    pub flags: String,
    /// `-jv`: one line per trace event instead.
    pub verbose: bool,
    pub out: Box<dyn Write>,
}

impl DumpOpts {
    fn has(&self, c: char) -> bool {
        self.flags.contains(c)
    }
}

/// Counters for the dump's statistics.
#[derive(Default, Clone, Debug)]
pub struct Stats {
    pub traces: u32,
    pub aborts: u32,
    pub exits: u64,
    pub compile_time: std::time::Duration,
}

pub struct Engine {
    backend: Box<dyn Backend>,
    /// Trace n at index n (index 0 unused).
    traces: Vec<Option<Trace>>,
    rec: Option<Recorder>,
    rec_started: Option<std::time::Instant>,
    pub params: Params,
    pub flags: Flags,
    enabled: bool,
    pub dump: Option<DumpOpts>,
    /// Aborts per header pc; a header that keeps aborting is blacklisted.
    penalties: HashMap<usize, u32>,
    /// State of the jitter added to abort penalties (an LCG).
    jitter: u64,
    pub stats: Stats,
    exit: ExitState,
    /// The most slots any trace spans (from its base): recursing traces stop
    /// before the stack cannot hold that many above their base.
    max_span: usize,
    /// Some trace calls C functions: Lua's buffered standard output is
    /// written out before a trace runs, so that what C prints comes after it.
    traces_call_c: bool,
    /// `--perf-map`: every trace's code is listed in `/tmp/perf-<pid>.map`.
    pub perf_map: Option<crate::perfmap::PerfMap>,
}

/// Aborts after which a loop header is no longer hot-counted.
const BLACKLIST_AFTER: u32 = 6;

impl Engine {
    pub fn new(backend: Box<dyn Backend>) -> Engine {
        Engine {
            backend,
            traces: vec![None],
            rec: None,
            rec_started: None,
            params: Params::default(),
            flags: Flags::default(),
            enabled: true,
            dump: None,
            penalties: HashMap::new(),
            jitter: 0x2545_f491_4f6c_dd1d,
            stats: Stats::default(),
            exit: ExitState::default(),
            max_span: 1,
            traces_call_c: false,
            perf_map: None,
        }
    }

    pub fn trace(&self, n: u32) -> Option<&Trace> {
        self.traces.get(n as usize).and_then(|t| t.as_ref())
    }

    pub fn num_traces(&self) -> usize {
        self.traces.iter().filter(|t| t.is_some()).count()
    }

    fn say(&mut self, line: impl FnOnce() -> String) {
        if let Some(d) = &mut self.dump {
            let _ = writeln!(d.out, "{}", line());
            let _ = d.out.flush();
        }
    }

    fn dumping(&self, c: char) -> bool {
        self.dump.as_ref().is_some_and(|d| !d.verbose && d.has(c))
    }

    fn verbose(&self) -> bool {
        self.dump.as_ref().is_some_and(|d| d.verbose)
    }

    fn next_trace_no(&self) -> u32 {
        self.traces.len() as u32
    }

    /// Finishes a recording: optimise, assemble, attach.
    fn finish(&mut self, mut rec: Recorder, end: TraceEnd) -> Result<u32, Abort> {
        rec.final_snapshot()?;
        let no = self.next_trace_no();
        let proto = rec.start_proto();
        // SAFETY: the header pointer points into `proto`'s code.
        let original = unpatch(&self.traces, unsafe { *rec.header_pc });
        let mut max_slot = rec.max_slot();
        if let (TraceEnd::Link(n), Some(s)) = (end, rec.snaps.last()) {
            // The linked trace runs on from this one's frame: its slots count.
            if let Some(target) = self.trace(n) {
                max_slot = max_slot.max(s.base + target.max_slot);
            }
        }
        let side = rec.side;
        self.traces_call_c |= rec.calls_c;
        debug_verify(&rec.ir, &rec.snaps, "recording");
        let mut loop_ref = None;
        if end == TraceEnd::Loop && self.flags.loop_ {
            let end_slots = rec.end_slots();
            let max_snap = self.params.maxsnap as usize;
            match crate::loop_opt::run(&mut rec.ir, &mut rec.snaps, &end_slots, max_snap) {
                Ok(lp) => {
                    loop_ref = Some(lp);
                    debug_verify(&rec.ir, &rec.snaps, "LOOP");
                }
                Err(why) => self.say_event(|| format!("---- TRACE {no} no LOOP: {why}")),
            }
        }
        if loop_ref.is_none() {
            // Its machine code writes the final snapshot back: cdata kept
            // virtual are boxed there.
            crate::xmem::box_final_snapshot(&mut rec.ir, &mut rec.snaps)?;
            debug_verify(&rec.ir, &rec.snaps, "boxing at the end");
        }
        let returned_into = rec.returned_into().to_vec();
        let mut t = Trace {
            no,
            ir: rec.ir,
            snaps: rec.snaps,
            proto,
            header_pc: rec.header_pc,
            start_pc: rec.start_pc,
            original,
            end,
            max_slot,
            loop_ref,
            side,
            nsides: 0,
            code: None,
            entries: 0,
            exits: 0,
            pc_protos: Vec::new(),
            inlined_names: Vec::new(),
            plans: Vec::new(),
        };
        (t.pc_protos, t.inlined_names) = pc_protos(&rec.trail, &t, &returned_into);
        if self.flags.dce {
            crate::dce::run(&mut t);
            debug_verify(&t.ir, &t.snaps, "DCE");
        }
        if self.dumping('b') {
            let lines: Vec<String> = rec
                .trail
                .iter()
                .map(|&(pc, depth)| {
                    // SAFETY: recorded pcs point into live prototypes' code.
                    let ins = unsafe { *pc };
                    format!(
                        "{}{}",
                        ". ".repeat(depth as usize),
                        bc_text(unpatch(&self.traces, ins))
                    )
                })
                .collect();
            self.say(|| format!("---- TRACE {no} bytecode\n{}", lines.join("\n")));
        }
        if (self.dumping('i') || self.dumping('s')) && !self.dumping('r') {
            let text = dump::ir_text(&t.ir, &t.snaps);
            self.say(|| format!("---- TRACE {no} IR\n{}", text.trim_end()));
        }
        let traces = &self.traces;
        let entry_of = |n: u32| -> Option<usize> {
            traces
                .get(n as usize)
                .and_then(|t| t.as_ref())
                .and_then(|t| t.code.as_ref())
                .map(|c| c.entry)
        };
        let parent = side.and_then(|s| traces.get(s.parent as usize).and_then(|t| t.as_ref()));
        if let (Some(p), Some(s)) = (parent, side) {
            // The entry boxes cdata its parent's exit kept virtual, and
            // leaves through snapshot 0 when a collection is then due.
            let boxes = p
                .snaps
                .get(s.snap as usize)
                .is_some_and(|ps| crate::xmem::snap_has_virtual(&p.ir, ps));
            if let (true, Some(s0)) = (boxes, t.snaps.first_mut()) {
                s0.gc_exit = true;
            }
        }
        let code = self
            .backend
            .assemble(&t, &entry_of, parent)
            .map_err(|e| Abort(format!("assembler: {e}")))?;
        if self.dumping('r') {
            // The IR again, with where each value lives.
            let backend = &self.backend;
            let name = |n: u8| backend.reg_name(n);
            let text = dump::ir_text_with(&t.ir, &t.snaps, Some((&code.locs, &name)));
            self.say(|| format!("---- TRACE {no} IR\n{}", text.trim_end()));
        }
        if self.dumping('m') {
            let listing = self.backend.listing(&code, &t.ir);
            self.say(|| {
                format!(
                    "---- TRACE {no} mcode {}\n{}",
                    code.size,
                    listing.trim_end()
                )
            });
        }
        let entry = code.entry;
        if let Some(map) = &mut self.perf_map {
            map.add_runtime(self.backend.runtime_code());
            let place = crate::dump::pc_text(t.proto, t.start_pc);
            map.add(entry, code.size, &format!("TRACE_{no}::{place}"));
        }
        t.code = Some(code);
        match side {
            Some(s) => {
                // The parent's exit now continues in the side trace.
                let parent = self.traces[s.parent as usize]
                    .as_mut()
                    .ok_or_else(|| Abort("parent trace gone".into()))?;
                let stub = parent
                    .code
                    .as_ref()
                    .and_then(|c| c.exit_stubs.get(s.snap as usize).copied())
                    .unwrap_or(0);
                if stub == 0 {
                    return Err(Abort("parent exit has no stub".into()));
                }
                parent.nsides += 1;
                self.backend
                    .patch_exit(stub, entry)
                    .map_err(|e| Abort(format!("patching the exit: {e}")))?;
            }
            None => crate::patch::attach(&t),
        }
        self.max_span = self.max_span.max(t.max_slot.max(0) as usize + 1);
        let what = end.name();
        self.say_event(|| format!("---- TRACE {no} stop -> {what}"));
        self.traces.push(Some(t));
        self.stats.traces += 1;
        Ok(no)
    }

    /// A trace event line: `-jv` form or the dump's `t` form.
    fn say_event(&mut self, dump_line: impl FnOnce() -> String) {
        if self.dumping('t') {
            self.say(dump_line);
        }
    }

    fn abort_recording(&mut self, vm: &mut Vm, why: &str) {
        let Some(rec) = self.rec.take() else {
            return;
        };
        vm.set_jit_recording(false);
        self.stats.aborts += 1;
        let place = rec.place();
        if let Some(s) = rec.side {
            self.side_failed(s);
            if self.verbose() {
                self.say(|| format!("[TRACE --- {place} -- {why}]"));
            } else {
                let no = self.next_trace_no();
                self.say_event(|| format!("---- TRACE {no} abort {place} -- {why}"));
            }
            return;
        }
        let key = rec.header_pc as usize;
        let n = self.penalties.entry(key).or_insert(0);
        *n += 1;
        let blacklisted = *n >= BLACKLIST_AFTER;
        let no = self.next_trace_no();
        if self.verbose() {
            self.say(|| format!("[TRACE --- {place} -- {why}]"));
        } else {
            self.say_event(|| format!("---- TRACE {no} abort {place} -- {why}"));
        }
        if blacklisted {
            crate::patch::blacklist(rec.header_pc);
            self.say(|| format!("---- blacklisted {place} after {BLACKLIST_AFTER} aborts"));
        } else {
            // Wait a jittered amount before the next attempt, so that it
            // starts in another iteration (a short loop recorded from its
            // last iteration always leaves it). Not longer waits, as
            // LuaJIT's penalty: counters are shared by hashed pcs, and a
            // function aborting often would hold back a loop sharing its
            // counter.
            self.jitter = self
                .jitter
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let wait = (2 * self.params.hotloop).saturating_sub(1) + (self.jitter >> 60) as u32;
            vm.penalize_hot(rec.header_pc, wait.min(u16::MAX as u32) as u16);
        }
    }

    /// Writes the exit's snapshot back into the interpreter's stack (relative
    /// to the trace's base at the exit) and points the thread at its frame.
    fn restore(&mut self, vm: &mut Vm) -> LuaResult<()> {
        let Some(t) = self
            .traces
            .get_mut(self.exit.trace as usize)
            .and_then(|t| t.as_mut())
        else {
            return Ok(());
        };
        t.exits += 1;
        let snap_no = self.exit.snap as usize;
        let Some(snap) = t.snaps.get_mut(snap_no) else {
            return Ok(());
        };
        snap.count += 1;
        let code = t.code.as_ref().expect("a running trace has code");
        let th = vm.current_thread();
        let base0 = (self.exit.base - th.stack_ptr() as usize) / std::mem::size_of::<Value>();
        // A trace that leaves to the interpreter wrote its final snapshot back.
        let written = t.end.leaves() && snap_no + 1 == t.snaps.len();
        if t.plans.len() < t.snaps.len() {
            t.plans.resize(t.snaps.len(), None);
        }
        let snap = &t.snaps[snap_no];
        if !written {
            let plan = t.plans[snap_no]
                .get_or_insert_with(|| crate::restore::plan(&t.ir, code, &snap.entries));
            if let Some(plan) = plan.as_deref() {
                let stack = &mut th.body_mut().stack;
                for &(slot, src) in plan {
                    stack[(base0 as i64 + slot as i64) as usize] =
                        crate::restore::value_from(src, &self.exit);
                }
            } else {
                // C data the trace kept virtual (references, 64-bit integers,
                // pointers) become cdata now.
                let mut boxed = Vec::new();
                for e in &snap.entries {
                    if let Some(ty) = crate::xmem::virtual_cdata(&t.ir, e.r) {
                        let addr = crate::restore::raw_bits(code, &self.exit, e.r);
                        let cd = vm.new_cdata(ty, 8)?;
                        cd.payload_mut().copy_from_slice(&addr.to_le_bytes());
                        boxed.push((e.r, cd.to_value()));
                    }
                }
                let stack = &mut th.body_mut().stack;
                for e in &snap.entries {
                    let v = match boxed.iter().find(|b| b.0 == e.r) {
                        Some(&(_, v)) => v,
                        None => crate::restore::value_of(&t.ir, code, &self.exit, e.r),
                    };
                    stack[(base0 as i64 + e.slot as i64) as usize] = v;
                }
            }
            let stack = &mut th.body_mut().stack;
            for l in &snap.links {
                stack[(base0 as i64 + l.slot as i64) as usize] = Value::from_bits(l.link);
            }
        }
        let base = (base0 as i64 + snap.base as i64) as usize;
        let top = (base0 as i64 + snap.top as i64) as usize;
        let tb = th.body_mut();
        tb.base = base;
        tb.pc = snap.pc;
        tb.top = top;
        // The interpreter's frame needs its extra slots (a recursing trace may
        // have stopped right at the stack's end).
        vm.ensure_stack_slots(top)
    }

    /// Whether the last exit was through a `gc_exit` snapshot.
    fn exited_for_gc(&self) -> bool {
        self.trace(self.exit.trace)
            .and_then(|t| t.snaps.get(self.exit.snap as usize))
            .is_some_and(|s| s.gc_exit)
    }

    /// A side trace from `s` was aborted: its exit is given up on after
    /// `tryside` of them.
    fn side_failed(&mut self, s: SideOf) {
        let snap = self
            .traces
            .get_mut(s.parent as usize)
            .and_then(|t| t.as_mut())
            .and_then(|t| t.snaps.get_mut(s.snap as usize));
        if let Some(snap) = snap {
            snap.tries += 1;
        }
    }

    /// After an exit: an exit taken `hotexit` times starts a side trace there.
    fn maybe_start_side(&mut self, vm: &mut Vm) {
        if !self.enabled || self.rec.is_some() || vm.jit_recording() {
            return;
        }
        let (tn, sn) = (self.exit.trace, self.exit.snap);
        let Some(t) = self.trace(tn) else {
            return;
        };
        let Some(snap) = t.snaps.get(sn as usize) else {
            return;
        };
        let pinned_first = sn == 0 && t.checks_stack();
        let final_exit = t.end.leaves() && sn as usize + 1 == t.snaps.len();
        // A trace that leaves at a loop's header lets that loop get hot; one
        // that leaves at a call the recorder cannot make would only start
        // another there.
        let at_loop = || {
            // SAFETY: a snapshot's pc points into its function's code, which
            // the trace keeps alive.
            let op = Op::from_u8(unsafe { *snap.pc }.op_byte());
            op.is_some_and(|op| {
                matches!(op, Op::FORL | Op::ITERL | Op::LOOP | Op::CALL | Op::CALLM)
            })
        };
        if snap.count < self.params.hotexit
            || pinned_first
            || snap.gc_exit
            || t.nsides >= self.params.maxside
            || self.num_traces() >= self.params.maxtrace as usize
            || snap.tries >= self.params.tryside
            || (final_exit && at_loop())
        {
            return;
        }
        let root_no = t.side.map_or(tn, |s| s.root);
        let Some(root) = self.trace(root_no) else {
            return;
        };
        let info = RootInfo {
            header_pc: root.header_pc,
            start_pc: root.start_pc,
            proto: root.proto,
        };
        let side = SideOf {
            parent: tn,
            snap: sn,
            root: root_no,
        };
        let mut rec = Recorder::new_side(vm, side, &info, self.record_params());
        rec.from_final_exit = final_exit;
        self.begin_recording(vm, rec);
    }

    /// Makes `rec` the recording in progress (with the IR flags of `-O`).
    fn begin_recording(&mut self, vm: &mut Vm, mut rec: Recorder) {
        rec.ir.fold_on = self.flags.fold;
        rec.ir.cse_on = self.flags.cse;
        let no = self.next_trace_no();
        let place = rec.place();
        self.say_event(|| format!("---- TRACE {no} start {place}"));
        self.rec = Some(rec);
        self.rec_started = Some(std::time::Instant::now());
        vm.set_jit_recording(true);
    }

    fn record_params(&self) -> RecordParams {
        RecordParams {
            max_record: self.params.maxrecord as usize,
            max_irconst: self.params.maxirconst as usize,
            max_snap: self.params.maxsnap as usize,
            recunroll: self.params.recunroll as usize,
            loopunroll: self.params.loopunroll as usize,
        }
    }

    /// Throws away every trace and restores the instructions they replaced.
    pub fn flush_all(&mut self, vm: &mut Vm) {
        if self.rec.is_some() {
            self.abort_recording(vm, "flushed");
        }
        for t in self.traces.iter().flatten() {
            if t.side.is_none() {
                crate::patch::detach(t);
            }
        }
        self.traces.truncate(1);
        self.max_span = 1;
        self.backend.flush();
        self.penalties.clear();
        self.say_event(|| "---- TRACE flush".to_string());
    }
}

/// A bytecode instruction for the `b` dump: op name and operands.
/// Runs the IR verifier in debug builds (tests): a pass that breaks the IR
/// stops right there, naming the rule.
fn debug_verify(ir: &crate::irbuf::Ir, snaps: &[crate::snap::Snapshot], after: &str) {
    if cfg!(debug_assertions) {
        if let Err(e) = crate::verify::check(ir, snaps) {
            panic!("IR verifier, after {after}: {e}");
        }
    }
}

/// The original op of a trace-entry op (J-op with the trace number in D),
/// from the engine's own table: while the engine runs, the VM's is out of
/// reach. Other ops are returned as they are.
fn unpatch(traces: &[Option<Trace>], ins: BcIns) -> BcIns {
    match Op::from_u8(ins.op_byte()) {
        Some(op) if op.is_trace_entry() => original_of(traces, ins.d()),
        _ => ins,
    }
}

/// The op trace `n`'s header had before it was patched (a flushed trace's
/// header is left as a non-counting loop).
fn original_of(traces: &[Option<Trace>], n: u32) -> BcIns {
    traces
        .get(n as usize)
        .and_then(|t| t.as_ref())
        .map_or(BcIns::ad(Op::ILOOP, 0, 0), |t| t.original)
}

fn bc_text(ins: BcIns) -> String {
    match Op::from_u8(ins.op_byte()) {
        Some(op) if op.is_ad() => format!("{:<6} {:>3} {:>5}", op.name(), ins.a(), ins.d()),
        Some(op) => format!(
            "{:<6} {:>3} {:>3} {:>3}",
            op.name(),
            ins.a(),
            ins.b(),
            ins.c()
        ),
        None => format!("?{:#x}", ins.0),
    }
}

impl Jit for Engine {
    // The trait's contract: `pc` is the address of the running header op.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    fn hot(&mut self, vm: &mut Vm, pc: *const BcIns) -> bool {
        let _state = StateScope::enter(ProfState::Compiler);
        if !self.enabled || self.rec.is_some() {
            return false;
        }
        if self.num_traces() >= self.params.maxtrace as usize {
            return false;
        }
        // SAFETY: the interpreter passes the hot header op's address.
        let op = unpatch(&self.traces, unsafe { *pc }).op();
        if op == Op::FUNCV {
            // Vararg functions move their frame: not traced yet.
            return false;
        }
        let rec = Recorder::new(vm, pc, self.record_params());
        self.begin_recording(vm, rec);
        true
    }

    fn record(&mut self, vm: &mut Vm) -> bool {
        let _state = StateScope::enter(ProfState::Compiler);
        let Some(rec) = self.rec.as_mut() else {
            return false;
        };
        let traces = &self.traces;
        match rec.step(vm, &|ins| unpatch(traces, ins)) {
            Ok(Step::Continue) => true,
            Ok(Step::Done(end)) => {
                let rec = self.rec.take().expect("recording");
                vm.set_jit_recording(false);
                let place = rec.place();
                let side = rec.side;
                match self.finish(rec, end) {
                    Ok(no) => {
                        if self.verbose() {
                            let what = match end {
                                TraceEnd::Link(n) => format!("-> {n}"),
                                other => other.name(),
                            };
                            self.say(|| format!("[TRACE {no:>3} {place} {what}]"));
                        }
                    }
                    Err(Abort(why)) => {
                        self.stats.aborts += 1;
                        if let Some(s) = side {
                            self.side_failed(s);
                        }
                        if self.verbose() {
                            self.say(|| format!("[TRACE --- {place} -- {why}]"));
                        } else {
                            self.say_event(|| format!("---- TRACE abort {place} -- {why}"));
                        }
                        if why.contains(crate::trace::CODE_AREA_FULL) {
                            // As LuaJIT: start again with empty code areas.
                            self.flush_all(vm);
                            if self.verbose() {
                                self.say(|| "[TRACE flush]".to_string());
                            }
                        }
                    }
                }
                if let Some(t0) = self.rec_started.take() {
                    self.stats.compile_time += t0.elapsed();
                }
                false
            }
            Err(Abort(why)) => {
                self.abort_recording(vm, &why);
                if let Some(t0) = self.rec_started.take() {
                    self.stats.compile_time += t0.elapsed();
                }
                false
            }
        }
    }

    fn locate(&self, hint: u32, addr: usize) -> Option<lunavm_vm::profile::Spot> {
        let inside = |t: &&Trace| {
            t.code
                .as_ref()
                .is_some_and(|c| addr >= c.entry && addr < c.entry + c.size)
        };
        let found = self
            .trace(hint)
            .filter(inside)
            .or_else(|| self.traces.iter().flatten().find(inside));
        let Some(t) = found else {
            // In a helper the trace called: where the trace starts.
            let t = self.trace(hint)?;
            return Some(lunavm_vm::profile::Spot {
                trace: t.no,
                proto: t.proto,
                pc: t.start_pc,
                name: None,
            });
        };
        let (proto, pc) = spot_in(t, addr);
        let name = t
            .inlined_names
            .iter()
            .find(|(p, _)| *p == proto)
            .map(|(_, n)| n.clone());
        Some(lunavm_vm::profile::Spot {
            trace: t.no,
            proto,
            pc,
            name,
        })
    }

    fn dump_stats(&mut self) {
        if !self.dumping('t') {
            return;
        }
        let mut lines = vec![format!(
            "---- TRACE stats: {} traces, {} aborts, {} exits, {:.1} ms compiling",
            self.stats.traces,
            self.stats.aborts,
            self.stats.exits,
            self.stats.compile_time.as_secs_f64() * 1e3
        )];
        for c in self.trace_counts() {
            lines.push(format!(
                "---- TRACE {} stats {}: entered {}, exited {}",
                c.trace, c.place, c.entries, c.exits
            ));
        }
        self.say(|| lines.join("\n"));
    }

    fn trace_counts(&self) -> Vec<lunavm_vm::profile::TraceCount> {
        self.traces
            .iter()
            .flatten()
            .map(|t| lunavm_vm::profile::TraceCount {
                trace: t.no,
                place: crate::dump::pc_text(t.proto, t.start_pc),
                entries: t.entries,
                exits: t.exits,
            })
            .collect()
    }

    fn abort(&mut self, vm: &mut Vm, why: &str) {
        self.abort_recording(vm, why);
    }

    fn enter(&mut self, vm: &mut Vm, n: u32) -> LuaResult<()> {
        let (entry, max_slot) = match self.traces.get_mut(n as usize) {
            Some(Some(t)) => {
                t.entries += 1;
                (t.code.as_ref().map(|c| c.entry), t.max_slot)
            }
            _ => (None, 0),
        };
        let Some(entry) = entry else {
            return Ok(());
        };
        if self.traces_call_c && vm.stdout_pending() {
            vm.flush_stdout();
        }
        let th = vm.current_thread();
        let base0 = th.body().base;
        vm.ensure_stack_slots(base0 + max_slot.max(0) as usize + 1)?;
        let base = unsafe_base(vm, base0);
        // The highest base at which any trace's frames (and the interpreter's
        // extra slots) still fit: traces that may run at a moved base (function
        // and side traces) exit at their start beyond it.
        let room = vm
            .stack_room()
            .saturating_sub(self.max_span + lunavm_vm::STACK_EXTRA);
        let limit = unsafe_base(vm, room.max(base0));
        self.exit.trace = n;
        // SAFETY: `entry` is a live trace's code, and the stack has room for every
        // slot the trace touches from any base up to `limit` (ensured above).
        let vmp: *mut Vm = vm;
        let state = lunavm_vm::profile::set_trace_state(n);
        unsafe { self.backend.run(entry, base, limit, vmp, &mut self.exit) };
        lunavm_vm::profile::restore_state(state);
        self.stats.exits += 1;
        if self.dumping('x') {
            let (t, s) = (self.exit.trace, self.exit.snap);
            self.say(|| format!("---- TRACE {t} exit {s}"));
        }
        self.restore(vm)?;
        if self.exited_for_gc() {
            // An allocation in the trace found a collection due: the
            // interpreter runs it before resuming (the instruction it
            // resumes at need not be a check point).
            vm.collect_after_exit();
        }
        self.maybe_start_side(vm);
        Ok(())
    }

    fn original(&self, n: u32) -> BcIns {
        original_of(&self.traces, n)
    }

    fn roots(&self, mark: &mut dyn FnMut(Value)) {
        for t in self.traces.iter().flatten() {
            for &v in &t.ir.kgc {
                mark(v);
            }
            mark(t.proto.to_value());
        }
        if let Some(rec) = &self.rec {
            for &v in &rec.ir.kgc {
                mark(v);
            }
        }
    }

    fn set_enabled(&mut self, vm: &mut Vm, on: bool) {
        if !on {
            self.flush_all(vm);
        }
        self.enabled = on;
    }

    fn enabled(&self) -> bool {
        self.enabled
    }

    fn flush(&mut self, vm: &mut Vm) {
        self.flush_all(vm);
    }

    fn set_option(&mut self, vm: &mut Vm, item: &str) -> Result<(), String> {
        let r = crate::params::apply(&mut self.params, &mut self.flags, item);
        vm.set_hotloop(self.params.hotloop);
        self.backend
            .set_limits(self.params.sizemcode, self.params.maxmcode);
        r
    }

    fn flags(&self) -> Vec<String> {
        self.flags.names()
    }
}

/// The address of stack slot `i` of the running thread.
fn unsafe_base(vm: &Vm, i: usize) -> *mut Value {
    // `wrapping_add` keeps this safe to compute; the backend's contract covers
    // the accesses.
    vm.current_thread().stack_ptr().wrapping_add(i)
}

/// Whether an IR op reads memory a trace could have changed (for tests).
pub fn is_memory_op(op: IrOp) -> bool {
    matches!(op.mode(), Mode::Load | Mode::Store)
}

/// The prototype and bytecode position of machine address `addr` in trace
/// `t`'s code: the IR instruction whose code holds it, and the newest
/// snapshot at or before that instruction (its resume pc is the bytecode
/// being run there). The prototype is the trace's own or, for inlined code,
/// that of a function the trace holds as a constant whose code holds the pc.
fn spot_in(t: &Trace, addr: usize) -> (lunavm_vm::value::Gc<lunavm_vm::func::Proto>, *const BcIns) {
    let Some(code) = t.code.as_ref() else {
        return (t.proto, t.start_pc);
    };
    let off = (addr - code.entry) as u32;
    let at = code.marks.partition_point(|&(o, _)| o <= off);
    let Some(&(_, r)) = at.checked_sub(1).and_then(|i| code.marks.get(i)) else {
        return (t.proto, t.start_pc);
    };
    if r >= REF_FIRST && r < t.ir.top() {
        let ins = t.ir.get(r);
        let found = t
            .pc_protos
            .iter()
            .find(|&&(d, idx, _)| d == ins.depth && idx == ins.pc);
        if let Some(&(_, idx, p)) = found {
            // SAFETY: idx indexes p's code (it was recorded there).
            return (p, unsafe { p.code_ptr().add(idx as usize) });
        }
    }
    // Not recorded from a bytecode (exit stubs, the loop's back edge): the
    // bytecode the newest snapshot resumes at.
    let Some(snap) = t.snaps.iter().rev().find(|s| s.r <= r) else {
        return (t.proto, t.start_pc);
    };
    let pc = snap.pc;
    let holds = |p| proto_holds(p, pc);
    if holds(t.proto) {
        return (t.proto, pc);
    }
    t.ir.kgc
        .iter()
        .filter_map(|v| v.as_function())
        .filter(|f| f.is_lua())
        .map(|f| f.proto())
        .find(|&p| holds(p))
        .map_or((t.proto, t.start_pc), |p| (p, pc))
}

type ProtoRef = lunavm_vm::value::Gc<lunavm_vm::func::Proto>;

/// The tables behind [`Trace::pc_protos`] and [`Trace::inlined_names`]:
/// each recorded (instruction, depth) of the trail, with the prototype
/// holding the instruction (the trace's own, that of a function it holds as
/// a constant, or a caller it returned into), and the names inlined
/// functions were called by (a function the trace returned from is named by
/// its caller's call).
#[allow(clippy::type_complexity)]
fn pc_protos(
    trail: &[(*const BcIns, u32)],
    t: &Trace,
    returned_into: &[ProtoRef],
) -> (Vec<(u8, u32, ProtoRef)>, Vec<(ProtoRef, String)>) {
    let candidates: Vec<_> = std::iter::once(t.proto)
        .chain(returned_into.iter().copied())
        .chain(
            t.ir.kgc
                .iter()
                .filter_map(|v| v.as_function())
                .filter(|f| f.is_lua())
                .map(|f| f.proto()),
        )
        .collect();
    let mut out: Vec<(u8, u32, ProtoRef)> = Vec::new();
    let mut names: Vec<(ProtoRef, String)> = Vec::new();
    let mut prev: Option<(u32, u32, ProtoRef)> = None;
    for &(pc, depth) in trail {
        let Some(&p) = candidates.iter().find(|&&p| proto_holds(p, pc)) else {
            prev = None;
            continue;
        };
        let idx = p.pc_of(pc) as u32;
        if let Some((d, i, before)) = prev {
            // A call inlined here: its caller's instruction names the callee.
            if depth == d + 1 && !names.iter().any(|(q, _)| *q == p) {
                if let Some((_, n)) = lunavm_vm::debug::called_name(before, i as usize) {
                    names.push((p, n));
                }
            }
            // A return below the start: the call before the return address.
            let returned = depth == d && p != before && idx > 0;
            if returned && !names.iter().any(|(q, _)| *q == before) {
                if let Some((_, n)) = lunavm_vm::debug::called_name(p, idx as usize - 1) {
                    names.push((before, n));
                }
            }
        }
        prev = Some((depth, idx, p));
        if !out.iter().any(|&(d, i, _)| (d, i) == (depth as u8, idx)) {
            out.push((depth as u8, idx, p));
        }
    }
    (out, names)
}

fn proto_holds(p: lunavm_vm::value::Gc<lunavm_vm::func::Proto>, pc: *const BcIns) -> bool {
    let code = &p.body().code;
    let start = code.as_ptr();
    // SAFETY: one past the end of the code vector.
    pc >= start && pc < unsafe { start.add(code.len()) }
}
