//! C data objects (cdata): a C type id and the bytes of one C value.
//!
//! The VM gives cdata no meaning: it allocates them zeroed, traces them as
//! leaves (they hold no references) and frees them. The `lunavm-ffi` crate owns
//! the C type table the ids refer to and installs the cdata metatable (see
//! `Vm::set_cdata_metatable`) through which every operation on cdata goes.
//!
//! The payload follows the object, aligned to 16 bytes (the largest alignment a
//! C scalar has on x86-64), so C code may be handed a pointer to it. Types
//! aligned further (`__attribute__((aligned(64)))`) get a larger allocation
//! and their payload `shift` bytes later, at the next multiple of their
//! alignment.

use crate::value::{tag, Gc, GcKind, Value};
use lunavm_gc::{GcHeader, Heap, List};
use std::alloc::Layout;

#[repr(C)]
pub struct Cdata {
    hdr: GcHeader,
    ctype: u32,
    /// Bytes from DATA_OFFSET to the payload (0 unless over-aligned).
    shift: u16,
    /// Bytes allocated beyond `len` to make room for the shift.
    extra: u16,
    len: usize,
}

// SAFETY: repr(C) with the header first.
unsafe impl GcKind for Cdata {
    const TAG: u32 = tag::CDATA;
}

/// The C type ids of `int64_t` and `uint64_t`, which 64-bit integer literals
/// (`1LL`, `1ULL`) have; the ffi crate's type table starts with them here.
pub const CTYPE_INT64: u32 = 8;
pub const CTYPE_UINT64: u32 = 9;
/// The C type id of `complex` (two doubles), which imaginary literals (`2i`) have.
pub const CTYPE_COMPLEX: u32 = 14;

/// `x ^ k` of 64-bit integer cdata as LuaJIT computes it (wrapping; for a
/// negative signed exponent 1, -1 or 0), `unsigned` (0 or 1) for `uint64_t`.
/// The ffi's arithmetic and trace code (`XPOW`) call it.
pub extern "C" fn int64_pow(x: i64, k: i64, unsigned: u32) -> i64 {
    if k == 0 {
        return 1;
    }
    if k < 0 && unsigned == 0 {
        return match x {
            1 => 1,
            -1 if k & 1 == 1 => -1,
            -1 => 1,
            _ => 0,
        };
    }
    let (mut base, mut k, mut r) = (x, k as u64, 1i64);
    while k > 0 {
        if k & 1 == 1 {
            r = r.wrapping_mul(base);
        }
        base = base.wrapping_mul(base);
        k >>= 1;
    }
    r
}

/// Header flag: the cdata has a finalizer.
const HAS_FINALIZER: u8 = 1;

/// Alignment of the payload (and so of the object).
pub const CDATA_ALIGN: usize = 16;

/// Addresses below this are NULL for the ffi (the zero page is unmapped on
/// Linux): accesses there are Lua errors, in the interpreter and in traces.
pub const NULL_PAGE: u64 = 4096;
/// Offset of the payload from the start of the object.
pub const DATA_OFFSET: usize = std::mem::size_of::<Cdata>().next_multiple_of(CDATA_ALIGN);

fn layout(len: usize) -> Option<Layout> {
    Layout::from_size_align(DATA_OFFSET.checked_add(len)?, CDATA_ALIGN).ok()
}

impl Cdata {
    /// Offset of the C type id (a u32) from the start of the object.
    pub const CTYPE_OFFSET: usize = std::mem::offset_of!(Cdata, ctype);

    /// A cdata of C type `ctype` with `len` zero bytes of payload (None when
    /// out of memory or the size is absurd).
    pub fn new(heap: &mut Heap, ctype: u32, len: usize) -> Option<Gc<Cdata>> {
        // On the finalizable list, as `ffi.gc` may give any cdata a finalizer.
        let obj = heap.alloc(layout(len)?, Cdata::KIND, List::Finalizable)?;
        let p = obj.as_ptr() as *mut Cdata;
        // SAFETY: fresh zeroed allocation of at least size_of::<Cdata>() bytes.
        unsafe {
            (*p).ctype = ctype;
            (*p).len = len;
        }
        // SAFETY: initialised above.
        Some(unsafe { Gc::from_raw(p) })
    }

    /// A cdata whose payload is aligned to `align` bytes (a power of two up
    /// to 32768; 16 and less are what `new` gives anyway).
    pub fn new_aligned(heap: &mut Heap, ctype: u32, len: usize, align: usize) -> Option<Gc<Cdata>> {
        if align <= CDATA_ALIGN {
            return Cdata::new(heap, ctype, len);
        }
        if !align.is_power_of_two() || align > 1 << 15 {
            return None;
        }
        let extra = align - CDATA_ALIGN;
        let c = Cdata::new(heap, ctype, len.checked_add(extra)?)?;
        let base = c.data_ptr() as usize;
        let shift = base.next_multiple_of(align) - base;
        let p = c.as_ptr();
        // SAFETY: a fresh object; `shift` <= `extra` as the payload is already
        // 16-aligned, so the shifted payload of `len` bytes stays inside.
        unsafe {
            (*p).len = len;
            (*p).shift = shift as u16;
            (*p).extra = extra as u16;
        }
        Some(c)
    }

    /// # Safety
    /// `c` must be dead and never used again.
    pub unsafe fn free(heap: &mut Heap, c: Gc<Cdata>) {
        let size = c.body().len + c.body().extra as usize;
        // SAFETY: guaranteed by the caller; the layout is the one allocated.
        unsafe { heap.free(c.header(), layout(size).expect("allocated layout")) }
    }
}

impl Gc<Cdata> {
    /// The C type id (an index into the ffi crate's type table).
    #[inline]
    pub fn ctype(self) -> u32 {
        self.body().ctype
    }
    /// Payload size in bytes.
    #[inline]
    pub fn len(self) -> usize {
        self.body().len
    }
    #[inline]
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    /// Marks the cdata as having a finalizer (`ffi.gc`): when it dies, the
    /// collector hands it to the `__gc` handler of the cdata metatable.
    pub fn set_finalizer_flag(self, on: bool) {
        // SAFETY: the header of a live object; `flags` is the VM's to use.
        let h = unsafe { &mut *self.header().as_ptr() };
        h.flags = if on {
            h.flags | HAS_FINALIZER
        } else {
            h.flags & !HAS_FINALIZER
        };
    }
    pub fn has_finalizer(self) -> bool {
        // SAFETY: as above.
        unsafe { (*self.header().as_ptr()).flags & HAS_FINALIZER != 0 }
    }

    /// The payload as bytes.
    #[allow(clippy::mut_from_ref)]
    pub fn payload_mut(&self) -> &mut [u8] {
        // SAFETY: the payload is `len` initialised bytes owned by the object;
        // the VM is single-threaded and callers hold no other view of it.
        unsafe { std::slice::from_raw_parts_mut(self.data_ptr(), self.len()) }
    }

    /// The payload's address (valid while the object lives).
    #[inline]
    pub fn data_ptr(self) -> *mut u8 {
        // SAFETY: the payload lies DATA_OFFSET (+ shift) bytes into the
        // allocation.
        unsafe { (self.as_ptr() as *mut u8).add(DATA_OFFSET + self.body().shift as usize) }
    }
}

impl Value {
    #[inline]
    pub fn as_cdata(self) -> Option<Gc<Cdata>> {
        self.as_gc::<Cdata>()
    }
    #[inline]
    pub fn is_cdata(self) -> bool {
        self.itype() == tag::CDATA
    }
}

#[cfg(test)]
mod tests {
    use crate::Vm;

    #[test]
    fn payloads_are_zeroed_aligned_and_collected() {
        let mut vm = Vm::new();
        let before = vm.memory_in_use();
        for len in [0, 1, 8, 24, 1000] {
            let c = vm.new_cdata(7, len).unwrap();
            assert_eq!((c.ctype(), c.len()), (7, len));
            assert_eq!(c.data_ptr() as usize % super::CDATA_ALIGN, 0);
            assert!(c.payload_mut().iter().all(|&b| b == 0));
            c.payload_mut().fill(0xAB);
            assert!(c.to_value().is_cdata());
            assert_eq!(c.to_value().type_name(), "cdata");
        }
        assert!(vm.memory_in_use() > before);
        // Nothing refers to them: a collection frees them all.
        vm.collect_garbage().unwrap();
        assert!(vm.memory_in_use() <= before + 64);
    }

    #[test]
    fn over_aligned_payloads() {
        let mut vm = Vm::new();
        for align in [32, 64, 4096, 32768] {
            for len in [1, 40, 5000] {
                let c = vm.new_cdata_aligned(3, len, align).unwrap();
                assert_eq!(c.data_ptr() as usize % align, 0, "{align}");
                assert_eq!(c.len(), len);
                assert!(c.payload_mut().iter().all(|&b| b == 0));
                c.payload_mut().fill(0xCD);
            }
        }
        assert!(vm.new_cdata_aligned(3, 8, 1 << 16).is_err());
        vm.collect_garbage().unwrap();
    }

    #[test]
    fn finalizer_flag_round_trips() {
        let mut vm = Vm::new();
        let c = vm.new_cdata(1, 4).unwrap();
        assert!(!c.has_finalizer());
        c.set_finalizer_flag(true);
        assert!(c.has_finalizer());
        c.set_finalizer_flag(false);
        assert!(!c.has_finalizer());
    }
}
