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
    match source(ir, code, r) {
        Some(src) => value_from(src, exit),
        None => {
            debug_assert!(false, "snapshot value {} has no location", r - REF_BIAS);
            Value::NIL
        }
    }
}

/// The 64 bits instruction `r`'s value had at the exit (its register or
/// spill slot).
pub fn raw_bits(code: &Code, exit: &ExitState, r: Ref) -> u64 {
    let loc = code.locs.get((r - REF_BIAS) as usize).copied();
    loc_bits(loc.unwrap_or(Loc::None), exit)
}

fn loc_bits(loc: Loc, exit: &ExitState) -> u64 {
    match loc {
        Loc::Reg(n) if n < 16 => exit.gpr[n as usize],
        Loc::Reg(n) => exit.fpr[(n - 16) as usize],
        Loc::Spill(s) => exit.spill.get(s as usize).copied().unwrap_or(0),
        Loc::None => 0,
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

/// Where value `r` is at an exit and how to box it; None when it has no
/// location or is C data the trace kept virtual.
fn source(ir: &Ir, code: &Code, r: Ref) -> Option<Src> {
    if is_const(r) {
        return Some(Src::Value(ir.const_value(r).unwrap_or(Value::NIL)));
    }
    let t = ir.get(r).t;
    match t {
        IrType::Nil => return Some(Src::Value(Value::NIL)),
        IrType::False => return Some(Src::Value(Value::FALSE)),
        IrType::True => return Some(Src::Value(Value::TRUE)),
        _ => {}
    }
    let loc = *code.locs.get((r - REF_BIAS) as usize)?;
    if loc == Loc::None {
        return None;
    }
    Some(match t {
        IrType::Num => Src::Num(loc),
        IrType::Int => Src::Int(loc),
        t if t <= IrType::Udata => Src::Gc(loc, (t.tag() as u64) << 47),
        _ => return None,
    })
}

/// The restore plan of a snapshot's entries, or None when one of them needs
/// more than copying (a cdata the trace kept virtual).
pub fn plan(ir: &Ir, code: &Code, entries: &[crate::snap::SnapEntry]) -> Option<Plan> {
    entries
        .iter()
        .map(|e| {
            if crate::xmem::virtual_cdata(ir, e.r).is_some() {
                return None;
            }
            Some((e.slot, source(ir, code, e.r)?))
        })
        .collect()
}

/// The value `src` gives at the exit described by `exit`.
#[inline]
pub fn value_from(src: Src, exit: &ExitState) -> Value {
    match src {
        Src::Value(v) => v,
        Src::Num(l) => Value::number(f64::from_bits(loc_bits(l, exit))),
        Src::Int(l) => Value::num(loc_bits(l, exit) as u32 as i32 as f64),
        Src::Gc(l, tag) => Value::from_bits(tag | (loc_bits(l, exit) & PAYLOAD_MASK)),
    }
}
