//! A finished trace, and what a backend makes of it.

use crate::ir::Ref;
use crate::irbuf::Ir;
use crate::record::TraceEnd;
use crate::snap::Snapshot;
use lunavm_vm::bytecode::Ins as BcIns;
use lunavm_vm::func::Proto;
use lunavm_vm::value::Gc;

/// Where a value lives while the trace runs (what an exit reads it from).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    /// Not materialised (constants, values no snapshot needs).
    None,
    /// A general register (0-15) or an XMM register (16-31).
    Reg(u8),
    /// A spill slot (8 bytes each) in the trace's stack frame.
    Spill(u16),
}

/// The machine code of a trace, as the backend reports it.
#[derive(Clone, Debug)]
pub struct Code {
    /// Address of the first instruction.
    pub entry: usize,
    /// Size in bytes.
    pub size: usize,
    /// Per IR instruction (index `ref - REF_BIAS`): where its value lives.
    pub locs: Vec<Loc>,
    /// Spill slots used.
    pub spills: u32,
    /// Bytes of instructions (constants follow them).
    pub text_len: usize,
    /// Per snapshot: the address of its exit stub (0 if no guard uses it).
    pub exit_stubs: Vec<usize>,
    /// Where each IR instruction's code starts (offset from `entry`, in
    /// increasing order), for the profiler's address-to-line mapping.
    pub marks: Vec<(u32, Ref)>,
}

/// Register file and spill slots at a trace exit, filled by the backend.
#[derive(Clone, Debug, Default)]
pub struct ExitState {
    /// The snapshot the exit belongs to.
    pub snap: u32,
    /// The trace that exited (a side trace may exit, not the one entered).
    pub trace: u32,
    pub gpr: [u64; 16],
    /// XMM registers (low 64 bits).
    pub fpr: [u64; 16],
    pub spill: Vec<u64>,
    /// The address of slot 0 of the trace's frame at the exit (traces that
    /// recurse move it).
    pub base: usize,
}

/// A compiled trace.
pub struct Trace {
    pub no: u32,
    pub ir: Ir,
    pub snaps: Vec<Snapshot>,
    /// The prototype and header op the trace is attached to, and the op it
    /// replaced there (for a side trace: its root's).
    pub proto: Gc<Proto>,
    pub header_pc: *const BcIns,
    pub start_pc: *const BcIns,
    pub original: BcIns,
    pub end: TraceEnd,
    /// Highest slot the trace touches, relative to its starting base.
    pub max_slot: i32,
    /// The loop marker, if LOOP optimisation split the trace.
    pub loop_ref: Option<Ref>,
    /// For a side trace: the trace and snapshot it grew from, and its root.
    pub side: Option<crate::record::SideOf>,
    /// Side traces attached to this trace's exits.
    pub nsides: u32,
    pub code: Option<Code>,
    /// How often the trace was entered from the interpreter, and left
    /// through one of its exits (profiling statistics).
    pub entries: u64,
    pub exits: u64,
    /// The prototype of each recorded bytecode position, by inlining depth
    /// and index (IR instructions carry only those two): maps sampled trace
    /// code back to the function it was recorded from.
    pub pc_protos: Vec<(u8, u32, Gc<Proto>)>,
    /// Names of the functions the trace inlined, from their call sites.
    pub inlined_names: Vec<(Gc<Proto>, String)>,
    /// Per snapshot, once its exit was taken: how to restore it (None inside
    /// when it cannot be planned; see restore.rs).
    pub plans: Vec<Option<Option<crate::restore::Plan>>>,
}

impl Trace {
    /// Whether the trace may start at a base that moved (function traces,
    /// one frame deeper per recursion, and side traces): it then checks the
    /// stack's room first, exiting through snapshot 0.
    pub fn checks_stack(&self) -> bool {
        self.side.is_some() || self.original.op() == lunavm_vm::bytecode::Op::FUNCF
    }
}

/// What a backend's error says when its code areas are full.
pub const CODE_AREA_FULL: &str = "code area full";

/// What compiles a trace's IR to machine code and runs it.
pub trait Backend {
    /// Assembles trace `t`. `entry_of` gives the entry address of another trace
    /// (for links); `parent` is the trace a side trace starts from (its code
    /// first writes back the parent's snapshot). Returns the code, or why it
    /// could not be compiled.
    fn assemble(
        &mut self,
        t: &Trace,
        entry_of: &dyn Fn(u32) -> Option<usize>,
        parent: Option<&Trace>,
    ) -> Result<Code, String>;

    /// Redirects the exit stub at `stub` to `target` (a side trace's entry).
    fn patch_exit(&mut self, stub: usize, target: usize) -> Result<(), String>;

    /// Runs the code at `entry` with the interpreter stack's frame base `base`;
    /// fills `exit` with the register state at the exit taken. `limit` is the
    /// highest base at which the trace's frames still fit the stack (traces
    /// that recurse check it before each level). `vm` is the running VM, for
    /// the write barriers trace code calls.
    ///
    /// # Safety
    /// `entry` must be the entry of a trace this backend assembled and has not
    /// flushed, `base` a frame base of the running thread's stack with room
    /// for every slot the trace uses, and every base up to `limit` likewise;
    /// nothing else may use `vm` while the trace runs.
    unsafe fn run(
        &mut self,
        entry: usize,
        base: *mut lunavm_vm::Value,
        limit: *const lunavm_vm::Value,
        vm: *mut lunavm_vm::Vm,
        exit: &mut ExitState,
    );

    /// Throws away all machine code.
    fn flush(&mut self);

    /// The name of the target, for `jit.arch`.
    fn arch(&self) -> &'static str;

    /// The shared code every trace uses (trampoline, exit handler): start and
    /// size, for `/tmp/perf-<pid>.map`.
    fn runtime_code(&self) -> Option<(usize, usize)> {
        None
    }

    /// Sets the size of each new code area and of all of them together (KB;
    /// `-Osizemcode`, `-Omaxmcode`). When they are full, `assemble` fails
    /// with a message containing `CODE_AREA_FULL` and the engine flushes.
    fn set_limits(&mut self, _area_kb: u32, _max_kb: u32) {}

    /// The name of register `n` of `Loc::Reg` (for `-jdump=r`).
    fn reg_name(&self, n: u8) -> &'static str;

    /// The disassembled code of `code` (the trace's IR `ir`), for `-jdump=m`.
    fn listing(&self, code: &Code, ir: &crate::irbuf::Ir) -> String;
}
