//! Library operations that trace code calls (the IR's `CALLN`/`CALLS`):
//! string building, conversions, stores of nil.
//!
//! Every one has the same C signature: the VM, up to three Lua values (their
//! bits; unused ones are nil) and a 64-bit result whose meaning the IR type
//! of the call gives (a GC object's address, a double's bits, or nothing).
//! [`FAIL`] means the operation cannot complete here: a collection is due
//! (trace code never collects: the interpreter must run the instruction and
//! its GC check point), memory ran out, or the operation's result would not
//! have the shape the trace specialised on. The trace then exits to the
//! instruction, which the interpreter runs again from the start, so a call
//! that fails has no effect.
//!
//! The set of calls is declared once, here; the recorder names them in the
//! IR and the backend takes their addresses from [`Call::addr`].

use crate::api::num_to_int;
use crate::cdata::NULL_PAGE;
use crate::meta::append_number;
use crate::stdlib::string::posrelat;
use crate::table::Table;
use crate::value::{Gc, Value};
use crate::Vm;

/// The result that says "exit to the instruction": never a valid object
/// address, and a NaN no Lua number has (numbers are canonical NaNs).
pub const FAIL: u64 = u64::MAX;

/// What trace code calls.
pub type CallFn = unsafe extern "C" fn(vm: *mut Vm, a: u64, b: u64, c: u64) -> u64;

macro_rules! calls {
    ($($name:ident = $f:ident, $text:literal;)*) => {
        /// A library operation trace code calls.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Call { $($name,)* }

        const CALLS: &[(Call, CallFn, &str)] = &[$((Call::$name, $f, $text),)*];
    };
}

calls! {
    SetNil = set_nil, "t[k] = nil";
    Concat = concat, "a .. b .. c";
    NumToStr = num_to_str, "tostring(n)";
    StrSub = str_sub, "string.sub";
    StrByte = str_byte, "string.byte";
    StrChar = str_char, "string.char";
    StrToNum = str_to_num, "tonumber(s)";
    StrCmp = str_cmp, "string comparison";
    IterNext = iter_next, "pairs: next position";
    IterEnd = iter_end, "pairs: no entry left";
    IterKey = iter_key, "pairs: key address";
    IterVal = iter_val, "pairs: value address";
    Pow = pow, "x ^ y";
    Atan2 = atan2, "math.atan2";
    Fmod = fmod, "math.fmod";
    Sin = sin, "math.sin";
    Cos = cos, "math.cos";
    Tan = tan, "math.tan";
    Asin = asin, "math.asin";
    Acos = acos, "math.acos";
    Atan = atan, "math.atan";
    Exp = exp, "math.exp";
    Log = log, "math.log";
    Log10 = log10, "math.log10";
    Sinh = sinh, "math.sinh";
    Cosh = cosh, "math.cosh";
    Tanh = tanh, "math.tanh";
    CdataNew = cdata_new, "ffi.new";
    FfiString = ffi_string, "ffi.string";
    FfiCopy = ffi_copy, "ffi.copy";
    FfiFill = ffi_fill, "ffi.fill";
}

impl Call {
    pub fn from_u32(n: u32) -> Option<Call> {
        CALLS.get(n as usize).map(|c| c.0)
    }
    /// The function's address, for machine code.
    pub fn addr(self) -> usize {
        CALLS[self as usize].1 as usize
    }
    /// Its name in dumps.
    pub fn name(self) -> &'static str {
        CALLS[self as usize].2
    }
}

/// Whether trace code may allocate now (no collection due, no GC stress).
fn may_allocate(vm: &Vm) -> bool {
    !vm.heap.needs_collect() && !vm.heap.stress
}

/// The table whose bits trace code passed.
fn table_of(bits: u64) -> Gc<Table> {
    Value::from_bits(bits).as_table().expect("a table")
}

/// A new (interned) string's address, or FAIL.
fn string_result(vm: &mut Vm, bytes: &[u8]) -> u64 {
    match vm.strings.intern(&mut vm.heap, bytes) {
        Some(s) => s.as_ptr() as u64,
        None => FAIL,
    }
}

/// `t[k] = nil` for a key outside the array part: clears the key's value
/// if the key is there; an absent key is not created. FAIL for a NaN key
/// (the interpreter raises the error).
///
/// # Safety
/// `t` must be the bits of a live table, `k` of a live value.
unsafe extern "C" fn set_nil(_vm: *mut Vm, t: u64, k: u64, _: u64) -> u64 {
    let t = table_of(t);
    let k = Value::from_bits(k);
    if let Some(n) = k.is_number().then(|| k.as_f64()) {
        if n.is_nan() {
            return FAIL;
        }
        let i = n as i64;
        if i as f64 == n && (i as u64).wrapping_sub(1) < t.asize() as u64 {
            t.array()[i as usize - 1] = Value::NIL;
            return 0;
        }
    }
    if let Some(p) = t.node_slot(k) {
        // SAFETY: a live slot of a live table.
        unsafe { *p = Value::NIL };
    }
    0
}

/// `a .. b .. c` for strings and numbers (numbers as `tostring` writes
/// them); `c` nil: `a .. b`.
///
/// # Safety
/// `vm` must point to the VM running the trace; `a` and `b` must be the bits
/// of live strings or numbers.
unsafe extern "C" fn concat(vm: *mut Vm, a: u64, b: u64, c: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    let vm = unsafe { &mut *vm };
    if !may_allocate(vm) {
        return FAIL;
    }
    let mut buf = Vec::new();
    for v in [
        Value::from_bits(a),
        Value::from_bits(b),
        Value::from_bits(c),
    ] {
        if v.is_nil() {
            continue;
        }
        match v.as_str() {
            Some(s) => buf.extend_from_slice(s.as_bytes()),
            None => append_number(v.as_f64(), &mut buf),
        }
    }
    string_result(vm, &buf)
}

/// `tostring(n)` of a number.
///
/// # Safety
/// As for [`concat`]; `n` must be a number's bits.
unsafe extern "C" fn num_to_str(vm: *mut Vm, n: u64, _: u64, _: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    let vm = unsafe { &mut *vm };
    if !may_allocate(vm) {
        return FAIL;
    }
    let mut buf = Vec::with_capacity(24);
    append_number(f64::from_bits(n), &mut buf);
    string_result(vm, &buf)
}

/// A zeroed cdata of C type `ty` with a payload of `size` bytes (both
/// numbers' bits), aligned to 16: `ffi.new` of a type traces allocate (the
/// trace stores the initialisers). Its address, or FAIL.
///
/// # Safety
/// `vm` must be the running VM; `ty` must be a C type id of the ffi's table.
unsafe extern "C" fn cdata_new(vm: *mut Vm, ty: u64, size: u64, _: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    let vm = unsafe { &mut *vm };
    if !may_allocate(vm) {
        return FAIL;
    }
    let (ty, size) = (f64::from_bits(ty) as u32, f64::from_bits(size) as usize);
    match crate::cdata::Cdata::new(&mut vm.heap, ty, size) {
        Some(cd) => cd.as_ptr() as u64,
        None => FAIL,
    }
}

/// `ffi.string(p[, len])`: the `len` bytes at address `p` (`len` a number's
/// bits; nil: up to the first zero byte) as a string, or FAIL for a NULL
/// address or a negative or huge length (the interpreter raises the error).
///
/// # Safety
/// As for [`concat`]; `p` must hold a zero-terminated string or `len`
/// readable bytes, as the program vouches to the interpreter's `ffi.string`.
unsafe extern "C" fn ffi_string(vm: *mut Vm, p: u64, len: u64, _: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    let vm = unsafe { &mut *vm };
    if !may_allocate(vm) {
        return FAIL;
    }
    let len = Value::from_bits(len);
    let bytes: &[u8] = if len.is_nil() {
        if p < NULL_PAGE {
            return FAIL;
        }
        // SAFETY: a zero-terminated string is there (see above).
        unsafe { std::ffi::CStr::from_ptr(p as *const std::ffi::c_char) }.to_bytes()
    } else {
        match num_to_int(len.as_f64()) {
            0 => &[],
            n if n < 0 || n > u32::MAX as i64 || p < NULL_PAGE => return FAIL,
            // SAFETY: `n` readable bytes are there (see above).
            n => unsafe { std::slice::from_raw_parts(p as *const u8, n as usize) },
        }
    };
    string_result(vm, bytes)
}

/// `ffi.copy(dst, src, len)` of two addresses and a length (a number's
/// bits): 0, or FAIL for a negative length or a NULL address (the
/// interpreter raises the error).
///
/// # Safety
/// The program vouches for `len` bytes at both addresses, as to the
/// interpreter's `ffi.copy`.
unsafe extern "C" fn ffi_copy(_vm: *mut Vm, dst: u64, src: u64, len: u64) -> u64 {
    let n = num_to_int(f64::from_bits(len));
    if n < 0 || (n > 0 && (dst < NULL_PAGE || src < NULL_PAGE)) {
        return FAIL;
    }
    // SAFETY: see above (overlapping areas are copied as memmove does).
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, n as usize) };
    0
}

/// `ffi.fill(dst, len, byte)` of an address, a length and a byte (numbers'
/// bits): 0, or FAIL as for [`ffi_copy`].
///
/// # Safety
/// As for [`ffi_copy`].
unsafe extern "C" fn ffi_fill(_vm: *mut Vm, dst: u64, len: u64, byte: u64) -> u64 {
    let n = num_to_int(f64::from_bits(len));
    if n < 0 || (n > 0 && dst < NULL_PAGE) {
        return FAIL;
    }
    let byte = num_to_int(f64::from_bits(byte)) as u8;
    // SAFETY: see above.
    unsafe { std::ptr::write_bytes(dst as *mut u8, byte, n as usize) };
    0
}

/// `string.sub(s, i, j)` with number positions (`j` nil: to the end).
///
/// # Safety
/// As for [`concat`]; `s` must be a live string's bits, `i` a number's,
/// `j` a number's or nil's.
unsafe extern "C" fn str_sub(vm: *mut Vm, s: u64, i: u64, j: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    let vm = unsafe { &mut *vm };
    if !may_allocate(vm) {
        return FAIL;
    }
    let s = Value::from_bits(s).as_str().expect("a string");
    let l = s.len();
    let j = Value::from_bits(j);
    let start = posrelat(num_to_int(f64::from_bits(i)), l).max(1);
    let end = if j.is_nil() {
        l as i64
    } else {
        posrelat(num_to_int(j.as_f64()), l).min(l as i64)
    };
    let bytes = if start <= end {
        &s.as_bytes()[start as usize - 1..end as usize]
    } else {
        &[][..]
    };
    string_result(vm, bytes)
}

/// `string.byte(s, i)`: the byte's value as a double; FAIL when `i` is out
/// of range (the call then has no result, which the trace did not expect).
///
/// # Safety
/// `s` must be a live string's bits and `i` a number's.
unsafe extern "C" fn str_byte(_vm: *mut Vm, s: u64, i: u64, _: u64) -> u64 {
    let s = Value::from_bits(s).as_str().expect("a string");
    let l = s.len();
    let pos = posrelat(num_to_int(f64::from_bits(i)), l);
    if pos < 1 || pos > l as i64 {
        return FAIL;
    }
    (s.as_bytes()[pos as usize - 1] as f64).to_bits()
}

/// `string.char(n)` of one number; FAIL outside 0..=255 (the interpreter
/// raises the error).
///
/// # Safety
/// As for [`concat`]; `n` must be a number's bits.
unsafe extern "C" fn str_char(vm: *mut Vm, n: u64, _: u64, _: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    let vm = unsafe { &mut *vm };
    let c = num_to_int(f64::from_bits(n)) as i32 as i64;
    if !(0..=255).contains(&c) || !may_allocate(vm) {
        return FAIL;
    }
    string_result(vm, &[c as u8])
}

/// `tonumber(s)` of a string (base 10); FAIL when it is not a number (the
/// result would be nil).
///
/// # Safety
/// `s` must be a live string's bits.
unsafe extern "C" fn str_to_num(_vm: *mut Vm, s: u64, _: u64, _: u64) -> u64 {
    match crate::meta::to_number_coerce(Value::from_bits(s)) {
        Some(n) => n.to_bits(),
        None => FAIL,
    }
}

/// Compares two strings bytewise as `<` and `<=` do: -1, 0 or 1 (as a
/// double).
///
/// # Safety
/// `a` and `b` must be live strings' bits.
unsafe extern "C" fn str_cmp(_vm: *mut Vm, a: u64, b: u64, _: u64) -> u64 {
    let (a, b) = (Value::from_bits(a), Value::from_bits(b));
    let (a, b) = (a.as_str().expect("a string"), b.as_str().expect("a string"));
    (a.as_bytes().cmp(b.as_bytes()) as i8 as f64).to_bits()
}

/// The position after the next entry of table `t` at or after traversal
/// position `pos` (both numbers; see `Table::entry_at`), as a double; FAIL
/// when there is none, or when it is not in the part `part` says (0: the
/// array part, 1: the hash part), which the trace specialised on.
///
/// # Safety
/// `t` must be a live table's bits, `pos` and `part` numbers' bits.
unsafe extern "C" fn iter_next(_vm: *mut Vm, t: u64, pos: u64, part: u64) -> u64 {
    let t = table_of(t);
    let pos = f64::from_bits(pos) as u32;
    match t.entry_at(pos) {
        Some((npos, _, _)) if (npos > t.asize()) == (f64::from_bits(part) != 0.0) => {
            (npos as f64).to_bits()
        }
        _ => FAIL,
    }
}

/// 0 when table `t` has no entry at or after traversal position `pos` (the
/// loop ends, as the trace expects), else FAIL.
///
/// # Safety
/// `t` must be a live table's bits, `pos` a number's.
unsafe extern "C" fn iter_end(_vm: *mut Vm, t: u64, pos: u64, _: u64) -> u64 {
    let t = table_of(t);
    match t.entry_at(f64::from_bits(pos) as u32) {
        Some(_) => FAIL,
        None => 0,
    }
}

/// The address of the key of the hash part entry before traversal position
/// `npos` (which `iter_next` returned).
///
/// # Safety
/// `t` must be a live table's bits, `npos` a position `iter_next` gave for
/// it, with no key added since.
unsafe extern "C" fn iter_key(_vm: *mut Vm, t: u64, npos: u64, _: u64) -> u64 {
    let t = table_of(t);
    let i = f64::from_bits(npos) as usize - 1 - t.asize() as usize;
    &t.nodes()[i].key as *const Value as u64
}

/// The address of the value of the entry before traversal position `npos`.
///
/// # Safety
/// As for [`iter_key`].
unsafe extern "C" fn iter_val(_vm: *mut Vm, t: u64, npos: u64, _: u64) -> u64 {
    let t = table_of(t);
    let i = f64::from_bits(npos) as usize - 1;
    match i.checked_sub(t.asize() as usize) {
        None => &t.array()[i] as *const Value as u64,
        Some(n) => &t.nodes()[n].val as *const Value as u64,
    }
}

/// Math functions of numbers, computed as the math library computes them
/// (NaN results canonical, as Lua numbers are).
macro_rules! math_calls2 {
    ($($name:ident => $f:expr;)*) => {$(
        unsafe extern "C" fn $name(_vm: *mut Vm, a: u64, b: u64, _: u64) -> u64 {
            let f: fn(f64, f64) -> f64 = $f;
            Value::number(f(f64::from_bits(a), f64::from_bits(b))).to_bits()
        }
    )*};
}

math_calls2! {
    pow => f64::powf;
    atan2 => f64::atan2;
    // Rust's `%` on floats is C's fmod.
    fmod => |a, b| a % b;
}

macro_rules! math_calls1 {
    ($($name:ident => $f:expr;)*) => {$(
        unsafe extern "C" fn $name(_vm: *mut Vm, a: u64, _: u64, _: u64) -> u64 {
            let f: fn(f64) -> f64 = $f;
            Value::number(f(f64::from_bits(a))).to_bits()
        }
    )*};
}

math_calls1! {
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    exp => f64::exp;
    log => f64::ln;
    log10 => f64::log10;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_are_listed_in_their_order() {
        for (n, c) in CALLS.iter().enumerate() {
            assert_eq!(c.0 as usize, n);
            assert_eq!(Call::from_u32(n as u32), Some(c.0));
        }
        assert_eq!(Call::from_u32(CALLS.len() as u32), None);
    }
}
