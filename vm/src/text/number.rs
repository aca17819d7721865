//! Number formatting and parsing (temporary stand-in).

/// `%.14g` with Lua's spellings of infinities and NaN.
pub fn format_number(n: f64, out: &mut Vec<u8>) {
    if n.is_nan() {
        out.extend_from_slice(b"nan");
        return;
    }
    if n.is_infinite() {
        out.extend_from_slice(if n > 0.0 { b"inf" } else { b"-inf" });
        return;
    }
    if n == 0.0 {
        out.extend_from_slice(if n.is_sign_negative() { b"-0" } else { b"0" });
        return;
    }
    let p = 14usize;
    let e = format!("{:.*e}", p - 1, n);
    let (mant, exp) = e.split_once('e').unwrap();
    let x: i32 = exp.parse().unwrap();
    let s = if x < -4 || x >= p as i32 {
        let mut m = mant.to_string();
        if m.contains('.') {
            while m.ends_with('0') {
                m.pop();
            }
            if m.ends_with('.') {
                m.pop();
            }
        }
        format!("{}e{}{:02}", m, if x < 0 { '-' } else { '+' }, x.abs())
    } else {
        let mut f = format!("{:.*}", (p as i32 - 1 - x) as usize, n);
        if f.contains('.') {
            while f.ends_with('0') {
                f.pop();
            }
            if f.ends_with('.') {
                f.pop();
            }
        }
        f
    };
    out.extend_from_slice(s.as_bytes());
}

/// Lua's string-to-number coercion.
pub fn parse_number(s: &[u8]) -> Option<f64> {
    let t = std::str::from_utf8(s).ok()?.trim_matches(|c: char| c.is_ascii_whitespace());
    if t.is_empty() {
        return None;
    }
    let (neg, body) = match t.as_bytes()[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let v = if let Some(h) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        if h.is_empty() {
            return None;
        }
        let mut v = 0f64;
        for c in h.chars() {
            v = v * 16.0 + c.to_digit(16)? as f64;
        }
        v
    } else {
        if !body.chars().all(|c| c.is_ascii_digit() || ".eE+-".contains(c)) || body.starts_with(['e', 'E']) {
            return None;
        }
        body.parse::<f64>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// `tonumber(s, base)`.
pub fn parse_integer_base(s: &[u8], base: u32) -> Option<f64> {
    let t = std::str::from_utf8(s).ok()?.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        _ => (false, t),
    };
    if body.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in body.chars() {
        v = v * base as f64 + c.to_digit(base)? as f64;
    }
    Some(if neg { -v } else { v })
}
