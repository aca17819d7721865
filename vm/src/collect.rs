//! The collector's policy: roots, what each object kind references, weak tables,
//! finalizers and freeing. The mechanism (colours, lists, grey stack, pacing) is
//! in the `lunavm-gc` crate.
//!
//! A cycle runs to completion at a check point (stop-the-world); the write
//! barriers at every store site already keep the tri-colour invariant, so the
//! cycle can be split into increments without touching the mutator.
//!
//! Roots: the registry, the globals, the main and running threads, per-type
//! metatables, the error value in flight, host-pinned values, and objects waiting
//! for their finalizer. Thread stacks are marked up to `top`; slots above it are
//! cleared, so no slot ever keeps a pointer to a freed object.

use crate::cdata::Cdata;
use crate::func::{Function, Proto, UpVal};
use crate::state::{Mm, Vm};
use crate::string::LuaStr;
use crate::table::Table;
use crate::thread::Thread;
use crate::udata::Userdata;
use crate::value::{kind_of_tag, tag, Gc, GcKind, Value};
use crate::LuaResult;
use lunavm_gc::{GcHeader, Heap};
use std::ptr::NonNull;

const K_STR: u8 = kind_of_tag(tag::STR);
const K_UPVAL: u8 = kind_of_tag(tag::UPVAL);
const K_THREAD: u8 = kind_of_tag(tag::THREAD);
const K_PROTO: u8 = kind_of_tag(tag::PROTO);
const K_FUNC: u8 = kind_of_tag(tag::FUNC);
const K_TAB: u8 = kind_of_tag(tag::TAB);
const K_UDATA: u8 = kind_of_tag(tag::UDATA);
const K_CDATA: u8 = kind_of_tag(tag::CDATA);

#[inline]
fn kind(h: NonNull<GcHeader>) -> u8 {
    // SAFETY: h is a live object.
    unsafe { (*h.as_ptr()).kind }
}

#[inline]
fn mark_value(heap: &mut Heap, v: Value) {
    if v.is_gc() {
        let h = v.gc_header();
        if matches!(kind(h), K_STR | K_CDATA) {
            heap.mark_leaf(h);
        } else {
            heap.mark(h);
        }
    }
}

#[inline]
fn mark_obj<T: GcKind>(heap: &mut Heap, o: Gc<T>) {
    if T::KIND == K_STR {
        heap.mark_leaf(o.header());
    } else {
        heap.mark(o.header());
    }
}

/// Weak tables found during marking, with their modes.
struct WeakTable {
    t: Gc<Table>,
    keys: bool,
    values: bool,
}

impl Vm {
    /// A GC check point: collects if the debt says so (or in stress mode). Every
    /// live value must be reachable from the roots here.
    pub(crate) fn gc_check_point(&mut self) -> LuaResult<()> {
        if self.in_gc || (self.heap.stopped && !self.heap.stress) {
            return Ok(());
        }
        if let Some(t) = self.deferred_threshold.take() {
            // Only finalizers were due (see collect_garbage_quietly).
            self.heap.set_threshold(t);
            return self.run_finalizers();
        }
        if self.heap.needs_collect() || self.heap.stress {
            self.full_gc();
            self.run_finalizers()?;
        }
        Ok(())
    }

    /// A GC check point for natives run as metamethods, which may allocate in
    /// loops that reach no other check point (the ffi's `__index` and
    /// arithmetic make a cdata per use, as LuaJIT's check there too). Whatever
    /// the native still needs must be on its stack (pushed results are).
    pub fn gc_check(&mut self) -> LuaResult<()> {
        self.gc_check_point()
    }

    /// `collectgarbage("collect")`: a full cycle and its finalizers. An error in a
    /// finalizer propagates (as in Lua 5.1); the others stay queued.
    pub fn collect_garbage(&mut self) -> LuaResult<()> {
        if self.in_gc {
            return Ok(());
        }
        self.full_gc();
        self.run_finalizers()
    }

    /// A full cycle whose finalizers run later (at the next check point).
    pub(crate) fn collect_garbage_quietly(&mut self) {
        if !self.in_gc {
            self.full_gc();
            if self.heap.has_pending_finalizers() {
                // Make the next check point fire, to run them.
                self.deferred_threshold = Some(self.heap.threshold());
                self.heap.set_threshold(0);
            }
        }
    }

    /// `collectgarbage("step", kb)`: earns `max(kb, 1)` KB of collection work
    /// (scaled by the step multiplier); when the credit covers a whole cycle (the
    /// heap in use), the cycle runs. Returns whether a cycle finished.
    pub fn gc_step(&mut self, kb: usize) -> LuaResult<bool> {
        if self.in_gc {
            return Ok(false);
        }
        let work = kb
            .max(1)
            .saturating_mul(1024)
            .saturating_mul(self.heap.stepmul as usize)
            / 100;
        self.gc_credit = self.gc_credit.saturating_add(work);
        if self.gc_credit < self.heap.bytes() {
            return Ok(false);
        }
        self.gc_credit = 0;
        self.collect_garbage()?;
        Ok(true)
    }

    fn full_gc(&mut self) {
        self.in_gc = true;
        let state = crate::profile::set_state(crate::profile::State::Gc);
        // The running thread's `top` must cover its live slots (check points and
        // natives keep it exact).
        self.heap.begin_cycle();
        self.mark_roots();
        let mut weak = Vec::new();
        self.propagate(&mut weak);
        let gcname = self.mm_name(Mm::Gc);
        self.heap
            .separate_finalizable(|h| needs_finalizer(h, gcname));
        self.propagate(&mut weak);
        clear_weak(&mut self.heap, &weak);
        self.sweep_open_upvalues();
        self.strings.sweep(&mut self.heap);
        self.heap.sweep_lists(free_object);
        self.heap.end_cycle();
        self.gc_credit = 0;
        self.in_gc = false;
        crate::profile::restore_state(state);
    }

    fn mark_roots(&mut self) {
        let h = &mut self.heap;
        mark_obj(h, self.registry);
        mark_obj(h, self.globals);
        mark_obj(h, self.main);
        mark_obj(h, self.cur);
        for mt in self.type_mt.iter().flatten() {
            mark_obj(h, *mt);
        }
        mark_value(h, self.err);
        mark_value(h, self.next_fn);
        for &v in &self.pinned {
            mark_value(h, v);
        }
        if let Some(jit) = &self.jit {
            jit.roots(&mut |v| mark_value(h, v));
        }
        let pending: Vec<_> = self.heap.pending_finalizers().collect();
        for p in pending {
            self.heap.mark(p);
        }
    }

    fn propagate(&mut self, weak: &mut Vec<WeakTable>) {
        let mode_name = self.mm_name(Mm::Mode);
        while let Some(obj) = self.heap.pop_gray() {
            let heap = &mut self.heap;
            // SAFETY (the match): the header's kind says which type the object has.
            match kind(obj) {
                K_TAB => {
                    let t = unsafe { Gc::<Table>::from_header(obj) };
                    trace_table(heap, t, mode_name, weak);
                }
                K_FUNC => {
                    let f = unsafe { Gc::<Function>::from_header(obj) };
                    mark_obj(heap, f.env());
                    if f.is_lua() {
                        mark_obj(heap, f.proto());
                        for i in 0..f.num_upvalues() {
                            let u = f.raw_upvalue_ptr(i);
                            if !u.is_null() {
                                // SAFETY: non-null upvalue slots hold live upvalues.
                                mark_obj(heap, unsafe { Gc::<UpVal>::from_raw(u) });
                            }
                        }
                    } else {
                        for &v in f.native_upvalues().iter() {
                            mark_value(heap, v);
                        }
                    }
                }
                K_PROTO => {
                    let p = unsafe { Gc::<Proto>::from_header(obj) };
                    mark_obj(heap, p.body().chunkname);
                    for &k in p.body().kgc.iter() {
                        mark_value(heap, k);
                    }
                }
                K_UPVAL => {
                    let u = unsafe { Gc::<UpVal>::from_header(obj) };
                    mark_value(heap, u.get_value());
                }
                K_THREAD => {
                    let th = unsafe { Gc::<Thread>::from_header(obj) };
                    mark_obj(heap, th.env());
                    mark_value(heap, th.body().hook);
                    let t = th.body_mut();
                    let top = t.top.min(t.stack.len());
                    for &v in &t.stack[..top] {
                        mark_value(heap, v);
                    }
                    for v in &mut t.stack[top..] {
                        *v = Value::NIL;
                    }
                }
                K_UDATA => {
                    let u = unsafe { Gc::<Userdata>::from_header(obj) };
                    if let Some(mt) = u.metatable() {
                        mark_obj(heap, mt);
                    }
                    mark_obj(heap, u.env());
                }
                _ => {}
            }
        }
    }

    /// Before sweeping: unlinks dead open upvalues from their threads, and closes
    /// the live open upvalues of dead threads (their stacks are about to go).
    fn sweep_open_upvalues(&mut self) {
        for &th in &self.threads {
            let thread_dead = Heap::is_white(th.header());
            let mut prev: Option<Gc<UpVal>> = None;
            let mut cur = th.open_upvalues();
            while let Some(u) = cur {
                let next = u.next_open();
                let drop_it = if Heap::is_white(u.header()) {
                    true
                } else if thread_dead {
                    u.close();
                    true
                } else {
                    false
                };
                if drop_it {
                    match prev {
                        Some(p) => p.set_next_open(next),
                        None => th.set_open_upvalues(next),
                    }
                } else {
                    prev = Some(u);
                }
                cur = next;
            }
        }
        self.threads.retain(|t| !Heap::is_white(t.header()));
    }

    /// Runs the finalizers found by the last cycle, oldest object last. The first
    /// error stops the run and propagates (the rest stay queued).
    fn run_finalizers(&mut self) -> LuaResult<()> {
        if self.in_gc {
            return Ok(());
        }
        self.in_gc = true;
        let mut result = Ok(());
        while let Some(h) = self.heap.next_to_finalize() {
            let (obj, mt) = if kind(h) == K_CDATA {
                // SAFETY: the kind says it is a cdata.
                let c = unsafe { Gc::<Cdata>::from_header(h) };
                c.set_finalizer_flag(false); // finalized once
                let mt = self.type_mt[crate::state::BasicType::Cdata as usize];
                (c.to_value(), mt)
            } else {
                // SAFETY: the rest of the finalizable list is userdata.
                let u = unsafe { Gc::<Userdata>::from_header(h) };
                (u.to_value(), u.metatable())
            };
            let Some(handler) = mt.and_then(|mt| self.fast_tm(mt, Mm::Gc)) else {
                continue;
            };
            if let Err(e) = self.call_protected(handler, &[obj], 0) {
                result = Err(e);
                break;
            }
        }
        self.in_gc = false;
        result
    }

    /// Runs the finalizer of every userdata that has one (at VM close, as
    /// `lua_close` does); errors are ignored.
    pub fn close(&mut self) {
        let gcname = self.mm_name(Mm::Gc);
        self.heap.finalize_all(|h| needs_finalizer(h, gcname));
        self.in_gc = false;
        while self.run_finalizers().is_err() {}
    }
}

/// Whether a dead object of the finalizable list has a finalizer to run:
/// userdata whose metatable has `__gc`, cdata given one by `ffi.gc`.
fn needs_finalizer(h: NonNull<GcHeader>, gcname: Gc<LuaStr>) -> bool {
    if kind(h) == K_CDATA {
        // SAFETY: the kind says it is a cdata.
        return unsafe { Gc::<Cdata>::from_header(h) }.has_finalizer();
    }
    // SAFETY: the rest of the finalizable list is userdata.
    let u = unsafe { Gc::<Userdata>::from_header(h) };
    u.metatable().is_some_and(|mt| !mt.get_str(gcname).is_nil())
}

fn trace_table(heap: &mut Heap, t: Gc<Table>, mode_name: Gc<LuaStr>, weak: &mut Vec<WeakTable>) {
    let (mut wk, mut wv) = (false, false);
    if let Some(mt) = t.metatable() {
        mark_obj(heap, mt);
        if let Some(mode) = mt.get_str(mode_name).as_str() {
            wk = mode.as_bytes().contains(&b'k');
            wv = mode.as_bytes().contains(&b'v');
        }
    }
    if wk || wv {
        weak.push(WeakTable {
            t,
            keys: wk,
            values: wv,
        });
    }
    if !wv {
        for &v in t.array().iter() {
            mark_value(heap, v);
        }
    }
    for n in t.nodes().iter() {
        if n.val.is_nil() {
            continue; // dead key: never marked, never dereferenced
        }
        if !wk {
            mark_value(heap, n.key);
        }
        if !wv {
            mark_value(heap, n.val);
        }
    }
}

/// Whether a weak entry referring to `v` must go: dead objects, and (as values)
/// userdata already handed to their finalizer. Strings count as values, never
/// as weak references (they are marked here instead).
fn is_cleared(heap: &mut Heap, v: Value, is_key: bool) -> bool {
    if !v.is_gc() {
        return false;
    }
    let h = v.gc_header();
    if kind(h) == K_STR {
        heap.mark_leaf(h);
        return false;
    }
    // SAFETY: h is a live (or about-to-be-swept) object.
    Heap::is_white(h) || (!is_key && kind(h) == K_UDATA && unsafe { (*h.as_ptr()).is_finalized() })
}

fn clear_weak(heap: &mut Heap, weak: &[WeakTable]) {
    for w in weak {
        if w.values {
            for v in w.t.array().iter_mut() {
                if is_cleared(heap, *v, false) {
                    *v = Value::NIL;
                }
            }
        }
        for n in w.t.nodes().iter_mut() {
            if n.val.is_nil() {
                continue;
            }
            if (w.keys && is_cleared(heap, n.key, true))
                || (w.values && is_cleared(heap, n.val, false))
            {
                n.val = Value::NIL;
            }
        }
    }
}

/// Frees a dead object of any kind found on a heap list.
fn free_object(heap: &mut Heap, h: NonNull<GcHeader>) {
    // SAFETY: the sweep hands over dead objects; the kind says their type.
    unsafe {
        match kind(h) {
            K_TAB => {
                let t = Gc::<Table>::from_header(h);
                Table::free_parts(t, heap);
                heap.free(h, Table::object_layout());
            }
            K_FUNC => Function::free(heap, Gc::from_header(h)),
            K_PROTO => Proto::free(heap, Gc::from_header(h)),
            K_UPVAL => UpVal::free(heap, Gc::from_header(h)),
            K_THREAD => Thread::free(heap, Gc::from_header(h)),
            K_UDATA => Userdata::free(heap, Gc::from_header(h)),
            K_CDATA => Cdata::free(heap, Gc::from_header(h)),
            k => debug_assert!(false, "unknown object kind {k}"),
        }
    }
}

/// Frees everything (VM teardown, no finalizers).
pub(crate) fn free_all(vm: &mut Vm) {
    vm.threads.clear();
    vm.heap.free_everything(free_object);
    vm.strings.free_all(&mut vm.heap);
}
