//! Tables: an array part for keys 1..asize and a hash part of nodes.
//!
//! The hash part is Lua 5.1's chained scatter table with Brent's variation: every
//! key has a main position (`hash & hmask`); colliding keys chain through `next`
//! (a node index) into free nodes found by a downward-moving `lastfree`; a key
//! squatting in another key's main position is moved out when that key arrives.
//! When no free node is left the table is rehashed, choosing the array size as 5.1
//! does (the largest power of two that is more than half full), which also gives
//! 5.1's `#` borders.
//!
//! Invariants:
//! - The keys of nodes whose value is nil may be dead objects: they are compared
//!   by bits only and never dereferenced (the collector does not mark them).
//! - `hdr.flags` is the negative metamethod cache: bit i set means metamethod i
//!   (of the first 8, see `meta.rs`) is known absent. Any store into the hash part
//!   clears it.

use crate::string::LuaStr;
use crate::value::{tag, Gc, GcKind, Value};
use lunavm_gc::{GcHeader, Heap, List};
use std::alloc::Layout;
use std::ptr;

const NO_NODE: u32 = u32::MAX;
/// Largest array part (2^26 slots, as Lua 5.1's MAXBITS).
const MAX_ABITS: u32 = 26;
const MAX_ASIZE: u32 = 1 << MAX_ABITS;
/// Largest hash part.
const MAX_HBITS: u32 = 26;

#[repr(C)]
pub struct Node {
    pub val: Value,
    pub key: Value,
    next: u32,
}

/// The shared empty hash part of tables without one. Never written.
struct Dummy(Node);
// SAFETY: the dummy node is immutable after construction.
unsafe impl Sync for Dummy {}
static DUMMY: Dummy = Dummy(Node {
    val: Value::NIL,
    key: Value::NIL,
    next: NO_NODE,
});

#[inline(always)]
fn dummy() -> *mut Node {
    &DUMMY.0 as *const Node as *mut Node
}

#[repr(C)]
pub struct Table {
    hdr: GcHeader,
    pub(crate) array: *mut Value,
    pub(crate) node: *mut Node,
    pub(crate) meta: *mut Table,
    pub(crate) asize: u32,
    pub(crate) hmask: u32,
    lastfree: u32,
}

// SAFETY: repr(C) with the header first.
unsafe impl GcKind for Table {
    const TAG: u32 = tag::TAB;
}

/// `next` was given a key that is not in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidKey;

/// Why a store failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetError {
    NilKey,
    NanKey,
    NoMemory,
}

/// Hash of any non-string key.
#[inline(always)]
fn hash_bits(b: u64) -> u32 {
    (b.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32
}

#[inline(always)]
fn key_hash(key: Value) -> u32 {
    if key.is_string() {
        key.as_gc_unchecked::<LuaStr>().hash()
    } else if key.is_number() {
        let n = key.as_f64();
        if n == 0.0 {
            0 // 0 and -0 are the same key
        } else {
            hash_bits(n.to_bits())
        }
    } else {
        hash_bits(key.to_bits())
    }
}

/// The array index (1-based) a number key would have, if it is a positive
/// integer small enough for an array part.
#[inline(always)]
fn array_index(n: f64) -> Option<u32> {
    let i = n as u32;
    if i as f64 == n && (1..=MAX_ASIZE).contains(&i) {
        Some(i)
    } else {
        None
    }
}

fn ceil_log2(x: u32) -> u32 {
    if x <= 1 {
        0
    } else {
        32 - (x - 1).leading_zeros()
    }
}

fn array_layout(n: u32) -> Layout {
    Layout::array::<Value>(n as usize).expect("array part layout")
}
fn node_layout(n: u32) -> Layout {
    Layout::array::<Node>(n as usize).expect("hash part layout")
}

impl Table {
    /// A new empty table with room for `narr` array slots and `nhash` hash keys.
    pub fn new(heap: &mut Heap, narr: u32, nhash: u32) -> Option<Gc<Table>> {
        let obj = heap.alloc(Layout::new::<Table>(), Table::KIND, List::All)?;
        // SAFETY: fresh zeroed allocation of a Table.
        let t = unsafe { Gc::<Table>::from_header(obj) };
        {
            let tm = t.body_mut();
            tm.array = ptr::null_mut();
            tm.node = dummy();
            tm.meta = ptr::null_mut();
        }
        if narr > 0 || nhash > 0 {
            // On failure the table stays empty and valid; the sweep frees it.
            t.resize(heap, narr.min(MAX_ASIZE), nhash).then_some(())?;
        }
        Some(t)
    }

    /// The `node` address of every table without a hash part. Machine code
    /// tells an empty hash part from one of a single node by it: both have
    /// `hmask` 0.
    pub fn no_hash_part() -> usize {
        dummy() as usize
    }

    /// Frees the parts owned by a dead table (the object itself is freed by the
    /// caller).
    pub fn free_parts(t: Gc<Table>, heap: &mut Heap) {
        let tm = t.body_mut();
        if tm.asize > 0 {
            // SAFETY: array was allocated with this layout.
            unsafe { std::alloc::dealloc(tm.array as *mut u8, array_layout(tm.asize)) };
            heap.shrink(array_layout(tm.asize).size());
        }
        if tm.node != dummy() {
            let n = tm.hmask + 1;
            // SAFETY: node was allocated with this layout.
            unsafe { std::alloc::dealloc(tm.node as *mut u8, node_layout(n)) };
            heap.shrink(node_layout(n).size());
        }
        tm.asize = 0;
        tm.array = ptr::null_mut();
        tm.node = dummy();
        tm.hmask = 0;
    }

    pub const fn object_layout() -> Layout {
        Layout::new::<Table>()
    }
}

impl Gc<Table> {
    #[inline(always)]
    pub fn asize(self) -> u32 {
        self.body().asize
    }
    #[inline(always)]
    pub fn hmask(self) -> u32 {
        self.body().hmask
    }
    #[inline(always)]
    pub fn metatable(self) -> Option<Gc<Table>> {
        let m = self.body().meta;
        if m.is_null() {
            None
        } else {
            // SAFETY: a non-null metatable pointer is a live table.
            Some(unsafe { Gc::from_raw(m) })
        }
    }
    /// Sets the metatable; the caller performs the write barrier.
    #[inline]
    pub fn set_metatable(self, mt: Option<Gc<Table>>) {
        self.body_mut().meta = mt.map_or(ptr::null_mut(), |m| m.as_ptr());
    }
    #[inline(always)]
    pub fn nomm_flags(self) -> u8 {
        self.body().hdr.flags
    }
    #[inline(always)]
    pub fn set_nomm_flags(self, f: u8) {
        self.body_mut().hdr.flags = f;
    }

    /// The array part (keys 1..=asize).
    #[inline(always)]
    pub fn array<'a>(self) -> &'a mut [Value] {
        let t = self.body();
        if t.asize == 0 {
            &mut []
        } else {
            // SAFETY: array holds asize initialised values owned by this table.
            unsafe { std::slice::from_raw_parts_mut(t.array, t.asize as usize) }
        }
    }
    /// The hash part's nodes.
    #[inline(always)]
    pub fn nodes<'a>(self) -> &'a mut [Node] {
        let t = self.body();
        if t.node == dummy() {
            &mut []
        } else {
            // SAFETY: node holds hmask+1 initialised nodes owned by this table.
            unsafe { std::slice::from_raw_parts_mut(t.node, t.hmask as usize + 1) }
        }
    }

    #[inline(always)]
    fn node_at(self, i: u32) -> *mut Node {
        // SAFETY: callers pass i <= hmask; the dummy has hmask 0.
        unsafe { self.body().node.add(i as usize) }
    }

    // ------------------------------------------------------------------ reads

    /// Raw get with an integer-valued number key.
    #[inline(always)]
    pub fn get_int(self, k: i64) -> Value {
        let t = self.body();
        if (k as u64).wrapping_sub(1) < t.asize as u64 {
            // SAFETY: 1 <= k <= asize.
            return unsafe { *t.array.add(k as usize - 1) };
        }
        self.get_hash_num(k as f64)
    }

    /// Raw get with a number key.
    #[inline(always)]
    pub fn get_num(self, n: f64) -> Value {
        let t = self.body();
        let i = n as i64;
        if i as f64 == n && (i as u64).wrapping_sub(1) < t.asize as u64 {
            // SAFETY: 1 <= i <= asize.
            return unsafe { *t.array.add(i as usize - 1) };
        }
        self.get_hash_num(n)
    }

    #[inline]
    fn get_hash_num(self, n: f64) -> Value {
        let key = Value::num(if n == 0.0 { 0.0 } else { n });
        let mut i = key_hash(key) & self.hmask();
        loop {
            let nd = self.node_at(i);
            // SAFETY: i is a valid node index (main position or a chain link).
            unsafe {
                if (*nd).key.is_number() && (*nd).key.as_f64() == n {
                    return (*nd).val;
                }
                i = (*nd).next;
            }
            if i == NO_NODE {
                return Value::NIL;
            }
        }
    }

    /// Raw get with a string key.
    #[inline(always)]
    pub fn get_str(self, s: Gc<LuaStr>) -> Value {
        let key = s.to_value();
        let mut i = s.hash() & self.hmask();
        loop {
            let nd = self.node_at(i);
            // SAFETY: as in get_hash_num.
            unsafe {
                if (*nd).key == key {
                    return (*nd).val;
                }
                i = (*nd).next;
            }
            if i == NO_NODE {
                return Value::NIL;
            }
        }
    }

    /// Raw get with any key.
    #[inline]
    pub fn get(self, key: Value) -> Value {
        if key.is_string() {
            self.get_str(key.as_gc_unchecked())
        } else if key.is_number() {
            self.get_num(key.as_f64())
        } else if key.is_nil() {
            Value::NIL
        } else {
            self.get_hash_other(key)
        }
    }

    fn get_hash_other(self, key: Value) -> Value {
        let mut i = key_hash(key) & self.hmask();
        loop {
            let nd = self.node_at(i);
            // SAFETY: as in get_hash_num.
            unsafe {
                if (*nd).key == key {
                    return (*nd).val;
                }
                i = (*nd).next;
            }
            if i == NO_NODE {
                return Value::NIL;
            }
        }
    }

    /// The node holding `key` (any value, even nil), if the key is in the hash part.
    fn find_node(self, key: Value) -> Option<u32> {
        // Free nodes have nil keys: a nil key must never "find" one.
        if self.body().node == dummy() || key.is_nil() {
            return None;
        }
        let num = key.to_number();
        let mut i = key_hash(key) & self.hmask();
        loop {
            let nd = self.node_at(i);
            // SAFETY: as in get_hash_num.
            unsafe {
                let k = (*nd).key;
                let hit = match num {
                    Some(n) => k.is_number() && k.as_f64() == n,
                    None => k == key,
                };
                if hit {
                    return Some(i);
                }
                i = (*nd).next;
            }
            if i == NO_NODE {
                return None;
            }
        }
    }

    /// The value slot of `key` in the hash part, if the key is present.
    #[inline]
    pub fn node_slot(self, key: Value) -> Option<*mut Value> {
        let i = self.find_node(key)?;
        // SAFETY: valid node index.
        Some(unsafe { &mut (*self.node_at(i)).val })
    }

    /// The value slot of string key `s`, if present.
    #[inline(always)]
    pub fn node_slot_str(self, s: Gc<LuaStr>) -> Option<*mut Value> {
        let key = s.to_value();
        let mut i = s.hash() & self.hmask();
        loop {
            let nd = self.node_at(i);
            // SAFETY: as in get_hash_num.
            unsafe {
                if (*nd).key == key {
                    return Some(&mut (*nd).val);
                }
                i = (*nd).next;
            }
            if i == NO_NODE {
                return None;
            }
        }
    }

    // ----------------------------------------------------------------- writes

    /// The value slot for `key`, creating the key if absent. The caller stores into
    /// it and performs the write barrier. Errors for nil and NaN keys and when the
    /// memory limit refuses a resize.
    pub fn slot_for_set(self, heap: &mut Heap, key: Value) -> Result<*mut Value, SetError> {
        if key.is_number() {
            let n = key.as_f64();
            let t = self.body();
            let i = n as i64;
            if i as f64 == n && (i as u64).wrapping_sub(1) < t.asize as u64 {
                // SAFETY: 1 <= i <= asize.
                return Ok(unsafe { t.array.add(i as usize - 1) });
            }
            if n.is_nan() {
                return Err(SetError::NanKey);
            }
        } else if key.is_nil() {
            return Err(SetError::NilKey);
        }
        self.set_nomm_flags(0);
        if let Some(i) = self.find_node(key) {
            // SAFETY: valid node index.
            return Ok(unsafe { &mut (*self.node_at(i)).val });
        }
        self.new_key(heap, key)
    }

    /// Raw set. Storing nil under an absent key does nothing.
    pub fn set(self, heap: &mut Heap, key: Value, val: Value) -> Result<(), SetError> {
        if val.is_nil()
            && !key.is_nil()
            && !(key.is_number() && key.as_f64().is_nan())
            && self.get(key).is_nil()
        {
            return Ok(());
        }
        let slot = self.slot_for_set(heap, key)?;
        // SAFETY: slot points into this table's live storage.
        unsafe { *slot = val };
        if val.is_gc() {
            heap.barrier_back(self.header());
        }
        Ok(())
    }

    /// Raw set with an integer key.
    pub fn set_int(self, heap: &mut Heap, k: i64, val: Value) -> Result<(), SetError> {
        let t = self.body();
        if (k as u64).wrapping_sub(1) < t.asize as u64 {
            // SAFETY: 1 <= k <= asize.
            unsafe { *t.array.add(k as usize - 1) = val };
            if val.is_gc() {
                heap.barrier_back(self.header());
            }
            return Ok(());
        }
        self.set(heap, Value::num(k as f64), val)
    }

    /// Raw set with a string key.
    pub fn set_str(self, heap: &mut Heap, k: Gc<LuaStr>, val: Value) -> Result<(), SetError> {
        self.set(heap, k.to_value(), val)
    }

    /// Inserts a key known to be absent from the table (5.1's `newkey`).
    fn new_key(self, heap: &mut Heap, key: Value) -> Result<*mut Value, SetError> {
        let key = if key.is_number() && key.as_f64() == 0.0 {
            Value::num(0.0)
        } else {
            key
        };
        let mut mp = key_hash(key) & self.hmask();
        // SAFETY: all node indices used below are within hmask, and the dummy is
        // never written (a table with the dummy has no free node and rehashes).
        unsafe {
            let mpn = self.node_at(mp);
            if !(*mpn).val.is_nil() || self.body().node == dummy() {
                let Some(free) = self.free_pos() else {
                    self.rehash(heap, key)?;
                    return self.slot_for_set(heap, key);
                };
                let fnode = self.node_at(free);
                let other = key_hash((*mpn).key) & self.hmask();
                if other != mp {
                    // The squatter is not in its main position: move it to the free
                    // node and take its place.
                    let mut prev = other;
                    while (*self.node_at(prev)).next != mp {
                        prev = (*self.node_at(prev)).next;
                    }
                    (*self.node_at(prev)).next = free;
                    ptr::copy_nonoverlapping(mpn, fnode, 1);
                    (*mpn).next = NO_NODE;
                    (*mpn).val = Value::NIL;
                } else {
                    // The occupant is in its main position: chain the new key.
                    (*fnode).next = (*mpn).next;
                    (*mpn).next = free;
                    mp = free;
                }
            }
            let n = self.node_at(mp);
            (*n).key = key;
            (*n).val = Value::NIL;
            Ok(&mut (*n).val)
        }
    }

    fn free_pos(self) -> Option<u32> {
        let t = self.body_mut();
        if t.node == dummy() {
            return None;
        }
        while t.lastfree > 0 {
            t.lastfree -= 1;
            // SAFETY: lastfree < hmask + 1.
            if unsafe { (*t.node.add(t.lastfree as usize)).key.is_nil() } {
                return Some(t.lastfree);
            }
        }
        None
    }

    /// Grows or shrinks the parts to fit the live keys plus `extra`.
    fn rehash(self, heap: &mut Heap, extra: Value) -> Result<(), SetError> {
        // nums[i]: number of integer keys k with 2^(i-1) < k <= 2^i.
        let mut nums = [0u32; MAX_ABITS as usize + 1];
        let mut total_int = 0u32;
        // Array part, slice by slice.
        let arr = self.array();
        let mut lim = 1usize;
        let mut i = 1usize;
        for slot in nums.iter_mut() {
            let mut c = 0;
            while i <= lim && i <= arr.len() {
                if !arr[i - 1].is_nil() {
                    c += 1;
                }
                i += 1;
            }
            *slot += c;
            total_int += c;
            if i > arr.len() {
                break;
            }
            lim *= 2;
        }
        let mut total = total_int;
        let count_int = |k: Value, nums: &mut [u32], total_int: &mut u32| {
            if let Some(idx) = k.to_number().and_then(array_index) {
                nums[ceil_log2(idx) as usize] += 1;
                *total_int += 1;
            }
        };
        for n in self.nodes().iter() {
            if !n.val.is_nil() {
                count_int(n.key, &mut nums, &mut total_int);
                total += 1;
            }
        }
        count_int(extra, &mut nums, &mut total_int);
        total += 1;
        // 5.1's computesizes: the largest n = 2^i with more than n/2 slots in use.
        let mut a = 0u32;
        let mut na = 0u32;
        let mut asize = 0u32;
        let mut two_i = 1u32;
        for &c in nums.iter() {
            if two_i / 2 >= total_int {
                break;
            }
            if c > 0 {
                a += c;
                if a > two_i / 2 {
                    asize = two_i;
                    na = a;
                }
            }
            two_i = two_i.saturating_mul(2);
        }
        if self.resize(heap, asize, total - na) {
            Ok(())
        } else {
            Err(SetError::NoMemory)
        }
    }

    /// Resizes to `nasize` array slots and room for `nhsize` hash keys, moving
    /// entries. Returns false (table unchanged) if the memory limit refuses.
    pub fn resize(self, heap: &mut Heap, nasize: u32, nhsize: u32) -> bool {
        let lsize = ceil_log2(nhsize);
        if lsize > MAX_HBITS || nasize > MAX_ASIZE {
            return false;
        }
        let nnodes = if nhsize == 0 { 0 } else { 1u32 << lsize };
        let old_asize = self.asize();
        let grow_bytes = node_layout(nnodes).size() + array_layout(nasize.max(old_asize)).size();
        if heap.would_exceed(grow_bytes) {
            return false;
        }
        let t = self.body_mut();
        let old_array = t.array;
        let old_node = t.node;
        let old_nnodes = if old_node == dummy() { 0 } else { t.hmask + 1 };

        // New array part (copying the surviving prefix).
        let new_array = if nasize == 0 {
            ptr::null_mut()
        } else {
            // SAFETY: non-zero layout.
            let p = unsafe { std::alloc::alloc(array_layout(nasize)) } as *mut Value;
            if p.is_null() {
                return false;
            }
            let keep = nasize.min(old_asize) as usize;
            // SAFETY: both ranges are valid for `keep`/`nasize` values.
            unsafe {
                if keep > 0 {
                    ptr::copy_nonoverlapping(old_array, p, keep);
                }
                for i in keep..nasize as usize {
                    p.add(i).write(Value::NIL);
                }
            }
            p
        };
        let new_node = if nnodes == 0 {
            dummy()
        } else {
            // SAFETY: non-zero layout.
            let p = unsafe { std::alloc::alloc(node_layout(nnodes)) } as *mut Node;
            if p.is_null() {
                if !new_array.is_null() {
                    // SAFETY: allocated just above with this layout.
                    unsafe { std::alloc::dealloc(new_array as *mut u8, array_layout(nasize)) };
                }
                return false;
            }
            for i in 0..nnodes as usize {
                // SAFETY: in bounds of the new allocation.
                unsafe {
                    p.add(i).write(Node {
                        val: Value::NIL,
                        key: Value::NIL,
                        next: NO_NODE,
                    })
                };
            }
            p
        };
        t.array = new_array;
        t.asize = nasize;
        t.node = new_node;
        t.hmask = nnodes.saturating_sub(1);
        t.lastfree = nnodes;
        heap.grow(array_layout(nasize).size() + node_layout(nnodes).size());

        // Re-insert what no longer fits the array, then the old nodes. The new parts
        // have room for everything counted by rehash, so these cannot fail.
        for i in nasize..old_asize {
            // SAFETY: i < old_asize.
            let v = unsafe { *old_array.add(i as usize) };
            if !v.is_nil() {
                self.reinsert(heap, Value::num(i as f64 + 1.0), v);
            }
        }
        for i in (0..old_nnodes).rev() {
            // SAFETY: i < old_nnodes.
            let n = unsafe { &*old_node.add(i as usize) };
            if !n.val.is_nil() {
                self.reinsert(heap, n.key, n.val);
            }
        }
        if old_asize > 0 {
            // SAFETY: the old array was allocated with this layout.
            unsafe { std::alloc::dealloc(old_array as *mut u8, array_layout(old_asize)) };
            heap.shrink(array_layout(old_asize).size());
        }
        if old_nnodes > 0 {
            // SAFETY: the old nodes were allocated with this layout.
            unsafe { std::alloc::dealloc(old_node as *mut u8, node_layout(old_nnodes)) };
            heap.shrink(node_layout(old_nnodes).size());
        }
        true
    }

    /// Removes every entry, keeping both parts allocated (LuaJIT's `table.clear`).
    pub fn clear(self) {
        self.array().fill(Value::NIL);
        let nodes = self.nodes();
        for n in nodes.iter_mut() {
            *n = Node {
                val: Value::NIL,
                key: Value::NIL,
                next: NO_NODE,
            };
        }
        let t = self.body_mut();
        if t.node != dummy() {
            t.lastfree = t.hmask + 1;
        }
    }

    fn reinsert(self, heap: &mut Heap, key: Value, val: Value) {
        match self.slot_for_set(heap, key) {
            // SAFETY: slot points into live storage.
            Ok(slot) => unsafe { *slot = val },
            Err(_) => debug_assert!(false, "re-insertion into a resized table cannot fail"),
        }
    }

    // ------------------------------------------------------------- traversal

    /// 5.1's `#`: a border of the table (an n with t[n] non-nil and t[n+1] nil, or 0).
    pub fn length(self) -> u32 {
        let arr = self.array();
        let mut j = arr.len() as u32;
        if j > 0 && arr[j as usize - 1].is_nil() {
            let mut i = 0u32;
            while j - i > 1 {
                let m = (i + j) / 2;
                if arr[m as usize - 1].is_nil() {
                    j = m;
                } else {
                    i = m;
                }
            }
            return i;
        }
        if self.body().node == dummy() {
            return j;
        }
        // Unbound search in the hash part.
        let mut i = j as u64;
        let mut j = i + 1;
        while !self.get_int(j as i64).is_nil() {
            i = j;
            j *= 2;
            if j > i32::MAX as u64 {
                let mut k = 1;
                while !self.get_int(k).is_nil() {
                    k += 1;
                }
                return (k - 1) as u32;
            }
        }
        while j - i > 1 {
            let m = (i + j) / 2;
            if self.get_int(m as i64).is_nil() {
                j = m;
            } else {
                i = m;
            }
        }
        i as u32
    }

    /// The traversal position just after `key` (0 for nil), or None if the key is
    /// not in the table.
    pub fn next_position(self, key: Value) -> Option<u32> {
        if key.is_nil() {
            return Some(0);
        }
        let asize = self.asize();
        if let Some(i) = key.to_number().and_then(array_index) {
            if i <= asize {
                return Some(i);
            }
        }
        self.find_node(key).map(|i| asize + i + 1)
    }

    /// The first entry at or after traversal position `pos`: (next position, key,
    /// value).
    #[inline]
    pub fn entry_at(self, mut pos: u32) -> Option<(u32, Value, Value)> {
        let arr = self.array();
        while (pos as usize) < arr.len() {
            let v = arr[pos as usize];
            pos += 1;
            if !v.is_nil() {
                return Some((pos, Value::num(pos as f64), v));
            }
        }
        let nodes = self.nodes();
        let mut i = pos as usize - arr.len();
        while i < nodes.len() {
            let n = &nodes[i];
            i += 1;
            if !n.val.is_nil() {
                return Some(((arr.len() + i) as u32, n.key, n.val));
            }
        }
        None
    }

    /// `next(t, key)`: an error if `key` is not in the table.
    pub fn next(self, key: Value) -> Result<Option<(Value, Value)>, InvalidKey> {
        let pos = self.next_position(key).ok_or(InvalidKey)?;
        Ok(self.entry_at(pos).map(|(_, k, v)| (k, v)))
    }

    /// A copy of the table (TDUP of a template): same parts, no metatable.
    pub fn duplicate(self, heap: &mut Heap) -> Option<Gc<Table>> {
        let src = self.body();
        let nnodes = if src.node == dummy() {
            0
        } else {
            src.hmask + 1
        };
        let t = Table::new(heap, 0, 0)?;
        if !t.resize(heap, src.asize, nnodes) {
            return None;
        }
        let dst = t.body_mut();
        // SAFETY: same sizes; node `next` links are indices, valid in the copy.
        unsafe {
            if src.asize > 0 {
                ptr::copy_nonoverlapping(src.array, dst.array, src.asize as usize);
            }
            if nnodes > 0 {
                ptr::copy_nonoverlapping(src.node, dst.node, nnodes as usize);
            }
        }
        dst.lastfree = src.lastfree;
        Some(t)
    }

    /// Memory owned outside the object (for statistics).
    pub fn parts_bytes(self) -> usize {
        let t = self.body();
        let nn = if t.node == dummy() { 0 } else { t.hmask + 1 };
        array_layout(t.asize).size() + node_layout(nn).size()
    }
}

impl Value {
    #[inline(always)]
    pub fn as_table(self) -> Option<Gc<Table>> {
        self.as_gc::<Table>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::StringTable;

    fn free(heap: &mut Heap, t: Gc<Table>) {
        Table::free_parts(t, heap);
        unsafe { heap.free(t.header(), Table::object_layout()) };
    }

    #[test]
    fn integer_keys_grow_the_array_part() {
        let mut heap = Heap::new();
        let t = Table::new(&mut heap, 0, 0).unwrap();
        for i in 1..=100 {
            t.set_int(&mut heap, i, Value::num(i as f64 * 2.0)).unwrap();
        }
        assert_eq!(t.asize(), 128);
        assert_eq!(t.length(), 100);
        assert_eq!(t.get_int(50).as_f64(), 100.0);
        assert_eq!(t.get_num(50.0).as_f64(), 100.0);
        assert!(t.get_num(50.5).is_nil());
        free(&mut heap, t);
        assert_eq!(heap.bytes(), 0);
    }

    #[test]
    fn mixed_keys_and_deletion() {
        let mut heap = Heap::new();
        let mut st = StringTable::new();
        let t = Table::new(&mut heap, 0, 0).unwrap();
        let keys: Vec<_> = (0..500)
            .map(|i| st.intern(&mut heap, format!("k{i}").as_bytes()).unwrap())
            .collect();
        for (i, k) in keys.iter().enumerate() {
            t.set_str(&mut heap, *k, Value::num(i as f64)).unwrap();
        }
        t.set(&mut heap, Value::num(-1.5), Value::TRUE).unwrap();
        t.set(&mut heap, Value::num(-0.0), Value::FALSE).unwrap();
        assert_eq!(t.get(Value::num(0.0)), Value::FALSE);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(t.get_str(*k).as_f64(), i as f64);
        }
        for k in keys.iter().step_by(2) {
            t.set_str(&mut heap, *k, Value::NIL).unwrap();
        }
        let mut n = 0;
        let mut key = Value::NIL;
        while let Some((k, _)) = t.next(key).unwrap() {
            n += 1;
            key = k;
        }
        assert_eq!(n, 252);
        assert_eq!(
            t.set(&mut heap, Value::NIL, Value::TRUE),
            Err(SetError::NilKey)
        );
        assert_eq!(
            t.set(&mut heap, Value::num(f64::NAN), Value::TRUE),
            Err(SetError::NanKey)
        );
        assert!(t.next(Value::num(12345.0)).is_err());
        free(&mut heap, t);
        st.free_all(&mut heap);
        assert_eq!(heap.bytes(), 0);
    }

    #[test]
    fn border_follows_lua51() {
        let mut heap = Heap::new();
        let t = Table::new(&mut heap, 0, 0).unwrap();
        for i in [1, 2, 3, 5] {
            t.set_int(&mut heap, i, Value::TRUE).unwrap();
        }
        // 5.1 puts 1..4 in the array part (3 of 4 used) and 5 in the hash part.
        assert_eq!(t.asize(), 4);
        assert_eq!(t.length(), 3);
        let u = Table::new(&mut heap, 0, 0).unwrap();
        u.set_int(&mut heap, 1000, Value::TRUE).unwrap();
        assert_eq!(u.length(), 0);
        free(&mut heap, t);
        free(&mut heap, u);
    }

    #[test]
    fn duplicate_copies_everything() {
        let mut heap = Heap::new();
        let mut st = StringTable::new();
        let t = Table::new(&mut heap, 0, 0).unwrap();
        let x = st.intern(&mut heap, b"x").unwrap();
        t.set_int(&mut heap, 1, Value::num(1.0)).unwrap();
        t.set_str(&mut heap, x, Value::num(2.0)).unwrap();
        let d = t.duplicate(&mut heap).unwrap();
        assert_eq!(d.get_int(1).as_f64(), 1.0);
        assert_eq!(d.get_str(x).as_f64(), 2.0);
        d.set_str(&mut heap, x, Value::num(3.0)).unwrap();
        assert_eq!(t.get_str(x).as_f64(), 2.0);
        free(&mut heap, t);
        free(&mut heap, d);
        st.free_all(&mut heap);
        assert_eq!(heap.bytes(), 0);
    }
}
