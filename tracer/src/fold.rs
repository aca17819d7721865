//! FOLD: constant folding, algebraic simplification and guard elimination, run
//! on every instruction as it is emitted.
//!
//! The rules are a table keyed by the op and a pattern for each operand (any
//! value, any constant, or a given op), tried in table order: specific rules
//! come before general ones. A rule returns None when it does not apply after
//! all (a pattern cannot express every condition).

use crate::ir::*;
use crate::irbuf::Ir;

/// What folding did with an instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fold {
    /// Emit it as it is.
    Keep,
    /// Fold the rewritten instruction again.
    Again(Ins),
    /// Use this existing reference (an older instruction or a constant) instead.
    Use(Ref),
    /// A guard that always holds: nothing to emit.
    DropGuard,
    /// A guard that never holds.
    Fails,
}

/// An operand pattern.
#[derive(Clone, Copy)]
enum Pat {
    Any,
    /// Any constant.
    K,
    /// An instruction with this op.
    Op(IrOp),
}

type RuleFn = fn(&mut Ir, Ins) -> Option<Fold>;

struct Rule {
    op: IrOp,
    left: Pat,
    right: Pat,
    name: &'static str,
    f: RuleFn,
}

macro_rules! rules {
    ($($op:ident ($l:tt, $r:tt) $name:literal => $f:expr;)*) => {
        &[$(Rule { op: IrOp::$op, left: rules!(@pat $l), right: rules!(@pat $r), name: $name, f: $f }),*]
    };
    (@pat _) => { Pat::Any };
    (@pat K) => { Pat::K };
    (@pat $op:ident) => { Pat::Op(IrOp::$op) };
}

static RULES: &[Rule] = rules! {
    // --- Both operands constant: compute.
    ADD (K, K) "kfold arith" => kfold_arith;
    SUB (K, K) "kfold arith" => kfold_arith;
    MUL (K, K) "kfold arith" => kfold_arith;
    DIV (K, K) "kfold arith" => kfold_arith;
    MOD (K, K) "kfold arith" => kfold_arith;
    POW (K, K) "kfold arith" => kfold_arith;
    MIN (K, K) "kfold arith" => kfold_arith;
    MAX (K, K) "kfold arith" => kfold_arith;
    ADDOV (K, K) "kfold int arith" => kfold_intov;
    SUBOV (K, K) "kfold int arith" => kfold_intov;
    BAND (K, K) "kfold bit" => kfold_bit;
    BOR (K, K) "kfold bit" => kfold_bit;
    BXOR (K, K) "kfold bit" => kfold_bit;
    BSHL (K, K) "kfold bit" => kfold_bit;
    BSHR (K, K) "kfold bit" => kfold_bit;
    BSAR (K, K) "kfold bit" => kfold_bit;
    BROL (K, K) "kfold bit" => kfold_bit;
    BROR (K, K) "kfold bit" => kfold_bit;
    BNOT (K, _) "kfold bnot" => |ir, i| Some(Fold::Use(ir.kint(!ir.const_int(i.op1)?)));
    BSWAP (K, _) "kfold bswap" => |ir, i| Some(Fold::Use(ir.kint(ir.const_int(i.op1)?.swap_bytes())));
    NEG (K, _) "kfold neg" => |ir, i| Some(Fold::Use(ir.knum(-ir.const_num(i.op1)?)));
    ABS (K, _) "kfold abs" => |ir, i| Some(Fold::Use(ir.knum(ir.const_num(i.op1)?.abs())));
    FPMATH (K, _) "kfold fpmath" => |ir, i| {
        let x = ir.const_num(i.op1)?;
        Some(Fold::Use(ir.knum(FpMath::from_u32(i.op2).eval(x))))
    };
    CONV (K, _) "kfold conv" => kfold_conv;
    TOBIT (K, _) "kfold tobit" => |ir, i| {
        let x = ir.const_num(i.op1)?;
        Some(Fold::Use(ir.kint(crate::tobit(x))))
    };
    LT (K, K) "kfold compare" => kfold_compare;
    GE (K, K) "kfold compare" => kfold_compare;
    LE (K, K) "kfold compare" => kfold_compare;
    GT (K, K) "kfold compare" => kfold_compare;
    ULT (K, K) "kfold compare" => kfold_compare;
    UGE (K, K) "kfold compare" => kfold_compare;
    ULE (K, K) "kfold compare" => kfold_compare;
    UGT (K, K) "kfold compare" => kfold_compare;
    EQ (K, K) "kfold compare" => kfold_compare;
    NE (K, K) "kfold compare" => kfold_compare;
    ABC (K, K) "kfold abc" => |ir, i| {
        let (len, idx) = (ir.const_int(i.op1)?, ir.const_int(i.op2)?);
        Some(if (idx as u32) < (len as u32) { Fold::DropGuard } else { Fold::Fails })
    };

    // --- Constants go to the right.
    ADD (K, _) "commute" => commute;
    MUL (K, _) "commute" => commute;
    ADDOV (K, _) "commute" => commute;
    BAND (K, _) "commute" => commute;
    BOR (K, _) "commute" => commute;
    BXOR (K, _) "commute" => commute;
    EQ (K, _) "commute" => commute;
    NE (K, _) "commute" => commute;
    LT (K, _) "swap compare" => swap_compare;
    GE (K, _) "swap compare" => swap_compare;
    LE (K, _) "swap compare" => swap_compare;
    GT (K, _) "swap compare" => swap_compare;
    ULT (K, _) "swap compare" => swap_compare;
    UGE (K, _) "swap compare" => swap_compare;
    ULE (K, _) "swap compare" => swap_compare;
    UGT (K, _) "swap compare" => swap_compare;

    // --- Algebra that holds for every double (NaN and -0 included).
    SUB (_, K) "x - 0 => x" => |ir, i| (ir.const_num(i.op2)? == 0.0 && ir.const_num(i.op2)?.is_sign_positive()).then_some(Fold::Use(i.op1));
    MUL (_, K) "x * 1 => x" => |ir, i| {
        match ir.const_num(i.op2)? {
            1.0 => Some(Fold::Use(i.op1)),
            2.0 if i.t == IrType::Num => Some(Fold::Again(Ins { op: IrOp::ADD, op2: i.op1, ..i })),
            -1.0 if i.t == IrType::Num => {
                let mask = ir.knum(-0.0);
                Some(Fold::Again(Ins { op: IrOp::NEG, op2: mask, ..i }))
            }
            _ => None,
        }
    };
    DIV (_, K) "x / 1 => x" => |ir, i| (ir.const_num(i.op2)? == 1.0).then_some(Fold::Use(i.op1));
    NEG (NEG, _) "-(-x) => x" => |ir, i| Some(Fold::Use(ir.get(i.op1).op1));
    ADDOV (_, K) "x + 0 => x (integers)" => |ir, i| (ir.const_int(i.op2)? == 0).then_some(Fold::Use(i.op1));
    SUBOV (_, K) "x - 0 => x (integers)" => |ir, i| (ir.const_int(i.op2)? == 0).then_some(Fold::Use(i.op1));
    SUBOV (_, _) "x - x => 0 (integers)" => |ir, i| (i.op1 == i.op2).then(|| Fold::Use(ir.kint(0)));
    BAND (_, _) "x & x => x" => |_, i| (i.op1 == i.op2).then_some(Fold::Use(i.op1));
    BOR (_, _) "x | x => x" => |_, i| (i.op1 == i.op2).then_some(Fold::Use(i.op1));
    BXOR (_, _) "x ^ x => 0" => |ir, i| (i.op1 == i.op2).then(|| Fold::Use(ir.kint(0)));
    CONV (CONV, _) "int->num->int => int" => |ir, i| {
        let inner = *ir.get(i.op1);
        (inner.op2 == conv::INT_NUM && (i.op2 == conv::NUM_INT_CHECK || i.op2 == conv::NUM_INT))
            .then_some(Fold::Use(inner.op1))
    };
    // A comparison of a value with itself is decided unless it may be NaN.
    EQ (_, _) "x == x" => |ir, i| (i.op1 == i.op2 && ir.get(i.op1).t != IrType::Num).then_some(Fold::DropGuard);
    NE (_, _) "x ~= x" => |ir, i| (i.op1 == i.op2 && ir.get(i.op1).t != IrType::Num).then_some(Fold::Fails);

    // --- C data (a virtual cdata's are read in `xmem::virtual_operand`,
    // folding or not).
    XCTYPE (K, _) "type of a constant cdata" => |ir, i| {
        let cd = ir.const_value(i.op1)?.as_cdata()?;
        Some(Fold::Use(ir.kint(cd.ctype() as i32)))
    };
    // An integer index (a narrowed loop index) is scaled without the
    // round trip through a double.
    XSCALE (CONV, _) "scaled int index" => |ir, i| {
        let c = ir.get(i.op1);
        (c.op2 == conv::INT_NUM).then(|| Fold::Again(Ins::new(IrOp::XSCALE, i.t, c.op1, i.op2)))
    };
    XCTYPE (CALLS, _) "type of a cdata ffi.new made" => |ir, i| {
        let call = ir.get(i.op1);
        if call.op2 != lunavm_vm::trace_calls::Call::CdataNew as u32 {
            return None;
        }
        let ty = ir.const_value(ir.get(call.op1).op1)?.as_f64();
        Some(Fold::Use(ir.kint(ty as i32)))
    };
    XPTR (K, _) "what a constant cdata holds" => |ir, i| {
        // A 64-bit integer literal (KCDATA): its payload never changes.
        let cd = ir.const_value(i.op1)?.as_cdata()?;
        let p = cd.payload_mut();
        if i.op2 != 1 || p.len() < 8 || !matches!(i.t, IrType::I64 | IrType::U64) {
            return None;
        }
        let v = u64::from_le_bytes(p[..8].try_into().ok()?);
        Some(Fold::Use(ir.kptr(v as usize)))
    };
};

/// Runs the first rule that applies.
pub fn fold(ir: &mut Ir, ins: Ins) -> Fold {
    for rule in RULES.iter().filter(|r| r.op == ins.op) {
        if matches(ir, rule.left, ins.op1) && matches(ir, rule.right, ins.op2) {
            if let Some(f) = (rule.f)(ir, ins) {
                return f;
            }
        }
    }
    Fold::Keep
}

/// The names of the rules (for documentation and tests).
pub fn rule_names() -> impl Iterator<Item = (IrOp, &'static str)> {
    RULES.iter().map(|r| (r.op, r.name))
}

fn matches(ir: &Ir, pat: Pat, r: u32) -> bool {
    match pat {
        Pat::Any => true,
        Pat::K => r != REF_NONE && is_const(r),
        Pat::Op(op) => r != REF_NONE && !is_const(r) && ir.get(r).op == op,
    }
}

fn commute(_: &mut Ir, i: Ins) -> Option<Fold> {
    Some(Fold::Again(Ins {
        op1: i.op2,
        op2: i.op1,
        ..i
    }))
}

fn swap_compare(_: &mut Ir, i: Ins) -> Option<Fold> {
    Some(Fold::Again(Ins {
        op: i.op.swapped(),
        op1: i.op2,
        op2: i.op1,
        ..i
    }))
}

fn kfold_arith(ir: &mut Ir, i: Ins) -> Option<Fold> {
    if i.t != IrType::Num {
        return None;
    }
    let (a, b) = (ir.const_num(i.op1)?, ir.const_num(i.op2)?);
    let r = match i.op {
        IrOp::ADD => a + b,
        IrOp::SUB => a - b,
        IrOp::MUL => a * b,
        IrOp::DIV => a / b,
        IrOp::MOD => crate::lua_mod(a, b),
        IrOp::POW => a.powf(b),
        IrOp::MIN => crate::lua_min(a, b),
        IrOp::MAX => crate::lua_max(a, b),
        _ => return None,
    };
    Some(Fold::Use(ir.knum(r)))
}

fn kfold_intov(ir: &mut Ir, i: Ins) -> Option<Fold> {
    let (a, b) = (ir.const_int(i.op1)?, ir.const_int(i.op2)?);
    let r = match i.op {
        IrOp::ADDOV => a.checked_add(b),
        _ => a.checked_sub(b),
    };
    // Overflow would exit: leave it to the machine code.
    r.map(|r| Fold::Use(ir.kint(r)))
}

fn kfold_bit(ir: &mut Ir, i: Ins) -> Option<Fold> {
    let (a, b) = (ir.const_int(i.op1)?, ir.const_int(i.op2)?);
    let s = (b & 31) as u32;
    let r = match i.op {
        IrOp::BAND => a & b,
        IrOp::BOR => a | b,
        IrOp::BXOR => a ^ b,
        IrOp::BSHL => a.wrapping_shl(s),
        IrOp::BSHR => ((a as u32) >> s) as i32,
        IrOp::BSAR => a >> s,
        IrOp::BROL => a.rotate_left(s),
        IrOp::BROR => a.rotate_right(s),
        _ => return None,
    };
    Some(Fold::Use(ir.kint(r)))
}

fn kfold_conv(ir: &mut Ir, i: Ins) -> Option<Fold> {
    match i.op2 {
        conv::INT_NUM => Some(Fold::Use(ir.knum(ir.const_int(i.op1)? as f64))),
        conv::NUM_INT_CHECK => {
            let x = ir.const_num(i.op1)?;
            let n = x as i32;
            Some(if n as f64 == x && !(x == 0.0 && x.is_sign_negative()) {
                Fold::Use(ir.kint(n))
            } else {
                Fold::Fails
            })
        }
        conv::NUM_INT => Some(Fold::Use(ir.kint(ir.const_num(i.op1)? as i32))),
        _ => None,
    }
}

fn kfold_compare(ir: &mut Ir, i: Ins) -> Option<Fold> {
    let holds = if let (Some(a), Some(b)) = (ir.const_num(i.op1), ir.const_num(i.op2)) {
        let unordered = a.is_nan() || b.is_nan();
        match i.op {
            IrOp::LT => a < b,
            IrOp::GE => a >= b,
            IrOp::LE => a <= b,
            IrOp::GT => a > b,
            IrOp::ULT => unordered || a < b,
            IrOp::UGE => unordered || a >= b,
            IrOp::ULE => unordered || a <= b,
            IrOp::UGT => unordered || a > b,
            IrOp::EQ => a == b,
            IrOp::NE => a != b,
            _ => return None,
        }
    } else {
        // Other constants are equal exactly when they are the same constant.
        match i.op {
            IrOp::EQ => i.op1 == i.op2,
            IrOp::NE => i.op1 != i.op2,
            _ => return None,
        }
    };
    if !i.guard {
        return None;
    }
    Some(if holds { Fold::DropGuard } else { Fold::Fails })
}
