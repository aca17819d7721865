//! Rebuilding Lua values from a trace exit's registers and spill slots.
//!
//! An exit's snapshot is turned into a `Plan` the first time it is taken: per
//! slot, where its value is and how to box it, with every IR look-up done
//! once. Later exits through it only copy and box.

use crate::ir::*;
use crate::irbuf::Ir;
use crate::trace::{Code, ExitState, Loc};
use lunavm_vm::value::PAYLOAD_MASK;
use lunavm_vm::Value;

/// The value of IR reference `r` at the exit described by `exit`.
pub fn value_of(ir: &Ir, code: &Code, exit: &ExitState, r: Ref) -> Value {
    if is_const(r) {
        return ir.const_value(r).unwrap_or(Value::NIL);
    }
    let ins = ir.get(r);
    if ins.t.is_pri() {
        return match ins.t {
            IrType::Nil => Value::NIL,
            IrType::False => Value::FALSE,
            _ => Value::TRUE,
        };
    }
    let bits = raw_bits(code, exit, r);
    match ins.t {
        IrType::Num => Value::number(f64::from_bits(bits)),
        IrType::Int => Value::num(bits as u32 as i32 as f64),
        t if t <= IrType::Udata => {
            Value::from_bits(((t.tag() as u64) << 47) | (bits & PAYLOAD_MASK))
        }
        _ => Value::NIL,
    }
}

/// The 64 bits instruction `r`'s value had at the exit (its register or
/// spill slot).
pub fn raw_bits(code: &Code, exit: &ExitState, r: Ref) -> u64 {
    match code.locs.get((r - REF_BIAS) as usize) {
        Some(Loc::Reg(n)) if *n < 16 => exit.gpr[*n as usize],
        Some(Loc::Reg(n)) => exit.fpr[(*n - 16) as usize],
        Some(Loc::Spill(s)) => exit.spill.get(*s as usize).copied().unwrap_or(0),
        _ => {
            debug_assert!(false, "snapshot value {} has no location", r - REF_BIAS);
            0
        }
    }
}

/// Where a snapshot entry's value is at an exit, and how to box it.
#[derive(Clone, Copy, Debug)]
pub enum Src {
    /// A constant (or nil/false/true): the boxed value itself.
    Value(Value),
    /// A register (0..16 general, 16.. XMM) or spill slot holding a double.
    Num(Loc),
    /// ... a 32-bit integer.
    Int(Loc),
    /// ... a GC object's address, boxed with this tag.
    Gc(Loc, u64),
}

/// A snapshot's entries as `(slot, source)`.
pub type Plan = Box<[(i32, Src)]>;

/// The restore plan of a snapshot's entries, or None when one of them needs
/// more than copying (a cdata the trace kept virtual).
pub fn plan(ir: &Ir, code: &Code, entries: &[crate::snap::SnapEntry]) -> Option<Plan> {
    let mut out = Vec::with_capacity(entries.len());
    for e in entries {
        let r = e.r;
        if crate::xmem::virtual_cdata(ir, r).is_some() {
            return None;
        }
        let src = if is_const(r) {
            Src::Value(ir.const_value(r).unwrap_or(Value::NIL))
        } else {
            let t = ir.get(r).t;
            if t.is_pri() {
                Src::Value(value_of(ir, code, &ExitState::default(), r))
            } else {
                let loc = *code.locs.get((r - REF_BIAS) as usize)?;
                if loc == Loc::None {
                    return None;
                }
                match t {
                    IrType::Num => Src::Num(loc),
                    IrType::Int => Src::Int(loc),
                    t if t <= IrType::Udata => Src::Gc(loc, (t.tag() as u64) << 47),
                    _ => return None,
                }
            }
        };
        out.push((e.slot, src));
    }
    Some(out.into_boxed_slice())
}

/// The value `src` gives at the exit described by `exit`.
#[inline]
pub fn value_from(src: Src, exit: &ExitState) -> Value {
    let bits = |loc: Loc| match loc {
        Loc::Reg(n) if n < 16 => exit.gpr[n as usize],
        Loc::Reg(n) => exit.fpr[(n - 16) as usize],
        Loc::Spill(s) => exit.spill.get(s as usize).copied().unwrap_or(0),
        _ => 0,
    };
    match src {
        Src::Value(v) => v,
        Src::Num(l) => Value::number(f64::from_bits(bits(l))),
        Src::Int(l) => Value::num(bits(l) as u32 as i32 as f64),
        Src::Gc(l, tag) => Value::from_bits(tag | (bits(l) & PAYLOAD_MASK)),
    }
}
