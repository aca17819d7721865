//! x86-64 code for C data and C calls (the FFI's IR ops, see
//! tracer/src/record/ffi.rs): type guards read a cdata's type id, loads and
//! stores of C scalars through raw addresses, 64-bit integer arithmetic and
//! conversions, direct System V calls and the errno copy after them.
//! Virtual cdata (CREF, CNEWI) are their 64 bits in a general register.
//!
//! A C call's arguments are staged by `XARG` into the top slots of the spill
//! area (which the register allocator leaves alone) and loaded into the
//! argument registers by `CALLXS` right before the call, so the allocator
//! needs no notion of fixed argument registers: `CALLXS` only clobbers the
//! caller-saved registers, as the helper calls do.

use super::{x, Emitter, ARGS_OFF, CALLER_SAVED, MAX_SPILL, SPILL_OFF, VM_OFF, XSCRATCH};
use crate::ra::{InsPlan, Needs, RegSet, GPRS, XMM0};
use dynasmrt::DynamicLabel;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use lunavm_tracer::ir::*;
use lunavm_tracer::irbuf::Ir;
use lunavm_tracer::xmem::kind;
use lunavm_tracer::Loc;
use lunavm_vm::ctinfo::CScalar;
use lunavm_vm::layout;

/// Spill slots kept for staging C call arguments (6 integer, 8 xmm).
pub const XARG_SLOTS: u32 = 14;
const XARG_OFF: i32 = SPILL_OFF + 8 * (MAX_SPILL - XARG_SLOTS) as i32;
/// rdi rsi rdx rcx r8 r9.
const GPR_ARGS: [u8; 6] = [7, 6, 2, 1, 8, 9];
const RAX: u8 = 0;
const RDX: u8 = 2;

/// What the FFI's ops need from the register allocator.
pub fn needs(ir: &Ir, i: &Ins, n: &mut Needs) {
    let small_const = |o: Ref| ir.const_int(o).is_some();
    match i.op {
        IrOp::XPTR | IrOp::XCTYPE | IrOp::XSCALE | IrOp::CREF | IrOp::XCONV | IrOp::XARG => {
            n.op_reg = [true, false]
        }
        IrOp::XADD => n.op_reg = [true, !small_const(i.op2)],
        IrOp::XLOAD => {
            n.op_reg = [true, false];
            if kind(i.op2) == CScalar::U32 {
                n.tmp[0] = Some(GPRS);
            }
        }
        IrOp::XSTORE => n.op_reg = [true, true],
        IrOp::CALLXS => n.clobbers = CALLER_SAVED,
        IrOp::CNEWI => n.op_reg = [true, false],
        IrOp::XSUB | IrOp::XMUL => {
            n.op_reg = [true, true];
            n.op2_not_dst = true;
        }
        IrOp::XNUM => {
            n.op_reg = [true, false];
            if i.op2 == 1 {
                n.tmp = [Some(GPRS), Some(GPRS)];
            }
        }
        IrOp::XSAR => {
            n.op_reg = [true, false];
            n.tmp[0] = Some(GPRS);
        }
        IrOp::XERRNO => n.tmp = [Some(GPRS), Some(GPRS)],
        IrOp::CBOX => {
            n.op_reg = [true, false];
            n.clobbers = CALLER_SAVED;
        }
        IrOp::XDIV | IrOp::XMOD => {
            n.op_reg = [true, true];
            n.clobbers = RegSet(1 << RAX | 1 << RDX);
        }
        IrOp::XPOW => {
            n.op_reg = [true, true];
            n.clobbers = CALLER_SAVED;
        }
        _ => {}
    }
}

/// The C type of the virtual cdata `r` (CNEWI, CREF) a box is made of.
fn virtual_type(ir: &Ir, r: Ref) -> Result<u32, String> {
    lunavm_tracer::xmem::virtual_cdata(ir, r)
        .ok_or_else(|| "CBOX of a cdata that is not virtual".into())
}

/// Where a side trace's entry collects whether a collection is due after
/// boxing (the argument area's spare slot: no library call runs yet).
const GC_DUE_OFF: i32 = ARGS_OFF + 24;

impl Emitter<'_> {
    /// Stores the raw 64 bits of a parent's virtual cdata (at `loc`) into
    /// `[BASE + off]`, for `box_parent_slots` to box.
    pub(super) fn store_raw(&mut self, off: i32, loc: Option<&Loc>) -> Result<(), String> {
        let xs = x(XSCRATCH);
        match loc {
            Some(Loc::Reg(r)) if *r < XMM0 => {
                dynasm!(self.a ; .arch x64 ; mov QWORD [r14 + off], Rq(*r))
            }
            Some(Loc::Reg(r)) => dynasm!(self.a ; .arch x64 ; movsd QWORD [r14 + off], Rx(x(*r))),
            Some(Loc::Spill(s)) => {
                let so = SPILL_OFF + 8 * *s as i32;
                dynasm!(self.a
                    ; .arch x64
                    ; movsd Rx(xs), QWORD [rsp + so]
                    ; movsd QWORD [r14 + off], Rx(xs)
                );
            }
            _ => return Err("parent's unboxed cdata without a location".into()),
        }
        Ok(())
    }

    /// Boxes the raw bits `store_raw` left in `[BASE + off]` as cdata of
    /// type `ty`, for each `(off, ty)`: once the parent's snapshot is
    /// written back (the calls clobber its registers), so every slot holds
    /// a value before anything can exit. Notes whether a collection is due.
    pub(super) fn box_parent_slots(&mut self, boxes: &[(i32, u32)]) -> Result<(), String> {
        if boxes.is_empty() {
            return Ok(());
        }
        dynasm!(self.a ; .arch x64 ; mov DWORD [rsp + GC_DUE_OFF], 0);
        for &(off, ty) in boxes {
            dynasm!(self.a
                ; .arch x64
                ; lea rdx, [r14 + off]
                ; mov esi, ty as i32
                ; mov rdi, [rsp + VM_OFF]
            );
            self.call_helper(lunavm_vm::jit::trace_cdata_box_slot as *const () as usize);
            dynasm!(self.a ; .arch x64 ; or DWORD [rsp + GC_DUE_OFF], eax);
        }
        Ok(())
    }

    /// Leaves through `exit` (the side trace's snapshot 0: its start, the
    /// stack as written back) when `box_parent_slots` found a collection
    /// due; the engine runs it there.
    pub(super) fn exit_if_gc_due(&mut self, exit: DynamicLabel) {
        dynasm!(self.a ; .arch x64 ; cmp DWORD [rsp + GC_DUE_OFF], 0 ; jne =>exit);
    }

    /// Emits one of the FFI's ops.
    pub(super) fn ffi_ins(&mut self, r: Ref, p: &InsPlan) -> Result<(), String> {
        let i = *self.ir.get(r);
        let [o1, o2] = p.ops;
        match i.op {
            IrOp::XCTYPE => {
                let Some(d) = p.dst else { return Ok(()) };
                let cd = o1.ok_or("XCTYPE cdata")?;
                dynasm!(self.a ; .arch x64 ; mov Rd(d), DWORD [Rq(cd) + layout::CDATA_CTYPE as i32]);
            }
            IrOp::XPTR => {
                let cd = o1.ok_or("XPTR cdata")?;
                let off = layout::CDATA_DATA as i32;
                let Some(d) = p.dst else { return Ok(()) };
                if i.op2 == 0 {
                    dynasm!(self.a ; .arch x64 ; lea Rq(d), [Rq(cd) + off]);
                } else {
                    dynasm!(self.a ; .arch x64 ; mov Rq(d), QWORD [Rq(cd) + off]);
                }
            }
            IrOp::XSCALE => {
                let Some(d) = p.dst else { return Ok(()) };
                let n = o1.ok_or("XSCALE index")?;
                let size = i.op2;
                if n >= XMM0 {
                    dynasm!(self.a ; .arch x64 ; cvttsd2si Rq(d), Rx(x(n)));
                } else {
                    // A 32-bit integer index.
                    dynasm!(self.a ; .arch x64 ; movsxd Rq(d), Rd(n));
                }
                if size.is_power_of_two() {
                    let sh = size.trailing_zeros() as i8;
                    if sh > 0 {
                        dynasm!(self.a ; .arch x64 ; shl Rq(d), sh);
                    }
                } else {
                    dynasm!(self.a ; .arch x64 ; imul Rq(d), Rq(d), size as i32);
                }
            }
            IrOp::XADD => {
                let Some(d) = p.dst else { return Ok(()) };
                let base = o1.ok_or("XADD base")?;
                match o2 {
                    Some(off) => dynasm!(self.a ; .arch x64 ; lea Rq(d), [Rq(base) + Rq(off)]),
                    None => {
                        let k = self.ir.const_int(i.op2).ok_or("XADD offset")?;
                        dynasm!(self.a ; .arch x64 ; lea Rq(d), [Rq(base) + k]);
                    }
                }
            }
            IrOp::CREF => {
                let Some(d) = p.dst else { return Ok(()) };
                self.mov(d, o1.ok_or("CREF address")?);
            }
            IrOp::XLOAD => {
                let Some(d) = p.dst else { return Ok(()) };
                let a = o1.ok_or("XLOAD address")?;
                match kind(i.op2) {
                    CScalar::I8 => dynasm!(self.a ; .arch x64 ; movsx Rd(d), BYTE [Rq(a)]),
                    // A bool is true for any nonzero byte (as LuaJIT reads it).
                    CScalar::U8 | CScalar::Bool => {
                        dynasm!(self.a ; .arch x64 ; movzx Rd(d), BYTE [Rq(a)])
                    }
                    CScalar::I16 => dynasm!(self.a ; .arch x64 ; movsx Rd(d), WORD [Rq(a)]),
                    CScalar::U16 => dynasm!(self.a ; .arch x64 ; movzx Rd(d), WORD [Rq(a)]),
                    CScalar::I32 => dynasm!(self.a ; .arch x64 ; mov Rd(d), DWORD [Rq(a)]),
                    CScalar::U32 => {
                        let t = p.tmp[0].ok_or("XLOAD scratch")?;
                        dynasm!(self.a
                            ; .arch x64
                            ; mov Rd(t), DWORD [Rq(a)]
                            ; xorps Rx(x(d)), Rx(x(d))
                            ; cvtsi2sd Rx(x(d)), Rq(t)
                        );
                    }
                    // 64-bit integers and pointers (U64 loads with type p64).
                    CScalar::I64 | CScalar::U64 => {
                        dynasm!(self.a ; .arch x64 ; mov Rq(d), QWORD [Rq(a)])
                    }
                    CScalar::F32 => dynasm!(self.a ; .arch x64 ; cvtss2sd Rx(x(d)), DWORD [Rq(a)]),
                    CScalar::F64 => dynasm!(self.a ; .arch x64 ; movsd Rx(x(d)), QWORD [Rq(a)]),
                }
            }
            IrOp::XCONV => {
                let Some(d) = p.dst else { return Ok(()) };
                let v = o1.ok_or("XCONV value")?;
                let k = kind(i.op2);
                if v < XMM0 {
                    // An integer already: a bool's 0 or 1, a 64-bit integer
                    // or a pointer (narrower kinds keep its low bits, as C
                    // converts); to a float, converted (signed: the recorder
                    // passes no uint64_t here).
                    match k {
                        CScalar::F64 => dynasm!(self.a
                            ; .arch x64
                            ; xorps Rx(x(d)), Rx(x(d))
                            ; cvtsi2sd Rx(x(d)), Rq(v)
                        ),
                        CScalar::F32 => dynasm!(self.a
                            ; .arch x64
                            ; xorps Rx(x(d)), Rx(x(d))
                            ; cvtsi2ss Rx(x(d)), Rq(v)
                        ),
                        _ => self.mov(d, v),
                    }
                    return Ok(());
                }
                let xv = x(v);
                match k {
                    // Kinds narrower than 32 bits and int32_t through a
                    // 32-bit conversion (out of range: INT32_MIN), uint32_t
                    // and int64_t through 64 bits, as the interpreter's ffi
                    // converts.
                    CScalar::I8
                    | CScalar::U8
                    | CScalar::I16
                    | CScalar::U16
                    | CScalar::I32
                    | CScalar::Bool => dynasm!(self.a ; .arch x64 ; cvttsd2si Rd(d), Rx(xv)),
                    CScalar::U32 | CScalar::I64 => {
                        dynasm!(self.a ; .arch x64 ; cvttsd2si Rq(d), Rx(xv))
                    }
                    CScalar::U64 => {
                        // As the ffi's num2u64: through int64, again with
                        // 2^64 subtracted when that is negative.
                        let done = self.a.new_dynamic_label();
                        let two64 = self.knum_label(18_446_744_073_709_551_616f64.to_bits());
                        let xs = x(XSCRATCH);
                        dynasm!(self.a
                            ; .arch x64
                            ; cvttsd2si Rq(d), Rx(xv)
                            ; test Rq(d), Rq(d)
                            ; jns =>done
                            ; movapd Rx(xs), Rx(xv)
                            ; subsd Rx(xs), QWORD [=>two64]
                            ; cvttsd2si Rq(d), Rx(xs)
                            ; =>done
                        );
                    }
                    CScalar::F32 => dynasm!(self.a ; .arch x64 ; cvtsd2ss Rx(x(d)), Rx(xv)),
                    CScalar::F64 => self.mov(d, v),
                }
            }
            IrOp::XSTORE => {
                let a = o1.ok_or("XSTORE address")?;
                let v = o2.ok_or("XSTORE value")?;
                let conv = self.ir.get(i.op2);
                if conv.op != IrOp::XCONV {
                    return Err("XSTORE of a value that is not an XCONV".into());
                }
                match kind(conv.op2) {
                    CScalar::I8 | CScalar::U8 | CScalar::Bool => {
                        dynasm!(self.a ; .arch x64 ; mov BYTE [Rq(a)], Rb(v))
                    }
                    CScalar::I16 | CScalar::U16 => {
                        dynasm!(self.a ; .arch x64 ; mov WORD [Rq(a)], Rw(v))
                    }
                    CScalar::I32 | CScalar::U32 => {
                        dynasm!(self.a ; .arch x64 ; mov DWORD [Rq(a)], Rd(v))
                    }
                    CScalar::I64 | CScalar::U64 => {
                        dynasm!(self.a ; .arch x64 ; mov QWORD [Rq(a)], Rq(v))
                    }
                    CScalar::F32 => dynasm!(self.a ; .arch x64 ; movss DWORD [Rq(a)], Rx(x(v))),
                    CScalar::F64 => dynasm!(self.a ; .arch x64 ; movsd QWORD [Rq(a)], Rx(x(v))),
                }
            }
            IrOp::XARG => {
                let v = o1.ok_or("XARG value")?;
                let off = XARG_OFF + 8 * i.op2 as i32;
                if v >= XMM0 {
                    dynasm!(self.a ; .arch x64 ; movsd QWORD [rsp + off], Rx(x(v)));
                } else {
                    dynasm!(self.a ; .arch x64 ; mov QWORD [rsp + off], Rq(v));
                }
            }
            IrOp::CALLXS => {
                let f = self.ir.const_ptr(i.op1).ok_or("CALLXS address")?;
                let mask = i.op2 >> 4;
                for (n, &reg) in GPR_ARGS.iter().enumerate() {
                    if mask & (1 << n) != 0 {
                        let off = XARG_OFF + 8 * n as i32;
                        dynasm!(self.a ; .arch x64 ; mov Rq(reg), QWORD [rsp + off]);
                    }
                }
                for n in 0..8u8 {
                    if mask & (1 << (6 + n)) != 0 {
                        let off = XARG_OFF + 8 * (6 + n as i32);
                        dynasm!(self.a ; .arch x64 ; movsd Rx(n), QWORD [rsp + off]);
                    }
                }
                // al: how many vector registers carry arguments (what a
                // vararg function reads; the others ignore it).
                let nvec = (mask >> 6 & 0xff).count_ones() as i32;
                dynasm!(self.a
                    ; .arch x64
                    ; mov r11, QWORD f as i64
                    ; mov eax, nvec
                    ; call r11
                );
                let (Some(d), ret) = (p.dst, i.op2 & 15) else {
                    return Ok(());
                };
                if ret == 0 {
                    return Ok(());
                }
                match kind(ret - 1) {
                    CScalar::I8 => dynasm!(self.a ; .arch x64 ; movsx Rd(d), al),
                    CScalar::U8 => dynasm!(self.a ; .arch x64 ; movzx Rd(d), al),
                    CScalar::I16 => dynasm!(self.a ; .arch x64 ; movsx Rd(d), ax),
                    CScalar::U16 => dynasm!(self.a ; .arch x64 ; movzx Rd(d), ax),
                    CScalar::I32 => dynasm!(self.a ; .arch x64 ; mov Rd(d), eax),
                    CScalar::U32 => dynasm!(self.a
                        ; .arch x64
                        ; mov eax, eax
                        ; xorps Rx(x(d)), Rx(x(d))
                        ; cvtsi2sd Rx(x(d)), rax
                    ),
                    CScalar::I64 | CScalar::U64 => dynasm!(self.a ; .arch x64 ; mov Rq(d), rax),
                    CScalar::F32 => dynasm!(self.a ; .arch x64 ; cvtss2sd Rx(x(d)), xmm0),
                    CScalar::F64 => self.mov(d, XMM0),
                    k => return Err(format!("NYI: C call result {k:?}")),
                }
            }
            IrOp::XERRNO => {
                let from = self.ir.const_ptr(i.op1).ok_or("XERRNO errno")?;
                let to = self.ir.const_ptr(i.op2).ok_or("XERRNO slot")?;
                let (t, u) = (
                    p.tmp[0].ok_or("XERRNO scratch")?,
                    p.tmp[1].ok_or("XERRNO scratch")?,
                );
                dynasm!(self.a
                    ; .arch x64
                    ; mov Rq(t), QWORD from as i64
                    ; mov Rd(u), DWORD [Rq(t)]
                    ; mov Rq(t), QWORD to as i64
                    ; mov DWORD [Rq(t)], Rd(u)
                );
            }
            IrOp::CNEWI => {
                let Some(d) = p.dst else { return Ok(()) };
                self.mov(d, o1.ok_or("CNEWI value")?);
            }
            IrOp::XSUB | IrOp::XMUL => {
                let (Some(d), Some(a), Some(b)) = (p.dst, o1, o2) else {
                    return Ok(());
                };
                self.mov(d, a);
                if i.op == IrOp::XSUB {
                    dynasm!(self.a ; .arch x64 ; sub Rq(d), Rq(b));
                } else {
                    dynasm!(self.a ; .arch x64 ; imul Rq(d), Rq(b));
                }
            }
            IrOp::XNUM => {
                let (Some(d), Some(a)) = (p.dst, o1) else {
                    return Ok(());
                };
                let xd = x(d);
                if i.op2 != 1 {
                    dynasm!(self.a ; .arch x64 ; xorps Rx(xd), Rx(xd) ; cvtsi2sd Rx(xd), Rq(a));
                    return Ok(());
                }
                // Unsigned: from 2^63 up, half the value (its low bit kept
                // for the rounding) converted and doubled.
                let (t, u) = (
                    p.tmp[0].ok_or("XNUM scratch")?,
                    p.tmp[1].ok_or("XNUM scratch")?,
                );
                let (big, done) = (self.a.new_dynamic_label(), self.a.new_dynamic_label());
                dynasm!(self.a
                    ; .arch x64
                    ; xorps Rx(xd), Rx(xd)
                    ; test Rq(a), Rq(a)
                    ; js =>big
                    ; cvtsi2sd Rx(xd), Rq(a)
                    ; jmp =>done
                    ; =>big
                    ; mov Rq(t), Rq(a)
                    ; shr Rq(t), 1
                    ; mov Rq(u), Rq(a)
                    ; and Rq(u), 1
                    ; or Rq(t), Rq(u)
                    ; cvtsi2sd Rx(xd), Rq(t)
                    ; addsd Rx(xd), Rx(xd)
                    ; =>done
                );
            }
            IrOp::XSAR => {
                // Truncating division by 2^k: negative values are biased by
                // 2^k - 1 first.
                let (Some(d), Some(a)) = (p.dst, o1) else {
                    return Ok(());
                };
                let t = p.tmp[0].ok_or("XSAR scratch")?;
                let k = i.op2 as i8;
                self.mov(d, a);
                if k > 0 {
                    dynasm!(self.a
                        ; .arch x64
                        ; mov Rq(t), Rq(d)
                        ; sar Rq(t), 63
                        ; shr Rq(t), 64 - k
                        ; add Rq(d), Rq(t)
                        ; sar Rq(d), k
                    );
                }
            }
            IrOp::CBOX => {
                // helper(vm: rdi, ctype: esi, bits: rdx) -> the cdata in
                // rax, or null when a collection is due.
                let v = o1.ok_or("CBOX value")?;
                let ty = virtual_type(self.ir, i.op1)?;
                let exit = self.exit_label();
                dynasm!(self.a
                    ; .arch x64
                    ; mov rdx, Rq(v)
                    ; mov esi, ty as i32
                    ; mov rdi, [rsp + VM_OFF]
                );
                self.call_helper(lunavm_vm::jit::trace_cdata_box as *const () as usize);
                dynasm!(self.a ; .arch x64 ; test rax, rax ; jz =>exit);
                if let Some(d) = p.dst {
                    dynasm!(self.a ; .arch x64 ; mov Rq(d), rax);
                }
            }
            IrOp::XDIV | IrOp::XMOD => {
                // The divisor goes through memory (it may be in rax or rdx,
                // which the division takes); signed x / -1 is a negation
                // (idiv would trap on 0x8000000000000000 / -1).
                let (a, b) = (o1.ok_or("XDIV dividend")?, o2.ok_or("XDIV divisor")?);
                let unsigned = i.t == IrType::U64;
                let (minus1, done) = (self.a.new_dynamic_label(), self.a.new_dynamic_label());
                dynasm!(self.a ; .arch x64 ; mov [rsp + ARGS_OFF], Rq(b));
                self.mov(RAX, a);
                if unsigned {
                    dynasm!(self.a ; .arch x64 ; xor edx, edx ; div QWORD [rsp + ARGS_OFF]);
                } else {
                    dynasm!(self.a
                        ; .arch x64
                        ; cmp QWORD [rsp + ARGS_OFF], -1
                        ; je =>minus1
                        ; cqo
                        ; idiv QWORD [rsp + ARGS_OFF]
                        ; jmp =>done
                        ; =>minus1
                        ; neg rax
                        ; xor edx, edx
                        ; =>done
                    );
                }
                if let Some(d) = p.dst {
                    let res = if i.op == IrOp::XDIV { RAX } else { RDX };
                    self.mov(d, res);
                }
            }
            IrOp::XPOW => {
                // int64_pow(x: rdi, k: rsi, unsigned: edx), through memory
                // (the operands may sit in each other's argument register).
                let (a, b) = (o1.ok_or("XPOW base")?, o2.ok_or("XPOW exponent")?);
                let unsigned = (i.t == IrType::U64) as i32;
                dynasm!(self.a
                    ; .arch x64
                    ; mov [rsp + ARGS_OFF], Rq(a)
                    ; mov [rsp + ARGS_OFF + 8], Rq(b)
                    ; mov rdi, [rsp + ARGS_OFF]
                    ; mov rsi, [rsp + ARGS_OFF + 8]
                    ; mov edx, unsigned
                );
                self.call_helper(lunavm_vm::cdata::int64_pow as *const () as usize);
                if let Some(d) = p.dst {
                    self.mov(d, RAX);
                }
            }
            op => return Err(format!("not an FFI op: {}", op.name())),
        }
        Ok(())
    }
}
