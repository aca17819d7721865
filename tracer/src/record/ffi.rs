//! Recording cdata (LuaJIT's lj_crecord): element and member loads and
//! stores of C scalars, and calls of C functions with scalar prototypes as
//! direct native calls.
//!
//! The C type table belongs to the ffi crate; the recorder asks it through
//! the VM's `CTypeInfo` (`lunavm_vm::ctinfo`). A cdata in a slot is
//! specialised on its C type id (`XCTYPE` guarded against a constant), so
//! everything derived from the type (element size, member offsets, the
//! prototype) is a constant in the trace. Addresses are `XPTR` (the cdata's
//! payload, or the pointer it holds) plus `XADD` offsets: an `XSCALE`d index
//! or a constant. Results become Lua numbers as the interpreter's `ffi`
//! converts them; aggregates (`a[i]` of a struct array) become `CREF`, a
//! reference the trace keeps virtual and an exit turns into a cdata.

use super::*;
use lunavm_vm::cdata::Cdata;
use lunavm_vm::ctinfo::{CArg, CScalar, CTypeInfo, CtInfo, CtShape};
use std::rc::Rc;

/// Argument registers of the System V ABI the trace stages arguments for.
const MAX_GPR_ARGS: u32 = 6;
const MAX_FPR_ARGS: u32 = 8;
/// Addresses below this are NULL pointers for the interpreter's ffi.
const NULL_PAGE: u64 = 4096;

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

fn info_of(ct: &dyn CTypeInfo, ty: u32) -> Rec<CtInfo> {
    ct.info(ty)
        .ok_or_else(|| Abort("C type table unavailable".into()))
}

impl Recorder {
    /// Records `ins` if it indexes or calls cdata; returns whether it did.
    pub(super) fn record_ffi(&mut self, vm: &Vm, ins: BcIns, op: Op) -> Rec<bool> {
        let (a, b, c) = (ins.a() as i32, ins.b() as i32, ins.c() as i32);
        match op {
            Op::MOV => {
                // A copy of a virtual reference stays virtual.
                let r = self.slot_ref(ins.d() as i32)?;
                if crate::xmem::cref_type(&self.ir, r).is_none() {
                    return Ok(false);
                }
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
                        let name = key.as_str().ok_or_else(|| Abort("bad key".into()))?;
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
            Op::CALL if self.val(a).is_cdata() => {
                let ct = ctinfo(vm)?;
                self.c_call(&*ct, ins)?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// The C object in slot `s`: a virtual reference, or a cdata guarded on
    /// its C type.
    fn cdata_object(&mut self, ct: &dyn CTypeInfo, s: i32) -> Rec<CObj> {
        let cd = self.val(s).as_cdata().expect("checked");
        let r = match self.slot_ref(s)? {
            UNSET => self.get(s)?,
            r => r,
        };
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
        if self.ty(r) != IrType::Cdata {
            return Err(Abort::nyi("cdata of unknown origin"));
        }
        let id = cd.ctype();
        let tid = self.ir.emit(Ins::new(IrOp::XCTYPE, IrType::Int, r, 0))?;
        let kid = self.ir.kint(id as i32);
        self.guard(Ins::new(IrOp::EQ, IrType::Void, tid, kid))?;
        let info = info_of(ct, id)?;
        let (held, ty) = match info.shape {
            CtShape::Ptr { .. } => (true, id),
            CtShape::Array { .. } | CtShape::Record => (false, id),
            CtShape::Ref { target } => (true, target),
            _ => return Err(Abort::nyi("indexing a scalar or function cdata")),
        };
        let xptr = Ins::new(IrOp::XPTR, IrType::Ptr, r, held as u32);
        let data = if held {
            // The interpreter's ffi raises an error for the first page (NULL
            // pointers): the trace leaves to it for such a pointer.
            self.guard(xptr)?
        } else {
            self.ir.emit(xptr)?
        };
        let live = if held {
            stored_addr(cd)
        } else {
            cd.data_ptr() as u64
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
        if off > i32::MAX as u64 {
            return Err(Abort::nyi("member offset beyond 2 GB"));
        }
        let addr = if off == 0 {
            obj.data
        } else {
            let k = self.ir.kint(off as i32);
            self.ir
                .emit(Ins::new(IrOp::XADD, IrType::Ptr, obj.data, k))?
        };
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
            CtShape::Ptr { .. } => return Err(Abort::nyi("64-bit cdata result (pointer)")),
            _ => return Err(Abort::nyi("load of this C type")),
        };
        if matches!(k, CScalar::I64 | CScalar::U64) {
            return Err(Abort::nyi("64-bit cdata result"));
        }
        let t = crate::xmem::load_type(k);
        let v = self.ir.emit(Ins::new(IrOp::XLOAD, t, addr, k as u32))?;
        if k == CScalar::Bool {
            // A Lua boolean: specialise on the one the interpreter will see.
            let b = ct
                .read_byte(live)
                .ok_or_else(|| Abort("unreadable C bool".into()))?;
            let truth = b & 1 != 0;
            let zero = self.ir.kint(0);
            let cmp = if truth { IrOp::NE } else { IrOp::EQ };
            self.guard(Ins::new(cmp, IrType::Void, v, zero))?;
            return Ok(self
                .ir
                .kpri(if truth { IrType::True } else { IrType::False }));
        }
        if t == IrType::Int {
            return Ok(self
                .ir
                .emit(Ins::new(IrOp::CONV, IrType::Num, v, conv::INT_NUM))?);
        }
        Ok(v)
    }

    /// Converts the Lua value in slot `s` to C scalar kind `k` (XCONV).
    fn c_value(&mut self, s: i32, k: CScalar) -> Rec<Ref> {
        let v = self.get(s)?;
        let src = match self.ty(v) {
            IrType::Num if !matches!(k, CScalar::Bool | CScalar::U64) => v,
            IrType::True | IrType::False if k == CScalar::Bool => {
                self.ir.kint((self.ty(v) == IrType::True) as i32)
            }
            _ => return Err(Abort::nyi("conversion of this value to a C type")),
        };
        let t = crate::xmem::conv_type(k);
        Ok(self.ir.emit(Ins::new(IrOp::XCONV, t, src, k as u32))?)
    }

    /// Stores the value in slot `a` into the C object of type `ty` at `addr`.
    fn c_store(&mut self, ct: &dyn CTypeInfo, addr: Ref, ty: u32, a: i32) -> Rec<()> {
        let info = info_of(ct, ty)?;
        let CtShape::Scalar(k) = info.shape else {
            return Err(Abort::nyi("store of this C type"));
        };
        if info.is_const {
            return Err(Abort("store to a constant C location".into()));
        }
        let x = self.c_value(a, k)?;
        self.ir
            .emit(Ins::new(IrOp::XSTORE, IrType::Void, addr, x))?;
        Ok(())
    }

    /// CALL of a C function cdata: a direct call of its address.
    fn c_call(&mut self, ct: &dyn CTypeInfo, ins: BcIns) -> Rec<()> {
        let a = ins.a() as i32;
        let nres = ins.b() as i32 - 1;
        let nargs = match ins.op() {
            Op::CALLM => return Err(Abort::nyi("C call with variable arguments")),
            _ => ins.c() as i32 - 1,
        };
        let fv = self.val(a);
        let cd = fv.as_cdata().expect("checked");
        // A function looked up in the trace (`C.name`) is a constant
        // already; another one is specialised on below.
        let known = crate::xmem::cref_type(&self.ir, self.slot_ref(a)?).is_some();
        let CtShape::Func(f) = info_of(ct, cd.ctype())?.shape else {
            return Err(Abort::nyi("call of a cdata that is not a C function"));
        };
        if f.varargs {
            return Err(Abort::nyi("call of a vararg C function"));
        }
        if f.params.len() != nargs as usize {
            return Err(Abort::nyi("C call with a different number of arguments"));
        }
        let ret = match f.ret {
            CArg::Void => None,
            CArg::Scalar(CScalar::I64 | CScalar::U64) => {
                return Err(Abort::nyi("64-bit cdata result"))
            }
            CArg::Scalar(CScalar::Bool) => return Err(Abort::nyi("C call with a bool result")),
            CArg::Scalar(k) => Some(k),
            CArg::Other => return Err(Abort::nyi("C call with a non-scalar result")),
        };
        // Registers first: nothing is emitted for a call that aborts.
        let (mut ngpr, mut nfpr) = (0, 0);
        let mut regs = Vec::with_capacity(f.params.len());
        for p in &f.params {
            let k = match p {
                CArg::Scalar(k) if *k != CScalar::U64 => *k,
                _ => return Err(Abort::nyi("C call with a non-scalar argument")),
            };
            let reg = if matches!(k, CScalar::F32 | CScalar::F64) {
                nfpr += 1;
                MAX_GPR_ARGS + nfpr - 1
            } else {
                ngpr += 1;
                ngpr - 1
            };
            regs.push((k, reg));
        }
        if ngpr > MAX_GPR_ARGS || nfpr > MAX_FPR_ARGS {
            return Err(Abort::nyi("C call with arguments on the stack"));
        }
        // Specialise on the function object: its type and address are fixed.
        if !known {
            let fr = self.get(a)?;
            let kf = self.ir.kgc(fv);
            if fr != kf {
                self.guard(Ins::new(IrOp::EQ, IrType::Void, fr, kf))?;
            }
        }
        let conv: Vec<Ref> = regs
            .iter()
            .enumerate()
            .map(|(i, &(k, _))| self.c_value(a + 2 + i as i32, k))
            .collect::<Rec<_>>()?;
        let mut mask = 0u32;
        for (&x, &(_, reg)) in conv.iter().zip(&regs) {
            self.ir.emit(Ins::new(IrOp::XARG, IrType::Void, x, reg))?;
            mask |= 1 << reg;
        }
        let addr = stored_addr(cd);
        if addr < NULL_PAGE {
            return Err(Abort("call of a NULL C function".into()));
        }
        let func = self.ir.kptr(addr as usize);
        let t = match ret {
            None => IrType::Void,
            Some(k) => crate::xmem::load_type(k),
        };
        let lit = ret.map_or(0, |k| k as u32 + 1) | mask << 4;
        let r = self.ir.emit(Ins::new(IrOp::CALLXS, t, func, lit))?;
        let mut results = Vec::new();
        if let Some(k) = ret {
            let v = if crate::xmem::load_type(k) == IrType::Int {
                self.ir
                    .emit(Ins::new(IrOp::CONV, IrType::Num, r, conv::INT_NUM))?
            } else {
                r
            };
            results.push(v);
        }
        for s in a..a + 2 + nargs {
            self.set(s, UNSET)?;
        }
        self.place_results(a, nres, &results)?;
        Ok(())
    }
}
