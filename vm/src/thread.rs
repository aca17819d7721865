//! Threads (coroutines): a growable value stack holding frames, and the list of
//! open upvalues pointing into it.
//!
//! Slots 0 and 1 are a sentinel frame (a nil function and a bottom link), so the
//! first real frame has base 2 and every frame has its function at `base-2` and
//! its link at `base-1`. `top` is one past the last live slot of the innermost
//! frame whenever the thread is not executing Lua code inside `execute` (natives,
//! GC check points and suspended coroutines keep it exact).

use crate::frame;
use crate::func::UpVal;
use crate::table::Table;
use crate::value::{tag, Gc, GcKind, Value};
use lunavm_gc::{GcHeader, Heap, List};
use std::alloc::Layout;
use std::ptr;

/// Hard limit on a thread's stack, in slots ("stack overflow" beyond it).
pub const MAX_STACK: usize = 1_000_000;
/// Extra slots an xpcall message handler may use beyond `MAX_STACK` (as Lua 5.1
/// lets a handler run after a stack overflow); overflowing those too is "error in
/// error handling".
pub const ERROR_MARGIN: usize = 5_000;
/// Extra slots kept free above every frame for natives and metamethod calls.
pub const STACK_EXTRA: usize = 40;
const INITIAL_STACK: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoStatus {
    /// Created, or yielded, and waiting to be resumed.
    Suspended,
    Running,
    /// Resumed another coroutine and waits for it.
    Normal,
    Dead,
}

#[repr(C)]
pub struct Thread {
    hdr: GcHeader,
    pub stack: Vec<Value>,
    pub top: usize,
    /// Base of the innermost frame (when not inside `execute`).
    pub base: usize,
    /// The pc of the innermost frame when that frame is a Lua frame that stopped
    /// at an error or a check point (the current instruction).
    pub pc: *const crate::bytecode::Ins,
    pub status: CoStatus,
    /// Set once a suspended coroutine has started running.
    pub started: bool,
    /// Frames may not reach beyond this slot: `MAX_STACK`, or more while a
    /// message handler runs.
    pub limit: usize,
    /// Lua frames that called into Rust which then called Lua again (a message
    /// handler, a finalizer at a check point): (frame base, its pc). A C link
    /// carries no pc, so the frame walker finds the caller's line here.
    pub boundaries: Vec<(usize, *const crate::bytecode::Ins)>,
    /// How many Rust calls into Lua (`Vm::call`) are active on this thread; a
    /// yield cannot cross them.
    pub host_calls: u32,
    /// Tail calls made by frames still live: (frame base, how many). Each counts
    /// as a `(tail call)` level for the debug library, as in Lua 5.1.
    pub tailcalls: Vec<(usize, u32)>,
    /// The debug hook (`debug.sethook`): function, event mask, count and the
    /// instructions left until the next count event.
    pub hook: Value,
    pub hook_mask: u8,
    pub hook_count: u32,
    pub hook_left: u32,
    /// The main thread: its bottom frame stands for the host (a C level, as the
    /// standalone interpreter's C function is in Lua).
    pub is_main: bool,
    open: *mut UpVal,
    env: *mut Table,
}

// SAFETY: repr(C) with the header first.
unsafe impl GcKind for Thread {
    const TAG: u32 = tag::THREAD;
}

/// Event bits of a thread's `hook_mask`.
pub const HOOK_CALL: u8 = 1;
pub const HOOK_RET: u8 = 2;
pub const HOOK_LINE: u8 = 4;
pub const HOOK_COUNT: u8 = 8;

/// The stack could not grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StackError {
    Overflow,
    NoMemory,
}

impl Thread {
    pub fn new(heap: &mut Heap, env: Gc<Table>) -> Option<Gc<Thread>> {
        if heap.would_exceed(INITIAL_STACK * 8) {
            return None;
        }
        let obj = heap.alloc(Layout::new::<Thread>(), Thread::KIND, List::All)?;
        let p = obj.as_ptr() as *mut Thread;
        let mut stack = vec![Value::NIL; INITIAL_STACK];
        stack[1] = frame::bottom_link();
        // SAFETY: fresh allocation; every field is written before use.
        unsafe {
            ptr::addr_of_mut!((*p).stack).write(stack);
            (*p).top = 2;
            (*p).base = 2;
            (*p).pc = ptr::null();
            (*p).status = CoStatus::Suspended;
            (*p).started = false;
            (*p).limit = MAX_STACK;
            ptr::addr_of_mut!((*p).boundaries).write(Vec::new());
            (*p).host_calls = 0;
            ptr::addr_of_mut!((*p).tailcalls).write(Vec::new());
            (*p).hook = Value::NIL;
            (*p).hook_mask = 0;
            (*p).hook_count = 0;
            (*p).hook_left = 0;
            (*p).is_main = false;
            (*p).open = ptr::null_mut();
            (*p).env = env.as_ptr();
        }
        heap.grow(INITIAL_STACK * 8);
        // SAFETY: initialised above.
        Some(unsafe { Gc::from_raw(p) })
    }

    /// Drops a dead thread's stack and frees it. Its open upvalues must have been
    /// dealt with (closed or freed) before.
    ///
    /// # Safety
    /// `t` must be dead and never used again.
    pub unsafe fn free(heap: &mut Heap, t: Gc<Thread>) {
        heap.shrink(t.body().stack.len() * 8);
        // SAFETY: guaranteed by the caller.
        unsafe {
            ptr::drop_in_place(t.as_ptr());
            heap.free(t.header(), Layout::new::<Thread>());
        }
    }
}

impl Gc<Thread> {
    #[inline(always)]
    pub fn stack_ptr(self) -> *mut Value {
        self.body_mut().stack.as_mut_ptr()
    }
    #[inline(always)]
    pub fn stack_len(self) -> usize {
        self.body().stack.len()
    }
    #[inline(always)]
    pub fn env(self) -> Gc<Table> {
        // SAFETY: every thread has a live environment table.
        unsafe { Gc::from_raw(self.body().env) }
    }
    pub fn set_env(self, t: Gc<Table>) {
        self.body_mut().env = t.as_ptr();
    }
    #[inline(always)]
    pub fn open_upvalues(self) -> Option<Gc<UpVal>> {
        let p = self.body().open;
        // SAFETY: the open list holds live upvalues.
        (!p.is_null()).then(|| unsafe { Gc::from_raw(p) })
    }
    pub fn set_open_upvalues(self, u: Option<Gc<UpVal>>) {
        self.body_mut().open = u.map_or(ptr::null_mut(), |u| u.as_ptr());
    }

    /// Makes sure `need` slots exist (grows geometrically, re-pointing open
    /// upvalues). Slots above the old size are nil.
    #[inline]
    pub fn ensure(self, heap: &mut Heap, need: usize) -> Result<(), StackError> {
        if need <= self.stack_len() {
            return Ok(());
        }
        self.grow(heap, need)
    }

    #[cold]
    fn grow(self, heap: &mut Heap, need: usize) -> Result<(), StackError> {
        // Never beyond the current limit (plus room for natives), so frames cannot
        // creep into the margin kept for message handlers.
        let cap = self.body().limit + STACK_EXTRA * 4;
        if need > cap {
            return Err(StackError::Overflow);
        }
        let old = self.stack_len();
        let new = need.max(old * 2).min(cap);
        if heap.would_exceed((new - old) * 8) {
            return Err(StackError::NoMemory);
        }
        let th = self.body_mut();
        th.stack.resize(new, Value::NIL);
        heap.grow((new - old) * 8);
        let sp = th.stack.as_mut_ptr();
        let mut u = self.open_upvalues();
        while let Some(uv) = u {
            uv.relocate(sp);
            u = uv.next_open();
        }
        Ok(())
    }

    /// Whether the stack already reaches past the overflow limit (frames beyond it
    /// raise "stack overflow"; the extra room lets the error handler run).
    #[inline]
    pub fn over_limit(self, need: usize) -> bool {
        need > self.body().limit
    }

    /// Finds or creates the open upvalue for stack slot `slot`.
    pub fn find_upvalue(self, heap: &mut Heap, slot: usize) -> Option<Gc<UpVal>> {
        let mut prev: Option<Gc<UpVal>> = None;
        let mut cur = self.open_upvalues();
        while let Some(u) = cur {
            if u.slot() < slot {
                break;
            }
            if u.slot() == slot {
                return Some(u);
            }
            prev = Some(u);
            cur = u.next_open();
        }
        // SAFETY: slot < stack length (it is a live frame slot).
        let ptr = unsafe { self.stack_ptr().add(slot) };
        let nu = UpVal::new_open(heap, ptr, slot)?;
        nu.set_next_open(cur);
        match prev {
            Some(p) => p.set_next_open(Some(nu)),
            None => self.set_open_upvalues(Some(nu)),
        }
        Some(nu)
    }

    /// Closes every open upvalue for slots >= `level`.
    #[inline]
    pub fn close_upvalues(self, heap: &mut Heap, level: usize) {
        while let Some(u) = self.open_upvalues() {
            if u.slot() < level {
                break;
            }
            self.set_open_upvalues(u.next_open());
            u.close();
            // The upvalue's value was only reachable through the stack until now.
            let v = u.get_value();
            if v.is_gc() {
                heap.barrier_forward(u.header(), v.gc_header());
            }
        }
    }

    /// Whether any open upvalue refers to a slot >= `level` (cheap check on return).
    #[inline(always)]
    pub fn has_open_upvalues_from(self, level: usize) -> bool {
        match self.open_upvalues() {
            Some(u) => u.slot() >= level,
            None => false,
        }
    }

    /// Resets the stack to the empty sentinel frame (after a coroutine dies).
    pub fn reset(self) {
        let th = self.body_mut();
        th.top = 2;
        th.base = 2;
        th.boundaries.clear();
        th.tailcalls.clear();
    }

    /// Notes a tail call replacing the frame at `base`.
    #[inline]
    pub fn add_tailcall(self, base: usize) {
        let t = &mut self.body_mut().tailcalls;
        match t.last_mut() {
            Some((b, n)) if *b == base => *n = n.saturating_add(1),
            _ => t.push((base, 1)),
        }
    }

    /// Forgets the tail calls of frames at or above `level` (returned or
    /// unwound); returns how many the frame at exactly `level` had.
    #[inline]
    pub fn unwind_tailcalls(self, level: usize) -> u32 {
        let t = &mut self.body_mut().tailcalls;
        let mut at_level = 0;
        while let Some(&(b, n)) = t.last() {
            if b < level {
                break;
            }
            if b == level {
                at_level = n;
            }
            t.pop();
        }
        at_level
    }

    /// Forgets boundary records of frames at or above `level` (unwound).
    #[inline]
    pub fn unwind_boundaries(self, level: usize) {
        let b = &mut self.body_mut().boundaries;
        while b.last().is_some_and(|&(base, _)| base >= level) {
            b.pop();
        }
    }
}

impl Value {
    #[inline(always)]
    pub fn as_thread(self) -> Option<Gc<Thread>> {
        self.as_gc::<Thread>()
    }
}
