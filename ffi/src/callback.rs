//! Callbacks: Lua functions as C function pointers, through libffi closures
//! (LuaJIT's lj_ccallback). A callback converts its C arguments to Lua values,
//! calls the function (protected: an error cannot unwind through C frames) and
//! converts the first result to the C result type.
//!
//! An error in a callback is kept (in the registry, so it stays alive) and
//! raised by the ffi call that led to it once C returns; until then further
//! invocations return zero without running Lua.
//!
//! Lifetimes (see `Callbacks`): `cb:free()` releases the closure and its data
//! (calling the freed pointer from Lua raises "bad callback"; from C it is the
//! program's error, as in LuaJIT). A callback made implicitly for a C call's
//! argument lives until that call returns, then waits in a pool for the next
//! callback of its prototype (so a loop of such calls uses one closure; a
//! retained pointer called later raises "bad callback", or runs the callback
//! that reused it, as a reused LuaJIT slot would). LuaJIT keeps implicit
//! callbacks forever instead, and fails with "too many callbacks" after a few
//! thousand. `cb:set(f)` replaces the function.

use crate::call::ffi_type;
use crate::conv;
use crate::ctype::{id, CTypeId, CTypes, Kind};
use libffi::middle::{Cif, Closure};
use lunavm_vm::Vm;
use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::ffi::c_void;

/// Registry keys: the table of callback functions and the pending error.
pub const FUNCS_KEY: &str = "ffi.callbacks";
pub const ERROR_KEY: &str = "ffi.callback_error";

/// What the trampoline needs: the VM, the function's slot in the registry
/// table, and the prototype.
pub struct CallbackData {
    vm: *mut Vm,
    slot: Cell<i64>,
    params: Vec<CTypeId>,
    ret: CTypeId,
    state: std::rc::Weak<std::cell::RefCell<crate::library::Ffi>>,
}

/// A callback: the libffi closure and the data its trampoline reads.
pub struct Callback {
    // Declared first, so dropped first: the closure refers to `data`.
    closure: Closure<'static>,
    data: Box<CallbackData>,
    /// The function type (pooled callbacks are reused for the same one).
    fty: CTypeId,
}

impl Callback {
    /// The C function pointer.
    pub fn address(&self) -> u64 {
        *self.closure.code_ptr() as usize as u64
    }
    /// Index of its function in the registry's callback table.
    pub fn slot(&self) -> i64 {
        self.data.slot.get()
    }
}

/// Every callback of a VM: the live ones by address, the pool of implicit
/// ones whose call has returned, the addresses of freed ones (so that a Lua
/// call through a freed pointer is an error), and free slots of the
/// registry's callback table.
#[derive(Default)]
pub struct Callbacks {
    live: HashMap<u64, Callback>,
    pool: HashMap<CTypeId, Vec<Callback>>,
    freed: HashSet<u64>,
    free_slots: Vec<i64>,
    next_slot: i64,
}

impl Callbacks {
    /// The registry slot of the live callback at `addr`.
    pub fn slot_of(&self, addr: u64) -> Option<i64> {
        self.live.get(&addr).map(Callback::slot)
    }
    /// Whether `addr` is a callback freed with `cb:free()` (and not reused).
    pub fn is_freed(&self, addr: u64) -> bool {
        !self.freed.is_empty() && self.freed.contains(&addr)
    }
    /// A pooled callback of type `fty`, made live again for slot's function.
    pub fn reuse(&mut self, fty: CTypeId) -> Option<u64> {
        let cb = self.pool.get_mut(&fty)?.pop()?;
        let addr = cb.address();
        self.live.insert(addr, cb);
        Some(addr)
    }
    /// A registry slot for a new callback's function.
    pub fn new_slot(&mut self) -> i64 {
        self.free_slots.pop().unwrap_or_else(|| {
            self.next_slot += 1;
            self.next_slot
        })
    }
    /// Gives back a slot `new_slot` handed out for a callback not made.
    pub fn release_slot(&mut self, slot: i64) {
        self.free_slots.push(slot);
    }
    /// Makes a new callback live.
    pub fn add(&mut self, cb: Callback) -> u64 {
        let addr = cb.address();
        self.freed.remove(&addr);
        self.live.insert(addr, cb);
        addr
    }
    /// `cb:free()`: releases the closure and its data. Returns the slot whose
    /// function the caller must clear.
    pub fn free(&mut self, addr: u64) -> Option<i64> {
        let cb = self.live.remove(&addr)?;
        let slot = cb.slot();
        self.free_slots.push(slot);
        self.freed.insert(addr);
        drop(cb);
        Some(slot)
    }
    /// After the C call an implicit callback was made for: into the pool.
    /// Returns the slot whose function the caller must clear.
    pub fn retire(&mut self, addr: u64) -> Option<i64> {
        let cb = self.live.remove(&addr)?;
        let slot = cb.slot();
        self.pool.entry(cb.fty).or_default().push(cb);
        Some(slot)
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
    let data = Box::new(CallbackData {
        vm: vm as *mut Vm,
        slot: Cell::new(slot),
        params,
        ret,
        state,
    });
    // SAFETY: the data is boxed, so it stays at this address while the Box
    // lives; `Callback` drops the closure (the only user of this reference)
    // before the Box (field order), so the reference never outlives the data.
    let data_ref: &'static CallbackData = unsafe { &*(data.as_ref() as *const CallbackData) };
    let closure = Closure::new(cif, trampoline, data_ref);
    Ok(Callback { closure, data, fty })
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
        .get_int(data.slot.get());
    if func.is_nil() {
        // Freed with cb:free(): an error instead of LuaJIT's undefined behaviour.
        let msg = vm.str_value(b"bad callback").ok()?;
        park_error(vm, &state, msg);
        return None;
    }
    let mut lua_args = Vec::with_capacity(args.len());
    {
        let mut st = state.borrow_mut();
        for (&ty, &p) in data.params.iter().zip(args) {
            lua_args.push(conv::load_from_c(vm, &mut st.types, ty, p as u64).ok()?);
        }
    }
    let top = vm.top();
    let r = vm.call_protected(func, &lua_args, 1);
    let v = vm.stack_get(top);
    let _ = vm.set_top(top);
    if r.is_err() {
        let err = vm.error_value();
        park_error(vm, &state, err);
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
        // Placed at the end of the Lua function, where its result was made.
        let mut text = match func.as_function().filter(|f| f.is_lua()) {
            Some(f) => {
                let p = f.proto();
                let p = p.body();
                let mut t = lunavm_vm::compiler::chunk_id(p.chunkname.as_bytes());
                t.extend_from_slice(format!(":{}: ", p.last_line_defined).as_bytes());
                t
            }
            None => Vec::new(),
        };
        text.extend_from_slice(m.as_bytes());
        let msg = vm.str_value(&text).ok()?;
        drop(st);
        park_error(vm, &state, msg);
    }
    Some(())
}

/// Keeps a callback's error for the C call that led to it to raise.
fn park_error(vm: &mut Vm, state: &std::cell::RefCell<crate::library::Ffi>, err: lunavm_vm::Value) {
    let reg = vm.registry();
    if vm.table_set_str(reg, ERROR_KEY, err).is_ok() {
        state.borrow().callback_error.set(true);
    }
}
