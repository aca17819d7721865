//! The interface between the interpreter and a trace compiler.
//!
//! The VM does not know how traces are recorded or compiled. A [`Jit`] attached
//! with [`Vm::set_jit`] is told when a hot counter expires, sees every
//! instruction while it records, and runs its traces when the interpreter reaches
//! a trace entry: a loop header (FORL, ITERL, LOOP) patched to its J-form (JFORL,
//! JITERL, JLOOP, JFUNCF) whose D operand is the trace number.
//!
//! Protocol:
//! - **Hot**: a header op's counter expired. The thread's `base` is published and
//!   `pc` points at the header itself. If `hot` starts recording it returns true,
//!   and the interpreter re-runs the header in its hooked loop, which calls
//!   `record` before every instruction (state published, `pc` at the instruction)
//!   until `record` returns false.
//! - **Enter**: at a J-op the interpreter publishes its state (`pc` at the J-op)
//!   and calls `enter`, which runs the machine code and returns with the thread's
//!   stack, `base` and `pc` rebuilt from the exit's snapshot. If that `pc` holds a
//!   J-op, the interpreter runs the op it replaced (`original`) once, so an exit
//!   at a trace's own entry cannot re-enter it.
//! - Traces never collect garbage and never raise errors: an allocation that is
//!   due a collection, or an operation that would fail, exits to the interpreter,
//!   which re-runs the instruction.
//!
//! A `Jit` is moved out of the VM while one of its methods runs (so it can take
//! `&mut Vm`): it must not expect to find itself in `vm.jit` meanwhile.

use crate::bytecode::Ins;
use crate::state::Vm;
use crate::table::Table;
use crate::value::Value;
use crate::LuaResult;

pub trait Jit {
    /// The hot counter of the header op at `pc` expired. Returns true if recording
    /// started.
    fn hot(&mut self, vm: &mut Vm, pc: *const Ins) -> bool;

    /// The instruction at the thread's published `pc` is about to run. Returns
    /// false once recording has ended (the trace is done, or it was aborted).
    fn record(&mut self, vm: &mut Vm) -> bool;

    /// Recording must stop now: the interpreter is about to do something the
    /// recorder cannot follow (an error unwinds frames, a coroutine switch).
    fn abort(&mut self, vm: &mut Vm, why: &str);

    /// Runs trace `n` entered from the J-op at the thread's published `pc`.
    fn enter(&mut self, vm: &mut Vm, n: u32) -> LuaResult<()>;

    /// The instruction that trace `n`'s J-op replaced.
    fn original(&self, n: u32) -> Ins;

    /// Reports every GC value the JIT holds (trace constants) to the collector.
    fn roots(&self, mark: &mut dyn FnMut(Value));

    /// `jit.on()` / `jit.off()` (off also flushes every trace).
    fn set_enabled(&mut self, vm: &mut Vm, on: bool);

    /// Whether the JIT compiles traces.
    fn enabled(&self) -> bool;

    /// Throws away every trace, restoring the instructions they replaced.
    fn flush(&mut self, vm: &mut Vm);

    /// Sets an optimisation flag or parameter from a `-O` style item: `3`, `+fold`,
    /// `-loop`, `hotloop=10`.
    fn set_option(&mut self, vm: &mut Vm, item: &str) -> Result<(), String>;

    /// The enabled optimisation flags, for `jit.status()`.
    fn flags(&self) -> Vec<String>;

    /// For the profiler: the trace and Lua position of machine address `addr`,
    /// sampled while trace `hint` ran (the address may lie in a side trace or
    /// a trace it links to). None if no trace holds it.
    fn locate(&self, _hint: u32, _addr: usize) -> Option<crate::profile::Spot> {
        None
    }

    /// For the profiler: every live trace's entry and exit counts.
    fn trace_counts(&self) -> Vec<crate::profile::TraceCount> {
        Vec::new()
    }

    /// A profile ended: a trace dump in progress adds its statistics (the
    /// entry and exit counts of each trace).
    fn dump_stats(&mut self) {}
}

/// The table write barrier for trace code, called (from a cold path taken
/// only when the table is black) after a trace stored a value into `table`:
/// the table turns grey again, as after the interpreter's stores.
///
/// # Safety
/// `vm` must point to the VM running the trace (whose engine holds no other
/// reference into the heap meanwhile) and `table` to one of its live tables.
pub unsafe extern "C" fn trace_barrier_table(vm: *mut Vm, table: *mut crate::table::Table) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let t = crate::value::Gc::from_raw(table);
        (*vm).heap.barrier_back(t.header());
    }
}

/// Key creation for trace code: the value slot of `key` (a Lua value's bits)
/// in `table`, created (with nil) if absent, the table growing as needed;
/// null for a nil or NaN key or when it cannot grow (the memory limit): the
/// trace exits and the interpreter raises the error. Never collects garbage.
///
/// # Safety
/// `vm` as for [`trace_barrier_table`]; `table` must point to a live table and
/// `key` be the bits of a live value.
pub unsafe extern "C" fn trace_table_newref(
    vm: *mut Vm,
    table: *mut crate::table::Table,
    key: u64,
) -> *mut Value {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let t = crate::value::Gc::from_raw(table);
        t.slot_for_set(&mut (*vm).heap, Value::from_bits(key))
            .unwrap_or(std::ptr::null_mut())
    }
}

/// What an absent key's slot reads as.
static NIL_SLOT: Value = Value::NIL;

/// Key lookup for trace code: the address of the value `key` (a Lua value's
/// bits) has in `table` (a raw get), or of a constant nil if it is absent.
/// The address is only read.
///
/// # Safety
/// `table` must point to a live table and `key` be the bits of a live value.
pub unsafe extern "C" fn trace_table_ref(
    table: *mut crate::table::Table,
    key: u64,
) -> *const Value {
    // SAFETY: guaranteed by the caller.
    let t = unsafe { crate::value::Gc::from_raw(table) };
    let key = Value::from_bits(key);
    if key.is_number() {
        let n = key.as_f64();
        let i = n as i64;
        if i as f64 == n && (i as u64).wrapping_sub(1) < t.asize() as u64 {
            return &t.array()[i as usize - 1];
        }
    }
    match t.node_slot(key) {
        Some(p) => p,
        None => &NIL_SLOT,
    }
}

/// `#t` for trace code (Lua 5.1: no `__len` for tables).
///
/// # Safety
/// `table` must point to a live table.
pub unsafe extern "C" fn trace_table_len(table: *mut crate::table::Table) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe { crate::value::Gc::from_raw(table) }.length() as u64
}

/// Notes, for trace code, a tail call that replaced the frame whose base is
/// `base` in the running thread's stack, as the interpreter's CALLT does (a
/// `(tail call)` level for the debug library).
///
/// # Safety
/// `vm` as for [`trace_barrier_table`]; `base` must point into the running
/// thread's stack.
pub unsafe extern "C" fn trace_tailcall(vm: *mut Vm, base: *const Value) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let th = (*vm).current_thread();
        let idx = base.offset_from(th.stack_ptr()) as usize;
        th.add_tailcall(idx);
    }
}

/// A new table for trace code (`TNEW`): `narr` array slots and `nhash` hash
/// slots, as the interpreter's TNEW makes it. Null when a collection is due
/// (or under GC stress) or the allocation fails: the trace exits to its TNEW,
/// and the interpreter allocates there and runs its GC check point. Never
/// collects garbage.
///
/// # Safety
/// `vm` as for [`trace_barrier_table`].
pub unsafe extern "C" fn trace_table_new(vm: *mut Vm, narr: u32, nhash: u32) -> *mut Table {
    // SAFETY: guaranteed by the caller.
    let heap = unsafe { &mut (*vm).heap };
    if heap.needs_collect() || heap.stress {
        return std::ptr::null_mut();
    }
    Table::new(heap, narr, nhash).map_or(std::ptr::null_mut(), |t| t.as_ptr())
}

/// A copy of template table `tpl` for trace code (`TDUP`); null as for
/// [`trace_table_new`].
///
/// # Safety
/// `vm` as for [`trace_barrier_table`]; `tpl` must point to a live table.
pub unsafe extern "C" fn trace_table_dup(vm: *mut Vm, tpl: *mut Table) -> *mut Table {
    // SAFETY: guaranteed by the caller.
    let (heap, tpl) = unsafe { (&mut (*vm).heap, crate::value::Gc::from_raw(tpl)) };
    if heap.needs_collect() || heap.stress {
        return std::ptr::null_mut();
    }
    tpl.duplicate(heap)
        .map_or(std::ptr::null_mut(), |t| t.as_ptr())
}

/// A cdata for trace code (`CBOX`): C type `ctype` with an 8-byte payload
/// holding `bits` (a 64-bit integer, a pointer, a reference's address), the
/// object a value the trace kept unboxed stands for. Null as for
/// [`trace_table_new`]: the trace exits, and the exit boxes the value.
///
/// # Safety
/// `vm` as for [`trace_barrier_table`].
pub unsafe extern "C" fn trace_cdata_box(
    vm: *mut Vm,
    ctype: u32,
    bits: u64,
) -> *mut crate::cdata::Cdata {
    // SAFETY: guaranteed by the caller.
    let heap = unsafe { &mut (*vm).heap };
    if heap.needs_collect() || heap.stress {
        return std::ptr::null_mut();
    }
    match crate::cdata::Cdata::new(heap, ctype, 8) {
        Some(cd) => {
            cd.payload_mut().copy_from_slice(&bits.to_le_bytes());
            cd.as_ptr()
        }
        None => std::ptr::null_mut(),
    }
}

/// Boxes, for a side trace's entry, the unboxed cdata its parent's exit
/// left as raw `bits` in stack slot `slot`: the slot gets a cdata of C type
/// `ctype` holding them. The entry cannot exit half way (the slot must hold
/// a value), so this allocates even when a collection is due, or beyond
/// the memory limit; it returns nonzero then, and the side trace leaves
/// through its first snapshot once every slot is boxed, so that the exit
/// runs the collection. Never collects garbage.
///
/// # Safety
/// `vm` as for [`trace_barrier_table`]; `slot` must point into the running
/// thread's stack.
pub unsafe extern "C" fn trace_cdata_box_slot(vm: *mut Vm, ctype: u32, slot: *mut Value) -> u32 {
    // SAFETY: guaranteed by the caller.
    let (heap, slot) = unsafe { (&mut (*vm).heap, &mut *slot) };
    let bits = slot.to_bits();
    let cd = match crate::cdata::Cdata::new(heap, ctype, 8) {
        Some(cd) => cd,
        None => {
            let limit = std::mem::replace(&mut heap.limit, usize::MAX);
            let cd = crate::cdata::Cdata::new(heap, ctype, 8);
            heap.limit = limit;
            match cd {
                Some(cd) => cd,
                // The system allocator failed: as the VM does everywhere.
                None => std::alloc::handle_alloc_error(std::alloc::Layout::new::<[u64; 8]>()),
            }
        }
    };
    cd.payload_mut().copy_from_slice(&bits.to_le_bytes());
    *slot = cd.to_value();
    (heap.needs_collect() || heap.stress || heap.would_exceed(0)) as u32
}

/// Drops, for trace code, the `(tail call)` levels of the frame at `base`
/// (and above) when it returns inside the trace, as the interpreter's return
/// does.
///
/// # Safety
/// As for [`trace_tailcall`].
pub unsafe extern "C" fn trace_untail(vm: *mut Vm, base: *const Value) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let th = (*vm).current_thread();
        th.unwind_tailcalls(base.offset_from(th.stack_ptr()) as usize);
    }
}

/// The upvalue write barrier for trace code, called (when the upvalue object
/// is black) after a trace stored into it: a closed upvalue marks the GC
/// value it now holds, as after the interpreter's stores.
///
/// # Safety
/// `vm` as for [`trace_barrier_table`]; `uv` must point to a live upvalue.
pub unsafe extern "C" fn trace_barrier_upvalue(vm: *mut Vm, uv: *mut crate::func::UpVal) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let uv = crate::value::Gc::from_raw(uv);
        let v = uv.get_value();
        if v.is_gc() && uv.is_closed() {
            (*vm).heap.barrier_forward(uv.header(), v.gc_header());
        }
    }
}

impl Vm {
    /// Attaches a trace compiler (replacing any other).
    pub fn set_jit(&mut self, jit: Box<dyn Jit>) {
        self.jit = Some(jit);
    }

    /// Whether a trace compiler is attached.
    pub fn has_jit(&self) -> bool {
        self.jit.is_some()
    }

    /// Runs `f` with the attached JIT moved out of the VM (None if there is none).
    pub fn with_jit<R>(&mut self, f: impl FnOnce(&mut dyn Jit, &mut Vm) -> R) -> Option<R> {
        let mut jit = self.jit.take()?;
        let r = f(jit.as_mut(), self);
        // The JIT may have been replaced meanwhile (set_jit from inside): keep the new one.
        if self.jit.is_none() {
            self.jit = Some(jit);
        }
        Some(r)
    }

    /// Whether the JIT is recording a trace (the interpreter then calls `record`
    /// before every instruction).
    pub fn jit_recording(&self) -> bool {
        self.jit_recording
    }

    /// Set by the JIT when recording starts and ends.
    pub fn set_jit_recording(&mut self, on: bool) {
        self.jit_recording = on;
    }

    /// Called by `Jit::enter` when the trace exited because an allocation
    /// in it found a collection due: the interpreter runs its GC check
    /// point before resuming (the instruction it resumes at may have none,
    /// and the JIT's roots are out of reach while `enter` runs).
    pub fn collect_after_exit(&mut self) {
        self.gc_after_exit = true;
    }

    /// Stops a recording in progress (no-op otherwise).
    pub fn abort_recording(&mut self, why: &str) {
        if self.jit_recording {
            self.with_jit(|jit, vm| jit.abort(vm, why));
            self.jit_recording = false;
        }
    }

    /// The running thread.
    pub fn current_thread(&self) -> crate::value::Gc<crate::thread::Thread> {
        self.cur
    }

    /// Makes the running thread's stack at least `n` slots long.
    pub fn ensure_stack_slots(&mut self, n: usize) -> LuaResult<()> {
        let th = self.cur;
        if th
            .ensure(&mut self.heap, n + crate::thread::STACK_EXTRA)
            .is_err()
        {
            return Err(self.rt_error("stack overflow"));
        }
        Ok(())
    }

    /// Slots of the running thread's stack that frames may use: its length,
    /// but not beyond the stack limit (beyond it, calls raise "stack overflow").
    pub fn stack_room(&self) -> usize {
        let t = self.cur.body();
        t.stack.len().min(t.limit)
    }

    /// Iterations before a loop counts as hot (resets every hot counter). As
    /// in LuaJIT, counters start at `2n - 1`; a loop iteration costs 2 and a
    /// function call 1, so calls get hot after about twice as many runs.
    pub fn set_hotloop(&mut self, n: u32) {
        let start = n
            .saturating_mul(2)
            .saturating_sub(1)
            .clamp(1, u16::MAX as u32) as u16;
        self.hotloop = start;
        self.hotcount = [start; crate::state::HOTCOUNT_SIZE];
    }

    /// Sets the hot counter of the header op at `pc` to `count` (the JIT's
    /// penalty after an aborted recording: a longer, jittered wait, so that
    /// the next recording starts in another iteration).
    pub fn penalize_hot(&mut self, pc: *const Ins, count: u16) {
        let i = ((pc as usize) >> 2) & (crate::state::HOTCOUNT_SIZE - 1);
        self.hotcount[i] = count.max(1);
    }

    /// The instruction a trace entry replaced; the instruction itself otherwise.
    pub fn unpatched(&self, ins: Ins) -> Ins {
        match (crate::bytecode::Op::from_u8(ins.op_byte()), &self.jit) {
            (Some(op), Some(jit)) if op.is_trace_entry() => jit.original(ins.d()),
            _ => ins,
        }
    }
}
