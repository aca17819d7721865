//! Register allocation: one backward pass over the IR, linear scan in reverse.
//!
//! Going backwards, a value's last use is seen first: that is where it gets a
//! register, which it keeps until its definition, where the register is freed.
//! When no register is free, the value defined earliest (or a constant, which
//! costs nothing to reload) is evicted: it gets a spill slot, its definition
//! stores it there, and a reload right after the current instruction puts it
//! back into the register the later uses expect. A value that is never evicted
//! keeps one register for its whole life; one that was keeps a valid spill slot
//! from its definition on. That is what exits rely on: a snapshot value is read
//! from its spill slot if it has one, else from its register.
//!
//! The pass does not emit code (dynasm assembles forwards): it produces a plan,
//! per instruction, of the registers to use and the fix-ups (reloads, constant
//! loads) to place after it, which the emitter then follows forwards.

use lunavm_tracer::ir::*;
use lunavm_tracer::irbuf::Ir;
use lunavm_tracer::snap::Snapshot;
use lunavm_tracer::Loc;

/// A machine register: 0-15 general purpose (x86 encoding), 16-31 XMM.
pub type Reg = u8;

pub const RSP: Reg = 4;
/// The register holding the interpreter stack's frame base in trace code.
pub const BASE: Reg = 14;
pub const XMM0: Reg = 16;

/// A set of registers as a bit mask.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct RegSet(pub u32);

impl RegSet {
    pub const EMPTY: RegSet = RegSet(0);
    pub fn has(self, r: Reg) -> bool {
        self.0 & (1 << r) != 0
    }
    pub fn with(self, r: Reg) -> RegSet {
        RegSet(self.0 | (1 << r))
    }
    pub fn without(self, r: Reg) -> RegSet {
        RegSet(self.0 & !(1 << r))
    }
    pub fn and(self, o: RegSet) -> RegSet {
        RegSet(self.0 & o.0)
    }
    pub fn minus(self, o: RegSet) -> RegSet {
        RegSet(self.0 & !o.0)
    }
    pub fn first(self) -> Option<Reg> {
        (self.0 != 0).then(|| self.0.trailing_zeros() as Reg)
    }
    pub fn iter(self) -> impl Iterator<Item = Reg> {
        (0..32u8).filter(move |&r| self.has(r))
    }
}

/// Allocatable general registers: all but RSP and BASE.
pub const GPRS: RegSet = RegSet(0xffff & !(1 << RSP) & !(1 << BASE));
/// The general registers a call preserves (rbx, rbp, r12, r13, r15; r14 is
/// the base).
const CALLEE_SAVED: RegSet = RegSet(1 << 3 | 1 << 5 | 1 << 12 | 1 << 13 | 1 << 15);
/// XMM0-14; XMM15 is the emitter's own scratch register.
pub const FPRS: RegSet = RegSet(0x7fff_0000);
/// The scratch XMM register no value is ever allocated to.
pub const XSCRATCH: Reg = 31;

/// Whether a value of type `t` lives in an XMM register.
pub fn is_fp_type(t: IrType) -> bool {
    t == IrType::Num
}

pub fn class_of(t: IrType) -> RegSet {
    if is_fp_type(t) {
        FPRS
    } else {
        GPRS
    }
}

/// A fix-up placed after an instruction (or at the trace head).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fix {
    /// Load a spilled value back into a register.
    Reload { reg: Reg, slot: u16, fp: bool },
    /// Materialise a constant into a register.
    Const { reg: Reg, k: Ref },
}

/// A place a value can be moved to: a register or a spill slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Reg(Reg),
    Spill(u16),
}

/// Where a moved value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveSrc {
    Place(Place),
    Const(Ref),
}

/// One move at a loop's back edge. The moves of a back edge are one parallel
/// assignment; `sequence` orders them (through the scratch XMM register where
/// they form cycles).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub dst: Place,
    pub src: MoveSrc,
}

/// Orders a parallel assignment (distinct destinations) into moves that run
/// one after another: a move goes once no other pending move still reads its
/// destination; when only cycles are left, one destination is saved in the
/// scratch XMM register (which holds any 64 bits) and its readers read that.
pub fn sequence(moves: &[Move]) -> Vec<Move> {
    let mut pending: Vec<Move> = moves
        .iter()
        .copied()
        .filter(|m| m.src != MoveSrc::Place(m.dst))
        .collect();
    let mut out = Vec::with_capacity(pending.len() + 1);
    while !pending.is_empty() {
        let free = pending.iter().position(|m| {
            !pending
                .iter()
                .any(|o| o.src == MoveSrc::Place(m.dst) && o != m)
        });
        if let Some(i) = free {
            out.push(pending.remove(i));
            continue;
        }
        let d = pending[0].dst;
        let tmp = Place::Reg(XSCRATCH);
        out.push(Move {
            dst: tmp,
            src: MoveSrc::Place(d),
        });
        for m in &mut pending {
            if m.src == MoveSrc::Place(d) {
                m.src = MoveSrc::Place(tmp);
            }
        }
    }
    out
}

/// The plan for one instruction.
#[derive(Clone, Debug, Default)]
pub struct InsPlan {
    /// Register of the result, if it has one.
    pub dst: Option<Reg>,
    /// Registers of the operands (None: a constant used as an immediate, or no
    /// operand).
    pub ops: [Option<Reg>; 2],
    /// Scratch registers.
    pub tmp: [Option<Reg>; 2],
    /// Registers of a library call's arguments (see `call_args`).
    pub args: [Option<Reg>; 3],
    /// Store the result to this spill slot right after the instruction.
    pub spill: Option<u16>,
    /// Fix-ups right after the instruction (after the spill store).
    pub after: Vec<Fix>,
}

/// What the instruction needs, decided by the emitter's rules.
#[derive(Clone, Copy, Debug, Default)]
pub struct Needs {
    /// Which operands need a register (else they are constants used as
    /// immediates or memory operands).
    pub op_reg: [bool; 2],
    /// Scratch registers and their classes (GPRS or FPRS).
    pub tmp: [Option<RegSet>; 2],
    /// The second operand must not share the result's register (non-commutative
    /// two-address ops).
    pub op2_not_dst: bool,
    /// The instruction clobbers these registers (calls): values in them that are
    /// live across it are evicted.
    pub clobbers: RegSet,
    /// A library call: its first operand is its arguments (`call_args`), each
    /// in a register unless a constant or a nil/false/true.
    pub call_args: bool,
}

/// The arguments of a library call whose first operand is `op1`: none, one
/// value, or a chain of `CARG`s (`CARG(CARG(a, b), c)` is a, b, c).
pub fn call_args(ir: &Ir, op1: Ref) -> Vec<Ref> {
    let mut out = Vec::new();
    let mut r = op1;
    while r != REF_NONE && !is_const(r) && ir.get(r).op == IrOp::CARG {
        let i = ir.get(r);
        out.push(i.op2);
        r = i.op1;
    }
    if r != REF_NONE {
        out.push(r);
    }
    out.reverse();
    out
}

/// Whether an argument needs a register (constants and nil/false/true are
/// stored as immediates).
fn arg_in_reg(ir: &Ir, a: Ref) -> bool {
    !is_const(a) && !ir.get(a).t.is_pri()
}

/// How a value of the final snapshot (written back at the trace's end) is read.
#[derive(Clone, Copy, Debug)]
pub enum Src {
    Const,
    Reg(Reg),
    Spill(u16),
}

pub struct Plan {
    pub ins: Vec<InsPlan>,
    /// Constant loads at the trace head.
    pub head: Vec<Fix>,
    /// The final snapshot's values as the write-back reads them.
    pub writeback: Vec<(i32, Ref, Src)>,
    /// Where each instruction's value lives for exits.
    pub locs: Vec<Loc>,
    pub spills: u32,
    /// For a trace with a LOOP: the moves at the back edge (in order) that put
    /// every value the body starts with where the body expects it, then the
    /// constants the body expects in registers.
    pub back_edge: Vec<Move>,
    pub back_consts: Vec<Fix>,
}

/// What allocating a loop carries from the back edge (where the backward pass
/// starts) to the LOOP marker.
struct LoopInfo {
    lp: Ref,
    /// Each value defined before LOOP that the body uses, with the value it
    /// takes at the back edge: itself (invariants) or its PHI's right value.
    live: Vec<(Ref, Ref)>,
    /// Where each of those sources is at the back edge.
    src: Vec<MoveSrc>,
    /// The register each `live` value is in at LOOP (where the body reads it).
    at_loop: Vec<Option<Reg>>,
    /// Constants the body expects in registers at LOOP.
    consts: Vec<Fix>,
}

pub struct Ra<'a> {
    ir: &'a Ir,
    bottom: Ref,
    /// Current register of each ref (index ref - bottom).
    reg: Vec<Option<Reg>>,
    /// Spill slot of each ref.
    spill: Vec<Option<u16>>,
    /// Register first assigned to each instruction (for exits).
    home: Vec<Option<Reg>>,
    /// Preferred register (a PHI's left value prefers its right value's).
    hint: Vec<Option<Reg>>,
    owner: [Option<Ref>; 32],
    free: RegSet,
    nspill: u32,
    max_spill: u32,
    plan: Vec<InsPlan>,
}

/// Too many spill slots.
#[derive(Debug)]
pub struct OutOfSpills;

impl<'a> Ra<'a> {
    pub fn new(ir: &'a Ir, max_spill: u32) -> Ra<'a> {
        let bottom = ir.bottom();
        let n = (ir.top() - bottom) as usize;
        Ra {
            ir,
            bottom,
            reg: vec![None; n],
            spill: vec![None; n],
            home: vec![None; n],
            hint: vec![None; n],
            owner: [None; 32],
            free: RegSet(GPRS.0 | FPRS.0),
            nspill: 0,
            max_spill,
            plan: vec![InsPlan::default(); ir.num_ins()],
        }
    }

    fn ix(&self, r: Ref) -> usize {
        (r - self.bottom) as usize
    }
    fn pix(r: Ref) -> usize {
        (r - REF_BIAS) as usize
    }

    pub fn reg_of(&self, r: Ref) -> Option<Reg> {
        self.reg[self.ix(r)]
    }

    fn new_spill(&mut self, r: Ref) -> Result<u16, OutOfSpills> {
        let i = self.ix(r);
        if let Some(s) = self.spill[i] {
            return Ok(s);
        }
        if self.nspill >= self.max_spill {
            return Err(OutOfSpills);
        }
        let s = self.nspill as u16;
        self.nspill += 1;
        self.spill[i] = Some(s);
        Ok(s)
    }

    fn take(&mut self, reg: Reg, r: Ref) {
        self.free = self.free.without(reg);
        self.owner[reg as usize] = Some(r);
        let i = self.ix(r);
        self.reg[i] = Some(reg);
        if !is_const(r) && self.home[i].is_none() {
            self.home[i] = Some(reg);
        }
    }

    fn release(&mut self, reg: Reg) {
        if let Some(r) = self.owner[reg as usize].take() {
            let i = self.ix(r);
            self.reg[i] = None;
        }
        self.free = self.free.with(reg);
    }

    /// Frees a register for a new use at instruction `at`: its current owner is
    /// evicted (reloaded after `at`, in forward order).
    fn evict(&mut self, reg: Reg, at: Option<Ref>, head: &mut Vec<Fix>) -> Result<(), OutOfSpills> {
        let Some(v) = self.owner[reg as usize] else {
            return Ok(());
        };
        let fix = if is_const(v) {
            Fix::Const { reg, k: v }
        } else {
            let slot = self.new_spill(v)?;
            Fix::Reload {
                reg,
                slot,
                fp: reg >= XMM0,
            }
        };
        match at {
            Some(at) => self.plan[Self::pix(at)].after.push(fix),
            None => head.push(fix),
        }
        self.release(reg);
        Ok(())
    }

    /// A register of class `class` not in `avoid`, evicting if needed.
    fn pick(
        &mut self,
        class: RegSet,
        avoid: RegSet,
        at: Option<Ref>,
        head: &mut Vec<Fix>,
    ) -> Result<Reg, OutOfSpills> {
        let free = self.free.and(class).minus(avoid);
        // Callee-saved registers first: values in them live across calls
        // (C calls, helpers) without a spill and a reload.
        if let Some(r) = free.and(CALLEE_SAVED).first().or_else(|| free.first()) {
            return Ok(r);
        }
        // Evict: prefer constants, then the value defined earliest.
        let mut best: Option<(bool, Ref, Reg)> = None;
        for reg in class.minus(avoid).iter() {
            if let Some(v) = self.owner[reg as usize] {
                let key = (!is_const(v), v, reg);
                if best.is_none_or(|b| (key.0, key.1) < (b.0, b.1)) {
                    best = Some(key);
                }
            }
        }
        let (_, _, reg) = best.expect("a register class is never empty");
        self.evict(reg, at, head)?;
        Ok(reg)
    }

    /// Makes `r` live in a register from here back to its definition.
    fn use_reg(
        &mut self,
        r: Ref,
        avoid: RegSet,
        at: Option<Ref>,
        head: &mut Vec<Fix>,
    ) -> Result<Reg, OutOfSpills> {
        if let Some(reg) = self.reg_of(r) {
            return Ok(reg);
        }
        let class = class_of(self.ir.get(r).t);
        let reg = match self.hint[self.ix(r)] {
            Some(h) if self.free.and(class).minus(avoid).has(h) => h,
            _ => self.pick(class, avoid, at, head)?,
        };
        self.take(reg, r);
        Ok(reg)
    }

    /// A register for `r` if one is free, else a spill slot (no eviction).
    fn reg_or_spill(&mut self, r: Ref) -> Result<Place, OutOfSpills> {
        if let Some(reg) = self.reg_of(r) {
            return Ok(Place::Reg(reg));
        }
        match self.free.and(class_of(self.ir.get(r).t)).first() {
            Some(reg) => {
                self.take(reg, r);
                Ok(Place::Reg(reg))
            }
            None => Ok(Place::Spill(self.new_spill(r)?)),
        }
    }

    /// Keeps a snapshot's values available at a guard: in a register if one is
    /// free (and not one the guard's instruction clobbers), else in a spill
    /// slot.
    fn keep_snapshot(&mut self, s: &Snapshot, avoid: RegSet) -> Result<(), OutOfSpills> {
        for e in &s.entries {
            let r = e.r;
            if is_const(r) || self.ir.get(r).t.is_pri() {
                continue;
            }
            let i = self.ix(r);
            if self.reg[i].is_some() || self.spill[i].is_some() {
                continue;
            }
            let class = class_of(self.ir.get(r).t);
            match self.free.and(class).minus(avoid).first() {
                Some(reg) => self.take(reg, r),
                None => {
                    self.new_spill(r)?;
                }
            }
        }
        Ok(())
    }

    /// The back edge of a loop: every value the body starts with is live
    /// there (invariants for the next iteration, PHI right values to move into
    /// their left values' places), so each gets a register if one is free,
    /// else a spill slot; a PHI's left value will prefer its right value's
    /// register.
    fn loop_setup(&mut self, lp: Ref, snaps: &[Snapshot]) -> Result<LoopInfo, OutOfSpills> {
        let ir = self.ir;
        let pre = |o: Ref| {
            o != REF_NONE && !is_const(o) && o != REF_BASE && o < lp && !ir.get(o).t.is_pri()
        };
        let mut phi = std::collections::HashMap::new();
        let mut live = std::collections::BTreeSet::new();
        for r in lp + 1..ir.top() {
            let i = ir.get(r);
            if i.op == IrOp::PHI {
                phi.insert(i.op1, i.op2);
            }
            if i.op == IrOp::CARG {
                // Its values are the call's operands (below).
                continue;
            }
            let (k1, k2) = i.op.operands();
            let mut used = vec![(k2, i.op2)];
            if matches!(i.op, IrOp::CALLN | IrOp::CALLS) {
                used.extend(call_args(ir, i.op1).into_iter().map(|a| (Opnd::Ref, a)));
            } else {
                used.push((k1, i.op1));
            }
            for (k, o) in used {
                if k == Opnd::Ref && pre(o) {
                    live.insert(o);
                }
            }
        }
        for s in snaps.iter().filter(|s| s.r > lp) {
            live.extend(s.entries.iter().map(|e| e.r).filter(|&r| pre(r)));
        }
        let live: Vec<(Ref, Ref)> = live
            .into_iter()
            .map(|v| (v, phi.get(&v).copied().unwrap_or(v)))
            .collect();
        let mut src = Vec::with_capacity(live.len());
        for &(v, s) in &live {
            let place = if is_const(s) {
                MoveSrc::Const(s)
            } else {
                MoveSrc::Place(self.reg_or_spill(s)?)
            };
            if let (true, MoveSrc::Place(Place::Reg(reg))) = (v != s, place) {
                let i = self.ix(v);
                self.hint[i] = Some(reg);
            }
            src.push(place);
        }
        let at_loop = vec![None; live.len()];
        Ok(LoopInfo {
            lp,
            live,
            src,
            at_loop,
            consts: Vec::new(),
        })
    }

    /// At LOOP (reached going backwards): where the body expects its values.
    fn loop_reached(&self, lo: &mut LoopInfo) {
        lo.at_loop = lo.live.iter().map(|&(v, _)| self.reg_of(v)).collect();
        for reg in 0..32u8 {
            if let Some(k) = self.owner[reg as usize].filter(|&v| is_const(v)) {
                lo.consts.push(Fix::Const { reg, k });
            }
        }
    }

    /// The back edge's moves: each value's source into the register the body
    /// reads it from, and a PHI's new value also into its spill slot (exits
    /// and reloads read that).
    fn loop_moves(&self, lo: &LoopInfo) -> Vec<Move> {
        let mut moves = Vec::new();
        for (n, &(v, s)) in lo.live.iter().enumerate() {
            let src = lo.src[n];
            if let Some(reg) = lo.at_loop[n] {
                moves.push(Move {
                    dst: Place::Reg(reg),
                    src,
                });
            }
            if let (true, Some(slot)) = (v != s, self.spill[self.ix(v)]) {
                moves.push(Move {
                    dst: Place::Spill(slot),
                    src,
                });
            }
        }
        sequence(&moves)
    }

    /// Runs the allocation. `needs` says what each instruction requires;
    /// `snap_of` the snapshot a guard exits through; `last` is the final
    /// snapshot written back at the trace's end.
    pub fn run(
        mut self,
        needs: &dyn Fn(&Ir, Ref) -> Needs,
        snaps: &[Snapshot],
        snap_of: &dyn Fn(Ref) -> usize,
        last: Option<&Snapshot>,
    ) -> Result<Plan, OutOfSpills> {
        let mut head = Vec::new();
        let mut lo = match self.ir.chain_head(IrOp::LOOP) {
            REF_NONE => None,
            lp => Some(self.loop_setup(lp, snaps)?),
        };
        // The write-back at the end reads the final snapshot's values.
        let mut wb = Vec::new();
        if let Some(s) = last {
            for e in &s.entries {
                let r = e.r;
                let t = self.ir.get(r).t;
                if is_const(r) || t.is_pri() {
                    wb.push((e.slot, r, Src::Const));
                    continue;
                }
                let class = class_of(t);
                let src = match self.reg_of(r) {
                    Some(reg) => Src::Reg(reg),
                    None => match self.free.and(class).first() {
                        Some(reg) => {
                            self.take(reg, r);
                            Src::Reg(reg)
                        }
                        None => Src::Spill(self.new_spill(r)?),
                    },
                };
                wb.push((e.slot, r, src));
            }
        }
        for r in self.ir.refs().rev() {
            if r == REF_BASE {
                continue;
            }
            let ins = *self.ir.get(r);
            if let Some(lo) = lo.as_mut().filter(|lo| lo.lp == r) {
                self.loop_reached(lo);
            }
            if matches!(ins.op, IrOp::NOP | IrOp::PHI | IrOp::LOOP | IrOp::CARG) {
                continue;
            }
            let i = self.ix(r);
            let need = needs(self.ir, r);
            // The definition: the value's register is free before this point.
            let mut dst = self.reg[i];
            let produces = ins.t != IrType::Void && !ins.t.is_pri() || ins.op == IrOp::SLOAD;
            if produces && dst.is_none() && self.spill[i].is_some() {
                // Only ever read from its spill slot: still needs a register to
                // be computed in.
                let class = class_of(ins.t);
                let reg = self.pick(class, RegSet::EMPTY, Some(r), &mut head)?;
                self.take(reg, r);
                dst = Some(reg);
            }
            if let Some(d) = dst {
                self.release(d);
            }
            let spill = self.spill[i];
            // Calls: values in clobbered registers that live across are evicted.
            for reg in need.clobbers.iter() {
                if self.owner[reg as usize].is_some() {
                    self.evict(reg, Some(r), &mut head)?;
                }
            }
            // Guards keep their snapshot's values.
            if ins.guard {
                let s = snap_of(r);
                if let Some(snap) = snaps.get(s) {
                    self.keep_snapshot(snap, need.clobbers)?;
                }
            }
            // Operands.
            let (k1, k2) = ins.op.operands();
            let mut ops = [None, None];
            let mut busy = RegSet::EMPTY;
            for (n, (kind, o)) in [(k1, ins.op1), (k2, ins.op2)].into_iter().enumerate() {
                if kind != Opnd::Ref || o == REF_NONE || o == REF_BASE || !need.op_reg[n] {
                    continue;
                }
                let mut avoid = busy;
                if n == 1 && need.op2_not_dst {
                    if let Some(d) = dst {
                        avoid = avoid.with(d);
                    }
                }
                let reg = self.use_reg(o, avoid, Some(r), &mut head)?;
                ops[n] = Some(reg);
                busy = busy.with(reg);
            }
            // A library call's arguments.
            let mut args = [None; 3];
            if need.call_args {
                for (n, a) in call_args(self.ir, ins.op1).into_iter().enumerate() {
                    if arg_in_reg(self.ir, a) {
                        let reg = self.use_reg(a, busy, Some(r), &mut head)?;
                        args[n] = Some(reg);
                        busy = busy.with(reg);
                    }
                }
            }
            // Scratch registers: not the result's, not an operand's.
            let mut tmp = [None, None];
            let mut avoid = busy;
            if let Some(d) = dst {
                avoid = avoid.with(d);
            }
            for (n, class) in need.tmp.iter().enumerate() {
                if let Some(class) = class {
                    let reg = self.pick(*class, avoid, Some(r), &mut head)?;
                    tmp[n] = Some(reg);
                    avoid = avoid.with(reg);
                }
            }
            let p = &mut self.plan[Self::pix(r)];
            p.dst = dst;
            p.ops = ops;
            p.tmp = tmp;
            p.args = args;
            p.spill = spill;
        }
        // Constants still holding registers are loaded at the head.
        for reg in 0..32u8 {
            if let Some(v) = self.owner[reg as usize] {
                debug_assert!(
                    is_const(v),
                    "value {} live at trace entry",
                    v as i64 - REF_BIAS as i64
                );
                head.push(Fix::Const { reg, k: v });
            }
        }
        // Fix-ups were pushed in backward order: reverse each list.
        for p in &mut self.plan {
            p.after.reverse();
        }
        let locs = (0..self.ir.num_ins())
            .map(|n| {
                let i = self.ix(REF_BIAS + n as Ref);
                match (self.spill[i], self.home[i]) {
                    (Some(s), _) => Loc::Spill(s),
                    (None, Some(r)) => Loc::Reg(r),
                    _ => Loc::None,
                }
            })
            .collect();
        let (back_edge, back_consts) = match lo {
            Some(lo) => (self.loop_moves(&lo), lo.consts),
            None => (Vec::new(), Vec::new()),
        };
        Ok(Plan {
            ins: self.plan,
            head,
            writeback: wb,
            locs,
            spills: self.nspill,
            back_edge,
            back_consts,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Runs `moves` one after another on a machine whose every place starts
    /// out holding a distinct number, constants reading as their reference.
    fn execute(moves: &[Move]) -> HashMap<Place, u64> {
        let mut m: HashMap<Place, u64> = HashMap::new();
        let read = |m: &HashMap<Place, u64>, p: Place| {
            m.get(&p).copied().unwrap_or(match p {
                Place::Reg(r) => 1000 + r as u64,
                Place::Spill(s) => 2000 + s as u64,
            })
        };
        for mv in moves {
            let v = match mv.src {
                MoveSrc::Const(k) => k as u64,
                MoveSrc::Place(p) => read(&m, p),
            };
            m.insert(mv.dst, v);
        }
        let mut all = m.clone();
        for p in (0..32).map(Place::Reg).chain((0..8).map(Place::Spill)) {
            all.entry(p).or_insert_with(|| read(&m, p));
        }
        all
    }

    /// Checks that the sequenced moves do what the parallel assignment says
    /// and touch nothing else but the scratch register.
    fn check(parallel: &[Move]) {
        let before = execute(&[]);
        let after = execute(&sequence(parallel));
        for (&p, &v) in &after {
            let want = match parallel.iter().find(|m| m.dst == p) {
                Some(m) => match m.src {
                    MoveSrc::Const(k) => k as u64,
                    MoveSrc::Place(s) => before[&s],
                },
                None if p == Place::Reg(XSCRATCH) => continue,
                None => before[&p],
            };
            assert_eq!(v, want, "{p:?} after {:?}", sequence(parallel));
        }
    }

    fn mv(dst: Place, src: Place) -> Move {
        Move {
            dst,
            src: MoveSrc::Place(src),
        }
    }
    use Place::{Reg as R, Spill as S};

    #[test]
    fn moves_in_a_chain_run_back_to_front() {
        check(&[mv(R(1), R(2)), mv(R(2), R(3)), mv(R(3), S(0))]);
        let seq = sequence(&[mv(R(1), R(2)), mv(R(2), R(3))]);
        assert_eq!(seq.len(), 2, "no scratch needed: {seq:?}");
    }

    #[test]
    fn cycles_go_through_the_scratch_register() {
        check(&[mv(R(1), R(2)), mv(R(2), R(1))]);
        check(&[mv(R(1), R(2)), mv(R(2), R(3)), mv(R(3), R(1))]);
        check(&[
            mv(R(17), R(18)),
            mv(R(18), R(17)),
            mv(R(5), R(6)),
            mv(R(6), R(5)),
        ]);
        check(&[mv(S(1), S(2)), mv(S(2), R(3)), mv(R(3), S(1))]);
        assert_eq!(sequence(&[mv(R(1), R(2)), mv(R(2), R(1))]).len(), 3);
    }

    #[test]
    fn one_source_may_feed_several_places_and_constants_mix_in() {
        let k = Move {
            dst: R(9),
            src: MoveSrc::Const(77),
        };
        check(&[mv(R(1), R(2)), mv(S(3), R(2)), mv(R(2), R(1)), k]);
        check(&[mv(R(4), R(4)), mv(S(0), S(0))]);
        assert!(sequence(&[mv(R(4), R(4))]).is_empty());
    }

    #[test]
    fn random_parallel_assignments() {
        // Random permutations and partial maps over registers and slots.
        let places: Vec<Place> = (0..6).map(R).chain((0..4).map(S)).collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..2000 {
            let mut dsts = places.clone();
            let mut moves = Vec::new();
            for _ in 0..1 + next(places.len()) {
                let d = dsts.remove(next(dsts.len()));
                let src = if next(8) == 0 {
                    MoveSrc::Const(next(100) as Ref)
                } else {
                    MoveSrc::Place(places[next(places.len())])
                };
                moves.push(Move { dst: d, src });
            }
            check(&moves);
        }
    }
}
