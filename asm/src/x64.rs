//! The x86-64 backend: emits a trace's IR as machine code, following the
//! register allocator's plan, into a code area; runs traces through a
//! trampoline; and reads exits back.
//!
//! Conventions inside trace code:
//! - `r14` holds BASE, the address of slot 0 of the trace's starting frame.
//! - `rsp` points at the trampoline's frame: the exit state pointer, the exit
//!   and trace numbers, the spill count and the spill slots.
//! - Every guard jumps to an exit stub of its snapshot, which records the exit
//!   number and jumps to the common exit handler: it saves all registers and
//!   spill slots into the exit state and returns to the trampoline's caller.

// dynasm's register operands (`Rq(reg)`, `Rx(..)`) expand to `u8::from(..)`
// conversions of values that already are `u8`.
#![allow(clippy::useless_conversion)]

mod ffi;
mod listing;

use crate::mcode::Area;
use crate::ra::{
    call_args, Fix, InsPlan, Move, MoveSrc, Needs, Place, Plan, Ra, Reg, Src, BASE, FPRS, GPRS,
    RSP, XMM0, XSCRATCH,
};
use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};
use lunavm_tracer::ir::*;
use lunavm_tracer::irbuf::Ir;
use lunavm_tracer::record::TraceEnd;
use lunavm_tracer::{Backend, Code, ExitState, Loc, Trace};
use lunavm_vm::layout;
use lunavm_vm::trace_calls::Call;
use lunavm_vm::value::tag;
use lunavm_vm::Value;

/// Spill slots per trace.
pub const MAX_SPILL: u32 = 256;

// The trampoline's frame (offsets from rsp inside trace code).
const STATE_OFF: i32 = 0;
const EXITNO_OFF: i32 = 8;
const TRACENO_OFF: i32 = 12;
const NSPILL_OFF: i32 = 16;
/// The highest BASE at which the trace's frames still fit the stack (checked
/// by traces that move BASE).
const LIMIT_OFF: i32 = 24;
/// The running VM (the first argument of the write barrier helpers).
const VM_OFF: i32 = 32;
/// The boxed arguments of a library call (`CALLN`/`CALLS`), three of them
/// (one more slot keeps the frame's alignment).
const ARGS_OFF: i32 = 40;
const SPILL_OFF: i32 = ARGS_OFF + 32;
const FRAME: i32 = SPILL_OFF + 8 * MAX_SPILL as i32;
// Six pushes plus the return address keep rsp 16-byte aligned inside traces.
const _: () = assert!((FRAME + 56) % 16 == 0);

/// The exit state the exit handler fills (layout shared with the handler).
#[repr(C)]
struct RawExit {
    gpr: [u64; 16],
    fpr: [u64; 16],
    snap: u32,
    trace: u32,
    nspill: u32,
    _pad: u32,
    spill: [u64; MAX_SPILL as usize],
}
const RAW_FPR: i32 = 128;
const RAW_SNAP: i32 = 256;
const RAW_TRACE: i32 = 260;
const RAW_NSPILL: i32 = 264;
const RAW_SPILL: i32 = 272;
const _: () = assert!(std::mem::offset_of!(RawExit, fpr) == RAW_FPR as usize);
const _: () = assert!(std::mem::offset_of!(RawExit, snap) == RAW_SNAP as usize);
const _: () = assert!(std::mem::offset_of!(RawExit, trace) == RAW_TRACE as usize);
const _: () = assert!(std::mem::offset_of!(RawExit, nspill) == RAW_NSPILL as usize);
const _: () = assert!(std::mem::offset_of!(RawExit, spill) == RAW_SPILL as usize);

type Asm = VecAssembler<X64Relocation>;

/// High 32 bits of a tagged value's word for a type tag (payload bits clear).
fn tag_hi(t: u32) -> i32 {
    (t << 15) as i32
}
/// High 32 bits of nil/false/true (payload all ones).
fn pri_hi(t: IrType) -> i32 {
    ((t.tag() << 15) | 0x7fff) as i32
}
const NUMX_HI: i32 = (tag::NUMX << 15) as i32;

fn x(r: Reg) -> u8 {
    debug_assert!(r >= XMM0);
    r - XMM0
}

pub struct X64Backend {
    areas: Vec<Area>,
    /// Bytes of runtime code at the start of the first area.
    runtime_len: usize,
    trampoline: usize,
    exit_common: usize,
    raw: Box<RawExit>,
    area_size: usize,
    max_total: usize,
    has_sse41: bool,
}

impl X64Backend {
    /// A backend with code areas of `area_kb` KB, `max_kb` KB in all.
    pub fn new(area_kb: u32, max_kb: u32) -> std::io::Result<X64Backend> {
        let area_size = (area_kb.max(16) as usize) * 1024;
        let mut b = X64Backend {
            areas: Vec::new(),
            runtime_len: 0,
            trampoline: 0,
            exit_common: 0,
            raw: Box::new(RawExit {
                gpr: [0; 16],
                fpr: [0; 16],
                snap: 0,
                trace: 0,
                nspill: 0,
                _pad: 0,
                spill: [0; MAX_SPILL as usize],
            }),
            area_size,
            max_total: (max_kb as usize * 1024).max(area_size),
            has_sse41: std::arch::is_x86_feature_detected!("sse4.1"),
        };
        b.new_area()?;
        Ok(b)
    }

    /// Maps a fresh area and puts the trampoline and exit handler at its start.
    fn new_area(&mut self) -> std::io::Result<()> {
        let mut area = Area::new(self.area_size)?;
        let base = area.next();
        let mut a = Asm::new(base);
        let exit_common = emit_runtime(&mut a);
        let code = a
            .finalize()
            .map_err(|e| std::io::Error::other(format!("{e:?}")))?;
        let at = area.append(&code)?;
        debug_assert_eq!(at, base);
        if self.areas.is_empty() {
            self.trampoline = base;
            self.exit_common = base + exit_common;
            self.runtime_len = area.used();
        }
        self.areas.push(area);
        Ok(())
    }

    fn area(&mut self) -> &mut Area {
        self.areas.last_mut().expect("an area")
    }
}

/// The trampoline (at offset 0) and the common exit handler (offset returned).
fn emit_runtime(a: &mut Asm) -> usize {
    // trampoline(entry: rdi, base: rsi, state: rdx, limit: rcx, vm: r8)
    dynasm!(a
        ; .arch x64
        ; push rbp
        ; push rbx
        ; push r12
        ; push r13
        ; push r14
        ; push r15
        ; sub rsp, FRAME
        ; mov [rsp + STATE_OFF], rdx
        ; mov [rsp + LIMIT_OFF], rcx
        ; mov [rsp + VM_OFF], r8
        ; mov r14, rsi
        ; jmp rdi
    );
    let exit_common = a.offset().0;
    dynasm!(a
        ; .arch x64
        ; push rax
        ; mov rax, [rsp + 8 + STATE_OFF]
        ; mov [rax + 8], rcx
        ; mov [rax + 16], rdx
        ; mov [rax + 24], rbx
        ; mov [rax + 40], rbp
        ; mov [rax + 48], rsi
        ; mov [rax + 56], rdi
        ; mov [rax + 64], r8
        ; mov [rax + 72], r9
        ; mov [rax + 80], r10
        ; mov [rax + 88], r11
        ; mov [rax + 96], r12
        ; mov [rax + 104], r13
        ; mov [rax + 112], r14
        ; mov [rax + 120], r15
        ; pop rcx
        ; mov [rax], rcx
    );
    for i in 0..16u8 {
        dynasm!(a ; .arch x64 ; movsd QWORD [rax + RAW_FPR + 8 * i as i32], Rx(i));
    }
    dynasm!(a
        ; .arch x64
        ; mov ecx, [rsp + EXITNO_OFF]
        ; mov [rax + RAW_SNAP], ecx
        ; mov ecx, [rsp + TRACENO_OFF]
        ; mov [rax + RAW_TRACE], ecx
        ; mov ecx, [rsp + NSPILL_OFF]
        ; mov [rax + RAW_NSPILL], ecx
        ; lea rsi, [rsp + SPILL_OFF]
        ; lea rdi, [rax + RAW_SPILL]
        ; cld
        ; rep movsq
        ; add rsp, FRAME
        ; pop r15
        ; pop r14
        ; pop r13
        ; pop r12
        ; pop rbx
        ; pop rbp
        ; ret
    );
    exit_common
}

/// What an instruction needs from the register allocator.
fn needs(ir: &Ir, r: Ref) -> Needs {
    let i = ir.get(r);
    let mut n = Needs::default();
    let nonconst = |o: Ref| o != REF_NONE && !is_const(o);
    let gpr_imm = |o: Ref| -> bool {
        // Constants usable as 32-bit immediates.
        if !is_const(o) {
            return false;
        }
        match ir.get(o).op {
            IrOp::KINT => true,
            IrOp::KPTR => ir.const_ptr(o).is_some_and(|p| p <= i32::MAX as usize),
            _ => false,
        }
    };
    match i.op {
        IrOp::ADD | IrOp::SUB | IrOp::MUL | IrOp::DIV | IrOp::NEG | IrOp::ABS => {
            n.op_reg = [true, true];
            n.op2_not_dst = true;
        }
        IrOp::MIN | IrOp::MAX | IrOp::BAND | IrOp::BOR | IrOp::BXOR => {
            n.op_reg = [true, true];
            n.op2_not_dst = true;
        }
        IrOp::ADDOV | IrOp::SUBOV => {
            // A guard: it has a result register even when the value is unused.
            n.op_reg = [true, !gpr_imm(i.op2)];
            n.op2_not_dst = true;
            n.tmp = [Some(GPRS), None];
        }
        IrOp::TOBIT => n.op_reg = [true, true],
        IrOp::BNOT | IrOp::BSWAP => n.op_reg = [true, false],
        // Shifted in memory by cl: no value lives in rcx across.
        IrOp::BSHL | IrOp::BSHR | IrOp::BSAR | IrOp::BROL | IrOp::BROR => {
            n.op_reg = [true, true];
            n.clobbers = crate::ra::RegSet(1 << RCX);
        }
        IrOp::FPMATH => {
            n.op_reg = [true, false];
        }
        IrOp::LT
        | IrOp::GE
        | IrOp::LE
        | IrOp::GT
        | IrOp::ULT
        | IrOp::UGE
        | IrOp::ULE
        | IrOp::UGT => {
            let int = ir.get(i.op1).t == IrType::Int;
            n.op_reg = [true, !int || !gpr_imm(i.op2)];
        }
        IrOp::EQ | IrOp::NE => {
            let fp = ir.get(i.op1).t == IrType::Num;
            n.op_reg = [true, fp || !gpr_imm(i.op2)];
        }
        IrOp::RETF => n.op_reg = [false, true],
        IrOp::ABC => {
            n.op_reg = [true, !gpr_imm(i.op2)];
            n.tmp[0] = Some(GPRS);
        }
        IrOp::CONV => {
            n.op_reg = [true, false];
            if i.op2 == conv::NUM_INT_CHECK {
                n.tmp[0] = Some(FPRS);
                n.tmp[1] = Some(GPRS);
            }
        }
        IrOp::FLOAD | IrOp::UREFO | IrOp::UREFC | IrOp::FREF => n.op_reg = [true, false],
        IrOp::FSTORE => n.op_reg = [true, true],
        IrOp::HREFK => {
            n.op_reg = [true, false];
            n.tmp = [Some(GPRS), Some(GPRS)];
        }
        IrOp::AREF => {
            // The result is written before the index is read.
            n.op_reg = [true, !gpr_imm(i.op2)];
            n.op2_not_dst = true;
        }
        IrOp::ALOAD | IrOp::HLOAD => n.op_reg = [true, false],
        IrOp::ASTORE | IrOp::HSTORE => {
            let vt = ir.get(i.op2).t;
            n.op_reg = [true, nonconst(i.op2) && !vt.is_pri()];
        }
        // Through the upvalue's value pointer, loaded into a scratch register.
        IrOp::ULOAD => {
            n.op_reg = [true, false];
            n.tmp[0] = Some(GPRS);
        }
        IrOp::USTORE => {
            let vt = ir.get(i.op2).t;
            n.op_reg = [true, nonconst(i.op2) && !vt.is_pri()];
            n.tmp[0] = Some(GPRS);
        }
        IrOp::TBAR | IrOp::OBAR => n.op_reg = [true, false],
        // Helper calls (the key goes as a Lua value; constants as immediates).
        IrOp::NEWREF | IrOp::HREF => {
            let kt = ir.get(i.op2).t;
            n.op_reg = [true, nonconst(i.op2) && !kt.is_pri()];
            n.clobbers = CALLER_SAVED;
        }
        IrOp::ALEN => {
            n.op_reg = [true, false];
            n.clobbers = CALLER_SAVED;
        }
        IrOp::CALLN | IrOp::CALLS => {
            n.call_args = true;
            n.clobbers = CALLER_SAVED;
        }
        IrOp::TAILC | IrOp::UNTAIL | IrOp::TNEW => n.clobbers = CALLER_SAVED,
        IrOp::TDUP => {
            n.op_reg = [true, false];
            n.clobbers = CALLER_SAVED;
        }
        op if op.is_cdata_op() => ffi::needs(ir, i, &mut n),
        _ => {}
    }
    n
}

const RCX: Reg = 1;
const RDX: Reg = 2;
const RSI: Reg = 6;

/// The registers a call may change: rax rcx rdx rsi rdi r8-r11 and every XMM
/// register the allocator uses.
const CALLER_SAVED: crate::ra::RegSet = crate::ra::RegSet(0b0000_1111_1100_0111 | FPRS.0);

/// The snapshot a guard at `r` exits through.
fn snap_of(t: &Trace, r: Ref) -> usize {
    t.snaps.iter().rposition(|s| s.r <= r).unwrap_or_default()
}

struct Emitter<'a> {
    a: Asm,
    ir: &'a Ir,
    exits: Vec<DynamicLabel>,
    consts: Vec<(DynamicLabel, u64)>,
    /// Which snapshots some guard uses (only those get stubs).
    used_exits: Vec<bool>,
    cur_snap: usize,
}

impl Emitter<'_> {
    fn knum_label(&mut self, bits: u64) -> DynamicLabel {
        if let Some(&(l, _)) = self.consts.iter().find(|(_, b)| *b == bits) {
            return l;
        }
        let l = self.a.new_dynamic_label();
        self.consts.push((l, bits));
        l
    }

    /// The raw bits a constant has in a register.
    fn const_bits(&self, k: Ref) -> u64 {
        let c = self.ir.get(k);
        match c.op {
            IrOp::KNUM => self.ir.knum[c.op1 as usize].to_bits(),
            IrOp::KINT => c.op1 as i32 as i64 as u64,
            IrOp::KGC => self.ir.kgc[c.op1 as usize].payload(),
            IrOp::KPTR => self.ir.kptr[c.op1 as usize] as u64,
            _ => 0,
        }
    }

    /// The 64-bit word of a constant as a tagged Lua value (for stores).
    fn const_value_bits(&self, k: Ref) -> u64 {
        self.ir
            .const_value(k)
            .map_or(Value::NIL.to_bits(), |v| v.to_bits())
    }

    fn load_const(&mut self, reg: Reg, k: Ref) {
        let bits = self.const_bits(k);
        if reg >= XMM0 {
            if bits == 0 {
                dynasm!(self.a ; .arch x64 ; xorps Rx(x(reg)), Rx(x(reg)));
            } else {
                let l = self.knum_label(bits);
                dynasm!(self.a ; .arch x64 ; movsd Rx(x(reg)), QWORD [=>l]);
            }
        } else if bits == 0 {
            dynasm!(self.a ; .arch x64 ; xor Rd(reg), Rd(reg));
        } else if bits <= u32::MAX as u64 {
            dynasm!(self.a ; .arch x64 ; mov Rd(reg), bits as i32);
        } else {
            dynasm!(self.a ; .arch x64 ; mov Rq(reg), QWORD bits as i64);
        }
    }

    fn fix(&mut self, f: Fix) {
        match f {
            Fix::Const { reg, k } => self.load_const(reg, k),
            Fix::Reload { reg, slot, fp } => {
                let off = SPILL_OFF + 8 * slot as i32;
                if fp {
                    dynasm!(self.a ; .arch x64 ; movsd Rx(x(reg)), QWORD [rsp + off]);
                } else {
                    dynasm!(self.a ; .arch x64 ; mov Rq(reg), QWORD [rsp + off]);
                }
            }
        }
    }

    fn exit_label(&mut self) -> DynamicLabel {
        self.used_exits[self.cur_snap] = true;
        self.exits[self.cur_snap]
    }

    /// Guards that the tagged value at `[reg + off]` has type `t`.
    fn check_type_mem(&mut self, reg: Reg, off: i32, t: IrType) {
        let exit = self.exit_label();
        let hi = off + 4;
        match t {
            IrType::Num => {
                dynasm!(self.a ; .arch x64 ; cmp DWORD [Rq(reg) + hi], NUMX_HI ; jae =>exit);
            }
            t if t.is_pri() => {
                dynasm!(self.a ; .arch x64 ; cmp DWORD [Rq(reg) + hi], pri_hi(t) ; jne =>exit);
            }
            t => {
                let lo = tag_hi(t.tag());
                let hi_lim = lo | 0x7fff;
                dynasm!(self.a
                    ; .arch x64
                    ; cmp DWORD [Rq(reg) + hi], lo
                    ; jb =>exit
                    ; cmp DWORD [Rq(reg) + hi], hi_lim
                    ; ja =>exit
                );
            }
        }
    }

    /// Loads the tagged value at `[reg + off]` of type `t` into `dst` (unboxed).
    fn load_value(&mut self, dst: Reg, reg: Reg, off: i32, t: IrType) {
        match t {
            IrType::Num => dynasm!(self.a ; .arch x64 ; movsd Rx(x(dst)), QWORD [Rq(reg) + off]),
            t if t.is_pri() => {}
            _ => dynasm!(self.a
                ; .arch x64
                ; mov Rq(dst), QWORD [Rq(reg) + off]
                ; shl Rq(dst), 17
                ; shr Rq(dst), 17
            ),
        }
    }

    /// Stores value `v` (in `vreg` if not a constant) boxed at `[reg + off]`.
    /// Every boxed store is one 64-bit store (through the scratch XMM
    /// register), so that a later 64-bit load of the slot is forwarded from
    /// the store buffer instead of waiting for two halves.
    fn store_value(&mut self, reg: Reg, off: i32, v: Ref, vreg: Option<Reg>) {
        let t = self.ir.get(v).t;
        let xs = x(XSCRATCH);
        if matches!(t, IrType::Ptr | IrType::I64 | IrType::U64) {
            // Raw 64 bits: a C address or integer for a library call.
            match vreg {
                Some(r) if !is_const(v) => {
                    dynasm!(self.a ; .arch x64 ; mov QWORD [Rq(reg) + off], Rq(r))
                }
                _ => self.store_bits(reg, off, self.const_bits(v)),
            }
            return;
        }
        if is_const(v) || t.is_pri() {
            let bits = if is_const(v) {
                self.const_value_bits(v)
            } else {
                match t {
                    IrType::Nil => Value::NIL.to_bits(),
                    IrType::False => Value::FALSE.to_bits(),
                    _ => Value::TRUE.to_bits(),
                }
            };
            self.store_bits(reg, off, bits);
            return;
        }
        let vr = vreg.expect("a stored value has a register");
        match t {
            IrType::Num => dynasm!(self.a ; .arch x64 ; movsd QWORD [Rq(reg) + off], Rx(x(vr))),
            IrType::Int => dynasm!(self.a
                ; .arch x64
                ; cvtsi2sd Rx(xs), Rd(vr)
                ; movsd QWORD [Rq(reg) + off], Rx(xs)
            ),
            t => {
                let tag = self.tag_label(t);
                dynasm!(self.a
                    ; .arch x64
                    ; movq Rx(xs), Rq(vr)
                    ; por Rx(xs), [=>tag]
                    ; movsd QWORD [Rq(reg) + off], Rx(xs)
                );
            }
        }
    }

    /// A guarded comparison of integers: 32-bit `int`s (the second operand
    /// may be an immediate), or C data's 64-bit integers and addresses. LT..GT
    /// compare signed, ULT..UGT unsigned; exit when it does not hold.
    fn int_compare(&mut self, i: &Ins, o1: Option<Reg>, o2: Option<Reg>) -> Result<(), String> {
        let a = o1.ok_or("comparison operand")?;
        let wide = self.ir.get(i.op1).t != IrType::Int;
        match (o2, wide) {
            (Some(b), false) => dynasm!(self.a ; .arch x64 ; cmp Rd(a), Rd(b)),
            (Some(b), true) => dynasm!(self.a ; .arch x64 ; cmp Rq(a), Rq(b)),
            (None, false) => dynasm!(self.a ; .arch x64 ; cmp Rd(a), self.const_bits(i.op2) as i32),
            (None, true) => return Err("64-bit comparison with an immediate".into()),
        }
        let exit = self.exit_label();
        match i.op {
            IrOp::LT => dynasm!(self.a ; .arch x64 ; jge =>exit),
            IrOp::GE => dynasm!(self.a ; .arch x64 ; jl =>exit),
            IrOp::LE => dynasm!(self.a ; .arch x64 ; jg =>exit),
            IrOp::GT => dynasm!(self.a ; .arch x64 ; jle =>exit),
            IrOp::ULT => dynasm!(self.a ; .arch x64 ; jae =>exit),
            IrOp::UGE => dynasm!(self.a ; .arch x64 ; jb =>exit),
            IrOp::ULE => dynasm!(self.a ; .arch x64 ; ja =>exit),
            _ => dynasm!(self.a ; .arch x64 ; jbe =>exit),
        }
        Ok(())
    }

    /// The pool constant holding type `t`'s tag in the high word, or'ed into
    /// a GC pointer to box it.
    fn tag_label(&mut self, t: IrType) -> DynamicLabel {
        self.knum_label((tag_hi(t.tag()) as u32 as u64) << 32)
    }

    /// Stores the 64-bit word `bits` at `[reg + off]` in one store.
    fn store_bits(&mut self, reg: Reg, off: i32, bits: u64) {
        if bits == 0 {
            dynasm!(self.a ; .arch x64 ; mov QWORD [Rq(reg) + off], 0);
        } else {
            let xs = x(XSCRATCH);
            let l = self.knum_label(bits);
            dynasm!(self.a
                ; .arch x64
                ; movsd Rx(xs), QWORD [=>l]
                ; movsd QWORD [Rq(reg) + off], Rx(xs)
            );
        }
    }

    /// Stores a spilled value boxed at `[BASE + off]`, copying through the
    /// scratch XMM register (which moves any 64 bits unchanged).
    fn store_spilled(&mut self, off: i32, r: Ref, slot: u16) {
        let so = SPILL_OFF + 8 * slot as i32;
        let xs = x(XSCRATCH);
        match self.ir.get(r).t {
            IrType::Int => dynasm!(self.a
                ; .arch x64
                ; cvtsi2sd Rx(xs), DWORD [rsp + so]
                ; movsd QWORD [r14 + off], Rx(xs)
            ),
            IrType::Num => dynasm!(self.a
                ; .arch x64
                ; movsd Rx(xs), QWORD [rsp + so]
                ; movsd QWORD [r14 + off], Rx(xs)
            ),
            t => {
                let tag = self.tag_label(t);
                dynasm!(self.a
                    ; .arch x64
                    ; movsd Rx(xs), QWORD [rsp + so]
                    ; por Rx(xs), [=>tag]
                    ; movsd QWORD [r14 + off], Rx(xs)
                );
            }
        }
    }

    /// Moves between registers (any 64 bits; across classes too).
    fn mov(&mut self, dst: Reg, src: Reg) {
        match (dst >= XMM0, src >= XMM0) {
            _ if dst == src => {}
            (true, true) => dynasm!(self.a ; .arch x64 ; movaps Rx(x(dst)), Rx(x(src))),
            (false, false) => dynasm!(self.a ; .arch x64 ; mov Rq(dst), Rq(src)),
            (true, false) => dynasm!(self.a ; .arch x64 ; movq Rx(x(dst)), Rq(src)),
            (false, true) => dynasm!(self.a ; .arch x64 ; movq Rq(dst), Rx(x(src))),
        }
    }

    /// Where a load or store's value is: `[reg + offset]`. Array slots and
    /// HREF/NEWREF results are the value's address, hash nodes hold it at
    /// NODE_VAL, and an upvalue object points to it (loaded into `tmp`).
    fn value_addr(
        &mut self,
        op: IrOp,
        o1: Option<Reg>,
        tmp: Option<Reg>,
    ) -> Result<(Reg, i32), String> {
        let r = o1.ok_or("load/store address")?;
        Ok(match op {
            IrOp::HLOAD | IrOp::HSTORE => (r, layout::NODE_VAL as i32),
            IrOp::ULOAD | IrOp::USTORE => {
                let t = tmp.ok_or("upvalue scratch")?;
                dynasm!(self.a ; .arch x64 ; mov Rq(t), [Rq(r) + layout::UPVAL_V as i32]);
                (t, 0)
            }
            _ => (r, 0),
        })
    }

    /// A library call (`CALLN`/`CALLS`): the arguments boxed into the
    /// frame's argument slots (nil where there are fewer), then into rsi, rdx
    /// and rcx, the VM into rdi; a guarded call exits when the result is
    /// `FAIL`. The result's bits become a value of the call's type.
    fn library_call(&mut self, i: &Ins, p: &InsPlan) -> Result<(), String> {
        let call = Call::from_u32(i.op2).ok_or("unknown library call")?;
        let args = call_args(self.ir, i.op1);
        for n in 0..3 {
            let a = args.get(n).copied().unwrap_or(REF_NIL);
            self.store_value(RSP, ARGS_OFF + 8 * n as i32, a, p.args[n]);
        }
        dynasm!(self.a
            ; .arch x64
            ; mov rsi, [rsp + ARGS_OFF]
            ; mov rdx, [rsp + ARGS_OFF + 8]
            ; mov rcx, [rsp + ARGS_OFF + 16]
            ; mov rdi, [rsp + VM_OFF]
        );
        self.call_helper(call.addr());
        if i.guard {
            let exit = self.exit_label();
            dynasm!(self.a ; .arch x64 ; cmp rax, -1 ; je =>exit);
        }
        if let Some(d) = p.dst {
            match i.t {
                IrType::Num => dynasm!(self.a ; .arch x64 ; movq Rx(x(d)), rax),
                IrType::Int => dynasm!(self.a ; .arch x64 ; mov Rd(d), eax),
                _ => dynasm!(self.a ; .arch x64 ; mov Rq(d), rax),
            }
        }
        Ok(())
    }

    /// Calls a Rust helper (arguments already in place); the result is in rax.
    fn call_helper(&mut self, f: usize) {
        dynasm!(self.a ; .arch x64 ; mov rax, QWORD f as i64 ; call rax);
    }

    /// Puts IR value `v` (in register `vr` unless a constant or nil/false/true)
    /// into general register `dst` as a Lua value's 64 bits. Uses rax.
    fn box_value(&mut self, dst: Reg, v: Ref, vr: Option<Reg>) {
        let t = self.ir.get(v).t;
        let bits = if is_const(v) {
            Some(self.const_value_bits(v))
        } else {
            match t {
                IrType::Nil => Some(Value::NIL.to_bits()),
                IrType::False => Some(Value::FALSE.to_bits()),
                IrType::True => Some(Value::TRUE.to_bits()),
                _ => None,
            }
        };
        if let Some(b) = bits {
            dynasm!(self.a ; .arch x64 ; mov Rq(dst), QWORD b as i64);
            return;
        }
        let Some(r) = vr else { return };
        match t {
            IrType::Num => dynasm!(self.a ; .arch x64 ; movq Rq(dst), Rx(x(r))),
            IrType::Int => dynasm!(self.a
                ; .arch x64
                ; cvtsi2sd Rx(x(XSCRATCH)), Rd(r)
                ; movq Rq(dst), Rx(x(XSCRATCH))
            ),
            t => {
                let tag = (t.tag() as u64) << 47;
                dynasm!(self.a
                    ; .arch x64
                    ; mov Rq(dst), Rq(r)
                    ; mov rax, QWORD tag as i64
                    ; or Rq(dst), rax
                );
            }
        }
    }

    /// A write barrier: when the GC object in `obj` is black, calls
    /// `helper(vm, obj)` on a cold path that keeps every register the helper
    /// may change (the trace's values live in any of them).
    fn barrier(&mut self, obj: Reg, helper: usize) {
        // Caller-saved general registers (rax rcx rdx rsi rdi r8-r11); the
        // XMM registers are all caller-saved.
        const SAVED: [u8; 9] = [0, 1, 2, 6, 7, 8, 9, 10, 11];
        const XMM_AREA: i32 = 16 * 8 + 8; // keeps rsp 16-byte aligned
        let skip = self.a.new_dynamic_label();
        dynasm!(self.a
            ; .arch x64
            ; test BYTE [Rq(obj) + layout::GC_MARKED as i32], layout::GC_BLACK as i8
            ; jz =>skip
        );
        for r in SAVED {
            dynasm!(self.a ; .arch x64 ; push Rq(r));
        }
        dynasm!(self.a ; .arch x64 ; sub rsp, XMM_AREA);
        for i in 0..16u8 {
            dynasm!(self.a ; .arch x64 ; movsd QWORD [rsp + 8 * i as i32], Rx(i));
        }
        let vm_at = VM_OFF + XMM_AREA + 8 * SAVED.len() as i32;
        dynasm!(self.a ; .arch x64 ; mov rsi, Rq(obj) ; mov rdi, [rsp + vm_at]);
        self.call_helper(helper);
        for i in 0..16u8 {
            dynasm!(self.a ; .arch x64 ; movsd Rx(i), QWORD [rsp + 8 * i as i32]);
        }
        dynasm!(self.a ; .arch x64 ; add rsp, XMM_AREA);
        for &r in SAVED.iter().rev() {
            dynasm!(self.a ; .arch x64 ; pop Rq(r));
        }
        dynasm!(self.a ; .arch x64 ; =>skip);
    }

    /// Stores a register's 64 bits into a spill slot.
    fn store_spill(&mut self, slot: u16, reg: Reg) {
        let off = SPILL_OFF + 8 * slot as i32;
        if reg >= XMM0 {
            dynasm!(self.a ; .arch x64 ; movsd QWORD [rsp + off], Rx(x(reg)));
        } else {
            dynasm!(self.a ; .arch x64 ; mov QWORD [rsp + off], Rq(reg));
        }
    }

    /// One move of a loop's back edge.
    fn place_move(&mut self, m: Move) {
        let spill_off = |slot: u16| SPILL_OFF + 8 * slot as i32;
        match (m.dst, m.src) {
            (Place::Reg(d), MoveSrc::Const(k)) => self.load_const(d, k),
            (Place::Spill(d), MoveSrc::Const(k)) => {
                let bits = self.const_bits(k);
                let (off, lo, hi) = (spill_off(d), bits as u32 as i32, (bits >> 32) as u32 as i32);
                dynasm!(self.a
                    ; .arch x64
                    ; mov DWORD [rsp + off], lo
                    ; mov DWORD [rsp + off + 4], hi
                );
            }
            (Place::Reg(d), MoveSrc::Place(Place::Reg(s))) => self.mov(d, s),
            (Place::Reg(d), MoveSrc::Place(Place::Spill(s))) => self.fix(Fix::Reload {
                reg: d,
                slot: s,
                fp: d >= XMM0,
            }),
            (Place::Spill(d), MoveSrc::Place(Place::Reg(s))) => self.store_spill(d, s),
            (Place::Spill(d), MoveSrc::Place(Place::Spill(s))) => {
                // pop addresses its operand after rsp moved back up: the same
                // offsets name the same slots.
                let (doff, soff) = (spill_off(d), spill_off(s));
                dynasm!(self.a
                    ; .arch x64
                    ; push QWORD [rsp + soff]
                    ; pop QWORD [rsp + doff]
                );
            }
        }
    }

    fn ins(&mut self, r: Ref, p: &InsPlan, has_sse41: bool) -> Result<(), String> {
        let i = *self.ir.get(r);
        let [o1, o2] = p.ops;
        match i.op {
            IrOp::SLOAD => {
                let off = 8 * (i.op1 as i32);
                if i.op2 & sload::TYPECHECK != 0 {
                    self.check_type_mem(BASE, off, i.t);
                }
                if let Some(d) = p.dst {
                    self.load_value(d, BASE, off, i.t);
                }
            }
            IrOp::ADD | IrOp::SUB | IrOp::MUL | IrOp::DIV => {
                let (Some(d), Some(a), Some(b)) = (p.dst, o1, o2) else {
                    return Ok(());
                };
                if i.t != IrType::Num {
                    return Err(format!("NYI: {} on {}", i.op.name(), i.t.name()));
                }
                self.mov(d, a);
                let (d, b) = (x(d), x(b));
                match i.op {
                    IrOp::ADD => dynasm!(self.a ; .arch x64 ; addsd Rx(d), Rx(b)),
                    IrOp::SUB => dynasm!(self.a ; .arch x64 ; subsd Rx(d), Rx(b)),
                    IrOp::MUL => dynasm!(self.a ; .arch x64 ; mulsd Rx(d), Rx(b)),
                    _ => dynasm!(self.a ; .arch x64 ; divsd Rx(d), Rx(b)),
                }
            }
            IrOp::MIN | IrOp::MAX => {
                // y if y < x (y > x), else x: the SSE ops return their
                // second operand when either is NaN, as Lua's loop keeps x.
                let (Some(d), Some(a), Some(b)) = (p.dst, o1, o2) else {
                    return Ok(());
                };
                let xs = x(XSCRATCH);
                dynasm!(self.a ; .arch x64 ; movapd Rx(xs), Rx(x(b)));
                if i.op == IrOp::MIN {
                    dynasm!(self.a ; .arch x64 ; minsd Rx(xs), Rx(x(a)));
                } else {
                    dynasm!(self.a ; .arch x64 ; maxsd Rx(xs), Rx(x(a)));
                }
                dynasm!(self.a ; .arch x64 ; movapd Rx(x(d)), Rx(xs));
            }
            IrOp::TOBIT => {
                // The low 32 bits of x + 2^52 + 2^51 (LuaJIT's conversion).
                let (Some(d), Some(a), Some(bias)) = (p.dst, o1, o2) else {
                    return Ok(());
                };
                let xs = x(XSCRATCH);
                dynasm!(self.a
                    ; .arch x64
                    ; movapd Rx(xs), Rx(x(a))
                    ; addsd Rx(xs), Rx(x(bias))
                    ; movd Rd(d), Rx(xs)
                );
            }
            IrOp::ADDOV | IrOp::SUBOV => {
                let a = o1.ok_or("ADDOV operand")?;
                let d = p.dst.or(p.tmp[0]).ok_or("ADDOV result")?;
                let exit = self.exit_label();
                dynasm!(self.a ; .arch x64 ; mov Rd(d), Rd(a));
                match (i.op, o2) {
                    (IrOp::ADDOV, Some(b)) => dynasm!(self.a ; .arch x64 ; add Rd(d), Rd(b)),
                    (IrOp::ADDOV, None) => {
                        dynasm!(self.a ; .arch x64 ; add Rd(d), self.const_bits(i.op2) as i32)
                    }
                    (_, Some(b)) => dynasm!(self.a ; .arch x64 ; sub Rd(d), Rd(b)),
                    (_, None) => {
                        dynasm!(self.a ; .arch x64 ; sub Rd(d), self.const_bits(i.op2) as i32)
                    }
                }
                dynasm!(self.a ; .arch x64 ; jo =>exit);
            }
            IrOp::BAND | IrOp::BOR | IrOp::BXOR => {
                let (Some(d), Some(a), Some(b)) = (p.dst, o1, o2) else {
                    return Ok(());
                };
                dynasm!(self.a ; .arch x64 ; mov Rd(d), Rd(a));
                match i.op {
                    IrOp::BAND => dynasm!(self.a ; .arch x64 ; and Rd(d), Rd(b)),
                    IrOp::BOR => dynasm!(self.a ; .arch x64 ; or Rd(d), Rd(b)),
                    _ => dynasm!(self.a ; .arch x64 ; xor Rd(d), Rd(b)),
                }
            }
            IrOp::BNOT | IrOp::BSWAP => {
                let (Some(d), Some(a)) = (p.dst, o1) else {
                    return Ok(());
                };
                dynasm!(self.a ; .arch x64 ; mov Rd(d), Rd(a));
                match i.op {
                    IrOp::BNOT => dynasm!(self.a ; .arch x64 ; not Rd(d)),
                    _ => dynasm!(self.a ; .arch x64 ; bswap Rd(d)),
                }
            }
            IrOp::BSHL | IrOp::BSHR | IrOp::BSAR | IrOp::BROL | IrOp::BROR => {
                // In an argument slot, so that any register may hold the
                // operands and the result while cl holds the count.
                let (Some(d), Some(a), Some(n)) = (p.dst, o1, o2) else {
                    return Ok(());
                };
                let m = ARGS_OFF;
                dynasm!(self.a ; .arch x64 ; mov DWORD [rsp + m], Rd(a) ; mov ecx, Rd(n));
                match i.op {
                    IrOp::BSHL => dynasm!(self.a ; .arch x64 ; shl DWORD [rsp + m], cl),
                    IrOp::BSHR => dynasm!(self.a ; .arch x64 ; shr DWORD [rsp + m], cl),
                    IrOp::BSAR => dynasm!(self.a ; .arch x64 ; sar DWORD [rsp + m], cl),
                    IrOp::BROL => dynasm!(self.a ; .arch x64 ; rol DWORD [rsp + m], cl),
                    _ => dynasm!(self.a ; .arch x64 ; ror DWORD [rsp + m], cl),
                }
                dynasm!(self.a ; .arch x64 ; mov Rd(d), DWORD [rsp + m]);
            }
            IrOp::NEG | IrOp::ABS => {
                let (Some(d), Some(a), Some(m)) = (p.dst, o1, o2) else {
                    return Ok(());
                };
                self.mov(d, a);
                if i.op == IrOp::NEG {
                    dynasm!(self.a ; .arch x64 ; xorps Rx(x(d)), Rx(x(m)));
                } else {
                    dynasm!(self.a ; .arch x64 ; andps Rx(x(d)), Rx(x(m)));
                }
            }
            IrOp::FPMATH => {
                let (Some(d), Some(a)) = (p.dst, o1) else {
                    return Ok(());
                };
                let (d, a) = (x(d), x(a));
                match FpMath::from_u32(i.op2) {
                    FpMath::Sqrt => dynasm!(self.a ; .arch x64 ; sqrtsd Rx(d), Rx(a)),
                    m @ (FpMath::Floor | FpMath::Ceil | FpMath::Trunc) if has_sse41 => {
                        let mode = match m {
                            FpMath::Floor => 9,
                            FpMath::Ceil => 10,
                            _ => 11,
                        };
                        dynasm!(self.a ; .arch x64 ; roundsd Rx(d), Rx(a), mode);
                    }
                    m => return Err(format!("NYI: fpmath {}", m.name())),
                }
            }
            IrOp::LT
            | IrOp::GE
            | IrOp::LE
            | IrOp::GT
            | IrOp::ULT
            | IrOp::UGE
            | IrOp::ULE
            | IrOp::UGT => {
                if self.ir.get(i.op1).t != IrType::Num {
                    return self.int_compare(&i, o1, o2);
                }
                let (Some(a), Some(b)) = (o1, o2) else {
                    return Err("comparison operands".into());
                };
                let exit = self.exit_label();
                let (a, b) = (x(a), x(b));
                // Exit when the comparison does not hold (see the table in
                // docs/JIT.md: ucomisd sets CF/ZF/PF; unordered sets all three).
                match i.op {
                    IrOp::LT => dynasm!(self.a ; .arch x64 ; ucomisd Rx(b), Rx(a) ; jbe =>exit),
                    IrOp::GE => dynasm!(self.a ; .arch x64 ; ucomisd Rx(a), Rx(b) ; jb =>exit),
                    IrOp::LE => dynasm!(self.a ; .arch x64 ; ucomisd Rx(b), Rx(a) ; jb =>exit),
                    IrOp::GT => dynasm!(self.a ; .arch x64 ; ucomisd Rx(a), Rx(b) ; jbe =>exit),
                    IrOp::ULT => dynasm!(self.a ; .arch x64 ; ucomisd Rx(a), Rx(b) ; jae =>exit),
                    IrOp::UGE => dynasm!(self.a ; .arch x64 ; ucomisd Rx(b), Rx(a) ; ja =>exit),
                    IrOp::ULE => dynasm!(self.a ; .arch x64 ; ucomisd Rx(a), Rx(b) ; ja =>exit),
                    _ => dynasm!(self.a ; .arch x64 ; ucomisd Rx(b), Rx(a) ; jae =>exit),
                }
            }
            IrOp::EQ | IrOp::NE => {
                let exit = self.exit_label();
                let a = o1.ok_or("EQ operand")?;
                if a >= XMM0 {
                    let b = x(o2.ok_or("EQ operand")?);
                    let a = x(a);
                    if i.op == IrOp::EQ {
                        dynasm!(self.a ; .arch x64 ; ucomisd Rx(a), Rx(b) ; jp =>exit ; jne =>exit);
                    } else {
                        let skip = self.a.new_dynamic_label();
                        dynasm!(self.a ; .arch x64 ; ucomisd Rx(a), Rx(b) ; jp =>skip ; je =>exit ; =>skip);
                    }
                } else {
                    match o2 {
                        Some(b) => dynasm!(self.a ; .arch x64 ; cmp Rq(a), Rq(b)),
                        None => {
                            let k = self.const_bits(i.op2) as i64 as i32;
                            dynasm!(self.a ; .arch x64 ; cmp Rq(a), k);
                        }
                    }
                    if i.op == IrOp::EQ {
                        dynasm!(self.a ; .arch x64 ; jne =>exit);
                    } else {
                        dynasm!(self.a ; .arch x64 ; je =>exit);
                    }
                }
            }
            IrOp::RETF => {
                let exit = self.exit_label();
                let pc = o2.ok_or("RETF address")?;
                let off = 8 * (i.op1 as i32);
                dynasm!(self.a ; .arch x64 ; cmp [r14 + off], Rq(pc) ; jne =>exit);
            }
            IrOp::ABC => {
                let exit = self.exit_label();
                let len = o1.ok_or("ABC length")?;
                let t = p.tmp[0].ok_or("ABC scratch")?;
                // Exit unless 1 <= idx <= len (unsigned idx-1 < len).
                match o2 {
                    Some(idx) => dynasm!(self.a ; .arch x64 ; lea Rd(t), [Rq(idx) - 1]),
                    None => {
                        let k = self.const_bits(i.op2) as i32;
                        dynasm!(self.a ; .arch x64 ; mov Rd(t), k.wrapping_sub(1));
                    }
                }
                dynasm!(self.a ; .arch x64 ; cmp Rd(t), Rd(len) ; jae =>exit);
            }
            IrOp::CONV => {
                let src = o1.ok_or("CONV operand")?;
                match i.op2 {
                    conv::NUM_INT_CHECK => {
                        let t = p.tmp[0].ok_or("CONV scratch")?;
                        let exit = self.exit_label();
                        let d = p.dst.or(p.tmp[1]).ok_or("CONV scratch")?;
                        dynasm!(self.a
                            ; .arch x64
                            ; cvttsd2si Rd(d), Rx(x(src))
                            ; xorps Rx(x(t)), Rx(x(t))
                            ; cvtsi2sd Rx(x(t)), Rd(d)
                            ; ucomisd Rx(x(src)), Rx(x(t))
                            ; jp =>exit
                            ; jne =>exit
                        );
                    }
                    conv::INT_NUM => {
                        let Some(d) = p.dst else { return Ok(()) };
                        dynasm!(self.a
                            ; .arch x64
                            ; xorps Rx(x(d)), Rx(x(d))
                            ; cvtsi2sd Rx(x(d)), Rd(src)
                        );
                    }
                    _ => {
                        let Some(d) = p.dst else { return Ok(()) };
                        dynasm!(self.a ; .arch x64 ; cvttsd2si Rd(d), Rx(x(src)));
                    }
                }
            }
            IrOp::FLOAD => {
                let Some(d) = p.dst else { return Ok(()) };
                let obj = o1.ok_or("FLOAD object")?;
                let (off, wide) = match Field::from_u32(i.op2) {
                    Field::TabArray => (layout::TAB_ARRAY, true),
                    Field::TabNode => (layout::TAB_NODE, true),
                    Field::TabMeta => (layout::TAB_META, true),
                    Field::TabAsize => (layout::TAB_ASIZE, false),
                    Field::TabHmask => (layout::TAB_HMASK, false),
                    Field::FuncEnv => (layout::FUNC_ENV, true),
                    Field::FuncProto => (layout::FUNC_PROTO, true),
                    Field::StrLen => (layout::STR_LEN, false),
                    f => return Err(format!("NYI: FLOAD {}", f.name())),
                };
                let off = off as i32;
                if wide {
                    dynasm!(self.a ; .arch x64 ; mov Rq(d), QWORD [Rq(obj) + off]);
                } else {
                    dynasm!(self.a ; .arch x64 ; mov Rd(d), DWORD [Rq(obj) + off]);
                }
            }
            IrOp::FREF => {
                let Some(d) = p.dst else { return Ok(()) };
                let obj = o1.ok_or("FREF object")?;
                let off = match Field::from_u32(i.op2) {
                    Field::TabMeta => layout::TAB_META as i32,
                    f => return Err(format!("NYI: FREF {}", f.name())),
                };
                dynasm!(self.a ; .arch x64 ; lea Rq(d), [Rq(obj) + off]);
            }
            IrOp::FSTORE => {
                // Only pointer fields are stored (a table's metatable).
                let addr = o1.ok_or("FSTORE address")?;
                let v = o2.ok_or("FSTORE value")?;
                dynasm!(self.a ; .arch x64 ; mov QWORD [Rq(addr)], Rq(v));
            }
            IrOp::HREFK => {
                let exit = self.exit_label();
                let t = o1.ok_or("HREFK table")?;
                let tmp = p.tmp[0].ok_or("HREFK scratch")?;
                let ks = self.ir.get(i.op2);
                let key_bits = self.const_value_bits(ks.op1) as i64;
                let slot_off = (ks.op2 as usize * layout::NODE_SIZE) as i32;
                let d = p.dst.or(p.tmp[1]).ok_or("HREFK scratch")?;
                dynasm!(self.a
                    ; .arch x64
                    ; mov Rq(d), QWORD [Rq(t) + layout::TAB_NODE as i32]
                    ; mov Rq(tmp), QWORD key_bits
                    ; cmp QWORD [Rq(d) + slot_off + layout::NODE_KEY as i32], Rq(tmp)
                    ; jne =>exit
                );
                if slot_off != 0 && p.dst.is_some() {
                    dynasm!(self.a ; .arch x64 ; add Rq(d), slot_off);
                }
            }
            IrOp::AREF => {
                let Some(d) = p.dst else { return Ok(()) };
                let t = o1.ok_or("AREF table")?;
                dynasm!(self.a ; .arch x64 ; mov Rq(d), QWORD [Rq(t) + layout::TAB_ARRAY as i32]);
                match o2 {
                    Some(idx) => {
                        dynasm!(self.a ; .arch x64 ; movsxd Rq(idx), Rd(idx) ; lea Rq(d), [Rq(d) + Rq(idx) * 8 - 8]);
                    }
                    None => {
                        let k = self.const_bits(i.op2) as i32;
                        dynasm!(self.a ; .arch x64 ; add Rq(d), (k - 1) * 8);
                    }
                }
            }
            IrOp::ALOAD | IrOp::HLOAD | IrOp::ULOAD => {
                let (addr, off) = self.value_addr(i.op, o1, p.tmp[0])?;
                if i.guard {
                    self.check_type_mem(addr, off, i.t);
                }
                if let Some(d) = p.dst {
                    self.load_value(d, addr, off, i.t);
                }
            }
            IrOp::ASTORE | IrOp::HSTORE | IrOp::USTORE => {
                let (addr, off) = self.value_addr(i.op, o1, p.tmp[0])?;
                self.store_value(addr, off, i.op2, o2);
            }
            IrOp::UREFO | IrOp::UREFC => {
                let Some(d) = p.dst else { return Ok(()) };
                let f = o1.ok_or("UREF function")?;
                let off = (layout::FUNC_UPVALS + 8 * i.op2 as usize) as i32;
                dynasm!(self.a ; .arch x64 ; mov Rq(d), QWORD [Rq(f) + off]);
            }
            IrOp::NEWREF => {
                // helper(vm: rdi, table: rsi, key: rdx) -> slot in rax, or null.
                let t = o1.ok_or("NEWREF table")?;
                let exit = self.exit_label();
                dynasm!(self.a ; .arch x64 ; push Rq(t));
                self.box_value(RDX, i.op2, o2);
                dynasm!(self.a ; .arch x64 ; pop rsi ; mov rdi, [rsp + VM_OFF]);
                self.call_helper(lunavm_vm::jit::trace_table_newref as *const () as usize);
                dynasm!(self.a ; .arch x64 ; test rax, rax ; jz =>exit);
                if let Some(d) = p.dst {
                    dynasm!(self.a ; .arch x64 ; mov Rq(d), rax);
                }
            }
            IrOp::HREF => {
                // helper(table: rdi, key: rsi) -> the value's address in rax.
                let t = o1.ok_or("HREF table")?;
                dynasm!(self.a ; .arch x64 ; push Rq(t));
                self.box_value(RSI, i.op2, o2);
                dynasm!(self.a ; .arch x64 ; pop rdi);
                self.call_helper(lunavm_vm::jit::trace_table_ref as *const () as usize);
                if let Some(d) = p.dst {
                    dynasm!(self.a ; .arch x64 ; mov Rq(d), rax);
                }
            }
            IrOp::CALLN | IrOp::CALLS => self.library_call(&i, p)?,
            IrOp::ALEN => {
                let t = o1.ok_or("ALEN table")?;
                dynasm!(self.a ; .arch x64 ; mov rdi, Rq(t));
                self.call_helper(lunavm_vm::jit::trace_table_len as *const () as usize);
                if let Some(d) = p.dst {
                    dynasm!(self.a ; .arch x64 ; mov Rd(d), eax);
                }
            }
            IrOp::TNEW | IrOp::TDUP => {
                let exit = self.exit_label();
                if i.op == IrOp::TNEW {
                    let (narr, nhash) = (i.op1 as i32, i.op2 as i32);
                    dynasm!(self.a ; .arch x64 ; mov esi, narr ; mov edx, nhash);
                    dynasm!(self.a ; .arch x64 ; mov rdi, [rsp + VM_OFF]);
                    self.call_helper(lunavm_vm::jit::trace_table_new as *const () as usize);
                } else {
                    let tpl = o1.ok_or("TDUP template")?;
                    dynasm!(self.a ; .arch x64 ; mov rsi, Rq(tpl) ; mov rdi, [rsp + VM_OFF]);
                    self.call_helper(lunavm_vm::jit::trace_table_dup as *const () as usize);
                }
                dynasm!(self.a ; .arch x64 ; test rax, rax ; jz =>exit);
                if let Some(d) = p.dst {
                    dynasm!(self.a ; .arch x64 ; mov Rq(d), rax);
                }
            }
            IrOp::TAILC | IrOp::UNTAIL => {
                let off = 8 * (i.op1 as i32);
                dynasm!(self.a ; .arch x64 ; lea rsi, [r14 + off] ; mov rdi, [rsp + VM_OFF]);
                let helper = match i.op {
                    IrOp::TAILC => lunavm_vm::jit::trace_tailcall as *const () as usize,
                    _ => lunavm_vm::jit::trace_untail as *const () as usize,
                };
                self.call_helper(helper);
            }
            IrOp::TBAR => {
                let t = o1.ok_or("TBAR table")?;
                self.barrier(t, lunavm_vm::jit::trace_barrier_table as *const () as usize);
            }
            IrOp::OBAR => {
                let uv = o1.ok_or("OBAR upvalue")?;
                self.barrier(
                    uv,
                    lunavm_vm::jit::trace_barrier_upvalue as *const () as usize,
                );
            }
            // A CARG is read by the call it belongs to.
            IrOp::LOOP | IrOp::PHI | IrOp::NOP | IrOp::CARG => {}
            op if op.is_cdata_op() => self.ffi_ins(r, p)?,
            op => return Err(format!("NYI: IR {}", op.name())),
        }
        if let (Some(slot), Some(d)) = (p.spill, p.dst) {
            self.store_spill(slot, d);
        }
        Ok(())
    }
}

impl Backend for X64Backend {
    fn assemble(
        &mut self,
        t: &Trace,
        entry_of: &dyn Fn(u32) -> Option<usize>,
        parent: Option<&Trace>,
    ) -> Result<Code, String> {
        let ir = &t.ir;
        // A loop with a LOOP body never falls through: nothing to write back.
        let last = if t.loop_ref.is_some() {
            None
        } else {
            t.snaps.last()
        };
        let ra = Ra::new(ir, MAX_SPILL - ffi::XARG_SLOTS);
        let plan: Plan = ra
            .run(&needs, &t.snaps, &|r| snap_of(t, r), last)
            .map_err(|_| "out of spill slots".to_string())?;
        let size_guess = 64 + ir.num_ins() * 24 + t.snaps.len() * 16;
        if self.area().free() < size_guess * 2 {
            if self.areas.len() * self.area_size >= self.max_total {
                return Err(lunavm_tracer::trace::CODE_AREA_FULL.into());
            }
            self.new_area().map_err(|e| e.to_string())?;
        }
        let start = self.area().next();
        let mut a = Asm::new(start);
        let exits: Vec<DynamicLabel> = (0..t.snaps.len()).map(|_| a.new_dynamic_label()).collect();
        let mut parent_consts = Vec::new();
        if let (Some(p), Some(side)) = (parent, t.side) {
            // A side trace is entered from its parent's exit stub with the
            // parent's registers: write the parent's snapshot back first
            // (it checks the stack, so it has the exit of snapshot 0).
            let first = exits.first().copied().filter(|_| t.checks_stack());
            (a, parent_consts) = write_back_parent(a, p, side.snap as usize, first)?;
        }
        let top = a.new_dynamic_label();
        let body = a.new_dynamic_label();
        let mut e = Emitter {
            a,
            ir,
            exits,
            consts: parent_consts,
            used_exits: vec![false; t.snaps.len()],
            cur_snap: 0,
        };
        dynasm!(e.a ; .arch x64 ; =>top);
        if t.checks_stack() {
            // Leave through snapshot 0 (the start, nothing changed) when the
            // frames would not fit.
            let full = e.exits[0];
            e.used_exits[0] = true;
            dynasm!(e.a ; .arch x64 ; cmp r14, [rsp + LIMIT_OFF] ; ja =>full);
        }
        for f in &plan.head {
            e.fix(*f);
        }
        let mut marks: Vec<(usize, Ref)> = Vec::new();
        for r in ir.refs().skip(1) {
            let pi = (r - REF_BIAS) as usize;
            marks.push((e.a.offset().0, r));
            e.cur_snap = snap_of(t, r);
            if Some(r) == t.loop_ref {
                dynasm!(e.a ; .arch x64 ; =>body);
            }
            e.ins(r, &plan.ins[pi], self.has_sse41)?;
            for f in plan.ins[pi].after.clone() {
                e.fix(f);
            }
        }
        if t.loop_ref.is_some() {
            // The back edge: values to where the body's start expects them.
            for &m in &plan.back_edge {
                e.place_move(m);
            }
            for &f in &plan.back_consts {
                e.fix(f);
            }
            dynasm!(e.a ; .arch x64 ; jmp =>body);
        }
        // Write back the final snapshot, then continue.
        if let Some(s) = last {
            for &(slot, r, src) in &plan.writeback {
                let off = 8 * slot;
                match src {
                    Src::Const => e.store_value(BASE, off, r, None),
                    Src::Reg(reg) => e.store_value(BASE, off, r, Some(reg)),
                    Src::Spill(slot_no) => e.store_spilled(off, r, slot_no),
                }
            }
            for l in &s.links {
                e.store_bits(BASE, 8 * l.slot, l.link);
            }
            // A trace that leaves keeps BASE: the exit handler adds the
            // snapshot's base.
            if s.base != 0 && !t.end.leaves() {
                dynasm!(e.a ; .arch x64 ; add r14, 8 * s.base);
            }
        }
        match t.end {
            _ if t.loop_ref.is_some() => {}
            TraceEnd::Loop | TraceEnd::UpRec | TraceEnd::DownRec | TraceEnd::TailRec => {
                dynasm!(e.a ; .arch x64 ; jmp =>top)
            }
            TraceEnd::Return | TraceEnd::Interp => {
                // Leave through the final snapshot's exit (already written back).
                let n = t.snaps.len() - 1;
                let l = e.exits[n];
                e.used_exits[n] = true;
                dynasm!(e.a ; .arch x64 ; jmp =>l);
            }
            TraceEnd::Link(n) => {
                let target = entry_of(n).ok_or("link to a trace without code")?;
                dynasm!(e.a ; .arch x64 ; jmp extern target);
            }
        }
        // Exit stubs, then the trace's exit tail.
        let tail = e.a.new_dynamic_label();
        let mut exit_stubs = vec![0usize; t.snaps.len()];
        for (n, &l) in e.exits.clone().iter().enumerate() {
            if !e.used_exits[n] {
                continue;
            }
            exit_stubs[n] = start + e.a.offset().0;
            // The first 5 bytes are what patching an exit overwrites.
            dynasm!(e.a ; .arch x64 ; =>l ; mov DWORD [rsp + EXITNO_OFF], n as i32 ; jmp =>tail);
        }
        let exit_common = self.exit_common;
        dynasm!(e.a
            ; .arch x64
            ; =>tail
            ; mov DWORD [rsp + TRACENO_OFF], t.no as i32
            ; mov DWORD [rsp + NSPILL_OFF], plan.spills as i32
            ; jmp extern exit_common
        );
        let text_len = e.a.offset().0;
        if !e.consts.is_empty() {
            // 16 bytes each, 16-aligned (code starts 16-aligned): `por`
            // reads its tag constant as 128 bits.
            dynasm!(e.a ; .arch x64 ; .align 16);
            for (l, bits) in e.consts.clone() {
                dynasm!(e.a ; .arch x64 ; =>l ; .u64 bits ; .u64 0);
            }
        }
        let bytes = e.a.finalize().map_err(|err| format!("{err:?}"))?;
        let at = self
            .area()
            .append(&bytes)
            .map_err(|err| format!("code area: {err}"))?;
        debug_assert_eq!(at, start);
        Ok(Code {
            entry: start,
            size: bytes.len(),
            locs: plan.locs,
            spills: plan.spills,
            text_len,
            exit_stubs,
            marks: marks.iter().map(|&(off, r)| (off as u32, r)).collect(),
        })
    }

    fn patch_exit(&mut self, stub: usize, target: usize) -> Result<(), String> {
        let rel = target as i64 - (stub as i64 + 5);
        let rel = i32::try_from(rel).map_err(|_| "side trace out of jump range".to_string())?;
        let mut jmp = [0xe9u8, 0, 0, 0, 0];
        jmp[1..].copy_from_slice(&rel.to_le_bytes());
        let area = self
            .areas
            .iter_mut()
            .find(|a| a.base() <= stub && stub < a.base() + a.used())
            .ok_or("exit stub outside the code areas")?;
        area.write(stub, &jmp).map_err(|e| e.to_string())
    }

    unsafe fn run(
        &mut self,
        entry: usize,
        base: *mut Value,
        limit: *const Value,
        vm: *mut lunavm_vm::Vm,
        exit: &mut ExitState,
    ) {
        type Tramp = unsafe extern "sysv64" fn(
            usize,
            *mut Value,
            *mut RawExit,
            *const Value,
            *mut lunavm_vm::Vm,
        );
        // SAFETY: the trampoline was assembled at this address with this
        // signature; the caller guarantees `entry` and `base` (see the trait).
        unsafe {
            let f: Tramp = std::mem::transmute::<usize, Tramp>(self.trampoline);
            f(entry, base, &mut *self.raw, limit, vm);
        }
        let raw = &self.raw;
        exit.snap = raw.snap;
        exit.trace = raw.trace;
        exit.gpr = raw.gpr;
        exit.fpr = raw.fpr;
        exit.base = raw.gpr[BASE as usize] as usize;
        let n = (raw.nspill as usize).min(MAX_SPILL as usize);
        exit.spill.clear();
        exit.spill.extend_from_slice(&raw.spill[..n]);
    }

    fn flush(&mut self) {
        // Keep the first area (its start holds the runtime code), forget the rest.
        self.areas.truncate(1);
        self.areas[0].reset(self.runtime_len);
    }

    fn arch(&self) -> &'static str {
        "x64"
    }

    fn runtime_code(&self) -> Option<(usize, usize)> {
        Some((self.trampoline, self.runtime_len))
    }

    fn set_limits(&mut self, area_kb: u32, max_kb: u32) {
        // The current area keeps its size; new ones take the new size.
        self.area_size = (area_kb.max(16) as usize) * 1024;
        self.max_total = (max_kb as usize * 1024).max(self.area_size);
    }

    fn reg_name(&self, n: u8) -> &'static str {
        const NAMES: [&str; 32] = [
            "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11",
            "r12", "r13", "r14", "r15", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6",
            "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15",
        ];
        NAMES.get(n as usize).copied().unwrap_or("?")
    }

    fn listing(&self, code: &Code, ir: &Ir) -> String {
        // SAFETY: the code was copied to `entry` by `assemble` and stays
        // mapped (readable) until the next flush, which also drops `code`.
        let bytes = unsafe { std::slice::from_raw_parts(code.entry as *const u8, code.text_len) };
        listing::listing(bytes, code, ir)
    }
}

/// Writes parent trace `p`'s snapshot `n` into the stack from the parent's
/// registers and spill slots, then moves BASE to the snapshot's frame: the
/// state a side trace starting at that exit expects.
/// Cdata the parent kept virtual are boxed (`ffi::box_parent_slots`), and
/// leave through `first`, the side trace's snapshot 0, when a collection is
/// due.
fn write_back_parent(
    a: Asm,
    p: &Trace,
    n: usize,
    first: Option<DynamicLabel>,
) -> Result<(Asm, Vec<(DynamicLabel, u64)>), String> {
    let snap = p.snaps.get(n).ok_or("no such parent snapshot")?;
    let code = p.code.as_ref().ok_or("parent without code")?;
    let mut e = Emitter {
        a,
        ir: &p.ir,
        exits: Vec::new(),
        consts: Vec::new(),
        used_exits: Vec::new(),
        cur_snap: 0,
    };
    let mut boxes = Vec::new();
    for en in &snap.entries {
        let off = 8 * en.slot;
        if is_const(en.r) {
            e.store_value(BASE, off, en.r, None);
            continue;
        }
        let loc = code.locs.get((en.r - REF_BIAS) as usize);
        if let Some(ty) = lunavm_tracer::xmem::virtual_cdata(&p.ir, en.r) {
            e.store_raw(off, loc)?;
            boxes.push((off, ty));
            continue;
        }
        match loc {
            Some(Loc::Spill(s)) => e.store_spilled(off, en.r, *s),
            Some(Loc::Reg(r)) => e.store_value(BASE, off, en.r, Some(*r)),
            _ if e.ir.get(en.r).t.is_pri() => e.store_value(BASE, off, en.r, None),
            _ => return Err("parent snapshot value without a location".into()),
        }
    }
    for l in &snap.links {
        e.store_bits(BASE, 8 * l.slot, l.link);
    }
    e.box_parent_slots(&boxes)?;
    if snap.base != 0 {
        dynasm!(e.a ; .arch x64 ; add r14, 8 * snap.base);
    }
    if !boxes.is_empty() {
        e.exit_if_gc_due(first.ok_or("boxing at a side trace's entry without an exit")?);
    }
    Ok((e.a, e.consts))
}
