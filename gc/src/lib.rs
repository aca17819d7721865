//! lunavm's garbage collector: the mechanism, not the object model.
//!
//! Every collectable object starts with a [`GcHeader`] and is allocated through a
//! [`Heap`]. The heap keeps the objects on intrusive lists, owns their colours, the
//! grey stack, the pacing (allocation debt against a threshold set by `pause`), and
//! frees what a sweep finds white. What an object *references* is the VM's business:
//! the VM marks roots, pops grey objects and marks their children, then sweeps.
//!
//! Colours follow Lua's tri-colour scheme with two whites: new objects get the
//! current white; a cycle marks reachable objects black; the sweep frees objects of
//! the old white and turns survivors into the new white. Grey is "neither white nor
//! black" (marked, children not yet traversed).
//!
//! Invariants kept here:
//! - An object is on exactly one list (`all`, `finalizable`, or none for objects the
//!   VM keeps elsewhere, such as interned strings) until it is freed.
//! - `bytes` is the sum of the sizes the VM reported for live allocations.
//! - Between cycles no object is black, so a write barrier's fast path is a single
//!   test of the written object's colour (see [`Heap::is_black`]).

use std::alloc::Layout;
use std::ptr::{self, NonNull};

const WHITE0: u8 = 1 << 0;
const WHITE1: u8 = 1 << 1;
const WHITES: u8 = WHITE0 | WHITE1;
const BLACK: u8 = 1 << 2;
/// The object's finalizer has run (or must never run).
const FINALIZED: u8 = 1 << 3;
/// Never collected (e.g. the VM's reserved strings).
const FIXED: u8 = 1 << 4;

/// Byte offset of `GcHeader::flags` in an object (the header comes first).
pub const HEADER_FLAGS_OFFSET: usize = std::mem::offset_of!(GcHeader, flags);
/// Byte offset of the mark byte, and its black bit (machine code tests it to
/// skip write barriers on containers that are not black).
pub const HEADER_MARKED_OFFSET: usize = std::mem::offset_of!(GcHeader, marked);
pub const MARKED_BLACK: u8 = BLACK;

/// Header at the start of every collectable object (`#[repr(C)]`, first field).
#[repr(C)]
pub struct GcHeader {
    next: *mut GcHeader,
    /// The VM's object kind tag.
    pub kind: u8,
    marked: u8,
    /// Free for the VM's per-kind use (e.g. a table's negative metamethod cache).
    pub flags: u8,
    /// Free for the VM's per-kind use.
    pub extra: u8,
    /// Free for the VM's per-kind use.
    pub extra32: u32,
}

impl GcHeader {
    #[inline]
    pub fn is_white(&self) -> bool {
        self.marked & WHITES != 0
    }
    #[inline]
    pub fn is_black(&self) -> bool {
        self.marked & BLACK != 0
    }
    #[inline]
    pub fn is_gray(&self) -> bool {
        self.marked & (WHITES | BLACK) == 0
    }
    #[inline]
    pub fn is_finalized(&self) -> bool {
        self.marked & FINALIZED != 0
    }
    #[inline]
    pub fn set_finalized(&mut self) {
        self.marked |= FINALIZED;
    }
    #[inline]
    pub fn is_fixed(&self) -> bool {
        self.marked & FIXED != 0
    }
}

/// Where the collector is in its cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// No cycle in progress.
    Pause,
    /// Marking: roots marked, grey objects being traversed.
    Propagate,
    /// Sweeping: freeing the old white.
    Sweep,
}

/// Which list a new object joins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// The list of ordinary objects.
    All,
    /// Objects that may need a finalizer (userdata).
    Finalizable,
    /// Kept by the VM in its own structure (interned strings); swept with
    /// [`Heap::sweep_object`].
    None,
}

/// Default pause: start a cycle when memory in use reaches 200% of what survived.
pub const DEFAULT_PAUSE: u32 = 200;
/// Default step multiplier (kept for `collectgarbage("setstepmul")`).
pub const DEFAULT_STEPMUL: u32 = 200;
/// Lowest threshold, so tiny heaps do not collect constantly (low enough that
/// allocation stays within a few times the live heap, as in LuaJIT).
const MIN_THRESHOLD: usize = 32 * 1024;

/// Objects up to this size are allocated in size classes of 16 bytes, and
/// freed ones are kept for reuse (`BlockCache`).
const SMALL: usize = 256;
const CLASSES: usize = SMALL / 16;
/// Freed blocks kept per class: enough to absorb a collection's garbage of
/// short-lived objects, little enough not to matter (at most 1 MB a class).
const CACHED_PER_CLASS: usize = 4096;

/// Freed small blocks, by size class, for the next allocations of their
/// class: a freed object's memory goes back to the system allocator only
/// past a bound, so that the churn of short-lived objects (temporary
/// tables, cdata a trace makes) skips malloc and free. Each list is threaded
/// through the blocks' first word.
struct BlockCache {
    heads: [*mut u8; CLASSES],
    counts: [usize; CLASSES],
}

/// The layout a block of `layout` is allocated with: small ones rounded up
/// to their class (16-aligned, so that blocks of a class are interchangeable).
fn block_layout(layout: Layout) -> (Layout, Option<usize>) {
    if layout.size() > SMALL || layout.align() > 16 {
        return (layout, None);
    }
    let class = layout.size().div_ceil(16) - 1;
    let l = Layout::from_size_align((class + 1) * 16, 16).expect("a small layout");
    (l, Some(class))
}

/// The heap: allocation lists, colours, grey stack and pacing.
pub struct Heap {
    all: *mut GcHeader,
    finalizable: *mut GcHeader,
    /// Objects whose finalizers are due, in the order found.
    to_finalize: std::collections::VecDeque<NonNull<GcHeader>>,
    gray: Vec<NonNull<GcHeader>>,
    current_white: u8,
    phase: Phase,
    bytes: usize,
    threshold: usize,
    /// Memory that survived the last cycle.
    estimate: usize,
    pub pause: u32,
    pub stepmul: u32,
    /// `collectgarbage("stop")`: no automatic cycles.
    pub stopped: bool,
    /// Stress mode: every check point runs a full cycle.
    pub stress: bool,
    /// Limit on `bytes`; allocations beyond it fail with "not enough memory".
    pub limit: usize,
    /// Completed cycles (for tests and statistics).
    pub cycles: u64,
    cache: BlockCache,
}

impl Drop for Heap {
    fn drop(&mut self) {
        for class in 0..CLASSES {
            let layout = Layout::from_size_align((class + 1) * 16, 16).expect("a small layout");
            let mut p = self.cache.heads[class];
            while !p.is_null() {
                // SAFETY: cached blocks are freed objects' memory, allocated
                // with their class's layout; the first word links the next.
                unsafe {
                    let next = *(p as *const *mut u8);
                    std::alloc::dealloc(p, layout);
                    p = next;
                }
            }
        }
    }
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            all: ptr::null_mut(),
            finalizable: ptr::null_mut(),
            to_finalize: std::collections::VecDeque::new(),
            gray: Vec::new(),
            current_white: WHITE0,
            phase: Phase::Pause,
            bytes: 0,
            threshold: MIN_THRESHOLD,
            estimate: 0,
            pause: DEFAULT_PAUSE,
            stepmul: DEFAULT_STEPMUL,
            stopped: false,
            stress: false,
            limit: usize::MAX,
            cycles: 0,
            cache: BlockCache {
                heads: [ptr::null_mut(); CLASSES],
                counts: [0; CLASSES],
            },
        }
    }

    /// Bytes currently allocated through this heap.
    #[inline]
    pub fn bytes(&self) -> usize {
        self.bytes
    }
    #[inline]
    pub fn threshold(&self) -> usize {
        self.threshold
    }
    #[inline]
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Whether a check point should run a collection now.
    #[inline]
    pub fn needs_collect(&self) -> bool {
        self.bytes >= self.threshold
    }

    /// Whether `extra` more bytes would exceed the memory limit.
    #[inline]
    pub fn would_exceed(&self, extra: usize) -> bool {
        self.bytes.saturating_add(extra) > self.limit
    }

    /// Records memory held by an object outside its header allocation (table parts,
    /// stacks). Pair every `grow` with a `shrink` of the same amount when released.
    #[inline]
    pub fn grow(&mut self, n: usize) {
        self.bytes += n;
    }
    #[inline]
    pub fn shrink(&mut self, n: usize) {
        self.bytes = self.bytes.saturating_sub(n);
    }

    /// Allocates a zeroed object of `layout` (which must start with a `GcHeader`),
    /// with the current white, on `list`. Returns `None` when the memory limit or
    /// the system allocator refuses.
    pub fn alloc(&mut self, layout: Layout, kind: u8, list: List) -> Option<NonNull<GcHeader>> {
        debug_assert!(layout.size() >= std::mem::size_of::<GcHeader>());
        if self.would_exceed(layout.size()) {
            return None;
        }
        let (block, class) = block_layout(layout);
        let raw = match class {
            Some(c) if !self.cache.heads[c].is_null() => {
                let p = self.cache.heads[c];
                // SAFETY: a cached block of this class (see BlockCache): its
                // first word links the next; it is zeroed before reuse.
                unsafe {
                    self.cache.heads[c] = *(p as *const *mut u8);
                    std::ptr::write_bytes(p, 0, block.size());
                }
                self.cache.counts[c] -= 1;
                p as *mut GcHeader
            }
            // SAFETY: the layout has non-zero size (it holds at least a header).
            _ => (unsafe { std::alloc::alloc_zeroed(block) }) as *mut GcHeader,
        };
        let obj = NonNull::new(raw)?;
        let head = match list {
            List::All => Some(&mut self.all),
            List::Finalizable => Some(&mut self.finalizable),
            List::None => None,
        };
        // SAFETY: `raw` is a fresh, zeroed allocation big enough for a header.
        unsafe {
            (*raw).kind = kind;
            (*raw).marked = self.current_white;
            if let Some(head) = head {
                (*raw).next = *head;
                *head = raw;
            }
        }
        self.bytes += layout.size();
        Some(obj)
    }

    /// Frees an object allocated with `alloc`. The caller has already unlinked it
    /// (sweeps do) and dropped anything it owns.
    ///
    /// # Safety
    /// `obj` must come from `alloc` on this heap with this `layout`, and must not be
    /// used again.
    pub unsafe fn free(&mut self, obj: NonNull<GcHeader>, layout: Layout) {
        self.bytes = self.bytes.saturating_sub(layout.size());
        let (block, class) = block_layout(layout);
        let p = obj.as_ptr() as *mut u8;
        match class {
            Some(c) if self.cache.counts[c] < CACHED_PER_CLASS => {
                // SAFETY: the object is dead (guaranteed by the caller) and
                // its block at least 16 bytes: its first word links the list.
                unsafe { *(p as *mut *mut u8) = self.cache.heads[c] };
                self.cache.heads[c] = p;
                self.cache.counts[c] += 1;
            }
            // SAFETY: allocated with `block` by `alloc` (guaranteed by the
            // caller).
            _ => unsafe { std::alloc::dealloc(p, block) },
        }
    }

    /// Makes an object permanent (never white, never swept).
    pub fn fix(&mut self, obj: NonNull<GcHeader>) {
        // SAFETY: obj is a live object of this heap.
        unsafe { (*obj.as_ptr()).marked = FIXED | BLACK };
    }

    // ---------------------------------------------------------------- marking

    /// Starts a cycle: marking begins, nothing is grey yet.
    pub fn begin_cycle(&mut self) {
        debug_assert_eq!(self.phase, Phase::Pause);
        debug_assert!(self.gray.is_empty());
        self.phase = Phase::Propagate;
    }

    /// Marks a white object grey and queues it for traversal. Returns true if it was
    /// white. Fixed objects are black already.
    #[inline]
    pub fn mark(&mut self, obj: NonNull<GcHeader>) -> bool {
        // SAFETY: obj is a live object of this heap (the VM only marks values it
        // found in live objects or roots).
        let h = unsafe { &mut *obj.as_ptr() };
        if h.marked & WHITES == 0 {
            return false;
        }
        h.marked &= !WHITES;
        self.gray.push(obj);
        true
    }

    /// Marks an object that has no children (strings) straight to black.
    #[inline]
    pub fn mark_leaf(&mut self, obj: NonNull<GcHeader>) {
        // SAFETY: as in `mark`.
        let h = unsafe { &mut *obj.as_ptr() };
        if h.marked & WHITES != 0 {
            h.marked = (h.marked & !WHITES) | BLACK;
        }
    }

    /// The next grey object to traverse; it is black when returned (the VM must
    /// mark its children now).
    #[inline]
    pub fn pop_gray(&mut self) -> Option<NonNull<GcHeader>> {
        let obj = self.gray.pop()?;
        // SAFETY: grey objects are live objects of this heap.
        unsafe { (*obj.as_ptr()).marked |= BLACK };
        Some(obj)
    }

    #[inline]
    pub fn is_white(obj: NonNull<GcHeader>) -> bool {
        // SAFETY: obj is a live object.
        unsafe { (*obj.as_ptr()).is_white() }
    }

    #[inline]
    pub fn is_black(obj: NonNull<GcHeader>) -> bool {
        // SAFETY: obj is a live object.
        unsafe { (*obj.as_ptr()).is_black() }
    }

    /// Backward barrier for containers with many slots (tables): after a store
    /// into a black container, make it grey again so it is traversed again.
    /// Between cycles nothing is black, so this is one test.
    #[inline]
    pub fn barrier_back(&mut self, container: NonNull<GcHeader>) {
        if Self::is_black(container) {
            self.barrier_back_slow(container);
        }
    }

    #[cold]
    fn barrier_back_slow(&mut self, container: NonNull<GcHeader>) {
        // SAFETY: container is a live object.
        let h = unsafe { &mut *container.as_ptr() };
        if self.phase == Phase::Propagate && h.marked & FIXED == 0 {
            h.marked &= !BLACK;
            self.gray.push(container);
        }
    }

    /// Forward barrier for single-slot containers (upvalues, closures): storing
    /// white `value` into black `container` marks the value.
    #[inline]
    pub fn barrier_forward(&mut self, container: NonNull<GcHeader>, value: NonNull<GcHeader>) {
        if Self::is_black(container) && Self::is_white(value) && self.phase == Phase::Propagate {
            self.mark(value);
        }
    }

    // ---------------------------------------------------------- finalizers

    /// Moves every white, not yet finalized object of the finalizable list to the
    /// to-be-finalized queue (they are resurrected: marked grey so that everything
    /// they reference survives this cycle), if `needs_finalizer` says so. Call after
    /// propagation has finished; then propagate again.
    pub fn separate_finalizable(
        &mut self,
        mut needs_finalizer: impl FnMut(NonNull<GcHeader>) -> bool,
    ) {
        let mut link: *mut *mut GcHeader = &mut self.finalizable;
        // SAFETY: walks the intrusive list of live objects owned by this heap.
        unsafe {
            while !(*link).is_null() {
                let obj = *link;
                let nn = NonNull::new_unchecked(obj);
                if (*obj).is_white() && !(*obj).is_finalized() && needs_finalizer(nn) {
                    (*obj).set_finalized();
                    self.to_finalize.push_back(nn);
                    // Keep it on the list: it is marked now and survives this sweep;
                    // once unreachable again it is freed like any other object.
                    self.mark(nn);
                }
                link = &mut (*obj).next;
            }
        }
    }

    /// Takes the next object whose finalizer is due.
    pub fn next_to_finalize(&mut self) -> Option<NonNull<GcHeader>> {
        self.to_finalize.pop_front()
    }

    /// Whether any finalizer is waiting to run.
    #[inline]
    pub fn has_pending_finalizers(&self) -> bool {
        !self.to_finalize.is_empty()
    }

    /// Objects whose finalizers are due, oldest first (roots while they wait).
    pub fn pending_finalizers(&self) -> impl Iterator<Item = NonNull<GcHeader>> + '_ {
        self.to_finalize.iter().copied()
    }

    /// Queues every finalizable object not yet finalized (at VM close, when all
    /// finalizers must run), in allocation order of the list.
    pub fn finalize_all(&mut self, mut needs_finalizer: impl FnMut(NonNull<GcHeader>) -> bool) {
        let mut p = self.finalizable;
        let mut found = Vec::new();
        // SAFETY: walks the intrusive list of live objects owned by this heap.
        unsafe {
            while !p.is_null() {
                let nn = NonNull::new_unchecked(p);
                if !(*p).is_finalized() && needs_finalizer(nn) {
                    (*p).set_finalized();
                    found.push(nn);
                }
                p = (*p).next;
            }
        }
        // The list is newest first; Lua finalizes in reverse order of creation.
        self.to_finalize.extend(found);
    }

    // ---------------------------------------------------------------- sweeping

    /// Ends marking and sweeps both object lists: white objects of the old white are
    /// handed to `free` (which must drop what they own and call [`Heap::free`]);
    /// survivors turn into the new white. Objects on no list are swept by the VM with
    /// [`Heap::sweep_object`] between `flip_white` and `end_cycle`.
    pub fn sweep_lists(&mut self, mut free: impl FnMut(&mut Heap, NonNull<GcHeader>)) {
        debug_assert!(self.gray.is_empty());
        self.phase = Phase::Sweep;
        let old_white = self.current_white;
        let new_white = old_white ^ WHITES;
        for which in 0..2 {
            let mut link: *mut *mut GcHeader = if which == 0 {
                &mut self.all
            } else {
                &mut self.finalizable
            };
            // SAFETY: walks and unlinks objects of this heap's intrusive lists; freed
            // objects are unlinked before `free` sees them.
            unsafe {
                while !(*link).is_null() {
                    let obj = *link;
                    let m = (*obj).marked;
                    if m & old_white != 0 && m & FIXED == 0 {
                        *link = (*obj).next;
                        free(self, NonNull::new_unchecked(obj));
                    } else {
                        if m & FIXED == 0 {
                            (*obj).marked = (m & !(WHITES | BLACK)) | new_white;
                        }
                        link = &mut (*obj).next;
                    }
                }
            }
        }
    }

    /// For objects the VM keeps on its own structures: true if the object is dead
    /// (old white) and must be freed; otherwise turns it into the new white.
    #[inline]
    pub fn sweep_object(&self, obj: NonNull<GcHeader>) -> bool {
        // SAFETY: obj is a live object of this heap.
        let h = unsafe { &mut *obj.as_ptr() };
        let old_white = self.current_white;
        if h.marked & old_white != 0 && h.marked & FIXED == 0 {
            return true;
        }
        if h.marked & FIXED == 0 {
            h.marked = (h.marked & !(WHITES | BLACK)) | (old_white ^ WHITES);
        }
        false
    }

    /// Finishes a cycle: flips the current white and sets the next threshold from
    /// what survived and the pause.
    pub fn end_cycle(&mut self) {
        self.current_white ^= WHITES;
        self.phase = Phase::Pause;
        self.estimate = self.bytes;
        let next = (self.estimate / 100).saturating_mul(self.pause as usize);
        // Collect before the memory limit is reached, whatever the pause says; but
        // when what survived is already past that point, more cycles only thrash:
        // let the limit itself decide.
        let cap = self.limit - self.limit / 8;
        let next = next.max(MIN_THRESHOLD);
        self.threshold = if next <= cap {
            next
        } else if self.estimate < cap {
            cap
        } else {
            self.limit
        };
        self.cycles += 1;
    }

    /// Sets the threshold as if `bytes` more had been allocated (collectgarbage
    /// "step" with a size, or "restart").
    pub fn set_threshold(&mut self, threshold: usize) {
        self.threshold = threshold;
    }

    /// Frees every object on the lists without marking (VM teardown).
    pub fn free_everything(&mut self, mut free: impl FnMut(&mut Heap, NonNull<GcHeader>)) {
        for which in 0..2 {
            let mut p = if which == 0 {
                self.all
            } else {
                self.finalizable
            };
            // SAFETY: walks the intrusive lists; each object is read before freeing.
            unsafe {
                while !p.is_null() {
                    let next = (*p).next;
                    free(self, NonNull::new_unchecked(p));
                    p = next;
                }
            }
        }
        self.all = ptr::null_mut();
        self.finalizable = ptr::null_mut();
        self.to_finalize.clear();
        self.gray.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[repr(C)]
    struct Obj {
        hdr: GcHeader,
        child: Option<NonNull<GcHeader>>,
    }

    fn new_obj(h: &mut Heap, list: List) -> NonNull<GcHeader> {
        h.alloc(Layout::new::<Obj>(), 1, list).unwrap()
    }

    fn child_of(o: NonNull<GcHeader>) -> Option<NonNull<GcHeader>> {
        unsafe { (*(o.as_ptr() as *mut Obj)).child }
    }

    fn collect(h: &mut Heap, roots: &[NonNull<GcHeader>]) -> usize {
        h.begin_cycle();
        for &r in roots {
            h.mark(r);
        }
        while let Some(o) = h.pop_gray() {
            if let Some(c) = child_of(o) {
                h.mark(c);
            }
        }
        let mut freed = 0;
        h.sweep_lists(|h, o| {
            freed += 1;
            unsafe { h.free(o, Layout::new::<Obj>()) };
        });
        h.end_cycle();
        freed
    }

    #[test]
    fn unreachable_objects_are_freed_and_reachable_survive() {
        let mut h = Heap::new();
        let a = new_obj(&mut h, List::All);
        let b = new_obj(&mut h, List::All);
        let _garbage = new_obj(&mut h, List::All);
        unsafe { (*(a.as_ptr() as *mut Obj)).child = Some(b) };
        assert_eq!(collect(&mut h, &[a]), 1);
        assert_eq!(h.bytes(), 2 * std::mem::size_of::<Obj>());
        // Survivors are white again for the next cycle and collected once dropped.
        assert!(Heap::is_white(a) && Heap::is_white(b));
        assert_eq!(collect(&mut h, &[]), 2);
        assert_eq!(h.bytes(), 0);
    }

    #[test]
    fn barriers_only_act_on_black_containers_while_marking() {
        let mut h = Heap::new();
        let t = new_obj(&mut h, List::All);
        let v = new_obj(&mut h, List::All);
        h.barrier_back(t);
        h.barrier_forward(t, v);
        assert!(Heap::is_white(v));
        h.begin_cycle();
        h.mark(t);
        assert_eq!(h.pop_gray(), Some(t));
        assert!(Heap::is_black(t));
        h.barrier_forward(t, v);
        assert!(!Heap::is_white(v), "forward barrier marks the stored value");
        h.barrier_back(t);
        assert!(
            !Heap::is_black(t),
            "backward barrier re-greys the container"
        );
        while h.pop_gray().is_some() {}
        h.sweep_lists(|h, o| unsafe { h.free(o, Layout::new::<Obj>()) });
        h.end_cycle();
        assert_eq!(h.bytes(), 2 * std::mem::size_of::<Obj>());
        h.free_everything(|h, o| unsafe { h.free(o, Layout::new::<Obj>()) });
    }

    #[test]
    fn finalizable_objects_are_resurrected_once() {
        let mut h = Heap::new();
        let u = new_obj(&mut h, List::Finalizable);
        let inner = new_obj(&mut h, List::All);
        unsafe { (*(u.as_ptr() as *mut Obj)).child = Some(inner) };
        h.begin_cycle();
        while h.pop_gray().is_some() {}
        h.separate_finalizable(|_| true);
        while let Some(o) = h.pop_gray() {
            if let Some(c) = child_of(o) {
                h.mark(c);
            }
        }
        let mut freed = 0;
        h.sweep_lists(|h, o| {
            freed += 1;
            unsafe { h.free(o, Layout::new::<Obj>()) }
        });
        h.end_cycle();
        assert_eq!(
            freed, 0,
            "the object and what it references survive for the finalizer"
        );
        assert_eq!(h.next_to_finalize(), Some(u));
        assert!(h.next_to_finalize().is_none());
        // Next cycle: already finalized, so it is simply freed with its child.
        h.begin_cycle();
        h.separate_finalizable(|_| true);
        assert_eq!(h.pending_finalizers().count(), 0);
        let mut freed = 0;
        h.sweep_lists(|h, o| {
            freed += 1;
            unsafe { h.free(o, Layout::new::<Obj>()) }
        });
        h.end_cycle();
        assert_eq!(freed, 2);
    }

    #[test]
    fn memory_limit_refuses_allocation() {
        let mut h = Heap::new();
        h.limit = 10;
        assert!(h.alloc(Layout::new::<Obj>(), 1, List::All).is_none());
    }
}
