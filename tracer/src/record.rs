//! The recorder: turns the bytecode the interpreter is about to run into IR.
//!
//! It is called before every instruction while a trace records and sees the
//! live values, so it specialises: each assumption about a value (its type,
//! which function a call reaches, a table's shape) becomes a guard. The trace
//! follows the one path the interpreter takes; calls to Lua functions are
//! inlined. The stack is modelled by `slots`: for each slot (relative to the
//! base of the frame the trace started in) the IR value it holds, or none if the
//! trace has not touched it (it is loaded with SLOAD on first use).
//!
//! Recording ends when the loop closes (the interpreter is back at the loop's
//! header in the starting frame), when the trace reaches another trace's entry
//! (it links to it), or aborts with a reason in words.

use crate::ir::*;
use crate::irbuf::{Ir, IrError};
use crate::slots::{SlotMap, MAX_SLOT, UNSET};
use crate::snap::{SnapEntry, SnapLink, Snapshot};
use lunavm_vm::bytecode::{Ins as BcIns, Op};
use lunavm_vm::func::{FastFunc, Function, Proto};
use lunavm_vm::interp::multres_end;
use lunavm_vm::state::Mm;
use lunavm_vm::table::Table;
use lunavm_vm::thread::Thread;
use lunavm_vm::value::Gc;
use lunavm_vm::{Value, Vm};

/// Slots below a frame's base that belong to it (function and link).
const FRAME_SLOTS: i32 = 2;
/// Fewest bytecodes a root trace that leaves to the interpreter (ends in
/// `return` or `interpreter`) must record.
const MIN_LEAVING_ROOT: usize = 60;
/// Deepest inlining of calls.
const MAX_DEPTH: usize = 20;

/// Why recording stopped without a trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Abort(pub String);

impl Abort {
    fn nyi(what: impl std::fmt::Display) -> Abort {
        Abort(format!("NYI: {what}"))
    }
}

impl From<IrError> for Abort {
    fn from(e: IrError) -> Abort {
        Abort(match e {
            IrError::GuardAlwaysFails => "guard would always fail".to_string(),
            IrError::TooLong => "trace too long".to_string(),
        })
    }
}

type Rec<T> = Result<T, Abort>;

/// How a finished trace ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceEnd {
    /// Loops back to its own start.
    Loop,
    /// Continues in another trace (its number), at that trace's start.
    Link(u32),
    /// A function trace that reached a call of its own function (after
    /// `recunroll` inlined levels): the new frame becomes the base and the
    /// trace loops to its start.
    UpRec,
    /// A function trace that reached its function's return: the interpreter
    /// runs the return.
    Return,
    /// A function trace whose bottom frame tail-called its own function: the
    /// trace loops at the same base.
    TailRec,
    /// A trace that returned below its start and came back to its start
    /// instruction in a lower frame: BASE moves down to that frame and the
    /// trace loops.
    DownRec,
    /// A trace that returned below its start and then met something it cannot
    /// record: it writes its state back and the interpreter goes on there.
    Interp,
}

impl TraceEnd {
    /// Whether the trace ends by leaving to the interpreter through its final
    /// snapshot (which its code writes back itself).
    pub fn leaves(self) -> bool {
        matches!(self, TraceEnd::Return | TraceEnd::Interp)
    }

    /// How dumps name the end (LuaJIT's words).
    pub fn name(self) -> String {
        match self {
            TraceEnd::Loop => "loop".to_string(),
            TraceEnd::Link(n) => n.to_string(),
            TraceEnd::UpRec => "up-recursion".to_string(),
            TraceEnd::Return => "return".to_string(),
            TraceEnd::DownRec => "down-recursion".to_string(),
            TraceEnd::TailRec => "tail-recursion".to_string(),
            TraceEnd::Interp => "interpreter".to_string(),
        }
    }
}

/// What a call to `step` decided.
#[derive(Debug)]
pub enum Step {
    /// Keep recording.
    Continue,
    /// The trace is complete.
    Done(TraceEnd),
}

/// The kind of loop a root trace starts at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoopKind {
    /// A numeric for loop (FORL at the end of the body).
    For,
    /// A generic for loop (ITERL at the end of the body).
    Iter,
    /// A while or repeat loop (LOOP at the head of the body).
    While,
    /// A function (FUNCF at the head of its body).
    Func,
}

/// An inlined frame (frame 0 is the one the trace started in, or the caller
/// it returned into).
#[derive(Clone)]
struct Frame {
    /// Base, relative to the trace's starting base.
    base: i32,
    /// The function (None for frame 0 until it is needed).
    func: Option<Ref>,
    proto: Gc<Proto>,
    /// For inlined frames: where the caller resumes, the caller's call slot, and
    /// how many results it wants (-1: all).
    ret_pc: *const BcIns,
    call_a: i32,
    nresults: i32,
    /// It tail-called inside the trace (its return drops the `(tail call)`
    /// levels noted).
    tail_called: bool,
}

/// A look-up of the recorder's parameters.
#[derive(Clone, Copy)]
pub struct RecordParams {
    pub max_record: usize,
    pub max_irconst: usize,
    pub max_snap: usize,
    pub recunroll: usize,
    pub loopunroll: usize,
}

pub struct Recorder {
    pub ir: Ir,
    pub snaps: Vec<Snapshot>,
    /// IR value per slot, relative to the starting base.
    slots: SlotMap,
    frames: Vec<Frame>,
    thread: Gc<Thread>,
    /// Absolute stack index of the trace's starting base.
    base0: usize,
    /// The header op the trace belongs to, and where its body starts.
    pub header_pc: *const BcIns,
    pub start_pc: *const BcIns,
    pub kind: LoopKind,
    /// The instruction being recorded.
    pc: *const BcIns,
    /// The snapshot taken for the current instruction, if any (for reuse).
    snap_pc: *const BcIns,
    /// Number of bytecode instructions recorded.
    pub ninstr: usize,
    params: RecordParams,
    /// Bytecode trail for dumps: (pc, depth).
    pub trail: Vec<(*const BcIns, u32)>,
    /// Set once the loop-closing instruction was recorded.
    closing: bool,
    /// Argument count of the call whose callee's header comes next.
    pending_nargs: Option<i32>,
    /// Set when an instruction ended the trace (function traces).
    end: Option<TraceEnd>,
    /// Where the final snapshot resumes (the start, or a return's pc).
    end_pc: *const BcIns,
    /// Inlined levels of the trace's own function before up-recursion.
    recunroll: usize,
    /// For a side trace: the trace and snapshot it starts from, and its root.
    pub side: Option<SideOf>,
    /// Where a completed loop continues: the root trace's start.
    target_pc: *const BcIns,
    /// The function the root trace starts in (up-recursion is relative to it).
    root_proto: Gc<Proto>,
    /// Where recording began: the hot header, or a side trace's exit pc.
    pub origin_pc: *const BcIns,
    /// The trace attached to the instruction being recorded (a J-op's), if any.
    here_trace: Option<u32>,
    /// Iterations of other loops a side trace may still record through.
    loopunroll: usize,
    /// The interned `"__index"`, `"__newindex"` and `"__eq"`.
    index_name: Value,
    newindex_name: Value,
    eq_name: Value,
    /// The function the trace starts in (frame 0's, until a return below it).
    proto0: Gc<Proto>,
    /// What `type` returns for each IR type of a value.
    type_names: Vec<Option<Value>>,
    /// The functions the trace returned into below its start (`RETF`), in
    /// order.
    retf_protos: Vec<Gc<Proto>>,
    /// A side trace from the final exit of a trace that leaves to the
    /// interpreter (it must get further than its parent).
    pub from_final_exit: bool,
    /// The function header being recorded was reached by a tail call.
    tail_called: bool,
    /// Variable results a return just left for the next instruction, and
    /// those the instruction being recorded takes.
    multres: Option<i32>,
    cur_multres: Option<i32>,
}

/// The recorder's state before an instruction, to undo it when the
/// instruction cannot be recorded after the trace returned below its start
/// (the trace then ends there instead of aborting).
struct Checkpoint {
    ir_top: Ref,
    snaps: usize,
    last_snap: Option<Snapshot>,
    snap_pc: *const BcIns,
    frames: Vec<Frame>,
    pending_nargs: Option<i32>,
    loopunroll: usize,
    retf: usize,
}

/// What a side trace grows from.
#[derive(Clone, Copy, Debug)]
pub struct SideOf {
    pub parent: u32,
    pub snap: u32,
    pub root: u32,
}

/// What a side trace needs to know about its root trace.
pub struct RootInfo {
    pub header_pc: *const BcIns,
    pub start_pc: *const BcIns,
    pub proto: Gc<Proto>,
}

/// Where a constant key is in a table's hash part, as far as recording can
/// tell.
enum KeySlot {
    /// Found: its HREFK.
    Node(Ref),
    /// The hash part is empty (guarded): the key is absent.
    Absent,
    /// Absent now from a non-empty hash part: looked up when the trace runs.
    Lookup,
}

/// The 0-based array part index of integer key `kv` in `live`, if it is
/// within the array part.
fn array_index(live: Gc<Table>, kv: f64) -> Option<usize> {
    (kv >= 1.0 && kv <= live.asize() as f64).then(|| kv as usize - 1)
}

/// `type`'s result for each IR type (by its number), from the VM's interned
/// names.
fn type_names(vm: &Vm) -> Vec<Option<Value>> {
    use IrType::*;
    let names = [
        (Nil, "nil"),
        (False, "boolean"),
        (True, "boolean"),
        (LightUd, "userdata"),
        (Str, "string"),
        (Thread, "thread"),
        (Func, "function"),
        (Cdata, "cdata"),
        (Tab, "table"),
        (Udata, "userdata"),
        (Num, "number"),
        (Int, "number"),
    ];
    let mut v = vec![None; Void as usize + 1];
    for (t, name) in names {
        v[t as usize] = vm.type_name_by(name);
    }
    v
}

/// A key value an array index is made of: an integer-valued number in i32.
fn is_int_key(v: Value) -> bool {
    v.is_number() && {
        let n = v.as_f64();
        n == (n as i32) as f64
    }
}

impl Recorder {
    /// Starts recording a root trace for the loop whose header op is at
    /// `header` (state published: the interpreter continues at the thread's pc,
    /// the loop body's first instruction).
    // The header pointer comes from the interpreter, which only passes the
    // address of the instruction it is running.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn new(vm: &Vm, header: *const BcIns, params: RecordParams) -> Recorder {
        let th = vm.current_thread();
        let t = th.body();
        let func = t.stack[t.base - 2].as_function().expect("a Lua frame");
        // SAFETY: `header` points into the running function's code.
        let hop = unsafe { *header }.op();
        let kind = match hop {
            Op::FORL | Op::JFORL => LoopKind::For,
            Op::ITERL | Op::JITERL => LoopKind::Iter,
            Op::FUNCF | Op::JFUNCF => LoopKind::Func,
            _ => LoopKind::While,
        };
        let mut ir = Ir::new();
        ir.max_ins = params.max_record;
        ir.max_consts = params.max_irconst;
        Recorder {
            ir,
            snaps: Vec::new(),
            slots: SlotMap::new(),
            frames: vec![Frame {
                base: 0,
                func: None,
                proto: func.proto(),
                ret_pc: std::ptr::null(),
                call_a: 0,
                nresults: 0,
                tail_called: false,
            }],
            thread: th,
            base0: t.base,
            header_pc: header,
            // Known at the first step: the hot header op is still finishing.
            start_pc: std::ptr::null(),
            kind,
            pc: std::ptr::null(),
            snap_pc: std::ptr::null(),
            ninstr: 0,
            params,
            trail: Vec::new(),
            closing: false,
            pending_nargs: None,
            end: None,
            end_pc: std::ptr::null(),
            recunroll: params.recunroll,
            side: None,
            target_pc: std::ptr::null(),
            root_proto: func.proto(),
            origin_pc: header,
            here_trace: None,
            loopunroll: params.loopunroll,
            index_name: vm.index_name(),
            newindex_name: vm.metamethod_name(Mm::NewIndex),
            eq_name: vm.metamethod_name(Mm::Eq),
            proto0: func.proto(),
            type_names: type_names(vm),
            retf_protos: Vec::new(),
            from_final_exit: false,
            tail_called: false,
            multres: None,
            cur_multres: None,
        }
    }

    /// Starts recording a side trace at an exit of trace `side.parent` (the
    /// interpreter's state is the snapshot's: the thread's pc is where the
    /// side trace starts). The root's header (its J-op) gives the loop kind.
    pub fn new_side(vm: &Vm, side: SideOf, root: &RootInfo, params: RecordParams) -> Recorder {
        let mut r = Recorder::new(vm, root.header_pc, params);
        r.side = Some(side);
        r.target_pc = root.start_pc;
        r.root_proto = root.proto;
        r.origin_pc = vm.current_thread().body().pc;
        r
    }

    /// Where the recording started, for messages: `file:line`, with the
    /// parent trace and exit for a side trace.
    pub fn place(&self) -> String {
        let at = crate::dump::pc_text(self.start_proto(), self.origin_pc);
        match self.side {
            Some(s) => format!("({}/{}) {at}", s.parent, s.snap),
            None => at,
        }
    }

    /// How a trace that comes back to its loop's start ends: a root loops, a
    /// side trace links to its root.
    fn loop_end(&self) -> TraceEnd {
        match self.side {
            Some(s) => TraceEnd::Link(s.root),
            None => TraceEnd::Loop,
        }
    }

    /// Whether snapshot 0 must stay (the exit of a stack check at the start:
    /// function traces and side traces may run at a moved base).
    fn pins_first_snapshot(&self) -> bool {
        self.kind == LoopKind::Func || self.side.is_some()
    }

    /// The functions the trace returned into below its start, in order.
    pub fn returned_into(&self) -> &[Gc<Proto>] {
        &self.retf_protos
    }

    /// The function whose bytecode the trace starts in.
    pub fn start_proto(&self) -> Gc<Proto> {
        self.proto0
    }

    /// Highest slot (relative to the starting base) any snapshot or load uses.
    pub fn max_slot(&self) -> i32 {
        let mut m = 0;
        for (slot, _) in self.slots.iter() {
            m = m.max(slot + 1);
        }
        for s in &self.snaps {
            m = m.max(s.top);
        }
        m
    }

    /// The IR value each slot holds where the recording stopped (None: never
    /// touched or dropped), by slot relative to the starting base: the state
    /// the next loop iteration starts from (LOOP optimisation reads it).
    pub fn end_slots(&self) -> impl Fn(i32) -> Option<Ref> {
        let slots: std::collections::HashMap<i32, Ref> = self.slots.iter().collect();
        move |slot| slots.get(&slot).copied()
    }

    // --------------------------------------------------------------- the frame

    fn frame(&self) -> &Frame {
        self.frames.last().expect("a frame")
    }
    fn base(&self) -> i32 {
        self.frame().base
    }
    fn proto(&self) -> Gc<Proto> {
        self.frame().proto
    }

    /// The live value of slot `s` of the current frame.
    fn val(&self, s: i32) -> Value {
        let i = (self.base0 as i64 + self.base() as i64 + s as i64) as usize;
        self.thread.body().stack[i]
    }

    /// Slot `s` of the current frame, relative to the starting base.
    fn abs_slot(&self, s: i32) -> Rec<i32> {
        let abs = self.base() + s;
        if !SlotMap::in_range(abs) {
            return Err(Abort("too many stack slots".into()));
        }
        Ok(abs)
    }

    /// The IR value of slot `s` of the current frame, loading it if needed.
    fn get(&mut self, s: i32) -> Rec<Ref> {
        let abs = self.abs_slot(s)?;
        let r = self.slots.get(abs);
        if r != UNSET {
            return Ok(r);
        }
        let v = self.val(s);
        let t = IrType::of(v);
        // Loads of the slots the trace starts with check their type.
        self.need_snap()?;
        let r = self
            .ir
            .emit(Ins::new(IrOp::SLOAD, t, abs as u32, sload::TYPECHECK).guarded())?;
        self.slots.put(abs, r);
        Ok(r)
    }

    /// What `slots` holds for slot `s` of the current frame (UNSET if the
    /// trace has not touched it), to put back after a temporary change.
    fn slot_ref(&self, s: i32) -> Rec<Ref> {
        Ok(self.slots.get(self.abs_slot(s)?))
    }

    fn set(&mut self, s: i32, r: Ref) -> Rec<()> {
        let abs = self.abs_slot(s)?;
        self.slots.put(abs, r);
        Ok(())
    }

    /// Forgets slots `from..to` (relative to the starting base): what they
    /// held is dead.
    fn forget(&mut self, from: i32, to: i32) {
        for abs in from.max(crate::slots::MIN_SLOT)..to.min(MAX_SLOT) {
            self.slots.put(abs, UNSET);
        }
    }

    fn ty(&self, r: Ref) -> IrType {
        self.ir.get(r).t
    }

    // ------------------------------------------------------------- snapshots

    /// Makes sure a snapshot for the current instruction (exiting to it) exists.
    fn need_snap(&mut self) -> Rec<()> {
        // Guards never share the pinned snapshot 0: its exit gets no side
        // trace.
        let only_pinned = self.pins_first_snapshot() && self.snaps.len() == 1;
        if !only_pinned
            && self.snap_pc == self.pc
            && self.snaps.last().is_some_and(|s| s.pc == self.pc)
        {
            return Ok(());
        }
        self.take_snap(self.pc)
    }

    /// Takes a snapshot of the current state resuming at `pc`.
    fn take_snap(&mut self, pc: *const BcIns) -> Rec<()> {
        let r = self.ir.top();
        let snap = self.build_snap(r, pc);
        // A snapshot no instruction uses yet is replaced, not kept; except a
        // function trace's first, which its stack check exits through.
        let pinned = self.pins_first_snapshot() && self.snaps.len() == 1;
        if !pinned && self.snaps.last().is_some_and(|s| s.r == r) {
            self.snaps.pop();
        }
        if self.snaps.len() >= self.params.max_snap {
            return Err(Abort("too many snapshots".into()));
        }
        self.snaps.push(snap);
        self.snap_pc = pc;
        Ok(())
    }

    fn build_snap(&self, r: Ref, pc: *const BcIns) -> Snapshot {
        let fr = self.frame();
        let mut top = fr.base + fr.proto.body().frame_size as i32;
        if let (Some(n), true) = (self.cur_multres, pc == self.pc) {
            // An exit at an instruction taking variable results: `top` is
            // just past them (the interpreter counts them from it).
            // SAFETY: pc is the instruction being recorded.
            let ins = unsafe { *pc };
            let op = Op::from_u8(ins.op_byte());
            if let Some(end) = op.and_then(|op| multres_end(op, ins, n as usize)) {
                top = fr.base + end as i32;
            }
        }
        let mut entries = Vec::new();
        for (slot, sr) in self.slots.iter() {
            if slot >= top {
                continue;
            }
            // An unchanged slot still holds what was loaded from it.
            let ins = self.ir.get(sr);
            if ins.op == IrOp::SLOAD && ins.op1 as i32 == slot {
                continue;
            }
            entries.push(SnapEntry { slot, r: sr });
        }
        let links = self.frames[1..]
            .iter()
            .map(|f| SnapLink {
                slot: f.base - 1,
                link: f.ret_pc as u64,
            })
            .collect();
        Snapshot {
            r,
            pc,
            base: fr.base,
            top,
            depth: self.frames.len() as u32 - 1,
            entries,
            links,
            count: 0,
            tries: 0,
        }
    }

    /// Emits a guard that exits to the current instruction.
    fn guard(&mut self, ins: Ins) -> Rec<Ref> {
        self.need_snap()?;
        Ok(self.ir.emit(ins.guarded())?)
    }

    /// Emits a guard that exits to `pc` (the branch the trace does not take).
    fn guard_to(&mut self, ins: Ins, pc: *const BcIns) -> Rec<Ref> {
        self.take_snap(pc)?;
        let r = self.ir.emit(ins.guarded())?;
        // The next guard of this instruction needs its own snapshot again.
        self.snap_pc = std::ptr::null();
        Ok(r)
    }

    // ------------------------------------------------------------ the driver

    /// Records the instruction at the thread's pc (about to run). `unpatch`
    /// gives the original op of a trace-entry op (the engine's table: the
    /// VM's may be out of reach while the engine runs).
    pub fn step(&mut self, vm: &Vm, unpatch: &dyn Fn(BcIns) -> BcIns) -> Rec<Step> {
        let th = vm.current_thread();
        if th != self.thread {
            return Err(Abort("coroutine switch".into()));
        }
        let t = th.body();
        let pc = t.pc;
        let expect_base = (self.base0 as i64 + self.base() as i64) as usize;
        if t.base != expect_base {
            return Err(Abort("frame changed outside the trace".into()));
        }
        if self.closing {
            // The loop-closing instruction ran: it must have looped.
            return if pc == self.target_pc && self.frames.len() == 1 {
                Ok(Step::Done(self.loop_end()))
            } else {
                Err(Abort(format!(
                    "loop left while closing (at {} not {}, depth {})",
                    self.proto().pc_of(pc),
                    self.proto().pc_of(self.target_pc),
                    self.frames.len()
                )))
            };
        }
        self.pc = pc;
        if self.start_pc.is_null() {
            self.start_pc = pc;
            if self.target_pc.is_null() {
                self.target_pc = pc;
            }
            if self.pins_first_snapshot() {
                // Snapshot 0: the function's body about to start, nothing
                // changed yet (the exit for a failed stack check).
                self.take_snap(pc)?;
            }
        }
        let proto = self.proto();
        let idx = proto.pc_of(pc);
        if idx >= proto.body().code.len() {
            return Err(Abort("pc outside the function".into()));
        }
        self.ir.cur_pc = idx as u32;
        self.ir.cur_depth = (self.frames.len() - 1) as u8;
        self.trail.push((pc, self.frames.len() as u32 - 1));
        self.ninstr += 1;
        // SAFETY: pc points into the current prototype's code (checked above).
        let ins = unsafe { *pc };
        self.here_trace = Op::from_u8(ins.op_byte())
            .filter(|o| o.is_trace_entry())
            .map(|_| ins.d());
        let ins = unpatch(ins);
        let op = ins.op();
        if pc == self.start_pc && self.frames.len() == 1 && !self.retf_protos.is_empty() {
            self.end_pc = pc;
            return Ok(Step::Done(TraceEnd::DownRec));
        }
        let at_header = self.frames.len() == 1 && pc == self.header_pc;
        if at_header && self.kind == LoopKind::While {
            return Ok(Step::Done(self.loop_end()));
        }
        self.slots.begin();
        self.cur_multres = self.multres.take();
        let undo = (!self.retf_protos.is_empty()).then(|| self.checkpoint());
        if let Err(e) = self.record_ins(vm, ins, op, unpatch) {
            match undo {
                // A function header resumes only right after its call.
                Some(cp) if !matches!(op, Op::FUNCF | Op::FUNCV | Op::IFUNCF | Op::IFUNCV) => {
                    self.restore(cp);
                    self.end_pc = pc;
                    self.end = Some(TraceEnd::Interp);
                }
                _ => return Err(e),
            }
        }
        if let Some(end) = self.end {
            if end.leaves() && self.side.is_none() && self.ninstr < MIN_LEAVING_ROOT {
                // Each run would pay a trace exit, which costs more than
                // interpreting this much.
                return Err(Abort(
                    "trace too short to pay for leaving to the interpreter".into(),
                ));
            }
            return Ok(Step::Done(end));
        }
        if at_header {
            self.closing = true;
        }
        Ok(Step::Continue)
    }

    fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            ir_top: self.ir.top(),
            snaps: self.snaps.len(),
            last_snap: self.snaps.last().cloned(),
            snap_pc: self.snap_pc,
            frames: self.frames.clone(),
            pending_nargs: self.pending_nargs,
            loopunroll: self.loopunroll,
            retf: self.retf_protos.len(),
        }
    }

    fn restore(&mut self, cp: Checkpoint) {
        self.slots.undo();
        self.ir.truncate(cp.ir_top);
        self.snaps.truncate(cp.snaps.saturating_sub(1));
        self.snaps.extend(cp.last_snap);
        self.snap_pc = cp.snap_pc;
        self.frames = cp.frames;
        self.pending_nargs = cp.pending_nargs;
        self.loopunroll = cp.loopunroll;
        self.retf_protos.truncate(cp.retf);
        self.trail.pop();
        self.multres = None;
    }

    fn record_ins(
        &mut self,
        _vm: &Vm,
        ins: BcIns,
        op: Op,
        unpatch: &dyn Fn(BcIns) -> BcIns,
    ) -> Rec<()> {
        let a = ins.a() as i32;
        let b = ins.b() as i32;
        let c = ins.c() as i32;
        let d = ins.d();
        match op {
            // --- Constants and moves
            Op::KSTR => {
                let k = self.kgc_str(d);
                self.set(a, k)?;
            }
            Op::KSHORT => {
                let k = self.ir.knum(ins.ds() as f64);
                self.set(a, k)?;
            }
            Op::KNUM => {
                let k = self.knum(d);
                self.set(a, k)?;
            }
            Op::KPRI => {
                let t = match d {
                    0 => IrType::Nil,
                    1 => IrType::False,
                    _ => IrType::True,
                };
                let k = self.ir.kpri(t);
                self.set(a, k)?;
            }
            // --- Allocation (a helper; exits when a collection is due)
            Op::TNEW => {
                let narr = d & ((1 << lunavm_vm::bytecode::TNEW_ARRAY_BITS) - 1);
                let hbits = d >> lunavm_vm::bytecode::TNEW_ARRAY_BITS;
                let nhash = if hbits == 0 { 0 } else { 1u32 << (hbits - 1) };
                let ins = Ins::new(IrOp::TNEW, IrType::Tab, narr.saturating_sub(1), nhash);
                let t = self.guard(ins)?;
                self.set(a, t)?;
            }
            Op::TDUP => {
                let tpl = self.proto().body().kgc[d as usize];
                let k = self.ir.kgc(tpl);
                let t = self.guard(Ins::new(IrOp::TDUP, IrType::Tab, k, 0))?;
                self.set(a, t)?;
            }
            Op::KNIL => {
                for s in a..=d as i32 {
                    self.set(s, REF_NIL)?;
                }
            }
            Op::MOV => {
                let r = self.get(d as i32)?;
                self.set(a, r)?;
            }
            Op::NOT => {
                let r = self.get(d as i32)?;
                let falsy = matches!(self.ty(r), IrType::Nil | IrType::False);
                let k = self
                    .ir
                    .kpri(if falsy { IrType::True } else { IrType::False });
                self.set(a, k)?;
            }
            Op::UNM => {
                let r = self.num_operand(d as i32)?;
                let mask = self.ir.knum(-0.0);
                let n = self.ir.emit(Ins::new(IrOp::NEG, IrType::Num, r, mask))?;
                self.set(a, n)?;
            }
            Op::LEN => {
                let r = self.get(d as i32)?;
                let len = match self.ty(r) {
                    IrType::Str => Ins::new(IrOp::FLOAD, IrType::Int, r, Field::StrLen as u32),
                    IrType::Tab => Ins::new(IrOp::ALEN, IrType::Int, r, 0),
                    _ => return Err(Abort::nyi("length of a non-string, non-table")),
                };
                let len = self.ir.emit(len)?;
                let n = self
                    .ir
                    .emit(Ins::new(IrOp::CONV, IrType::Num, len, conv::INT_NUM))?;
                self.set(a, n)?;
            }

            // --- Arithmetic
            Op::ADDVN | Op::SUBVN | Op::MULVN | Op::DIVVN | Op::MODVN => {
                let x = self.num_operand(b)?;
                let y = self.knum(c as u32);
                self.arith(a, op as u8 - Op::ADDVN as u8, x, y)?;
            }
            Op::ADDNV | Op::SUBNV | Op::MULNV | Op::DIVNV | Op::MODNV => {
                let x = self.knum(c as u32);
                let y = self.num_operand(b)?;
                self.arith(a, op as u8 - Op::ADDNV as u8, x, y)?;
            }
            Op::ADDVV | Op::SUBVV | Op::MULVV | Op::DIVVV | Op::MODVV => {
                let x = self.num_operand(b)?;
                let y = self.num_operand(c)?;
                self.arith(a, op as u8 - Op::ADDVV as u8, x, y)?;
            }
            Op::POW => return Err(Abort::nyi("POW")),

            // --- Comparisons (each followed by a JMP, taken when it holds)
            Op::ISLT | Op::ISGE | Op::ISLE | Op::ISGT => self.compare(op, a, d as i32)?,
            Op::ISEQV | Op::ISNEV => {
                let x = self.get(a)?;
                let y = self.get(d as i32)?;
                self.equality(op == Op::ISEQV, x, y)?;
            }
            Op::ISEQS | Op::ISNES => {
                let x = self.get(a)?;
                let y = self.kgc_str(d);
                self.equality(op == Op::ISEQS, x, y)?;
            }
            Op::ISEQN | Op::ISNEN => {
                let x = self.get(a)?;
                let y = self.knum(d);
                self.equality(op == Op::ISEQN, x, y)?;
            }
            Op::ISEQP | Op::ISNEP => {
                let x = self.get(a)?;
                let y = self.ir.kpri(match d {
                    0 => IrType::Nil,
                    1 => IrType::False,
                    _ => IrType::True,
                });
                self.equality(op == Op::ISEQP, x, y)?;
            }
            // Truth tests: the type guard of the value already decides them.
            Op::IST | Op::ISF => {
                self.get(d as i32)?;
            }
            Op::ISTC | Op::ISFC => {
                let r = self.get(d as i32)?;
                let truthy = !matches!(self.ty(r), IrType::Nil | IrType::False);
                if truthy == (op == Op::ISTC) {
                    self.set(a, r)?;
                }
            }
            Op::JMP => {}

            // --- Globals, upvalues, tables
            Op::GGET => {
                let env = self.env()?;
                let key = self.kgc_str(d);
                let v = self.table_get_const(env, key)?;
                self.set(a, v)?;
            }
            Op::GSET => {
                let env = self.env()?;
                let key = self.kgc_str(d);
                let v = self.get(a)?;
                self.table_set_const(env, key, v)?;
            }
            Op::TGETS => {
                let t = self.table_operand(b)?;
                let key = self.kgc_str(c as u32);
                let v = self.table_get_const(t, key)?;
                self.set(a, v)?;
            }
            Op::TSETS => {
                let t = self.table_operand(b)?;
                let key = self.kgc_str(c as u32);
                let v = self.get(a)?;
                self.table_set_const(t, key, v)?;
            }
            Op::TGETB => {
                let t = self.table_operand(b)?;
                let k = self.ir.kint(c);
                let v = self.array_get(b, t, k, c as f64)?;
                self.set(a, v)?;
            }
            Op::TSETB => {
                let t = self.table_operand(b)?;
                let k = self.ir.kint(c);
                let v = self.get(a)?;
                self.array_set(b, t, k, c as f64, v)?;
            }
            Op::TSETM => {
                // A table constructor's trailing call: its results from slot
                // A into t[start], t[start + 1], ...
                let n = self.cur_multres()?;
                let start = self.proto().body().knum[d as usize].as_f64() as i32;
                let t = self.table_operand(a - 1)?;
                for i in 0..n {
                    let v = self.get(a + i)?;
                    let k = self.ir.kint(start + i);
                    self.array_set(a - 1, t, k, (start + i) as f64, v)?;
                }
            }
            Op::TGETV => {
                let t = self.table_operand(b)?;
                let kv = self.val(c);
                let v = if is_int_key(kv) {
                    let k = self.int_index(c)?;
                    self.array_get(b, t, k, kv.as_f64())?
                } else {
                    let key = self.get(c)?;
                    let live = self.live_table(t)?;
                    self.any_key_get(t, live, key, kv)?
                };
                self.set(a, v)?;
            }
            Op::TSETV => {
                let t = self.table_operand(b)?;
                let kv = self.val(c);
                let v = self.get(a)?;
                if is_int_key(kv) {
                    let k = self.int_index(c)?;
                    self.array_set(b, t, k, kv.as_f64(), v)?;
                } else {
                    let key = self.get(c)?;
                    let live = self.live_table(t)?;
                    self.new_slot_set(t, live, key, v)?;
                }
            }
            Op::UGET => {
                let uref = self.upvalue_ref(d)?;
                let v = self.upvalue_value(d);
                let t = IrType::of(v);
                let r = self.guard(Ins::new(IrOp::ULOAD, t, uref, 0))?;
                self.set(a, r)?;
            }
            Op::USETV | Op::USETS | Op::USETN | Op::USETP => {
                let v = match op {
                    Op::USETV => self.get(d as i32)?,
                    Op::USETS => self.kgc_str(d),
                    Op::USETN => self.knum(d),
                    _ => self.ir.kpri(match d {
                        0 => IrType::Nil,
                        1 => IrType::False,
                        _ => IrType::True,
                    }),
                };
                let uref = self.upvalue_ref(a as u32)?;
                self.ir
                    .emit(Ins::new(IrOp::USTORE, IrType::Void, uref, v))?;
                if self.ty(v).is_gc() {
                    self.ir.emit(Ins::new(IrOp::OBAR, IrType::Void, uref, 0))?;
                }
            }

            // --- Loops
            Op::FORI => {
                if self.for_init(ins)? {
                    self.enter_loop(ins, unpatch)?;
                }
            }
            Op::FORL | Op::IFORL => {
                let own = self.frames.len() == 1 && self.pc == self.header_pc;
                if self.for_back(ins)? && !own {
                    // SAFETY: FORL's jump target is the loop body's start.
                    let body = unsafe { self.pc.add(1).offset(ins.j() as isize) };
                    self.loop_again(body)?;
                }
            }
            Op::LOOP | Op::ILOOP => {
                // SAFETY: the body follows the loop header.
                let body = unsafe { self.pc.add(1) };
                self.loop_again(body)?;
            }

            // --- Calls and returns
            Op::CALL | Op::CALLM => self.call(ins)?,
            Op::CALLT | Op::CALLMT => self.tail_call(ins)?,
            Op::FUNCF | Op::IFUNCF | Op::JFUNCF => {
                self.func_header()?;
                self.check_up_recursion();
            }
            Op::RET0 | Op::RET1 | Op::RET | Op::RETM => self.ret(ins, op)?,

            other => return Err(Abort::nyi(format!("bytecode {}", other.name()))),
        }
        Ok(())
    }

    // ------------------------------------------------------------ constants

    fn kgc_str(&mut self, d: u32) -> Ref {
        let v = self.proto().body().kgc[d as usize];
        self.ir.kgc(v)
    }
    fn knum(&mut self, d: u32) -> Ref {
        let v = self.proto().body().knum[d as usize];
        self.ir.knum(v.as_f64())
    }

    // ------------------------------------------------------------ arithmetic

    /// A slot that must hold a number (else the trace would need metamethods or
    /// string coercion).
    fn num_operand(&mut self, s: i32) -> Rec<Ref> {
        let r = self.get(s)?;
        if self.ty(r) != IrType::Num {
            return Err(Abort::nyi("arithmetic on a non-number"));
        }
        Ok(r)
    }

    /// `kind`: 0 add, 1 sub, 2 mul, 3 div, 4 mod.
    fn arith(&mut self, a: i32, kind: u8, x: Ref, y: Ref) -> Rec<()> {
        let t = IrType::Num;
        let r = match kind {
            0 => self.ir.emit(Ins::new(IrOp::ADD, t, x, y))?,
            1 => self.ir.emit(Ins::new(IrOp::SUB, t, x, y))?,
            2 => self.ir.emit(Ins::new(IrOp::MUL, t, x, y))?,
            3 => self.ir.emit(Ins::new(IrOp::DIV, t, x, y))?,
            _ => {
                // a - floor(a / b) * b, as the interpreter computes it.
                let q = self.ir.emit(Ins::new(IrOp::DIV, t, x, y))?;
                let f = self
                    .ir
                    .emit(Ins::new(IrOp::FPMATH, t, q, FpMath::Floor as u32))?;
                let m = self.ir.emit(Ins::new(IrOp::MUL, t, f, y))?;
                self.ir.emit(Ins::new(IrOp::SUB, t, x, m))?
            }
        };
        self.set(a, r)
    }

    // ----------------------------------------------------------- comparisons

    /// The instruction after the JMP that follows the comparison at `pc`, and
    /// that JMP's target.
    fn branch_targets(&self) -> (*const BcIns, *const BcIns) {
        // SAFETY: a comparison is always followed by a JMP (verified bytecode).
        unsafe {
            let jmp = *self.pc.add(1);
            let not_taken = self.pc.add(2);
            let taken = self.pc.add(2).offset(jmp.j() as isize);
            (not_taken, taken)
        }
    }

    // `!(a < b)` is deliberate: ISGE and ISGT are true for NaN operands.
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    fn compare(&mut self, op: Op, a: i32, d: i32) -> Rec<()> {
        let (va, vd) = (self.val(a), self.val(d));
        if !va.is_number() || !vd.is_number() {
            return Err(Abort::nyi("comparison of non-numbers"));
        }
        let x = self.get(a)?;
        let y = self.get(d)?;
        let (l, r) = (va.as_f64(), vd.as_f64());
        let (irop, holds) = match op {
            Op::ISLT => (IrOp::LT, l < r),
            // ISGE is "not (a < d)": true for NaN.
            Op::ISGE => (IrOp::UGE, !(l < r)),
            Op::ISLE => (IrOp::LE, l <= r),
            _ => (IrOp::UGT, !(l <= r)),
        };
        let (not_taken, taken) = self.branch_targets();
        // Guard the outcome seen; exit to the other branch when it differs.
        if holds {
            self.guard_to(Ins::new(irop, IrType::Void, x, y), not_taken)?;
        } else {
            self.guard_to(Ins::new(irop.inverted(), IrType::Void, x, y), taken)?;
        }
        Ok(())
    }

    /// `==` (eq) or `~=` of two values: decided by their types, or guarded.
    fn equality(&mut self, eq: bool, x: Ref, y: Ref) -> Rec<()> {
        let (tx, ty) = (self.ty(x), self.ty(y));
        let (not_taken, taken) = self.branch_targets();
        if tx == IrType::Cdata || ty == IrType::Cdata {
            // The cdata metatable decides, even against numbers and nil.
            return Err(Abort::nyi("comparison of cdata"));
        }
        if tx != ty || tx.is_pri() {
            // Different types are never equal; nil, false and true are equal
            // exactly when their types are: nothing to check at run time.
            return Ok(());
        }
        let same = self.equal_live(x, y);
        if tx == IrType::Udata || (tx == IrType::Tab && !same) {
            // Two different tables are equal only through `__eq`: guard that
            // the left one's metatable has none (then no handler applies).
            let Some(live) = self.live_of(x).and_then(|v| v.as_table()) else {
                return Err(Abort::nyi("comparison of userdata (__eq)"));
            };
            self.no_metamethod(x, live, self.eq_name)?;
        }
        // Numbers by value, strings (interned) and other objects by identity
        // (the same table is equal to itself without `__eq`).
        let holds = same == eq;
        let irop = if same { IrOp::EQ } else { IrOp::NE };
        if same && tx == IrType::Tab {
            // Two different tables may still be equal (`__eq`): the
            // interpreter compares them again.
            self.guard(Ins::new(irop, IrType::Void, x, y))?;
            return Ok(());
        }
        let exit = if holds { not_taken } else { taken };
        self.guard_to(Ins::new(irop, IrType::Void, x, y), exit)?;
        Ok(())
    }

    /// Whether two IR values are equal right now (from the live values).
    fn equal_live(&self, x: Ref, y: Ref) -> bool {
        let vx = self.live_of(x);
        let vy = self.live_of(y);
        match (vx, vy) {
            (Some(a), Some(b)) => {
                if a.is_number() && b.is_number() {
                    a.as_f64() == b.as_f64()
                } else {
                    a == b
                }
            }
            _ => false,
        }
    }

    /// The current value of an IR reference: a constant, or the slot it was
    /// last stored into. (Comparisons only need operands that are slots or
    /// constants.)
    fn live_of(&self, r: Ref) -> Option<Value> {
        if is_const(r) {
            return self.ir.const_value(r);
        }
        // Operands were just read from slots of the current frame.
        let base = self.base();
        for (abs, sr) in self.slots.iter() {
            if sr == r && abs >= base {
                return Some(self.val(abs - base));
            }
        }
        None
    }

    // ---------------------------------------------------------------- tables

    fn table_operand(&mut self, s: i32) -> Rec<Ref> {
        let r = self.get(s)?;
        if self.ty(r) != IrType::Tab {
            return Err(Abort::nyi("indexing a non-table"));
        }
        Ok(r)
    }

    /// The environment table of the current function.
    fn env(&mut self) -> Rec<Ref> {
        let f = self.cur_func()?;
        Ok(self
            .ir
            .emit(Ins::new(IrOp::FLOAD, IrType::Tab, f, Field::FuncEnv as u32))?)
    }

    /// The running function of the current frame.
    fn cur_func(&mut self) -> Rec<Ref> {
        if let Some(f) = self.frame().func {
            return Ok(f);
        }
        // Frame 0: its function slot (read-only, never changed by the trace).
        let r = self.get(-FRAME_SLOTS)?;
        self.frames[0].func = Some(r);
        Ok(r)
    }

    /// Guards that the live table `t` has no metatable (the trace then needs no
    /// metamethods for its accesses).
    fn no_metatable(&mut self, t: Ref, live: Gc<Table>) -> Rec<()> {
        if live.metatable().is_some() {
            return Err(Abort::nyi("table with a metatable"));
        }
        let mt = self
            .ir
            .emit(Ins::new(IrOp::FLOAD, IrType::Tab, t, Field::TabMeta as u32))?;
        let null = self.ir.kptr(0);
        self.guard(Ins::new(IrOp::EQ, IrType::Void, mt, null))?;
        Ok(())
    }

    /// Guards that table `t` (`live` now) has no metamethod `name`: no
    /// metatable, or this metatable without that raw field.
    fn no_metamethod(&mut self, t: Ref, live: Gc<Table>, name: Value) -> Rec<()> {
        let Some(mt) = live.metatable() else {
            return self.no_metatable(t, live);
        };
        if !mt.get(name).is_nil() {
            return Err(Abort::nyi("metamethod"));
        }
        let kmt = self.guard_metatable(t, mt)?;
        let kname = self.ir.kgc(name);
        self.raw_get_const(kmt, mt, kname, name)?;
        Ok(())
    }

    /// Guards that table `t`'s metatable is `mt`; returns `mt` as a constant.
    fn guard_metatable(&mut self, t: Ref, mt: Gc<Table>) -> Rec<Ref> {
        let m = self
            .ir
            .emit(Ins::new(IrOp::FLOAD, IrType::Tab, t, Field::TabMeta as u32))?;
        let kmt = self.ir.kgc(mt.to_value());
        self.guard(Ins::new(IrOp::EQ, IrType::Void, m, kmt))?;
        Ok(kmt)
    }

    /// The live table an IR value holds.
    fn live_table(&self, t: Ref) -> Rec<Gc<Table>> {
        self.live_of(t)
            .and_then(|v| v.as_table())
            .or_else(|| {
                // The environment (an FLOAD of the current function).
                let i = self.ir.get(t);
                if i.op == IrOp::FLOAD && i.op2 == Field::FuncEnv as u32 {
                    let f = self.live_func().ok()?;
                    return Some(f.env());
                }
                None
            })
            .ok_or_else(|| Abort("table of unknown origin".into()))
    }

    fn live_func(&self) -> Rec<Gc<Function>> {
        let base = self.base();
        let i = (self.base0 as i64 + base as i64 - 2) as usize;
        self.thread.body().stack[i]
            .as_function()
            .ok_or_else(|| Abort("no function in the frame".into()))
    }

    /// t[key] for a constant key: the raw value, and if that is nil, what the
    /// metatable's `__index` tables give (each metatable guarded).
    fn table_get_const(&mut self, t: Ref, key: Ref) -> Rec<Ref> {
        self.get_const_chain(t, key, 0)
    }

    fn get_const_chain(&mut self, t: Ref, key: Ref, depth: u32) -> Rec<Ref> {
        let live = self.live_table(t)?;
        let kv = self.ir.const_value(key).expect("constant key");
        let v = self.raw_get_const(t, live, key, kv)?;
        if !live.get(kv).is_nil() {
            return Ok(v);
        }
        let Some(mt) = live.metatable() else {
            self.no_metatable(t, live)?;
            return Ok(v);
        };
        if depth >= 8 {
            return Err(Abort::nyi("__index chain too long"));
        }
        // The metatable is this one, and its __index (a raw field) is what it
        // is now.
        let kmt = self.guard_metatable(t, mt)?;
        let kidx = self.ir.kgc(self.index_name);
        let handler = mt.get(self.index_name);
        let h = self.raw_get_const(kmt, mt, kidx, self.index_name)?;
        match handler.as_table() {
            _ if handler.is_nil() => Ok(REF_NIL),
            Some(next) => {
                let kn = self.ir.kgc(next.to_value());
                if h != kn {
                    self.guard(Ins::new(IrOp::EQ, IrType::Void, h, kn))?;
                }
                self.get_const_chain(kn, key, depth + 1)
            }
            None => Err(Abort::nyi("__index function")),
        }
    }

    /// The live value in the hash node an HREFK (from `hash_slot`) points to.
    fn node_value(&self, live: Gc<Table>, node: Ref) -> Value {
        let slot = self.ir.get(self.ir.get(node).op2).op2;
        live.nodes()[slot as usize].val
    }

    /// rawget(t, key) for a constant key, the type seen guarded.
    fn raw_get_const(&mut self, t: Ref, live: Gc<Table>, key: Ref, kv: Value) -> Rec<Ref> {
        Ok(match self.hash_slot(t, live, kv, key)? {
            KeySlot::Node(node) => {
                let val = self.node_value(live, node);
                self.guard(Ins::new(IrOp::HLOAD, IrType::of(val), node, 0))?
            }
            KeySlot::Absent => REF_NIL,
            KeySlot::Lookup => {
                let val = live.get(kv);
                let slot = self.ir.emit(Ins::new(IrOp::HREF, IrType::Ptr, t, key))?;
                self.guard(Ins::new(IrOp::ALOAD, IrType::of(val), slot, 0))?
            }
        })
    }

    /// t[key] for any key, looked up when the trace runs (a helper returns
    /// the value's address, or a constant nil's); the type seen is guarded.
    fn any_key_get(&mut self, t: Ref, live: Gc<Table>, key: Ref, kv: Value) -> Rec<Ref> {
        let val = live.get(kv);
        if val.is_nil() {
            self.no_metatable(t, live)?;
        }
        let slot = self.ir.emit(Ins::new(IrOp::HREF, IrType::Ptr, t, key))?;
        self.guard(Ins::new(IrOp::ALOAD, IrType::of(val), slot, 0))
    }

    /// t[key] = v for a constant string key that is in the hash part.
    fn table_set_const(&mut self, t: Ref, key: Ref, v: Ref) -> Rec<()> {
        let live = self.live_table(t)?;
        let kv = self.ir.const_value(key).expect("constant key");
        match self.hash_slot(t, live, kv, key)? {
            KeySlot::Node(node) => {
                let cur = self.node_value(live, node);
                self.plain_store_guard(t, live, cur, IrOp::HLOAD, node)?;
                self.ir
                    .emit(Ins::new(IrOp::HSTORE, IrType::Void, node, v))?;
                self.table_barrier(t, v)
            }
            KeySlot::Absent | KeySlot::Lookup => self.new_slot_set(t, live, key, v),
        }
    }

    /// The HREFK for a constant key found in the live table's hash part (guarding
    /// the hash part's size); Absent if the hash part is empty (guarding that
    /// it stays so); Lookup if the key is absent from a hash part (it may be
    /// there when the trace runs).
    fn hash_slot(&mut self, t: Ref, live: Gc<Table>, kv: Value, key: Ref) -> Rec<KeySlot> {
        let nodes = live.nodes();
        let pos = nodes.iter().position(|n| n.key == kv && !n.val.is_nil());
        let hmask = live.hmask();
        let hm = self.ir.emit(Ins::new(
            IrOp::FLOAD,
            IrType::Int,
            t,
            Field::TabHmask as u32,
        ))?;
        let khm = self.ir.kint(hmask as i32);
        if nodes.is_empty() {
            // No hash part: the key cannot be there while it stays empty.
            self.guard(Ins::new(IrOp::EQ, IrType::Void, hm, khm))?;
            return Ok(KeySlot::Absent);
        }
        match pos {
            Some(p) => {
                self.guard(Ins::new(IrOp::EQ, IrType::Void, hm, khm))?;
                let ks = self.ir.kslot(key, p as u32);
                let node = self.guard(Ins::new(IrOp::HREFK, IrType::Ptr, t, ks))?;
                Ok(KeySlot::Node(node))
            }
            None => Ok(KeySlot::Lookup),
        }
    }

    /// A numeric index as an integer (guarding that it is one).
    fn int_index(&mut self, s: i32) -> Rec<Ref> {
        let r = self.get(s)?;
        let v = self.val(s).as_f64();
        if v != (v as i32) as f64 {
            return Err(Abort::nyi("non-integer table index"));
        }
        self.guard(Ins::new(IrOp::CONV, IrType::Int, r, conv::NUM_INT_CHECK))
    }

    /// The array slot address for integer index `k` of table `t`, with its
    /// bounds check.
    fn array_ref(&mut self, t: Ref, k: Ref) -> Rec<Ref> {
        let size = self.ir.emit(Ins::new(
            IrOp::FLOAD,
            IrType::Int,
            t,
            Field::TabAsize as u32,
        ))?;
        self.guard(Ins::new(IrOp::ABC, IrType::Void, size, k))?;
        Ok(self.ir.emit(Ins::new(IrOp::AREF, IrType::Ptr, t, k))?)
    }

    /// The live table in slot `ts`.
    fn table_in(&self, ts: i32) -> Rec<Gc<Table>> {
        self.val(ts)
            .as_table()
            .ok_or_else(|| Abort("not a table".into()))
    }

    fn array_get(&mut self, ts: i32, t: Ref, k: Ref, kv: f64) -> Rec<Ref> {
        let live = self.table_in(ts)?;
        let Some(i) = array_index(live, kv) else {
            return self.any_key_get(t, live, k, Value::num(kv));
        };
        let aref = self.array_ref(t, k)?;
        let val = live.array()[i];
        if val.is_nil() {
            self.no_metatable(t, live)?;
        }
        self.guard(Ins::new(IrOp::ALOAD, IrType::of(val), aref, 0))
    }

    fn array_set(&mut self, ts: i32, t: Ref, k: Ref, kv: f64, v: Ref) -> Rec<()> {
        let live = self.table_in(ts)?;
        let Some(i) = array_index(live, kv) else {
            return self.new_slot_set(t, live, k, v);
        };
        let aref = self.array_ref(t, k)?;
        self.plain_store_guard(t, live, live.array()[i], IrOp::ALOAD, aref)?;
        self.ir
            .emit(Ins::new(IrOp::ASTORE, IrType::Void, aref, v))?;
        self.table_barrier(t, v)
    }

    /// Before a store into the existing slot at `addr` (read with `load`) of
    /// table `t`, which holds `cur` now: the slot may be empty when the trace
    /// runs, and a store is only plain while no `__newindex` can exist, or
    /// while the slot holds a value (its type guarded).
    fn plain_store_guard(
        &mut self,
        t: Ref,
        live: Gc<Table>,
        cur: Value,
        load: IrOp,
        addr: Ref,
    ) -> Rec<()> {
        if live.metatable().is_some() && !cur.is_nil() {
            self.guard(Ins::new(load, IrType::of(cur), addr, 0))?;
            Ok(())
        } else {
            self.no_metatable(t, live)
        }
    }

    /// t[k] = v for a key outside the array part (any type): a helper finds
    /// or creates the key's slot (the table may grow; for a nil or NaN key, or
    /// if it cannot grow, the trace exits and the interpreter raises the
    /// error).
    fn new_slot_set(&mut self, t: Ref, live: Gc<Table>, k: Ref, v: Ref) -> Rec<()> {
        if self.ty(v) == IrType::Nil {
            return Err(Abort::nyi("store of nil outside the array part"));
        }
        self.no_metamethod(t, live, self.newindex_name)?;
        let slot = self.guard(Ins::new(IrOp::NEWREF, IrType::Ptr, t, k))?;
        self.ir
            .emit(Ins::new(IrOp::ASTORE, IrType::Void, slot, v))?;
        self.table_barrier(t, v)
    }

    /// After storing `v` into table `t`: the write barrier, if `v` is a GC
    /// object (numbers and nil/false/true need none).
    fn table_barrier(&mut self, t: Ref, v: Ref) -> Rec<()> {
        if self.ty(v).is_gc() {
            self.ir.emit(Ins::new(IrOp::TBAR, IrType::Void, t, 0))?;
        }
        Ok(())
    }

    // -------------------------------------------------------------- upvalues

    fn upvalue_ref(&mut self, idx: u32) -> Rec<Ref> {
        let f = self.cur_func()?;
        Ok(self.ir.emit(Ins::new(IrOp::UREFO, IrType::Ptr, f, idx))?)
    }

    fn upvalue_value(&self, idx: u32) -> Value {
        match self.live_func() {
            Ok(f) => f.lua_upvalues()[idx as usize].get_value(),
            Err(_) => Value::NIL,
        }
    }

    // ----------------------------------------------------------------- loops

    /// Another loop's body is about to run again (its header op just ran, or
    /// its FORI entered it): a trace attached to that loop takes over (a
    /// link); else a side trace records through the next iteration too, up to
    /// `loopunroll` of them. A root trace stops here: that loop should get its
    /// own trace first, and an exit of it a side trace that comes back here.
    ///
    /// A root trace that returned below its start is past its own loop or
    /// function: it links to the loop's trace, or leaves to the interpreter
    /// at the loop's header (which will trace that loop).
    fn loop_again(&mut self, body: *const BcIns) -> Rec<()> {
        let root_in_place = self.side.is_none() && self.retf_protos.is_empty();
        if let Some(n) = self.here_trace {
            if root_in_place {
                return Err(Abort("inner loop in trace".into()));
            }
            self.end_pc = body;
            self.end = Some(TraceEnd::Link(n));
            return Ok(());
        }
        if self.side.is_none() {
            // (After a return below the start this ends the trace before the
            // loop's header, which then counts towards a trace of its own.)
            return Err(Abort("inner loop in trace".into()));
        }
        if self.loopunroll == 0 {
            return Err(Abort("loop unroll limit reached".into()));
        }
        self.loopunroll -= 1;
        Ok(())
    }

    /// A FORI that enters its loop: if the loop has a trace (its FORL is a
    /// J-op), the trace links to it at the body's start; otherwise it is
    /// `loop_again` for the loop's first iteration.
    fn enter_loop(&mut self, ins: BcIns, unpatch: &dyn Fn(BcIns) -> BcIns) -> Rec<()> {
        // SAFETY: FORI jumps past its FORL, which is in the function.
        let forl_pc = unsafe { self.pc.offset(ins.j() as isize) };
        let forl = unsafe { *forl_pc };
        // SAFETY: the body starts after the FORI.
        let body = unsafe { self.pc.add(1) };
        let compiled = Op::from_u8(forl.op_byte()) == Some(Op::JFORL);
        if compiled && unpatch(forl).op() == Op::FORL {
            self.end_pc = body;
            self.end = Some(TraceEnd::Link(forl.d()));
            return Ok(());
        }
        self.here_trace = None;
        self.loop_again(body)
    }

    /// FORI inside the trace: the loop runs at least once, or is skipped.
    /// Returns whether it runs.
    fn for_init(&mut self, ins: BcIns) -> Rec<bool> {
        let a = ins.a() as i32;
        for s in a..a + 3 {
            if !self.val(s).is_number() {
                return Err(Abort::nyi("for loop with non-number control values"));
            }
        }
        let (i, stop, step) = (self.get(a)?, self.get(a + 1)?, self.get(a + 2)?);
        let (vi, vs, vst) = (
            self.val(a).as_f64(),
            self.val(a + 1).as_f64(),
            self.val(a + 2).as_f64(),
        );
        let up = vst > 0.0;
        self.step_sign_guard(step, up)?;
        let enters = if up { vi <= vs } else { vi >= vs };
        // SAFETY: FORI's jump target is inside the function.
        let skip = unsafe { self.pc.add(1).offset(ins.j() as isize) };
        let next = unsafe { self.pc.add(1) };
        let cmp = if up { IrOp::LE } else { IrOp::GE };
        if enters {
            self.guard_to(Ins::new(cmp, IrType::Void, i, stop), skip)?;
            self.set(a + 3, i)?;
        } else {
            // The exit enters the loop, as FORI does: with the visible copy.
            let old = self.slot_ref(a + 3)?;
            self.set(a + 3, i)?;
            self.guard_to(Ins::new(cmp.inverted(), IrType::Void, i, stop), next)?;
            self.set(a + 3, old)?;
        }
        Ok(enters)
    }

    fn step_sign_guard(&mut self, step: Ref, up: bool) -> Rec<()> {
        let zero = self.ir.knum(0.0);
        let op = if up { IrOp::GT } else { IrOp::LE };
        self.guard(Ins::new(op, IrType::Void, step, zero))?;
        Ok(())
    }

    /// FORL: step the index and guard the outcome seen, the loop going on
    /// (exit: leaving it) or being left (exit: going on). Returns whether it
    /// goes on. (The FORL that closes the trace's own loop always goes on.)
    fn for_back(&mut self, ins: BcIns) -> Rec<bool> {
        let a = ins.a() as i32;
        let (i, stop, step) = (self.get(a)?, self.get(a + 1)?, self.get(a + 2)?);
        let (vi, vstop, vstep) = (
            self.val(a).as_f64(),
            self.val(a + 1).as_f64(),
            self.val(a + 2).as_f64(),
        );
        let up = vstep > 0.0;
        self.step_sign_guard(step, up)?;
        let next = self.ir.emit(Ins::new(IrOp::ADD, IrType::Num, i, step))?;
        let vnext = vi + vstep;
        let goes_on = if up { vnext <= vstop } else { vnext >= vstop };
        // SAFETY: the instruction after FORL exists (the loop's exit), and its
        // jump target is the body's start.
        let (exit, body) = unsafe { (self.pc.add(1), self.pc.add(1).offset(ins.j() as isize)) };
        let cmp = if up { IrOp::LE } else { IrOp::GE };
        if goes_on {
            self.guard_to(Ins::new(cmp, IrType::Void, next, stop), exit)?;
            self.set(a, next)?;
            self.set(a + 3, next)?;
        } else {
            // The exit goes on with the loop, as FORL does: index and visible
            // copy stepped.
            let old = (self.slot_ref(a)?, self.slot_ref(a + 3)?);
            self.set(a, next)?;
            self.set(a + 3, next)?;
            self.guard_to(Ins::new(cmp.inverted(), IrType::Void, next, stop), body)?;
            self.set(a, old.0)?;
            self.set(a + 3, old.1)?;
        }
        Ok(goes_on)
    }

    // ----------------------------------------------------------------- calls

    /// CALL A B C: inlines a call of a Lua function.
    fn call(&mut self, ins: BcIns) -> Rec<()> {
        let a = ins.a() as i32;
        let nargs = match ins.op() {
            Op::CALLM => ins.c() as i32 + self.cur_multres()?,
            _ => ins.c() as i32 - 1,
        };
        let nres = ins.b() as i32 - 1;
        let fv = self.val(a);
        let Some(f) = fv.as_function() else {
            return Err(Abort::nyi("call of a non-function (__call)"));
        };
        if !f.is_lua() {
            return self.call_native(a, f, nargs, nres);
        }
        if self.frames.len() >= MAX_DEPTH {
            return Err(Abort("call too deep for inlining".into()));
        }
        if f.proto().body().is_vararg {
            return Err(Abort::nyi("call of a vararg function"));
        }
        // Specialise on the callee.
        let fr = self.get(a)?;
        let kf = self.ir.kgc(fv);
        if fr != kf {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, fr, kf))?;
            self.set(a, kf)?;
        }
        for s in a + 2..a + 2 + nargs {
            self.get(s)?;
        }
        let base = self.base() + a + 2;
        // SAFETY: the instruction after a CALL exists.
        let ret_pc = unsafe { self.pc.add(1) };
        self.frames.push(Frame {
            base,
            func: Some(kf),
            proto: f.proto(),
            ret_pc,
            call_a: a,
            nresults: nres,
            tail_called: false,
        });
        // The callee's slots beyond its arguments start out unknown (not nil:
        // FUNCF fills missing parameters).
        let p = f.proto();
        let top = base + p.body().frame_size as i32;
        if top > MAX_SLOT {
            return Err(Abort("too many stack slots".into()));
        }
        self.forget(base + nargs, top);
        self.pending_nargs = Some(nargs);
        Ok(())
    }

    /// A call of a native the recorder knows (math.abs/floor/ceil/sqrt of a
    /// number): its result computed in IR, the callee guarded; the
    /// interpreter's call completes as usual and recording goes on after it.
    fn call_native(&mut self, a: i32, f: Gc<Function>, nargs: i32, nres: i32) -> Rec<()> {
        let r = self.native_result(a, f, nargs)?;
        // The call's frame (function, link, arguments) is gone afterwards;
        // the results are in its place, padded with nil.
        for s in a..a + 2 + nargs {
            self.set(s, UNSET)?;
        }
        self.place_results(a, nres, &[r])?;
        Ok(())
    }

    /// The result of a native the recorder knows, called at slot `a` with
    /// `nargs` arguments, computed in IR after a guard on the callee.
    fn native_result(&mut self, a: i32, f: Gc<Function>, nargs: i32) -> Rec<Ref> {
        let arg: Vec<Value> = (0..2)
            .map(|i| {
                if i < nargs {
                    self.val(a + 2 + i)
                } else {
                    Value::NIL
                }
            })
            .collect();
        let arg = |i: usize| arg[i];
        // Check everything before emitting anything.
        match f.fast() {
            FastFunc::MathAbs | FastFunc::MathFloor | FastFunc::MathCeil | FastFunc::MathSqrt => {
                if !arg(0).is_number() {
                    return Err(Abort::nyi("math function without a number argument"));
                }
            }
            FastFunc::Type if nargs >= 1 => {}
            FastFunc::SetMetatable
                if nargs >= 2
                    && arg(1).is_table()
                    && arg(0).as_table().is_some_and(|t| t.metatable().is_none()) => {}
            _ => return Err(Abort::nyi("call of a native function")),
        }
        let fr = self.get(a)?;
        let kf = self.ir.kgc(f.to_value());
        if fr != kf {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, fr, kf))?;
        }
        let x = self.get(a + 2)?;
        let t = IrType::Num;
        Ok(match f.fast() {
            FastFunc::MathAbs => {
                let mask = self.ir.knum(f64::from_bits(!(1u64 << 63)));
                self.ir.emit(Ins::new(IrOp::ABS, t, x, mask))?
            }
            FastFunc::MathFloor => self.fpmath(x, FpMath::Floor)?,
            FastFunc::MathCeil => self.fpmath(x, FpMath::Ceil)?,
            FastFunc::MathSqrt => self.fpmath(x, FpMath::Sqrt)?,
            // The argument's type is fixed in the trace: so is its name.
            FastFunc::Type => match self.type_names[self.ty(x) as usize] {
                Some(name) => self.ir.kgc(name),
                None => return Err(Abort::nyi("type of this value")),
            },
            _ => {
                // setmetatable(t, mt) of a table without one.
                let live = arg(0).as_table().expect("checked");
                self.no_metatable(x, live)?;
                let mt = self.get(a + 3)?;
                let field = Ins::new(IrOp::FREF, IrType::Ptr, x, Field::TabMeta as u32);
                let fref = self.ir.emit(field)?;
                self.ir
                    .emit(Ins::new(IrOp::FSTORE, IrType::Void, fref, mt))?;
                self.table_barrier(x, mt)?;
                x
            }
        })
    }

    fn fpmath(&mut self, x: Ref, m: FpMath) -> Rec<Ref> {
        Ok(self
            .ir
            .emit(Ins::new(IrOp::FPMATH, IrType::Num, x, m as u32))?)
    }

    /// CALLT A D: a tail call of a Lua function. The callee's frame replaces
    /// the current one (same base, same link), as in the interpreter, which
    /// also notes a `(tail call)` level for the debug library (`TAILC`).
    fn tail_call(&mut self, ins: BcIns) -> Rec<()> {
        let a = ins.a() as i32;
        let nargs = match ins.op() {
            Op::CALLMT => ins.d() as i32 + self.cur_multres()?,
            _ => ins.d() as i32 - 1,
        };
        let fv = self.val(a);
        let Some(f) = fv.as_function() else {
            return Err(Abort::nyi("tail call of a non-function (__call)"));
        };
        if !f.is_lua() {
            // Its result is the frame's: a return of it.
            let r = self.native_result(a, f, nargs)?;
            return self.leave_frame(&mut |_| Ok(vec![r]));
        }
        if self.frames.len() == 1 && self.kind != LoopKind::Func && self.side.is_none() {
            return Err(Abort::nyi("tail call from the trace's starting function"));
        }
        let cur = self.proto();
        let cur = cur.body();
        if cur.is_vararg || cur.has_children {
            // The interpreter drops a vararg frame and closes upvalues first.
            return Err(Abort::nyi(
                "tail call from a vararg function or one with closures",
            ));
        }
        let p = f.proto();
        if p.body().is_vararg {
            return Err(Abort::nyi("call of a vararg function"));
        }
        let fr = self.get(a)?;
        let kf = self.ir.kgc(fv);
        if fr != kf {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, fr, kf))?;
        }
        let args = (a + 2..a + 2 + nargs)
            .map(|s| self.get(s))
            .collect::<Rec<Vec<Ref>>>()?;
        let base = self.base();
        self.ir
            .emit(Ins::new(IrOp::TAILC, IrType::Void, base as u32, 0))?;
        let old_top = base + cur.frame_size as i32;
        let new_top = base + p.body().frame_size as i32;
        if new_top > MAX_SLOT {
            return Err(Abort("too many stack slots".into()));
        }
        self.set(-FRAME_SLOTS, kf)?;
        for (i, &r) in args.iter().enumerate() {
            self.set(i as i32, r)?;
        }
        self.forget(base + nargs, old_top.max(new_top));
        let fr = self.frames.last_mut().expect("a frame");
        fr.proto = p;
        fr.func = Some(kf);
        fr.tail_called = true;
        self.pending_nargs = Some(nargs);
        self.tail_called = true;
        Ok(())
    }

    /// FUNCF of an inlined call: missing parameters become nil.
    fn func_header(&mut self) -> Rec<()> {
        let Some(nargs) = self.pending_nargs.take() else {
            return Err(Abort("function header outside a call".into()));
        };
        let np = self.proto().body().num_params as i32;
        for s in nargs..np {
            self.set(s, REF_NIL)?;
        }
        Ok(())
    }

    /// A function trace that entered its own function `recunroll` levels
    /// deep ends there: the new frame becomes the next iteration's base. A
    /// side trace of it links to its root at the first such call.
    fn check_up_recursion(&mut self) {
        let tail_called = std::mem::take(&mut self.tail_called);
        if self.kind != LoopKind::Func || self.proto() != self.root_proto {
            return;
        }
        if self.frames.len() == 1 {
            // A tail call of the root function in the bottom frame: the
            // trace loops in place (a side trace goes on in its root).
            if tail_called {
                self.end = Some(match self.side {
                    Some(s) => TraceEnd::Link(s.root),
                    None => TraceEnd::TailRec,
                });
            }
            return;
        }
        let own = self.root_proto;
        let depth = self.frames.iter().filter(|f| f.proto == own).count();
        if depth > self.recunroll || self.side.is_some() {
            // A side trace continues in its root at the call.
            self.end = Some(match self.side {
                Some(s) => TraceEnd::Link(s.root),
                None => TraceEnd::UpRec,
            });
        }
    }

    /// Returns from an inlined frame into its caller, or from the trace's
    /// bottom frame into the caller below it (`RETF`).
    fn ret(&mut self, ins: BcIns, op: Op) -> Rec<()> {
        self.leave_frame(&mut |r: &mut Self| r.results(ins, op))
    }

    /// The current frame returns the values `results` gives (read only once
    /// the return is certain to be recorded).
    fn leave_frame(&mut self, results: &mut dyn FnMut(&mut Self) -> Rec<Vec<Ref>>) -> Rec<()> {
        if self.frames.len() == 1 {
            if self.kind != LoopKind::Func && self.side.is_none() {
                return Err(Abort::nyi("return from the trace's starting function"));
            }
            if !self.ret_below(results)? {
                if self.ninstr == 1 && self.from_final_exit {
                    // Its parent already leaves to the interpreter here.
                    return Err(Abort::nyi("return to a caller that is not traced here"));
                }
                // The interpreter returns (to whatever called the function).
                self.end_pc = self.pc;
                self.end = Some(TraceEnd::Return);
            }
            return Ok(());
        }
        let results = results(self)?;
        self.untail()?;
        let callee = self.frames.pop().expect("an inlined frame");
        let nres = self.place_results(callee.call_a, callee.nresults, &results)?;
        // Everything the callee used above the results is dead now.
        let dst = callee.call_a;
        let from = self.base() + dst + nres;
        let to = callee.base + callee.proto.body().frame_size as i32;
        self.forget(from, to);
        Ok(())
    }

    /// Puts a return's results where the caller's call at `dst` wants them:
    /// `nres` of them padded with nil, or all of them (`nres` < 0: the next
    /// instruction takes them as MULTRES). Returns how many were placed.
    fn place_results(&mut self, dst: i32, nres: i32, results: &[Ref]) -> Rec<i32> {
        let n = if nres < 0 {
            self.multres = Some(results.len() as i32);
            results.len() as i32
        } else {
            nres
        };
        for i in 0..n {
            let r = results.get(i as usize).copied().unwrap_or(REF_NIL);
            self.set(dst + i, r)?;
        }
        Ok(n)
    }

    /// The number of variable results the instruction being recorded takes
    /// (returned by the call just before it).
    fn cur_multres(&self) -> Rec<i32> {
        self.cur_multres
            .ok_or_else(|| Abort::nyi("variable results from a vararg or native"))
    }

    /// The current frame returns: if it tail-called inside the trace, its
    /// `(tail call)` levels go, as the interpreter's return drops them.
    fn untail(&mut self) -> Rec<()> {
        // The bottom frame may also have been tail-called by the interpreter.
        let abs = (self.base0 as i64 + self.base() as i64) as usize;
        let interp_tail =
            self.frames.len() == 1 && self.thread.body().tailcalls.iter().any(|&(b, _)| b >= abs);
        if self.frame().tail_called || interp_tail {
            let base = self.base() as u32;
            self.ir
                .emit(Ins::new(IrOp::UNTAIL, IrType::Void, base, 0))?;
        }
        Ok(())
    }

    /// The IR values a return instruction returns.
    fn results(&mut self, ins: BcIns, op: Op) -> Rec<Vec<Ref>> {
        let a = ins.a() as i32;
        let n = match op {
            Op::RET0 => 0,
            Op::RET1 => 1,
            Op::RETM => ins.d() as i32 + self.cur_multres()?,
            _ => ins.d() as i32 - 1,
        };
        (a..a + n).map(|s| self.get(s)).collect()
    }

    /// A return from the trace's bottom frame into a Lua caller: guards the
    /// frame's link (the return address, which fixes the caller's function
    /// and where it resumes), makes the caller's frame the bottom one (at a
    /// negative base) and goes on recording there. Returns false where the
    /// trace should leave to the interpreter instead: a caller that is not
    /// Lua or wants all results, a function that may have open upvalues to
    /// close, down-recursion deeper than `recunroll`, or (for a root trace) a
    /// caller that is not the root function.
    fn ret_below(&mut self, results: &mut dyn FnMut(&mut Self) -> Rec<Vec<Ref>>) -> Rec<bool> {
        let link = self.val(-1);
        let proto = self.proto();
        if !lunavm_vm::frame::is_lua_link(link) || proto.body().has_children {
            return Ok(false);
        }
        let ret_pc = link.to_bits() as *const BcIns;
        // SAFETY: a Lua frame's link is the address after its CALL.
        let call = unsafe { *ret_pc.sub(1) };
        if !matches!(call.op(), Op::CALL | Op::CALLM) {
            return Ok(false);
        }
        let caller_base = self.base() - (call.a() as i32 + 2);
        let Some(caller) = self.val(caller_base - self.base() - 2).as_function() else {
            return Ok(false);
        };
        let caller_proto = caller.proto();
        if self.side.is_none() && caller_proto != self.root_proto {
            // A root function trace follows returns only within recursion:
            // specialised to one caller, it would exit at every other (and
            // exits cost more than a small function's interpretation).
            return Ok(false);
        }
        let down_rec = caller_proto == self.root_proto && proto == self.root_proto;
        let rec_levels = self.ret_levels(caller_proto);
        if self.retf_protos.len() >= MAX_DEPTH
            || (down_rec && rec_levels >= self.recunroll)
            || !SlotMap::in_range(caller_base - FRAME_SLOTS)
        {
            return Ok(false);
        }
        let results = results(self)?;
        let link_slot = self.base() - 1;
        let k = self.ir.kptr(ret_pc as usize);
        self.guard(Ins::new(IrOp::RETF, IrType::Void, link_slot as u32, k))?;
        self.untail()?;
        self.retf_protos.push(caller_proto);
        let old_top = self.base() + proto.body().frame_size as i32;
        self.frames[0] = Frame {
            base: caller_base,
            func: None,
            proto: caller_proto,
            ret_pc: std::ptr::null(),
            call_a: 0,
            nresults: 0,
            tail_called: false,
        };
        let dst = call.a() as i32;
        let nres = self.place_results(dst, call.b() as i32 - 1, &results)?;
        self.forget(caller_base + dst + nres, old_top);
        Ok(true)
    }

    /// How many returns below the start went into `proto` so far.
    fn ret_levels(&self, proto: Gc<Proto>) -> usize {
        self.retf_protos.iter().filter(|&&p| p == proto).count()
    }

    /// The final snapshot: the state the trace writes back when it ends (at
    /// its start pc for loops, links and up-recursion; at the return for a
    /// function trace that returns).
    pub fn final_snapshot(&mut self) -> Rec<()> {
        let pc = if self.end_pc.is_null() {
            self.target_pc
        } else {
            self.end_pc
        };
        self.ir.cur_pc = self.proto().pc_of(pc) as u32;
        self.take_snap(pc)?;
        Ok(())
    }
}
