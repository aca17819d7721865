//! Calling cdata: ctype objects construct, function pointers call C (with
//! Lua functions passed for function pointers turned into callbacks), and the
//! `free`/`set` methods of callbacks.

use crate::conv::{load_from_c, new_pointer, stored_ptr};
use crate::ctype::{id, CTypeId, CTypes, Kind};
use crate::library::*;
use crate::mem;
use crate::metatype::*;
use crate::{call, callback};
use lunavm_vm::cdata::Cdata;
use lunavm_vm::func::NativeFn;
use lunavm_vm::value::Gc;
use lunavm_vm::{LuaResult, Value, Vm};
use std::rc::Rc;

/// `__call`: a ctype object constructs (`ffi.new`, or its metatype's `__new`),
/// a function pointer calls C.
pub(crate) fn cdata_call(vm: &mut Vm) -> LuaResult<usize> {
    let Some(cd) = vm.arg(1).as_cdata() else {
        return Ok(0);
    };
    let st = state(vm);
    if let Some(n) = try_metatype(vm, &st, "__call")? {
        return Ok(n);
    }
    if cd.ctype() == id::CTYPE {
        // A metatype's `__new` constructs instead (called with the ctype).
        if let Some(h) = metatype_handler(vm, &st, cd.to_value(), "__new")? {
            let args: Vec<Value> = (1..=vm.nargs()).map(|i| vm.arg(i)).collect();
            return vm.call_multi(h, &args);
        }
        if let Some(cb) = new_callback(vm, &st, ctype_of(cd), 2)? {
            vm.push(cb)?;
            return Ok(1);
        }
        let v = new_object(vm, &mut st.borrow_mut().types, ctype_of(cd), 2)?;
        vm.push(v)?;
        metatype_finalizer(vm, v)?;
        return Ok(1);
    }
    let callable = call::callable(&st.borrow().types, cd.to_value());
    let Some((fty, fptr)) = callable else {
        let what = st.borrow().types.repr(cd.ctype());
        return Err(vm.raise_msg(&format!("'{what}' is not callable")));
    };
    if st.borrow().callbacks.is_freed(fptr) {
        return Err(vm.rt_error("bad callback"));
    }
    // The arguments, in place up to the usual few.
    let nargs = vm.nargs().saturating_sub(1);
    let mut inline = [Value::NIL; call::INLINE_ARGS];
    let mut more = Vec::new();
    let args: &mut [Value] = if nargs <= call::INLINE_ARGS {
        for (i, a) in inline[..nargs].iter_mut().enumerate() {
            *a = vm.arg(i + 2);
        }
        &mut inline[..nargs]
    } else {
        more.extend((2..=vm.nargs()).map(|i| vm.arg(i)));
        &mut more[..]
    };
    if !args.iter().any(|a| a.is_function()) {
        return call_c(vm, &st, fty, fptr, args);
    }
    // Lua functions passed for function pointers become callbacks for the
    // duration of the call.
    let params = match &st.borrow().types.get(fty).kind {
        Kind::Func { params, .. } => params.clone(),
        _ => Vec::new(),
    };
    let mut temporary = Vec::new();
    for (i, &p) in params.iter().enumerate() {
        if args.get(i).is_some_and(|a| a.is_function()) && is_func_ptr(&st.borrow().types, p) {
            args[i] = make_callback(vm, &st, p, args[i])?;
            vm.set_arg(i + 2, args[i]); // keeps the callback cdata reachable
            temporary.push(stored_ptr(args[i].as_cdata().expect("made above")));
        }
    }
    let result = call_c(vm, &st, fty, fptr, args);
    for addr in temporary {
        let slot = st.borrow_mut().callbacks.retire(addr);
        if let Some(slot) = slot {
            clear_callback_slot(vm, slot)?;
        }
    }
    result
}

/// Calls the C function at `fptr` of type `fty` with `args`; pushes its result.
fn call_c(vm: &mut Vm, st: &Shared, fty: CTypeId, fptr: u64, args: &[Value]) -> LuaResult<usize> {
    // Placed at the call and naming the function as its caller spells it
    // (`bad argument #1 to 'strlen'`), as LuaJIT raises them.
    let mut call_args = call::CallArgs::default();
    let prepared = {
        let mut guard = st.borrow_mut();
        let ffi = &mut *guard;
        call::prepare(
            &mut ffi.types,
            &mut ffi.calls,
            fty,
            fptr,
            args,
            &mut call_args,
        )
    };
    let prepared = prepared.map_err(|e| match e {
        call::CallError::Arg(n, m) => vm.arg_error(n, &m),
        call::CallError::Other(m) => vm.rt_error(&m),
    })?;
    // Output order as with one stdio: Lua's buffered output goes out before C
    // writes, and C's buffered output right after.
    vm.flush_stdout();
    // No borrow of the state across the call: C may call back into Lua.
    let result = prepared.invoke(&mut call_args);
    st.borrow().errno.set(mem::errno());
    mem::flush_c_stdio();
    if st.borrow().callback_error.get() {
        st.borrow().callback_error.set(false);
        let reg = vm.registry();
        let err = vm.table_get_str(reg, callback::ERROR_KEY)?;
        if !err.is_nil() {
            vm.table_set_str(reg, callback::ERROR_KEY, Value::NIL)?;
            return Err(vm.raise(err));
        }
    }
    let (rty, mut bytes) = match result {
        call::CallResult::Void => return Ok(0),
        call::CallResult::Number(n) => {
            vm.push_unchecked(Value::number(n));
            vm.gc_check()?;
            return Ok(1);
        }
        call::CallResult::Bytes(rty, bytes) => (rty, bytes),
    };
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    let v = if types.get(rty).is_record() {
        // A struct result is a new object holding a copy.
        let size = types.get(rty).size;
        let out = vm.new_cdata(rty, size as usize)?;
        mem::copy(out.data_ptr() as u64, bytes.addr(), size).map_err(|m| fail_at(vm, m))?;
        out.to_value()
    } else {
        load_from_c(vm, types, rty, bytes.addr())?
    };
    drop(st);
    // (Within the room every native has.)
    vm.push_unchecked(v);
    vm.gc_check()?;
    Ok(1)
}

pub(crate) fn is_func_ptr(types: &CTypes, ty: CTypeId) -> bool {
    types.target(ty).is_some_and(|t| types.get(t).is_func()) && types.get(ty).is_pointer()
}

/// `cb.free` and `cb.set` of a callback's function pointer.
#[inline]
pub(crate) fn callback_method(vm: &mut Vm, cd: Gc<Cdata>, key: Value) -> LuaResult<Option<Value>> {
    let f: NativeFn = match key.as_str().map(|s| s.as_bytes()) {
        Some(b"free") => callback_free,
        Some(b"set") => callback_set,
        _ => return Ok(None),
    };
    callback_method_of(vm, cd, f)
}

#[inline(never)]
fn callback_method_of(vm: &mut Vm, cd: Gc<Cdata>, f: NativeFn) -> LuaResult<Option<Value>> {
    // Every function pointer has them; they fail on what is not a live callback.
    if !is_func_ptr(&state(vm).borrow().types, cd.ctype()) {
        return Ok(None);
    }
    let state = vm.native_upvalue(0);
    Ok(Some(native(vm, f, state)?))
}

/// The callback-table slot of a callback's function pointer cdata.
fn callback_slot(vm: &Vm, v: Value) -> Option<i64> {
    let cd = v.as_cdata()?;
    let st = state(vm);
    let st = st.borrow();
    if !is_func_ptr(&st.types, cd.ctype()) {
        return None;
    }
    st.callbacks.slot_of(stored_ptr(cd))
}

/// Empties a callback's slot in the registry's table of callback functions.
fn clear_callback_slot(vm: &mut Vm, slot: i64) -> LuaResult<()> {
    let reg = vm.registry();
    if let Some(funcs) = vm.table_get_str(reg, callback::FUNCS_KEY)?.as_table() {
        vm.table_set(funcs, Value::number(slot as f64), Value::NIL)?;
    }
    Ok(())
}

fn callback_free(vm: &mut Vm) -> LuaResult<usize> {
    let addr = vm.arg(1).as_cdata().map(stored_ptr).unwrap_or(0);
    let slot = state(vm).borrow_mut().callbacks.free(addr);
    match slot {
        Some(slot) => clear_callback_slot(vm, slot)?,
        None => return Err(vm.arg_error(1, "bad callback")),
    }
    Ok(0)
}

fn callback_set(vm: &mut Vm) -> LuaResult<usize> {
    let f = vm.check_function(2)?;
    set_callback_function(vm, f)
}

fn set_callback_function(vm: &mut Vm, f: Value) -> LuaResult<usize> {
    let Some(slot) = callback_slot(vm, vm.arg(1)) else {
        return Err(vm.arg_error(1, "bad callback"));
    };
    let reg = vm.registry();
    if let Some(funcs) = vm.table_get_str(reg, callback::FUNCS_KEY)?.as_table() {
        vm.table_set(funcs, Value::number(slot as f64), f)?;
    }
    Ok(0)
}

/// `ffi.new(fptr_type, f)` and `fptr_type(f)` for a Lua function `f` (argument
/// `n`): a callback, as `ffi.cast` makes.
pub(crate) fn new_callback(
    vm: &mut Vm,
    st: &Shared,
    ty: CTypeId,
    n: usize,
) -> LuaResult<Option<Value>> {
    let f = vm.arg(n);
    if !f.is_function() || !is_func_ptr(&st.borrow().types, ty) {
        return Ok(None);
    }
    make_callback(vm, st, ty, f).map(Some)
}

/// A callback for Lua function `f` as a function pointer of type `ptr_ty`.
pub(crate) fn make_callback(
    vm: &mut Vm,
    st: &Shared,
    ptr_ty: CTypeId,
    f: Value,
) -> LuaResult<Value> {
    let reg = vm.registry();
    let Some(funcs) = vm.table_get_str(reg, callback::FUNCS_KEY)?.as_table() else {
        return Err(fail_at(vm, "callbacks are not available"));
    };
    let fty = st.borrow().types.target(ptr_ty).unwrap_or(id::VOID);
    // A pooled callback of the same prototype, else a new one.
    let reused = st.borrow_mut().callbacks.reuse(fty);
    let addr = match reused {
        Some(addr) => addr,
        None => {
            let slot = st.borrow_mut().callbacks.new_slot();
            let made = callback::create(vm, &st.borrow().types, Rc::downgrade(st), fty, slot);
            // What a callback cannot be (a vararg one, one returning an
            // aggregate) is a failed conversion, in LuaJIT's words.
            let cb = made.map_err(|_| {
                st.borrow_mut().callbacks.release_slot(slot);
                let what = st.borrow().types.repr(ptr_ty);
                fail_at(vm, format!("cannot convert 'function' to '{what}'"))
            })?;
            st.borrow_mut().callbacks.add(cb)
        }
    };
    let slot = st.borrow().callbacks.slot_of(addr).unwrap_or(0);
    vm.table_set(funcs, Value::number(slot as f64), f)?;
    new_pointer(vm, ptr_ty, addr)
}
