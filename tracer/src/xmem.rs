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
/// integers; others are doubles).
pub fn load_type(k: CScalar) -> IrType {
    use CScalar::*;
    match k {
        I8 | U8 | I16 | U16 | I32 | Bool => IrType::Int,
        _ => IrType::Num,
    }
}

/// The IR type of an XCONV to a kind (the register class of the bits).
pub fn conv_type(k: CScalar) -> IrType {
    match k {
        CScalar::F32 | CScalar::F64 => IrType::Num,
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
            // Exact round trips only: an int32 or a double comes back as
            // stored; narrower and unsigned kinds and floats do not.
            return (matches!(k, CScalar::I32 | CScalar::F64) && ir.get(st.op2).t == ins.t)
                .then_some(st.op2);
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

/// The C type of the reference cdata IR value `r` stands for, if it is a
/// virtual one (CREF).
pub fn cref_type(ir: &Ir, r: Ref) -> Option<u32> {
    if is_const(r) || r >= ir.top() {
        return None;
    }
    let i = ir.get(r);
    (i.op == IrOp::CREF).then_some(i.op2)
}

/// Whether a snapshot holds a virtual reference cdata (only exits through
/// the engine can make it; machine code write-backs cannot).
pub fn snap_has_cref(ir: &Ir, s: &crate::snap::Snapshot) -> bool {
    s.entries.iter().any(|e| cref_type(ir, e.r).is_some())
}
