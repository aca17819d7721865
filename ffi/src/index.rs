//! Indexing cdata (LuaJIT's lj_cdata_index): array and pointer elements,
//! struct and union members (through pointers and references too), bit
//! fields, with metatype `__index`/`__newindex` for what is not a member.

use crate::conv::{self, load, num2i64, object, Scalar};
use crate::ctype::{id, CTypeId, CTypes, Kind};
use crate::invoke::*;
use crate::library::*;
use crate::mem;
use crate::metatype::*;
use lunavm_vm::cdata::Cdata;
use lunavm_vm::value::Gc;
use lunavm_vm::{LuaError, LuaResult, Value, Vm};

/// The element or member `key` designates in cdata `cd`: its type and
/// address, or its bit field.
struct Place {
    ty: CTypeId,
    addr: u64,
    bits: Option<(u32, u32)>,
    /// The part of a complex number (`re`, `im`): readable, never writable.
    constant: bool,
}

/// What a key designates in a cdata: an element or member, or a constant
/// of its struct or union.
enum Found {
    Place(Place),
    Const(i64),
}

fn place(vm: &mut Vm, types: &CTypes, cd: Gc<Cdata>, key: Value) -> LuaResult<Found> {
    let (ty, addr) = object(types, cd);
    let ct = types.get(ty);
    // A number (or a string that converts to one) or an integer cdata
    // indexes elements; only arrays, pointers and vectors have them.
    // (A NULL reference as the key is an error.)
    let index = |vm: &mut Vm| -> LuaResult<Option<i64>> {
        Ok(match key.as_cdata() {
            Some(k) => {
                conv::referent(types, k).map_err(|m| fail_at(vm, m))?;
                match conv::cdata_scalar(types, k) {
                    Ok(Scalar::Int(i, _)) => Some(i),
                    Ok(Scalar::Float(f)) => Some(num2i64(f)),
                    _ => None,
                }
            }
            None => key.to_number().map(num2i64),
        })
    };
    match ct.kind {
        Kind::Vector(t, _) => {
            if let Some(i) = index(vm)? {
                // Elements of a vector are read, never written (as in LuaJIT).
                let esize = types.get(t).size;
                return Ok(Found::Place(Place {
                    ty: t,
                    addr: addr.wrapping_add((i as u64).wrapping_mul(esize)),
                    bits: None,
                    constant: true,
                }));
            }
        }
        Kind::Ptr(t) | Kind::Array(t, ..) => {
            if let Some(i) = index(vm)? {
                let base = if ct.is_pointer() {
                    conv::pointer_at(types, ty, addr).map_err(|m| fail_at(vm, m))?
                } else {
                    addr
                };
                let esize = types.get(t).size;
                if esize == 0 && ct.is_pointer() {
                    // void, functions, incomplete structs (LuaJIT's words).
                    return Err(fail_at(vm, "size of C type is unknown or too large"));
                }
                return Ok(Found::Place(Place {
                    ty: t,
                    addr: base.wrapping_add((i as u64).wrapping_mul(esize)),
                    bits: None,
                    constant: false,
                }));
            }
        }
        _ => {}
    }
    if let Some(s) = key.as_str() {
        let name = s.as_bytes();
        // A constant of the struct or union (or of the one pointed to) first.
        let cty = match ct.kind {
            Kind::Ptr(t) => t,
            _ => ty,
        };
        if let Some(v) = const_named(types, cty, name) {
            return Ok(Found::Const(v));
        }
        let (rty, base) = match ct.kind {
            Kind::Ptr(t) if types.get(t).is_record() => (
                t,
                conv::pointer_at(types, ty, addr).map_err(|m| fail_at(vm, m))?,
            ),
            _ => (ty, addr),
        };
        let rct = types.get(rty);
        if rct.is_record() {
            if let Some(m) = types.member(rty, name) {
                // Members of a const struct (or of a const anonymous member)
                // are const too.
                return Ok(Found::Place(Place {
                    ty: m.ty,
                    addr: base.wrapping_add(m.offset),
                    bits: m.bits,
                    constant: rct.is_const || m.in_const,
                }));
            }
        }
        if ct.kind == Kind::Complex && (name == b"re" || name == b"im") {
            let half = ct.size / 2;
            return Ok(Found::Place(Place {
                ty: if half == 4 { id::FLOAT } else { id::DOUBLE },
                addr: addr + if name == b"im" { half } else { 0 },
                bits: None,
                constant: true,
            }));
        }
        let what = types.repr(rty);
        let name = String::from_utf8_lossy(name);
        return Err(fail_at(
            vm,
            format!("'{what}' has no member named '{name}'"),
        ));
    }
    // (A reference is named by what it refers to, as LuaJIT names it.)
    let what = types.repr(ty);
    let kt = key.type_name();
    Err(fail_at(
        vm,
        format!("'{what}' cannot be indexed with '{kt}'"),
    ))
}

/// The constant `key` names in the struct or union cdata `cd` is (or points
/// to, or, for a ctype object, names): a `static const` member or an enum
/// constant declared inside it.
fn record_const(types: &CTypes, cd: Gc<Cdata>, key: Value) -> Option<i64> {
    let name = key.as_str()?;
    let ty = if cd.ctype() == id::CTYPE {
        ctype_of(cd)
    } else {
        object(types, cd).0
    };
    let rty = match types.get(ty).kind {
        Kind::Ptr(t) => t,
        _ => ty,
    };
    const_named(types, rty, name.as_bytes())
}

/// The constant `name` declared in struct or union `rty`.
fn const_named(types: &CTypes, rty: CTypeId, name: &[u8]) -> Option<i64> {
    let consts = &types.get(rty).consts;
    if consts.is_empty() {
        return None;
    }
    consts
        .iter()
        .find(|(n, _)| n.as_bytes() == name)
        .map(|&(_, v)| v)
}

/// Indexing a ctype object (meaningful only with metatypes, not yet there).
fn ctype_index_error(vm: &mut Vm, types: &CTypes, cd: Gc<Cdata>, key: Value) -> LuaError {
    let what = types.repr(ctype_of(cd));
    match key.as_str() {
        Some(s) => {
            let name = String::from_utf8_lossy(s.as_bytes());
            fail_at(vm, format!("'{what}' has no member named '{name}'"))
        }
        None => {
            let kt = key.type_name();
            fail_at(vm, format!("'{what}' cannot be indexed with '{kt}'"))
        }
    }
}

/// Whether `key` names a member (or element) of the cdata, so that metatype
/// handlers do not apply.
fn is_member(vm: &mut Vm, cd: Gc<Cdata>, key: Value) -> bool {
    let st = state(vm);
    let st = st.borrow();
    let types = &st.types;
    let (ty, _) = object(types, cd);
    let ct = types.get(ty);
    let rty = match ct.kind {
        Kind::Ptr(t) if key.is_string() => t,
        Kind::Ptr(_) | Kind::Array(..) | Kind::Vector(..) => {
            return key.is_number() || key.is_cdata()
        }
        _ => ty,
    };
    match key.as_str() {
        Some(s) => types.member(rty, s.as_bytes()).is_some(),
        None => false,
    }
}

/// Whether `cd` is (or points to) a const struct or union.
fn is_const_record(types: &CTypes, cd: Gc<Cdata>) -> bool {
    if cd.ctype() == id::CTYPE {
        return false;
    }
    let (ty, _) = object(types, cd);
    let rty = match types.get(ty).kind {
        Kind::Ptr(t) => t,
        _ => ty,
    };
    let ct = types.get(rty);
    ct.is_record() && ct.is_const
}

pub(crate) fn cdata_index(vm: &mut Vm) -> LuaResult<usize> {
    let obj = vm.arg(1);
    let key = vm.arg(2);
    let Some(cd) = obj.as_cdata() else {
        return Ok(0);
    };
    let st = state(vm);
    if let Some(m) = callback_method(vm, cd, key)? {
        vm.push(m)?;
        return Ok(1);
    }
    if let Some(h) = metatype_handler(vm, &st, obj, "__index")? {
        if !is_member(vm, cd, key) {
            let v = if h.is_function() {
                vm.call_value(h, &[obj, key])?
            } else {
                vm.index(h, key)?
            };
            // A table that lacks the key leaves the "no member" error below.
            if !v.is_nil() || h.is_function() {
                vm.push(v)?;
                return Ok(1);
            }
        }
    }
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    if cd.ctype() == id::CTYPE {
        if let Some(v) = record_const(types, cd, key) {
            vm.push(Value::number(v as f64))?;
            return Ok(1);
        }
        return Err(ctype_index_error(vm, types, cd, key));
    }
    // (Constants of the struct come before its members.)
    let p = match place(vm, types, cd, key)? {
        Found::Place(p) => p,
        Found::Const(v) => {
            vm.push(Value::number(v as f64))?;
            return Ok(1);
        }
    };
    let v = match p.bits {
        Some((pos, width)) => {
            let ct = types.get(p.ty);
            let signed = ct.is_signed();
            let is_bool = ct.kind == Kind::Bool;
            let i = mem::read_bits(p.addr, pos, width, signed).map_err(|m| fail_at(vm, m))?;
            if is_bool {
                Value::boolean(i != 0)
            } else {
                Value::number(i as f64)
            }
        }
        None => {
            // An aggregate inside a const one is referenced as const.
            let ct = types.get(p.ty);
            let ty = if p.constant && (ct.is_record() || ct.is_array()) {
                types.qualified(p.ty, true, false)
            } else {
                p.ty
            };
            load(vm, types, ty, p.addr)?
        }
    };
    drop(st);
    // (Within the room every native has.)
    vm.push_unchecked(v);
    // Each load may make a cdata (a reference, a boxed integer).
    vm.gc_check()?;
    Ok(1)
}

pub(crate) fn cdata_newindex(vm: &mut Vm) -> LuaResult<usize> {
    let obj = vm.arg(1);
    let key = vm.arg(2);
    let val = vm.arg(3);
    let Some(cd) = obj.as_cdata() else {
        return Ok(0);
    };
    let st = state(vm);
    // A const struct takes no new keys, not even through `__newindex`.
    if !is_member(vm, cd, key) && is_const_record(&st.borrow().types, cd) {
        return Err(fail_at(vm, "attempt to write to constant location"));
    }
    if let Some(h) = metatype_handler(vm, &st, obj, "__newindex")? {
        if !is_member(vm, cd, key) {
            if h.is_function() {
                vm.call_value(h, &[obj, key, val])?;
            } else {
                vm.set_index(h, key, val)?;
            }
            return Ok(0);
        }
    }
    let st = st.borrow();
    let types = &st.types;
    if record_const(types, cd, key).is_some() {
        return Err(fail_at(vm, "attempt to write to constant location"));
    }
    if cd.ctype() == id::CTYPE {
        return Err(ctype_index_error(vm, types, cd, key));
    }
    let Found::Place(mut p) = place(vm, types, cd, key)? else {
        // Constants were refused above.
        return Err(fail_at(vm, "attempt to write to constant location"));
    };
    if let (Kind::Ref(t), None) = (&types.get(p.ty).kind, p.bits) {
        // A reference member is assigned through (what it refers to changes).
        p.addr = mem::read_int(p.addr, 8, false).map_err(|m| fail_at(vm, m))? as u64;
        p.ty = *t;
    }
    if p.constant || types.is_readonly(p.ty) {
        return Err(fail_at(vm, "attempt to write to constant location"));
    }
    // How far the object goes from the element or member on, when it is
    // this cdata's own payload (not memory behind a pointer or reference).
    let own = !matches!(types.get(cd.ctype()).kind, Kind::Ptr(_) | Kind::Ref(_));
    let end = cd.data_ptr() as u64 + cd.len() as u64;
    let room = own.then(|| end.saturating_sub(p.addr));
    let r = match p.bits {
        Some(bits) => conv::store_bits(types, p.ty, p.addr, bits, val),
        None => conv::store_at(types, p.ty, p.addr, val, room),
    };
    r.map_err(|m| fail_at(vm, m))?;
    Ok(0)
}
