//! Recording cdata (LuaJIT's lj_crecord): element and member loads and
//! stores of C scalars and pointers, 64-bit integer and pointer arithmetic,
//! comparisons of cdata, and calls of C functions with scalar and pointer
//! prototypes as direct native calls.
//!
//! The C type table belongs to the ffi crate; the recorder asks it through
//! the VM's `CTypeInfo` (`lunavm_vm::ctinfo`). A cdata in a slot is
//! specialised on its C type id (`XCTYPE` guarded against a constant), so
//! everything derived from the type (element size, member offsets, the
//! prototype) is a constant in the trace. Addresses are `XPTR` (the cdata's
//! payload, or the pointer it holds) plus `XADD` offsets: an `XSCALE`d index
//! or a constant. Results become Lua numbers as the interpreter's `ffi`
//! converts them; aggregates (`a[i]` of a struct array) become `CREF`, a
//! reference the trace keeps virtual and an exit turns into a cdata; 64-bit
//! integers and pointers (loaded, computed, returned by C) become `CNEWI`,
//! their 64 bits kept unboxed in a register and boxed only by an exit. FOLD
//! reads a virtual cdata's type and payload from its operands (`XCTYPE` and
//! `XPTR` of a CNEWI), so code recorded for a boxed cdata in a slot serves
//! the virtual one the next iteration leaves there.

use super::*;
use lunavm_vm::cdata::Cdata;
use lunavm_vm::cdata::{CTYPE_INT64, CTYPE_UINT64, NULL_PAGE};
use lunavm_vm::ctinfo::{CArg, CBitField, CScalar, CTypeInfo, CtInfo, CtShape, FfiFunc};
use std::rc::Rc;

/// Argument registers of the System V ABI the trace stages arguments for.
const MAX_GPR_ARGS: u32 = 6;
const MAX_FPR_ARGS: u32 = 8;

/// An operand of cdata arithmetic or comparison (ffi/src/arith.rs's
/// `Operand`): its IR value and its value now.
#[derive(Clone, Copy)]
enum COp {
    /// A Lua number.
    Num(Ref, f64),
    /// A 64-bit integer cdata (unsigned: `uint64_t`).
    Int(Ref, u64, bool),
    /// An address (a pointer, or an array's first element) and the type it
    /// points to.
    Ptr(Ref, u64, u32),
    /// nil (a NULL pointer to compare with).
    Nil,
}

/// Where an operand comes from.
#[derive(Clone, Copy)]
pub(super) enum Src {
    Slot(i32),
    Num(f64),
    Nil,
}

/// The ffi's double to int64_t conversion (x86-64's cvttsd2si).
fn num2i64(n: f64) -> i64 {
    if (-9.223372036854776e18..9.223372036854776e18).contains(&n) {
        n as i64
    } else {
        i64::MIN
    }
}

/// The ffi's double to uint64_t conversion (through int64_t, again with 2^64
/// subtracted when that is negative).
fn num2u64(n: f64) -> u64 {
    match num2i64(n) {
        i if i < 0 => num2i64(n - 18_446_744_073_709_551_616.0) as u64,
        i => i as u64,
    }
}

/// A C object about to be indexed: where its data starts (in IR and now),
/// and its type.
struct CObj {
    data: Ref,
    live: u64,
    ty: u32,
    info: CtInfo,
}

/// The address a payload of a pointer or reference cdata holds.
fn stored_addr(cd: Gc<Cdata>) -> u64 {
    let p = cd.payload_mut();
    let mut b = [0u8; 8];
    if p.len() >= 8 {
        b.copy_from_slice(&p[..8]);
    }
    u64::from_le_bytes(b)
}

fn ctinfo(vm: &Vm) -> Rec<Rc<dyn CTypeInfo>> {
    vm.ctype_info()
        .ok_or_else(|| Abort::nyi("cdata without the ffi's type table"))
}

pub(super) fn info_of(ct: &dyn CTypeInfo, ty: u32) -> Rec<CtInfo> {
    ct.info(ty)
        .ok_or_else(|| Abort("C type table unavailable".into()))
}

impl Recorder {
    /// Records `ins` if it indexes or calls cdata; returns whether it did.
    pub(super) fn record_ffi(&mut self, vm: &Vm, ins: BcIns, op: Op) -> Rec<bool> {
        let (a, b, c) = (ins.a() as i32, ins.b() as i32, ins.c() as i32);
        match op {
            Op::MOV => {
                // A copy of a virtual cdata stays virtual.
                let r = self.slot_ref(ins.d() as i32)?;
                if crate::xmem::virtual_cdata(&self.ir, r).is_none() {
                    return Ok(false);
                }
                self.set(a, r)?;
                Ok(true)
            }
            Op::IST | Op::ISF | Op::ISTC | Op::ISFC => {
                // A cdata is true (even a NULL pointer): nothing to check.
                let d = ins.d() as i32;
                let r = self.slot_ref(d)?;
                if crate::xmem::virtual_cdata(&self.ir, r).is_none() {
                    return Ok(false);
                }
                if op == Op::ISTC {
                    self.set(a, r)?;
                }
                Ok(true)
            }
            Op::ADDVN | Op::SUBVN | Op::MULVN | Op::DIVVN | Op::MODVN if self.val(b).is_cdata() => {
                let k = self.proto().body().knum[c as usize].as_f64();
                self.c_arith(vm, a, op as u8 - Op::ADDVN as u8, Src::Slot(b), Src::Num(k))?;
                Ok(true)
            }
            Op::ADDNV | Op::SUBNV | Op::MULNV | Op::DIVNV | Op::MODNV if self.val(b).is_cdata() => {
                let k = self.proto().body().knum[c as usize].as_f64();
                self.c_arith(vm, a, op as u8 - Op::ADDNV as u8, Src::Num(k), Src::Slot(b))?;
                Ok(true)
            }
            Op::ADDVV | Op::SUBVV | Op::MULVV | Op::DIVVV | Op::MODVV
                if self.val(b).is_cdata() || self.val(c).is_cdata() =>
            {
                self.c_arith(
                    vm,
                    a,
                    op as u8 - Op::ADDVV as u8,
                    Src::Slot(b),
                    Src::Slot(c),
                )?;
                Ok(true)
            }
            Op::POW if self.val(b).is_cdata() || self.val(c).is_cdata() => {
                self.c_arith(vm, a, 5, Src::Slot(b), Src::Slot(c))?;
                Ok(true)
            }
            Op::UNM if self.val(ins.d() as i32).is_cdata() => {
                let ct = ctinfo(vm)?;
                let d = Src::Slot(ins.d() as i32);
                if self.metatype_arith(&*ct, a, Mm::Unm, d, d)? {
                    return Ok(true);
                }
                let x = self.operand(&*ct, d)?;
                let COp::Int(v, _, unsigned) = x else {
                    return Err(Abort::nyi("negation of this cdata"));
                };
                let zero = self.ir.kptr(0);
                let t = if unsigned { IrType::U64 } else { IrType::I64 };
                let r = self.ir.emit(Ins::new(IrOp::XSUB, t, zero, v))?;
                let r = self.box_int(r, unsigned)?;
                self.set(a, r)?;
                Ok(true)
            }
            Op::LEN if self.val(ins.d() as i32).is_cdata() => {
                // A metatype's `__len` (called with the cdata and nil).
                let ct = ctinfo(vm)?;
                let d = Src::Slot(ins.d() as i32);
                if !self.metatype_arith(&*ct, a, Mm::Len, d, Src::Nil)? {
                    return Err(Abort::nyi("length of a cdata"));
                }
                Ok(true)
            }
            Op::ISLT | Op::ISGE | Op::ISLE | Op::ISGT
                if self.val(a).is_cdata() || self.val(ins.d() as i32).is_cdata() =>
            {
                let d = ins.d() as i32;
                self.c_compare(vm, op, Src::Slot(a), Src::Slot(d))?;
                Ok(true)
            }
            Op::ISEQV | Op::ISNEV
                if self.val(a).is_cdata() || self.val(ins.d() as i32).is_cdata() =>
            {
                let d = ins.d() as i32;
                self.c_compare(vm, op, Src::Slot(a), Src::Slot(d))?;
                Ok(true)
            }
            Op::ISEQN | Op::ISNEN if self.val(a).is_cdata() => {
                let k = self.proto().body().knum[ins.d() as usize].as_f64();
                self.c_compare(vm, op, Src::Slot(a), Src::Num(k))?;
                Ok(true)
            }
            Op::ISEQP | Op::ISNEP if self.val(a).is_cdata() => {
                if ins.d() != 0 {
                    return Err(Abort::nyi("comparison of cdata with a boolean"));
                }
                self.c_compare(vm, op, Src::Slot(a), Src::Nil)?;
                Ok(true)
            }
            Op::CALL | Op::CALLM
                if self
                    .val(a)
                    .as_function()
                    .is_some_and(|f| f.fast() == FastFunc::ToNumber)
                    && self.c_nargs(ins) == Some(1)
                    && self.val(a + 2).is_cdata() =>
            {
                let ct = ctinfo(vm)?;
                let f = self.val(a).as_function().expect("checked");
                let n = match self.scalar_number(&*ct, a + 2)? {
                    Some(n) => n,
                    None => {
                        let COp::Int(v, _, unsigned) = self.operand(&*ct, Src::Slot(a + 2))? else {
                            return Err(Abort::nyi("tonumber of this cdata"));
                        };
                        self.ir
                            .emit(Ins::new(IrOp::XNUM, IrType::Num, v, unsigned as u32))?
                    }
                };
                self.guard_callee(a, f)?;
                for s in a..a + 3 {
                    self.set(s, UNSET)?;
                }
                self.multres = None;
                self.place_results(a, ins.b() as i32 - 1, &[n])?;
                Ok(true)
            }
            Op::CALL | Op::CALLM
                if self
                    .val(a)
                    .as_function()
                    .is_some_and(|f| f.fast() == FastFunc::Type)
                    && self.c_nargs(ins).is_some_and(|n| n >= 1)
                    && crate::xmem::virtual_cdata(&self.ir, self.slot_ref(a + 2)?).is_some() =>
            {
                // type() of a cdata the trace keeps virtual: no box needed.
                let f = self.val(a).as_function().expect("checked");
                let Some(name) = self.type_names[IrType::Cdata as usize] else {
                    return Err(Abort::nyi("type of this value"));
                };
                self.guard_callee(a, f)?;
                let nargs = self.c_nargs(ins).expect("checked");
                for s in a..a + 2 + nargs {
                    self.set(s, UNSET)?;
                }
                self.multres = None;
                let k = self.ir.kgc(name);
                self.place_results(a, ins.b() as i32 - 1, &[k])?;
                Ok(true)
            }
            Op::CALL | Op::CALLM | Op::CALLT | Op::CALLMT if self.ffi_function(vm, a).is_some() => {
                self.ffi_call(vm, ins)?;
                Ok(true)
            }
            Op::KCDATA => {
                // A 64-bit integer or complex literal: a constant cdata
                // (FOLD reads its type and payload).
                let k = self.proto().body().kgc[ins.d() as usize];
                let r = self.ir.kgc(k);
                self.set(a, r)?;
                Ok(true)
            }
            Op::TGETS if self.val(b).as_userdata().is_some() => {
                let Some(ct) = vm.ctype_info() else {
                    return Ok(false);
                };
                let key = self.proto().body().kgc[c as usize];
                let Some(name) = key.as_str() else {
                    return Ok(false);
                };
                let lib = self.val(b);
                let Some((fty, addr)) = ct.clib_function(lib, name.as_bytes()) else {
                    return Ok(false);
                };
                // `C.name` of a function: the namespace guarded, the function
                // a constant (the interpreter makes a new cdata each time).
                let l = self.get(b)?;
                let kl = self.ir.kgc(lib);
                if l != kl {
                    self.guard(Ins::new(IrOp::EQ, IrType::Void, l, kl))?;
                }
                let k = self.ir.kptr(addr as usize);
                let f = self.ir.emit(Ins::new(IrOp::CREF, IrType::Ptr, k, fty))?;
                self.set(a, f)?;
                Ok(true)
            }
            Op::TGETV | Op::TGETS | Op::TGETB | Op::TSETV | Op::TSETS | Op::TSETB => {
                if !self.val(b).is_cdata() {
                    return Ok(false);
                }
                let ct = ctinfo(vm)?;
                let obj = self.cdata_object(&*ct, b)?;
                let (addr, live, ty) = match op {
                    Op::TGETS | Op::TSETS => {
                        let key = self.proto().body().kgc[c as usize];
                        if op == Op::TGETS && self.metatype_index(&*ct, b, obj.ty, key, a)? {
                            return Ok(true);
                        }
                        if op == Op::TSETS && self.metatype_newindex(&*ct, b, obj.ty, key, a)? {
                            return Ok(true);
                        }
                        let name = key.as_str().ok_or_else(|| Abort("bad key".into()))?;
                        if let Some(bf) = self.bit_field_of(&*ct, &obj, name.as_bytes())? {
                            if op == Op::TGETS {
                                let v = self.bits_load(&*ct, &obj, bf)?;
                                self.set(a, v)?;
                            } else {
                                self.bits_store(&*ct, &obj, bf, a)?;
                            }
                            return Ok(true);
                        }
                        self.member(&*ct, &obj, name.as_bytes())?
                    }
                    Op::TGETB | Op::TSETB => self.element(&*ct, &obj, None, c as f64)?,
                    _ => {
                        let kv = self.val(c);
                        if !kv.is_number() {
                            return Err(Abort::nyi("cdata indexed with a non-number"));
                        }
                        self.element(&*ct, &obj, Some(c), kv.as_f64())?
                    }
                };
                if matches!(op, Op::TGETV | Op::TGETS | Op::TGETB) {
                    let v = self.c_load(&*ct, addr, live, ty)?;
                    self.set(a, v)?;
                } else {
                    self.c_store(&*ct, addr, ty, a)?;
                }
                Ok(true)
            }
            Op::CALL | Op::CALLT
                if self.val(a).is_cdata()
                    && vm
                        .ctype_info()
                        .is_some_and(|ct| ct.type_arg(self.val(a)).is_some()) =>
            {
                // A ctype object called: a constructor.
                let ct = ctinfo(vm)?;
                let ty = self.type_arg(&*ct, a)?;
                let nargs = self.c_nargs(ins).expect("a fixed count");
                let r = self.c_new(&*ct, ty, a + 2, nargs)?;
                self.call_done(ins, nargs, &[r])?;
                Ok(true)
            }
            Op::CALL | Op::CALLT if self.val(a).is_cdata() => {
                let ct = ctinfo(vm)?;
                self.c_call(&*ct, ins)?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Boxes the virtual cdata `r` (CREF, CNEWI) where it is used as a Lua
    /// value (stored into a table or upvalue, passed to a library call): a
    /// CBOX, which exits to the instruction when a collection is due (the
    /// exit boxes `r` then). Every slot holding `r` takes the box over, so
    /// later snapshots root it and later uses share the one object.
    pub(super) fn box_cdata(&mut self, r: Ref) -> Rec<Ref> {
        if crate::xmem::virtual_cdata(&self.ir, r).is_none() {
            return Err(Abort::nyi("use of a raw pointer as a value"));
        }
        let b = self.alloc_guard(Ins::new(IrOp::CBOX, IrType::Cdata, r, 0))?;
        let holders: Vec<i32> = self
            .slots
            .iter()
            .filter(|&(_, v)| v == r)
            .map(|(s, _)| s)
            .collect();
        for s in holders {
            self.slots.put(s, b);
        }
        Ok(b)
    }

    /// Which `ffi` function the callee in slot `a` is, if traces compute it.
    fn ffi_function(&self, vm: &Vm, a: i32) -> Option<FfiFunc> {
        let f = self.val(a);
        f.as_function()?;
        vm.ctype_info()?.ffi_function(f)
    }

    /// The C type the type argument in slot `s` names (a type string or a
    /// ctype object), fixed in the trace by the argument's identity.
    fn type_arg(&mut self, ct: &dyn CTypeInfo, s: i32) -> Rec<u32> {
        let v = self.val(s);
        let ty = ct
            .type_arg(v)
            .ok_or_else(|| Abort::nyi("ffi function with this type argument"))?;
        let r = self.get(s)?;
        let k = self.ir.kgc(v);
        if r != k {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, r, k))?;
        }
        Ok(ty)
    }

    /// The 64 bits `ffi.cast` makes of the value in slot `s` for a pointer
    /// or a 64-bit integer of kind `k`: numbers converted (num2u64 for
    /// pointers and `uint64_t`), nil as NULL, a string's address, the
    /// address a pointer holds or an array or struct has, a 64-bit
    /// integer's bits.
    fn cast_bits(&mut self, ct: &dyn CTypeInfo, s: i32, k: CScalar) -> Rec<Ref> {
        let v = self.val(s);
        if v.is_number() {
            let x = self.get(s)?;
            let t = crate::xmem::conv_type(k);
            return Ok(self.ir.emit(Ins::new(IrOp::XCONV, t, x, k as u32))?);
        }
        if v.is_nil() {
            self.get(s)?;
            return Ok(self.ir.kptr(0));
        }
        if v.as_str().is_some() {
            let r = self.get(s)?;
            let off = self.ir.kint(lunavm_vm::layout::STR_DATA as i32);
            return Ok(self.ir.emit(Ins::new(IrOp::XADD, IrType::Ptr, r, off))?);
        }
        if !v.is_cdata() {
            return Err(Abort::nyi("ffi.cast of this value"));
        }
        let r = self.cdata_ref(s)?;
        if crate::xmem::cref_type(&self.ir, r).is_some() {
            return Ok(self.ir.emit(Ins::new(IrOp::XPTR, IrType::Ptr, r, 1))?);
        }
        match self.operand(ct, Src::Slot(s))? {
            COp::Int(x, ..) | COp::Ptr(x, ..) => Ok(x),
            _ => Err(Abort::nyi("ffi.cast of this cdata")),
        }
    }

    /// A call of `ffi.cast` (to a pointer or 64-bit integer type), `sizeof`
    /// and `offsetof` (constants of a constant type), `errno`, `new` (of
    /// types traces allocate), `string`, `copy` or `fill` (library calls):
    /// the callee guarded, the result computed in the trace.
    fn ffi_call(&mut self, vm: &Vm, ins: BcIns) -> Rec<()> {
        let ct = ctinfo(vm)?;
        let ct = &*ct;
        let a = ins.a() as i32;
        let which = self.ffi_function(vm, a).expect("checked");
        let f = self.val(a).as_function().expect("checked");
        let nargs = self
            .c_nargs(ins)
            .filter(|&n| n >= 0)
            .ok_or_else(|| Abort::nyi("ffi function with variable arguments"))?;
        self.guard_callee(a, f)?;
        let r = match (which, nargs) {
            (FfiFunc::Sizeof, 1) => {
                let ty = self.type_arg(ct, a + 2)?;
                let size = ct
                    .size_of(ty)
                    .ok_or_else(|| Abort::nyi("ffi.sizeof of this type"))?;
                self.ir.knum(size as f64)
            }
            (FfiFunc::Offsetof, 2) => {
                let ty = self.type_arg(ct, a + 2)?;
                let name = self.val(a + 3);
                let off = name
                    .as_str()
                    .and_then(|n| ct.offset_of(ty, n.as_bytes()))
                    .ok_or_else(|| Abort::nyi("ffi.offsetof of this member"))?;
                let r = self.get(a + 3)?;
                let k = self.ir.kgc(name);
                if r != k {
                    self.guard(Ins::new(IrOp::EQ, IrType::Void, r, k))?;
                }
                self.ir.knum(off as f64)
            }
            (FfiFunc::Errno, 0 | 1) => {
                let (from, to) = ct.errno_slots().ok_or_else(|| Abort::nyi("ffi.errno"))?;
                let saved = self.ir.kptr(to);
                let k = CScalar::I32 as u32;
                let old = self.ir.emit(Ins::new(IrOp::XLOAD, IrType::Int, saved, k))?;
                if nargs == 1 {
                    // The new value, as check_integer and `as i32` make it.
                    if !self.val(a + 2).is_number() {
                        return Err(Abort::nyi("ffi.errno of a non-number"));
                    }
                    let n = self.get(a + 2)?;
                    let i = CScalar::I64;
                    let x = self.ir.emit(Ins::new(
                        IrOp::XCONV,
                        crate::xmem::conv_type(i),
                        n,
                        i as u32,
                    ))?;
                    let x = self.ir.emit(Ins::new(IrOp::XCONV, IrType::Int, x, k))?;
                    let errno = self.ir.kptr(from);
                    for at in [saved, errno] {
                        self.ir.emit(Ins::new(IrOp::XSTORE, IrType::Void, at, x))?;
                    }
                }
                self.ir
                    .emit(Ins::new(IrOp::CONV, IrType::Num, old, conv::INT_NUM))?
            }
            (FfiFunc::String, 1 | 2) => {
                // The bytes at an address, up to a zero byte or a number's
                // length.
                let p = self.address_arg(ct, a + 2, false)?;
                let len = match nargs {
                    1 => REF_NIL,
                    _ if self.val(a + 3).is_number() || self.val(a + 3).is_nil() => {
                        self.get(a + 3)?
                    }
                    _ => return Err(Abort::nyi("ffi.string with this length")),
                };
                self.lib_call(Call::FfiString, &[p, len], IrType::Str, CallHow::READS)?
            }
            (FfiFunc::Copy, 2 | 3) => {
                let dst = self.address_arg(ct, a + 2, true)?;
                let src = self.address_arg(ct, a + 3, false)?;
                let len = match (nargs, self.val(a + 3).as_str()) {
                    (3, _) if self.val(a + 4).is_number() => self.get(a + 4)?,
                    (2, Some(_)) => self.string_size(a + 3)?,
                    (3, Some(_)) if self.val(a + 4).is_nil() => {
                        self.get(a + 4)?;
                        self.string_size(a + 3)?
                    }
                    _ => return Err(Abort::nyi("ffi.copy with this length")),
                };
                self.lib_call(Call::FfiCopy, &[dst, src, len], IrType::Int, CallHow::READS)?;
                REF_NONE
            }
            (FfiFunc::Fill, 2 | 3) => {
                let dst = self.address_arg(ct, a + 2, true)?;
                if !self.val(a + 3).is_number() {
                    return Err(Abort::nyi("ffi.fill with this length"));
                }
                let len = self.get(a + 3)?;
                let byte = match nargs {
                    3 if self.val(a + 4).is_number() => self.get(a + 4)?,
                    3 if self.val(a + 4).is_nil() => {
                        self.get(a + 4)?;
                        self.ir.knum(0.0)
                    }
                    2 => self.ir.knum(0.0),
                    _ => return Err(Abort::nyi("ffi.fill with this byte")),
                };
                self.lib_call(
                    Call::FfiFill,
                    &[dst, len, byte],
                    IrType::Int,
                    CallHow::READS,
                )?;
                REF_NONE
            }
            (FfiFunc::New, n) if n >= 1 => {
                let ty = self.type_arg(ct, a + 2)?;
                self.c_new(ct, ty, a + 3, n - 1)?
            }
            (FfiFunc::Cast, 2) => {
                let ty = self.type_arg(ct, a + 2)?;
                match info_of(ct, ty)?.shape {
                    CtShape::Ptr { .. } => {
                        let x = self.cast_bits(ct, a + 3, CScalar::U64)?;
                        self.ir.emit(Ins::new(IrOp::CNEWI, IrType::Ptr, x, ty))?
                    }
                    CtShape::Scalar(k @ (CScalar::I64 | CScalar::U64)) => {
                        let x = self.cast_bits(ct, a + 3, k)?;
                        self.ir.emit(Ins::new(IrOp::CNEWI, IrType::Ptr, x, ty))?
                    }
                    // Narrower integers and floats: a new boxed scalar, the
                    // value converted as a store converts it (as for numbers
                    // the ffi's casts do).
                    CtShape::Scalar(_) => self.c_new(ct, ty, a + 3, 1)?,
                    _ => return Err(Abort::nyi("ffi.cast to this type")),
                }
            }
            _ => return Err(Abort::nyi("call of this ffi function")),
        };
        // REF_NONE: no result (ffi.copy, ffi.fill).
        let results: &[Ref] = if r == REF_NONE { &[] } else { &[r] };
        self.call_done(ins, nargs, results)
    }

    /// The address the `ffi` functions' argument in slot `s` stands for (a
    /// pointer's, an array's, a reference's, a string's unless `writable`).
    fn address_arg(&mut self, ct: &dyn CTypeInfo, s: i32, writable: bool) -> Rec<Ref> {
        let v = self.val(s);
        let addressable = match v.as_cdata() {
            Some(cd) => matches!(
                info_of(ct, cd.ctype())?.shape,
                CtShape::Ptr { .. } | CtShape::Array { .. } | CtShape::Ref { .. }
            ),
            None => v.is_string() && !writable,
        };
        if !addressable {
            return Err(Abort::nyi("ffi function with this address argument"));
        }
        self.cast_bits(ct, s, CScalar::U64)
    }

    /// The size of the string in slot `s` with its terminating zero (what
    /// `ffi.copy` copies without a length), a number.
    fn string_size(&mut self, s: i32) -> Rec<Ref> {
        let r = self.get(s)?;
        let len = self
            .ir
            .emit(Ins::new(IrOp::FLOAD, IrType::Int, r, Field::StrLen as u32))?;
        let n = self
            .ir
            .emit(Ins::new(IrOp::CONV, IrType::Num, len, conv::INT_NUM))?;
        let one = self.ir.knum(1.0);
        Ok(self.ir.emit(Ins::new(IrOp::ADD, IrType::Num, n, one))?)
    }

    /// `ffi.new(ty, ...)` (or `ty(...)`) of a type traces allocate, with the
    /// `nargs` initialisers from slot `first` on: a zeroed object from a
    /// library call, then each initialiser converted and stored. Types whose
    /// metatype has `__new` or `__gc` are left to the interpreter.
    fn c_new(&mut self, ct: &dyn CTypeInfo, ty: u32, first: i32, nargs: i32) -> Rec<Ref> {
        let layout = ct
            .new_layout(ty)
            .ok_or_else(|| Abort::nyi("ffi.new of this type"))?;
        if let Some(mt) = ct.metatable(ty).and_then(|m| m.as_table()) {
            // Not guarded: a metatype's metatable does not change
            // (`metatype_handler`).
            let key = ct
                .new_key()
                .ok_or_else(|| Abort::nyi("ffi.new with a metatype"))?;
            if !mt.get(key).is_nil() || !mt.get(self.mm_name(Mm::Gc)).is_nil() {
                return Err(Abort::nyi(
                    "ffi.new of a type whose metatype has __new or __gc",
                ));
            }
        }
        let n = nargs as usize;
        if n > layout.slots.len() {
            return Err(Abort("too many initializers".into()));
        }
        let values = (0..n)
            .map(|i| self.c_value(ct, first + i as i32, layout.slots[i].0))
            .collect::<Rec<Vec<Ref>>>()?;
        let (kty, ksize) = (self.ir.knum(ty as f64), self.ir.knum(layout.size as f64));
        let cd = self.lib_call(Call::CdataNew, &[kty, ksize], IrType::Cdata, CallHow::NEW)?;
        let p = self.ir.emit(Ins::new(IrOp::XPTR, IrType::Ptr, cd, 0))?;
        let stores: Vec<(Ref, u64)> = match values[..] {
            [v] if layout.fill => layout.slots.iter().map(|&(_, off)| (v, off)).collect(),
            _ => values
                .iter()
                .zip(&layout.slots)
                .map(|(&v, &(_, off))| (v, off))
                .collect(),
        };
        for (v, off) in stores {
            let addr = self.offset_addr(p, off)?;
            self.ir
                .emit(Ins::new(IrOp::XSTORE, IrType::Void, addr, v))?;
        }
        Ok(cd)
    }

    /// The number a boxed scalar cdata (not a 64-bit integer or a bool) in
    /// slot `s` holds, as `tonumber` gives it (None: not such a cdata).
    fn scalar_number(&mut self, ct: &dyn CTypeInfo, s: i32) -> Rec<Option<Ref>> {
        let cd = self.val(s).as_cdata().expect("checked");
        let r = self.cdata_ref(s)?;
        let k = match info_of(ct, cd.ctype())?.shape {
            CtShape::Scalar(k) if !matches!(k, CScalar::I64 | CScalar::U64 | CScalar::Bool) => k,
            _ => return Ok(None),
        };
        if crate::xmem::virtual_cdata(&self.ir, r).is_some() {
            return Ok(None);
        }
        self.guard_ctype(ct, r, cd)?;
        let p = self.ir.emit(Ins::new(IrOp::XPTR, IrType::Ptr, r, 0))?;
        let t = crate::xmem::load_type(k);
        let v = self.ir.emit(Ins::new(IrOp::XLOAD, t, p, k as u32))?;
        Ok(Some(if t == IrType::Int {
            self.ir
                .emit(Ins::new(IrOp::CONV, IrType::Num, v, conv::INT_NUM))?
        } else {
            v
        }))
    }

    /// The guard on a C call's `bool` result `r` in slot `slot`, once the
    /// call ran (LuaJIT's fixed-up guard): the boolean seen is guarded (`r`
    /// nonzero, or zero), and the guard's snapshot, at the instruction after
    /// the call, holds the other boolean, which is the call's result when
    /// the guard fails.
    pub(super) fn fix_bool_result(&mut self, slot: i32, r: Ref) -> Rec<()> {
        let truth = self.val(slot).is_truthy();
        let (seen, other) = if truth {
            (IrType::True, IrType::False)
        } else {
            (IrType::False, IrType::True)
        };
        let kother = self.ir.kpri(other);
        self.set(slot, kother)?;
        let zero = self.ir.kint(0);
        let op = if truth { IrOp::NE } else { IrOp::EQ };
        self.guard_to(Ins::new(op, IrType::Void, r, zero), self.pc)?;
        let kseen = self.ir.kpri(seen);
        self.set(slot, kseen)
    }

    /// The number of arguments of a CALL or CALLM (None: unknown).
    fn c_nargs(&self, ins: BcIns) -> Option<i32> {
        match ins.op() {
            Op::CALLM => Some(ins.c() as i32 + self.cur_multres.unwrap_or(-1000)),
            Op::CALLMT => Some(ins.d() as i32 + self.cur_multres.unwrap_or(-1000)),
            Op::CALLT => Some(ins.d() as i32 - 1),
            _ => Some(ins.c() as i32 - 1),
        }
    }

    /// An extra argument of a vararg C call that is neither a number nor a
    /// boolean: nil as NULL, a string's address, a pointer's or array's
    /// address, an int64_t's bits (other cdata are not recorded).
    fn vararg_bits(&mut self, ct: &dyn CTypeInfo, s: i32) -> Rec<Ref> {
        let v = self.val(s);
        let ok = match v.as_cdata() {
            Some(cd) => matches!(
                info_of(ct, cd.ctype())?.shape,
                CtShape::Ptr { .. }
                    | CtShape::Array { .. }
                    | CtShape::Ref { .. }
                    | CtShape::Scalar(CScalar::I64 | CScalar::U64)
            ),
            None => v.is_nil() || v.is_string(),
        };
        if !ok {
            return Err(Abort::nyi("vararg C call with this argument"));
        }
        self.cast_bits(ct, s, CScalar::U64)
    }

    /// The end of a call (CALL, CALLM; CALLT, CALLMT: a return of its
    /// results) of a function the trace computed in place, with `nargs`
    /// arguments, giving `results`.
    fn call_done(&mut self, ins: BcIns, nargs: i32, results: &[Ref]) -> Rec<()> {
        let a = ins.a() as i32;
        if matches!(ins.op(), Op::CALLT | Op::CALLMT) {
            let results = results.to_vec();
            return self.leave_frame(&mut |_: &mut Self| Ok(results.clone()));
        }
        for s in a..a + 2 + nargs {
            self.set(s, UNSET)?;
        }
        self.multres = None;
        self.place_results(a, ins.b() as i32 - 1, results)?;
        Ok(())
    }

    /// The IR value of the cdata in slot `s`: one the trace loaded (boxed),
    /// or a virtual one it made.
    pub(super) fn cdata_ref(&mut self, s: i32) -> Rec<Ref> {
        let r = match self.slot_ref(s)? {
            UNSET => self.get(s)?,
            r => r,
        };
        if self.ty(r) != IrType::Cdata && crate::xmem::virtual_cdata(&self.ir, r).is_none() {
            return Err(Abort::nyi("cdata of unknown origin"));
        }
        Ok(r)
    }

    /// Guards the C type of the cdata `r` (slot `s`) against the live one
    /// and returns it (a virtual cdata's type folds to a constant).
    pub(super) fn guard_ctype(
        &mut self,
        ct: &dyn CTypeInfo,
        r: Ref,
        cd: Gc<Cdata>,
    ) -> Rec<(u32, CtInfo)> {
        let id = cd.ctype();
        let tid = self.ir.emit(Ins::new(IrOp::XCTYPE, IrType::Int, r, 0))?;
        let kid = self.ir.kint(id as i32);
        if tid != kid {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, tid, kid))?;
        }
        Ok((id, info_of(ct, id)?))
    }

    /// The address a pointer cdata holds, for a dereference: the interpreter's
    /// ffi raises an error for the first page (NULL pointers), so the trace
    /// leaves to it for such a pointer.
    fn deref_addr(&mut self, r: Ref) -> Rec<Ref> {
        let p = self.ir.emit(Ins::new(IrOp::XPTR, IrType::Ptr, r, 1))?;
        let page = self.ir.kptr(NULL_PAGE as usize);
        self.guard(Ins::new(IrOp::UGE, IrType::Void, p, page))?;
        Ok(p)
    }

    /// The C object in slot `s`: a virtual reference, or a cdata guarded on
    /// its C type.
    fn cdata_object(&mut self, ct: &dyn CTypeInfo, s: i32) -> Rec<CObj> {
        let cd = self.val(s).as_cdata().expect("checked");
        let r = self.cdata_ref(s)?;
        if let Some(rty) = crate::xmem::cref_type(&self.ir, r) {
            // A reference the trace made (`a[i]` of a struct array): its
            // address is the value; the interpreter's cdata holds the same.
            let target = match info_of(ct, rty)?.shape {
                CtShape::Ref { target } => target,
                _ => return Err(Abort("bad C reference".into())),
            };
            return Ok(CObj {
                data: r,
                live: stored_addr(cd),
                ty: target,
                info: info_of(ct, target)?,
            });
        }
        let (id, info) = self.guard_ctype(ct, r, cd)?;
        let (held, ty) = match info.shape {
            CtShape::Ptr { .. } => (true, id),
            CtShape::Array { .. } | CtShape::Record => (false, id),
            CtShape::Ref { target } => (true, target),
            _ => return Err(Abort::nyi("indexing a scalar or function cdata")),
        };
        let (data, live) = if held {
            (self.deref_addr(r)?, stored_addr(cd))
        } else {
            let p = self.ir.emit(Ins::new(IrOp::XPTR, IrType::Ptr, r, 0))?;
            (p, cd.data_ptr() as u64)
        };
        let info = if ty == id { info } else { info_of(ct, ty)? };
        Ok(CObj {
            data,
            live,
            ty,
            info,
        })
    }

    /// `obj[key]` of a pointer or array: the element's address (in IR and
    /// now) and type. `slot` holds the key (None: the constant `key`).
    fn element(
        &mut self,
        ct: &dyn CTypeInfo,
        obj: &CObj,
        slot: Option<i32>,
        key: f64,
    ) -> Rec<(Ref, u64, u32)> {
        let elem = match obj.info.shape {
            CtShape::Ptr { elem } | CtShape::Array { elem } => elem,
            _ => return Err(Abort::nyi("indexing a struct with a number")),
        };
        let size = info_of(ct, elem)?.size;
        if size == 0 || size > i32::MAX as u64 {
            return Err(Abort::nyi("element of this size"));
        }
        // The interpreter's index conversion: truncation to 64 bits
        // (out of range gives i64::MIN, as cvttsd2si).
        let idx = if (-9.223372036854776e18..9.223372036854776e18).contains(&key) {
            key as i64
        } else {
            i64::MIN
        };
        let live = obj.live.wrapping_add((idx as u64).wrapping_mul(size));
        let off = match slot {
            Some(s) => {
                let k = self.get(s)?;
                if self.ty(k) != IrType::Num {
                    return Err(Abort::nyi("cdata indexed with a non-number"));
                }
                self.ir
                    .emit(Ins::new(IrOp::XSCALE, IrType::Ptr, k, size as u32))?
            }
            None => {
                let off = i32::try_from(idx * size as i64)
                    .map_err(|_| Abort::nyi("constant element offset beyond 2 GB"))?;
                self.ir.kint(off)
            }
        };
        let addr = self
            .ir
            .emit(Ins::new(IrOp::XADD, IrType::Ptr, obj.data, off))?;
        Ok((addr, live, elem))
    }

    /// The bit field `name` of the struct `obj` is or points to, if it is one
    /// traces handle.
    fn bit_field_of(
        &mut self,
        ct: &dyn CTypeInfo,
        obj: &CObj,
        name: &[u8],
    ) -> Rec<Option<CBitField>> {
        let rec = match obj.info.shape {
            CtShape::Record => obj.ty,
            CtShape::Ptr { elem } if info_of(ct, elem)?.shape == CtShape::Record => elem,
            _ => return Ok(None),
        };
        Ok(ct.bit_field(rec, name))
    }

    /// The storage unit of bit field `bf` of `obj`: its address and 32 bits.
    fn bits_unit(&mut self, obj: &CObj, bf: CBitField) -> Rec<(Ref, Ref)> {
        let addr = self.offset_addr(obj.data, bf.offset)?;
        let x = self
            .ir
            .emit(Ins::new(IrOp::XLOAD, IrType::Int, addr, bf.unit as u32))?;
        Ok((addr, x))
    }

    /// The Lua value of bit field `bf` of `obj` (as mem::read_bits reads
    /// it): a number, sign-extended for signed fields, or a boolean (the
    /// one the interpreter will see, guarded).
    fn bits_load(&mut self, ct: &dyn CTypeInfo, obj: &CObj, bf: CBitField) -> Rec<Ref> {
        let (_, x) = self.bits_unit(obj, bf)?;
        let shift = |r: &mut Self, op: IrOp, v: Ref, n: u32| -> Rec<Ref> {
            let k = r.ir.kint(n as i32);
            Ok(r.ir.emit(Ins::new(op, IrType::Int, v, k))?)
        };
        let mask = ((1u64 << bf.width) - 1) as i32;
        if bf.is_bool {
            if bf.pos + bf.width > 8 {
                return Err(Abort::nyi("bool bit field across bytes"));
            }
            let byte = ct
                .read_byte(obj.live.wrapping_add(bf.offset))
                .ok_or_else(|| Abort("unreadable C bool".into()))?;
            let truth = (byte >> bf.pos) as i32 & mask != 0;
            let v = shift(self, IrOp::BSHR, x, bf.pos)?;
            let k = self.ir.kint(mask);
            let v = self.ir.emit(Ins::new(IrOp::BAND, IrType::Int, v, k))?;
            return self.guard_truth(v, truth);
        }
        let v = if bf.signed {
            let v = shift(self, IrOp::BSHL, x, 32 - bf.pos - bf.width)?;
            shift(self, IrOp::BSAR, v, 32 - bf.width)?
        } else {
            let v = shift(self, IrOp::BSHR, x, bf.pos)?;
            let k = self.ir.kint(mask);
            self.ir.emit(Ins::new(IrOp::BAND, IrType::Int, v, k))?
        };
        Ok(self
            .ir
            .emit(Ins::new(IrOp::CONV, IrType::Num, v, conv::INT_NUM))?)
    }

    /// Stores the value in slot `a` into bit field `bf` of `obj` (as
    /// mem::write_bits does: the other bits of the unit kept): a number
    /// (truncated to 64 bits, then to the field's width) or, for a bool
    /// field, a boolean.
    fn bits_store(&mut self, ct: &dyn CTypeInfo, obj: &CObj, bf: CBitField, a: i32) -> Rec<()> {
        if bf.is_const {
            return Err(Abort("store to a constant C location".into()));
        }
        let v = if bf.is_bool {
            let r = self.get(a)?;
            match self.ty(r) {
                IrType::True => self.ir.kint(1),
                IrType::False => self.ir.kint(0),
                _ => return Err(Abort::nyi("store of a non-boolean into a bool bit field")),
            }
        } else {
            if !self.val(a).is_number() {
                return Err(Abort::nyi("store of a non-number into a bit field"));
            }
            let v = self.c_value(ct, a, CScalar::I64)?;
            let k = CScalar::I32;
            self.ir
                .emit(Ins::new(IrOp::XCONV, IrType::Int, v, k as u32))?
        };
        let (addr, x) = self.bits_unit(obj, bf)?;
        let field = (((1u64 << bf.width) - 1) << bf.pos) as u32 as i32;
        let (kpos, kfield, kkeep) = (
            self.ir.kint(bf.pos as i32),
            self.ir.kint(field),
            self.ir.kint(!field),
        );
        let kept = self.ir.emit(Ins::new(IrOp::BAND, IrType::Int, x, kkeep))?;
        let moved = self.ir.emit(Ins::new(IrOp::BSHL, IrType::Int, v, kpos))?;
        let moved = self
            .ir
            .emit(Ins::new(IrOp::BAND, IrType::Int, moved, kfield))?;
        let word = self
            .ir
            .emit(Ins::new(IrOp::BOR, IrType::Int, kept, moved))?;
        let word = self
            .ir
            .emit(Ins::new(IrOp::XCONV, IrType::Int, word, bf.unit as u32))?;
        self.ir
            .emit(Ins::new(IrOp::XSTORE, IrType::Void, addr, word))?;
        Ok(())
    }

    /// The address `off` bytes past `base` (a constant offset).
    fn offset_addr(&mut self, base: Ref, off: u64) -> Rec<Ref> {
        if off == 0 {
            return Ok(base);
        }
        let off = i32::try_from(off).map_err(|_| Abort::nyi("member offset beyond 2 GB"))?;
        let k = self.ir.kint(off);
        Ok(self.ir.emit(Ins::new(IrOp::XADD, IrType::Ptr, base, k))?)
    }

    /// `obj.name` of a struct, or of a pointer to or reference to one.
    fn member(&mut self, ct: &dyn CTypeInfo, obj: &CObj, name: &[u8]) -> Rec<(Ref, u64, u32)> {
        let rec = match obj.info.shape {
            CtShape::Record => obj.ty,
            CtShape::Ptr { elem } if info_of(ct, elem)?.shape == CtShape::Record => elem,
            _ => return Err(Abort::nyi("member of a non-struct cdata")),
        };
        let Some((fty, off)) = ct.field(rec, name) else {
            return Err(Abort::nyi("cdata key that is not a member (metatype)"));
        };
        let addr = self.offset_addr(obj.data, off)?;
        Ok((addr, obj.live.wrapping_add(off), fty))
    }

    /// The Lua value of the C object of type `ty` at `addr` (`live` now).
    fn c_load(&mut self, ct: &dyn CTypeInfo, addr: Ref, live: u64, ty: u32) -> Rec<Ref> {
        let info = info_of(ct, ty)?;
        let k = match info.shape {
            CtShape::Scalar(k) => k,
            CtShape::Array { .. } | CtShape::Record => {
                let rty = ct
                    .ref_to(ty)
                    .ok_or_else(|| Abort("C type table unavailable".into()))?;
                return Ok(self.ir.emit(Ins::new(IrOp::CREF, IrType::Ptr, addr, rty))?);
            }
            CtShape::Ptr { .. } => {
                // A pointer cdata of the member's or element's type.
                let u64k = CScalar::U64 as u32;
                let v = self
                    .ir
                    .emit(Ins::new(IrOp::XLOAD, IrType::Ptr, addr, u64k))?;
                return Ok(self.ir.emit(Ins::new(IrOp::CNEWI, IrType::Ptr, v, ty))?);
            }
            _ => return Err(Abort::nyi("load of this C type")),
        };
        if matches!(k, CScalar::I64 | CScalar::U64) {
            // A boxed 64-bit integer (int64_t or uint64_t, whatever the
            // declared type's name).
            let v = self.ir.emit(Ins::new(
                IrOp::XLOAD,
                crate::xmem::load_type(k),
                addr,
                k as u32,
            ))?;
            return self.box_int(v, k == CScalar::U64);
        }
        let t = crate::xmem::load_type(k);
        let v = self.ir.emit(Ins::new(IrOp::XLOAD, t, addr, k as u32))?;
        if k == CScalar::Bool {
            // A Lua boolean: specialise on the one the interpreter will see.
            let b = ct
                .read_byte(live)
                .ok_or_else(|| Abort("unreadable C bool".into()))?;
            return self.guard_truth(v, b != 0);
        }
        if t == IrType::Int {
            return Ok(self
                .ir
                .emit(Ins::new(IrOp::CONV, IrType::Num, v, conv::INT_NUM))?);
        }
        Ok(v)
    }

    /// The Lua boolean a C bool `v` (an int) is now, `truth`: guarded
    /// (nonzero or zero), a constant.
    fn guard_truth(&mut self, v: Ref, truth: bool) -> Rec<Ref> {
        let zero = self.ir.kint(0);
        let cmp = if truth { IrOp::NE } else { IrOp::EQ };
        self.guard(Ins::new(cmp, IrType::Void, v, zero))?;
        Ok(self
            .ir
            .kpri(if truth { IrType::True } else { IrType::False }))
    }

    /// Converts the Lua value in slot `s` to C scalar kind `k` (XCONV).
    fn c_value(&mut self, ct: &dyn CTypeInfo, s: i32, k: CScalar) -> Rec<Ref> {
        let src = if self.val(s).is_cdata() {
            // A 64-bit integer: its low bits, or converted to a float.
            match self.operand(ct, Src::Slot(s))? {
                COp::Int(v, _, unsigned)
                    if k != CScalar::Bool
                        && !(unsigned && matches!(k, CScalar::F32 | CScalar::F64)) =>
                {
                    v
                }
                _ => return Err(Abort::nyi("conversion of this cdata to a C type")),
            }
        } else {
            let v = self.get(s)?;
            match self.ty(v) {
                IrType::Num if k != CScalar::Bool => v,
                IrType::True | IrType::False if k == CScalar::Bool => {
                    self.ir.kint((self.ty(v) == IrType::True) as i32)
                }
                _ => return Err(Abort::nyi("conversion of this value to a C type")),
            }
        };
        let t = crate::xmem::conv_type(k);
        Ok(self.ir.emit(Ins::new(IrOp::XCONV, t, src, k as u32))?)
    }

    /// The address the Lua value in slot `s` converts to for a pointer of
    /// type `to` (a C call's argument, a store), as the ffi converts without
    /// a cast: nil is NULL, a string its bytes (for `const char *` and
    /// `void *`), a cdata pointer, array or struct its address when the
    /// pointee is compatible.
    fn c_pointer(&mut self, ct: &dyn CTypeInfo, s: i32, to: u32) -> Rec<Ref> {
        let v = self.val(s);
        if v.is_nil() {
            self.get(s)?;
            return Ok(self.ir.kptr(0));
        }
        if v.as_str().is_some() {
            if !ct.string_converts_to(to) {
                return Err(Abort::nyi("string to this pointer type"));
            }
            let r = self.get(s)?;
            let off = self.ir.kint(lunavm_vm::layout::STR_DATA as i32);
            return Ok(self.ir.emit(Ins::new(IrOp::XADD, IrType::Ptr, r, off))?);
        }
        let Some(cd) = v.as_cdata() else {
            return Err(Abort::nyi("conversion of this value to a pointer"));
        };
        let r = self.cdata_ref(s)?;
        if let Some(rty) = crate::xmem::cref_type(&self.ir, r) {
            let CtShape::Ref { target } = info_of(ct, rty)?.shape else {
                return Err(Abort("bad C reference".into()));
            };
            if !ct.converts_to_pointer(target, to) {
                return Err(Abort::nyi("conversion of this cdata to a pointer"));
            }
            return Ok(self.ir.emit(Ins::new(IrOp::XPTR, IrType::Ptr, r, 1))?);
        }
        let (id, info) = self.guard_ctype(ct, r, cd)?;
        if !ct.converts_to_pointer(id, to) {
            return Err(Abort::nyi("conversion of this cdata to a pointer"));
        }
        let held = match info.shape {
            CtShape::Ptr { .. } => 1,
            CtShape::Array { .. } | CtShape::Record => 0,
            _ => return Err(Abort::nyi("conversion of this cdata to a pointer")),
        };
        Ok(self.ir.emit(Ins::new(IrOp::XPTR, IrType::Ptr, r, held))?)
    }

    /// A boxed `int64_t` or `uint64_t` of the 64-bit IR value `v` (virtual).
    fn box_int(&mut self, v: Ref, unsigned: bool) -> Rec<Ref> {
        let id = if unsigned { CTYPE_UINT64 } else { CTYPE_INT64 };
        Ok(self.ir.emit(Ins::new(IrOp::CNEWI, IrType::Ptr, v, id))?)
    }

    /// An operand of cdata arithmetic or comparison: numbers, nil, and
    /// cdata holding 64-bit integers or addresses (each guarded on its type).
    fn operand(&mut self, ct: &dyn CTypeInfo, src: Src) -> Rec<COp> {
        let s = match src {
            Src::Num(n) => return Ok(COp::Num(self.ir.knum(n), n)),
            Src::Nil => return Ok(COp::Nil),
            Src::Slot(s) => s,
        };
        let v = self.val(s);
        if v.is_number() {
            return Ok(COp::Num(self.get(s)?, v.as_f64()));
        }
        if v.is_nil() {
            self.get(s)?;
            return Ok(COp::Nil);
        }
        let Some(cd) = v.as_cdata() else {
            return Err(Abort::nyi(
                "cdata arithmetic or comparison with a non-number",
            ));
        };
        let r = self.cdata_ref(s)?;
        if crate::xmem::cref_type(&self.ir, r).is_some() {
            return Err(Abort::nyi("arithmetic or comparison of a cdata reference"));
        }
        if ct.has_metatype(cd.ctype()) {
            return Err(Abort::nyi(
                "arithmetic or comparison of a cdata with a metatype",
            ));
        }
        let (_, info) = self.guard_ctype(ct, r, cd)?;
        Ok(match info.shape {
            CtShape::Scalar(k @ (CScalar::I64 | CScalar::U64)) => {
                let t = crate::xmem::load_type(k);
                let x = self.ir.emit(Ins::new(IrOp::XPTR, t, r, 1))?;
                COp::Int(x, stored_addr(cd), k == CScalar::U64)
            }
            CtShape::Ptr { elem } => {
                let x = self.ir.emit(Ins::new(IrOp::XPTR, IrType::Ptr, r, 1))?;
                COp::Ptr(x, stored_addr(cd), elem)
            }
            CtShape::Array { elem } => {
                let x = self.ir.emit(Ins::new(IrOp::XPTR, IrType::Ptr, r, 0))?;
                COp::Ptr(x, cd.data_ptr() as u64, elem)
            }
            _ => return Err(Abort::nyi("arithmetic or comparison of this cdata")),
        })
    }

    /// A number operand as a 64-bit integer (the ffi's conversions).
    fn int_operand(&mut self, o: COp, unsigned: bool) -> Rec<(Ref, u64)> {
        Ok(match o {
            COp::Int(v, live, _) => (v, live),
            COp::Num(v, n) => {
                let (k, live) = if unsigned {
                    (CScalar::U64, num2u64(n))
                } else {
                    (CScalar::I64, num2i64(n) as u64)
                };
                let t = crate::xmem::conv_type(k);
                let x = self.ir.emit(Ins::new(IrOp::XCONV, t, v, k as u32))?;
                (x, live)
            }
            _ => unreachable!("a number operand"),
        })
    }

    /// `x op y` with a cdata operand (`kind`: 0 add, 1 sub, 2 mul, 3 div,
    /// 4 mod, 5 pow), as the ffi computes it: pointer plus or minus an
    /// integer, the difference of two pointers (a number), and 64-bit
    /// integer arithmetic (`uint64_t` when either operand is; division and
    /// remainder truncate, a zero divisor gives 0x8000000000000000). The
    /// result goes into slot `a`.
    fn c_arith(&mut self, vm: &Vm, a: i32, kind: u8, x: Src, y: Src) -> Rec<()> {
        let ct = ctinfo(vm)?;
        let ct = &*ct;
        let mm = [Mm::Add, Mm::Sub, Mm::Mul, Mm::Div, Mm::Mod, Mm::Pow][kind as usize];
        if self.metatype_arith(ct, a, mm, x, y)? {
            return Ok(());
        }
        let (ox, oy) = (self.operand(ct, x)?, self.operand(ct, y)?);
        let r = match (ox, oy) {
            (COp::Ptr(p, _, t), COp::Ptr(q, _, u)) if kind == 1 => {
                let size = info_of(ct, t)?.size;
                if t != u || !size.is_power_of_two() {
                    return Err(Abort::nyi("difference of these pointers"));
                }
                let d = self.ir.emit(Ins::new(IrOp::XSUB, IrType::I64, p, q))?;
                let shift = size.trailing_zeros();
                let d = self.ir.emit(Ins::new(IrOp::XSAR, IrType::I64, d, shift))?;
                self.ir.emit(Ins::new(IrOp::XNUM, IrType::Num, d, 0))?
            }
            (COp::Ptr(p, _, t), n @ (COp::Int(..) | COp::Num(..)))
            | (n @ (COp::Int(..) | COp::Num(..)), COp::Ptr(p, _, t))
                if kind == 0 || (kind == 1 && matches!(ox, COp::Ptr(..))) =>
            {
                let size = info_of(ct, t)?.size;
                if size == 0 || size > i32::MAX as u64 {
                    return Err(Abort::nyi("pointer arithmetic on this type"));
                }
                let off = match n {
                    // num2i64(-n) is -num2i64(n), i64::MIN included.
                    COp::Num(v, _) => {
                        let v = if kind == 1 {
                            let mask = self.ir.knum(-0.0);
                            self.ir.emit(Ins::new(IrOp::NEG, IrType::Num, v, mask))?
                        } else {
                            v
                        };
                        self.ir
                            .emit(Ins::new(IrOp::XSCALE, IrType::Ptr, v, size as u32))?
                    }
                    COp::Int(v, _, _) => {
                        let v = if kind == 1 {
                            let zero = self.ir.kptr(0);
                            self.ir.emit(Ins::new(IrOp::XSUB, IrType::I64, zero, v))?
                        } else {
                            v
                        };
                        let k = self.ir.kptr(size as usize);
                        self.ir.emit(Ins::new(IrOp::XMUL, IrType::I64, v, k))?
                    }
                    _ => unreachable!(),
                };
                let addr = self.ir.emit(Ins::new(IrOp::XADD, IrType::Ptr, p, off))?;
                let pty = ct
                    .pointer_to(t)
                    .ok_or_else(|| Abort("C type table unavailable".into()))?;
                self.ir
                    .emit(Ins::new(IrOp::CNEWI, IrType::Ptr, addr, pty))?
            }
            (COp::Int(..) | COp::Num(..), COp::Int(..) | COp::Num(..)) => {
                let unsigned =
                    matches!(ox, COp::Int(_, _, true)) || matches!(oy, COp::Int(_, _, true));
                let ((vx, _), (vy, ly)) = (
                    self.int_operand(ox, unsigned)?,
                    self.int_operand(oy, unsigned)?,
                );
                let t = if unsigned { IrType::U64 } else { IrType::I64 };
                let zero = self.ir.kptr(0);
                let v = match kind {
                    0..=2 => {
                        let op = [IrOp::XADD, IrOp::XSUB, IrOp::XMUL][kind as usize];
                        self.ir.emit(Ins::new(op, t, vx, vy))?
                    }
                    5 => self.ir.emit(Ins::new(IrOp::XPOW, t, vx, vy))?,
                    _ if ly == 0 => {
                        // The ffi's result for a zero divisor (no error),
                        // guarded: the trace exits when the divisor is not 0.
                        if vy != zero {
                            self.guard(Ins::new(IrOp::EQ, IrType::Void, vy, zero))?;
                        }
                        self.ir.kptr(i64::MIN as u64 as usize)
                    }
                    _ => {
                        // A zero divisor exits (the interpreter gives the
                        // ffi's result); x / -1 wraps in the machine code.
                        if !is_const(vy) {
                            self.guard(Ins::new(IrOp::NE, IrType::Void, vy, zero))?;
                        }
                        let op = if kind == 3 { IrOp::XDIV } else { IrOp::XMOD };
                        self.ir.emit(Ins::new(op, t, vx, vy))?
                    }
                };
                self.box_int(v, unsigned)?
            }
            _ => return Err(Abort::nyi("arithmetic on these cdata")),
        };
        self.set(a, r)
    }

    /// A comparison (`op`, followed by its JMP) with a cdata operand:
    /// addresses (nil is NULL) unsigned, 64-bit integers signed or unsigned
    /// (`uint64_t` when either is), numbers converted to them. The outcome
    /// seen is guarded; the other one exits to its branch.
    fn c_compare(&mut self, vm: &Vm, op: Op, x: Src, y: Src) -> Rec<()> {
        let ct = ctinfo(vm)?;
        let ct = &*ct;
        if self.metatype_compare(ct, op, x, y)? {
            return Ok(());
        }
        let eq = matches!(op, Op::ISEQV | Op::ISEQN | Op::ISEQP);
        let equality = eq || matches!(op, Op::ISNEV | Op::ISNEN | Op::ISNEP);
        let (ox, oy) = (self.operand(ct, x)?, self.operand(ct, y)?);
        let ((vx, lx), (vy, ly), unsigned) = match (ox, oy) {
            (COp::Ptr(..) | COp::Nil, COp::Ptr(..) | COp::Nil) => {
                let addr = |o: COp, ir: &mut crate::irbuf::Ir| match o {
                    COp::Ptr(v, live, _) => (v, live),
                    _ => (ir.kptr(0), 0),
                };
                (addr(ox, &mut self.ir), addr(oy, &mut self.ir), true)
            }
            (COp::Int(..) | COp::Num(..), COp::Int(..) | COp::Num(..)) => {
                let unsigned =
                    matches!(ox, COp::Int(_, _, true)) || matches!(oy, COp::Int(_, _, true));
                (
                    self.int_operand(ox, unsigned)?,
                    self.int_operand(oy, unsigned)?,
                    unsigned,
                )
            }
            (COp::Int(..), COp::Nil) | (COp::Nil, COp::Int(..)) if equality => {
                // Never equal (an integer is no pointer): the types, guarded
                // already, decide.
                return Ok(());
            }
            _ => return Err(Abort::nyi("comparison of these cdata")),
        };
        let (not_taken, taken) = self.branch_targets();
        if equality {
            let same = lx == ly;
            let holds = same == eq;
            let irop = if same { IrOp::EQ } else { IrOp::NE };
            let exit = if holds { not_taken } else { taken };
            self.guard_to(Ins::new(irop, IrType::Void, vx, vy), exit)?;
            return Ok(());
        }
        let (lt, le) = if unsigned {
            (lx < ly, lx <= ly)
        } else {
            ((lx as i64) < ly as i64, lx as i64 <= ly as i64)
        };
        // Integer comparisons: LT..GT signed, ULT..UGT unsigned; each with
        // the one that holds when it does not.
        let (irop, inverse, holds) = match op {
            Op::ISLT => (IrOp::LT, IrOp::GE, lt),
            Op::ISGE => (IrOp::GE, IrOp::LT, !lt),
            Op::ISLE => (IrOp::LE, IrOp::GT, le),
            _ => (IrOp::GT, IrOp::LE, !le),
        };
        let unsigned_of = |o: IrOp| match o {
            IrOp::LT => IrOp::ULT,
            IrOp::GE => IrOp::UGE,
            IrOp::LE => IrOp::ULE,
            _ => IrOp::UGT,
        };
        let (irop, inverse) = if unsigned {
            (unsigned_of(irop), unsigned_of(inverse))
        } else {
            (irop, inverse)
        };
        if holds {
            self.guard_to(Ins::new(irop, IrType::Void, vx, vy), not_taken)?;
        } else {
            self.guard_to(Ins::new(inverse, IrType::Void, vx, vy), taken)?;
        }
        Ok(())
    }

    /// Stores the value in slot `a` into the C object of type `ty` at `addr`.
    fn c_store(&mut self, ct: &dyn CTypeInfo, addr: Ref, ty: u32, a: i32) -> Rec<()> {
        let info = info_of(ct, ty)?;
        if info.is_const {
            return Err(Abort("store to a constant C location".into()));
        }
        let x = match info.shape {
            CtShape::Scalar(k) => self.c_value(ct, a, k)?,
            CtShape::Ptr { .. } => {
                let p = self.c_pointer(ct, a, ty)?;
                let k = CScalar::U64;
                self.ir.emit(Ins::new(
                    IrOp::XCONV,
                    crate::xmem::conv_type(k),
                    p,
                    k as u32,
                ))?
            }
            _ => return Err(Abort::nyi("store of this C type")),
        };
        self.ir
            .emit(Ins::new(IrOp::XSTORE, IrType::Void, addr, x))?;
        Ok(())
    }

    /// CALL of a C function cdata: a direct call of its address.
    fn c_call(&mut self, ct: &dyn CTypeInfo, ins: BcIns) -> Rec<()> {
        let a = ins.a() as i32;
        let nargs = match ins.op() {
            Op::CALL | Op::CALLT => self.c_nargs(ins).expect("a fixed count"),
            _ => return Err(Abort::nyi("C call with variable arguments")),
        };
        let fv = self.val(a);
        let cd = fv.as_cdata().expect("checked");
        // A function looked up in the trace (`C.name`) is a constant
        // already; another one is specialised on below.
        let known = crate::xmem::cref_type(&self.ir, self.slot_ref(a)?).is_some();
        if !known && crate::xmem::virtual_cdata(&self.ir, self.slot_ref(a)?).is_some() {
            return Err(Abort::nyi("call through a computed function pointer"));
        }
        // A C function, or a pointer to one (called at the address it holds;
        // the identity guard below fixes that address too).
        let f = match info_of(ct, cd.ctype())?.shape {
            CtShape::Func(f) => f,
            CtShape::Ptr { elem } => match info_of(ct, elem)?.shape {
                CtShape::Func(f) => f,
                _ => return Err(Abort::nyi("call of a cdata that is not a C function")),
            },
            _ => return Err(Abort::nyi("call of a cdata that is not a C function")),
        };
        if f.params.len() > nargs as usize || (!f.varargs && f.params.len() != nargs as usize) {
            return Err(Abort::nyi("C call with a different number of arguments"));
        }
        // A vararg function's extra arguments, promoted as the ffi passes
        // them (call.rs `vararg_type`): numbers as doubles, booleans as
        // ints, anything else as the 64 bits `ffi.cast` would make of it (a
        // string's or pointer's address, an int64_t; `Other` here).
        let mut kinds = f.params.clone();
        for s in a + 2 + f.params.len() as i32..a + 2 + nargs {
            let v = self.val(s);
            kinds.push(if v.is_number() {
                CArg::Scalar(CScalar::F64)
            } else if v.is_bool() {
                CArg::Scalar(CScalar::Bool)
            } else {
                CArg::Other
            });
        }
        // The result's kind (pointers come back as the 64 bits of rax).
        let ret = match f.ret {
            CArg::Void => None,
            // A Lua boolean when it is one result (guarded once the call
            // ran), nothing when it is dropped.
            CArg::Scalar(CScalar::Bool) if ins.op() == Op::CALL && ins.b() <= 2 => {
                Some((CScalar::U8, IrType::Int))
            }
            CArg::Scalar(CScalar::Bool) => return Err(Abort::nyi("C call with a bool result")),
            CArg::Scalar(k) => Some((k, crate::xmem::load_type(k))),
            CArg::Ptr(_) => Some((CScalar::U64, IrType::Ptr)),
            CArg::Other => return Err(Abort::nyi("C call with an aggregate result")),
        };
        // Registers first: nothing is emitted for a call that aborts.
        let (mut ngpr, mut nfpr) = (0, 0);
        let mut regs = Vec::with_capacity(kinds.len());
        for (i, p) in kinds.iter().enumerate() {
            let fp = matches!(p, CArg::Scalar(CScalar::F32 | CScalar::F64));
            if i < f.params.len() && matches!(p, CArg::Void | CArg::Other) {
                return Err(Abort::nyi("C call with an aggregate argument"));
            }
            let reg = if fp {
                nfpr += 1;
                MAX_GPR_ARGS + nfpr - 1
            } else {
                ngpr += 1;
                ngpr - 1
            };
            regs.push((*p, reg));
        }
        if ngpr > MAX_GPR_ARGS || nfpr > MAX_FPR_ARGS {
            return Err(Abort::nyi("C call with arguments on the stack"));
        }
        let addr = stored_addr(cd);
        if addr < NULL_PAGE {
            return Err(Abort("call of a NULL C function".into()));
        }
        // Specialise on the function's type and address (not the object's
        // identity: a side trace's entry boxes a function its parent kept
        // virtual afresh each time).
        if !known {
            let fr = self.get(a)?;
            self.guard_ctype(ct, fr, cd)?;
            let p = self.ir.emit(Ins::new(IrOp::XPTR, IrType::Ptr, fr, 1))?;
            let k = self.ir.kptr(addr as usize);
            if p != k {
                self.guard(Ins::new(IrOp::EQ, IrType::Void, p, k))?;
            }
        }
        let conv: Vec<Ref> = regs
            .iter()
            .enumerate()
            .map(|(i, &(p, _))| {
                let s = a + 2 + i as i32;
                match p {
                    CArg::Scalar(k) => self.c_value(ct, s, k),
                    CArg::Ptr(to) => self.c_pointer(ct, s, to),
                    CArg::Other => self.vararg_bits(ct, s),
                    CArg::Void => unreachable!("checked above"),
                }
            })
            .collect::<Rec<_>>()?;
        let mut mask = 0u32;
        for (&x, &(_, reg)) in conv.iter().zip(&regs) {
            self.ir.emit(Ins::new(IrOp::XARG, IrType::Void, x, reg))?;
            mask |= 1 << reg;
        }
        let func = self.ir.kptr(addr as usize);
        let t = ret.map_or(IrType::Void, |(_, t)| t);
        let lit = ret.map_or(0, |(k, _)| k as u32 + 1) | mask << 4;
        let r = self.ir.emit(Ins::new(IrOp::CALLXS, t, func, lit))?;
        // C's stdout may hold output now: Lua's next write flushes it first
        // (`Vm::write_stdout`); Lua's own is flushed as the trace is entered.
        self.calls_c = true;
        let flag = self.ir.kptr(self.c_output_flag);
        let one = self.ir.kint(1);
        let one = self
            .ir
            .emit(Ins::new(IrOp::XCONV, IrType::Int, one, CScalar::U8 as u32))?;
        self.ir
            .emit(Ins::new(IrOp::XSTORE, IrType::Void, flag, one))?;
        // errno as the call left it, for `ffi.errno` (the interpreter saves
        // it right after its calls too).
        if let Some((from, to)) = ct.errno_slots() {
            let (from, to) = (self.ir.kptr(from), self.ir.kptr(to));
            self.ir
                .emit(Ins::new(IrOp::XERRNO, IrType::Void, from, to))?;
        }
        let mut results = Vec::new();
        match (ret, f.ret) {
            (None, _) => {}
            (_, CArg::Scalar(CScalar::Bool)) if ins.b() == 2 => {
                self.bool_result = Some((a, r));
                results.push(self.ir.kpri(IrType::True));
            }
            (_, CArg::Scalar(CScalar::Bool)) => {}
            (_, CArg::Ptr(rty)) => {
                results.push(self.ir.emit(Ins::new(IrOp::CNEWI, IrType::Ptr, r, rty))?);
            }
            (Some((k @ (CScalar::I64 | CScalar::U64), _)), _) => {
                results.push(self.box_int(r, k == CScalar::U64)?);
            }
            (Some((_, IrType::Int)), _) => {
                results.push(
                    self.ir
                        .emit(Ins::new(IrOp::CONV, IrType::Num, r, conv::INT_NUM))?,
                );
            }
            (Some(_), _) => results.push(r),
        }
        self.call_done(ins, nargs, &results)
    }
}
