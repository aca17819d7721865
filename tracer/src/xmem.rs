//! Memory optimisations of C data (XLOAD/XSTORE): CSE of loads and
//! store-to-load forwarding, with an alias analysis of addresses.
//!
//! C memory is reached through raw addresses, so two different address
//! references may denote the same bytes (two pointers into one array, a
//! struct seen through a pointer and as an object). Only these are known
//! apart: the same base plus constant offsets whose ranges do not overlap.
//! Any C call (CALLXS) or helper with side effects may write any C memory.
//! A store forwards to a load of the same address and kind only where the
//! round trip through memory is exact (`int32_t` and `double`).

use crate::ir::*;
use crate::irbuf::Ir;
use lunavm_vm::ctinfo::CScalar;

/// The kinds in XLOAD/XSTORE/XCONV literals, in the order of `CScalar`.
pub fn kind(n: u32) -> CScalar {
    use CScalar::*;
    [I8, U8, I16, U16, I32, U32, I64, U64, F32, F64, Bool][n as usize % 11]
}

/// The IR type an XLOAD of a kind gives (integers that fit i32 stay
/// integers, 64-bit ones are I64/U64; others are doubles).
pub fn load_type(k: CScalar) -> IrType {
    use CScalar::*;
    match k {
        I8 | U8 | I16 | U16 | I32 | Bool => IrType::Int,
        I64 => IrType::I64,
        U64 => IrType::U64,
        _ => IrType::Num,
    }
}

/// The IR type of an XCONV to a kind (the register class of the bits).
pub fn conv_type(k: CScalar) -> IrType {
    match k {
        CScalar::F32 | CScalar::F64 => IrType::Num,
        CScalar::I64 => IrType::I64,
        CScalar::U64 => IrType::U64,
        _ => IrType::Int,
    }
}

/// The kind an XSTORE writes (its value is an XCONV).
fn store_kind(ir: &Ir, st: &Ins) -> Option<CScalar> {
    let v = ir.get(st.op2);
    (!is_const(st.op2) && v.op == IrOp::XCONV).then(|| kind(v.op2))
}

/// An address as a base reference and a constant offset.
fn split(ir: &Ir, a: Ref) -> (Ref, i64) {
    if !is_const(a) {
        let i = ir.get(a);
        if i.op == IrOp::XADD {
            if let Some(k) = ir.const_int(i.op2) {
                return (i.op1, k as i64);
            }
        }
    }
    (a, 0)
}

/// Whether `size_a` bytes at `a` and `size_b` bytes at `b` may overlap.
fn may_alias(ir: &Ir, a: Ref, size_a: u64, b: Ref, size_b: u64) -> bool {
    let ((ba, oa), (bb, ob)) = (split(ir, a), split(ir, b));
    if ba != bb {
        return true;
    }
    oa < ob + size_b as i64 && ob < oa + size_a as i64
}

/// Forwarding or CSE for an XLOAD.
pub fn cse_xload(ir: &Ir, ins: &Ins) -> Option<Ref> {
    let k = kind(ins.op2);
    let barrier = ir
        .chain_head(IrOp::CALLXS)
        .max(ir.chain_head(IrOp::CALLS))
        .max(ins.op1);
    let mut limit = barrier;
    let mut s = ir.chain_head(IrOp::XSTORE);
    while s > barrier {
        let st = ir.get(s);
        let sk = store_kind(ir, st);
        if st.op1 == ins.op1 && sk == Some(k) {
            // Exact round trips only: an int32, a 64-bit integer or a
            // double comes back as stored; narrower kinds, uint32_t and
            // floats do not.
            let exact = matches!(k, CScalar::I32 | CScalar::I64 | CScalar::U64 | CScalar::F64);
            return (exact && ir.get(st.op2).t == ins.t).then_some(st.op2);
        }
        let size = sk.map_or(8, |k| k.size());
        if may_alias(ir, st.op1, size, ins.op1, k.size()) {
            limit = s;
            break;
        }
        s = st.prev;
    }
    crate::mem::same_load_after(ir, ins, limit)
}

/// The C type of the cdata IR value `r` stands for, if it is a virtual one
/// (CREF, a reference; CNEWI, a 64-bit integer or a pointer): a cdata with
/// an 8-byte payload holding `r`'s 64 bits, made only when an exit needs it.
pub fn virtual_cdata(ir: &Ir, r: Ref) -> Option<u32> {
    if is_const(r) || r >= ir.top() {
        return None;
    }
    let i = ir.get(r);
    matches!(i.op, IrOp::CREF | IrOp::CNEWI).then_some(i.op2)
}

/// `XCTYPE` or `XPTR` (what the payload holds) of a virtual cdata: its C
/// type or its 64 bits, which are its operands (it has no object to read).
/// Run on every emitted instruction, folding or not: the recorder and LOOP
/// emit these for cdata that turn out virtual (a slot's boxed cdata the
/// next iteration replaces with one the trace made).
/// A box (CBOX) of a virtual cdata reads the same: its type and 64 bits are
/// the virtual one's.
pub fn virtual_operand(ir: &mut Ir, ins: &Ins) -> Option<Ref> {
    if !matches!(ins.op, IrOp::XCTYPE | IrOp::XPTR) {
        return None;
    }
    let mut cd = ins.op1;
    if !is_const(cd) && cd < ir.top() && ir.get(cd).op == IrOp::CBOX {
        cd = ir.get(cd).op1;
    }
    let ty = virtual_cdata(ir, cd)?;
    match ins.op {
        IrOp::XCTYPE => Some(ir.kint(ty as i32)),
        _ if ins.op2 == 1 => Some(ir.get(cd).op1),
        _ => None,
    }
}

/// The C type of a virtual reference (CREF) `r`.
pub fn cref_type(ir: &Ir, r: Ref) -> Option<u32> {
    virtual_cdata(ir, r).filter(|_| ir.get(r).op == IrOp::CREF)
}

/// Whether a snapshot holds a virtual cdata (an exit through it boxes the
/// value in the engine; a write-back in machine code needs a CBOX or, at a
/// side trace's entry, a helper call).
pub fn snap_has_virtual(ir: &Ir, s: &crate::snap::Snapshot) -> bool {
    s.entries.iter().any(|e| virtual_cdata(ir, e.r).is_some())
}

/// Boxes the virtual cdata the final snapshot of a trace without a LOOP
/// holds, since its machine code writes that snapshot back: a CBOX of each
/// (guarded by a copy of the snapshot, a `gc_exit` that boxes them in the
/// engine instead), and the final snapshot, taken again after them, holds
/// the boxes.
pub fn box_final_snapshot(
    ir: &mut Ir,
    snaps: &mut Vec<crate::snap::Snapshot>,
) -> Result<(), crate::irbuf::IrError> {
    let Some(mut last) = snaps.pop() else {
        return Ok(());
    };
    if !snap_has_virtual(ir, &last) {
        snaps.push(last);
        return Ok(());
    }
    let exit = crate::snap::Snapshot {
        r: ir.top(),
        gc_exit: true,
        ..last.clone()
    };
    snaps.push(exit);
    let mut boxes: Vec<(Ref, Ref)> = Vec::new();
    for e in &mut last.entries {
        if virtual_cdata(ir, e.r).is_none() {
            continue;
        }
        e.r = match boxes.iter().find(|b| b.0 == e.r) {
            Some(&(_, b)) => b,
            None => {
                let b = ir.emit(Ins::new(IrOp::CBOX, IrType::Cdata, e.r, 0).guarded())?;
                boxes.push((e.r, b));
                b
            }
        };
    }
    last.r = ir.top();
    snaps.push(last);
    Ok(())
}
