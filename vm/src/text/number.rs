//! Numbers as text: how Lua shows a number (`tostring`, `print`, `..`), Lua's
//! string-to-number coercion (`tonumber(s)`, arithmetic on strings), and
//! `tonumber(s, base)`.
//!
//! Decimal digits always come from Rust's float formatting, which is exact and rounds
//! half to even on the exact binary value, as glibc does; the C layouts (`%e`, `%f`,
//! `%g`) are rebuilt from it here, so every double prints as glibc prints it.
//! Parsing is correctly rounded: decimal text goes to Rust's parser after the syntax
//! has been checked here; hexadecimal and binary text is converted exactly here.

use super::is_c_space;
use std::fmt::{self, Write as _};

/// Appends `format_args!` output to a byte vector (writing to a `Vec` cannot fail).
struct Sink<'a>(&'a mut Vec<u8>);

impl fmt::Write for Sink<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

fn push_fmt(out: &mut Vec<u8>, args: fmt::Arguments<'_>) {
    let _ = Sink(out).write_fmt(args);
}

// ---------------------------------------------------------------------------------
// Number to text.

/// How Lua 5.1 and LuaJIT print a number: C's `%.14g`, except that infinities are
/// `inf`/`-inf` and every NaN is `nan` (PUC Lua prints `-nan` for a NaN with the sign
/// bit set; LuaJIT never does, and neither do we). Negative zero prints `-0`.
pub fn format_number(n: f64, out: &mut Vec<u8>) {
    if n.is_nan() {
        out.extend_from_slice(b"nan");
        return;
    }
    if n.is_sign_negative() {
        out.push(b'-');
    }
    let v = n.abs();
    if v.is_infinite() {
        out.extend_from_slice(b"inf");
    } else if v < 1e14 && v == v.trunc() {
        // Integers of at most 14 digits print as themselves under %.14g.
        push_fmt(out, format_args!("{}", v as u64));
    } else {
        write_general(v, 14, false, false, out);
    }
}

/// Appends Rust's `{:.prec$e}` of `v` and returns where its exponent marker `e` is in
/// `out` and the decimal exponent it shows (the exponent after rounding).
fn push_rust_exp(v: f64, prec: usize, out: &mut Vec<u8>) -> (usize, i32) {
    let start = out.len();
    push_fmt(out, format_args!("{:.*e}", prec, v));
    let text = out.get(start..).unwrap_or(&[]);
    let e_at = text.iter().position(|&b| b == b'e').unwrap_or(text.len());
    let mut exp: i32 = 0;
    let mut neg = false;
    for &b in text.get(e_at + 1..).unwrap_or(&[]) {
        match b {
            b'-' => neg = true,
            b'0'..=b'9' => exp = exp.saturating_mul(10).saturating_add(i32::from(b - b'0')),
            _ => {}
        }
    }
    (start + e_at, if neg { -exp } else { exp })
}

/// C's exponent suffix: `e`, sign, at least two digits.
fn push_exponent(exp: i32, upper: bool, out: &mut Vec<u8>) {
    out.push(if upper { b'E' } else { b'e' });
    out.push(if exp < 0 { b'-' } else { b'+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push(b'0');
    }
    push_fmt(out, format_args!("{e}"));
}

/// Drops trailing zeros of a fraction in `out[start..]`, and the point if nothing
/// remains after it. Text without a point is left alone.
fn strip_fraction_zeros(out: &mut Vec<u8>, start: usize) {
    if !out.get(start..).unwrap_or(&[]).contains(&b'.') {
        return;
    }
    while out.last() == Some(&b'0') {
        out.pop();
    }
    if out.last() == Some(&b'.') {
        out.pop();
    }
}

/// The digits of C's `%.<prec>e` for a finite `v >= 0`, without sign.
pub(crate) fn write_exp(v: f64, prec: usize, alt: bool, upper: bool, out: &mut Vec<u8>) {
    let (e_at, exp) = push_rust_exp(v, prec, out);
    out.truncate(e_at);
    if prec == 0 && alt {
        out.push(b'.');
    }
    push_exponent(exp, upper, out);
}

/// The digits of C's `%.<prec>f` for a finite `v >= 0`, without sign.
pub(crate) fn write_fixed(v: f64, prec: usize, alt: bool, out: &mut Vec<u8>) {
    push_fmt(out, format_args!("{:.*}", prec, v));
    if prec == 0 && alt {
        out.push(b'.');
    }
}

/// The digits of C's `%.<prec>g` for a finite `v >= 0`, without sign: with P
/// significant digits (P = prec, or 1 if prec is 0) and X the decimal exponent after
/// rounding to P digits, style `f` with precision P-1-X if P > X >= -4, else style `e`
/// with precision P-1; then, unless `alt` (`#`), trailing fraction zeros and a bare
/// point are removed.
pub(crate) fn write_general(v: f64, prec: usize, alt: bool, upper: bool, out: &mut Vec<u8>) {
    let p = prec.max(1);
    let start = out.len();
    let (e_at, x) = push_rust_exp(v, p - 1, out);
    let x = i64::from(x);
    if x >= -4 && x < p as i64 {
        out.truncate(start);
        let fprec = usize::try_from(p as i64 - 1 - x).unwrap_or(0);
        write_fixed(v, fprec, alt, out);
        if !alt {
            strip_fraction_zeros(out, start);
        }
    } else {
        out.truncate(e_at);
        if !alt {
            strip_fraction_zeros(out, start);
        } else if p == 1 {
            out.push(b'.');
        } else if x == p as i64 && has_integer_digits(v, p) {
            // glibc quirk: when rounding carries a value with exactly P integer digits
            // to 10^P, `%#g` keeps the fixed style's zero fraction digits: `%#.2g` of
            // 99.5 is `1.e+02`, not `1.0e+02`.
            out.truncate(start);
            out.extend_from_slice(b"1.");
        }
        push_exponent(x as i32, upper, out);
    }
}

/// Whether `v` has exactly `p` digits before the point.
fn has_integer_digits(v: f64, p: usize) -> bool {
    if v < 1.0 {
        return false;
    }
    let mut digits = Vec::new();
    // An integral double formats exactly with no decimals.
    push_fmt(&mut digits, format_args!("{:.0}", v.trunc()));
    digits.len() == p
}

// ---------------------------------------------------------------------------------
// Text to number.

/// Lua's string-to-number coercion with LuaJIT 2.1's syntax (`lj_strscan` without
/// the FFI suffixes): optional C whitespace around the number, an optional sign, then
/// - a decimal numeral with optional fraction and exponent (`1`, `1.`, `.5`, `1e-3`),
/// - `0x` hex with optional fraction and `p` exponent (`0x1F`, `0x1.8p3`, `0x.8`),
/// - `0b` binary integers (`0b101`, LuaJIT only: PUC Lua 5.1 rejects them),
/// - `inf`, `infinity` or `nan` in any case (the sign of `nan` is ignored; the NaN
///   returned has the sign bit clear, so `%f` shows it as `nan` as 5.1 would).
///
/// Rejected: empty or blank text, `.`, `0x`, `1e`, `0x1p`, `0b1.`, any suffix, an
/// exponent of 2^20 or more, and any embedded NUL. PUC Lua 5.1 (glibc `strtod`)
/// differs: it accepts `"1\0"` (it stops reading at the NUL), `nan(...)` forms,
/// any exponent, and keeps the sign of `-nan`.
pub fn parse_number(s: &[u8]) -> Option<f64> {
    if s.contains(&0) {
        return None;
    }
    let mut i = 0;
    while s.get(i).is_some_and(|&b| is_c_space(b)) {
        i += 1;
    }
    let mut neg = false;
    match s.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            neg = true;
            i += 1;
        }
        _ => {}
    }
    let rest = s.get(i..).unwrap_or(&[]);
    let v = if rest.first().is_some_and(|&b| b >= b'A') {
        parse_special(rest)?
    } else {
        parse_numeral(rest)?
    };
    Some(if neg && !v.is_nan() { -v } else { v })
}

fn starts_with_ignore_case(s: &[u8], word: &[u8]) -> bool {
    s.len() >= word.len()
        && s.iter()
            .zip(word)
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
}

fn only_spaces(s: &[u8]) -> bool {
    s.iter().all(|&b| is_c_space(b))
}

/// `inf`, `infinity` or `nan` (any case), then only whitespace.
fn parse_special(s: &[u8]) -> Option<f64> {
    let (v, used) = if starts_with_ignore_case(s, b"inf") {
        let used = if starts_with_ignore_case(s.get(3..).unwrap_or(&[]), b"inity") {
            8
        } else {
            3
        };
        (f64::INFINITY, used)
    } else if starts_with_ignore_case(s, b"nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    only_spaces(s.get(used..).unwrap_or(&[])).then_some(v)
}

/// LuaJIT rejects an exponent of 2^20 or more, and as many fraction digits (after
/// dropping trailing zeros).
const MAX_EXPONENT: i64 = 1 << 20;

/// An unsigned numeral (decimal, hex or binary) followed only by whitespace.
pub(crate) fn parse_numeral(t: &[u8]) -> Option<f64> {
    let at = |k: usize| t.get(k).copied().unwrap_or(0);
    let mut p = 0;
    let mut base = 10;
    let mut has_zero = false;
    let mut dot: Option<usize> = None;
    // Base prefix, then leading zeros (and a point among them) that carry no value.
    if at(0) <= b'0' {
        if at(0) == b'0' {
            match at(1) | 0x20 {
                b'x' => (base, p) = (16, 2),
                b'b' => (base, p) = (2, 2),
                _ => {}
            }
        }
        loop {
            match at(p) {
                b'0' => has_zero = true,
                b'.' if dot.is_none() => dot = Some(p),
                b'.' => return None,
                _ => break,
            }
            p += 1;
        }
    }
    let digits_at = p;
    let mut dig: usize = 0;
    loop {
        let c = at(p);
        let is_digit = if base == 16 {
            c.is_ascii_hexdigit()
        } else {
            c.is_ascii_digit()
        };
        if is_digit {
            dig += 1;
        } else if c == b'.' {
            if dot.is_some() {
                return None;
            }
            dot = Some(p);
        } else {
            break;
        }
        p += 1;
    }
    if !has_zero && dig == 0 {
        return None;
    }
    // Exponent of the last significant digit: minus the count of fraction digits,
    // after dropping trailing zeros (in bits for hex).
    let mut ex: i64 = 0;
    if let Some(d) = dot {
        if base == 2 {
            return None;
        }
        if dig > 0 {
            ex = d as i64 - (p as i64 - 1);
            let mut q = p - 1;
            while ex < 0 && at(q) == b'0' {
                ex += 1;
                dig -= 1;
                q = q.saturating_sub(1);
            }
            if ex <= -MAX_EXPONENT {
                return None;
            }
            if base == 16 {
                ex *= 4;
            }
        }
    }
    if base >= 10 {
        let marker = if base == 16 { b'p' } else { b'e' };
        if at(p) | 0x20 == marker {
            p += 1;
            let mut neg_exp = false;
            match at(p) {
                b'+' => p += 1,
                b'-' => {
                    neg_exp = true;
                    p += 1;
                }
                _ => {}
            }
            if !at(p).is_ascii_digit() {
                return None;
            }
            let mut xx: i64 = 0;
            while at(p).is_ascii_digit() {
                xx = xx * 10 + i64::from(at(p) - b'0');
                if xx >= MAX_EXPONENT {
                    return None;
                }
                p += 1;
            }
            ex += if neg_exp { -xx } else { xx };
        }
    }
    let numeral_end = p;
    if !only_spaces(t.get(p..).unwrap_or(&[])) {
        return None;
    }
    let digits = t.get(digits_at..).unwrap_or(&[]);
    match base {
        16 => Some(hex_to_f64(digits, dig, ex)),
        2 => {
            if ex != 0 || dig > 64 {
                return None;
            }
            let mut x: u64 = 0;
            for &c in digits.iter().take(dig) {
                if c != b'0' && c != b'1' {
                    return None;
                }
                x = (x << 1) | u64::from(c - b'0');
            }
            Some(x as f64)
        }
        _ => {
            // The syntax is checked; Rust's parser accepts the same forms and rounds
            // correctly.
            let text = std::str::from_utf8(t.get(..numeral_end)?).ok()?;
            text.parse::<f64>().ok()
        }
    }
}

/// `dig` hex digits (skipping one point) scaled by `2^ex2`, correctly rounded.
fn hex_to_f64(digits: &[u8], dig: usize, mut ex2: i64) -> f64 {
    let mut mant: u64 = 0;
    let mut sticky = false;
    for (n, &c) in digits.iter().filter(|&&c| c != b'.').take(dig).enumerate() {
        let d = char::from(c).to_digit(16).unwrap_or(0);
        if n < 16 {
            mant = (mant << 4) | u64::from(d);
        } else {
            sticky |= d != 0;
            ex2 = ex2.saturating_add(4);
        }
    }
    compose_f64(mant, ex2, sticky)
}

/// `mant * 2^exp2` rounded to the nearest double, ties to even; `sticky` says that
/// nonzero bits below `mant` were dropped (so a tie is really above half).
fn compose_f64(mant: u64, exp2: i64, sticky: bool) -> f64 {
    if mant == 0 {
        return 0.0;
    }
    let bits = 64 - i64::from(mant.leading_zeros());
    let top = exp2.saturating_add(bits - 1);
    if top > 1023 {
        return f64::INFINITY;
    }
    // Significant bits a double holds at this magnitude (fewer for subnormals).
    let prec = if top >= -1022 { 53 } else { top + 1075 };
    let drop = bits - prec;
    let (mut m, e) = if drop <= 0 {
        (mant, exp2)
    } else if drop > 64 {
        (0, exp2 + drop)
    } else {
        let kept = if drop == 64 { 0 } else { mant >> drop };
        let rem = if drop == 64 {
            mant
        } else {
            mant & ((1u64 << drop) - 1)
        };
        let half = 1u64 << (drop - 1);
        let up = rem > half || (rem == half && (sticky || kept & 1 == 1));
        (kept + u64::from(up), exp2 + drop)
    };
    if m == 0 {
        return 0.0;
    }
    let b = 64 - i64::from(m.leading_zeros());
    let top = e + b - 1;
    if top > 1023 {
        return f64::INFINITY;
    }
    if top >= -1022 {
        // Normalise to exactly 53 significant bits; any bits shifted out are zero.
        if b > 53 {
            m >>= b - 53;
        } else {
            m <<= 53 - b;
        }
        let biased = (top + 1023) as u64;
        f64::from_bits((biased << 52) | (m & ((1u64 << 52) - 1)))
    } else {
        // Subnormal: here e >= -1074, and m * 2^(e+1074) < 2^52.
        let field = u32::try_from(e + 1074)
            .ok()
            .and_then(|s| m.checked_shl(s))
            .unwrap_or(0);
        f64::from_bits(field)
    }
}

/// `tonumber(s, base)` as PUC Lua 5.1 does it for `base` in 2..=36.
///
/// Base 10 is Lua's ordinary coercion (`parse_number`), as in 5.1 and LuaJIT.
/// Other bases follow 5.1's `strtoul` on a 64-bit `unsigned long`:
/// - the text ends at the first NUL (both 5.1 and LuaJIT read it as a C string);
/// - leading and trailing C whitespace, one optional sign, at least one digit;
/// - base 16 accepts a `0x`/`0X` prefix when a hex digit follows it;
/// - overflow gives 2^64-1; a `-` negates modulo 2^64, so `"-1"` in base 2 is
///   1.8446744073709552e19 and `"-0"` is 0 (LuaJIT gives -1 and -0 instead);
/// - the unsigned result is then converted to the nearest double.
///
/// Returns `None` for a base outside 2..=36 (the caller reports "base out of range").
pub fn parse_integer_base(s: &[u8], base: u32) -> Option<f64> {
    if base == 10 {
        return parse_number(s);
    }
    if !(2..=36).contains(&base) {
        return None;
    }
    let s = match s.iter().position(|&b| b == 0) {
        Some(nul) => s.get(..nul).unwrap_or(&[]),
        None => s,
    };
    let at = |k: usize| s.get(k).copied().unwrap_or(0);
    let digit = |c: u8| -> Option<u32> { char::from(c).to_digit(36).filter(|&d| d < base) };
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut neg = false;
    match at(i) {
        b'+' => i += 1,
        b'-' => {
            neg = true;
            i += 1;
        }
        _ => {}
    }
    if base == 16 && at(i) == b'0' && at(i + 1) | 0x20 == b'x' && digit(at(i + 2)).is_some() {
        i += 2;
    }
    let first_digit = i;
    let mut value: u64 = 0;
    let mut overflow = false;
    while let Some(d) = digit(at(i)) {
        match value
            .checked_mul(u64::from(base))
            .and_then(|v| v.checked_add(u64::from(d)))
        {
            Some(v) => value = v,
            None => overflow = true,
        }
        i += 1;
    }
    if i == first_digit {
        return None;
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != s.len() {
        return None;
    }
    // LuaJIT's rule: the digits are converted unsigned (saturating like strtoul),
    // then a leading minus negates the number. (PUC 5.1 wraps negatives around
    // 2^64, an artifact of strtoul; its test suite does not rely on it.)
    let value = if overflow { u64::MAX } else { value } as f64;
    Some(if neg { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(n: f64) -> String {
        let mut out = Vec::new();
        format_number(n, &mut out);
        String::from_utf8(out).unwrap()
    }

    use crate::text::testutil::{diff_data, unhex};

    /// Doubles and how `lua5.1 -e 'print(x)'` shows them (testdata/gen_numbers.lua).
    #[test]
    fn format_number_matches_lua51() {
        assert!(check_numbers(include_str!("testdata/numbers.txt")) > 3000);
    }

    #[test]
    #[ignore = "needs tables generated by testdata/differential.sh"]
    fn format_number_differential() {
        check_numbers(&diff_data("numbers.txt"));
    }

    fn check_numbers(data: &str) -> usize {
        let mut n = 0;
        for line in data.lines() {
            let (repr, expected) = line.split_once('\t').unwrap();
            let x: f64 = repr.parse().unwrap();
            assert_eq!(shown(x), expected, "value {repr}");
            n += 1;
        }
        n
    }

    #[test]
    fn format_number_specials() {
        assert_eq!(shown(f64::NAN), "nan");
        assert_eq!(shown(-f64::NAN), "nan");
        assert_eq!(shown(f64::INFINITY), "inf");
        assert_eq!(shown(f64::NEG_INFINITY), "-inf");
        assert_eq!(shown(-0.0), "-0");
        assert_eq!(shown(0.0), "0");
        assert_eq!(shown(1e15), "1e+15");
        assert_eq!(shown(1e14), "1e+14");
        assert_eq!(shown(99999999999999.0), "99999999999999");
        assert_eq!(shown(12345678901234.5), "12345678901234");
        assert_eq!(shown(0.1), "0.1");
        assert_eq!(shown(1.0 / 3.0), "0.33333333333333");
        assert_eq!(shown(5e-324), "4.9406564584125e-324");
        assert_eq!(shown(1e-5), "1e-05");
        assert_eq!(shown(1e-4), "0.0001");
        assert_eq!(shown(2f64.powi(63)), "9.2233720368548e+18");
        assert_eq!(shown(-1.5), "-1.5");
        assert_eq!(shown(1e300), "1e+300");
        assert_eq!(shown(1.7976931348623157e308), "1.7976931348623e+308");
    }

    fn parsed(s: &[u8]) -> Option<f64> {
        parse_number(s)
    }

    /// Strings and what `luajit -e 'tonumber(s)'` makes of them, as exact bits
    /// (testdata/gen_parse.lua).
    #[test]
    fn parse_number_matches_luajit() {
        assert!(check_parse(include_str!("testdata/parse.txt")) > 2500);
    }

    #[test]
    #[ignore = "needs tables generated by testdata/differential.sh"]
    fn parse_number_differential() {
        check_parse(&diff_data("parse.txt"));
    }

    fn check_parse(data: &str) -> usize {
        let mut n = 0;
        for line in data.lines() {
            let (input, expected) = line.split_once('\t').unwrap();
            let input = unhex(input);
            let got = parsed(&input);
            let shown_input = String::from_utf8_lossy(&input);
            match expected {
                "nil" => assert_eq!(got, None, "input {shown_input:?}"),
                "nan" => assert!(
                    got.is_some_and(f64::is_nan),
                    "input {shown_input:?}: {got:?}"
                ),
                bits => {
                    let want = u64::from_str_radix(bits, 16).unwrap();
                    let got = got.map(f64::to_bits);
                    assert_eq!(got, Some(want), "input {shown_input:?}");
                }
            }
            n += 1;
        }
        n
    }

    #[test]
    fn parse_number_edges() {
        assert_eq!(parsed(b"  0x1F  "), Some(31.0));
        assert_eq!(parsed(b"-0x10"), Some(-16.0));
        assert_eq!(parsed(b"1e"), None);
        assert_eq!(parsed(b"."), None);
        assert_eq!(parsed(b"0x"), None);
        assert_eq!(parsed(b" "), None);
        assert_eq!(parsed(b""), None);
        assert_eq!(parsed(b"1\0"), None);
        assert_eq!(parsed(b"0b101"), Some(5.0));
        assert_eq!(parsed(b"0b1."), None);
        assert_eq!(parsed(b"infinity"), Some(f64::INFINITY));
        assert_eq!(parsed(b"-inf"), Some(f64::NEG_INFINITY));
        assert!(parsed(b"-nan").is_some_and(|v| v.is_nan() && v.is_sign_positive()));
        assert_eq!(parsed(b"nan(1)"), None);
        assert_eq!(parsed(b"-0").map(f64::to_bits), Some((-0.0f64).to_bits()));
        assert_eq!(parsed(b"1e1048575"), Some(f64::INFINITY));
        assert_eq!(parsed(b"1e1048576"), None);
        assert_eq!(parsed(b"0x1p-1074"), Some(5e-324));
        assert_eq!(parsed(b"0x1p-1075"), Some(0.0));
        assert_eq!(parsed(b"0x3p-1076"), Some(5e-324));
        assert_eq!(parsed(b"0x1.fffffffffffff8p1023"), Some(f64::INFINITY));
        assert_eq!(parsed(b"0x1.fffffffffffff7ffffp1023"), Some(f64::MAX));
    }

    #[test]
    fn compose_rounds_exactly() {
        // Ties go to even, sticky bits break ties, carries renormalise.
        assert_eq!(compose_f64((1 << 53) + 1, 0, false), 9007199254740992.0);
        assert_eq!(compose_f64((1 << 53) + 1, 0, true), 9007199254740994.0);
        assert_eq!(compose_f64((1 << 53) + 3, 0, false), 9007199254740996.0);
        assert_eq!(compose_f64(u64::MAX, 0, false), 18446744073709551616.0);
        assert_eq!(compose_f64(1, -1074, false), 5e-324);
        assert_eq!(compose_f64(1, -1075, false), 0.0);
        assert_eq!(compose_f64(1, -1075, true), 5e-324);
        assert_eq!(compose_f64(3, -1075, false), 1e-323);
        assert_eq!(
            compose_f64((1 << 53) - 1, -1075, false),
            f64::from_bits(1 << 52)
        );
        assert_eq!(compose_f64(1, 1023, false), 2f64.powi(1023));
        assert_eq!(compose_f64(1, 1024, false), f64::INFINITY);
        assert_eq!(compose_f64(u64::MAX, 960, false), f64::INFINITY);
        assert_eq!(compose_f64(u64::MAX, -1200, false), 0.0);
        assert_eq!(compose_f64(1, i64::MIN / 2, true), 0.0);
        assert_eq!(compose_f64(1, i64::MAX / 2, false), f64::INFINITY);
    }

    /// `tonumber(s, base)` as `luajit` does it (testdata/gen_base.lua).
    #[test]
    fn parse_integer_base_matches_luajit() {
        assert!(check_base(include_str!("testdata/base.txt")) > 600);
    }

    #[test]
    #[ignore = "needs tables generated by testdata/differential.sh"]
    fn parse_integer_base_differential() {
        check_base(&diff_data("base.txt"));
    }

    fn check_base(data: &str) -> usize {
        let mut n = 0;
        for line in data.lines() {
            let mut fields = line.split('\t');
            let input = unhex(fields.next().unwrap());
            let base: u32 = fields.next().unwrap().parse().unwrap();
            let expected = fields.next().unwrap();
            let want = if expected == "nil" {
                None
            } else {
                Some(expected.parse::<f64>().unwrap())
            };
            let got = parse_integer_base(&input, base);
            assert_eq!(
                got.map(f64::to_bits),
                want.map(f64::to_bits),
                "input {:?} base {base}",
                String::from_utf8_lossy(&input)
            );
            n += 1;
        }
        n
    }

    #[test]
    fn parse_integer_base_edges() {
        assert_eq!(parse_integer_base(b"-10", 2), Some(-2.0));
        let neg_zero = parse_integer_base(b"-0", 16).unwrap();
        assert!(neg_zero == 0.0 && neg_zero.is_sign_negative());
        assert_eq!(parse_integer_base(b"0x", 16), None);
        assert_eq!(parse_integer_base(b"0x", 36), Some(33.0));
        assert_eq!(
            parse_integer_base(b"fffffffffffffffffff", 16),
            Some(18446744073709551615.0)
        );
        assert_eq!(parse_integer_base(b"1.5", 10), Some(1.5));
        assert_eq!(parse_integer_base(b"1", 1), None);
        assert_eq!(parse_integer_base(b"1", 37), None);
    }
}
