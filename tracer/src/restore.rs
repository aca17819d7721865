//! Rebuilding Lua values from a trace exit's registers and spill slots.

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
