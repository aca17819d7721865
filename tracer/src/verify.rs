//! The IR verifier: checks the invariants the passes and the backend rely
//! on. The engine runs it after recording and after every pass in debug
//! builds (`cargo test`), so a pass that breaks the IR fails there, at the
//! pass, rather than as wrong machine code later.

use crate::ir::*;
use crate::irbuf::Ir;
use crate::snap::Snapshot;

/// Checks `ir` and `snaps`; the error names the instruction and the rule.
pub fn check(ir: &Ir, snaps: &[Snapshot]) -> Result<(), String> {
    let top = ir.top();
    let bottom = ir.bottom();
    let loop_at = ir.refs().find(|&r| ir.get(r).op == IrOp::LOOP);
    let mut loops = 0;
    for r in ir.refs().skip(1) {
        let i = ir.get(r);
        let at = |why: String| format!("IR {:04} {}: {why}", r - REF_BIAS, i.op.name());
        let (k1, k2) = i.op.operands();
        for (kind, o) in [(k1, i.op1), (k2, i.op2)] {
            if kind != Opnd::Ref || o == REF_NONE {
                continue;
            }
            if o < bottom || o >= top {
                return Err(at(format!("operand {o:#x} out of range")));
            }
            // Only a PHI's right operand may come later (around the loop).
            let forward_ok = i.op == IrOp::PHI && o == i.op2;
            if o >= r && !forward_ok {
                return Err(at(format!("operand {:04} is not older", o - REF_BIAS)));
            }
            if !is_const(o) && ir.get(o).op == IrOp::NOP && i.op != IrOp::NOP {
                return Err(at(format!("uses removed {:04}", o - REF_BIAS)));
            }
        }
        if i.prev != REF_NONE && (i.prev >= r || ir.get(i.prev).op != i.op) {
            return Err(at("broken CSE chain".into()));
        }
        match i.op {
            IrOp::LOOP => loops += 1,
            IrOp::CALLN | IrOp::CALLL | IrOp::CALLS => {
                let mut n = 0;
                let mut a = i.op1;
                while a != REF_NONE && !is_const(a) && ir.get(a).op == IrOp::CARG {
                    n += 1;
                    a = ir.get(a).op1;
                }
                if n + usize::from(a != REF_NONE) > 3 {
                    return Err(at("a library call takes at most three arguments".into()));
                }
            }
            IrOp::PHI => match loop_at {
                Some(lp) if i.op1 < lp && r > lp => {
                    let (l, rt) = (ir.get(i.op1).t, ir.get(i.op2).t);
                    if l != rt || l != i.t {
                        return Err(at("PHI operands of different types".into()));
                    }
                }
                _ => return Err(at("PHI without a LOOP before it".into())),
            },
            _ => {}
        }
        if i.guard && snaps.first().is_none_or(|s| s.r > r) {
            return Err(at("guard without a snapshot".into()));
        }
    }
    if loops > 1 {
        return Err(format!("{loops} LOOP markers"));
    }
    let mut last = REF_BIAS;
    for (n, s) in snaps.iter().enumerate() {
        if s.r < last || s.r > top {
            return Err(format!("snapshot #{n} at {:#x} out of order", s.r));
        }
        last = s.r;
        for e in &s.entries {
            if e.r < bottom || e.r >= top.max(s.r) {
                return Err(format!("snapshot #{n} slot {}: bad reference", e.slot));
            }
            if !is_const(e.r) && e.r >= s.r {
                return Err(format!(
                    "snapshot #{n} slot {}: {:04} is not computed yet",
                    e.slot,
                    e.r - REF_BIAS
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_a_well_formed_trace_and_names_broken_rules() {
        let mut ir = Ir::new();
        let snaps = vec![Snapshot {
            r: ir.top(),
            pc: std::ptr::null(),
            base: 0,
            top: 4,
            depth: 0,
            entries: Vec::new(),
            links: Vec::new(),
            count: 0,
            tries: 0,
            gc_exit: false,
        }];
        let x = ir
            .emit(Ins::new(IrOp::SLOAD, IrType::Num, 0, sload::TYPECHECK).guarded())
            .unwrap();
        let one = ir.knum(1.0);
        let y = ir.emit(Ins::new(IrOp::ADD, IrType::Num, x, one)).unwrap();
        assert_eq!(check(&ir, &snaps), Ok(()));

        // An operand that is not older than its user.
        ir.get_mut(y).op1 = y;
        assert!(check(&ir, &snaps).unwrap_err().contains("is not older"));
        ir.get_mut(y).op1 = x;

        // A guard before any snapshot.
        assert!(check(&ir, &[]).unwrap_err().contains("without a snapshot"));

        // A PHI with no LOOP.
        ir.append(Ins::new(IrOp::PHI, IrType::Num, x, y)).unwrap();
        assert!(check(&ir, &snaps).unwrap_err().contains("without a LOOP"));
    }
}
