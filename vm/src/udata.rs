//! Full userdata: a metatable, an environment, and an optional host payload.
//!
//! Userdata live on the heap's finalizable list, because a `__gc` metamethod
//! may be set on their metatable at any time (5.1 checks at collection time).

use crate::table::Table;
use crate::value::{tag, Gc, GcKind, Value};
use lunavm_gc::{GcHeader, Heap, List};
use std::alloc::Layout;
use std::any::Any;
use std::ptr;

#[repr(C)]
pub struct Userdata {
    hdr: GcHeader,
    meta: *mut Table,
    env: *mut Table,
    /// Host data (e.g. an open file), dropped when the userdata is freed.
    pub payload: Option<Box<dyn Any>>,
}

// SAFETY: repr(C) with the header first.
unsafe impl GcKind for Userdata {
    const TAG: u32 = tag::UDATA;
}

impl Userdata {
    pub fn new(
        heap: &mut Heap,
        env: Gc<Table>,
        payload: Option<Box<dyn Any>>,
    ) -> Option<Gc<Userdata>> {
        let obj = heap.alloc(Layout::new::<Userdata>(), Userdata::KIND, List::Finalizable)?;
        let p = obj.as_ptr() as *mut Userdata;
        // SAFETY: fresh allocation; every field is written before use.
        unsafe {
            (*p).meta = ptr::null_mut();
            (*p).env = env.as_ptr();
            ptr::addr_of_mut!((*p).payload).write(payload);
        }
        // SAFETY: initialised above.
        Some(unsafe { Gc::from_raw(p) })
    }

    /// # Safety
    /// `u` must be dead and never used again.
    pub unsafe fn free(heap: &mut Heap, u: Gc<Userdata>) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            ptr::drop_in_place(u.as_ptr());
            heap.free(u.header(), Layout::new::<Userdata>());
        }
    }
}

impl Gc<Userdata> {
    #[inline]
    pub fn metatable(self) -> Option<Gc<Table>> {
        let m = self.body().meta;
        // SAFETY: a non-null metatable pointer is a live table.
        (!m.is_null()).then(|| unsafe { Gc::from_raw(m) })
    }
    /// Sets the metatable; the caller performs the write barrier.
    pub fn set_metatable(self, mt: Option<Gc<Table>>) {
        self.body_mut().meta = mt.map_or(ptr::null_mut(), |m| m.as_ptr());
    }
    pub fn env(self) -> Gc<Table> {
        // SAFETY: every userdata has a live environment table.
        unsafe { Gc::from_raw(self.body().env) }
    }
    pub fn set_env(self, t: Gc<Table>) {
        self.body_mut().env = t.as_ptr();
    }
}

impl Value {
    #[inline]
    pub fn as_userdata(self) -> Option<Gc<Userdata>> {
        self.as_gc::<Userdata>()
    }
}
