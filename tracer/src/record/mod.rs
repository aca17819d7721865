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

mod calls;
mod cmeta;
mod ffi;
mod natives;
mod tables;

use crate::ir::*;
use crate::irbuf::{Ir, IrError};
use crate::slots::{SlotMap, MAX_SLOT, UNSET};
use crate::snap::{SnapEntry, SnapLink, Snapshot};
use lunavm_vm::bytecode::{Ins as BcIns, Op, Operand};
use lunavm_vm::frame::Cont;
use lunavm_vm::func::{FastFunc, Function, Proto};
use lunavm_vm::interp::multres_end;
use lunavm_vm::meta::Arith;
use lunavm_vm::state::{Mm, MM_ALL};
use lunavm_vm::table::Table;
use lunavm_vm::thread::Thread;
use lunavm_vm::trace_calls::Call;
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

    /// A call of a native function the recorder has no recorder for (the
    /// trace may end before it, leaving the call to the interpreter).
    fn native_call(name: impl std::fmt::Display) -> Abort {
        Abort::nyi(format!("{NATIVE_CALL}{name}"))
    }

    fn is_native_call(&self) -> bool {
        self.0
            .strip_prefix("NYI: ")
            .is_some_and(|m| m.starts_with(NATIVE_CALL))
    }
}

const NATIVE_CALL: &str = "call of ";

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
    /// A metamethod's frame: the raw words of the interpreter's continuation
    /// frame below its base (what to do with the result, where the caller
    /// resumes, the link), at base-4, base-3 and base-1.
    cont: Option<[u64; 3]>,
    /// A vararg function's frame: how far FUNCV moved its base above the
    /// call's (its Lua link is below the varargs, a vararg link below its
    /// base); 0 for other frames.
    varg: i32,
}

impl Frame {
    /// The trace's bottom frame at `base`, running `proto` (its function is
    /// loaded when needed).
    fn bottom(base: i32, proto: Gc<Proto>) -> Frame {
        Frame {
            base,
            func: None,
            proto,
            ret_pc: std::ptr::null(),
            call_a: 0,
            nresults: 0,
            tail_called: false,
            cont: None,
            varg: 0,
        }
    }
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
    /// A C call's `bool` result in this slot, from this value (0 or not):
    /// guarded once the call ran (`fix_bool_result`).
    bool_result: Option<(i32, Ref)>,
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
    /// The metamethods' interned names, by `Mm`.
    mm_names: Vec<Value>,
    /// Numbers have a metatable (`debug.setmetatable(0, mt)`): arithmetic
    /// on them is not recorded.
    number_mt: bool,
    /// The strings' metatable (traces are flushed when it is replaced).
    string_mt: Option<Gc<Table>>,
    /// The globals, where names of natives are looked up for messages.
    globals: Gc<Table>,
    /// `ipairs`'s iterator and `next`.
    ipairs_aux: Option<Value>,
    next_fn: Value,
    /// The instruction being recorded closes the trace's loop although it is
    /// not its header (ITERN runs the ITERL after it).
    closes_loop: bool,
    /// The generic for loop being recorded ended (its ITERL found nil).
    iter_ended: bool,
    /// The function the trace starts in (frame 0's, until a return below it).
    proto0: Gc<Proto>,
    /// What `type` returns for each IR type of a value, and `tostring` for
    /// nil, false and true.
    type_names: Vec<Option<Value>>,
    pri_strings: [Value; 3],
    /// nil or the booleans have a metatable (`debug.setmetatable`).
    pri_mt: bool,
    /// The functions the trace returned into below its start (`RETF`), in
    /// order.
    retf_protos: Vec<Gc<Proto>>,
    /// A side trace from the final exit of a trace that leaves to the
    /// interpreter (it must get further than its parent).
    pub from_final_exit: bool,
    /// The trace calls C functions (which may write to C's stdout).
    pub calls_c: bool,
    /// The VM's flag for output C may have left in its stdout buffer.
    c_output_flag: usize,
    /// The function header being recorded was reached by a tail call.
    tail_called: bool,
    /// Variable results a return just left for the next instruction, and
    /// those the instruction being recorded takes.
    multres: Option<i32>,
    cur_multres: Option<i32>,
}

/// How a library call behaves.
#[derive(Clone, Copy)]
struct CallHow {
    /// It changes state (CALLS: never removed, moved or merged) rather than
    /// only computing its result (CALLN).
    effect: bool,
    fails: Fails,
}

/// When a library call returns `FAIL` (and exits to the instruction).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fails {
    Never,
    /// When its result would not be what the trace expects.
    Exit,
    /// Only when a collection is due (an allocation: no side trace grows
    /// from its exit).
    Alloc,
}

impl CallHow {
    const PURE: CallHow = CallHow {
        effect: false,
        fails: Fails::Never,
    };
    const ALLOC: CallHow = CallHow {
        effect: false,
        fails: Fails::Alloc,
    };
    /// An allocation of a mutable object (never merged with another).
    const NEW: CallHow = CallHow {
        effect: true,
        fails: Fails::Alloc,
    };
    /// A call that reads memory the trace may write (never merged with
    /// another) and fails as CHECKED does.
    const READS: CallHow = CallHow {
        effect: true,
        fails: Fails::Exit,
    };
    const CHECKED: CallHow = CallHow {
        effect: false,
        fails: Fails::Exit,
    };
    const EFFECT_CHECKED: CallHow = CallHow {
        effect: true,
        fails: Fails::Exit,
    };
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

/// The raw link of a vararg frame whose base is `delta` slots above its
/// call's.
fn varg_link(delta: i32) -> u64 {
    lunavm_vm::frame::delta_link(lunavm_vm::frame::KIND_VARG, delta as usize).to_bits()
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

/// Lua's raw equality: numbers by value, everything else by identity.
fn raw_equal(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        a.as_f64() == b.as_f64()
    } else {
        a == b
    }
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
            frames: vec![Frame::bottom(0, func.proto())],
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
            bool_result: None,
            end: None,
            end_pc: std::ptr::null(),
            recunroll: params.recunroll,
            side: None,
            target_pc: std::ptr::null(),
            root_proto: func.proto(),
            origin_pc: header,
            here_trace: None,
            loopunroll: params.loopunroll,
            mm_names: MM_ALL.iter().map(|&m| vm.metamethod_name(m)).collect(),
            number_mt: vm.metatable_of(Value::num(0.0)).is_some(),
            pri_mt: [Value::NIL, Value::FALSE]
                .iter()
                .any(|&v| vm.metatable_of(v).is_some()),
            pri_strings: [
                vm.type_name_by("nil").unwrap_or(Value::NIL),
                vm.bool_name(false),
                vm.bool_name(true),
            ],
            string_mt: vm.metatable_of(vm.metamethod_name(Mm::Index)),
            globals: vm.globals(),
            ipairs_aux: vm.ipairs_aux(),
            next_fn: vm.next_fn(),
            closes_loop: false,
            iter_ended: false,
            proto0: func.proto(),
            type_names: type_names(vm),
            retf_protos: Vec::new(),
            from_final_exit: false,
            calls_c: false,
            c_output_flag: vm.c_output_flag(),
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
            if self.ty(r) == IrType::Ptr {
                // C data the trace keeps virtual (CREF, CNEWI), used as a
                // Lua value: boxed here (record/ffi.rs).
                return self.box_cdata(r);
            }
            if self.ty(r) == IrType::Int {
                // A narrowed loop index: a number to every reader (an index
                // folds the conversion away again).
                let n = Ins::new(IrOp::CONV, IrType::Num, r, conv::INT_NUM);
                return Ok(self.ir.emit(n)?);
            }
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

    /// Like `get`, but a virtual cdata (record/ffi.rs) comes back as it is:
    /// for values moving between slots (arguments, results), which stay
    /// virtual.
    fn get_any(&mut self, s: i32) -> Rec<Ref> {
        let r = self.slots.get(self.abs_slot(s)?);
        if r != UNSET && crate::xmem::virtual_cdata(&self.ir, r).is_some() {
            return Ok(r);
        }
        self.get(s)
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
        let mut links = Vec::new();
        for f in &self.frames[1..] {
            match f.cont {
                None if f.varg > 0 => links.extend([
                    SnapLink {
                        slot: f.base - f.varg - 1,
                        link: f.ret_pc as u64,
                    },
                    SnapLink {
                        slot: f.base - 1,
                        link: varg_link(f.varg),
                    },
                ]),
                None => links.push(SnapLink {
                    slot: f.base - 1,
                    link: f.ret_pc as u64,
                }),
                Some([cont, pc, link]) => links.extend([
                    SnapLink {
                        slot: f.base - 4,
                        link: cont,
                    },
                    SnapLink {
                        slot: f.base - 3,
                        link: pc,
                    },
                    SnapLink {
                        slot: f.base - 1,
                        link,
                    },
                ]),
            }
        }
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
            gc_exit: false,
        }
    }

    /// Emits an allocation (a helper that fails, and exits to the current
    /// instruction, only when a collection is due) with a snapshot of its own
    /// that grows no side trace.
    fn alloc_guard(&mut self, ins: Ins) -> Rec<Ref> {
        self.take_snap(self.pc)?;
        self.snaps.last_mut().expect("just taken").gc_exit = true;
        let r = self.ir.emit(ins.guarded())?;
        // Later guards of the instruction exit through a snapshot of their own.
        self.snap_pc = std::ptr::null();
        Ok(r)
    }

    /// A library call (see `lunavm_vm::trace_calls`) with at most three
    /// arguments and a result of type `t` (Void: none).
    fn lib_call(&mut self, call: Call, args: &[Ref], t: IrType, how: CallHow) -> Rec<Ref> {
        debug_assert!(args.len() <= 3, "library calls take three arguments");
        let mut op1 = REF_NONE;
        for (n, &a) in args.iter().enumerate() {
            op1 = match n {
                0 => a,
                _ => self.ir.emit(Ins::new(IrOp::CARG, IrType::Void, op1, a))?,
            };
        }
        let op = if how.effect { IrOp::CALLS } else { IrOp::CALLN };
        let ins = Ins::new(op, t, op1, call as u32);
        match how.fails {
            Fails::Never => Ok(self.ir.emit(ins)?),
            Fails::Exit => self.guard(ins),
            Fails::Alloc => self.alloc_guard(ins),
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
            if self.kind == LoopKind::For && self.side.is_none() {
                // SAFETY: the header is the loop's FORL, whose A names its
                // slots; its FORI is the instruction before the body (`pc`).
                let forl = unpatch(unsafe { *self.header_pc });
                let a = forl.a() as i32;
                for s in [a + 1, a + 2] {
                    if let Some(k) = self.constant_init(unsafe { pc.sub(1) }, s) {
                        self.set(s, k)?;
                    }
                }
                self.narrow_for(a)?;
            }
        }
        let proto = self.proto();
        let idx = proto.pc_of(pc);
        if idx >= proto.body().code.len() {
            return Err(Abort("pc outside the function".into()));
        }
        self.ir.cur_pc = idx as u32;
        self.ir.cur_depth = (self.frames.len() - 1) as u8;
        if let Some((slot, r)) = self.bool_result.take() {
            self.fix_bool_result(slot, r)?;
        }
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
        if self.cur_multres.is_none() && self.ninstr == 1 && self.side.is_some() {
            // A side trace starting at an instruction that takes variable
            // results: their number is fixed by the parent's snapshot, and
            // the interpreter published it in `top`.
            if let Some(end0) = multres_end(op, ins, 0) {
                let n = t.top as i64 - t.base as i64 - end0 as i64;
                self.cur_multres = (n >= 0).then_some(n as i32);
            }
        }
        // Where the recording may stop instead of aborting, leaving the rest
        // to the interpreter: past a return below the start, and at a call
        // of a native function without a recorder (string.find, ...), which
        // the interpreter then makes.
        let is_call = matches!(op, Op::CALL | Op::CALLM);
        let undo = (!self.retf_protos.is_empty() || is_call).then(|| self.checkpoint());
        if let Err(e) = self.record_ins(vm, ins, op, unpatch) {
            // (Not at the first instruction: the trace would be empty.)
            let may_end = self.ninstr > 1 && (!self.retf_protos.is_empty() || e.is_native_call());
            match undo {
                // A function header resumes only right after its call.
                Some(cp)
                    if may_end
                        && !matches!(op, Op::FUNCF | Op::FUNCV | Op::IFUNCF | Op::IFUNCV) =>
                {
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
        let at_header = at_header || std::mem::take(&mut self.closes_loop);
        if at_header && !std::mem::take(&mut self.iter_ended) {
            self.closing = true;
        } else if at_header && self.side.is_none() {
            return Err(Abort("the loop ended while it was recorded".into()));
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
        vm: &Vm,
        ins: BcIns,
        op: Op,
        unpatch: &dyn Fn(BcIns) -> BcIns,
    ) -> Rec<()> {
        if self.record_ffi(vm, ins, op)? {
            return Ok(());
        }
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
                let t = self.alloc_guard(ins)?;
                self.set(a, t)?;
            }
            Op::TDUP => {
                let tpl = self.proto().body().kgc[d as usize];
                let k = self.ir.kgc(tpl);
                let t = self.alloc_guard(Ins::new(IrOp::TDUP, IrType::Tab, k, 0))?;
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
                let r = self.get(d as i32)?;
                if self.ty(r) != IrType::Num {
                    // Lua 5.1 passes the operand twice.
                    return self.arith_meta(a, Mm::Unm, r, r);
                }
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
                let x = self.get(b)?;
                let y = self.knum(c as u32);
                self.arith(a, op as u8 - Op::ADDVN as u8, x, y)?;
            }
            Op::ADDNV | Op::SUBNV | Op::MULNV | Op::DIVNV | Op::MODNV => {
                let x = self.knum(c as u32);
                let y = self.get(b)?;
                self.arith(a, op as u8 - Op::ADDNV as u8, x, y)?;
            }
            Op::ADDVV | Op::SUBVV | Op::MULVV | Op::DIVVV | Op::MODVV => {
                let x = self.get(b)?;
                let y = self.get(c)?;
                self.arith(a, op as u8 - Op::ADDVV as u8, x, y)?;
            }
            Op::POW => {
                let (x, y) = (self.get(b)?, self.get(c)?);
                if self.ty(x) != IrType::Num || self.ty(y) != IrType::Num {
                    return self.arith_meta(a, Mm::Pow, x, y);
                }
                let r = self.lib_call(Call::Pow, &[x, y], IrType::Num, CallHow::PURE)?;
                self.set(a, r)?;
            }

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
            Op::CAT => self.concat(a, b, c)?,

            // --- Globals, upvalues, tables
            Op::GGET => {
                let env = self.env()?;
                let key = self.kgc_str(d);
                self.index_const_into(a, env, key)?;
            }
            Op::GSET => {
                let env = self.env()?;
                let key = self.kgc_str(d);
                let v = self.get(a)?;
                self.table_set_const(env, key, v)?;
            }
            Op::TGETS => {
                let key = self.kgc_str(c as u32);
                let o = self.get(b)?;
                if self.ty(o) == IrType::Str {
                    // A string method (`s:sub(...)`).
                    let v = self.string_index(key)?;
                    self.set(a, v)?;
                } else {
                    let t = self.table_operand(b)?;
                    self.index_const_into(a, t, key)?;
                }
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
                if let Some(k) = self.constant_upvalue(d)? {
                    self.set(a, k)?;
                    return Ok(());
                }
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
            Op::ITERC => self.iter_call(ins)?,
            Op::VARG => self.varg(a, b)?,
            Op::ISNEXT => self.is_next(a)?,
            Op::ITERN => self.iter_next(ins, unpatch)?,
            Op::ITERL | Op::IITERL => {
                // The iterator's first result decides (its type is guarded).
                let own = self.frames.len() == 1 && self.pc == self.header_pc;
                let r = self.get(a)?;
                self.iter_ended = self.ty(r) == IrType::Nil;
                if !self.iter_ended {
                    self.set(a - 1, r)?;
                    if !own {
                        // SAFETY: ITERL's jump target is the loop body's start.
                        let body = unsafe { self.pc.add(1).offset(ins.j() as isize) };
                        self.loop_again(body)?;
                    }
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
            Op::FUNCF | Op::IFUNCF | Op::JFUNCF | Op::FUNCV | Op::IFUNCV => {
                self.func_header(ins)?;
                self.check_up_recursion();
            }
            Op::RET0 | Op::RET1 | Op::RET | Op::RETM => self.ret(ins, op)?,

            other => return Err(Abort::nyi(format!("bytecode {}", other.name()))),
        }
        Ok(())
    }

    // ------------------------------------------------------------ constants

    fn mm_name(&self, mm: Mm) -> Value {
        self.mm_names[mm as usize]
    }

    fn kgc_str(&mut self, d: u32) -> Ref {
        let v = self.proto().body().kgc[d as usize];
        self.ir.kgc(v)
    }
    fn knum(&mut self, d: u32) -> Ref {
        let v = self.proto().body().knum[d as usize];
        self.ir.knum(v.as_f64())
    }

    // ------------------------------------------------------------ arithmetic

    /// `kind`: 0 add, 1 sub, 2 mul, 3 div, 4 mod.
    fn arith(&mut self, a: i32, kind: u8, x: Ref, y: Ref) -> Rec<()> {
        if self.ty(x) != IrType::Num || self.ty(y) != IrType::Num {
            return self.arith_meta(a, Arith::from_index(kind).mm(), x, y);
        }
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

    /// Arithmetic on a table: a call of the metamethod `mm` of the first
    /// operand that has one (as the interpreter looks it up: the left one,
    /// else the right one), its result stored into slot `a`. The handler is
    /// specialised on: each operand's metatable is guarded, and so is the
    /// handler it holds, or its absence.
    fn arith_meta(&mut self, a: i32, mm: Mm, x: Ref, y: Ref) -> Rec<()> {
        let name = self.mm_name(mm);
        let mut handler = None;
        for o in [x, y] {
            match self.ty(o) {
                IrType::Num if !self.number_mt => continue,
                IrType::Tab => {}
                _ => return Err(Abort::nyi("arithmetic on a non-number")),
            }
            let live = self.live_table(o)?;
            handler = self.metamethod(o, live, name)?;
            if handler.is_some() {
                break;
            }
        }
        match handler {
            Some(h) => self.call_meta(h, &[x, y], a, Cont::StoreA),
            None => Err(Abort::nyi("arithmetic without a metamethod")),
        }
    }

    /// CAT A B C: slots B..C (strings and numbers) joined into slot A, by
    /// library calls of up to three pieces each, from the right.
    fn concat(&mut self, a: i32, b: i32, c: i32) -> Rec<()> {
        let mut pieces = Vec::with_capacity((c - b + 1) as usize);
        for s in b..=c {
            let r = self.get(s)?;
            if !matches!(self.ty(r), IrType::Str | IrType::Num | IrType::Int) {
                return Err(Abort::nyi("concatenation with __concat"));
            }
            pieces.push(r);
        }
        let mut acc = pieces.pop().expect("two pieces or more");
        while !pieces.is_empty() {
            let from = pieces.len().saturating_sub(2);
            let mut args: Vec<Ref> = pieces.drain(from..).collect();
            args.push(acc);
            acc = self.lib_call(Call::Concat, &args, IrType::Str, CallHow::ALLOC)?;
        }
        self.set(a, acc)
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
        let mut x = self.get(a)?;
        let mut y = self.get(d)?;
        let (l, r) = match (va.as_str(), vd.as_str()) {
            _ if va.is_number() && vd.is_number() => (va.as_f64(), vd.as_f64()),
            (Some(s), Some(t)) => {
                // Strings: their comparison (-1, 0, 1) against 0.
                let c = self.lib_call(Call::StrCmp, &[x, y], IrType::Num, CallHow::PURE)?;
                (x, y) = (c, self.ir.knum(0.0));
                (s.as_bytes().cmp(t.as_bytes()) as i8 as f64, 0.0)
            }
            _ if va.is_table() && vd.is_table() => return self.order_meta(op, x, y),
            _ => return Err(Abort::nyi("comparison of these types")),
        };
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

    /// `<`/`<=` of two tables: the handler both operands' metatables agree on
    /// (Lua 5.1's `getcomphandler`; `a <= b` falls back to `not (b < a)`),
    /// called with the comparison's branch as its continuation.
    fn order_meta(&mut self, op: Op, x: Ref, y: Ref) -> Rec<()> {
        let lt = matches!(op, Op::ISLT | Op::ISGE);
        let neg = matches!(op, Op::ISGE | Op::ISGT);
        let cont = |inverted: bool| {
            if neg != inverted {
                Cont::CondNot
            } else {
                Cont::Cond
            }
        };
        let first = if lt { Mm::Lt } else { Mm::Le };
        if let Some(h) = self.common_handler(x, y, first)? {
            return self.call_meta(h, &[x, y], 0, cont(false));
        }
        if !lt {
            if let Some(h) = self.common_handler(y, x, Mm::Lt)? {
                return self.call_meta(h, &[y, x], 0, cont(true));
            }
        }
        Err(Abort::nyi("comparison of tables without a handler"))
    }

    /// The metamethod `mm` two tables share (guarded): the left one's, if the
    /// right one's is the same.
    fn common_handler(&mut self, x: Ref, y: Ref, mm: Mm) -> Rec<Option<Value>> {
        let name = self.mm_name(mm);
        let (lx, ly) = (self.live_table(x)?, self.live_table(y)?);
        let Some(h) = self.metamethod(x, lx, name)? else {
            return Ok(None);
        };
        match self.metamethod(y, ly, name)? {
            Some(h2) if h2.raw_eq(h) => Ok(Some(h)),
            _ => Ok(None),
        }
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
        let same = self.equal_live(x, y)?;
        if tx == IrType::Udata || (tx == IrType::Tab && !same) {
            // Two different tables are equal only through an `__eq` both
            // metatables share: called, or the left one's absence guarded
            // (then no handler applies).
            let Some(live) = self.live_of(x).and_then(|v| v.as_table()) else {
                return Err(Abort::nyi("comparison of userdata (__eq)"));
            };
            let has_eq = live
                .metatable()
                .is_some_and(|mt| !mt.get(self.mm_name(Mm::Eq)).is_nil());
            if has_eq {
                let cont = if eq { Cont::Cond } else { Cont::CondNot };
                if let Some(h) = self.common_handler(x, y, Mm::Eq)? {
                    return self.call_meta(h, &[x, y], 0, cont);
                }
                return Err(Abort::nyi("tables with different __eq"));
            }
            self.no_metamethod(x, live, self.mm_name(Mm::Eq))?;
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
    /// (A guess would record the branch the interpreter does not take.)
    fn equal_live(&self, x: Ref, y: Ref) -> Rec<bool> {
        match (self.live_of(x), self.live_of(y)) {
            (Some(a), Some(b)) => Ok(raw_equal(a, b)),
            _ => Err(Abort(
                "comparison of a value the recorder cannot see".into(),
            )),
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
        let i = self.ir.get(r);
        if i.op == IrOp::CONV && i.op2 == conv::INT_NUM {
            // A narrowed loop index as `get` gives it.
            return self.live_of(i.op1);
        }
        None
    }

    // -------------------------------------------------------------- upvalues

    fn upvalue_ref(&mut self, idx: u32) -> Rec<Ref> {
        let f = self.cur_func()?;
        Ok(self.ir.emit(Ins::new(IrOp::UREFO, IrType::Ptr, f, idx))?)
    }

    /// The value of upvalue `idx` as a constant, when it can never change: an
    /// upvalue the compiler marked immutable (its local is not assigned after
    /// its declaration, like `local function f`) of a function the trace knows
    /// as a constant. The bottom frame's function is guarded to be this
    /// closure first when its prototype made only one (LuaJIT's late
    /// specialisation). debug.setupvalue flushes traces when it changes such
    /// an upvalue.
    fn constant_upvalue(&mut self, idx: u32) -> Rec<Option<Ref>> {
        let Ok(f) = self.live_func() else {
            return Ok(None);
        };
        let pt = f.proto();
        let v = self.upvalue_value(idx);
        let constant = v.is_number() || v.is_gc() || IrType::of(v).is_pri();
        if !constant
            || !pt
                .body()
                .uvdesc
                .get(idx as usize)
                .is_some_and(|u| u.immutable)
        {
            return Ok(None);
        }
        let fr = self.cur_func()?;
        if !is_const(fr) {
            if pt.many_closures() {
                return Ok(None);
            }
            let kf = self.ir.kgc(f.to_value());
            self.guard(Ins::new(IrOp::EQ, IrType::Void, fr, kf))?;
            self.frames.last_mut().expect("a frame").func = Some(kf);
        }
        Ok(Some(self.ir.kvalue(v)))
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
        self.narrow_for(a)?;
        let (i, stop, step) = (self.for_ref(a)?, self.for_ref(a + 1)?, self.for_ref(a + 2)?);
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

    /// Narrowing (LuaJIT's lj_opt_narrow_forl): when a numeric for loop's
    /// index, limit and step (slots `a`..`a + 2`) are integers now, and the
    /// index stepped past the limit still fits in 32 bits, the trace keeps
    /// the three and the visible copy as integers (converted with a check:
    /// other values exit). Readers of the visible copy get it as a number
    /// (`get`); table indexing folds that conversion away.
    fn narrow_for(&mut self, a: i32) -> Rec<()> {
        let vals = [self.val(a), self.val(a + 1), self.val(a + 2)];
        if !vals.iter().all(|&v| is_int_key(v)) || vals[0].as_f64().to_bits() == (-0.0f64).to_bits()
        {
            return Ok(());
        }
        let (stop, step) = (vals[1].as_f64() as i64, vals[2].as_f64() as i64);
        if step == 0 || i32::try_from(stop + step).is_err() {
            return Ok(());
        }
        for s in a..a + 3 {
            let r = self.get(s)?;
            let k = self.guard(Ins::new(IrOp::CONV, IrType::Int, r, conv::NUM_INT_CHECK))?;
            self.set(s, k)?;
        }
        let i = self.slot_ref(a)?;
        self.set(a + 3, i)
    }

    /// The constant slot `s` was set to by a KSHORT/KNUM before `fori` (a
    /// loop's limit or step written as a literal), if nothing else may have
    /// set it: no later instruction writes it and no jump lands between (as
    /// LuaJIT's find_kinit). Reading it from the stack instead would cost a
    /// load and a type check per entry, and hide the constant from FOLD.
    fn constant_init(&mut self, fori: *const BcIns, s: i32) -> Option<Ref> {
        let pt = self.proto();
        let code = &pt.body().code;
        let end = pt.pc_of(fori);
        let mut at = None;
        for n in (0..end).rev() {
            let ins = code[n];
            let op = Op::from_u8(ins.op_byte())?;
            let (ka, _, _) = op.operands();
            let a = ins.a() as i32;
            if ka == Operand::Base && a <= s {
                return None; // a range of results may include the slot
            }
            if ka == Operand::Dst && a == s {
                if !matches!(op, Op::KSHORT | Op::KNUM) {
                    return None;
                }
                at = Some(n);
                break;
            }
        }
        let at = at?;
        // No jump may land after the initializer and up to the FORI.
        for (n, ins) in code.iter().enumerate() {
            let op = Op::from_u8(ins.op_byte())?;
            if op.has_jump() {
                let target = n as i64 + 1 + ins.j() as i64;
                if target > at as i64 && target <= end as i64 {
                    return None;
                }
            }
        }
        let ins = code[at];
        Some(match ins.op() {
            Op::KSHORT => self.ir.knum(ins.ds() as f64),
            _ => self.knum(ins.d()),
        })
    }

    /// A numeric for loop's control slot as the loop keeps it (an integer
    /// if narrowed, else a number).
    fn for_ref(&mut self, s: i32) -> Rec<Ref> {
        let r = self.slot_ref(s)?;
        if r != UNSET && self.ty(r) == IrType::Int {
            return Ok(r);
        }
        self.get(s)
    }

    fn step_sign_guard(&mut self, step: Ref, up: bool) -> Rec<()> {
        let zero = if self.ty(step) == IrType::Int {
            self.ir.kint(0)
        } else {
            self.ir.knum(0.0)
        };
        let op = if up { IrOp::GT } else { IrOp::LE };
        self.guard(Ins::new(op, IrType::Void, step, zero))?;
        Ok(())
    }

    /// FORL: step the index and guard the outcome seen, the loop going on
    /// (exit: leaving it) or being left (exit: going on). Returns whether it
    /// goes on. (The FORL that closes the trace's own loop always goes on.)
    fn for_back(&mut self, ins: BcIns) -> Rec<bool> {
        let a = ins.a() as i32;
        let (mut i, mut stop, mut step) =
            (self.for_ref(a)?, self.for_ref(a + 1)?, self.for_ref(a + 2)?);
        let int = [i, stop, step].iter().all(|&r| self.ty(r) == IrType::Int);
        if !int {
            // Mixed (a side trace that loaded some as numbers): all numbers.
            (i, stop, step) = (self.get(a)?, self.get(a + 1)?, self.get(a + 2)?);
        }
        let (vi, vstop, vstep) = (
            self.val(a).as_f64(),
            self.val(a + 1).as_f64(),
            self.val(a + 2).as_f64(),
        );
        let up = vstep > 0.0;
        self.step_sign_guard(step, up)?;
        let next = if int {
            // Overflow exits to this FORL, which steps in doubles.
            self.guard(Ins::new(IrOp::ADDOV, IrType::Int, i, step))?
        } else {
            self.ir.emit(Ins::new(IrOp::ADD, IrType::Num, i, step))?
        };
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
