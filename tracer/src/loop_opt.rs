//! LOOP: copy-substitution of a loop trace's body, which hoists invariants
//! out of the loop and turns loop-carried values into PHIs.
//!
//! The recorded trace is one iteration of the loop (the pre-roll). The pass
//! appends a LOOP marker and re-emits every pre-roll instruction once more
//! through FOLD and CSE, with each operand replaced by its value in the next
//! iteration (`subst`). Stack slot loads become the value the slot holds at the
//! end of the pre-roll, so the second copy (the loop body) reads registers, not
//! the stack. An instruction whose operands did not change is the same value in
//! every iteration: CSE finds it in the pre-roll and nothing is emitted, which
//! is how invariant code and guards leave the loop. A pre-roll value `x` the
//! body still uses but whose next-iteration value `subst[x]` differs is
//! loop-carried: `PHI x, subst[x]` tells the backend to move the new value into
//! `x`'s place at the back edge. The body jumps back to LOOP; it never writes
//! the stack except through exits.
//!
//! Snapshots are copied along: a body snapshot holds the substituted values of
//! its pre-roll original, over the slots the pre-roll left changed (the
//! loop-closing snapshot). When the loop cannot be closed (a slot changes its
//! type across the iteration, a guard would always fail, limits), the pass
//! undoes itself and the trace keeps looping through its start.

use crate::ir::*;
use crate::irbuf::Ir;
use crate::snap::{SnapEntry, Snapshot};

/// Why the loop could not be optimised (the trace stays unoptimised).
pub type Unrolled = Result<Ref, String>;

/// Runs LOOP on a trace that loops to its start. `end_slot` gives the value a
/// slot holds at the end of the recording (the next iteration's start); the
/// last snapshot is the loop-closing one. Returns the LOOP marker's reference,
/// or, having undone every change, why the loop stays as it is.
pub fn run(
    ir: &mut Ir,
    snaps: &mut Vec<Snapshot>,
    end_slot: &dyn Fn(i32) -> Option<Ref>,
    max_snap: usize,
) -> Unrolled {
    let invar = ir.top();
    let nsnap = snaps.len();
    let res = unroll(ir, snaps, end_slot, max_snap);
    if res.is_err() {
        ir.truncate(invar);
        snaps.truncate(nsnap);
    }
    res
}

fn unroll(
    ir: &mut Ir,
    snaps: &mut Vec<Snapshot>,
    end_slot: &dyn Fn(i32) -> Option<Ref>,
    max_snap: usize,
) -> Unrolled {
    let invar = ir.top();
    let nsnap = snaps.len();
    let loopsnap = match snaps.last() {
        Some(s) if s.r == invar => s.clone(),
        _ => return Err("no loop-closing snapshot".into()),
    };
    let too_long = |_| "trace too long for the loop body".to_string();
    let lp = ir
        .append(Ins::new(IrOp::LOOP, IrType::Void, 0, 0))
        .map_err(too_long)?;
    // subst[r - REF_BIAS]: the value pre-roll instruction r has in the body.
    let mut subst: Vec<Ref> = vec![REF_NONE; (invar - REF_BIAS) as usize];
    subst[0] = REF_BASE;
    let sub = |subst: &[Ref], r: Ref| -> Result<Ref, String> {
        if r == REF_NONE || is_const(r) {
            return Ok(r);
        }
        match subst[(r - REF_BIAS) as usize] {
            REF_NONE => Err("loop uses a removed value".into()),
            s => Ok(s),
        }
    };
    let mut next_snap = 0;
    for r in REF_FIRST..invar {
        while next_snap + 1 < nsnap && snaps[next_snap].r <= r {
            let copy = copy_snapshot(ir, &snaps[next_snap], &loopsnap, &subst)?;
            push_snapshot(snaps, nsnap, copy, max_snap)?;
            next_snap += 1;
        }
        let ins = *ir.get(r);
        let to = match ins.op {
            IrOp::NOP => r,
            IrOp::SLOAD => {
                // The value the slot starts the next iteration with.
                let v = end_slot(ins.op1 as i32)
                    .ok_or_else(|| format!("slot {} dropped in the loop", ins.op1 as i32 + 1))?;
                // A cdata the trace loaded may come back as one it keeps
                // virtual (FOLD reads type and payload from it).
                let virt = ins.t == IrType::Cdata && crate::xmem::virtual_cdata(ir, v).is_some();
                if ins.t == IrType::Num && ir.get(v).t == IrType::Int {
                    // A narrowed loop index: the number the slot will hold
                    // (the pre-roll's conversion back to an integer folds).
                    ir.cur_pc = ins.pc;
                    ir.cur_depth = ins.depth;
                    ir.emit(Ins::new(IrOp::CONV, IrType::Num, v, conv::INT_NUM))
                        .map_err(|e| format!("{e:?} in the loop body"))?
                } else if ir.get(v).t != ins.t && !virt {
                    return Err(format!(
                        "type of slot {} changes in the loop ({} to {})",
                        ins.op1 as i32 + 1,
                        ins.t.name(),
                        ir.get(v).t.name()
                    ));
                } else {
                    v
                }
            }
            _ => {
                let (k1, k2) = ins.op.operands();
                let op1 = if k1 == Opnd::Ref {
                    sub(&subst, ins.op1)?
                } else {
                    ins.op1
                };
                let op2 = if k2 == Opnd::Ref {
                    sub(&subst, ins.op2)?
                } else {
                    ins.op2
                };
                // (Addresses are re-emitted: CSE knows when a table may have
                // moved its parts.)
                let pure = matches!(ins.op.mode(), Mode::Normal | Mode::Comm);
                if pure && op1 == ins.op1 && op2 == ins.op2 {
                    // Invariant: the pre-roll's value serves every iteration.
                    r
                } else {
                    ir.cur_pc = ins.pc;
                    ir.cur_depth = ins.depth;
                    ir.emit(Ins {
                        op1,
                        op2,
                        prev: REF_NONE,
                        ..ins
                    })
                    .map_err(|e| format!("{e:?} in the loop body"))?
                }
            }
        };
        subst[(r - REF_BIAS) as usize] = to;
    }
    drop_unused_snapshots(ir, snaps, nsnap);
    let phis = find_phis(ir, snaps, lp, &subst)?;
    for (x, y) in phis {
        ir.append(Ins::new(IrOp::PHI, ir.get(x).t, x, y))
            .map_err(too_long)?;
    }
    Ok(lp)
}

/// The body's copy of pre-roll snapshot `s`: the loop-closing snapshot's
/// entries (what the pre-roll changed), overridden by `s`'s own, substituted.
fn copy_snapshot(
    ir: &Ir,
    s: &Snapshot,
    loopsnap: &Snapshot,
    subst: &[Ref],
) -> Result<Snapshot, String> {
    let mut entries: Vec<SnapEntry> = loopsnap
        .entries
        .iter()
        .filter(|e| s.entry(e.slot).is_none())
        .copied()
        .collect();
    for e in &s.entries {
        let r = if is_const(e.r) {
            e.r
        } else {
            match subst[(e.r - REF_BIAS) as usize] {
                REF_NONE => return Err("snapshot of a removed value".into()),
                r => r,
            }
        };
        entries.push(SnapEntry { slot: e.slot, r });
    }
    // Slots above the frame are dead; a slot holding what was loaded from it,
    // where that load is invariant, is unchanged in the stack (a loop-carried
    // load is not: its PHI gives it a new value each iteration).
    entries.retain(|e| {
        let i = ir.get(e.r);
        let unchanged = !is_const(e.r)
            && i.op == IrOp::SLOAD
            && i.op1 as i32 == e.slot
            && subst[(e.r - REF_BIAS) as usize] == e.r;
        e.slot < s.top && !unchanged
    });
    entries.sort_by_key(|e| e.slot);
    Ok(Snapshot {
        r: ir.top(),
        entries,
        count: 0,
        tries: 0,
        ..s.clone()
    })
}

/// Appends a body snapshot, replacing a body snapshot no instruction follows.
fn push_snapshot(
    snaps: &mut Vec<Snapshot>,
    nsnap: usize,
    s: Snapshot,
    max_snap: usize,
) -> Result<(), String> {
    if snaps.len() > nsnap && snaps.last().is_some_and(|l| l.r == s.r) {
        snaps.pop();
    }
    if snaps.len() >= max_snap {
        return Err("too many snapshots".into());
    }
    snaps.push(s);
    Ok(())
}

/// Removes body snapshots no guard exits through (their values would only
/// keep PHIs alive).
fn drop_unused_snapshots(ir: &Ir, snaps: &mut Vec<Snapshot>, nsnap: usize) {
    let top = ir.top();
    let mut keep = Vec::with_capacity(snaps.len());
    for (n, s) in snaps.iter().enumerate() {
        let end = snaps.get(n + 1).map_or(top, |t| t.r);
        keep.push(n < nsnap || (s.r..end).any(|r| ir.get(r).guard));
    }
    let mut n = 0;
    snaps.retain(|_| {
        n += 1;
        keep[n - 1]
    });
}

/// The PHIs the body needs: every pre-roll value a live body instruction or
/// snapshot uses whose value changes across the iteration, with the value it
/// changes to (which may itself need one).
fn find_phis(
    ir: &Ir,
    snaps: &[Snapshot],
    lp: Ref,
    subst: &[Ref],
) -> Result<Vec<(Ref, Ref)>, String> {
    let top = ir.top();
    let mut seen = vec![false; (top - REF_BIAS) as usize];
    let mut work: Vec<Ref> = Vec::new();
    for r in lp + 1..top {
        let i = ir.get(r);
        if i.guard || matches!(i.op.mode(), Mode::Store | Mode::Effect) {
            work.push(r);
        }
    }
    for s in snaps.iter().filter(|s| s.r > lp) {
        work.extend(s.entries.iter().map(|e| e.r));
    }
    let mut phis = Vec::new();
    while let Some(r) = work.pop() {
        if r == REF_NONE || is_const(r) || r == REF_BASE {
            continue;
        }
        let ix = (r - REF_BIAS) as usize;
        if seen[ix] {
            continue;
        }
        seen[ix] = true;
        let i = *ir.get(r);
        if r > lp {
            let (k1, k2) = i.op.operands();
            if k1 == Opnd::Ref {
                work.push(i.op1);
            }
            if k2 == Opnd::Ref {
                work.push(i.op2);
            }
        } else if i.op == IrOp::CARG {
            // A call's arguments, not a value: the values in it may be
            // loop-carried.
            work.extend([i.op1, i.op2]);
        } else if !i.t.is_pri() {
            let next = subst[ix];
            if next != r {
                if next == REF_NONE {
                    return Err("loop-carried value removed".into());
                }
                if ir.get(next).t != i.t {
                    return Err("loop-carried value changes its type".into());
                }
                phis.push((r, next));
                work.push(next);
            }
        }
    }
    phis.sort_unstable();
    Ok(phis)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sload(ir: &mut Ir, slot: u32) -> Ref {
        ir.emit(Ins::new(IrOp::SLOAD, IrType::Num, slot, sload::TYPECHECK).guarded())
            .unwrap()
    }

    fn snap(ir: &Ir, entries: &[(i32, Ref)]) -> Snapshot {
        Snapshot {
            r: ir.top(),
            pc: std::ptr::null(),
            base: 0,
            top: 8,
            depth: 0,
            entries: entries
                .iter()
                .map(|&(slot, r)| SnapEntry { slot, r })
                .collect(),
            links: Vec::new(),
            count: 0,
            tries: 0,
            gc_exit: false,
        }
    }

    /// The pre-roll of `for ...; s = s + k; i = i + 1 while i <= 100`, with
    /// `k > 0` checked: slots 0 (s), 1 (i), 2 (k).
    fn accumulator() -> (Ir, Vec<Snapshot>, [Ref; 5]) {
        let mut ir = Ir::new();
        let mut snaps = vec![snap(&ir, &[])];
        let s = sload(&mut ir, 0);
        let k = sload(&mut ir, 2);
        let zero = ir.knum(0.0);
        ir.emit(Ins::new(IrOp::GT, IrType::Void, k, zero).guarded())
            .unwrap();
        let s2 = ir.emit(Ins::new(IrOp::ADD, IrType::Num, s, k)).unwrap();
        let i = sload(&mut ir, 1);
        let one = ir.knum(1.0);
        let i2 = ir.emit(Ins::new(IrOp::ADD, IrType::Num, i, one)).unwrap();
        snaps.push(snap(&ir, &[(0, s2)]));
        let lim = ir.knum(100.0);
        ir.emit(Ins::new(IrOp::LE, IrType::Void, i2, lim).guarded())
            .unwrap();
        snaps.push(snap(&ir, &[(0, s2), (1, i2)]));
        (ir, snaps, [s, k, s2, i, i2])
    }

    fn body(ir: &Ir, lp: Ref) -> Vec<Ins> {
        (lp + 1..ir.top()).map(|r| *ir.get(r)).collect()
    }

    #[test]
    fn carried_values_get_phis_and_invariants_stay_out() {
        let (mut ir, mut snaps, [s, k, s2, i, i2]) = accumulator();
        let end = move |slot: i32| [Some(s2), Some(i2), Some(k)][slot as usize];
        let lp = run(&mut ir, &mut snaps, &end, 100).expect("loop closes");
        let b = body(&ir, lp);
        // No stack loads and no copy of the invariant guard in the body.
        assert!(b.iter().all(|i| i.op != IrOp::SLOAD));
        assert!(b.iter().all(|i| i.op != IrOp::GT));
        // s and i are carried from their pre-roll values to the body's.
        let phis: Vec<(Ref, Ref)> = b
            .iter()
            .filter(|i| i.op == IrOp::PHI)
            .map(|i| (i.op1, i.op2))
            .collect();
        assert_eq!(phis.len(), 2, "{b:?}");
        assert_eq!(phis[0].0, s2);
        assert_eq!(phis[1].0, i2);
        let add_s = ir.get(phis[0].1);
        assert_eq!((add_s.op, add_s.op1, add_s.op2), (IrOp::ADD, s2, k));
        let add_i = ir.get(phis[1].1);
        assert_eq!((add_i.op, add_i.op1), (IrOp::ADD, i2));
        // The loop test is copied, with its own snapshot holding body values.
        assert!(b.iter().any(|i| i.op == IrOp::LE && i.op1 == phis[1].1));
        let last = snaps.last().unwrap();
        assert!(last.r > lp);
        assert_eq!(last.entry(0), Some(phis[0].1));
        // Untouched pre-roll loads are not PHIs.
        assert!(phis.iter().all(|&(x, _)| x != s && x != i && x != k));
    }

    #[test]
    fn a_slot_changing_type_leaves_the_trace_unchanged() {
        let (mut ir, mut snaps, [_, k, _, _, i2]) = accumulator();
        let (top, nsnap) = (ir.top(), snaps.len());
        // Slot 0 ends the iteration holding nil, not a number.
        let end = move |slot: i32| [Some(REF_NIL), Some(i2), Some(k)][slot as usize];
        let why = run(&mut ir, &mut snaps, &end, 100).unwrap_err();
        assert!(why.contains("type of slot 1"), "{why}");
        assert_eq!((ir.top(), snaps.len()), (top, nsnap));
    }

    #[test]
    fn too_many_snapshots_leaves_the_trace_unchanged() {
        let (mut ir, mut snaps, [_, k, s2, _, i2]) = accumulator();
        let (top, nsnap) = (ir.top(), snaps.len());
        let end = move |slot: i32| [Some(s2), Some(i2), Some(k)][slot as usize];
        assert!(run(&mut ir, &mut snaps, &end, nsnap).is_err());
        assert_eq!((ir.top(), snaps.len()), (top, nsnap));
    }
}
