//! `ffi.metatype`: metatables of struct and union types, which apply to their
//! values, pointers and references (and `__index` to the ctype itself), and
//! the dispatch of cdata metamethods to them.

use crate::ctype::{id, CTypeId, CTypes, Kind};
use crate::library::*;
use lunavm_vm::value::Gc;
use lunavm_vm::{LuaResult, Value, Vm};

fn metatypes(vm: &mut Vm) -> LuaResult<Option<Gc<lunavm_vm::table::Table>>> {
    let reg = vm.registry();
    Ok(vm.table_get_str(reg, "ffi.metatypes")?.as_table())
}

/// `ffi.metatype(ct, mt)`: the metatable of a struct or union type (and of
/// pointers and references to it). It cannot be changed once set.
pub(crate) fn ffi_metatype(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let rec = {
        let mut st = st.borrow_mut();
        let types = &mut st.types;
        let ty = check_ctype(vm, types, 1)?;
        if !types.get(ty).is_record() {
            return Err(vm.arg_error(1, "struct or union type expected"));
        }
        types.unqualified(ty)
    };
    let mt = vm.check_table(2)?;
    let Some(all) = metatypes(vm)? else {
        return Ok(0);
    };
    if st.borrow().metatyped.contains_key(&rec) {
        return Err(fail_at(vm, "cannot change a protected metatable"));
    }
    vm.table_set(all, Value::number(rec as f64), mt.to_value())?;
    st.borrow_mut().metatyped.insert(rec, mt.to_value());
    let v = new_ctype_obj(vm, rec)?;
    vm.push(v)?;
    Ok(1)
}

/// The struct or union a cdata is, points to or refers to, or a ctype object
/// names (qualifiers removed), for metatype lookups.
fn record_of(types: &mut CTypes, v: Value) -> Option<CTypeId> {
    let cd = v.as_cdata()?;
    let mut ty = ctype_of(cd);
    if let Kind::Ref(t) | Kind::Ptr(t) = types.get(ty).kind {
        ty = t;
    }
    types.get(ty).is_record().then(|| types.unqualified(ty))
}

/// Handler `name` of the metatype of `v`, if it has one.
#[inline]
pub(crate) fn metatype_handler(
    vm: &mut Vm,
    st: &Shared,
    v: Value,
    name: &str,
) -> LuaResult<Option<Value>> {
    if st.borrow().metatyped.is_empty() {
        return Ok(None); // the common case, decided without any lookup
    }
    find_metatype_handler(vm, st, v, name)
}

#[inline(never)]
fn find_metatype_handler(
    vm: &mut Vm,
    st: &Shared,
    v: Value,
    name: &str,
) -> LuaResult<Option<Value>> {
    let Some(rec) = record_of(&mut st.borrow_mut().types, v) else {
        return Ok(None);
    };
    let Some(mt) = st.borrow().metatyped.get(&rec).and_then(|m| m.as_table()) else {
        return Ok(None);
    };
    let h = vm.table_get_str(mt, name)?;
    Ok((!h.is_nil()).then_some(h))
}

/// Calls the metatype handler `name` of the first of the running native's
/// (two) operands that has one, with all its arguments, leaving the results
/// pushed; None when neither has one.
#[inline]
pub(crate) fn try_metatype(vm: &mut Vm, st: &Shared, name: &str) -> LuaResult<Option<usize>> {
    if st.borrow().metatyped.is_empty() {
        return Ok(None);
    }
    call_metatype(vm, st, name)
}

#[inline(never)]
fn call_metatype(vm: &mut Vm, st: &Shared, name: &str) -> LuaResult<Option<usize>> {
    let args = args(vm);
    for &v in args.iter().take(2) {
        if v.as_cdata().is_some_and(|cd| cd.ctype() == id::CTYPE) {
            continue; // ctype objects construct and print as themselves
        }
        if let Some(h) = metatype_handler(vm, st, v, name)? {
            return Ok(Some(vm.call_multi(h, &args)?));
        }
    }
    Ok(None)
}

/// All arguments of the running native.
pub(crate) fn args(vm: &Vm) -> Vec<Value> {
    (1..=vm.nargs()).map(|i| vm.arg(i)).collect()
}
