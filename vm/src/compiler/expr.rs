//! Expressions: descriptors, their discharge into registers, operator code
//! generation with constant folding, and the expression grammar.
//!
//! An `ExpDesc` describes a value not yet materialised: a constant, a variable,
//! an indexing, an instruction whose destination is still open (`Relocable`),
//! a value in a fixed register, a call, or a comparison jump. Code is only
//! emitted when the context decides where the value goes; this is what lets the
//! one-pass compiler pick VN/NV operand forms, TGETS/TGETB keys, specialised
//! comparisons and direct stores, as LuaJIT does.
//!
//! Every recursion of the expression grammar passes through `expr_binop`,
//! which counts syntax levels, so nesting depth is bounded.

use super::funcstate::{Kgc, TemplateBuilder, TemplateKey, TemplateVal, MAX_C, NO_JMP, NO_REG};
use super::lexer::{StrId, Tok, TokVal};
use super::parser::{PResult, Parser};
use crate::bytecode::{Ins, Op};

/// The kind of an expression and what locates it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum ExpKind {
    Nil,
    False,
    True,
    Str(StrId),
    Num(f64),
    /// A 64-bit integer literal (`1LL`): bits, unsigned. Never folded.
    Int64(u64, bool),
    /// An imaginary literal (`2i`): the bits of its imaginary part. Never folded
    /// but for negation.
    Complex(u64),
    /// A local in `reg`; `vidx` is its variable-stack index.
    Local {
        reg: u32,
        vidx: usize,
    },
    /// An upvalue; `vidx` is the variable-stack index of the captured local.
    Upval {
        idx: u32,
        vidx: usize,
    },
    Global(StrId),
    /// `table[key]` with the table in a register.
    Indexed {
        table: u32,
        key: Key,
    },
    /// The JMP after a comparison at this pc (taken when the condition holds).
    Jmp(usize),
    /// The instruction at this pc produces the value; its A is still open.
    Relocable(usize),
    /// The value is in this register.
    NonReloc(u32),
    /// A call (or VARG) at `pc` with its results from `base`.
    Call {
        pc: usize,
        base: u32,
    },
    Void,
}

/// The key of an indexed expression.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Key {
    Reg(u32),
    /// String constant index (at most 255).
    Str(u32),
    /// Integer key 0..255.
    Byte(u32),
}

/// An expression with its lists of jumps taken when it is true or false.
#[derive(Clone, Copy, Debug)]
pub(super) struct ExpDesc {
    pub k: ExpKind,
    pub t: usize,
    pub f: usize,
}

impl ExpDesc {
    pub fn new(k: ExpKind) -> ExpDesc {
        ExpDesc {
            k,
            t: NO_JMP,
            f: NO_JMP,
        }
    }

    pub fn has_jump(&self) -> bool {
        self.t != self.f
    }

    pub fn is_k(&self) -> bool {
        matches!(
            self.k,
            ExpKind::Nil | ExpKind::False | ExpKind::True | ExpKind::Str(_) | ExpKind::Num(_)
        )
    }

    pub fn is_k_nojump(&self) -> bool {
        self.is_k() && !self.has_jump()
    }

    pub fn is_numk(&self) -> bool {
        matches!(self.k, ExpKind::Num(_))
    }

    pub fn is_numk_nojump(&self) -> bool {
        self.is_numk() && !self.has_jump()
    }

    /// The register of a NonReloc expression.
    pub fn reg(&self) -> u32 {
        match self.k {
            ExpKind::NonReloc(r) => r,
            _ => 0,
        }
    }
}

/// Primitive operand: nil 0, false 1, true 2.
fn pri(k: ExpKind) -> u32 {
    match k {
        ExpKind::False => 1,
        ExpKind::True => 2,
        _ => 0,
    }
}

/// The value as KSHORT's operand, if it is an integer in i16 range.
fn short_int(n: f64) -> Option<i16> {
    let k = n as i32;
    (k as i16 as i32 == k && n == k as f64).then_some(k as i16)
}

/// Binary operators, in the order of the arithmetic ops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BinOpr {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Concat,
    Ne,
    Eq,
    Lt,
    Ge,
    Le,
    Gt,
    And,
    Or,
}

impl BinOpr {
    fn from_token(tok: Tok) -> Option<BinOpr> {
        Some(match tok {
            Tok::Char(b'+') => BinOpr::Add,
            Tok::Char(b'-') => BinOpr::Sub,
            Tok::Char(b'*') => BinOpr::Mul,
            Tok::Char(b'/') => BinOpr::Div,
            Tok::Char(b'%') => BinOpr::Mod,
            Tok::Char(b'^') => BinOpr::Pow,
            Tok::Concat => BinOpr::Concat,
            Tok::Ne => BinOpr::Ne,
            Tok::Eq => BinOpr::Eq,
            Tok::Char(b'<') => BinOpr::Lt,
            Tok::Le => BinOpr::Le,
            Tok::Char(b'>') => BinOpr::Gt,
            Tok::Ge => BinOpr::Ge,
            Tok::And => BinOpr::And,
            Tok::Or => BinOpr::Or,
            _ => return None,
        })
    }

    /// Left and right priority; right-associative operators bind tighter on the left.
    fn priority(self) -> (u32, u32) {
        match self {
            BinOpr::Add | BinOpr::Sub => (6, 6),
            BinOpr::Mul | BinOpr::Div | BinOpr::Mod => (7, 7),
            BinOpr::Pow => (10, 9),
            BinOpr::Concat => (5, 4),
            BinOpr::Ne | BinOpr::Eq | BinOpr::Lt | BinOpr::Ge | BinOpr::Le | BinOpr::Gt => (3, 3),
            BinOpr::And => (2, 2),
            BinOpr::Or => (1, 1),
        }
    }

    fn is_arith(self) -> bool {
        matches!(
            self,
            BinOpr::Add | BinOpr::Sub | BinOpr::Mul | BinOpr::Div | BinOpr::Mod | BinOpr::Pow
        )
    }

    /// Offset of the op from ADDVV (and of the VN/NV forms from theirs).
    fn arith_offset(self) -> u8 {
        match self {
            BinOpr::Sub => 1,
            BinOpr::Mul => 2,
            BinOpr::Div => 3,
            BinOpr::Mod => 4,
            _ => 0,
        }
    }
}

const UNARY_PRIORITY: u32 = 8;

/// The arithmetic LuaJIT folds at parse time.
fn fold_arith(op: BinOpr, a: f64, b: f64) -> f64 {
    match op {
        BinOpr::Add => a + b,
        BinOpr::Sub => a - b,
        BinOpr::Mul => a * b,
        BinOpr::Div => a / b,
        BinOpr::Mod => a - (a / b).floor() * b,
        _ => a.powf(b),
    }
}

fn op_plus(op: Op, n: u8) -> Op {
    Op::from_u8(op as u8 + n).unwrap_or(op)
}

/// Size field of TNEW for a hash part holding `n` entries.
fn hash_size_bits(n: u32) -> u32 {
    match n {
        0 => 0,
        1 => 1,
        _ => 1 + (31 - (n - 1).leading_zeros()),
    }
}

impl Parser<'_> {
    // -- Discharging expressions ---------------------------------------------

    /// Emits the load of a variable or indexing, leaving the destination open.
    pub fn expr_discharge(&mut self, e: &mut ExpDesc) -> PResult<()> {
        let ins = match e.k {
            ExpKind::Upval { idx, .. } => Ins::ad(Op::UGET, 0, idx),
            ExpKind::Global(name) => Ins::ad(Op::GGET, 0, self.fs.const_str(name)),
            ExpKind::Indexed { table, key } => {
                let ins = match key {
                    Key::Str(idx) => Ins::abc(Op::TGETS, 0, table, idx),
                    Key::Byte(b) => Ins::abc(Op::TGETB, 0, table, b),
                    Key::Reg(r) => {
                        self.bcreg_free(r);
                        Ins::abc(Op::TGETV, 0, table, r)
                    }
                };
                self.bcreg_free(table);
                ins
            }
            ExpKind::Call { base, .. } => {
                e.k = ExpKind::NonReloc(base);
                return Ok(());
            }
            ExpKind::Local { reg, .. } => {
                e.k = ExpKind::NonReloc(reg);
                return Ok(());
            }
            _ => return Ok(()),
        };
        e.k = ExpKind::Relocable(self.emit(ins)?);
        Ok(())
    }

    /// Sets `n` slots from `from` to nil, merging with a preceding KPRI/KNIL.
    pub fn emit_nil(&mut self, mut from: u32, mut n: u32) -> PResult<()> {
        let pc = self.fs.pc();
        if pc > self.fs.lasttarget {
            let prev = self.fs.ins(pc - 1);
            let pfrom = prev.a();
            match Op::from_u8(prev.op_byte()) {
                Some(Op::KPRI) if prev.d() == 0 && (from == pfrom || from == pfrom + 1) => {
                    if from == pfrom {
                        if n == 1 {
                            return Ok(());
                        }
                    } else {
                        from = pfrom;
                        n += 1;
                    }
                    if let Some(i) = self.fs.ins_mut(pc - 1) {
                        *i = Ins::ad(Op::KNIL, from, from + n - 1);
                    }
                    return Ok(());
                }
                Some(Op::KNIL) => {
                    let pto = prev.d();
                    if pfrom <= from && from <= pto + 1 {
                        if from + n - 1 > pto {
                            if let Some(i) = self.fs.ins_mut(pc - 1) {
                                i.set_d(from + n - 1);
                            }
                        }
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let ins = if n == 1 {
            Ins::ad(Op::KPRI, from, 0)
        } else {
            Ins::ad(Op::KNIL, from, from + n - 1)
        };
        // Lua 5.1 emits nothing for nil locals at a function's start (its frames
        // are cleared on entry). This load has no line of its own (line 0), so
        // line hooks see the same lines as in 5.1.
        let at_start = pc == 1 && pc > self.fs.lasttarget && from >= self.fs.nactvar;
        let at = self.emit(ins)?;
        if at_start {
            if let Some(l) = self.fs.lines.get_mut(at) {
                *l = 0;
            }
        }
        Ok(())
    }

    /// Puts the value into `reg`, ignoring the jump lists.
    pub fn expr_toreg_nobranch(&mut self, e: &mut ExpDesc, reg: u32) -> PResult<()> {
        self.expr_discharge(e)?;
        let ins = match e.k {
            ExpKind::Str(s) => Ins::ad(Op::KSTR, reg, self.fs.const_str(s)),
            ExpKind::Int64(bits, unsigned) => Ins::ad(
                Op::KCDATA,
                reg,
                self.fs.const_new(Kgc::Int64(bits, unsigned)),
            ),
            ExpKind::Complex(im) => Ins::ad(Op::KCDATA, reg, self.fs.const_new(Kgc::Complex(im))),
            ExpKind::Num(n) => match short_int(n) {
                Some(k) => Ins::ad(Op::KSHORT, reg, k as u16 as u32),
                None => Ins::ad(Op::KNUM, reg, self.fs.const_num(n)),
            },
            ExpKind::Relocable(pc) => {
                if let Some(i) = self.fs.ins_mut(pc) {
                    i.set_a(reg);
                }
                e.k = ExpKind::NonReloc(reg);
                return Ok(());
            }
            ExpKind::NonReloc(r) => {
                if r == reg {
                    return Ok(());
                }
                Ins::ad(Op::MOV, reg, r)
            }
            ExpKind::Nil => {
                self.emit_nil(reg, 1)?;
                e.k = ExpKind::NonReloc(reg);
                return Ok(());
            }
            ExpKind::False | ExpKind::True => Ins::ad(Op::KPRI, reg, pri(e.k)),
            _ => return Ok(()),
        };
        self.emit(ins)?;
        e.k = ExpKind::NonReloc(reg);
        Ok(())
    }

    /// Puts the value into `reg`, materialising true/false for jump lists.
    pub fn expr_toreg(&mut self, e: &mut ExpDesc, reg: u32) -> PResult<()> {
        self.expr_toreg_nobranch(e, reg)?;
        if let ExpKind::Jmp(pc) = e.k {
            e.t = self.jmp_append(e.t, pc)?;
        }
        if e.has_jump() {
            let mut jfalse = NO_JMP;
            let mut jtrue = NO_JMP;
            if self.jmp_novalue(e.t) || self.jmp_novalue(e.f) {
                let jval = if matches!(e.k, ExpKind::Jmp(_)) {
                    NO_JMP
                } else {
                    self.emit_jmp()?
                };
                jfalse = self.emit_ad(Op::KPRI, reg, 1)?;
                self.emit_aj(Op::JMP, self.fs.freereg, 1)?;
                jtrue = self.emit_ad(Op::KPRI, reg, 2)?;
                self.jmp_tohere(jval)?;
            }
            let jend = self.fs.pc();
            self.fs.lasttarget = jend;
            self.jmp_patchval(e.f, jend, reg, jfalse)?;
            self.jmp_patchval(e.t, jend, reg, jtrue)?;
        }
        e.t = NO_JMP;
        e.f = NO_JMP;
        e.k = ExpKind::NonReloc(reg);
        Ok(())
    }

    /// Puts the value into the next free register.
    pub fn expr_tonextreg(&mut self, e: &mut ExpDesc) -> PResult<()> {
        self.expr_discharge(e)?;
        self.expr_free(e);
        self.bcreg_reserve(1)?;
        let reg = self.fs.freereg - 1;
        self.expr_toreg(e, reg)
    }

    /// Puts the value into some register and returns it.
    pub fn expr_toanyreg(&mut self, e: &mut ExpDesc) -> PResult<u32> {
        self.expr_discharge(e)?;
        if let ExpKind::NonReloc(r) = e.k {
            if !e.has_jump() {
                return Ok(r);
            }
            if r >= self.fs.nactvar {
                self.expr_toreg(e, r)?;
                return Ok(r);
            }
        }
        self.expr_tonextreg(e)?;
        Ok(e.reg())
    }

    /// Discharges to a value: a constant stays a constant unless it has jumps.
    pub fn expr_toval(&mut self, e: &mut ExpDesc) -> PResult<()> {
        if e.has_jump() {
            self.expr_toanyreg(e)?;
            Ok(())
        } else {
            self.expr_discharge(e)
        }
    }

    /// Stores `e` into the variable or field `var`.
    pub fn emit_store(&mut self, var: &ExpDesc, e: &mut ExpDesc) -> PResult<()> {
        let ins = match var.k {
            ExpKind::Local { reg, vidx } => {
                self.mark_written(vidx);
                self.expr_free(e);
                return self.expr_toreg(e, reg);
            }
            ExpKind::Upval { idx, vidx } => {
                self.mark_written(vidx);
                self.expr_toval(e)?;
                match e.k {
                    ExpKind::Nil | ExpKind::False | ExpKind::True => {
                        Ins::ad(Op::USETP, idx, pri(e.k))
                    }
                    ExpKind::Str(s) => Ins::ad(Op::USETS, idx, self.fs.const_str(s)),
                    ExpKind::Num(n) => Ins::ad(Op::USETN, idx, self.fs.const_num(n)),
                    _ => Ins::ad(Op::USETV, idx, self.expr_toanyreg(e)?),
                }
            }
            ExpKind::Global(name) => {
                let ra = self.expr_toanyreg(e)?;
                Ins::ad(Op::GSET, ra, self.fs.const_str(name))
            }
            ExpKind::Indexed { table, key } => {
                let ra = self.expr_toanyreg(e)?;
                match key {
                    Key::Str(idx) => Ins::abc(Op::TSETS, ra, table, idx),
                    Key::Byte(b) => Ins::abc(Op::TSETB, ra, table, b),
                    Key::Reg(r) => {
                        // A key evaluated after the value (in a table
                        // constructor) is freed first, keeping frees in order.
                        if matches!(e.k, ExpKind::NonReloc(_)) && ra >= self.fs.nactvar && r >= ra {
                            self.bcreg_free(r);
                        }
                        Ins::abc(Op::TSETV, ra, table, r)
                    }
                }
            }
            _ => return Ok(()),
        };
        self.emit(ins)?;
        self.expr_free(e);
        Ok(())
    }

    fn mark_written(&mut self, vidx: usize) {
        if let Some(v) = self.vstack.get_mut(vidx) {
            v.rw = true;
        }
    }

    /// `obj:name`: the method in a fresh slot, `obj` copied as its first argument.
    fn emit_method(&mut self, e: &mut ExpDesc, name: StrId) -> PResult<()> {
        let obj = self.expr_toanyreg(e)?;
        self.expr_free(e);
        let func = self.fs.freereg;
        self.emit_ad(Op::MOV, func + 2, obj)?;
        let idx = self.fs.const_str(name);
        if idx <= MAX_C {
            self.bcreg_reserve(3)?;
            self.emit_abc(Op::TGETS, func, obj, idx)?;
        } else {
            self.bcreg_reserve(4)?;
            self.emit_ad(Op::KSTR, func + 3, idx)?;
            self.emit_abc(Op::TGETV, func, obj, func + 3)?;
            self.fs.freereg -= 1;
        }
        e.k = ExpKind::NonReloc(func);
        Ok(())
    }

    // -- Branches ------------------------------------------------------------

    /// Emits an unconditional jump (reusing a just emitted UCLO) and returns a
    /// list holding it and the jumps pending to here.
    pub fn emit_jmp(&mut self) -> PResult<usize> {
        let jpc = std::mem::replace(&mut self.fs.jpc, super::funcstate::NO_JMP);
        let last = self.fs.pc() - 1;
        let j = if last >= self.fs.lasttarget && self.fs.op_at(last) == Some(Op::UCLO) {
            if let Some(i) = self.fs.ins_mut(last) {
                i.set_d(crate::bytecode::JUMP_BIAS - 1);
            }
            // The UCLO now jumps; a later jump must not take it over again.
            self.fs.lasttarget = last + 1;
            last
        } else {
            self.emit_aj(Op::JMP, self.fs.freereg, -1)?
        };
        self.jmp_append(j, jpc)
    }

    fn invert_cond(&mut self, jmp_pc: usize) {
        if let Some(i) = self.fs.ins_mut(jmp_pc.wrapping_sub(1)) {
            let op = i.op_byte() ^ 1;
            if let Some(op) = Op::from_u8(op) {
                i.set_op(op);
            }
        }
    }

    /// Emits a test of `e` and a jump taken when it is true (`cond`) or false.
    fn emit_branch(&mut self, e: &mut ExpDesc, cond: bool) -> PResult<usize> {
        if let ExpKind::Relocable(pc) = e.k {
            let ins = self.fs.ins(pc);
            if ins.op_byte() == Op::NOT as u8 {
                if let Some(i) = self.fs.ins_mut(pc) {
                    *i = Ins::ad(if cond { Op::ISF } else { Op::IST }, 0, ins.d());
                }
                return self.emit_jmp();
            }
        }
        if !matches!(e.k, ExpKind::NonReloc(_)) {
            self.bcreg_reserve(1)?;
            let reg = self.fs.freereg - 1;
            self.expr_toreg_nobranch(e, reg)?;
        }
        self.emit_ad(if cond { Op::ISTC } else { Op::ISFC }, NO_REG, e.reg())?;
        let pc = self.emit_jmp()?;
        self.expr_free(e);
        Ok(pc)
    }

    /// Falls through when `e` is true; its false jumps go on `e.f`.
    pub fn branch_true(&mut self, e: &mut ExpDesc) -> PResult<()> {
        self.expr_discharge(e)?;
        let pc = match e.k {
            ExpKind::Str(_) | ExpKind::Num(_) | ExpKind::True => NO_JMP,
            ExpKind::Jmp(pc) => {
                self.invert_cond(pc);
                pc
            }
            ExpKind::False | ExpKind::Nil => {
                self.expr_toreg_nobranch(e, NO_REG)?;
                self.emit_jmp()?
            }
            _ => self.emit_branch(e, false)?,
        };
        e.f = self.jmp_append(e.f, pc)?;
        self.jmp_tohere(e.t)?;
        e.t = NO_JMP;
        Ok(())
    }

    /// Falls through when `e` is false; its true jumps go on `e.t`.
    pub fn branch_false(&mut self, e: &mut ExpDesc) -> PResult<()> {
        self.expr_discharge(e)?;
        let pc = match e.k {
            ExpKind::Nil | ExpKind::False => NO_JMP,
            ExpKind::Jmp(pc) => pc,
            ExpKind::Str(_) | ExpKind::Num(_) | ExpKind::True => {
                self.expr_toreg_nobranch(e, NO_REG)?;
                self.emit_jmp()?
            }
            _ => self.emit_branch(e, true)?,
        };
        e.t = self.jmp_append(e.t, pc)?;
        self.jmp_tohere(e.f)?;
        e.f = NO_JMP;
        Ok(())
    }

    // -- Operators -----------------------------------------------------------

    /// Folds two numeric constants unless the result is NaN or -0.
    fn fold_constants(op: BinOpr, e1: &mut ExpDesc, e2: &ExpDesc) -> bool {
        let (ExpKind::Num(a), ExpKind::Num(b)) = (e1.k, e2.k) else {
            return false;
        };
        if e1.has_jump() || e2.has_jump() {
            return false;
        }
        let n = fold_arith(op, a, b);
        if n.is_nan() || (n == 0.0 && n.is_sign_negative()) {
            return false;
        }
        e1.k = ExpKind::Num(n);
        true
    }

    fn emit_arith(&mut self, opr: BinOpr, e1: &mut ExpDesc, e2: &mut ExpDesc) -> PResult<()> {
        if Self::fold_constants(opr, e1, e2) {
            return Ok(());
        }
        let (op, rb, rc);
        if opr == BinOpr::Pow {
            op = Op::POW;
            rc = self.expr_toanyreg(e2)?;
            rb = self.expr_toanyreg(e1)?;
        } else {
            let k = opr.arith_offset();
            // The second operand first: an indexing may free registers.
            self.expr_toval(e2)?;
            let mut form = Op::ADDVV;
            let c = match e2.k {
                ExpKind::Num(n) => {
                    let idx = self.fs.const_num(n);
                    if idx <= MAX_C {
                        form = Op::ADDVN;
                        idx
                    } else {
                        self.expr_toanyreg(e2)?
                    }
                }
                _ => self.expr_toanyreg(e2)?,
            };
            self.expr_toval(e1)?;
            let mut b = None;
            if let (ExpKind::Num(n), false) = (e1.k, e2.is_numk()) {
                let idx = self.fs.const_num(n);
                if idx <= MAX_C {
                    // Constant on the left: NV form, with the operands swapped.
                    form = Op::ADDNV;
                    b = Some((c, idx));
                }
            }
            let (bb, cc) = match b {
                Some(swapped) => swapped,
                None => (self.expr_toanyreg(e1)?, c),
            };
            op = op_plus(form, k);
            rb = bb;
            rc = cc;
        }
        self.free_operands(e1, e2);
        e1.k = ExpKind::Relocable(self.emit_abc(op, 0, rb, rc)?);
        Ok(())
    }

    /// Frees the temporaries of both operands, whatever their order.
    fn free_operands(&mut self, e1: &ExpDesc, e2: &ExpDesc) {
        for e in [e1, e2] {
            if let ExpKind::NonReloc(r) = e.k {
                if r >= self.fs.nactvar {
                    self.fs.freereg = self.fs.freereg.saturating_sub(1);
                }
            }
        }
    }

    fn emit_comp(&mut self, opr: BinOpr, e1: &mut ExpDesc, e2: &mut ExpDesc) -> PResult<()> {
        self.expr_toval(e1)?;
        let ins;
        if opr == BinOpr::Eq || opr == BinOpr::Ne {
            let eq = opr == BinOpr::Eq;
            // The constant, if any, goes second.
            let (a, b) = if e1.is_k() {
                (&mut *e2, &mut *e1)
            } else {
                (&mut *e1, &mut *e2)
            };
            let ra = self.expr_toanyreg(a)?;
            self.expr_toval(b)?;
            ins = match b.k {
                ExpKind::Nil | ExpKind::False | ExpKind::True => {
                    Ins::ad(if eq { Op::ISEQP } else { Op::ISNEP }, ra, pri(b.k))
                }
                ExpKind::Str(s) => Ins::ad(
                    if eq { Op::ISEQS } else { Op::ISNES },
                    ra,
                    self.fs.const_str(s),
                ),
                ExpKind::Num(n) => Ins::ad(
                    if eq { Op::ISEQN } else { Op::ISNEN },
                    ra,
                    self.fs.const_num(n),
                ),
                _ => Ins::ad(
                    if eq { Op::ISEQV } else { Op::ISNEV },
                    ra,
                    self.expr_toanyreg(b)?,
                ),
            };
            self.free_operands(a, b);
        } else {
            // Only < and <= exist: a > b is b < a, a >= b is b <= a.
            let (op, a, b) = match opr {
                BinOpr::Lt => (Op::ISLT, &mut *e1, &mut *e2),
                BinOpr::Le => (Op::ISLE, &mut *e1, &mut *e2),
                BinOpr::Gt => (Op::ISLT, &mut *e2, &mut *e1),
                _ => (Op::ISLE, &mut *e2, &mut *e1),
            };
            // Swapped operands are loaded in their new order.
            let (ra, rd) = if matches!(opr, BinOpr::Gt | BinOpr::Ge) {
                self.expr_toval(a)?;
                let ra = self.expr_toanyreg(a)?;
                (ra, self.expr_toanyreg(b)?)
            } else {
                let rd = self.expr_toanyreg(b)?;
                (self.expr_toanyreg(a)?, rd)
            };
            ins = Ins::ad(op, ra, rd);
            self.free_operands(a, b);
        }
        self.emit(ins)?;
        let pc = self.emit_jmp()?;
        *e1 = ExpDesc::new(ExpKind::Jmp(pc));
        Ok(())
    }

    /// Prepares the left operand before the right one is parsed.
    fn binop_left(&mut self, op: BinOpr, e: &mut ExpDesc) -> PResult<()> {
        match op {
            BinOpr::And => self.branch_true(e),
            BinOpr::Or => self.branch_false(e),
            BinOpr::Concat => self.expr_tonextreg(e),
            BinOpr::Eq | BinOpr::Ne => {
                if !e.is_k_nojump() {
                    self.expr_toanyreg(e)?;
                }
                Ok(())
            }
            _ => {
                if !e.is_numk_nojump() {
                    self.expr_toanyreg(e)?;
                }
                Ok(())
            }
        }
    }

    fn emit_binop(&mut self, op: BinOpr, e1: &mut ExpDesc, mut e2: ExpDesc) -> PResult<()> {
        match op {
            _ if op.is_arith() => self.emit_arith(op, e1, &mut e2),
            BinOpr::And => {
                self.expr_discharge(&mut e2)?;
                e2.f = self.jmp_append(e2.f, e1.f)?;
                *e1 = e2;
                Ok(())
            }
            BinOpr::Or => {
                self.expr_discharge(&mut e2)?;
                e2.t = self.jmp_append(e2.t, e1.t)?;
                *e1 = e2;
                Ok(())
            }
            BinOpr::Concat => {
                self.expr_toval(&mut e2)?;
                match e2.k {
                    ExpKind::Relocable(pc) if self.fs.op_at(pc) == Some(Op::CAT) => {
                        // Extend the following CAT down to the left operand.
                        self.expr_free(e1);
                        if let Some(i) = self.fs.ins_mut(pc) {
                            i.set_b(e1.reg());
                        }
                        e1.k = ExpKind::Relocable(pc);
                    }
                    _ => {
                        self.expr_tonextreg(&mut e2)?;
                        self.expr_free(&e2);
                        self.expr_free(e1);
                        let pc = self.emit_abc(Op::CAT, 0, e1.reg(), e2.reg())?;
                        e1.k = ExpKind::Relocable(pc);
                    }
                }
                Ok(())
            }
            _ => self.emit_comp(op, e1, &mut e2),
        }
    }

    fn emit_unop(&mut self, op: Op, e: &mut ExpDesc) -> PResult<()> {
        if op == Op::NOT {
            std::mem::swap(&mut e.t, &mut e.f);
            self.jmp_dropval(e.f);
            self.jmp_dropval(e.t);
            self.expr_discharge(e)?;
            match e.k {
                ExpKind::Nil | ExpKind::False => {
                    e.k = ExpKind::True;
                    return Ok(());
                }
                // Constants, 64-bit integer literals included, are truthy.
                _ if e.is_k() || matches!(e.k, ExpKind::Int64(..) | ExpKind::Complex(_)) => {
                    e.k = ExpKind::False;
                    return Ok(());
                }
                ExpKind::Jmp(pc) => {
                    self.invert_cond(pc);
                    return Ok(());
                }
                ExpKind::Relocable(pc) => {
                    self.bcreg_reserve(1)?;
                    let reg = self.fs.freereg - 1;
                    if let Some(i) = self.fs.ins_mut(pc) {
                        i.set_a(reg);
                    }
                    e.k = ExpKind::NonReloc(reg);
                }
                _ => {}
            }
        } else {
            if op == Op::UNM && !e.has_jump() {
                if let ExpKind::Num(n) = e.k {
                    if n != 0.0 {
                        e.k = ExpKind::Num(-n);
                        return Ok(());
                    }
                }
                // A negated 64-bit literal is a literal (as LuaJIT folds it).
                if let ExpKind::Int64(bits, unsigned) = e.k {
                    e.k = ExpKind::Int64(bits.wrapping_neg(), unsigned);
                    return Ok(());
                }
                // So is a negated imaginary literal: its imaginary part's sign
                // flips, the real part stays +0 (LuaJIT prints -2i as 0-2i).
                if let ExpKind::Complex(im) = e.k {
                    e.k = ExpKind::Complex(im ^ (1 << 63));
                    return Ok(());
                }
            }
            self.expr_toanyreg(e)?;
        }
        self.expr_free(e);
        e.k = ExpKind::Relocable(self.emit_ad(op, 0, e.reg())?);
        Ok(())
    }

    // -- Grammar -------------------------------------------------------------

    /// Enters a nested syntactic construct.
    pub fn synlevel_begin(&mut self) -> PResult<()> {
        self.level += 1;
        if self.level >= super::funcstate::MAX_XLEVEL {
            return Err(self.lex.error(
                super::lexer::Near::Nothing,
                "chunk has too many syntax levels",
            ));
        }
        Ok(())
    }

    pub fn synlevel_end(&mut self) {
        self.level -= 1;
    }

    /// `t[key]` for a table in register `table`: picks the key form.
    pub fn expr_index(&mut self, table: u32, key: &mut ExpDesc) -> PResult<ExpKind> {
        let key = match key.k {
            ExpKind::Num(n) if (0.0..=255.0).contains(&n) && n == (n as i32) as f64 => {
                Key::Byte(n as u32)
            }
            ExpKind::Str(s) => {
                let idx = self.fs.const_str(s);
                if idx <= MAX_C {
                    Key::Str(idx)
                } else {
                    Key::Reg(self.expr_toanyreg(key)?)
                }
            }
            _ => Key::Reg(self.expr_toanyreg(key)?),
        };
        Ok(ExpKind::Indexed { table, key })
    }

    /// `v.name` or `v:name` (the `.` or `:` is current).
    pub fn expr_field(&mut self, v: &mut ExpDesc) -> PResult<()> {
        let table = self.expr_toanyreg(v)?;
        self.lex.next()?;
        let name = self.lex_str()?;
        v.k = self.expr_index(table, &mut ExpDesc::new(ExpKind::Str(name)))?;
        Ok(())
    }

    /// `[expr]`, discharged to a value.
    fn expr_bracket(&mut self) -> PResult<ExpDesc> {
        self.lex.next()?;
        let mut v = self.expr()?;
        self.expr_toval(&mut v)?;
        self.lex_check(Tok::Char(b']'))?;
        Ok(v)
    }

    fn template_key(e: &ExpDesc) -> Option<TemplateKey> {
        Some(match e.k {
            ExpKind::False => TemplateKey::False,
            ExpKind::True => TemplateKey::True,
            ExpKind::Num(n) => TemplateKey::Num(n.to_bits()),
            ExpKind::Str(s) => TemplateKey::Str(s),
            _ => return None,
        })
    }

    fn template_val(e: &ExpDesc) -> TemplateVal {
        match e.k {
            ExpKind::False => TemplateVal::False,
            ExpKind::True => TemplateVal::True,
            ExpKind::Num(n) => TemplateVal::Num(n),
            ExpKind::Str(s) => TemplateVal::Str(s),
            _ => TemplateVal::Nil,
        }
    }

    fn template_mut(&mut self, kidx: u32) -> Option<&mut TemplateBuilder> {
        match self.fs.kgc.get_mut(kidx as usize) {
            Some(Kgc::Table(t)) => Some(t),
            _ => None,
        }
    }

    /// A table constructor. Constant entries go into a template table (TDUP);
    /// the others are stored one by one, and a final multi-value entry by TSETM.
    fn expr_table(&mut self) -> PResult<ExpDesc> {
        let line = self.lex.line;
        let mut template: Option<u32> = None;
        let mut vcall = false;
        let mut needarr = false;
        let mut narr: u32 = 1;
        let mut nhash: u32 = 0;
        let mut freg = self.fs.freereg;
        let pc = self.emit_ad(Op::TNEW, freg, 0)?;
        let mut e = ExpDesc::new(ExpKind::NonReloc(freg));
        self.bcreg_reserve(1)?;
        freg += 1;
        let table = freg - 1;
        self.lex_check(Tok::Char(b'{'))?;
        while self.lex.tok != Tok::Char(b'}') {
            vcall = false;
            let mut key;
            if self.lex.tok == Tok::Char(b'[') {
                key = self.expr_bracket()?;
                if !key.is_k() {
                    e.k = self.expr_index(table, &mut key)?;
                }
                if matches!(key.k, ExpKind::Num(n) if n == 0.0) {
                    needarr = true;
                } else {
                    nhash += 1;
                }
                self.lex_check(Tok::Char(b'='))?;
            } else if matches!(self.lex.tok, Tok::Name | Tok::Goto)
                && self.lex.lookahead()? == Tok::Char(b'=')
            {
                key = ExpDesc::new(ExpKind::Str(self.lex_str()?));
                self.lex_check(Tok::Char(b'='))?;
                nhash += 1;
            } else {
                key = ExpDesc::new(ExpKind::Num(narr as f64));
                narr += 1;
                needarr = true;
                vcall = true;
            }
            let mut val = self.expr()?;
            let mut constant = false;
            if key.is_k()
                && key.k != ExpKind::Nil
                && (matches!(key.k, ExpKind::Str(_)) || val.is_k_nojump())
            {
                let kidx = match template {
                    Some(k) => k,
                    None => {
                        let k = self.fs.const_new(Kgc::Table(TemplateBuilder::default()));
                        if let Some(i) = self.fs.ins_mut(pc) {
                            *i = Ins::ad(Op::TDUP, table, k);
                        }
                        template = Some(k);
                        k
                    }
                };
                vcall = false;
                constant = val.is_k_nojump();
                // A string key with a variable value keeps a nil slot in the template.
                let v = if constant {
                    Self::template_val(&val)
                } else {
                    TemplateVal::Nil
                };
                if let (Some(k), Some(t)) = (Self::template_key(&key), self.template_mut(kidx)) {
                    t.set(k, v);
                }
            }
            if !constant {
                if !matches!(val.k, ExpKind::Call { .. }) {
                    self.expr_toanyreg(&mut val)?;
                    vcall = false;
                }
                if key.is_k() {
                    e.k = self.expr_index(table, &mut key)?;
                }
                let var = e;
                self.emit_store(&var, &mut val)?;
            }
            self.fs.freereg = freg;
            if !self.lex_opt(Tok::Char(b','))? && !self.lex_opt(Tok::Char(b';'))? {
                break;
            }
        }
        self.lex_match(Tok::Char(b'}'), Tok::Char(b'{'), line)?;
        if vcall {
            // The last positional entry is a call or `...`: store all its results.
            let en = self.fs.const_table_index(narr - 1);
            if narr > 256 {
                self.fs.code.pop();
                self.fs.lines.pop();
            }
            let last = self.fs.pc() - 1;
            if let Some(i) = self.fs.ins_mut(last) {
                *i = Ins::ad(Op::TSETM, freg, en);
            }
            if let Some(i) = self.fs.ins_mut(last - 1) {
                i.set_b(0);
            }
        }
        if pc == self.fs.pc() - 1 {
            e.k = ExpKind::Relocable(pc);
            self.fs.freereg -= 1;
        } else {
            e.k = ExpKind::NonReloc(table);
        }
        match template {
            None => {
                let asize = if !needarr { 0 } else { narr.clamp(3, 0x7ff) };
                if let Some(i) = self.fs.ins_mut(pc) {
                    i.set_d(asize | hash_size_bits(nhash) << crate::bytecode::TNEW_ARRAY_BITS);
                }
            }
            Some(kidx) => {
                if let Some(t) = self.template_mut(kidx) {
                    t.array_size = if needarr { narr as usize } else { 0 };
                }
            }
        }
        Ok(e)
    }

    /// A function body after `function` (and its name): parameters, block, `end`.
    pub fn parse_body(&mut self, needself: bool, line: u32) -> PResult<ExpDesc> {
        self.open_function(line);
        self.fscope_begin(0);
        self.fs.numparams = self.parse_params(needself)?;
        if self.fs.is_vararg && !self.body_uses_varargs()? {
            // Lua 5.1's compatibility `arg`: a vararg function whose body never
            // mentions `...` gets a local `arg` = {...; n = select('#', ...)},
            // built by the function header (FUNCV with D = 1).
            self.var_new(0, self.names.arg)?;
            self.var_add(1);
            self.bcreg_reserve(1)?;
            self.fs.compat_arg = true;
        }
        self.emit_ad(Op::FUNCF, 0, 0)?;
        self.parse_chunk()?;
        if self.lex.tok != Tok::End {
            self.lex_match(Tok::End, Tok::Function, line)?;
        }
        self.lex.lastline = self.lex.line;
        let (proto, sources) = self.close_function(self.lex.line)?;
        let kidx = self.fs.const_new(Kgc::Proto(Box::new(proto), sources));
        let pc = self.emit_ad(Op::FNEW, 0, kidx)?;
        if !self.fs.has_child {
            if self.fs.has_return {
                self.fs.fixup_return = true;
            }
            self.fs.has_child = true;
        }
        self.lex.next()?;
        Ok(ExpDesc::new(ExpKind::Relocable(pc)))
    }

    /// Whether the body about to be parsed uses `...` itself (not in nested
    /// functions). Scans ahead to the function's `end` and comes back; on a
    /// lexical error it answers yes, leaving the error to the real parse.
    fn body_uses_varargs(&mut self) -> PResult<bool> {
        let saved = self.lex.save();
        // Open blocks: true for a nested function's body.
        let mut blocks: Vec<bool> = Vec::new();
        let mut nested = 0usize;
        let found = loop {
            match self.lex.tok {
                Tok::Dots if nested == 0 => break true,
                Tok::Function => {
                    blocks.push(true);
                    nested += 1;
                }
                Tok::If | Tok::Do | Tok::Repeat => blocks.push(false),
                Tok::End | Tok::Until => match blocks.pop() {
                    Some(true) => nested -= 1,
                    Some(false) => {}
                    None => break false,
                },
                Tok::Eof => break false,
                _ => {}
            }
            if self.lex.next().is_err() {
                break true;
            }
        };
        self.lex.restore(saved);
        Ok(found)
    }

    fn parse_params(&mut self, needself: bool) -> PResult<u32> {
        let mut nparams = 0;
        self.lex_check(Tok::Char(b'('))?;
        if needself {
            self.var_new(nparams, self.names.self_)?;
            nparams += 1;
        }
        if self.lex.tok != Tok::Char(b')') {
            loop {
                match self.lex.tok {
                    Tok::Name | Tok::Goto => {
                        let name = self.lex_str()?;
                        self.var_new(nparams, name)?;
                        nparams += 1;
                    }
                    Tok::Dots => {
                        self.lex.next()?;
                        self.fs.is_vararg = true;
                        break;
                    }
                    _ => return Err(self.err_syntax("<name> or '...' expected")),
                }
                if !self.lex_opt(Tok::Char(b','))? {
                    break;
                }
            }
        }
        self.var_add(nparams);
        self.bcreg_reserve(nparams)?;
        self.lex_check(Tok::Char(b')'))?;
        Ok(nparams)
    }

    /// An expression list; all but the last are put in consecutive registers.
    pub fn expr_list(&mut self) -> PResult<(u32, ExpDesc)> {
        let mut n = 1;
        let mut v = self.expr()?;
        while self.lex_opt(Tok::Char(b','))? {
            self.expr_tonextreg(&mut v)?;
            v = self.expr()?;
            n += 1;
        }
        Ok((n, v))
    }

    /// Call arguments; `e` holds the function (its frame link slot reserved).
    fn parse_args(&mut self, e: &mut ExpDesc) -> PResult<()> {
        let line = self.lex.line;
        let mut args = match self.lex.tok {
            Tok::Char(b'(') => {
                if line != self.lex.lastline {
                    return Err(self.err_syntax("ambiguous syntax (function call x new statement)"));
                }
                self.lex.next()?;
                let args = if self.lex.tok == Tok::Char(b')') {
                    ExpDesc::new(ExpKind::Void)
                } else {
                    // A non-empty argument list is a syntax level of its own, so
                    // deeply nested calls hit Lua 5.1's level limit before the
                    // slot limit (each nesting takes two slots here, one in 5.1).
                    self.synlevel_begin()?;
                    let (_, args) = self.expr_list()?;
                    self.synlevel_end();
                    if let ExpKind::Call { pc, .. } = args.k {
                        // Pass on all results of a final call or `...`.
                        if let Some(i) = self.fs.ins_mut(pc) {
                            i.set_b(0);
                        }
                    }
                    args
                };
                self.lex_match(Tok::Char(b')'), Tok::Char(b'('), line)?;
                args
            }
            Tok::Char(b'{') => self.expr_table()?,
            Tok::String => {
                let TokVal::Str(s) = self.lex.val else {
                    return Err(self.err_syntax("function arguments expected"));
                };
                self.lex.next()?;
                ExpDesc::new(ExpKind::Str(s))
            }
            _ => return Err(self.err_syntax("function arguments expected")),
        };
        let base = e.reg();
        let ins = match args.k {
            ExpKind::Call { base: abase, .. } => {
                Ins::abc(Op::CALLM, base, 2, abase.wrapping_sub(base + 2) & 0xff)
            }
            _ => {
                if args.k != ExpKind::Void {
                    self.expr_tonextreg(&mut args)?;
                }
                Ins::abc(Op::CALL, base, 2, (self.fs.freereg - base - 1) & 0xff)
            }
        };
        let pc = self.emit(ins)?;
        *e = ExpDesc::new(ExpKind::Call { pc, base });
        self.fs.set_line(pc, line);
        self.fs.freereg = base + 1;
        Ok(())
    }

    /// A prefix expression with its suffixes: fields, indexing, calls.
    pub fn expr_primary(&mut self) -> PResult<ExpDesc> {
        let mut v;
        match self.lex.tok {
            Tok::Char(b'(') => {
                let line = self.lex.line;
                self.lex.next()?;
                v = self.expr()?;
                self.lex_match(Tok::Char(b')'), Tok::Char(b'('), line)?;
                self.expr_discharge(&mut v)?;
            }
            Tok::Name | Tok::Goto => v = self.var_lookup()?,
            _ => return Err(self.err_syntax("unexpected symbol")),
        }
        loop {
            match self.lex.tok {
                Tok::Char(b'.') => self.expr_field(&mut v)?,
                Tok::Char(b'[') => {
                    let table = self.expr_toanyreg(&mut v)?;
                    let mut key = self.expr_bracket()?;
                    v.k = self.expr_index(table, &mut key)?;
                }
                Tok::Char(b':') => {
                    self.lex.next()?;
                    let name = self.lex_str()?;
                    self.emit_method(&mut v, name)?;
                    self.parse_args(&mut v)?;
                }
                Tok::Char(b'(') | Tok::String | Tok::Char(b'{') => {
                    self.expr_tonextreg(&mut v)?;
                    self.bcreg_reserve(1)?;
                    self.parse_args(&mut v)?;
                }
                _ => return Ok(v),
            }
        }
    }

    fn expr_simple(&mut self) -> PResult<ExpDesc> {
        let v = match self.lex.tok {
            Tok::Number => match self.lex.val {
                TokVal::Num(n) => ExpDesc::new(ExpKind::Num(n)),
                TokVal::Int64(bits, unsigned) => ExpDesc::new(ExpKind::Int64(bits, unsigned)),
                TokVal::Complex(im) => ExpDesc::new(ExpKind::Complex(im)),
                _ => ExpDesc::new(ExpKind::Num(0.0)),
            },
            Tok::String => match self.lex.val {
                TokVal::Str(s) => ExpDesc::new(ExpKind::Str(s)),
                _ => ExpDesc::new(ExpKind::Nil),
            },
            Tok::Nil => ExpDesc::new(ExpKind::Nil),
            Tok::True => ExpDesc::new(ExpKind::True),
            Tok::False => ExpDesc::new(ExpKind::False),
            Tok::Dots => {
                if !self.fs.is_vararg {
                    return Err(self.err_syntax("cannot use '...' outside a vararg function"));
                }
                self.bcreg_reserve(1)?;
                let base = self.fs.freereg - 1;
                let pc = self.emit_abc(Op::VARG, base, 2, self.fs.numparams)?;
                ExpDesc::new(ExpKind::Call { pc, base })
            }
            Tok::Char(b'{') => return self.expr_table(),
            Tok::Function => {
                self.lex.next()?;
                let line = self.lex.line;
                return self.parse_body(false, line);
            }
            _ => return self.expr_primary(),
        };
        self.lex.next()?;
        Ok(v)
    }

    fn expr_unop(&mut self) -> PResult<ExpDesc> {
        let op = match self.lex.tok {
            Tok::Not => Op::NOT,
            Tok::Char(b'-') => Op::UNM,
            Tok::Char(b'#') => Op::LEN,
            _ => return self.expr_simple(),
        };
        self.lex.next()?;
        let (mut v, _) = self.expr_binop(UNARY_PRIORITY)?;
        self.emit_unop(op, &mut v)?;
        Ok(v)
    }

    /// Parses operators binding tighter than `limit`; returns the expression
    /// and the first operator it did not consume.
    fn expr_binop(&mut self, limit: u32) -> PResult<(ExpDesc, Option<BinOpr>)> {
        self.synlevel_begin()?;
        let mut v = self.expr_unop()?;
        let mut op = BinOpr::from_token(self.lex.tok);
        while let Some(o) = op {
            let (left, right) = o.priority();
            if left <= limit {
                break;
            }
            self.lex.next()?;
            self.binop_left(o, &mut v)?;
            let (v2, next) = self.expr_binop(right)?;
            self.emit_binop(o, &mut v, v2)?;
            op = next;
        }
        self.synlevel_end();
        Ok((v, op))
    }

    pub fn expr(&mut self) -> PResult<ExpDesc> {
        Ok(self.expr_binop(0)?.0)
    }

    /// An expression in the next free register.
    pub fn expr_next(&mut self) -> PResult<()> {
        let mut e = self.expr()?;
        self.expr_tonextreg(&mut e)
    }

    /// A condition; returns the jumps taken when it is false.
    pub fn expr_cond(&mut self) -> PResult<usize> {
        let mut v = self.expr()?;
        if v.k == ExpKind::Nil {
            v.k = ExpKind::False;
        }
        self.branch_true(&mut v)?;
        Ok(v.f)
    }
}
