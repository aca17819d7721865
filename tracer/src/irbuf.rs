//! The IR buffer of one trace: constants, instructions, CSE chains, and the
//! emit pipeline (FOLD, then CSE, then append) every recorded instruction
//! goes through.

use crate::fold::{self, Fold};
use crate::ir::*;
use lunavm_vm::Value;
use std::collections::HashMap;

/// Why emitting failed: the trace cannot be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IrError {
    /// A guard that can never hold: the recorded path is impossible.
    GuardAlwaysFails,
    /// Too many instructions or constants.
    TooLong,
}

/// Identity of a constant, for sharing.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum ConstKey {
    Pri(IrType),
    Int(i32),
    Num(u64),
    Gc(u64),
    Ptr(usize),
    Slot(Ref, u32),
}

pub struct Ir {
    /// Instructions from REF_BIAS up.
    body: Vec<Ins>,
    /// Constants from REF_BIAS-1 down.
    consts: Vec<Ins>,
    /// Payloads of KNUM, KGC and KPTR constants.
    pub knum: Vec<f64>,
    pub kgc: Vec<Value>,
    pub kptr: Vec<usize>,
    const_map: HashMap<ConstKey, Ref>,
    /// Newest instruction of each op (CSE chains).
    chain: [Ref; NUM_IR_OPS],
    /// Limits.
    pub max_ins: usize,
    pub max_consts: usize,
    /// Whether FOLD and CSE run.
    pub fold_on: bool,
    pub cse_on: bool,
    /// Bytecode position and inlining depth stamped on new instructions.
    pub cur_pc: u32,
    pub cur_depth: u8,
    /// Set when a guard was removed by folding (so no snapshot is needed).
    pub last_guard_folded: bool,
}

impl Default for Ir {
    fn default() -> Self {
        Ir::new()
    }
}

impl Ir {
    pub fn new() -> Ir {
        let mut ir = Ir {
            body: Vec::new(),
            consts: Vec::new(),
            knum: Vec::new(),
            kgc: Vec::new(),
            kptr: Vec::new(),
            const_map: HashMap::new(),
            chain: [REF_NONE; NUM_IR_OPS],
            max_ins: 4000,
            max_consts: 500,
            fold_on: true,
            cse_on: true,
            cur_pc: 0,
            cur_depth: 0,
            last_guard_folded: false,
        };
        for t in [IrType::Nil, IrType::False, IrType::True] {
            let r = ir.push_const(Ins::new(IrOp::KPRI, t, 0, 0));
            ir.const_map.insert(ConstKey::Pri(t), r);
        }
        debug_assert_eq!(ir.kpri(IrType::True), REF_TRUE);
        ir.body.push(Ins::new(IrOp::BASE, IrType::Ptr, 0, 0));
        ir
    }

    // ------------------------------------------------------------------ access

    #[inline]
    pub fn get(&self, r: Ref) -> &Ins {
        if r >= REF_BIAS {
            &self.body[(r - REF_BIAS) as usize]
        } else {
            &self.consts[(REF_BIAS - 1 - r) as usize]
        }
    }
    #[inline]
    pub fn get_mut(&mut self, r: Ref) -> &mut Ins {
        if r >= REF_BIAS {
            &mut self.body[(r - REF_BIAS) as usize]
        } else {
            &mut self.consts[(REF_BIAS - 1 - r) as usize]
        }
    }
    /// One past the newest instruction.
    pub fn top(&self) -> Ref {
        REF_BIAS + self.body.len() as Ref
    }
    /// The lowest constant.
    pub fn bottom(&self) -> Ref {
        REF_BIAS - self.consts.len() as Ref
    }
    /// Every instruction reference, oldest first (BASE included).
    pub fn refs(&self) -> std::ops::Range<Ref> {
        REF_BIAS..self.top()
    }
    pub fn num_ins(&self) -> usize {
        self.body.len()
    }
    pub fn num_consts(&self) -> usize {
        self.consts.len()
    }
    pub fn chain_head(&self, op: IrOp) -> Ref {
        self.chain[op as usize]
    }

    /// The double of a KNUM, the integer of a KINT (as a double), if `r` is one.
    pub fn const_num(&self, r: Ref) -> Option<f64> {
        if !is_const(r) {
            return None;
        }
        let k = self.get(r);
        match k.op {
            IrOp::KNUM => Some(self.knum[k.op1 as usize]),
            IrOp::KINT => Some(k.op1 as i32 as f64),
            _ => None,
        }
    }
    pub fn const_int(&self, r: Ref) -> Option<i32> {
        let k = self.get(r);
        (is_const(r) && k.op == IrOp::KINT).then_some(k.op1 as i32)
    }
    pub fn const_gc(&self, r: Ref) -> Option<Value> {
        let k = self.get(r);
        (is_const(r) && k.op == IrOp::KGC).then(|| self.kgc[k.op1 as usize])
    }
    pub fn const_ptr(&self, r: Ref) -> Option<usize> {
        let k = self.get(r);
        (is_const(r) && k.op == IrOp::KPTR).then(|| self.kptr[k.op1 as usize])
    }
    /// The Lua value of a constant of a Lua type (nil/false/true, numbers, GC).
    pub fn const_value(&self, r: Ref) -> Option<Value> {
        let k = self.get(r);
        match k.op {
            IrOp::KPRI => Some(match k.t {
                IrType::Nil => Value::NIL,
                IrType::False => Value::FALSE,
                _ => Value::TRUE,
            }),
            IrOp::KNUM | IrOp::KINT => self.const_num(r).map(Value::num),
            IrOp::KGC => self.const_gc(r),
            _ => None,
        }
    }

    // --------------------------------------------------------------- constants

    fn push_const(&mut self, k: Ins) -> Ref {
        self.consts.push(k);
        self.bottom()
    }

    fn intern_const(&mut self, key: ConstKey, k: Ins) -> Ref {
        if let Some(&r) = self.const_map.get(&key) {
            return r;
        }
        let r = self.push_const(k);
        self.const_map.insert(key, r);
        r
    }

    pub fn kpri(&self, t: IrType) -> Ref {
        match t {
            IrType::Nil => REF_NIL,
            IrType::False => REF_FALSE,
            _ => REF_TRUE,
        }
    }
    pub fn kint(&mut self, n: i32) -> Ref {
        self.intern_const(
            ConstKey::Int(n),
            Ins::new(IrOp::KINT, IrType::Int, n as u32, 0),
        )
    }
    pub fn knum(&mut self, n: f64) -> Ref {
        self.pooled(ConstKey::Num(n.to_bits()), |ir| {
            ir.knum.push(n);
            Ins::new(IrOp::KNUM, IrType::Num, ir.knum.len() as u32 - 1, 0)
        })
    }
    /// A GC object constant; its type is the object's.
    pub fn kgc(&mut self, v: Value) -> Ref {
        debug_assert!(v.is_gc());
        self.pooled(ConstKey::Gc(v.to_bits()), |ir| {
            ir.kgc.push(v);
            Ins::new(IrOp::KGC, IrType::of(v), ir.kgc.len() as u32 - 1, 0)
        })
    }
    pub fn kptr(&mut self, p: usize) -> Ref {
        self.pooled(ConstKey::Ptr(p), |ir| {
            ir.kptr.push(p);
            Ins::new(IrOp::KPTR, IrType::Ptr, ir.kptr.len() as u32 - 1, 0)
        })
    }
    /// A constant whose payload lives in a pool: `add` puts it there and
    /// returns the constant instruction, the first time `key` is seen.
    fn pooled(&mut self, key: ConstKey, add: impl FnOnce(&mut Ir) -> Ins) -> Ref {
        if let Some(&r) = self.const_map.get(&key) {
            return r;
        }
        let k = add(self);
        self.intern_const(key, k)
    }
    /// The constant for a Lua value (numbers, nil/false/true, GC objects).
    pub fn kvalue(&mut self, v: Value) -> Ref {
        if v.is_number() {
            self.knum(v.as_f64())
        } else if v.is_gc() {
            self.kgc(v)
        } else {
            self.kpri(IrType::of(v))
        }
    }
    /// A hash key constant together with the node slot it was found in.
    pub fn kslot(&mut self, key: Ref, slot: u32) -> Ref {
        self.intern_const(
            ConstKey::Slot(key, slot),
            Ins::new(IrOp::KSLOT, IrType::Ptr, key, slot),
        )
    }

    // ------------------------------------------------------------ instructions

    /// Emits an instruction through FOLD and CSE; returns its reference (which
    /// may be an older instruction or a constant).
    pub fn emit(&mut self, ins: Ins) -> Result<Ref, IrError> {
        self.last_guard_folded = false;
        if let Some(r) = crate::xmem::virtual_operand(self, &ins) {
            // Not an optimisation: a virtual cdata has no object to read.
            return Ok(r);
        }
        let mut ins = ins;
        if self.fold_on {
            // Rules may rewrite the instruction several times.
            for _ in 0..8 {
                match fold::fold(self, ins) {
                    Fold::Keep => break,
                    Fold::Again(new) => ins = new,
                    Fold::Use(r) => return Ok(r),
                    Fold::DropGuard => {
                        self.last_guard_folded = true;
                        return Ok(REF_NONE);
                    }
                    Fold::Fails => return Err(IrError::GuardAlwaysFails),
                }
            }
        }
        if self.cse_on {
            if let Some(r) = self.cse(&ins) {
                return Ok(r);
            }
        }
        self.append(ins)
    }

    /// Appends without folding or CSE.
    pub fn append(&mut self, mut ins: Ins) -> Result<Ref, IrError> {
        if self.body.len() >= self.max_ins || self.consts.len() >= self.max_consts {
            return Err(IrError::TooLong);
        }
        ins.prev = self.chain[ins.op as usize];
        ins.pc = self.cur_pc;
        ins.depth = self.cur_depth;
        self.body.push(ins);
        let r = self.top() - 1;
        self.chain[ins.op as usize] = r;
        Ok(r)
    }

    /// An identical earlier instruction, if one can stand in for `ins`.
    fn cse(&self, ins: &Ins) -> Option<Ref> {
        if matches!(ins.op, IrOp::TBAR | IrOp::OBAR) {
            // No collection runs while a trace does: once an object has been
            // made non-black, it stays so for the rest of the trace.
            let mut r = self.chain[ins.op as usize];
            while r > ins.op1 {
                if self.get(r).op1 == ins.op1 {
                    return Some(r);
                }
                r = self.get(r).prev;
            }
            return None;
        }
        match ins.op.mode() {
            Mode::Normal | Mode::Comm | Mode::Ref => {}
            Mode::Load => return crate::mem::cse_load(self, ins),
            _ => return None,
        }
        let mut lim = ins.op1.max(ins.op2).max(REF_BIAS);
        if matches!(ins.op, IrOp::AREF | IrOp::HREFK | IrOp::HREF) {
            // A table may move its array or hash part when a key is added.
            lim = lim.max(self.chain[IrOp::NEWREF as usize]);
        }
        let mut r = self.chain[ins.op as usize];
        while r > lim {
            let o = self.get(r);
            if o.op1 == ins.op1 && o.op2 == ins.op2 && o.t == ins.t {
                // A guard stands in for an unguarded twin, not the other way.
                if o.guard || !ins.guard {
                    return Some(r);
                }
            }
            r = o.prev;
        }
        None
    }

    /// Turns an instruction into a NOP (keeps references valid).
    pub fn nop(&mut self, r: Ref) {
        let i = self.get_mut(r);
        i.op = IrOp::NOP;
        i.t = IrType::Void;
        i.guard = false;
        i.op1 = 0;
        i.op2 = 0;
    }

    /// Rebuilds the CSE chains (after passes that rewrite instructions).
    pub fn rechain(&mut self) {
        self.chain = [REF_NONE; NUM_IR_OPS];
        for i in 0..self.body.len() {
            let op = self.body[i].op;
            self.body[i].prev = self.chain[op as usize];
            self.chain[op as usize] = REF_BIAS + i as Ref;
        }
    }

    /// Drops every instruction from `r` up.
    pub fn truncate(&mut self, r: Ref) {
        self.body.truncate((r - REF_BIAS) as usize);
        self.rechain();
    }
}
