//! Calls from Lua into C through libffi (LuaJIT's lj_ccall): arguments are
//! converted to the prototype's parameter types (extra arguments of a vararg
//! function are promoted as C does), the call goes through a libffi call
//! interface built for the prototype, and the result is converted back.
//!
//! The one `unsafe` block is the call itself.

use crate::conv::{self, object, Scalar};
use crate::ctype::{id, CTypeId, CTypes, Kind};
use libffi::middle::{Cif, Type};
use lunavm_vm::Value;
use std::collections::HashMap;
use std::rc::Rc;

/// Call interfaces of the fixed prototypes called so far, by function type.
pub type CifCache = HashMap<CTypeId, Rc<Cif>>;

/// An argument's or result's bytes, 16-byte aligned (as libffi needs): in
/// place up to 32 bytes (no allocation for scalars and small structs).
#[derive(Clone)]
enum Slot {
    Small([u128; 2]),
    Large(Vec<u128>),
}

impl Slot {
    fn new(size: u64) -> Slot {
        if size <= 32 {
            Slot::Small([0; 2])
        } else {
            Slot::Large(vec![0; (size as usize).div_ceil(16)])
        }
    }
    /// Where the bytes are now (a small slot's address changes when it moves).
    fn addr(&mut self) -> u64 {
        match self {
            Slot::Small(b) => b.as_mut_ptr() as u64,
            Slot::Large(v) => v.as_mut_ptr() as u64,
        }
    }
}

/// LuaJIT's refusal of calls that pass a `long double` (one returned is
/// refused when the result is converted).
const LONG_DOUBLE_CALL: &str = "NYI: cannot call this C function (yet)";

/// The libffi description of a C type passed or returned by value.
pub fn ffi_type(types: &CTypes, ty: CTypeId) -> Result<Type, String> {
    let ct = types.get(ty);
    Ok(match &ct.kind {
        Kind::Void => Type::void(),
        Kind::Bool => match ct.size {
            2 => Type::u16(),
            4 => Type::u32(),
            8 => Type::u64(),
            _ => Type::u8(),
        },
        Kind::Int { signed } => match (ct.size, signed) {
            (1, true) => Type::i8(),
            (1, false) => Type::u8(),
            (2, true) => Type::i16(),
            (2, false) => Type::u16(),
            (4, true) => Type::i32(),
            (4, false) => Type::u32(),
            (_, true) => Type::i64(),
            (_, false) => Type::u64(),
        },
        Kind::Enum => Type::i32(),
        Kind::Float if ct.size == 4 => Type::f32(),
        // Only ever a result: its load is refused after the call, as in LuaJIT.
        Kind::Float if ct.size > 8 => Type::longdouble(),
        Kind::Float => Type::f64(),
        // The x86-64 SysV ABI passes and returns `complex` as it does a struct
        // of its two parts.
        Kind::Complex if ct.size == 8 => Type::structure([Type::f32(), Type::f32()]),
        Kind::Complex => Type::structure([Type::f64(), Type::f64()]),
        Kind::Ptr(_) | Kind::Ref(_) => Type::pointer(),
        Kind::Record { .. } if ct.has_vla => {
            return Err(format!("NYI: passing '{}' by value", types.repr(ty)));
        }
        Kind::Record { is_union } if *is_union || ct.fields.iter().any(|f| f.bits.is_some()) => {
            by_eightbytes(types, ty)
        }
        Kind::Record { is_union: false } => {
            let mut elems = Vec::new();
            for f in &ct.fields {
                flatten(types, f.ty, &mut elems)?;
            }
            Type::structure(elems)
        }
        _ => return Err(format!("NYI: passing '{}' by value", types.repr(ty))),
    })
}

/// A union, or a struct with bit fields, for libffi: a struct that the x86-64
/// SysV ABI classifies the same way. Up to 16 bytes, each eightbyte is SSE
/// (a double, or a float for a 4-byte tail) when only floating-point members
/// overlap it, else INTEGER (an integer as wide as what is left of it);
/// larger ones go in memory, which only their size decides.
fn by_eightbytes(types: &CTypes, ty: CTypeId) -> Type {
    let size = types.get(ty).size;
    let mut float_only = [true, true];
    if size <= 16 {
        classify(types, ty, 0, &mut float_only);
    }
    let mut elems = Vec::new();
    let mut off = 0;
    while off < size {
        let left = size - off;
        let sse = size <= 16 && float_only[(off / 8) as usize];
        elems.push(match (sse, left) {
            (true, 1..=4) => Type::f32(),
            (true, _) => Type::f64(),
            (false, 1) => Type::u8(),
            (false, 2) => Type::u16(),
            (false, 3..=4) => Type::u32(),
            (false, _) => Type::u64(),
        });
        off += 8;
    }
    Type::structure(elems)
}

/// Clears `float_only[i]` for each eightbyte of the first 16 bytes that a
/// non-floating-point part of `ty` (at offset `base`) overlaps.
fn classify(types: &CTypes, ty: CTypeId, base: u64, float_only: &mut [bool; 2]) {
    let ct = types.get(ty);
    match &ct.kind {
        Kind::Record { .. } => {
            for f in &ct.fields {
                match f.bits {
                    Some(_) => mark_integer(base + f.offset, types.get(f.ty).size, float_only),
                    None => classify(types, f.ty, base + f.offset, float_only),
                }
            }
        }
        Kind::Array(e, Some(n), _) => {
            let esize = types.get(*e).size;
            for i in 0..*n {
                classify(types, *e, base + i * esize, float_only);
            }
        }
        Kind::Float | Kind::Complex | Kind::Vector(..) if ct.size <= 16 => {}
        _ => mark_integer(base, ct.size, float_only),
    }
}

fn mark_integer(off: u64, size: u64, float_only: &mut [bool; 2]) {
    for (i, f) in float_only.iter_mut().enumerate() {
        let (lo, hi) = (i as u64 * 8, i as u64 * 8 + 8);
        if off < hi && off + size.max(1) > lo {
            *f = false;
        }
    }
}

/// Members of a struct for libffi; arrays become their elements.
fn flatten(types: &CTypes, ty: CTypeId, out: &mut Vec<Type>) -> Result<(), String> {
    if let Kind::Array(e, Some(n), _) = types.get(ty).kind {
        for _ in 0..n {
            flatten(types, e, out)?;
        }
        return Ok(());
    }
    out.push(ffi_type(types, ty)?);
    Ok(())
}

/// The type an extra argument of a vararg call is passed as (C's default
/// argument promotions; strings as `const char *`, numbers as `double`).
fn vararg_type(types: &mut CTypes, v: Value) -> CTypeId {
    if v.is_number() {
        return id::DOUBLE;
    }
    if v.is_bool() {
        return id::INT;
    }
    if v.is_string() {
        let c = types.qualified(id::CHAR, true, false);
        return types.pointer_to(c);
    }
    let Some(cd) = v.as_cdata() else {
        return types.pointer_to(id::VOID);
    };
    let (ty, _) = object(types, cd);
    let ct = types.get(ty);
    match ct.kind {
        Kind::Int { .. } | Kind::Bool | Kind::Enum if ct.size < 4 => id::INT,
        Kind::Enum => id::INT,
        Kind::Float => id::DOUBLE,
        Kind::Array(e, ..) => types.pointer_to(e),
        _ => types.unqualified(ty),
    }
}

/// Why a call could not be made: an argument that does not convert (its
/// number from 1, the conversion's message), or anything else.
pub enum CallError {
    Arg(usize, String),
    Other(String),
}

impl From<String> for CallError {
    fn from(m: String) -> CallError {
        CallError::Other(m)
    }
}

/// A call ready to go: the call interface and the converted arguments.
pub struct Prepared {
    cif: Rc<Cif>,
    slots: Vec<Slot>,
    fptr: u64,
    ret: CTypeId,
    ret_size: u64,
    ret_void: bool,
}

/// Converts the arguments of a call of the C function at `fptr` with
/// prototype `fty` and builds its call interface.
pub fn prepare(
    types: &mut CTypes,
    cifs: &mut CifCache,
    fty: CTypeId,
    fptr: u64,
    args: &[Value],
) -> Result<Prepared, CallError> {
    let Kind::Func {
        ret,
        ref params,
        varargs,
    } = types.get(fty).kind
    else {
        return Err(format!("'{}' is not callable", types.repr(fty)).into());
    };
    let nparams = params.len();
    if args.len() < nparams || (!varargs && args.len() > nparams) {
        return Err(CallError::Other(
            "wrong number of arguments for function call".into(),
        ));
    }
    if fptr == 0 {
        return Err(CallError::Other(
            "attempt to call a NULL function pointer".into(),
        ));
    }
    let long_double_arg = args
        .iter()
        .filter_map(|v| v.as_cdata())
        .any(|cd| conv::is_long_double(types, object(types, cd).0));
    if params.iter().any(|&p| conv::is_long_double(types, p)) || (varargs && long_double_arg) {
        return Err(CallError::Other(LONG_DOUBLE_CALL.into()));
    }
    let param = |types: &CTypes, i: usize| match &types.get(fty).kind {
        Kind::Func { params, .. } => params.get(i).copied(),
        _ => None,
    };
    // The call interface of a fixed prototype is made once.
    let cached = if varargs {
        None
    } else {
        cifs.get(&fty).cloned()
    };
    let mut arg_types = Vec::with_capacity(if cached.is_some() { 0 } else { args.len() });
    let mut slots = Vec::with_capacity(args.len());
    for (i, &v) in args.iter().enumerate() {
        let ty = match param(types, i) {
            Some(p) => p,
            None => vararg_type(types, v),
        };
        let size = types.get(ty).size;
        let mut slot = Slot::new(size);
        conv::store(types, ty, slot.addr(), v, false).map_err(|m| CallError::Arg(i + 1, m))?;
        if cached.is_none() {
            arg_types.push(ffi_type(types, ty)?);
        }
        slots.push(slot);
    }
    let rct = types.get(ret);
    if rct.is_array() || (rct.kind != Kind::Void && !rct.complete) {
        return Err(format!("NYI: returning '{}'", types.repr(ret)).into());
    }
    let (ret_size, ret_void) = (rct.size, rct.kind == Kind::Void);
    let cif = match cached {
        Some(cif) => cif,
        None => {
            let rtype = ffi_type(types, ret)?;
            if varargs {
                Rc::new(Cif::new_variadic(arg_types, nparams, rtype))
            } else {
                let cif = Rc::new(Cif::new(arg_types, rtype));
                cifs.insert(fty, cif.clone());
                cif
            }
        }
    };
    Ok(Prepared {
        cif,
        slots,
        fptr,
        ret,
        ret_size,
        ret_void,
    })
}

impl Prepared {
    /// Makes the call. Returns the result's type and bytes (None for void).
    /// C code may call back into Lua meanwhile (callbacks), so the caller must
    /// hold no borrow of the ffi state.
    pub fn invoke(mut self) -> Option<(CTypeId, Vec<u8>)> {
        let mut result = Slot::new(self.ret_size);
        let mut ptrs: Vec<*mut std::ffi::c_void> = self
            .slots
            .iter_mut()
            .map(|s| s.addr() as *mut std::ffi::c_void)
            .collect();
        // SAFETY: the call interface describes the prototype the program
        // declared; each argument slot holds a value of its parameter's type
        // (converted by `prepare`) and the result slot is at least as large as
        // the result (and as libffi's widened integer results). That `fptr`
        // really has this prototype is the program's promise, as in C.
        unsafe {
            let f = std::mem::transmute::<usize, unsafe extern "C" fn()>(self.fptr as usize);
            libffi::raw::ffi_call(
                self.cif.as_raw_ptr(),
                Some(f),
                result.addr() as *mut std::ffi::c_void,
                ptrs.as_mut_ptr(),
            );
        }
        if self.ret_void {
            return None;
        }
        let size = self.ret_size.max(8);
        let bytes = crate::mem::bytes(result.addr(), size).unwrap_or_default();
        Some((self.ret, bytes))
    }
}

/// Whether a value is a function pointer cdata (what `__call` calls).
pub fn callable(types: &CTypes, v: Value) -> Option<(CTypeId, u64)> {
    let cd = v.as_cdata()?;
    let (ty, addr) = object(types, cd);
    match types.get(ty).kind {
        Kind::Ptr(f) if types.get(f).is_func() => match conv::load_scalar(types, ty, addr) {
            Ok(Scalar::Ptr(p)) => Some((f, p)),
            _ => None,
        },
        Kind::Func { .. } => Some((ty, addr)),
        _ => None,
    }
}
