//! Values: one 64-bit word, NaN-tagged in LuaJIT's GC64 layout.
//!
//! A double is stored as itself. Every other value is a NaN pattern whose top 17
//! bits hold a type tag (the `itype`) and whose low 47 bits hold a pointer (GC
//! objects, light userdata) or are all ones (nil, false, true):
//!
//! ```text
//!  63            47 46                                            0
//! +----------------+-----------------------------------------------+
//! |   itype (17)   |   payload: pointer, or all ones                |
//! +----------------+-----------------------------------------------+
//! ```
//!
//! Tags count down from all ones (nil); every word whose itype is below `NUMX` is
//! a number, so "is it a number" and "which type is it" are each one compare. The
//! hardware's default NaN (0xFFF8...) has an itype below `NUMX`, so arithmetic can
//! never forge a tagged value; only NaNs with payloads from outside (bit tricks,
//! C data) must go through [`Value::number`], which canonicalises them.

use lunavm_gc::GcHeader;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// Type tags (the top 17 bits of a tagged value).
pub mod tag {
    pub const NIL: u32 = 0x1FFFF;
    pub const FALSE: u32 = 0x1FFFE;
    pub const TRUE: u32 = 0x1FFFD;
    pub const LIGHTUD: u32 = 0x1FFFC;
    pub const STR: u32 = 0x1FFFB;
    pub const UPVAL: u32 = 0x1FFFA;
    pub const THREAD: u32 = 0x1FFF9;
    pub const PROTO: u32 = 0x1FFF8;
    pub const FUNC: u32 = 0x1FFF7;
    pub const TRACE: u32 = 0x1FFF6;
    pub const CDATA: u32 = 0x1FFF5;
    pub const TAB: u32 = 0x1FFF4;
    pub const UDATA: u32 = 0x1FFF3;
    /// Every itype below this is a number.
    pub const NUMX: u32 = 0x1FFF2;
}

/// GC object kind stored in the header: the distance of the tag from nil.
#[inline]
pub const fn kind_of_tag(t: u32) -> u8 {
    (tag::NIL - t) as u8
}

pub const PAYLOAD_MASK: u64 = (1 << 47) - 1;
const NUM_LIMIT: u64 = (tag::NUMX as u64) << 47;
/// The canonical NaN.
const CANON_NAN: u64 = 0x7FF8_0000_0000_0000;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub(crate) u64);

impl Value {
    pub const NIL: Value = Value(u64::MAX);
    pub const FALSE: Value = Value(((tag::FALSE as u64) << 47) | PAYLOAD_MASK);
    pub const TRUE: Value = Value(((tag::TRUE as u64) << 47) | PAYLOAD_MASK);

    /// A number from any double (NaNs are canonicalised).
    #[inline]
    pub fn number(n: f64) -> Value {
        let bits = n.to_bits();
        if bits >= NUM_LIMIT {
            Value(CANON_NAN)
        } else {
            Value(bits)
        }
    }

    /// A number produced by arithmetic on numbers: no NaN check needed.
    #[inline(always)]
    pub fn num(n: f64) -> Value {
        debug_assert!(n.to_bits() < NUM_LIMIT);
        Value(n.to_bits())
    }

    #[inline]
    pub fn boolean(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// A primitive from a KPRI/ISEQP operand: 0 nil, 1 false, 2 true.
    #[inline]
    pub fn primitive(p: u32) -> Value {
        Value(!((p as u64) << 47))
    }

    #[inline]
    pub fn light_userdata(p: usize) -> Value {
        Value(((tag::LIGHTUD as u64) << 47) | (p as u64 & PAYLOAD_MASK))
    }

    #[inline(always)]
    pub fn from_bits(bits: u64) -> Value {
        Value(bits)
    }
    #[inline(always)]
    pub fn to_bits(self) -> u64 {
        self.0
    }

    /// The itype: below `tag::NUMX` for numbers.
    #[inline(always)]
    pub fn itype(self) -> u32 {
        (self.0 >> 47) as u32
    }
    #[inline(always)]
    pub fn is_number(self) -> bool {
        self.0 < NUM_LIMIT
    }
    #[inline(always)]
    pub fn as_f64(self) -> f64 {
        f64::from_bits(self.0)
    }
    #[inline]
    pub fn to_number(self) -> Option<f64> {
        if self.is_number() {
            Some(self.as_f64())
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_nil(self) -> bool {
        self.0 == u64::MAX
    }
    /// nil and false are falsy; everything else is truthy.
    #[inline(always)]
    pub fn is_falsy(self) -> bool {
        self.0 >= Value::FALSE.0
    }
    #[inline(always)]
    pub fn is_truthy(self) -> bool {
        self.0 < Value::FALSE.0
    }
    #[inline]
    pub fn is_bool(self) -> bool {
        self.itype() == tag::TRUE || self.itype() == tag::FALSE
    }
    #[inline(always)]
    pub fn is_string(self) -> bool {
        self.itype() == tag::STR
    }
    #[inline(always)]
    pub fn is_table(self) -> bool {
        self.itype() == tag::TAB
    }
    #[inline(always)]
    pub fn is_function(self) -> bool {
        self.itype() == tag::FUNC
    }
    /// Whether the value points to a GC object.
    #[inline]
    pub fn is_gc(self) -> bool {
        let t = self.itype();
        (tag::UDATA..=tag::STR).contains(&t)
    }
    /// The GC header of a GC value. Only meaningful if `is_gc()`.
    #[inline(always)]
    pub fn gc_header(self) -> NonNull<GcHeader> {
        debug_assert!(self.is_gc());
        // SAFETY: GC values always carry a non-null object pointer.
        unsafe { NonNull::new_unchecked((self.0 & PAYLOAD_MASK) as *mut GcHeader) }
    }
    #[inline(always)]
    pub fn payload(self) -> u64 {
        self.0 & PAYLOAD_MASK
    }

    /// Raw equality (`rawequal`): numbers by value, everything else by identity.
    #[inline]
    pub fn raw_eq(self, other: Value) -> bool {
        if self.is_number() && other.is_number() {
            self.as_f64() == other.as_f64()
        } else {
            self.0 == other.0
        }
    }

    /// The basic type, as `type()` names it.
    pub fn type_name(self) -> &'static str {
        if self.is_number() {
            return "number";
        }
        match self.itype() {
            tag::NIL => "nil",
            tag::FALSE | tag::TRUE => "boolean",
            tag::LIGHTUD | tag::UDATA => "userdata",
            tag::STR => "string",
            tag::THREAD => "thread",
            tag::PROTO => "proto",
            tag::FUNC => "function",
            tag::TAB => "table",
            tag::CDATA => "cdata",
            tag::UPVAL => "upval",
            _ => "trace",
        }
    }

    #[inline(always)]
    pub fn as_gc<T: GcKind>(self) -> Option<Gc<T>> {
        if self.itype() == T::TAG {
            // SAFETY: the tag says the payload points to a T.
            Some(unsafe { Gc::from_raw((self.0 & PAYLOAD_MASK) as *mut T) })
        } else {
            None
        }
    }

    /// The object of a value known to have `T`'s tag.
    #[inline(always)]
    pub fn as_gc_unchecked<T: GcKind>(self) -> Gc<T> {
        debug_assert_eq!(self.itype(), T::TAG);
        // SAFETY: the caller has checked the tag.
        unsafe { Gc::from_raw((self.0 & PAYLOAD_MASK) as *mut T) }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_number() {
            write!(f, "{}", self.as_f64())
        } else if self.is_gc() {
            write!(f, "{}: {:#x}", self.type_name(), self.payload())
        } else {
            match self.itype() {
                tag::NIL => f.write_str("nil"),
                tag::FALSE => f.write_str("false"),
                tag::TRUE => f.write_str("true"),
                tag::LIGHTUD => write!(f, "userdata: {:#x}", self.payload()),
                _ => write!(f, "<{:#018x}>", self.0),
            }
        }
    }
}

/// A GC object type: `#[repr(C)]` with a `GcHeader` first, and its value tag.
///
/// # Safety
/// Implementors must be `#[repr(C)]` with `GcHeader` as their first field, so that
/// object and header pointers convert into each other.
pub unsafe trait GcKind {
    const TAG: u32;
    const KIND: u8 = kind_of_tag(Self::TAG);
}

/// A handle to a live GC object of type `T`.
///
/// Handles are plain pointers. They stay valid while the object is reachable from
/// the roots; code holding a handle across a GC check point must keep the object
/// reachable (normally by leaving it on a Lua stack). The VM runs the collector
/// only at check points, never inside an allocation.
#[repr(transparent)]
pub struct Gc<T> {
    ptr: NonNull<T>,
    _marker: PhantomData<*mut T>,
}

impl<T> Clone for Gc<T> {
    #[inline(always)]
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Gc<T> {}
impl<T> PartialEq for Gc<T> {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        self.ptr == other.ptr
    }
}
impl<T> Eq for Gc<T> {}
impl<T> std::hash::Hash for Gc<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.ptr.hash(state)
    }
}
impl<T> std::fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gc({:p})", self.ptr)
    }
}

impl<T: GcKind> Gc<T> {
    /// # Safety
    /// `p` must point to a live object of type T.
    #[inline(always)]
    pub unsafe fn from_raw(p: *mut T) -> Gc<T> {
        // SAFETY: guaranteed non-null by the caller.
        Gc {
            ptr: unsafe { NonNull::new_unchecked(p) },
            _marker: PhantomData,
        }
    }
    /// # Safety
    /// `h` must be the header of a live object of type T.
    #[inline(always)]
    pub unsafe fn from_header(h: NonNull<GcHeader>) -> Gc<T> {
        Gc {
            ptr: h.cast(),
            _marker: PhantomData,
        }
    }
    #[inline(always)]
    pub fn as_ptr(self) -> *mut T {
        self.ptr.as_ptr()
    }
    #[inline(always)]
    pub fn header(self) -> NonNull<GcHeader> {
        self.ptr.cast()
    }
    #[inline(always)]
    pub fn to_value(self) -> Value {
        Value(((T::TAG as u64) << 47) | self.ptr.as_ptr() as u64)
    }
    /// Shared access to the object for the duration of a borrow of the handle.
    #[inline(always)]
    pub fn body(&self) -> &T {
        // SAFETY: handles point to live objects (see the type's contract), and the
        // VM is single-threaded; mutation goes through `get_mut` in short scopes
        // that never overlap with a `get` of the same object.
        unsafe { &*self.ptr.as_ptr() }
    }
    /// Exclusive access for the duration of a borrow of the handle.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn body_mut(&self) -> &mut T {
        // SAFETY: as for `get`: object methods take `&mut` only inside one method
        // body and call nothing that could reach the same object.
        unsafe { &mut *self.ptr.as_ptr() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_ordered_and_primitives_encode() {
        assert!(Value::NIL.is_nil() && Value::NIL.is_falsy());
        assert!(Value::FALSE.is_falsy() && !Value::FALSE.is_nil());
        assert!(Value::TRUE.is_truthy());
        assert_eq!(Value::primitive(0), Value::NIL);
        assert_eq!(Value::primitive(1), Value::FALSE);
        assert_eq!(Value::primitive(2), Value::TRUE);
        assert_eq!(Value::FALSE.itype(), tag::FALSE);
        assert!(Value::num(0.0).is_truthy() && Value::num(1.5).is_number());
    }

    #[test]
    fn every_nan_is_a_number_and_never_a_tag() {
        for n in [
            f64::NAN,
            -f64::NAN,
            f64::NAN,
            f64::INFINITY,
            -0.0,
            f64::MIN_POSITIVE,
        ] {
            assert!(Value::number(n).is_number());
        }
        let forged = f64::from_bits(0xFFFA_0000_0000_1234);
        assert!(Value::number(forged).is_number());
        let hw = f64::NAN.to_bits();
        assert!(hw < NUM_LIMIT, "hardware NaN stays below the tag space");
    }

    #[test]
    fn raw_equality_follows_numbers() {
        assert!(Value::num(0.0).raw_eq(Value::num(-0.0)));
        assert!(!Value::num(f64::NAN).raw_eq(Value::num(f64::NAN)));
        assert!(Value::TRUE.raw_eq(Value::TRUE));
        assert!(!Value::TRUE.raw_eq(Value::FALSE));
    }
}
