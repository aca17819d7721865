//! Bytecode listings in the format of `luajit -bl` (LuaJIT's jit/bc.lua):
//! child prototypes first, then one line per instruction after the header,
//! with `=>` on jump targets and a comment column for constants.

use super::{CompiledProto, GcConst};
use crate::bytecode::{Ins, Op, Operand};

/// Lists a prototype and its children, innermost first, as `luajit -bl` does.
pub fn list_proto(p: &CompiledProto) -> String {
    let mut out = Vec::new();
    dump(p, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn dump(p: &CompiledProto, out: &mut Vec<u8>) {
    if p.has_children {
        for k in &p.kgc {
            if let GcConst::Proto(child) = k {
                dump(child, out);
            }
        }
    }
    out.extend_from_slice(b"-- BYTECODE -- ");
    out.extend_from_slice(&location(p));
    out.extend_from_slice(format!("-{}\n", p.last_line_defined).as_bytes());
    let mut targets = vec![false; p.code.len() + 1];
    for (pc, &ins) in p.code.iter().enumerate().skip(1) {
        if let Some(op) = Op::from_u8(ins.op_byte()) {
            if op.has_jump() {
                let t = pc as i64 + 1 + ins.j() as i64;
                if let Some(slot) = usize::try_from(t).ok().and_then(|t| targets.get_mut(t)) {
                    *slot = true;
                }
            }
        }
    }
    for (pc, &ins) in p.code.iter().enumerate().skip(1) {
        line(p, pc, ins, targets.get(pc).copied().unwrap_or(false), out);
    }
    out.push(b'\n');
}

/// `chunk:line` as LuaJIT's `lj_debug_pushloc` shows a function.
fn location(p: &CompiledProto) -> Vec<u8> {
    let name: &[u8] = &p.chunkname;
    let line = p.line_defined;
    let mut s = match name.first() {
        Some(b'@') => {
            let file = &name[1..];
            // The file name without directories (a separator at index 0 is kept).
            let start = (1..file.len())
                .rev()
                .find(|&i| file[i] == b'/' || file[i] == b'\\')
                .map_or(0, |i| i + 1);
            file[start..].to_vec()
        }
        // LuaJIT prints the prototype's address here; we cannot, so show the chunk id.
        _ if name.len() > 40 => super::chunk_id(name),
        Some(b'=') => name[1..].to_vec(),
        _ => {
            let mut q = vec![b'"'];
            q.extend_from_slice(name);
            q.push(b'"');
            q
        }
    };
    s.extend_from_slice(format!(":{line}").as_bytes());
    s
}

fn line(p: &CompiledProto, pc: usize, ins: Ins, target: bool, out: &mut Vec<u8>) {
    let Some(op) = Op::from_u8(ins.op_byte()) else {
        out.extend_from_slice(format!("{pc:04}    <bad opcode {}>\n", ins.op_byte()).as_bytes());
        return;
    };
    let (ma, b_or_d, c) = op.operands();
    let (mb, mc) = if op.is_ad() {
        (Operand::None, b_or_d)
    } else {
        (b_or_d, c)
    };
    let a = if ma == Operand::None {
        String::new()
    } else {
        ins.a().to_string()
    };
    let mut s = format!(
        "{:04} {} {:<6} {:>3} ",
        pc,
        if target { "=>" } else { "  " },
        op.name(),
        a
    )
    .into_bytes();
    if mc == Operand::Jump {
        s.extend_from_slice(format!("=> {:04}\n", pc as i64 + 1 + ins.j() as i64).as_bytes());
        out.extend_from_slice(&s);
        return;
    }
    let d = if mb != Operand::None {
        ins.c()
    } else if mc == Operand::None {
        s.push(b'\n');
        out.extend_from_slice(&s);
        return;
    } else {
        ins.d()
    };
    let mut comment: Option<Vec<u8>> = match mc {
        Operand::Str => Some(quote(gc_str(p, d))),
        Operand::Num => Some(
            p.knum
                .get(d as usize)
                .map_or_else(Vec::new, |&n| format_number(n).into_bytes()),
        ),
        Operand::Func => Some(match p.kgc.get(d as usize) {
            Some(GcConst::Proto(child)) => location(child),
            _ => Vec::new(),
        }),
        Operand::Uv => Some(uv_name(p, d)),
        // LuaJIT's listings show no value for cdata constants.
        _ => None,
    };
    if ma == Operand::Uv {
        let mut ka = uv_name(p, ins.a());
        if let Some(kc) = comment {
            ka.extend_from_slice(b" ; ");
            ka.extend_from_slice(&kc);
        }
        comment = Some(ka);
    }
    if mb != Operand::None {
        s.extend_from_slice(format!("{:>3} {:>3}", ins.b(), d).as_bytes());
        if let Some(kc) = comment {
            s.extend_from_slice(b"  ; ");
            s.extend_from_slice(&kc);
        }
    } else if let Some(kc) = comment {
        s.extend_from_slice(format!("{d:>3}      ; ").as_bytes());
        s.extend_from_slice(&kc);
    } else if mc == Operand::Lits {
        s.extend_from_slice(format!("{:>3}", ins.ds()).as_bytes());
    } else {
        s.extend_from_slice(format!("{d:>3}").as_bytes());
    }
    s.push(b'\n');
    out.extend_from_slice(&s);
}

fn gc_str(p: &CompiledProto, idx: u32) -> &[u8] {
    match p.kgc.get(idx as usize) {
        Some(GcConst::Str(s)) => s,
        _ => &[],
    }
}

fn uv_name(p: &CompiledProto, idx: u32) -> Vec<u8> {
    p.upvalues
        .get(idx as usize)
        .map_or_else(Vec::new, |u| u.name.clone())
}

/// A string constant as jit/bc.lua shows it: control characters escaped,
/// quoted, and if longer than 40 bytes cut to 40 bytes with a `~` mark.
fn quote(s: &[u8]) -> Vec<u8> {
    let mut e = Vec::with_capacity(s.len() + 2);
    for &b in s {
        match b {
            b'\n' => e.extend_from_slice(b"\\n"),
            b'\r' => e.extend_from_slice(b"\\r"),
            b'\t' => e.extend_from_slice(b"\\t"),
            0..=31 | 127 => e.extend_from_slice(format!("\\{b:03}").as_bytes()),
            _ => e.push(b),
        }
    }
    let mut q = vec![b'"'];
    // jit/bc.lua tests the length before escaping but cuts the escaped text.
    if s.len() > 40 {
        q.extend_from_slice(&e[..40]);
        q.extend_from_slice(b"\"~");
    } else {
        q.extend_from_slice(&e);
        q.push(b'"');
    }
    q
}

/// A number as LuaJIT prints it: `%.14g`, but with exact ties rounded away
/// from zero (LuaJIT formats numbers itself, not with the C library).
pub(super) fn format_number(n: f64) -> String {
    if n.is_nan() {
        return "nan".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if n == 0.0 {
        return if n.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    const PRECISION: usize = 14;
    // The exact decimal expansion: every double has at most 767 significant digits.
    let exact = format!("{:.800e}", n.abs());
    let (mantissa, exp) = exact.split_once('e').unwrap_or((&exact, "0"));
    let mut exp: i32 = exp.parse().unwrap_or(0);
    let all: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let (kept, rest) = all.split_at(PRECISION.min(all.len()));
    let mut digits = kept.to_vec();
    let round_up = rest.first().is_some_and(|&d| d >= b'5');
    if round_up {
        // Propagate the carry; 9.99... becomes 10.0 with a larger exponent.
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                digits.pop();
                exp += 1;
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    let digits = String::from_utf8_lossy(&digits).into_owned();
    let sign = if n < 0.0 { "-" } else { "" };
    if !(-4..PRECISION as i32).contains(&exp) {
        let (first, frac) = digits.split_at(1);
        let dot = if frac.is_empty() { "" } else { "." };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{dot}{frac}e{esign}{:02}", exp.abs())
    } else if exp < 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-exp - 1) as usize))
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            format!("{sign}{digits}{}", "0".repeat(int_len - digits.len()))
        } else {
            let (int, frac) = digits.split_at(int_len);
            format!("{sign}{int}.{frac}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::format_number;

    #[test]
    fn numbers_print_like_lua() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1"),
            (-1.5, "-1.5"),
            (0.1, "0.1"),
            (1e15, "1e+15"),
            (1e14, "1e+14"),
            (123456789012345.0, "1.2345678901235e+14"),
            (123456789012355.0, "1.2345678901236e+14"),
            (2f64.powi(-21), "4.7683715820313e-07"),
            (3.0 * 2f64.powi(-21), "1.4305114746094e-06"),
            (100000000000000.5, "1e+14"),
            (1000000000000.125, "1000000000000.1"),
            (9.99999999999995, "10"),
            (0.5, "0.5"),
            (2.5e-5, "2.5e-05"),
            (-0.001, "-0.001"),
            (1e100, "1e+100"),
            (12345678901234.0, "12345678901234"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.23456789012345, "1.2345678901235"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (4503599627370497.0, "4.5035996273705e+15"),
            (2.5e-324, "4.9406564584125e-324"),
        ];
        for &(n, want) in cases {
            assert_eq!(format_number(n), want, "{n}");
        }
    }
}
