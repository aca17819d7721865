//! Text dumps of traces in the style of LuaJIT's `-jdump`: IR instructions with
//! their guard marks, types, operands and source lines; snapshots; recorded
//! bytecode.

use crate::ir::*;
use crate::irbuf::Ir;
use crate::snap::Snapshot;
use lunavm_vm::bytecode::Ins as BcIns;
use lunavm_vm::func::Proto;
use lunavm_vm::value::Gc;
use lunavm_vm::Value;
use std::fmt::Write;

/// How a constant operand reads in a dump.
pub fn const_text(ir: &Ir, r: Ref) -> String {
    let k = ir.get(r);
    match k.op {
        IrOp::KPRI => k.t.name().trim().to_string(),
        IrOp::KINT => format!("{:+}", k.op1 as i32),
        IrOp::KNUM => {
            let n = ir.knum[k.op1 as usize];
            let mut b = Vec::new();
            lunavm_vm::text::number::format_number(n, &mut b);
            let mut s = String::from_utf8_lossy(&b).into_owned();
            if n >= 0.0 && !s.starts_with('+') && !s.starts_with('-') {
                s.insert(0, '+');
            }
            s
        }
        IrOp::KGC => gc_text(ir.kgc[k.op1 as usize]),
        IrOp::KPTR => format!("[{:#x}]", ir.kptr[k.op1 as usize]),
        IrOp::KSLOT => format!("{} @{}", const_text(ir, k.op1), k.op2),
        _ => format!("?{}", k.op.name()),
    }
}

fn gc_text(v: Value) -> String {
    if let Some(s) = v.as_str() {
        let b = s.as_bytes();
        let shown: String = String::from_utf8_lossy(&b[..b.len().min(40)])
            .chars()
            .map(|c| if c.is_control() { '~' } else { c })
            .collect();
        format!("\"{shown}\"")
    } else if let Some(f) = v.as_function() {
        if f.is_lua() {
            func_name(f.proto()).to_string()
        } else {
            format!("builtin:{:#x}", v.payload())
        }
    } else {
        format!("{{{}:{:#x}}}", v.type_name(), v.payload())
    }
}

/// `file:line` of a prototype's definition.
pub fn func_name(p: Gc<Proto>) -> String {
    let b = p.body();
    let chunk = String::from_utf8_lossy(&lunavm_vm::compiler::chunk_id(b.chunkname.as_bytes()))
        .into_owned();
    format!("{}:{}", chunk, b.line_defined)
}

/// `file:line` of an instruction.
pub fn pc_text(p: Gc<Proto>, pc: *const BcIns) -> String {
    let b = p.body();
    let chunk = String::from_utf8_lossy(&lunavm_vm::compiler::chunk_id(b.chunkname.as_bytes()))
        .into_owned();
    let idx = p.pc_of(pc);
    let line = b.lines.get(idx).copied().unwrap_or(0);
    format!("{chunk}:{line}")
}

fn operand(ir: &Ir, kind: Opnd, v: u32, op: IrOp, which: u8) -> String {
    match kind {
        Opnd::None => String::new(),
        Opnd::Ref => {
            if v == REF_NONE {
                String::new()
            } else if is_const(v) {
                const_text(ir, v)
            } else {
                format!("{:04}", v - REF_BIAS)
            }
        }
        Opnd::Lit => match (op, which) {
            (IrOp::SLOAD | IrOp::RETF | IrOp::TAILC | IrOp::UNTAIL, 1) => {
                format!("#{}", v as i32 + 1)
            }
            (IrOp::SLOAD, _) => sload_flags(v),
            (IrOp::FLOAD | IrOp::FREF, 2) => Field::from_u32(v).name().to_string(),
            (IrOp::FPMATH, 2) => FpMath::from_u32(v).name().to_string(),
            (IrOp::CALLN | IrOp::CALLL | IrOp::CALLS, 2) => {
                lunavm_vm::trace_calls::Call::from_u32(v)
                    .map_or_else(|| format!("#{v}"), |c| format!("[{}]", c.name()))
            }
            (IrOp::CONV, 2) => match v {
                conv::NUM_INT_CHECK => "int.num index".to_string(),
                conv::INT_NUM => "num.int".to_string(),
                _ => "int.num".to_string(),
            },
            _ => format!("#{v}"),
        },
        Opnd::Cst => String::new(),
    }
}

fn sload_flags(f: u32) -> String {
    let mut s = String::new();
    if f & sload::PARENT != 0 {
        s.push('P');
    }
    if f & sload::TYPECHECK != 0 {
        s.push('T');
    }
    if f & sload::READONLY != 0 {
        s.push('R');
    }
    if f & sload::CONVERT != 0 {
        s.push('C');
    }
    if f & sload::INHERIT != 0 {
        s.push('I');
    }
    s
}

/// One IR instruction line (without the trailing newline).
pub fn ins_line(ir: &Ir, r: Ref, snap_mark: bool) -> String {
    let i = ir.get(r);
    if i.op == IrOp::LOOP {
        return format!("{:04} ------ LOOP ------------", r - REF_BIAS);
    }
    let (k1, k2) = i.op.operands();
    let mut line = format!(
        "{:04} {}{} {} {:<6}",
        r - REF_BIAS,
        if snap_mark { '>' } else { ' ' },
        if i.guard { '>' } else { ' ' },
        i.t.name(),
        i.op.name()
    );
    let o1 = operand(ir, k1, i.op1, i.op, 1);
    let o2 = operand(ir, k2, i.op2, i.op, 2);
    if !o1.is_empty() {
        let _ = write!(line, " {o1:<5}");
    }
    if !o2.is_empty() {
        let _ = write!(line, " {o2}");
    }
    line.trim_end().to_string()
}

/// A snapshot line: `....        SNAP   #n   [ slot=ref ... ]`.
pub fn snap_line(ir: &Ir, n: usize, s: &Snapshot) -> String {
    let mut line = format!("....        SNAP   #{n:<3} [");
    let mut entries = s.entries.clone();
    entries.sort_by_key(|e| e.slot);
    for e in &entries {
        let v = if is_const(e.r) {
            const_text(ir, e.r)
        } else {
            format!("{:04}", e.r - REF_BIAS)
        };
        let _ = write!(line, " {}={}", e.slot + 1, v);
    }
    for l in &s.links {
        let _ = write!(line, " {}=link", l.slot + 1);
    }
    line.push_str(" ]");
    line
}

/// The whole IR of a trace with its snapshots interleaved.
pub fn ir_text(ir: &Ir, snaps: &[Snapshot]) -> String {
    ir_text_with(ir, snaps, None)
}

/// Where each IR value lives after register allocation, and a register's
/// name (for `ir_text_with`).
pub type Locations<'a> = (&'a [crate::trace::Loc], &'a dyn Fn(u8) -> &'static str);

/// `ir_text`, each instruction after its number showing where the register
/// allocator put its value (`-jdump=r`): a register (`reg_name`), a spill
/// slot `[sp+N]` (N bytes into the spill area), or nothing.
pub fn ir_text_with(ir: &Ir, snaps: &[Snapshot], locs: Option<Locations>) -> String {
    let loc_text = |r: Ref| -> String {
        let Some((locs, name)) = locs else {
            return String::new();
        };
        let at = match locs.get((r - REF_BIAS) as usize) {
            Some(crate::trace::Loc::Reg(n)) => name(*n).to_string(),
            Some(crate::trace::Loc::Spill(s)) => format!("[sp+{}]", 8 * s),
            _ => String::new(),
        };
        format!("{at:<8}")
    };
    let mut out = String::new();
    let mut next_snap = 0;
    for r in ir.refs().skip(1) {
        while next_snap < snaps.len() && snaps[next_snap].r <= r {
            let _ = writeln!(out, "{}", snap_line(ir, next_snap, &snaps[next_snap]));
            next_snap += 1;
        }
        if ir.get(r).op == IrOp::NOP {
            continue;
        }
        let line = ins_line(ir, r, false);
        match locs {
            Some(_) => {
                let _ = writeln!(out, "{} {}{}", &line[..4], loc_text(r), &line[5..]);
            }
            None => {
                let _ = writeln!(out, "{line}");
            }
        }
    }
    while next_snap < snaps.len() {
        let _ = writeln!(out, "{}", snap_line(ir, next_snap, &snaps[next_snap]));
        next_snap += 1;
    }
    out
}
