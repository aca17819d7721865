//! Callbacks: Lua functions as C function pointers, through libffi closures
//! (LuaJIT's lj_ccallback). A callback converts its C arguments to Lua values,
//! calls the function (protected: an error cannot unwind through C frames) and
//! converts the first result to the C result type.
//!
//! An error in a callback is kept (in the registry, so it stays alive) and
//! raised by the ffi call that led to it once C returns; until then further
//! invocations return zero without running Lua.
//!
//! Closures live as long as the VM. `cb:free()` releases the Lua function; a
//! freed callback called from C raises "bad callback" (LuaJIT's would run
//! freed memory). `cb:set(f)` replaces the function.

use crate::call::ffi_type;
use crate::conv;
use crate::ctype::{id, CTypeId, CTypes, Kind};
use libffi::middle::{Cif, Closure};
use lunavm_vm::Vm;
use std::ffi::c_void;

/// Registry keys: the table of callback functions and the pending error.
pub const FUNCS_KEY: &str = "ffi.callbacks";
pub const ERROR_KEY: &str = "ffi.callback_error";

/// What the trampoline needs: the VM, the function's slot in the registry
/// table, and the prototype.
pub struct CallbackData {
    vm: *mut Vm,
    slot: i64,
    params: Vec<CTypeId>,
    ret: CTypeId,
    state: std::rc::Weak<std::cell::RefCell<crate::library::Ffi>>,
}

/// A live callback: the closure and its (leaked, never freed) data.
pub struct Callback {
    closure: Closure<'static>,
    /// Index of its function in the registry's callback table.
    pub slot: i64,
}

impl Callback {
    /// The C function pointer.
    pub fn address(&self) -> u64 {
        *self.closure.code_ptr() as usize as u64
    }
}

/// Makes a callback with prototype `fty` for the function at index `slot` of
/// the registry's callback table.
pub fn create(
    vm: &mut Vm,
    types: &CTypes,
    state: std::rc::Weak<std::cell::RefCell<crate::library::Ffi>>,
    fty: CTypeId,
    slot: i64,
) -> Result<Callback, String> {
    let Kind::Func {
        ret,
        params,
        varargs,
    } = types.get(fty).kind.clone()
    else {
        return Err(format!("'{}' is not a function type", types.repr(fty)));
    };
    let rct = types.get(ret);
    if varargs || rct.is_record() || rct.is_array() {
        return Err(format!("NYI: callback of type '{}'", types.repr(fty)));
    }
    let mut arg_types = Vec::with_capacity(params.len());
    for &p in &params {
        arg_types.push(ffi_type(types, p)?);
    }
    let cif = Cif::new(arg_types, ffi_type(types, ret)?);
    let data: &'static CallbackData = Box::leak(Box::new(CallbackData {
        vm: vm as *mut Vm,
        slot,
        params,
        ret,
        state,
    }));
    let closure = Closure::new(cif, trampoline, data);
    Ok(Callback { closure, slot })
}

/// Entered from C through the libffi closure.
unsafe extern "C" fn trampoline(
    _cif: &libffi::low::ffi_cif,
    result: &mut u64,
    args: *const *const c_void,
    data: &CallbackData,
) {
    *result = 0;
    // SAFETY: a callback runs only while the VM that made it is alive and
    // inside a C call it started (the VM is single-threaded, and callbacks
    // called from elsewhere are the program's error, as in LuaJIT); the Vm is
    // boxed, so its address is stable. The native that made the C call holds
    // no reference into the VM's objects across the call.
    let vm = unsafe { &mut *data.vm };
    // SAFETY: libffi passes one pointer per parameter of the prototype.
    let args = unsafe { std::slice::from_raw_parts(args, data.params.len()) };
    let _ = run(vm, data, args, result as *mut u64 as u64);
}

fn run(vm: &mut Vm, data: &CallbackData, args: &[*const c_void], result: u64) -> Option<()> {
    let reg = vm.registry();
    if !vm.table_get_str(reg, ERROR_KEY).ok()?.is_nil() {
        return None; // an earlier invocation failed: run no more Lua
    }
    let state = data.state.upgrade()?;
    let func = vm
        .table_get_str(reg, FUNCS_KEY)
        .ok()?
        .as_table()?
        .get_int(data.slot);
    if func.is_nil() {
        // Freed with cb:free(): an error instead of LuaJIT's undefined behaviour.
        let msg = vm.str_value(b"bad callback").ok()?;
        let _ = vm.table_set_str(reg, ERROR_KEY, msg);
        return None;
    }
    let mut lua_args = Vec::with_capacity(args.len());
    {
        let mut st = state.borrow_mut();
        for (&ty, &p) in data.params.iter().zip(args) {
            lua_args.push(conv::load(vm, &mut st.types, ty, p as u64).ok()?);
        }
    }
    let top = vm.top();
    let r = vm.call_protected(func, &lua_args, 1);
    let v = vm.stack_get(top);
    let _ = vm.set_top(top);
    if r.is_err() {
        let err = vm.error_value();
        let _ = vm.table_set_str(reg, ERROR_KEY, err);
        return None;
    }
    let st = state.borrow();
    let types = &st.types;
    let ct = types.get(data.ret);
    // libffi reads integer results as a whole (widened) register.
    let rty = match ct.kind {
        Kind::Void => return Some(()),
        Kind::Int { signed: false } => id::UINT64,
        Kind::Int { .. } | Kind::Bool | Kind::Enum => id::INT64,
        _ => data.ret,
    };
    // Converted to the declared type first, for the error message.
    let mut check = 0u64;
    let checked = conv::store(types, data.ret, &mut check as *mut u64 as u64, v, false);
    if let Err(m) = checked.and_then(|()| conv::store(types, rty, result, v, false)) {
        let msg = vm.str_value(m.as_bytes()).ok()?;
        let _ = vm.table_set_str(reg, ERROR_KEY, msg);
    }
    Some(())
}
