//! The string library (Lua 5.1's lstrlib) and the string metatable.
//!
//! The text algorithms (patterns, `format` conversions) are in `crate::text`;
//! this file does argument handling, results and the calls back into Lua. Index
//! arithmetic follows 5.1 (`posrelat`, C `int` arguments where 5.1 uses
//! `luaL_checkint`). `format("%s", v)` follows 5.1: only strings and numbers are
//! accepted (LuaJIT would call `tostring`). `rep` takes LuaJIT's optional
//! separator.
//!
//! Subject and pattern strings are arguments, so they stay on the stack (and
//! their bytes stay valid) while `gsub` calls a replacement function.

use super::support::{reserve, MAX_STRING};
use crate::func::FastFunc;
use crate::state::Vm;
use crate::text::pattern::{self, Capture, Match};
use crate::text::printf::{self, Conv, FormatPieces, Piece};
use crate::value::Value;
use crate::LuaResult;

/// LUAI_MAXCSTACK: the most values a native may push at once.
const MAX_RESULTS: usize = 8000;

pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = vm.new_lib(
        "string",
        &[
            ("byte", byte),
            ("char", char),
            ("dump", dump),
            ("find", find),
            ("format", format),
            ("gmatch", gmatch),
            ("gsub", gsub),
            ("len", len),
            ("lower", lower),
            ("match", match_),
            ("rep", rep),
            ("reverse", reverse),
            ("sub", sub),
            ("upper", upper),
        ],
    )?;
    vm.mark_fast(
        t,
        &[
            ("len", FastFunc::StrLen),
            ("sub", FastFunc::StrSub),
            ("byte", FastFunc::StrByte),
            ("char", FastFunc::StrChar),
        ],
    )?;
    // 5.1's deprecated name for gmatch (the same function).
    let gm = vm.table_get_str(t, "gmatch")?;
    vm.table_set_str(t, "gfind", gm)?;
    let mt = vm.new_table(0, 1)?;
    vm.table_set_str(mt, "__index", t.to_value())?;
    let s = vm.str_value(b"")?;
    vm.set_type_metatable(s, Some(mt));
    Ok(())
}

/// 5.1's `posrelat`: a negative position counts from the end; the result is
/// at least 0.
pub(crate) fn posrelat(pos: i64, len: usize) -> i64 {
    let pos = if pos < 0 {
        pos.saturating_add(len as i64 + 1)
    } else {
        pos
    };
    pos.max(0)
}

/// `luaL_checkint`/`luaL_optint`: the argument as a C int.
fn check_int(vm: &mut Vm, n: usize) -> LuaResult<i64> {
    Ok(vm.check_integer(n)? as i32 as i64)
}

fn len(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_str(1)?;
    vm.push(Value::num(s.len() as f64))?;
    Ok(1)
}

fn sub(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_str(1)?;
    let l = s.len();
    let start = posrelat(vm.check_integer(2)?, l).max(1);
    let end = posrelat(vm.opt_integer(3, -1)?, l).min(l as i64);
    if start <= end {
        let bytes = &s.as_bytes()[start as usize - 1..end as usize];
        vm.push_str(bytes)?;
    } else {
        vm.push_str(b"")?;
    }
    Ok(1)
}

fn map_bytes(vm: &mut Vm, f: impl Fn(&[u8]) -> Vec<u8>) -> LuaResult<usize> {
    let s = vm.check_str(1)?;
    let out = f(s.as_bytes());
    vm.push_str(&out)?;
    Ok(1)
}

fn lower(vm: &mut Vm) -> LuaResult<usize> {
    map_bytes(vm, |s| s.to_ascii_lowercase())
}

fn upper(vm: &mut Vm) -> LuaResult<usize> {
    map_bytes(vm, |s| s.to_ascii_uppercase())
}

fn reverse(vm: &mut Vm) -> LuaResult<usize> {
    map_bytes(vm, |s| s.iter().rev().copied().collect())
}

/// `string.rep(s, n [, sep])`: the separator is LuaJIT's (and 5.2's) extension.
fn rep(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_str(1)?;
    let n = check_int(vm, 2)?;
    let sep = vm.opt_str(3)?;
    let sep: &[u8] = sep.map_or(&[], |p| p.as_bytes());
    let total_bytes =
        |n: i64| (s.len() as u128) * (n as u128) + (sep.len() as u128) * (n as u128 - 1);
    if n <= 0 || total_bytes(n) == 0 {
        vm.push_str(b"")?;
        return Ok(1);
    }
    let total = total_bytes(n);
    if total > MAX_STRING as u128 {
        return Err(vm.out_of_memory());
    }
    let mut buf = Vec::new();
    reserve(vm, &mut buf, total as usize)?;
    for i in 0..n {
        if i > 0 {
            buf.extend_from_slice(sep);
        }
        buf.extend_from_slice(s.as_bytes());
    }
    vm.push_str(&buf)?;
    Ok(1)
}

fn byte(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_str(1)?;
    let l = s.len();
    let posi = posrelat(vm.opt_integer(2, 1)?, l);
    let pose = if vm.arg(3).is_nil() {
        posi
    } else {
        posrelat(vm.check_integer(3)?, l)
    }
    .min(l as i64);
    let posi = posi.max(1);
    if posi > pose {
        return Ok(0);
    }
    let n = (pose - posi + 1) as usize;
    if vm.nargs() + n > MAX_RESULTS {
        return Err(vm.rt_error("stack overflow (string slice too long)"));
    }
    vm.ensure_stack(n)?;
    for &c in &s.as_bytes()[posi as usize - 1..pose as usize] {
        vm.push_unchecked(Value::num(c as f64));
    }
    Ok(n)
}

fn char(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.nargs();
    let mut out = Vec::with_capacity(n);
    for i in 1..=n {
        let c = check_int(vm, i)?;
        if !(0..=255).contains(&c) {
            return Err(vm.arg_error(i, "invalid value"));
        }
        out.push(c as u8);
    }
    vm.push_str(&out)?;
    Ok(1)
}

/// `string.dump(f [, strip])`: lunavm's own bytecode for a Lua function, which
/// `load`/`loadstring` read back (after verifying it).
fn dump(vm: &mut Vm) -> LuaResult<usize> {
    let f = vm.check_function(1)?.as_function().expect("checked");
    if !f.is_lua() {
        return Err(vm.rt_error("unable to dump given function"));
    }
    let strip = vm.arg(2).is_truthy();
    let bytes = crate::dump::dump(f.proto(), strip, &|ins| vm.unpatched(ins));
    vm.push_str(&bytes)?;
    Ok(1)
}

// ------------------------------------------------------------------ format

/// The bits of an `int64_t`/`uint64_t` cdata (`1LL`), which LuaJIT's integer
/// conversions accept.
fn int64_cdata(v: crate::value::Value) -> Option<i64> {
    use crate::cdata::{CTYPE_INT64, CTYPE_UINT64};
    let c = v.as_cdata()?;
    if c.ctype() != CTYPE_INT64 && c.ctype() != CTYPE_UINT64 {
        return None;
    }
    let bytes: [u8; 8] = c.payload_mut().get(..8)?.try_into().ok()?;
    Some(i64::from_le_bytes(bytes))
}

fn format(vm: &mut Vm) -> LuaResult<usize> {
    let fmt = vm.check_str(1)?;
    let top = vm.nargs();
    let mut arg = 1;
    let mut out: Vec<u8> = Vec::new();
    for piece in FormatPieces::new(fmt.as_bytes()) {
        let spec = match piece {
            Ok(Piece::Literal(text)) => {
                reserve(vm, &mut out, text.len())?;
                out.extend_from_slice(text);
                continue;
            }
            Ok(Piece::Percent) => {
                out.push(b'%');
                continue;
            }
            Ok(Piece::Spec(spec)) => Some(spec),
            Err(msg) => {
                // 5.1 checks that an argument exists before reading the item.
                arg += 1;
                if arg > top {
                    return Err(vm.arg_error(arg, "value expected"));
                }
                return Err(vm.rt_error(&msg));
            }
        };
        let Some(spec) = spec else { continue };
        arg += 1;
        if arg > top {
            return Err(vm.arg_error(arg, "value expected"));
        }
        match spec.conv {
            Conv::Char => {
                let n = vm.check_number(arg)?;
                printf::format_char(&spec, n, &mut out);
            }
            Conv::Int | Conv::Unsigned | Conv::Octal | Conv::HexLower | Conv::HexUpper => {
                match int64_cdata(vm.arg(arg)) {
                    Some(bits) => printf::format_int64(&spec, bits, &mut out),
                    None => {
                        let n = vm.check_number(arg)?;
                        printf::format_int(&spec, n, &mut out);
                    }
                }
            }
            Conv::ExpLower
            | Conv::ExpUpper
            | Conv::Fixed
            | Conv::FixedUpper
            | Conv::GenLower
            | Conv::GenUpper
            | Conv::HexFloatLower
            | Conv::HexFloatUpper => {
                let n = vm.check_number(arg)?;
                printf::format_float(&spec, n, &mut out);
            }
            Conv::Quoted => {
                let s = vm.check_str(arg)?;
                reserve(vm, &mut out, s.len().saturating_mul(2).saturating_add(2))?;
                printf::format_quoted(s.as_bytes(), &mut out);
            }
            Conv::Str => {
                // Any value, through tostring (LuaJIT; 5.1 accepts only strings
                // and numbers). The result replaces the argument, which keeps it
                // alive while it is copied.
                let v = vm.arg(arg);
                if !v.is_string() && !v.is_number() {
                    let r = vm.tostring(v)?;
                    if !r.is_string() {
                        return Err(vm.rt_error("'__tostring' must return a string"));
                    }
                    vm.set_arg(arg, r);
                }
                let s = vm.check_str(arg)?;
                reserve(
                    vm,
                    &mut out,
                    s.len().saturating_add(spec.width.unwrap_or(0)),
                )?;
                printf::format_str(&spec, s.as_bytes(), &mut out);
            }
        }
    }
    vm.push_str(&out)?;
    Ok(1)
}

// ---------------------------------------------------------------- patterns

/// Pushes capture `i` of `m` (the whole match if the pattern has none).
fn push_capture(vm: &mut Vm, src: &[u8], m: &Match, i: usize) -> LuaResult<()> {
    match m.captures.get(i) {
        Some(&Capture::Str { start, end }) => vm.push_str(&src[start..end]),
        Some(&Capture::Position(p)) => vm.push(Value::num(p as f64)),
        None if i == 0 => vm.push_str(&src[m.start..m.end]),
        None => Err(vm.rt_error("invalid capture index")),
    }
}

/// Pushes all captures (or the whole match when `whole_if_none` and there are
/// none); returns how many.
fn push_captures(vm: &mut Vm, src: &[u8], m: &Match, whole_if_none: bool) -> LuaResult<usize> {
    let n = if m.captures.is_empty() && whole_if_none {
        1
    } else {
        m.captures.len()
    };
    vm.ensure_stack(n)?;
    for i in 0..n {
        push_capture(vm, src, m, i)?;
    }
    Ok(n)
}

fn find(vm: &mut Vm) -> LuaResult<usize> {
    find_aux(vm, true)
}

fn match_(vm: &mut Vm) -> LuaResult<usize> {
    find_aux(vm, false)
}

fn find_aux(vm: &mut Vm, is_find: bool) -> LuaResult<usize> {
    let s = vm.check_str(1)?;
    let p = vm.check_str(2)?;
    let (src, pat) = (s.as_bytes(), p.as_bytes());
    let init = (posrelat(vm.opt_integer(3, 1)?, src.len()) - 1).clamp(0, src.len() as i64) as usize;
    if is_find && (vm.arg(4).is_truthy() || !pattern::has_specials(pat)) {
        if let Some(i) = pattern::find_plain(src, pat, init) {
            vm.push(Value::num(i as f64 + 1.0))?;
            vm.push(Value::num((i + pat.len()) as f64))?;
            return Ok(2);
        }
    } else {
        match pattern::find(src, pat, init) {
            Err(msg) => return Err(vm.rt_error(&msg)),
            Ok(Some(m)) => {
                if is_find {
                    vm.push(Value::num(m.start as f64 + 1.0))?;
                    vm.push(Value::num(m.end as f64))?;
                    return Ok(2 + push_captures(vm, src, &m, false)?);
                }
                return push_captures(vm, src, &m, true);
            }
            Ok(None) => {}
        }
    }
    vm.push(Value::NIL)?;
    Ok(1)
}

fn gmatch(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_str(1)?;
    let p = vm.check_str(2)?;
    let f = vm.new_native(gmatch_aux, 3)?;
    let up = f.native_upvalues();
    up[0] = s.to_value();
    up[1] = p.to_value();
    up[2] = Value::num(0.0);
    vm.push(f.to_value())?;
    Ok(1)
}

fn gmatch_aux(vm: &mut Vm) -> LuaResult<usize> {
    let me = vm
        .current_function()
        .as_function()
        .expect("gmatch iterator is a function");
    let up = me.native_upvalues();
    let (Some(s), Some(p)) = (up[0].as_str(), up[1].as_str()) else {
        return Ok(0);
    };
    let (src, pat) = (s.as_bytes(), p.as_bytes());
    let mut pos = up[2].as_f64() as usize;
    while pos <= src.len() {
        match pattern::match_at(src, pat, pos) {
            Err(msg) => return Err(vm.rt_error(&msg)),
            Ok(Some(m)) => {
                let next = if m.end == pos { m.end + 1 } else { m.end };
                me.native_upvalues()[2] = Value::num(next as f64);
                return push_captures(vm, src, &m, true);
            }
            Ok(None) => pos += 1,
        }
    }
    me.native_upvalues()[2] = Value::num(pos as f64);
    Ok(0)
}

fn gsub(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_str(1)?;
    let p = vm.check_str(2)?;
    let src = s.as_bytes();
    let max_n = if vm.arg(4).is_nil() {
        src.len() as i64 + 1
    } else {
        check_int(vm, 4)?
    };
    let repl = vm.arg(3);
    if !(repl.is_number() || repl.is_string() || repl.is_function() || repl.is_table()) {
        return Err(vm.arg_error(3, "string/function/table expected"));
    }
    if repl.is_number() {
        vm.check_str(3)?;
    }
    let repl = vm.arg(3);
    let (anchor, pat) = pattern::strip_anchor(p.as_bytes());
    let mut out: Vec<u8> = Vec::new();
    let mut pos = 0usize;
    let mut n = 0i64;
    while n < max_n {
        let m = match pattern::match_at(src, pat, pos) {
            Ok(m) => m,
            Err(msg) => return Err(vm.rt_error(&msg)),
        };
        if let Some(m) = &m {
            n += 1;
            add_value(vm, &mut out, src, m, repl)?;
        }
        match m {
            Some(m) if m.end > pos => pos = m.end,
            _ if pos < src.len() => {
                reserve(vm, &mut out, 1)?;
                out.push(src[pos]);
                pos += 1;
            }
            _ => break,
        }
        if anchor {
            break;
        }
    }
    reserve(vm, &mut out, src.len() - pos)?;
    out.extend_from_slice(&src[pos..]);
    vm.push_str(&out)?;
    vm.push(Value::num(n as f64))?;
    Ok(2)
}

/// Appends the replacement for match `m` (5.1's `add_value`).
fn add_value(vm: &mut Vm, out: &mut Vec<u8>, src: &[u8], m: &Match, repl: Value) -> LuaResult<()> {
    let v = if let Some(r) = repl.as_str() {
        let mut piece = Vec::new();
        if let Err(msg) = pattern::expand_replacement(r.as_bytes(), src, m, &mut piece) {
            return Err(vm.rt_error(&msg));
        }
        reserve(vm, out, piece.len())?;
        out.extend_from_slice(&piece);
        return Ok(());
    } else if repl.is_function() {
        let base = vm.top();
        vm.push(repl)?;
        let n = push_captures(vm, src, m, true)?;
        vm.call(base, n, 1)?;
        vm.pop()
    } else {
        let base = vm.top();
        push_capture(vm, src, m, 0)?;
        let key = vm.stack_get(base);
        let v = vm.index(repl, key)?;
        vm.set_top(base)?;
        v
    };
    if v.is_falsy() {
        let whole = &src[m.start..m.end];
        reserve(vm, out, whole.len())?;
        out.extend_from_slice(whole);
    } else if let Some(s) = v.as_str() {
        reserve(vm, out, s.len())?;
        out.extend_from_slice(s.as_bytes());
    } else if v.is_number() {
        crate::text::number::format_number(v.as_f64(), out);
    } else {
        let msg = format!("invalid replacement value (a {})", v.type_name());
        return Err(vm.rt_error(&msg));
    }
    Ok(())
}
