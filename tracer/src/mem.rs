//! Memory optimisations: CSE of loads and store-to-load forwarding, with a
//! simple alias analysis.
//!
//! A load may reuse an earlier identical load, or the value of an earlier store
//! to the same address, as long as no store in between may write that address
//! and no call with side effects happened in between.

use crate::ir::*;
use crate::irbuf::Ir;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Alias {
    No,
    May,
    Must,
}

/// The store op that writes what a load op reads.
fn store_of(load: IrOp) -> Option<IrOp> {
    Some(match load {
        IrOp::ALOAD => IrOp::ASTORE,
        IrOp::HLOAD => IrOp::HSTORE,
        IrOp::ULOAD => IrOp::USTORE,
        _ => return None,
    })
}

/// Object fields (a table's size, parts and metatable) change only in helper
/// calls and field stores: an identical FLOAD after the last of those is reused.
fn cse_field(ir: &Ir, ins: &Ins) -> Option<Ref> {
    let limit = last_barrier(ir)
        .max(ir.chain_head(IrOp::FSTORE))
        .max(ins.op1);
    same_load_after(ir, ins, limit)
}

/// The newest load identical to `ins` (op, operands, type) newer than
/// `limit`, which nothing after it may have overwritten.
pub(crate) fn same_load_after(ir: &Ir, ins: &Ins, limit: Ref) -> Option<Ref> {
    let mut l = ir.chain_head(ins.op);
    while l > limit {
        let o = ir.get(l);
        if o.op1 == ins.op1 && o.op2 == ins.op2 && o.t == ins.t {
            return Some(l);
        }
        l = o.prev;
    }
    None
}

/// Whether two address references may denote the same memory.
fn alias(ir: &Ir, a: Ref, b: Ref) -> Alias {
    if a == b {
        return Alias::Must;
    }
    let (ia, ib) = (ir.get(a), ir.get(b));
    if ia.op != ib.op {
        // Different kinds of reference into different kinds of storage, except
        // HREF which may find any hash slot.
        let any = |op| matches!(op, IrOp::HREF | IrOp::NEWREF | IrOp::CALLN);
        return if any(ia.op) || any(ib.op) {
            Alias::May
        } else {
            Alias::No
        };
    }
    match ia.op {
        // Same table and different constant indices, or different constant keys.
        IrOp::AREF => {
            let both_const = is_const(ia.op2) && is_const(ib.op2);
            if (both_const && ia.op2 != ib.op2)
                || (ia.op1 != ib.op1 && both_new(ir, ia.op1, ib.op1))
            {
                Alias::No
            } else {
                Alias::May
            }
        }
        IrOp::HREFK => {
            let (ka, kb) = (ir.get(ia.op2).op1, ir.get(ib.op2).op1);
            if ka != kb || (ia.op1 != ib.op1 && both_new(ir, ia.op1, ib.op1)) {
                Alias::No
            } else {
                Alias::May
            }
        }
        IrOp::UREFO | IrOp::UREFC => {
            if ia.op1 == ib.op1 && ia.op2 != ib.op2 {
                Alias::No
            } else {
                Alias::May
            }
        }
        IrOp::FREF => {
            if ia.op2 != ib.op2 {
                Alias::No
            } else {
                Alias::May
            }
        }
        _ => Alias::May,
    }
}

/// Two different tables allocated in this trace are different objects.
fn both_new(ir: &Ir, a: Ref, b: Ref) -> bool {
    let new = |r: Ref| !is_const(r) && matches!(ir.get(r).op, IrOp::TNEW | IrOp::TDUP);
    new(a) && new(b)
}

/// The newest call with side effects, which may have written anything (a C
/// call too: it may call back into Lua), or key creation, which may have
/// moved a table's parts.
fn last_barrier(ir: &Ir) -> Ref {
    ir.chain_head(IrOp::CALLS)
        .max(ir.chain_head(IrOp::NEWREF))
        .max(ir.chain_head(IrOp::CALLXS))
}

/// Forwarding or CSE for a load: the reference holding the loaded value, if
/// there is one.
pub fn cse_load(ir: &Ir, ins: &Ins) -> Option<Ref> {
    if ins.op == IrOp::FLOAD {
        return cse_field(ir, ins);
    }
    if ins.op == IrOp::XLOAD {
        return crate::xmem::cse_xload(ir, ins);
    }
    if ins.op == IrOp::ALEN {
        // A table's length changes with any store into a table.
        let limit = last_barrier(ir)
            .max(ir.chain_head(IrOp::ASTORE))
            .max(ir.chain_head(IrOp::HSTORE))
            .max(ins.op1);
        let mut l = ir.chain_head(IrOp::ALEN);
        while l > limit {
            if ir.get(l).op1 == ins.op1 {
                return Some(l);
            }
            l = ir.get(l).prev;
        }
        return None;
    }
    let store_op = store_of(ins.op)?;
    let addr = ins.op1;
    let barrier = last_barrier(ir);
    // Walk the stores of this kind, newest first, down to the barrier.
    let mut s = ir.chain_head(store_op);
    let mut limit = barrier.max(addr);
    while s > limit {
        let st = ir.get(s);
        match alias(ir, st.op1, addr) {
            Alias::Must => {
                // Forward the stored value if it has the type the load expects.
                let v = st.op2;
                return (ir.get(v).t == ins.t).then_some(v);
            }
            Alias::No => {}
            _ => {
                limit = s;
                break;
            }
        }
        s = st.prev;
    }
    // An identical load newer than anything that may have overwritten it.
    same_load_after(ir, ins, limit)
}
