//! The table library (Lua 5.1's ltablib).
//!
//! Every access is raw, as in 5.1. `sort` is 5.1's quicksort step for step, so
//! inconsistent comparators give the same orders and the same "invalid order
//! function for sorting" errors. Values compared by `sort` and keys walked by
//! `foreach` live in stack slots while Lua code runs, never only in Rust locals.

use super::support::reserve;
use crate::state::{Mm, Vm};
use crate::table::Table;
use crate::value::{Gc, Value};
use crate::LuaResult;

pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    vm.new_lib(
        "table",
        &[
            ("concat", concat),
            ("foreach", foreach),
            ("foreachi", foreachi),
            ("getn", getn),
            ("insert", insert),
            ("maxn", maxn),
            ("move", move_),
            ("remove", remove),
            ("setn", setn),
            ("sort", sort),
        ],
    )?;
    Ok(())
}

/// `table.move(a1, f, e, t [, a2])` (LuaJIT 2.1, from 5.3): copies a1[f..e] to
/// a2[t..] in the order that keeps overlapping ranges intact; returns a2
/// (default a1). Accesses are raw, as LuaJIT's are.
fn move_(vm: &mut Vm) -> LuaResult<usize> {
    let src = vm.check_table(1)?;
    let f = vm.check_integer(2)?;
    let e = vm.check_integer(3)?;
    let t = vm.check_integer(4)?;
    let dst = if vm.arg(5).is_nil() {
        src
    } else {
        vm.check_table(5)?
    };
    if e >= f {
        let Some(n) = e.checked_sub(f) else {
            return Err(vm.arg_error(3, "too many elements to move"));
        };
        if t.checked_add(n).is_none() {
            return Err(vm.arg_error(4, "destination wrap around"));
        }
        let copy = |vm: &mut Vm, i: i64| -> LuaResult<()> {
            let v = src.get_int(f + i);
            raw_set_int(vm, dst, t + i, v)
        };
        if t > e || t <= f || src != dst {
            for i in 0..=n {
                copy(vm, i)?;
            }
        } else {
            for i in (0..=n).rev() {
                copy(vm, i)?;
            }
        }
    }
    vm.push(dst.to_value())?;
    Ok(1)
}

/// `table.new(narray, nhash)` (LuaJIT's `require "table.new"`): an empty table
/// with room for that many entries.
fn new(vm: &mut Vm) -> LuaResult<usize> {
    let narr = vm.check_integer(1)?.clamp(0, u32::MAX as i64) as u32;
    let nhash = vm.check_integer(2)?.clamp(0, u32::MAX as i64) as u32;
    // LuaJIT's array part also has slot 0.
    let Some(t) = Table::new(&mut vm.heap, narr.saturating_add(1), nhash) else {
        return Err(vm.rt_error("table overflow"));
    };
    vm.push(t.to_value())?;
    Ok(1)
}

/// `table.clear(t)` (LuaJIT's `require "table.clear"`): removes every entry and
/// keeps the allocation.
fn clear(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_table(1)?.clear();
    Ok(0)
}

/// Loaders for `package.preload["table.new"]` and `["table.clear"]`.
pub(super) fn preload_new(vm: &mut Vm) -> LuaResult<usize> {
    let f = vm.new_native(new, 0)?;
    vm.push(f.to_value())?;
    Ok(1)
}
pub(super) fn preload_clear(vm: &mut Vm) -> LuaResult<usize> {
    let f = vm.new_native(clear, 0)?;
    vm.push(f.to_value())?;
    Ok(1)
}

/// 5.1's `aux_getn`: checks for a table and returns its raw length.
fn check_getn(vm: &mut Vm, n: usize) -> LuaResult<(Gc<Table>, i64)> {
    let t = vm.check_table(n)?;
    Ok((t, t.length() as i64))
}

fn raw_set_int(vm: &mut Vm, t: Gc<Table>, k: i64, v: Value) -> LuaResult<()> {
    match t.set_int(&mut vm.heap, k, v) {
        Ok(()) => Ok(()),
        Err(e) => Err(vm.set_error(e)),
    }
}

fn getn(vm: &mut Vm) -> LuaResult<usize> {
    let (_, n) = check_getn(vm, 1)?;
    vm.push(Value::num(n as f64))?;
    Ok(1)
}

fn setn(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_table(1)?;
    Err(vm.rt_error("'setn' is obsolete"))
}

fn maxn(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let mut max = 0.0f64;
    let mut pos = 0;
    while let Some((next, k, _)) = t.entry_at(pos) {
        pos = next;
        if k.is_number() && k.as_f64() > max {
            max = k.as_f64();
        }
    }
    vm.push(Value::num(max))?;
    Ok(1)
}

fn insert(vm: &mut Vm) -> LuaResult<usize> {
    let (t, n) = check_getn(vm, 1)?;
    let mut e = n + 1;
    let pos = match vm.nargs() {
        2 => e,
        3 => {
            // luaL_checkint: a C int.
            let pos = vm.check_integer(2)? as i32 as i64;
            if pos > e {
                e = pos;
            }
            let mut i = e;
            while i > pos {
                let v = t.get_int(i - 1);
                raw_set_int(vm, t, i, v)?;
                i -= 1;
            }
            pos
        }
        _ => return Err(vm.rt_error("wrong number of arguments to 'insert'")),
    };
    let v = vm.arg(vm.nargs());
    raw_set_int(vm, t, pos, v)?;
    Ok(0)
}

fn remove(vm: &mut Vm) -> LuaResult<usize> {
    let (t, e) = check_getn(vm, 1)?;
    let mut pos = vm.opt_integer(2, e)? as i32 as i64;
    if !(1 <= pos && pos <= e) {
        return Ok(0);
    }
    let result = t.get_int(pos);
    vm.push(result)?;
    while pos < e {
        let v = t.get_int(pos + 1);
        raw_set_int(vm, t, pos, v)?;
        pos += 1;
    }
    raw_set_int(vm, t, e, Value::NIL)?;
    Ok(1)
}

fn concat(vm: &mut Vm) -> LuaResult<usize> {
    let sep = match vm.opt_str(2)? {
        Some(s) => s.as_bytes().to_vec(),
        None => Vec::new(),
    };
    let t = vm.check_table(1)?;
    let mut i = vm.opt_integer(3, 1)? as i32 as i64;
    let last = if vm.arg(4).is_nil() {
        t.length() as i64
    } else {
        vm.check_integer(4)? as i32 as i64
    };
    let mut buf: Vec<u8> = Vec::new();
    while i <= last {
        let v = t.get_int(i);
        if let Some(s) = v.as_str() {
            reserve(vm, &mut buf, s.len())?;
            buf.extend_from_slice(s.as_bytes());
        } else if v.is_number() {
            crate::text::number::format_number(v.as_f64(), &mut buf);
        } else {
            let msg = format!(
                "invalid value ({}) at index {} in table for 'concat'",
                v.type_name(),
                i
            );
            return Err(vm.rt_error(&msg));
        }
        if i < last {
            reserve(vm, &mut buf, sep.len())?;
            buf.extend_from_slice(&sep);
        }
        i += 1;
    }
    vm.push_str(&buf)?;
    Ok(1)
}

fn foreachi(vm: &mut Vm) -> LuaResult<usize> {
    let (t, n) = check_getn(vm, 1)?;
    let f = vm.check_function(2)?;
    for i in 1..=n {
        let v = t.get_int(i);
        let r = vm.call_value(f, &[Value::num(i as f64), v])?;
        if !r.is_nil() {
            vm.push(r)?;
            return Ok(1);
        }
    }
    Ok(0)
}

fn foreach(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let f = vm.check_function(2)?;
    // The current key stays in a stack slot (argument 3) across the calls.
    vm.set_top(vm.base() + 2)?;
    vm.push(Value::NIL)?;
    let key_slot = vm.base() + 2;
    loop {
        let k = vm.stack_get(key_slot);
        let (k, v) = match t.next(k) {
            Ok(Some(kv)) => kv,
            Ok(None) => return Ok(0),
            Err(crate::table::InvalidKey) => return Err(vm.raise_msg("invalid key to 'next'")),
        };
        vm.stack_set(key_slot, k);
        let r = vm.call_value(f, &[k, v])?;
        if !r.is_nil() {
            vm.push(r)?;
            return Ok(1);
        }
    }
}

// ------------------------------------------------------------------- sort

/// The sort in progress: the table, the comparator (nil for `<`), and the stack
/// slots holding the pivot and the two values being compared.
struct Sorter {
    t: Gc<Table>,
    comp: Value,
    pivot: usize,
    a: usize,
    b: usize,
}

fn sort(vm: &mut Vm) -> LuaResult<usize> {
    let (t, n) = check_getn(vm, 1)?;
    if !vm.arg(2).is_nil() {
        vm.check_function(2)?;
    }
    let comp = vm.arg(2);
    let base = vm.base();
    vm.set_top(base + 2)?;
    for _ in 0..3 {
        vm.push(Value::NIL)?;
    }
    let mut s = Sorter {
        t,
        comp,
        pivot: base + 2,
        a: base + 3,
        b: base + 4,
    };
    auxsort(vm, &mut s, 1, n)?;
    Ok(0)
}

impl Sorter {
    fn load(&self, vm: &mut Vm, slot: usize, i: i64) {
        let v = self.t.get_int(i);
        vm.stack_set(slot, v);
    }

    /// `comp(stack[x], stack[y])`.
    fn less(&self, vm: &mut Vm, x: usize, y: usize) -> LuaResult<bool> {
        let (a, b) = (vm.stack_get(x), vm.stack_get(y));
        if self.comp.is_nil() {
            less_than(vm, a, b)
        } else {
            Ok(vm.call_value(self.comp, &[a, b])?.is_truthy())
        }
    }

    /// Stores `stack[x]` into `t[i]` and `stack[y]` into `t[j]`.
    fn set2(&self, vm: &mut Vm, i: i64, x: usize, j: i64, y: usize) -> LuaResult<()> {
        let (vx, vy) = (vm.stack_get(x), vm.stack_get(y));
        raw_set_int(vm, self.t, i, vx)?;
        raw_set_int(vm, self.t, j, vy)
    }
}

/// `lua_lessthan` as called from C: the messages carry no position.
fn less_than(vm: &mut Vm, a: Value, b: Value) -> LuaResult<bool> {
    if a.is_number() && b.is_number() {
        return Ok(a.as_f64() < b.as_f64());
    }
    if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
        return Ok(x.as_bytes() < y.as_bytes());
    }
    if a.itype() == b.itype() {
        if let Some(h) = vm.order_tm(a, b, Mm::Lt) {
            return Ok(vm.call_value(h, &[a, b])?.is_truthy());
        }
    }
    let (ta, tb) = (a.type_name(), b.type_name());
    let msg = if ta == tb {
        format!("attempt to compare two {ta} values")
    } else {
        format!("attempt to compare {ta} with {tb}")
    };
    Err(vm.raise_msg(&msg))
}

fn auxsort(vm: &mut Vm, s: &mut Sorter, mut l: i64, mut u: i64) -> LuaResult<()> {
    let (p, a, b) = (s.pivot, s.a, s.b);
    while l < u {
        // Sort a[l], a[(l+u)/2] and a[u].
        s.load(vm, a, l);
        s.load(vm, b, u);
        if s.less(vm, b, a)? {
            s.set2(vm, l, b, u, a)?;
        }
        if u - l == 1 {
            break;
        }
        let mut i = (l + u) / 2;
        s.load(vm, a, i);
        s.load(vm, b, l);
        if s.less(vm, a, b)? {
            s.set2(vm, i, b, l, a)?;
        } else {
            s.load(vm, b, u);
            if s.less(vm, b, a)? {
                s.set2(vm, i, b, u, a)?;
            }
        }
        if u - l == 2 {
            break;
        }
        // The pivot goes to a[u-1]; a[l] <= P == a[u-1] <= a[u].
        s.load(vm, p, i);
        s.load(vm, b, u - 1);
        s.set2(vm, i, b, u - 1, p)?;
        i = l;
        let mut j = u - 1;
        loop {
            // Repeat ++i until a[i] >= P.
            loop {
                i += 1;
                s.load(vm, a, i);
                if !s.less(vm, a, p)? {
                    break;
                }
                if i > u {
                    return Err(vm.rt_error("invalid order function for sorting"));
                }
            }
            // Repeat --j until a[j] <= P.
            loop {
                j -= 1;
                s.load(vm, b, j);
                if !s.less(vm, p, b)? {
                    break;
                }
                if j < l {
                    return Err(vm.rt_error("invalid order function for sorting"));
                }
            }
            if j < i {
                break;
            }
            s.set2(vm, i, b, j, a)?;
        }
        // Swap the pivot (a[u-1]) with a[i].
        s.load(vm, a, u - 1);
        s.load(vm, b, i);
        s.set2(vm, u - 1, b, i, a)?;
        // Recurse into the smaller half, loop on the larger one.
        let (lo, hi);
        if i - l < u - i {
            lo = l;
            hi = i - 1;
            l = i + 1;
        } else {
            lo = i + 1;
            hi = u;
            u = i - 1;
        }
        auxsort(vm, s, lo, hi)?;
    }
    Ok(())
}
