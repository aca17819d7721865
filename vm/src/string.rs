//! Interned strings.
//!
//! Every Lua string is interned: equal contents means the same object, so string
//! equality and table lookups by string compare pointers. A string is one
//! allocation: the header, then the bytes, then a NUL (handy for C calls later).
//! The hash is cached in the header's `extra32`. The intern table is a chained
//! hash table through the strings themselves; it is swept by the collector (strings
//! are on no heap list).

use crate::value::{tag, Gc, GcKind, Value};
use lunavm_gc::{GcHeader, Heap, List};
use std::alloc::Layout;
use std::ptr;

/// The longest string (LuaJIT's limit, just under 2 GiB); concatenations beyond
/// it raise "string length overflow".
pub const MAX_STRING: usize = 0x7fff_ff00;

#[repr(C)]
pub struct LuaStr {
    hdr: GcHeader,
    len: usize,
    /// Next string in the same intern bucket.
    chain: *mut LuaStr,
}

// SAFETY: repr(C) with the header first.
unsafe impl GcKind for LuaStr {
    const TAG: u32 = tag::STR;
}

impl LuaStr {
    /// Byte offset of the length (see `layout`).
    pub const LEN_OFFSET: usize = std::mem::offset_of!(LuaStr, len);

    fn layout(len: usize) -> Layout {
        Layout::from_size_align(std::mem::size_of::<LuaStr>() + len + 1, 8)
            .expect("string size fits a layout")
    }
}

impl Gc<LuaStr> {
    #[inline]
    pub fn len(self) -> usize {
        self.body().len
    }
    #[inline]
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn hash(self) -> u32 {
        self.body().hdr.extra32
    }
    /// The bytes. The slice must not be held across a GC check point unless the
    /// string is otherwise reachable.
    #[inline]
    pub fn as_bytes<'a>(self) -> &'a [u8] {
        // SAFETY: the bytes follow the struct in the same allocation and are never
        // mutated after interning.
        unsafe {
            std::slice::from_raw_parts(
                (self.as_ptr() as *const u8).add(std::mem::size_of::<LuaStr>()),
                self.len(),
            )
        }
    }
    /// The contents as text, replacing invalid UTF-8 (for messages).
    pub fn to_str_lossy(self) -> String {
        String::from_utf8_lossy(self.as_bytes()).into_owned()
    }
    /// Pointer to the NUL-terminated bytes.
    pub fn as_c_ptr(self) -> *const u8 {
        // SAFETY: in bounds of the allocation (see `as_bytes`).
        unsafe { (self.as_ptr() as *const u8).add(std::mem::size_of::<LuaStr>()) }
    }
}

/// Hash of a string's contents: every byte for strings up to `FULL_HASH_MAX`,
/// a fixed sample (plus the length) beyond, so hashing stays O(1) for huge strings.
pub fn hash_bytes(s: &[u8]) -> u32 {
    const FULL_HASH_MAX: usize = 4096;
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    #[inline(always)]
    fn mix(h: u64, w: u64) -> u64 {
        (h ^ w).wrapping_mul(K).rotate_left(29)
    }
    #[inline(always)]
    fn word(s: &[u8], i: usize) -> u64 {
        let mut b = [0u8; 8];
        let n = (s.len() - i).min(8);
        b[..n].copy_from_slice(&s[i..i + n]);
        u64::from_le_bytes(b)
    }
    let mut h = (s.len() as u64).wrapping_mul(K) ^ 0x5851_F42D_4C95_7F2D;
    if s.len() <= FULL_HASH_MAX {
        let mut i = 0;
        while i < s.len() {
            h = mix(h, word(s, i));
            i += 8;
        }
    } else {
        // Head, tail and 64 words spread over the middle.
        for i in (0..256).step_by(8) {
            h = mix(h, word(s, i));
            h = mix(h, word(s, s.len() - 256 + i));
        }
        let step = s.len() / 64;
        for k in 0..64 {
            h = mix(h, word(s, k * step));
        }
    }
    h ^= h >> 32;
    h as u32
}

/// The intern table.
pub struct StringTable {
    buckets: Vec<*mut LuaStr>,
    count: usize,
}

impl Default for StringTable {
    fn default() -> Self {
        Self::new()
    }
}

impl StringTable {
    pub fn new() -> StringTable {
        StringTable {
            buckets: vec![ptr::null_mut(); 256],
            count: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The interned string with these contents, creating it if needed. `None` when
    /// the memory limit refuses the allocation.
    pub fn intern(&mut self, heap: &mut Heap, s: &[u8]) -> Option<Gc<LuaStr>> {
        let h = hash_bytes(s);
        let mask = self.buckets.len() - 1;
        let mut p = self.buckets[h as usize & mask];
        // SAFETY: bucket chains hold live strings (dead ones are unlinked by sweep).
        unsafe {
            while !p.is_null() {
                let sp = Gc::from_raw(p);
                // Sweeps run to completion, so no dead string is ever found here.
                if sp.hash() == h && sp.as_bytes() == s {
                    return Some(sp);
                }
                p = (*p).chain;
            }
        }
        let layout = LuaStr::layout(s.len());
        let obj = heap.alloc(layout, LuaStr::KIND, List::None)?;
        let sp = obj.as_ptr() as *mut LuaStr;
        // SAFETY: fresh zeroed allocation of the right layout.
        unsafe {
            (*sp).hdr.extra32 = h;
            (*sp).len = s.len();
            let data = (sp as *mut u8).add(std::mem::size_of::<LuaStr>());
            ptr::copy_nonoverlapping(s.as_ptr(), data, s.len());
            *data.add(s.len()) = 0;
            let bucket = &mut self.buckets[h as usize & mask];
            (*sp).chain = *bucket;
            *bucket = sp;
        }
        self.count += 1;
        if self.count > self.buckets.len() {
            self.resize(self.buckets.len() * 2);
        }
        // SAFETY: just created.
        Some(unsafe { Gc::from_raw(sp) })
    }

    fn resize(&mut self, n: usize) {
        let mut nb = vec![ptr::null_mut::<LuaStr>(); n];
        for &head in &self.buckets {
            let mut p = head;
            // SAFETY: rehashing live strings between buckets.
            unsafe {
                while !p.is_null() {
                    let next = (*p).chain;
                    let b = &mut nb[(*p).hdr.extra32 as usize & (n - 1)];
                    (*p).chain = *b;
                    *b = p;
                    p = next;
                }
            }
        }
        self.buckets = nb;
    }

    /// Sweeps the table: frees dead strings, whitens survivors.
    pub fn sweep(&mut self, heap: &mut Heap) {
        for i in 0..self.buckets.len() {
            let mut link: *mut *mut LuaStr = &mut self.buckets[i];
            // SAFETY: walks and unlinks chains of live strings owned by this table.
            unsafe {
                while !(*link).is_null() {
                    let s = *link;
                    let g: Gc<LuaStr> = Gc::from_raw(s);
                    if heap.sweep_object(g.header()) {
                        *link = (*s).chain;
                        let layout = LuaStr::layout((*s).len);
                        heap.free(g.header(), layout);
                        self.count -= 1;
                    } else {
                        link = &mut (*s).chain;
                    }
                }
            }
        }
        if self.count < self.buckets.len() / 4 && self.buckets.len() > 256 {
            self.resize(self.buckets.len() / 2);
        }
    }

    /// Frees every string (VM teardown).
    pub fn free_all(&mut self, heap: &mut Heap) {
        for i in 0..self.buckets.len() {
            let mut p = self.buckets[i];
            // SAFETY: each string is read before it is freed and never used again.
            unsafe {
                while !p.is_null() {
                    let next = (*p).chain;
                    let g: Gc<LuaStr> = Gc::from_raw(p);
                    heap.free(g.header(), LuaStr::layout((*p).len));
                    p = next;
                }
            }
            self.buckets[i] = ptr::null_mut();
        }
        self.count = 0;
    }
}

impl Value {
    #[inline(always)]
    pub fn as_str(self) -> Option<Gc<LuaStr>> {
        self.as_gc::<LuaStr>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_returns_the_same_object() {
        let mut heap = Heap::new();
        let mut st = StringTable::new();
        let a = st.intern(&mut heap, b"hello").unwrap();
        let b = st.intern(&mut heap, b"hello").unwrap();
        let c = st.intern(&mut heap, b"hellO").unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.as_bytes(), b"hello");
        for i in 0..2000 {
            st.intern(&mut heap, format!("s{i}").as_bytes()).unwrap();
        }
        assert_eq!(st.intern(&mut heap, b"s1234").unwrap().as_bytes(), b"s1234");
        assert_eq!(st.len(), 2002);
        st.free_all(&mut heap);
        assert_eq!(heap.bytes(), 0);
    }

    #[test]
    fn hashes_cover_long_strings() {
        let a = vec![b'a'; 100_000];
        let mut b = a.clone();
        b[0] = b'b';
        assert_ne!(hash_bytes(&a), hash_bytes(&b));
        assert_ne!(hash_bytes(b"ab"), hash_bytes(b"ba"));
        assert_ne!(hash_bytes(b""), hash_bytes(b"\0"));
    }
}
