//! DCE: dead-code elimination. Marks everything snapshots, guards and effects
//! need, then turns the rest into NOPs.

use crate::ir::*;
use crate::trace::Trace;

pub fn run(t: &mut Trace) {
    let ir = &mut t.ir;
    let n = ir.num_ins();
    let mut live = vec![false; n];
    let idx = |r: Ref| (r - REF_BIAS) as usize;
    let is_ins = |r: Ref| r != REF_NONE && !is_const(r);
    let mut work: Vec<Ref> = Vec::new();
    let mark = |live: &mut Vec<bool>, work: &mut Vec<Ref>, r: Ref| {
        if is_ins(r) && !live[idx(r)] {
            live[idx(r)] = true;
            work.push(r);
        }
    };
    for s in &t.snaps {
        for e in &s.entries {
            mark(&mut live, &mut work, e.r);
        }
    }
    for r in ir.refs() {
        let i = ir.get(r);
        if i.guard || matches!(i.op.mode(), Mode::Store | Mode::Effect) || i.op == IrOp::BASE {
            mark(&mut live, &mut work, r);
        }
    }
    // Everything a live instruction uses is live (PHI operands may be newer
    // than the PHI, hence a work list rather than one backward sweep).
    while let Some(r) = work.pop() {
        let i = *ir.get(r);
        let (k1, k2) = i.op.operands();
        if k1 == Opnd::Ref {
            mark(&mut live, &mut work, i.op1);
        }
        if k2 == Opnd::Ref {
            mark(&mut live, &mut work, i.op2);
        }
    }
    for r in ir.refs() {
        if !live[idx(r)] {
            ir.nop(r);
        }
    }
    ir.rechain();
}
