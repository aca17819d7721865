//! LuaJIT's bit library: 32-bit operations on numbers.
//!
//! Every argument goes through LuaJIT's number-to-bit conversion: add 2^52+2^51
//! and keep the low 32 bits of the double's representation. That is modular for
//! integers and rounds fractions to nearest-even, like LuaJIT. Results are signed
//! 32-bit numbers. Shift counts use their low 5 bits, as x86 shifts (and LuaJIT)
//! do. Strings convertible to numbers are accepted, as in LuaJIT.
//!
//! As in LuaJIT 2.1, 64-bit cdata arguments (`1LL`) make the operation a 64-bit
//! one; those calls go to the ffi library (the cdata metatable's private
//! `__bit` handler), the only place that knows cdata.

use crate::func::FastFunc;
use crate::state::Vm;
use crate::value::Value;
use crate::LuaResult;

pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = vm.new_lib(
        "bit",
        &[
            ("tobit", tobit),
            ("tohex", tohex),
            ("bnot", bnot),
            ("band", band),
            ("bor", bor),
            ("bxor", bxor),
            ("lshift", lshift),
            ("rshift", rshift),
            ("arshift", arshift),
            ("rol", rol),
            ("ror", ror),
            ("bswap", bswap),
        ],
    )?;
    vm.mark_fast(
        t,
        &[
            ("tobit", FastFunc::BitTobit),
            ("bnot", FastFunc::BitBnot),
            ("bswap", FastFunc::BitBswap),
            ("band", FastFunc::BitBand),
            ("bor", FastFunc::BitBor),
            ("bxor", FastFunc::BitBxor),
            ("lshift", FastFunc::BitLshift),
            ("rshift", FastFunc::BitRshift),
            ("arshift", FastFunc::BitArshift),
            ("rol", FastFunc::BitRol),
            ("ror", FastFunc::BitRor),
        ],
    )?;
    Ok(())
}

/// LuaJIT's `lj_num2bit`.
#[inline]
pub fn num2bit(n: f64) -> i32 {
    (n + 6_755_399_441_055_744.0).to_bits() as u32 as i32
}

/// Hands the call to the ffi library when its value argument (the first, or
/// any with `any_arg`) is cdata; `None` when it is not.
fn cdata_op(vm: &mut Vm, op: &str, any_arg: bool) -> LuaResult<Option<usize>> {
    let last = if any_arg { vm.nargs() } else { 1 };
    let Some(cd) = (1..=last).map(|i| vm.arg(i)).find(|v| v.is_cdata()) else {
        return Ok(None);
    };
    let Some(mt) = vm.metatable_of(cd) else {
        return Ok(None);
    };
    let h = vm.table_get_str(mt, "__bit")?;
    if !h.is_function() {
        return Ok(None);
    }
    let mut args = vec![vm.str_value(op.as_bytes())?];
    args.extend((1..=vm.nargs()).map(|i| vm.arg(i)));
    Ok(Some(vm.call_multi(h, &args)?))
}

/// The body of every bit function: the ffi's 64-bit version for cdata.
macro_rules! or_cdata {
    ($vm:expr, $op:literal, $any:expr) => {
        if let Some(n) = cdata_op($vm, $op, $any)? {
            return Ok(n);
        }
    };
}

fn check_bit(vm: &mut Vm, n: usize) -> LuaResult<i32> {
    let v = vm.arg(n);
    if v.is_cdata() {
        // A numeric cdata where a 32-bit operand is wanted (a shift count).
        if let Some(mt) = vm.metatable_of(v) {
            let h = vm.table_get_str(mt, "__tonumber")?;
            if h.is_function() {
                if let Some(x) = vm.call_value(h, &[v])?.to_number() {
                    return Ok(num2bit(x));
                }
            }
        }
    }
    Ok(num2bit(vm.check_number(n)?))
}

fn push_bit(vm: &mut Vm, x: i32) -> LuaResult<usize> {
    vm.push(Value::num(x as f64))?;
    Ok(1)
}

fn tobit(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "tobit", false);
    let x = check_bit(vm, 1)?;
    push_bit(vm, x)
}

fn bnot(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "bnot", false);
    let x = check_bit(vm, 1)?;
    push_bit(vm, !x)
}

fn bswap(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "bswap", false);
    let x = check_bit(vm, 1)?;
    push_bit(vm, x.swap_bytes())
}

fn nary(vm: &mut Vm, init: i32, op: fn(i32, i32) -> i32) -> LuaResult<usize> {
    let n = vm.nargs().max(1);
    let mut acc = init;
    for i in 1..=n {
        acc = op(acc, check_bit(vm, i)?);
    }
    push_bit(vm, acc)
}

fn band(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "band", true);
    nary(vm, -1, |a, b| a & b)
}

fn bor(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "bor", true);
    nary(vm, 0, |a, b| a | b)
}

fn bxor(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "bxor", true);
    nary(vm, 0, |a, b| a ^ b)
}

fn shift(vm: &mut Vm, op: fn(i32, u32) -> i32) -> LuaResult<usize> {
    let x = check_bit(vm, 1)?;
    let sh = check_bit(vm, 2)? as u32 & 31;
    push_bit(vm, op(x, sh))
}

fn lshift(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "lshift", false);
    shift(vm, |x, s| ((x as u32) << s) as i32)
}

fn rshift(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "rshift", false);
    shift(vm, |x, s| ((x as u32) >> s) as i32)
}

fn arshift(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "arshift", false);
    shift(vm, |x, s| x >> s)
}

fn rol(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "rol", false);
    shift(vm, |x, s| x.rotate_left(s))
}

fn ror(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "ror", false);
    shift(vm, |x, s| x.rotate_right(s))
}

fn tohex(vm: &mut Vm) -> LuaResult<usize> {
    or_cdata!(vm, "tohex", false);
    let b = check_bit(vm, 1)? as u32 as u64;
    let n = if vm.nargs() >= 2 {
        check_bit(vm, 2)?
    } else {
        8
    };
    let out = hex_digits(b, n);
    vm.push_str(&out)?;
    Ok(1)
}

/// `bit.tohex(b, n)` as LuaJIT formats it: `|n|` digits (upper case for negative
/// `n`), the value masked to them when fewer than 16.
pub fn hex_digits(mut b: u64, n: i32) -> Vec<u8> {
    let (n, upper) = if n < 0 {
        (n.wrapping_neg(), true)
    } else {
        (n, false)
    };
    // LuaJIT keeps the precision in 8 bits of its format word, biased by one.
    let prec_field = (n.wrapping_add(1) & 255) as u32;
    let prec: Option<usize> = prec_field.checked_sub(1).map(|p| p as usize);
    if n < 16 {
        // As x86 computes LuaJIT's `(1 << 4*n) - 1` (n < 0 only for -2^31).
        let sh = n.wrapping_mul(4) as u32 & 63;
        b &= (1u64 << sh).wrapping_sub(1);
    }
    let digits: &[u8] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut rev = Vec::new();
    if b == 0 {
        if prec != Some(0) {
            rev.push(b'0');
        }
    } else {
        while b != 0 {
            rev.push(digits[(b & 15) as usize]);
            b >>= 4;
        }
    }
    let width = prec.map_or(rev.len(), |p| p.max(rev.len()));
    let mut out = vec![b'0'; width - rev.len()];
    out.extend(rev.iter().rev());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn num2bit_matches_luajit() {
        // Values checked against luajit 2.1.
        assert_eq!(num2bit(2f64.powi(31)), i32::MIN);
        assert_eq!(num2bit(2f64.powi(32)), 0);
        assert_eq!(num2bit(-1.0), -1);
        assert_eq!(num2bit(1.5), 2);
        assert_eq!(num2bit(2.5), 2);
        assert_eq!(num2bit(-1.5), -2);
        assert_eq!(num2bit(f64::INFINITY), 0);
        assert_eq!(num2bit(2f64.powi(52) + 1.5), 1);
        assert_eq!(num2bit(1e300), -2013235812);
    }

    #[test]
    fn tohex_digits() {
        let h = |b: i32, n: i32| String::from_utf8(hex_digits(b as u32 as u64, n)).unwrap();
        assert_eq!(h(255, 8), "000000ff");
        assert_eq!(h(255, 2), "ff");
        assert_eq!(h(255, -2), "FF");
        assert_eq!(h(255, 0), "");
        assert_eq!(h(255, 10), "00000000ff");
        assert_eq!(h(-1, 16), "00000000ffffffff");
        assert_eq!(h(-1, -20), "000000000000FFFFFFFF");
        assert_eq!(h(0x12345678, 1), "8");
        assert_eq!(h(0, 255), "0");
        assert_eq!(h(5, i32::MIN), "");
        assert_eq!(h(5, i32::MAX), "5");
        assert_eq!(h(0, 256), "");
    }
}
