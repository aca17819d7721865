//! The bytecode verifier.
//!
//! The interpreter trusts its bytecode: slot operands index the frame without
//! bounds checks, constant operands are read with their kind assumed, and jumps
//! are followed blindly. The compiler's output satisfies that by construction;
//! bytecode loaded from a string (`string.dump` output read back by `load`) could
//! be anything, so it is verified here before it becomes a prototype. In debug
//! builds every compiled prototype is verified too, which checks the compiler.
//!
//! The rules, per instruction:
//! 1. The opcode exists; FUNCF/FUNCV appear only at pc 0, matching `is_vararg`.
//! 2. Every slot an instruction reads or writes is below `frame_size`, including
//!    the ranges of calls, returns, KNIL, CAT and the loop control slots.
//! 3. Constant operands index the right kind of constant; upvalue operands are
//!    below the number of upvalues; primitives are 0..=2.
//! 4. Jumps land inside the code, never on the header.
//! 5. Comparisons and IST/ISF/ISTC/ISFC are followed by a JMP; ITERN by an ITERL
//!    of the same base; ISNEXT jumps to an ITERN of the same base.
//! 6. An instruction using MULTRES (CALLM, CALLMT, RETM, TSETM) directly follows
//!    the call or VARG that produced it, at the slot it expects, and no jump lands
//!    on it.
//! 7. The last instruction does not fall through.
//! 8. Nested prototypes are verified, and their upvalue descriptors refer to
//!    slots and upvalues that exist in the enclosing function.

use crate::bytecode::{Ins, Op, Operand, MAX_SLOTS};
use crate::compiler::{CompiledProto, GcConst};

/// Verifies a prototype tree; the error says what is wrong and where.
pub fn verify(p: &CompiledProto) -> Result<(), String> {
    verify_proto(p, None)
}

fn verify_proto(p: &CompiledProto, parent: Option<&CompiledProto>) -> Result<(), String> {
    let fs = p.frame_size as u32;
    let err = |pc: usize, what: &str| Err(format!("bad bytecode at pc {pc}: {what}"));
    if fs > MAX_SLOTS {
        return err(0, "frame too large");
    }
    if p.code.is_empty() || p.lines.len() != p.code.len() {
        return err(0, "code and line info disagree");
    }
    if (p.num_params as u32) > fs {
        return err(0, "more parameters than slots");
    }
    let header = if p.is_vararg { Op::FUNCV } else { Op::FUNCF };
    if Op::from_u8(p.code[0].op_byte()) != Some(header) {
        return err(0, "missing function header");
    }
    let nup = p.upvalues.len() as u32;
    if let Some(parent) = parent {
        for (i, u) in p.upvalues.iter().enumerate() {
            let ok = if u.from_parent_local {
                (u.index as u32) < parent.frame_size as u32
            } else {
                (u.index as usize) < parent.upvalues.len()
            };
            if !ok {
                return Err(format!("bad bytecode: upvalue {i} refers to nothing"));
            }
        }
    }
    // A root prototype with upvalues (a dumped closure) gets fresh ones on load.
    let n = p.code.len();
    // Jump targets, to check rule 6. A UCLO that jumps to the next instruction
    // is a fall-through (LuaJIT emits them before returns and tail calls).
    let mut is_target = vec![false; n];
    let falls_through = |ins: Ins| ins.op_byte() == Op::UCLO as u8 && ins.j() == 0;
    for (pc, ins) in p.code.iter().enumerate() {
        let Some(op) = Op::from_u8(ins.op_byte()) else {
            return err(pc, "unknown opcode");
        };
        if op.has_jump() {
            let t = pc as i64 + 1 + ins.j() as i64;
            if t <= 0 || t >= n as i64 {
                return err(pc, "jump out of range");
            }
            if !falls_through(*ins) {
                is_target[t as usize] = true;
            }
        }
    }
    let slot = |pc: usize, s: u32| {
        if s < fs {
            Ok(())
        } else {
            err(pc, "slot out of frame")
        }
    };
    let kind = |k: u32| p.kgc.get(k as usize);
    for (pc, &ins) in p.code.iter().enumerate() {
        let op = Op::from_u8(ins.op_byte()).expect("checked above");
        let (ka, kb, kc) = op.operands();
        let (a, b, c, d) = (ins.a(), ins.b(), ins.c(), ins.d());
        // Operand kinds (rule 2, 3): the D/B operand slot of AD ops is `d`.
        let bd = if op.is_ad() { d } else { b };
        for (k, v) in [(ka, a), (kb, bd), (kc, c)] {
            match k {
                Operand::Dst | Operand::Var | Operand::Base => slot(pc, v)?,
                Operand::Uv if v >= nup => return err(pc, "upvalue out of range"),
                Operand::Pri if v > 2 => return err(pc, "bad primitive"),
                Operand::Num if v as usize >= p.knum.len() => {
                    return err(pc, "number constant out of range")
                }
                Operand::Str if !matches!(kind(v), Some(GcConst::Str(_))) => {
                    return err(pc, "not a string constant")
                }
                Operand::Cdata
                    if !matches!(kind(v), Some(GcConst::Int64(..) | GcConst::Complex(_))) =>
                {
                    return err(pc, "not a cdata constant")
                }
                Operand::Tab if !matches!(kind(v), Some(GcConst::Table(_))) => {
                    return err(pc, "not a table constant")
                }
                Operand::Func => match kind(v) {
                    Some(GcConst::Proto(child)) => verify_proto(child, Some(p))?,
                    _ => return err(pc, "not a prototype constant"),
                },
                _ => {}
            }
        }
        let next = p.code.get(pc + 1).and_then(|i| Op::from_u8(i.op_byte()));
        // The producer of multiple results: the instruction before, skipping
        // fall-through UCLOs, none of which may be a jump target either.
        let mut k = pc;
        let mut reached = !is_target[pc];
        while k > 0 && falls_through(p.code[k - 1]) {
            k -= 1;
            reached &= !is_target[k];
        }
        let prev = k.checked_sub(1).map(|i| p.code[i]);
        // Multiple results must come right before, from the expected slot (rule 6).
        let multres_from = |want: u32| -> Result<(), String> {
            let ok = reached
                && prev.is_some_and(|pi: Ins| match Op::from_u8(pi.op_byte()) {
                    Some(Op::CALL | Op::CALLM) => pi.b() == 0 && pi.a() == want,
                    Some(Op::VARG) => pi.b() == 0 && pi.a() == want,
                    _ => false,
                });
            if ok {
                Ok(())
            } else {
                err(pc, "multiple results without a producer")
            }
        };
        match op {
            Op::JFORL | Op::JITERL | Op::JLOOP | Op::JFUNCF => {
                return err(pc, "trace entry in bytecode")
            }
            Op::FUNCF | Op::IFUNCF | Op::FUNCV | Op::IFUNCV if pc != 0 => {
                return err(pc, "function header inside code")
            }
            Op::FUNCF | Op::IFUNCF if d != 0 => return err(pc, "bad function header"),
            Op::FUNCV | Op::IFUNCV if d > 1 || (d == 1 && p.num_params as u32 >= fs) => {
                return err(pc, "bad function header")
            }
            _ if op.is_comparison() && next != Some(Op::JMP) => {
                return err(pc, "comparison without a jump")
            }
            Op::KNIL if d < a => return err(pc, "bad range"),
            Op::CAT => {
                if c <= b {
                    return err(pc, "bad range");
                }
                slot(pc, c)?;
            }
            Op::CALL => {
                slot(pc, a + 1)?;
                if c == 0 {
                    return err(pc, "bad argument count");
                }
                slot(pc, a + c)?;
                if b > 0 {
                    slot(pc, (a + b).saturating_sub(2).max(a))?;
                }
            }
            Op::CALLM => {
                slot(pc, a + 1 + c)?;
                multres_from(a + 2 + c)?;
                if b > 0 {
                    slot(pc, (a + b).saturating_sub(2).max(a))?;
                }
            }
            Op::CALLT => {
                if d == 0 {
                    return err(pc, "bad argument count");
                }
                slot(pc, a + 1)?;
                slot(pc, a + d)?;
            }
            Op::CALLMT => {
                slot(pc, a + 1 + d)?;
                multres_from(a + 2 + d)?;
            }
            Op::ITERC | Op::ITERN => {
                if a < 3 {
                    return err(pc, "iterator base too low");
                }
                slot(pc, a + 3)?;
                if b > 0 {
                    slot(pc, (a + b).saturating_sub(2).max(a))?;
                }
                if op == Op::ITERN && !(next == Some(Op::ITERL) && p.code[pc + 1].a() == a) {
                    return err(pc, "ITERN without its ITERL");
                }
            }
            Op::ISNEXT => {
                if a < 3 {
                    return err(pc, "iterator base too low");
                }
                let t = (pc as i64 + 1 + ins.j() as i64) as usize;
                let ti = p.code[t];
                if Op::from_u8(ti.op_byte()) != Some(Op::ITERN) || ti.a() != a {
                    return err(pc, "ISNEXT without its ITERN");
                }
            }
            Op::ITERL | Op::IITERL if a < 1 => return err(pc, "iterator base too low"),
            Op::VARG => {
                if !p.is_vararg {
                    return err(pc, "VARG outside a vararg function");
                }
                if b > 0 {
                    slot(pc, (a + b).saturating_sub(2).max(a))?;
                }
            }
            Op::TSETM => {
                if a < 1 {
                    return err(pc, "no table slot");
                }
                multres_from(a)?;
            }
            Op::RETM => multres_from(a + d)?,
            Op::RET => {
                if d == 0 {
                    return err(pc, "bad result count");
                }
                if d > 1 {
                    slot(pc, a + d - 2)?;
                }
            }
            Op::RET1 => slot(pc, a)?,
            Op::FORI | Op::FORL | Op::IFORL => slot(pc, a + 3)?,
            _ => {}
        }
    }
    // Rule 7.
    let last = Op::from_u8(p.code[n - 1].op_byte()).expect("checked above");
    if !matches!(
        last,
        Op::RET0 | Op::RET1 | Op::RET | Op::RETM | Op::CALLT | Op::CALLMT | Op::JMP | Op::UCLO
    ) {
        return err(n - 1, "code falls off the end");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::verify;
    use crate::bytecode::{Ins, Op};
    use crate::compiler::compile;

    #[test]
    fn compiler_output_verifies() {
        let src = br#"
            local t = {1, 2, x = 3, f()}
            for k, v in pairs(t) do print(k, v) end
            for i = 1, 10, 2 do t[i] = i .. "x" end
            local function g(...) local a, b = ... return select('#', ...), a, ... end
            while #t > 0 do table.remove(t) if t[1] then break end end
            repeat local z = 1 until z
            goto done
            ::done::
            return g(unpack(t))
        "#;
        let p = compile(src, b"=test").unwrap();
        verify(&p).unwrap();
    }

    #[test]
    fn corrupt_operands_are_rejected() {
        let p = compile(b"local a, b = 1, 2 return a + b", b"=test").unwrap();
        let find = |op: Op| p.code.iter().position(|i| i.op_byte() == op as u8).unwrap();
        // A slot beyond the frame.
        let mut bad = p.clone();
        let i = find(Op::ADDVV);
        bad.code[i] = Ins::abc(Op::ADDVV, 0, 200, 1);
        assert!(verify(&bad).is_err());
        // An unknown opcode.
        let mut bad = p.clone();
        bad.code[i] = Ins(0xff);
        assert!(verify(&bad).is_err());
        // A jump out of the code.
        let mut bad = p.clone();
        bad.code[i] = Ins::ad(Op::JMP, 0, 0xffff);
        assert!(verify(&bad).is_err());
        // A MULTRES user without a producer.
        let mut bad = p.clone();
        let r = p.code.len() - 1;
        bad.code[r] = Ins::ad(Op::RETM, 0, 0);
        assert!(verify(&bad).is_err());
        // A number constant that does not exist.
        let mut bad = p.clone();
        bad.code[1] = Ins::ad(Op::KNUM, 0, 99);
        assert!(verify(&bad).is_err());
    }
}
