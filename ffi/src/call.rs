//! Calls from Lua into C (LuaJIT's lj_ccall): arguments are converted to
//! the prototype's parameter types (extra arguments of a vararg function are
//! promoted as C does), the call goes directly or through a libffi call
//! interface built for the prototype, and the result is converted back.
//!
//! What depends only on a fixed (non-vararg) prototype is worked out once,
//! on its first successful call, and kept as its `CallDesc` (by function
//! type id: a function type never changes once its parameters are complete,
//! and a call that fails on an incomplete one caches nothing). A call then
//! converts its arguments into a `CallArgs` in the caller's Rust frame, with
//! no allocation up to `INLINE_ARGS` arguments of up to 32 bytes each. A
//! prototype whose parameters all go in registers and whose result comes
//! back in one (integers, pointers, `float`, `double`) is called directly,
//! as a Rust function of six integer and eight SSE arguments: the x86-64
//! SysV ABI assigns registers by class and order, and a callee ignores the
//! registers it has no parameter for. Others go through libffi.
//!
//! The `unsafe` blocks are the calls themselves.

use crate::conv::{self, object, Scalar};
use crate::ctype::{id, CTypeId, CTypes, Kind};
use libffi::middle::{Cif, Type};
use lunavm_vm::Value;
use std::mem::MaybeUninit;
use std::rc::Rc;

/// How a parameter of a direct call is passed: in the next integer register
/// (extended to 64 bits from its size, as libffi extends it), or in the
/// next SSE register (a `float` in the low half). `number`: a plain integer
/// or floating-point type, which a Lua number converts to without
/// `conv::store`.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ParamReg {
    Int {
        size: u8,
        signed: bool,
        number: bool,
    },
    Sse {
        size: u8,
    },
}

/// Where a direct call's result comes back.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ResultReg {
    /// `rax` (also what a `void` function leaves, unread); `number`: a
    /// plain integer narrower than 8 bytes, which loads as a Lua number.
    Int {
        size: u8,
        signed: bool,
        number: bool,
    },
    /// `xmm0` as a double.
    F64,
    /// `xmm0` as a float.
    F32,
}

/// Integer and SSE argument registers of the x86-64 SysV ABI.
const INT_REGS: usize = 6;
const SSE_REGS: usize = 8;

/// What a call of a fixed prototype needs that depends only on the
/// prototype: its libffi call interface, parameter types and result, and,
/// when it can be called directly, its registers.
pub struct CallDesc {
    cif: Cif,
    params: Box<[CTypeId]>,
    direct: Option<(Box<[ParamReg]>, ResultReg)>,
    ret: CTypeId,
    ret_size: u64,
    ret_void: bool,
}

/// The call descriptors made so far, indexed by function type id.
#[derive(Default)]
pub struct CallDescs(Vec<Option<Rc<CallDesc>>>);

impl CallDescs {
    fn get(&self, fty: CTypeId) -> Option<&Rc<CallDesc>> {
        self.0.get(fty as usize)?.as_ref()
    }
    fn insert(&mut self, fty: CTypeId, desc: Rc<CallDesc>) {
        let i = fty as usize;
        if self.0.len() <= i {
            self.0.resize(i + 1, None);
        }
        self.0[i] = Some(desc);
    }
}

/// The registers a direct call of a prototype with these parameters and
/// result uses, if it can be made (None: through libffi).
fn direct_plan(
    types: &CTypes,
    params: &[CTypeId],
    ret: CTypeId,
) -> Option<(Box<[ParamReg]>, ResultReg)> {
    if !cfg!(all(target_arch = "x86_64", unix)) {
        return None;
    }
    let int = |ct: &crate::ctype::CType| match ct.kind {
        Kind::Int { signed } if matches!(ct.size, 1 | 2 | 4 | 8) => {
            Some((ct.size as u8, signed, true))
        }
        Kind::Bool if matches!(ct.size, 1 | 2 | 4 | 8) => Some((ct.size as u8, false, false)),
        // libffi passes and returns an enum as an `int32_t`.
        Kind::Enum => Some((4, true, false)),
        Kind::Ptr(_) | Kind::Ref(_) => Some((8, false, false)),
        _ => None,
    };
    let rct = types.get(ret);
    let result = match rct.kind {
        Kind::Void => ResultReg::Int {
            size: 8,
            signed: false,
            number: false,
        },
        Kind::Float if rct.size == 8 => ResultReg::F64,
        Kind::Float if rct.size == 4 => ResultReg::F32,
        _ => {
            let (size, signed, number) = int(rct)?;
            ResultReg::Int {
                size,
                signed,
                // 64-bit integers load boxed.
                number: number && size < 8,
            }
        }
    };
    let (mut ints, mut sses) = (0, 0);
    let mut regs = Vec::with_capacity(params.len());
    for &p in params {
        let ct = types.get(p);
        regs.push(match ct.kind {
            Kind::Float if ct.size == 4 || ct.size == 8 => {
                sses += 1;
                ParamReg::Sse {
                    size: ct.size as u8,
                }
            }
            _ => {
                let (size, signed, number) = int(ct)?;
                ints += 1;
                ParamReg::Int {
                    size,
                    signed,
                    number,
                }
            }
        });
    }
    (ints <= INT_REGS && sses <= SSE_REGS).then(|| (regs.into_boxed_slice(), result))
}

/// Arguments a call converts without allocating (more go in a Vec).
pub const INLINE_ARGS: usize = 8;

/// An argument's or result's bytes, 16-byte aligned (as libffi needs): in
/// place up to 32 bytes (no allocation for scalars and small structs).
#[derive(Clone)]
pub(crate) enum Slot {
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
    pub(crate) fn addr(&mut self) -> u64 {
        match self {
            Slot::Small(b) => b.as_mut_ptr() as u64,
            Slot::Large(v) => v.as_mut_ptr() as u64,
        }
    }
}

/// One call's converted arguments, kept in the calling native's frame from
/// `prepare` to `invoke`: the registers of a direct call, or one slot per
/// argument for libffi (the first `INLINE_ARGS` of up to 32 bytes in place).
pub struct CallArgs {
    int_regs: [u64; INT_REGS],
    sse_regs: [f64; SSE_REGS],
    len: usize,
    /// Written (zeroed) only as arguments take them: a call that goes
    /// directly never touches them.
    inline: [MaybeUninit<[u128; 2]>; INLINE_ARGS],
    /// The other arguments' slots, by argument index.
    spilled: Vec<(usize, Vec<u128>)>,
}

impl Default for CallArgs {
    fn default() -> Self {
        CallArgs {
            int_regs: [0; INT_REGS],
            sse_regs: [0.0; SSE_REGS],
            len: 0,
            inline: [MaybeUninit::uninit(); INLINE_ARGS],
            spilled: Vec::new(),
        }
    }
}

impl CallArgs {
    /// The address of a zeroed slot of `size` bytes for the next argument.
    fn next_slot(&mut self, size: u64) -> u64 {
        let i = self.len;
        self.len += 1;
        if i < INLINE_ARGS && size <= 32 {
            return self.inline[i].write([0; 2]).as_mut_ptr() as u64;
        }
        let mut bytes = vec![0u128; (size as usize).div_ceil(16).max(1)];
        // The heap buffer stays where it is when the Vec moves.
        let addr = bytes.as_mut_ptr() as u64;
        self.spilled.push((i, bytes));
        addr
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

/// How the call interface of a prepared call is held: shared with the
/// prototype's descriptor, or made for this vararg call alone.
enum CallIface {
    Desc(Rc<CallDesc>),
    Own(Cif),
}

/// A call ready to go (its arguments are in a `CallArgs`: in registers
/// for a direct call, whose result register is `direct`, else in slots).
pub struct Prepared {
    iface: CallIface,
    direct: Option<ResultReg>,
    fptr: u64,
    ret: CTypeId,
    ret_size: u64,
    ret_void: bool,
}

/// Checks what every call checks before converting arguments: the count,
/// the pointer, `long double`s.
fn check_call(
    types: &CTypes,
    fty: CTypeId,
    fptr: u64,
    args: &[Value],
) -> Result<(CTypeId, usize, bool), CallError> {
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
    Ok((ret, nparams, varargs))
}

/// Converts the arguments of a call of the C function at `fptr` with
/// prototype `fty` and finds or builds its call interface.
pub fn prepare(
    types: &mut CTypes,
    descs: &mut CallDescs,
    fty: CTypeId,
    fptr: u64,
    args: &[Value],
    call: &mut CallArgs,
) -> Result<Prepared, CallError> {
    let (ret, nparams, varargs) = check_call(types, fty, fptr, args)?;
    if let Some(desc) = descs.get(fty) {
        // A fixed prototype called before: its checks passed then and hold
        // still (no `long double` parameter, a result that can be returned).
        let desc = desc.clone();
        match &desc.direct {
            Some((regs, _)) => {
                let (mut ni, mut ns) = (0, 0);
                for (i, ((&ty, &reg), &v)) in desc.params.iter().zip(regs).zip(args).enumerate() {
                    // The bytes `conv::store` would store, in the low end.
                    let word = match reg {
                        ParamReg::Int {
                            size,
                            signed,
                            number: true,
                        } if v.is_number() => {
                            conv::number_to_int(v.as_f64(), size as u64, signed) as u64
                        }
                        ParamReg::Sse { size: 8 } if v.is_number() => v.as_f64().to_bits(),
                        ParamReg::Sse { size: _ } if v.is_number() => {
                            u64::from((v.as_f64() as f32).to_bits())
                        }
                        _ => {
                            let mut word = 0u64;
                            conv::store(types, ty, &mut word as *mut u64 as u64, v, false)
                                .map_err(|m| CallError::Arg(i + 1, m))?;
                            word
                        }
                    };
                    match reg {
                        ParamReg::Int { size, signed, .. } => {
                            call.int_regs[ni] = widen(word, size, signed);
                            ni += 1;
                        }
                        ParamReg::Sse { .. } => {
                            call.sse_regs[ns] = f64::from_bits(word);
                            ns += 1;
                        }
                    }
                }
            }
            None => {
                for (i, (&ty, &v)) in desc.params.iter().zip(args).enumerate() {
                    let addr = call.next_slot(types.get(ty).size);
                    conv::store(types, ty, addr, v, false).map_err(|m| CallError::Arg(i + 1, m))?;
                }
            }
        }
        return Ok(Prepared {
            direct: desc.direct.as_ref().map(|&(_, reg)| reg),
            fptr,
            ret: desc.ret,
            ret_size: desc.ret_size,
            ret_void: desc.ret_void,
            iface: CallIface::Desc(desc),
        });
    }
    let long_double_arg = args
        .iter()
        .filter_map(|v| v.as_cdata())
        .any(|cd| conv::is_long_double(types, object(types, cd).0));
    let params = match &types.get(fty).kind {
        Kind::Func { params, .. } => params.clone(),
        _ => Vec::new(),
    };
    if params.iter().any(|&p| conv::is_long_double(types, p)) || (varargs && long_double_arg) {
        return Err(CallError::Other(LONG_DOUBLE_CALL.into()));
    }
    let mut arg_types = Vec::with_capacity(args.len());
    for (i, &v) in args.iter().enumerate() {
        let ty = match params.get(i) {
            Some(&p) => p,
            None => vararg_type(types, v),
        };
        let addr = call.next_slot(types.get(ty).size);
        conv::store(types, ty, addr, v, false).map_err(|m| CallError::Arg(i + 1, m))?;
        arg_types.push(ffi_type(types, ty)?);
    }
    let rct = types.get(ret);
    if rct.is_array() || (rct.kind != Kind::Void && !rct.complete) {
        return Err(format!("NYI: returning '{}'", types.repr(ret)).into());
    }
    let (ret_size, ret_void) = (rct.size, rct.kind == Kind::Void);
    let rtype = ffi_type(types, ret)?;
    let iface = if varargs {
        CallIface::Own(Cif::new_variadic(arg_types, nparams, rtype))
    } else {
        // This call goes through libffi with the slots made above; the next
        // ones may go directly.
        let desc = Rc::new(CallDesc {
            cif: Cif::new(arg_types, rtype),
            direct: direct_plan(types, &params, ret),
            params: params.into_boxed_slice(),
            ret,
            ret_size,
            ret_void,
        });
        descs.insert(fty, desc.clone());
        CallIface::Desc(desc)
    };
    Ok(Prepared {
        iface,
        direct: None,
        fptr,
        ret,
        ret_size,
        ret_void,
    })
}

/// The low `size` bytes of `word` widened to 64 bits.
fn widen(word: u64, size: u8, signed: bool) -> u64 {
    match (size, signed) {
        (1, true) => word as i8 as i64 as u64,
        (1, false) => word as u8 as u64,
        (2, true) => word as i16 as i64 as u64,
        (2, false) => word as u16 as u64,
        (4, true) => word as i32 as i64 as u64,
        (4, false) => word as u32 as u64,
        _ => word,
    }
}

/// What a call returned: nothing, a number, or the bytes of a result of
/// the given type.
pub(crate) enum CallResult {
    Void,
    Number(f64),
    Bytes(CTypeId, Slot),
}

/// A C function taking the six integer and eight SSE argument registers.
type DirectFn<R> =
    unsafe extern "C" fn(u64, u64, u64, u64, u64, u64, f64, f64, f64, f64, f64, f64, f64, f64) -> R;

impl Prepared {
    /// Makes the call with the arguments `prepare` put in `call`. Returns the
    /// result's type and bytes (None for void). C code may call back into Lua
    /// meanwhile (callbacks), so the caller must hold no borrow of the ffi
    /// state.
    pub(crate) fn invoke(self, call: &mut CallArgs) -> CallResult {
        if let Some(reg) = self.direct {
            let word = call_direct(self.fptr, call, reg);
            return match reg {
                _ if self.ret_void => CallResult::Void,
                // As `conv::load` loads these.
                ResultReg::F64 => CallResult::Number(f64::from_bits(word)),
                ResultReg::F32 => CallResult::Number(f64::from(f32::from_bits(word as u32))),
                ResultReg::Int {
                    size,
                    signed,
                    number: true,
                } => CallResult::Number(widen(word, size, signed) as i64 as f64),
                ResultReg::Int { .. } => {
                    CallResult::Bytes(self.ret, Slot::Small([word as u128, 0]))
                }
            };
        }
        let mut result = Slot::new(self.ret_size);
        let cif = match &self.iface {
            CallIface::Desc(d) => &d.cif,
            CallIface::Own(c) => c,
        };
        let mut ptrs = Vec::new();
        let mut inline_ptrs = [std::ptr::null_mut::<std::ffi::c_void>(); INLINE_ARGS];
        let ptrs: &mut [*mut std::ffi::c_void] = if call.len <= INLINE_ARGS {
            &mut inline_ptrs[..]
        } else {
            ptrs.resize(call.len, std::ptr::null_mut());
            &mut ptrs[..]
        };
        for (p, b) in ptrs.iter_mut().zip(&mut call.inline).take(call.len) {
            *p = b.as_mut_ptr() as *mut std::ffi::c_void;
        }
        for (i, b) in &mut call.spilled {
            ptrs[*i] = b.as_mut_ptr() as *mut std::ffi::c_void;
        }
        // SAFETY: the call interface describes the prototype the program
        // declared; `ptrs` has one pointer per argument, in order (libffi
        // reads as many as the interface has arguments), each to a slot
        // holding a value of its parameter's type (converted by `prepare`),
        // and the result slot is at least as large as the result (and as
        // libffi's widened integer results). That `fptr` really has this
        // prototype is the program's promise, as in C.
        unsafe {
            let f = std::mem::transmute::<usize, unsafe extern "C" fn()>(self.fptr as usize);
            libffi::raw::ffi_call(
                cif.as_raw_ptr(),
                Some(f),
                result.addr() as *mut std::ffi::c_void,
                ptrs.as_mut_ptr(),
            );
        }
        if self.ret_void {
            return CallResult::Void;
        }
        CallResult::Bytes(self.ret, result)
    }
}

/// Calls the C function at `fptr` with the registers of a direct call;
/// returns the result register's bits.
fn call_direct(fptr: u64, call: &CallArgs, reg: ResultReg) -> u64 {
    let [a, b, c, d, e, f] = call.int_regs;
    let [x0, x1, x2, x3, x4, x5, x6, x7] = call.sse_regs;
    // SAFETY: `direct_plan` made this call direct only on x86-64 SysV for a
    // fixed prototype whose parameters are all integers, pointers, floats
    // and doubles, at most six and eight of each class: such a function
    // takes its arguments in order from rdi, rsi, rdx, rcx, r8, r9 and
    // xmm0-7, where these are put, and ignores the others; `prepare`
    // converted each argument to its parameter's type and widened it as
    // libffi does. Its result comes back in rax (integers, pointers, void)
    // or xmm0 (float, double), as `reg` says. That `fptr` really has this
    // prototype is the program's promise, as in C.
    unsafe {
        match reg {
            ResultReg::Int { .. } => {
                let fun = std::mem::transmute::<usize, DirectFn<u64>>(fptr as usize);
                fun(a, b, c, d, e, f, x0, x1, x2, x3, x4, x5, x6, x7)
            }
            ResultReg::F64 => {
                let fun = std::mem::transmute::<usize, DirectFn<f64>>(fptr as usize);
                fun(a, b, c, d, e, f, x0, x1, x2, x3, x4, x5, x6, x7).to_bits()
            }
            ResultReg::F32 => {
                let fun = std::mem::transmute::<usize, DirectFn<f32>>(fptr as usize);
                u64::from(fun(a, b, c, d, e, f, x0, x1, x2, x3, x4, x5, x6, x7).to_bits())
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cparse::type_name;

    /// The direct-call registers of the function type `decl` (a function
    /// pointer type, to keep the parser's spelling), if it is called directly.
    fn plan(decl: &str) -> Option<(Vec<ParamReg>, ResultReg)> {
        let mut types = CTypes::new();
        let ptr = type_name(&mut types, decl).expect("parses");
        let fty = types.target(ptr).expect("a pointer");
        let Kind::Func {
            ret, ref params, ..
        } = types.get(fty).kind
        else {
            panic!("not a function type");
        };
        direct_plan(&types, &params.clone(), ret).map(|(regs, r)| (regs.into_vec(), r))
    }

    #[test]
    fn register_only_prototypes_are_called_directly() {
        let int = |size, signed| ParamReg::Int {
            size,
            signed,
            number: true,
        };
        let (regs, ret) = plan("int (*)(signed char, unsigned short, float, double)").unwrap();
        assert_eq!(
            regs,
            [
                int(1, true),
                int(2, false),
                ParamReg::Sse { size: 4 },
                ParamReg::Sse { size: 8 }
            ]
        );
        assert_eq!(
            ret,
            ResultReg::Int {
                size: 4,
                signed: true,
                number: true
            }
        );
        // 64-bit integers come back boxed, pointers and bools as cdata and
        // booleans: not as plain numbers.
        for decl in ["int64_t (*)(void)", "void *(*)(void)", "bool (*)(void)"] {
            assert!(
                matches!(plan(decl).unwrap().1, ResultReg::Int { number: false, .. }),
                "{decl}"
            );
        }
        assert_eq!(plan("float (*)(const char *)").unwrap().1, ResultReg::F32);
        assert_eq!(plan("double (*)(int *)").unwrap().1, ResultReg::F64);
        assert!(plan("void (*)(int, int, int, int, int, int, double, double, double, double, double, double, double, double)").is_some());
    }

    #[test]
    fn other_prototypes_go_through_libffi() {
        for decl in [
            // More than six integer or eight SSE arguments: some on the stack.
            "void (*)(int, int, int, int, int, int, int)",
            "void (*)(double, double, double, double, double, double, double, double, double)",
            // Aggregates, long double, complex, vectors, wide integers.
            "void (*)(struct { int a; })",
            "struct { int a; } (*)(void)",
            "long double (*)(void)",
            "void (*)(complex)",
            "void (*)(int __attribute__((mode(TI))))",
        ] {
            assert!(plan(decl).is_none(), "{decl}");
        }
    }
}
