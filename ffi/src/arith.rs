//! Arithmetic and comparison of cdata (LuaJIT's lj_carith): pointer
//! arithmetic and differences, 64-bit integer arithmetic (numeric cdata of any
//! kind compute as `int64_t`, or `uint64_t` when one side is), address and
//! integer comparisons, `ptr == nil`; the 64-bit `bit.*` operations.

use crate::conv::{self, box_int, new_pointer, num2i64, object, Scalar};
use crate::ctype::{id, CTypeId, CTypes, Kind};
use crate::library::*;
use crate::metatype::*;
use lunavm_vm::meta::Arith as Op;
use lunavm_vm::state::MM_NAMES;
use lunavm_vm::{LuaError, LuaResult, Value, Vm};

/// An arithmetic operand: a pointer (address, element type) or a number.
pub(crate) enum Operand {
    Ptr(u64, CTypeId),
    Int(i64, bool),
    Num(f64),
    Other,
}

/// The operand a value is; an error only where reading it fails (a
/// reference bound to NULL).
pub(crate) fn operand(types: &CTypes, v: Value) -> Result<Operand, &'static str> {
    if let Some(n) = v.to_number() {
        return Ok(Operand::Num(n));
    }
    let Some(cd) = v.as_cdata() else {
        return Ok(Operand::Other);
    };
    if cd.ctype() == id::CTYPE {
        return Ok(Operand::Other);
    }
    let (ty, addr) = conv::referent(types, cd)?;
    Ok(match types.get(ty).kind {
        Kind::Ptr(t) => Operand::Ptr(conv::pointer_at(types, ty, addr)?, t),
        // A C function compares by address (and has no size to step by).
        Kind::Func { .. } => Operand::Ptr(addr, ty),
        Kind::Array(e, ..) => Operand::Ptr(addr, e),
        Kind::Int { .. } | Kind::Enum | Kind::Bool => match conv::load_scalar(types, ty, addr) {
            Ok(Scalar::Int(i, u)) => Operand::Int(i, u),
            _ => Operand::Other,
        },
        Kind::Float => match conv::load_scalar(types, ty, addr) {
            Ok(Scalar::Float(f)) => Operand::Num(f),
            _ => Operand::Other,
        },
        // Complex numbers take part in no arithmetic (as in LuaJIT).
        _ => Operand::Other,
    })
}

/// An operand of cdata arithmetic: LuaJIT computes on 64-bit integers even
/// for floating-point cdata (`ffi.new("double", 1.5) + 1` is `2LL`).
fn int_operand(types: &CTypes, v: Value) -> Result<Operand, &'static str> {
    Ok(match operand(types, v)? {
        Operand::Num(f) if v.is_cdata() => Operand::Int(num2i64(f), false),
        o => o,
    })
}

fn arith(vm: &mut Vm, op: Op) -> LuaResult<usize> {
    let name = MM_NAMES[op.mm() as usize];
    let shared = state(vm);
    if let Some(n) = try_metatype(vm, &shared, name)? {
        return Ok(n);
    }
    let (a, b) = (vm.arg(1), vm.arg(2));
    let mut st = shared.borrow_mut();
    let types = &mut st.types;
    let operands = int_operand(types, a).and_then(|x| Ok((x, int_operand(types, b)?)));
    let (x, y) = operands.map_err(|m| fail_at(vm, m))?;
    let r = match (x, y) {
        (Operand::Ptr(p, t), Operand::Ptr(q, u)) if op == Op::Sub => {
            let esize = types.get(t).size as i64;
            if esize == 0 || conv::strip(types, t) != conv::strip(types, u) {
                return Err(arith_error(vm, types, a, b));
            }
            // The difference is a plain number, as in LuaJIT.
            Value::number(((p as i64).wrapping_sub(q as i64) / esize) as f64)
        }
        (Operand::Ptr(p, t), n @ (Operand::Int(..) | Operand::Num(_)))
        | (n @ (Operand::Int(..) | Operand::Num(_)), Operand::Ptr(p, t))
            if op == Op::Add || (op == Op::Sub && a.is_cdata() && operand_is_ptr(types, a)) =>
        {
            let i = match n {
                Operand::Int(i, _) => i,
                Operand::Num(f) => num2i64(f),
                _ => 0,
            };
            let i = if op == Op::Sub { i.wrapping_neg() } else { i };
            let esize = types.get(t).size;
            if esize == 0 {
                return Err(arith_error(vm, types, a, b));
            }
            let pty = types.pointer_to(t);
            let addr = p.wrapping_add((i as u64).wrapping_mul(esize));
            new_pointer(vm, pty, addr)?
        }
        (x @ (Operand::Int(..) | Operand::Num(_)), y @ (Operand::Int(..) | Operand::Num(_))) => {
            let unsigned = matches!(x, Operand::Int(_, true)) || matches!(y, Operand::Int(_, true));
            let to_i = |o: &Operand| match *o {
                Operand::Int(i, _) => i,
                Operand::Num(f) if unsigned => conv::num2u64(f) as i64,
                Operand::Num(f) => num2i64(f),
                _ => 0,
            };
            let r = int_op(op, to_i(&x), to_i(&y), unsigned);
            box_int(vm, r, unsigned)?
        }
        _ => return Err(arith_error(vm, types, a, b)),
    };
    drop(st);
    vm.push(r)?;
    vm.gc_check()?;
    Ok(1)
}

fn operand_is_ptr(types: &CTypes, v: Value) -> bool {
    matches!(operand(types, v), Ok(Operand::Ptr(..)))
}

fn arith_error(vm: &mut Vm, types: &CTypes, a: Value, b: Value) -> LuaError {
    // A C function takes part as a pointer to it, and is named so.
    let name = |v: Value| match v.as_cdata() {
        Some(cd) if types.get(cd.ctype()).is_func() => types.repr_pointer_to(cd.ctype()),
        _ => conv::value_type_name(types, v),
    };
    let (x, y) = (name(a), name(b));
    fail_at(
        vm,
        format!("attempt to perform arithmetic on '{x}' and '{y}'"),
    )
}

/// 64-bit integer arithmetic as LuaJIT does it: wrapping, C division and
/// remainder (truncating) with 0x8000000000000000 for a zero divisor, and
/// integer powers.
fn int_op(op: Op, x: i64, y: i64, unsigned: bool) -> i64 {
    match op {
        Op::Add => x.wrapping_add(y),
        Op::Sub => x.wrapping_sub(y),
        Op::Mul => x.wrapping_mul(y),
        Op::Div | Op::Mod if y == 0 => i64::MIN,
        Op::Div if unsigned => ((x as u64) / (y as u64)) as i64,
        Op::Div => x.wrapping_div(y),
        Op::Mod if unsigned => ((x as u64) % (y as u64)) as i64,
        Op::Mod => x.wrapping_rem(y),
        Op::Pow => lunavm_vm::cdata::int64_pow(x, y, unsigned as u32),
        Op::Unm => x.wrapping_neg(),
    }
}

pub(crate) fn cdata_add(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Add)
}
pub(crate) fn cdata_sub(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Sub)
}
pub(crate) fn cdata_mul(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Mul)
}
pub(crate) fn cdata_div(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Div)
}
pub(crate) fn cdata_mod(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Mod)
}
pub(crate) fn cdata_pow(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Pow)
}

pub(crate) fn cdata_unm(vm: &mut Vm) -> LuaResult<usize> {
    let shared = state(vm);
    if let Some(n) = try_metatype(vm, &shared, "__unm")? {
        return Ok(n);
    }
    let a = vm.arg(1);
    let st = shared.borrow();
    let x = int_operand(&st.types, a).map_err(|m| fail_at(vm, m))?;
    let r = match x {
        Operand::Int(i, u) => box_int(vm, i.wrapping_neg(), u)?,
        _ => {
            // LuaJIT names the operand twice (it is both of the operation's).
            let x = conv::value_type_name(&st.types, a);
            return Err(fail_at(
                vm,
                format!("attempt to perform arithmetic on '{x}' and '{x}'"),
            ));
        }
    };
    drop(st);
    vm.push(r)?;
    vm.gc_check()?;
    Ok(1)
}

// ------------------------------------------------------------------ comparison

/// Compares two operands: Some(ordering) when comparable; an error where
/// reading one fails.
fn compare(types: &CTypes, a: Value, b: Value) -> Result<Option<std::cmp::Ordering>, &'static str> {
    // nil is NULL; a string is the address of its bytes (so a `const char *`
    // made from an interned string equals it, as in LuaJIT).
    let as_addr = |v: Value, o: &Operand| match o {
        Operand::Ptr(p, _) => Some(*p),
        _ if v.is_nil() => Some(0),
        _ => v.as_str().map(|s| s.as_bytes().as_ptr() as u64),
    };
    let (x, y) = (int_operand(types, a)?, int_operand(types, b)?);
    if let (Some(p), Some(q)) = (as_addr(a, &x), as_addr(b, &y)) {
        if matches!(x, Operand::Ptr(..)) || matches!(y, Operand::Ptr(..)) {
            return Ok(Some(p.cmp(&q)));
        }
    }
    Ok(match (x, y) {
        (Operand::Num(x), Operand::Num(y)) => x.partial_cmp(&y),
        (x @ (Operand::Int(..) | Operand::Num(_)), y @ (Operand::Int(..) | Operand::Num(_))) => {
            let unsigned = matches!(x, Operand::Int(_, true)) || matches!(y, Operand::Int(_, true));
            let to_i = |o: &Operand| match *o {
                Operand::Int(i, _) => i,
                Operand::Num(f) if unsigned => conv::num2u64(f) as i64,
                Operand::Num(f) => num2i64(f),
                _ => 0,
            };
            let (i, j) = (to_i(&x), to_i(&y));
            Some(if unsigned {
                (i as u64).cmp(&(j as u64))
            } else {
                i.cmp(&j)
            })
        }
        _ => None,
    })
}

/// `e == "NAME"` for an enum cdata `e`: whether NAME is the constant of that
/// enum with its value (None when `a` is not an enum or `b` not a string).
fn enum_eq_name(types: &CTypes, a: Value, b: Value) -> Option<bool> {
    let cd = a.as_cdata()?;
    let name = b.as_str()?;
    let (ty, addr) = object(types, cd);
    if types.get(ty).kind != Kind::Enum {
        return None;
    }
    let v = crate::mem::read_int(addr, 4, types.get(ty).is_signed()).ok()?;
    let c = types
        .constants
        .get(String::from_utf8_lossy(name.as_bytes()).as_ref())?;
    Some(c.value == v && conv::strip(types, c.ty) == conv::strip(types, ty))
}

pub(crate) fn cdata_eq(vm: &mut Vm) -> LuaResult<usize> {
    let shared = state(vm);
    if let Some(n) = try_metatype(vm, &shared, "__eq")? {
        return Ok(n);
    }
    let (a, b) = (vm.arg(1), vm.arg(2));
    let st = shared.borrow();
    if let Some(eq) = enum_eq_name(&st.types, a, b).or_else(|| enum_eq_name(&st.types, b, a)) {
        vm.push_bool(eq)?;
        return Ok(1);
    }
    let eq = match (a.as_cdata(), b.as_cdata()) {
        (Some(x), Some(y)) if x.ctype() == id::CTYPE || y.ctype() == id::CTYPE => {
            x.ctype() == y.ctype() && ctype_of(x) == ctype_of(y)
        }
        _ => match compare(&st.types, a, b).map_err(|m| fail_at(vm, m))? {
            Some(o) => o.is_eq(),
            // Aggregates compare by address.
            None => match (a.as_cdata(), b.as_cdata()) {
                (Some(x), Some(y)) => object(&st.types, x).1 == object(&st.types, y).1,
                _ => false,
            },
        },
    };
    vm.push_bool(eq)?;
    Ok(1)
}

fn order(vm: &mut Vm, name: &str, want: fn(std::cmp::Ordering) -> bool) -> LuaResult<usize> {
    let shared = state(vm);
    if let Some(n) = try_metatype(vm, &shared, name)? {
        return Ok(n);
    }
    let (a, b) = (vm.arg(1), vm.arg(2));
    let st = shared.borrow();
    match compare(&st.types, a, b).map_err(|m| fail_at(vm, m))? {
        Some(o) => {
            vm.push_bool(want(o))?;
            Ok(1)
        }
        None => {
            let (x, y) = (
                conv::value_type_name(&st.types, a),
                conv::value_type_name(&st.types, b),
            );
            Err(fail_at(vm, format!("attempt to compare '{x}' with '{y}'")))
        }
    }
}

pub(crate) fn cdata_lt(vm: &mut Vm) -> LuaResult<usize> {
    order(vm, "__lt", |o| o.is_lt())
}
pub(crate) fn cdata_le(vm: &mut Vm) -> LuaResult<usize> {
    order(vm, "__le", |o| o.is_le())
}

/// The `bit` library on cdata (`bit.band(x, 0xffLL)`): called by the VM's bit
/// functions as `__bit(op, args...)` when a value argument is cdata. Results
/// are `int64_t`, or `uint64_t` if an operand is; `tobit` gives a number and
/// `tohex` 16 digits by default.
pub(crate) fn cdata_bit(vm: &mut Vm) -> LuaResult<usize> {
    let op = vm.check_str(1)?;
    let op = String::from_utf8_lossy(op.as_bytes()).into_owned();
    let st = state(vm);
    let mut vals = Vec::new();
    let mut unsigned = false;
    for i in 2..=vm.nargs() {
        let v = vm.arg(i);
        let x = int_operand(&st.borrow().types, v);
        let x = match x.map_err(|m| fail_at(vm, m))? {
            Operand::Int(x, u) => {
                unsigned |= u;
                x
            }
            Operand::Num(f) => num2i64(f),
            Operand::Ptr(p, _) => p as i64,
            Operand::Other => {
                let msg = format!("number expected, got {}", v.type_name());
                return Err(vm.arg_error(i - 1, &msg));
            }
        };
        vals.push(x);
    }
    let Some(&x) = vals.first() else {
        return Err(vm.type_arg_error(1, "number"));
    };
    let count = || vals.get(1).map_or(0, |&n| (n & 63) as u32);
    let r = match op.as_str() {
        "tobit" => {
            vm.push(Value::number(x as i32 as f64))?;
            return Ok(1);
        }
        "tohex" => {
            let n = vals.get(1).copied().unwrap_or(16).clamp(-16, 16) as i32;
            let digits = n.unsigned_abs() as usize;
            let mut v = x as u64;
            if digits < 16 {
                v &= (1u64 << (4 * digits)) - 1;
            }
            let text = if n < 0 {
                format!("{v:0digits$X}")
            } else {
                format!("{v:0digits$x}")
            };
            vm.push_str(text.as_bytes())?;
            return Ok(1);
        }
        "band" => vals.iter().fold(-1, |a, b| a & b),
        "bor" => vals.iter().fold(0, |a, b| a | b),
        "bxor" => vals.iter().fold(0, |a, b| a ^ b),
        "bnot" => !x,
        "bswap" => x.swap_bytes(),
        "lshift" => ((x as u64) << count()) as i64,
        "rshift" => ((x as u64) >> count()) as i64,
        "arshift" => x >> count(),
        "rol" => x.rotate_left(count()),
        "ror" => x.rotate_right(count()),
        _ => return Err(fail_at(vm, format!("unknown bit operation '{op}'"))),
    };
    let v = box_int(vm, r, unsigned)?;
    vm.push(v)?;
    Ok(1)
}
