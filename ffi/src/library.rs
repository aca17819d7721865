//! The `ffi` library: its functions, `ffi.C`/`ffi.load` namespaces, the
//! shared state and helpers of every native, and the cdata metatable (whose
//! handlers live in `index`, `arith`, `invoke` and `metatype`).
//!
//! Every native here has one upvalue: a userdata whose payload is the VM's
//! shared `Ffi` state (the C type table). Natives borrow it for their whole
//! body and never call back into Lua while they hold it.
//!
//! Errors carry the position of the calling Lua function, if there is one (as
//! LuaJIT's do: none when a library function is called through `pcall`).

use crate::arith::*;
use crate::callback;
use crate::clib::CLib;
use crate::conv::{self, load, new_pointer, num2i64, object, stored_ptr, Scalar};
use crate::cparse;
use crate::ctype::{id, CTypeId, CTypes, Kind};
use crate::index::*;
use crate::invoke::*;
use crate::mem;
use crate::metatype::*;
use lunavm_vm::cdata::Cdata;
use lunavm_vm::ctinfo::FfiFunc;
use lunavm_vm::func::NativeFn;
use lunavm_vm::value::Gc;
use lunavm_vm::{LuaError, LuaResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The per-VM state of the library.
pub struct Ffi {
    pub types: CTypes,
    /// Every callback made and not freed.
    pub(crate) callbacks: callback::Callbacks,
    /// Call descriptors (libffi call interfaces), made once per prototype.
    pub(crate) calls: crate::call::CallDescs,
    /// Whether a callback has parked an error in the registry (the C call
    /// that led to it raises it once C returns).
    pub(crate) callback_error: std::cell::Cell<bool>,
    /// `errno` as the last C call left it (what `ffi.errno` reports). Boxed:
    /// traces write it after their C calls (`CTypeInfo::errno_slot`).
    pub(crate) errno: Box<std::cell::Cell<i32>>,
    /// The structs and unions that have a metatype, with its metatable (the
    /// registry table "ffi.metatypes" holds the metatables for the
    /// collector; a metatype cannot change once set).
    pub(crate) metatyped: std::collections::HashMap<CTypeId, Value>,
}

pub(crate) type Shared = Rc<RefCell<Ffi>>;

/// Opens the library: `package.loaded.ffi`, and the cdata metatable.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let shared: Shared = Rc::new(RefCell::new(Ffi {
        types: CTypes::new(),
        callbacks: callback::Callbacks::default(),
        calls: Default::default(),
        callback_error: Default::default(),
        errno: Box::default(),
        metatyped: std::collections::HashMap::new(),
    }));
    let state = vm.new_userdata(Some(Box::new(shared.clone())))?.to_value();
    let reg = vm.registry();
    vm.table_set_str(reg, "ffi.state", state)?;

    let lib = vm.new_table(0, 24)?;
    vm.table_set_str(reg, "ffi.lib", lib.to_value())?;
    let funcs: &[(&str, NativeFn)] = &[
        ("cdef", ffi_cdef),
        ("typeof", ffi_typeof),
        ("new", ffi_new),
        ("cast", ffi_cast),
        ("sizeof", ffi_sizeof),
        ("alignof", ffi_alignof),
        ("offsetof", ffi_offsetof),
        ("istype", ffi_istype),
        ("string", ffi_string),
        ("copy", ffi_copy),
        ("fill", ffi_fill),
        ("abi", ffi_abi),
        ("errno", ffi_errno),
        ("load", ffi_load),
        ("metatype", ffi_metatype),
        ("gc", ffi_gc),
    ];
    let mut traced = Vec::new();
    for (name, f) in funcs {
        let v = native(vm, *f, state)?;
        vm.table_set_str(lib, name, v)?;
        let which = match *name {
            "cast" => Some(FfiFunc::Cast),
            "sizeof" => Some(FfiFunc::Sizeof),
            "offsetof" => Some(FfiFunc::Offsetof),
            "errno" => Some(FfiFunc::Errno),
            "new" => Some(FfiFunc::New),
            "string" => Some(FfiFunc::String),
            "copy" => Some(FfiFunc::Copy),
            "fill" => Some(FfiFunc::Fill),
            _ => None,
        };
        traced.extend(which.map(|w| (v.to_bits(), w)));
    }
    let os = vm.str_value(b"Linux")?;
    vm.table_set_str(lib, "os", os)?;
    let arch = vm.str_value(b"x64")?;
    vm.table_set_str(lib, "arch", arch)?;

    // ffi.C and ffi.load's namespaces: userdata whose __index resolves
    // declared names.
    let c_mt = vm.new_table(0, 2)?;
    let v = native(vm, clib_index, state)?;
    vm.table_set_str(c_mt, "__index", v)?;
    let v = native(vm, clib_newindex, state)?;
    vm.table_set_str(c_mt, "__newindex", v)?;
    let name = vm.str_value(b"ffi.clib")?;
    vm.table_set_str(c_mt, "__metatable", name)?;
    vm.table_set_str(reg, "ffi.clib_mt", c_mt.to_value())?;
    let clib = new_clib(vm, CLib::this())?;
    vm.table_set_str(lib, "C", clib)?;

    let mt = vm.new_table(0, 24)?;
    let metamethods: &[(&str, NativeFn)] = &[
        ("__index", cdata_index),
        ("__newindex", cdata_newindex),
        ("__add", cdata_add),
        ("__sub", cdata_sub),
        ("__mul", cdata_mul),
        ("__div", cdata_div),
        ("__mod", cdata_mod),
        ("__pow", cdata_pow),
        ("__unm", cdata_unm),
        ("__eq", cdata_eq),
        ("__lt", cdata_lt),
        ("__le", cdata_le),
        ("__tostring", cdata_tostring),
        ("__call", cdata_call),
        ("__tonumber", cdata_tonumber),
        ("__bit", cdata_bit),
        ("__len", cdata_len),
        ("__gc", cdata_gc),
        ("__concat", cdata_concat),
    ];
    for (name, f) in metamethods {
        let v = native(vm, *f, state)?;
        vm.table_set_str(mt, name, v)?;
    }
    let funcs = vm.new_table(0, 0)?;
    vm.table_set_str(reg, callback::FUNCS_KEY, funcs.to_value())?;
    let finalizers = vm.new_table(0, 0)?;
    let weak_keys = vm.new_table(0, 1)?;
    let k = vm.str_value(b"k")?;
    vm.table_set_str(weak_keys, "__mode", k)?;
    finalizers.set_metatable(Some(weak_keys));
    vm.table_set_str(reg, FINALIZERS_KEY, finalizers.to_value())?;
    let metatypes = vm.new_table(0, 0)?;
    vm.table_set_str(reg, "ffi.metatypes", metatypes.to_value())?;
    let tag = vm.str_value(b"ffi")?;
    vm.table_set_str(mt, "__metatable", tag)?;
    vm.set_cdata_metatable(mt);
    // "__new" interned once (anchored in the registry) for traces that
    // guard its absence from a metatype.
    let new_key = vm.str_value(b"__new")?;
    vm.table_set_str(reg, "ffi.__new", new_key)?;
    vm.set_ctype_info(Rc::new(crate::jitinfo::JitInfo {
        state: shared.clone(),
        traced,
        new_key,
    }));

    let loaded = vm.table_get_str(reg, "_LOADED")?;
    if let Some(loaded) = loaded.as_table() {
        vm.table_set_str(loaded, "ffi", lib.to_value())?;
    }
    Ok(())
}

/// A native closure with the state as its upvalue.
pub(crate) fn native(vm: &mut Vm, f: NativeFn, state: Value) -> LuaResult<Value> {
    let func = vm.new_native(f, 1)?;
    func.native_upvalues()[0] = state;
    Ok(func.to_value())
}

#[inline]
pub(crate) fn state(vm: &Vm) -> Shared {
    vm.native_upvalue(0)
        .as_userdata()
        .and_then(|u| u.body().payload.as_ref()?.downcast_ref::<Shared>().cloned())
        .expect("ffi natives carry the ffi state as upvalue 0")
}

/// An error message with the caller's position.
pub(crate) fn fail_at(vm: &mut Vm, msg: impl AsRef<str>) -> LuaError {
    vm.rt_error(msg.as_ref())
}

// ------------------------------------------------------------------ C types of arguments

/// The C type argument `n` names: a type string, a ctype object or any cdata
/// (its type).
pub(crate) fn check_ctype(vm: &mut Vm, types: &mut CTypes, n: usize) -> LuaResult<CTypeId> {
    let v = vm.arg(n);
    if let Some(s) = v.as_str() {
        let src = String::from_utf8_lossy(s.as_bytes()).into_owned();
        return cparse::type_name(types, &src).map_err(|m| fail_at(vm, m));
    }
    if let Some(cd) = v.as_cdata() {
        return Ok(ctype_of(cd));
    }
    Err(vm.type_arg_error(n, "C type"))
}

/// The type a cdata stands for: the referenced id for ctype objects.
pub(crate) fn ctype_of(cd: Gc<Cdata>) -> CTypeId {
    if cd.ctype() == id::CTYPE {
        mem::read_int(cd.data_ptr() as u64, 4, false).unwrap_or(0) as CTypeId
    } else {
        cd.ctype()
    }
}

/// A ctype object for `ty`.
pub(crate) fn new_ctype_obj(vm: &mut Vm, ty: CTypeId) -> LuaResult<Value> {
    let cd = vm.new_cdata(id::CTYPE, 4)?;
    let _ = mem::write_int(cd.data_ptr() as u64, 4, ty as i64);
    Ok(cd.to_value())
}

/// `ffi.sizeof(ty)` of a type without a variable-length part (None: no
/// size, or a variable one).
pub(crate) fn fixed_size(types: &CTypes, ty: CTypeId) -> Option<u64> {
    let ty = strip_ref(types, ty);
    if types.get(ty).has_vla {
        return None;
    }
    size_with(types, ty, None)
}

/// Size of an object of type `ty`; for types with a variable-length part, of
/// one with `nelem` elements in it.
fn size_with(types: &CTypes, ty: CTypeId, nelem: Option<u64>) -> Option<u64> {
    let ct = types.get(ty);
    if !ct.has_vla {
        // `int []` has no size either.
        let no_size = matches!(ct.kind, Kind::Array(_, None, _));
        return (ct.complete && ct.kind != Kind::Void && !ct.is_func() && !no_size)
            .then_some(ct.size);
    }
    let n = nelem?;
    let size = match ct.kind {
        Kind::Array(e, ..) => n.checked_mul(types.get(e).size),
        Kind::Record { .. } => {
            let last = ct.fields.last()?;
            let esize = types.get(types.target(last.ty)?).size;
            let end = last.offset.checked_add(n.checked_mul(esize)?)?;
            // Not rounded up to the alignment (LuaJIT's size).
            Some(end.max(ct.size))
        }
        _ => None,
    };
    size.filter(|&s| s <= crate::ctype::MAX_SIZE)
}

// ------------------------------------------------------------------ library functions

/// Values for the `$`s of a declaration: arguments from `first` on (ctypes
/// and cdata give their type, numbers a value, strings a name).
fn params_from(vm: &Vm, first: usize) -> Vec<cparse::Param> {
    (first..=vm.nargs())
        .map(|i| {
            let v = vm.arg(i);
            if let Some(cd) = v.as_cdata() {
                cparse::Param::Type(ctype_of(cd))
            } else if let Some(n) = v.to_number() {
                cparse::Param::Int(num2i64(n))
            } else if let Some(s) = v.as_str() {
                cparse::Param::Name(String::from_utf8_lossy(s.as_bytes()).into_owned())
            } else {
                cparse::Param::Name(String::new())
            }
        })
        .collect()
}

fn ffi_cdef(vm: &mut Vm) -> LuaResult<usize> {
    let src = vm.check_str(1)?;
    let src = String::from_utf8_lossy(src.as_bytes()).into_owned();
    let st = state(vm);
    let params = params_from(vm, 2);
    let r = cparse::cdef_with(&mut st.borrow_mut().types, &src, params);
    r.map_err(|m| fail_at(vm, m))?;
    Ok(0)
}

fn ffi_typeof(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let ty = match vm.arg(1).as_str() {
        Some(s) if vm.nargs() > 1 => {
            let src = String::from_utf8_lossy(s.as_bytes()).into_owned();
            let params = params_from(vm, 2);
            let r = cparse::type_name_with(&mut st.borrow_mut().types, &src, params);
            r.map_err(|m| fail_at(vm, m))?
        }
        _ => check_ctype(vm, &mut st.borrow_mut().types, 1)?,
    };
    let v = new_ctype_obj(vm, ty)?;
    vm.push(v)?;
    Ok(1)
}

fn ffi_new(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let ty = check_ctype(vm, &mut st.borrow_mut().types, 1)?;
    if let Some(cb) = new_callback(vm, &st, ty, 2)? {
        vm.push(cb)?;
        return Ok(1);
    }
    let v = new_object(vm, &mut st.borrow_mut().types, ty, 2)?;
    vm.push(v)?;
    metatype_finalizer(vm, v)?;
    Ok(1)
}

/// Objects of a type whose metatype has `__gc` get it as their finalizer.
pub(crate) fn metatype_finalizer(vm: &mut Vm, v: Value) -> LuaResult<()> {
    let st = state(vm);
    if let Some(h) = metatype_handler(vm, &st, v, "__gc")? {
        set_finalizer(vm, v, h)?;
    }
    Ok(())
}

/// Registers (or, with nil, removes) the finalizer of cdata `v`.
fn set_finalizer(vm: &mut Vm, v: Value, fin: Value) -> LuaResult<()> {
    let Some(cd) = v.as_cdata() else {
        return Ok(());
    };
    let reg = vm.registry();
    if let Some(t) = vm.table_get_str(reg, FINALIZERS_KEY)?.as_table() {
        vm.table_set(t, v, fin)?;
    }
    cd.set_finalizer_flag(!fin.is_nil());
    Ok(())
}

/// Registry key of the weak-keyed table of cdata finalizers.
pub(crate) const FINALIZERS_KEY: &str = "ffi.finalizers";

/// `ffi.gc(cdata, finalizer)`: runs `finalizer(cdata)` when the cdata is
/// collected (nil removes it).
fn ffi_gc(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.arg(1);
    let Some(cd) = v.as_cdata() else {
        return Err(vm.type_arg_error(1, "cdata"));
    };
    // As in LuaJIT: pointers and aggregates, not numbers.
    let st = state(vm);
    let ct_kind = st.borrow().types.get(cd.ctype()).kind.clone();
    if matches!(
        ct_kind,
        Kind::Int { .. } | Kind::Bool | Kind::Float | Kind::Enum | Kind::CtypeObj
    ) {
        return Err(vm.arg_error(1, "invalid C type"));
    }
    let fin = vm.arg(2);
    set_finalizer(vm, v, fin)?;
    vm.push(v)?;
    Ok(1)
}

/// The collector's `__gc` for cdata with a finalizer: runs it once.
fn cdata_gc(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.arg(1);
    let reg = vm.registry();
    let Some(t) = vm.table_get_str(reg, FINALIZERS_KEY)?.as_table() else {
        return Ok(0);
    };
    let fin = t.get(v);
    if fin.is_nil() {
        return Ok(0);
    }
    vm.table_set(t, v, Value::NIL)?;
    vm.call_value(fin, &[v])?;
    Ok(0)
}

/// `ffi.new(ty, ...)` with the arguments from `first` on (a ctype call too).
pub(crate) fn new_object(
    vm: &mut Vm,
    types: &mut CTypes,
    ty: CTypeId,
    first: usize,
) -> LuaResult<Value> {
    let mut first = first;
    let nelem = if types.get(ty).has_vla {
        let n = vm.check_integer(first)?;
        first += 1;
        Some(u64::try_from(n).unwrap_or(u64::MAX))
    } else {
        None
    };
    let Some(size) = size_with(types, ty, nelem).filter(|&s| s < 1 << 40) else {
        return Err(vm.arg_error(1, "size of C type is unknown or too large"));
    };
    if types.get(ty).kind == Kind::CtypeObj {
        return Err(fail_at(vm, "invalid C type"));
    }
    let align = types.get(ty).align as usize;
    let cd = vm.new_cdata_aligned(ty, size as usize, align)?;
    let inits: Vec<Value> = (first..=vm.nargs()).map(|i| vm.arg(i)).collect();
    // Keep the new object reachable: nothing below collects, but be explicit.
    conv::init(types, ty, cd.data_ptr() as u64, size, &inits).map_err(|m| fail_at(vm, m))?;
    Ok(cd.to_value())
}

fn ffi_cast(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    let ty = check_ctype(vm, types, 1)?;
    let v = vm.check_any(2)?;
    if v.is_function() && is_func_ptr(types, ty) {
        drop(st);
        let st = state(vm);
        let cb = make_callback(vm, &st, ty, v)?;
        vm.push(cb)?;
        return Ok(1);
    }
    let ct = types.get(ty);
    let scalar =
        ct.is_integer() || ct.is_pointer() || matches!(ct.kind, Kind::Float | Kind::Ref(_));
    // As LuaJIT: only numbers, enums, pointers and references are cast to.
    if !scalar {
        return Err(vm.arg_error(1, "invalid C type"));
    }
    let cd = vm.new_cdata(ty, ct.size as usize)?;
    conv::store(types, ty, cd.data_ptr() as u64, v, true).map_err(|m| fail_at(vm, m))?;
    vm.push(cd.to_value())?;
    Ok(1)
}

/// A reference type's target (sizes and offsets are the target's).
fn strip_ref(types: &CTypes, ty: CTypeId) -> CTypeId {
    match types.get(ty).kind {
        Kind::Ref(t) => t,
        _ => ty,
    }
}

fn ffi_sizeof(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    let ty = check_ctype(vm, types, 1)?;
    let ty = strip_ref(types, ty);
    let arg = vm.arg(1);
    let size = match arg.as_cdata() {
        Some(cd) if cd.ctype() != id::CTYPE && types.get(ty).has_vla => Some(cd.len() as u64),
        _ => {
            let n = if vm.arg(2).is_nil() {
                if types.get(ty).has_vla {
                    vm.check_any(2)?; // LuaJIT insists on the element count
                }
                None
            } else {
                Some(u64::try_from(vm.check_integer(2)?).unwrap_or(u64::MAX))
            };
            size_with(types, ty, n)
        }
    };
    vm.push(size.map_or(Value::NIL, |s| Value::number(s as f64)))?;
    Ok(1)
}

fn ffi_alignof(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let ty = check_ctype(vm, &mut st.borrow_mut().types, 1)?;
    // A reference's own alignment (LuaJIT's alignof does not follow it,
    // unlike sizeof).
    let a = st.borrow().types.get(ty).align;
    vm.push(Value::number(a as f64))?;
    Ok(1)
}

fn ffi_offsetof(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    let ty = check_ctype(vm, types, 1)?;
    let ty = strip_ref(types, ty);
    let name = vm.check_str(2)?;
    let name = String::from_utf8_lossy(name.as_bytes()).into_owned();
    if !types.get(ty).is_record() {
        return Ok(0);
    }
    let Some((f, off)) = types.field(ty, &name) else {
        return Ok(0);
    };
    match f.bits {
        None => {
            vm.push(Value::number(off as f64))?;
            Ok(1)
        }
        Some((pos, width)) => {
            // As LuaJIT reports them: the storage unit of the field's type
            // holding the first bit, and the bit position within it.
            let unit = types.get(f.ty).size.max(1);
            let bit = off * 8 + pos as u64;
            let uoff = bit / (unit * 8) * unit;
            vm.push(Value::number(uoff as f64))?;
            vm.push(Value::number((bit - uoff * 8) as f64))?;
            vm.push(Value::number(width as f64))?;
            Ok(3)
        }
    }
}

fn ffi_istype(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    // References are compared as what they refer to, on both sides.
    let ty = check_ctype(vm, types, 1)?;
    let ty = strip_ref(types, ty);
    let obj = vm.arg(2);
    let r = match obj.as_cdata() {
        Some(cd) if cd.ctype() != id::CTYPE => {
            let oty = strip_ref(types, cd.ctype());
            let (a, b) = (types.unqualified(ty), types.unqualified(oty));
            let targets = match (&types.get(a).kind, &types.get(b).kind) {
                (Kind::Ptr(x), Kind::Ptr(y)) => Some((*x, *y)),
                _ => None,
            };
            a == b || targets.is_some_and(|(x, y)| types.unqualified(x) == types.unqualified(y))
        }
        _ => false,
    };
    vm.push(Value::boolean(r))?;
    Ok(1)
}

/// The address a value designates for ffi.string/copy/fill: pointers, arrays,
/// records, strings (as `const char *`), light userdata.
fn address_of(vm: &mut Vm, types: &CTypes, n: usize) -> LuaResult<u64> {
    address(vm, types, n, false)
}

/// The address of a destination (ffi.copy, ffi.fill): Lua strings are
/// immutable, so they are refused.
fn dest_address_of(vm: &mut Vm, types: &CTypes, n: usize) -> LuaResult<u64> {
    address(vm, types, n, true)
}

fn address(vm: &mut Vm, types: &CTypes, n: usize, writable: bool) -> LuaResult<u64> {
    let v = vm.arg(n);
    if writable && v.is_string() {
        return Err(fail_at(vm, "cannot convert 'string' to 'void *'"));
    }
    if let Some(cd) = v.as_cdata() {
        let (ty, addr) = object(types, cd);
        return Ok(match types.get(ty).kind {
            Kind::Ptr(_) => conv::pointer_at(types, ty, addr).map_err(|m| fail_at(vm, m))?,
            Kind::Array(..) | Kind::Record { .. } => addr,
            _ => {
                let what = types.repr(cd.ctype());
                return Err(fail_at(
                    vm,
                    format!("cannot convert '{what}' to 'const void *'"),
                ));
            }
        });
    }
    if let Some(s) = v.as_str() {
        return Ok(s.as_bytes().as_ptr() as u64);
    }
    if v.itype() == lunavm_vm::value::tag::LIGHTUD {
        return Ok(v.payload());
    }
    if v.is_nil() {
        return Ok(0);
    }
    let what = v.type_name();
    Err(fail_at(
        vm,
        format!("cannot convert '{what}' to 'const void *'"),
    ))
}

fn check_len(vm: &mut Vm, n: usize) -> LuaResult<u64> {
    let len = vm.arg(n);
    let l = match len.as_cdata() {
        Some(_) => {
            let st = state(vm);
            let st = st.borrow();
            let cd = len.as_cdata().expect("checked");
            conv::referent(&st.types, cd).map_err(|m| fail_at(vm, m))?;
            match conv::cdata_scalar(&st.types, cd) {
                Ok(Scalar::Int(i, _)) => i,
                Ok(Scalar::Float(f)) => num2i64(f),
                _ => -1,
            }
        }
        None => vm.check_integer(n)?,
    };
    u64::try_from(l).map_err(|_| vm.arg_error(n, "length must not be negative"))
}

fn ffi_string(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let addr = address_of(vm, &st.borrow().types, 1)?;
    let bytes = if vm.arg(2).is_nil() {
        mem::c_string(addr)
    } else {
        let len = check_len(vm, 2)?;
        mem::bytes(addr, len)
    };
    let bytes = bytes.map_err(|m| fail_at(vm, m))?;
    vm.push_str(&bytes)?;
    Ok(1)
}

fn ffi_copy(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let dst = dest_address_of(vm, &st.borrow().types, 1)?;
    let src = vm.check_any(2)?;
    let r = if let (Some(s), true) = (src.as_str(), vm.arg(3).is_nil()) {
        // A string without a length is copied with its terminating zero.
        let mut b = s.as_bytes().to_vec();
        b.push(0);
        mem::write_bytes(dst, &b)
    } else {
        let saddr = address_of(vm, &st.borrow().types, 2)?;
        let len = check_len(vm, 3)?;
        mem::copy(dst, saddr, len)
    };
    r.map_err(|m| fail_at(vm, m))?;
    Ok(0)
}

fn ffi_fill(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let dst = dest_address_of(vm, &st.borrow().types, 1)?;
    let len = check_len(vm, 2)?;
    let byte = vm.opt_integer(3, 0)? as u8;
    mem::fill(dst, len, byte).map_err(|m| fail_at(vm, m))?;
    Ok(0)
}

fn ffi_abi(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_str(1)?;
    let yes = matches!(s.as_bytes(), b"64bit" | b"le" | b"fpu" | b"gc64");
    vm.push_bool(yes)?;
    Ok(1)
}

/// `ffi.errno([new])`: errno as the last C call left it (saved right after
/// the call, so the VM's own work cannot change it); sets it for the next.
fn ffi_errno(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let old = st.borrow().errno.get();
    if !vm.arg(1).is_nil() {
        let new = vm.check_integer(1)? as i32;
        st.borrow().errno.set(new);
        mem::set_errno(new);
    }
    vm.push(Value::number(old as f64))?;
    Ok(1)
}

fn new_clib(vm: &mut Vm, lib: CLib) -> LuaResult<Value> {
    let reg = vm.registry();
    let mt = vm.table_get_str(reg, "ffi.clib_mt")?;
    let u = vm.new_userdata(Some(Box::new(lib)))?;
    u.set_metatable(mt.as_table());
    Ok(u.to_value())
}

fn ffi_load(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?;
    let name = String::from_utf8_lossy(name.as_bytes()).into_owned();
    let global = vm.arg(2).is_truthy();
    let lib = CLib::load(&name, global).map_err(|m| fail_at(vm, m))?;
    let v = new_clib(vm, lib)?;
    vm.push(v)?;
    Ok(1)
}

/// `clib.name`: a constant, a function (as a function pointer cdata) or the
/// value of a variable.
fn clib_index(vm: &mut Vm) -> LuaResult<usize> {
    let lib = vm.arg(1);
    let name = vm.check_str(2)?;
    let name = String::from_utf8_lossy(name.as_bytes()).into_owned();
    let st = state(vm);
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    if let Some(c) = types.constants.get(&name) {
        vm.push(Value::number(c.value as f64))?;
        return Ok(1);
    }
    let (ty, addr) = extern_symbol(vm, types, lib, &name)?;
    let v = if types.get(ty).is_func() {
        // A function: a cdata of the function type holding its address, as
        // LuaJIT's `cdata<int ()>`.
        new_pointer(vm, ty, addr)?
    } else {
        load(vm, types, ty, addr)?
    };
    vm.push(v)?;
    Ok(1)
}

/// The declared type and the address in library `lib` of C symbol `name`.
fn extern_symbol(vm: &mut Vm, types: &CTypes, lib: Value, name: &str) -> LuaResult<(CTypeId, u64)> {
    let Some((ty, sym)) = types.externs.get(name).cloned() else {
        return Err(fail_at(
            vm,
            format!("missing declaration for symbol '{name}'"),
        ));
    };
    let addr = lib.as_userdata().and_then(|u| {
        u.body()
            .payload
            .as_ref()?
            .downcast_ref::<CLib>()?
            .symbol(&sym)
    });
    match addr {
        Some(addr) => Ok((ty, addr)),
        None => Err(fail_at(vm, format!("undefined symbol: {sym}"))),
    }
}

/// `clib.name = v`: stores into a declared C variable.
fn clib_newindex(vm: &mut Vm) -> LuaResult<usize> {
    let lib = vm.arg(1);
    let name = vm.check_str(2)?;
    let name = String::from_utf8_lossy(name.as_bytes()).into_owned();
    let val = vm.arg(3);
    let st = state(vm);
    let st = st.borrow();
    let types = &st.types;
    let (ty, addr) = extern_symbol(vm, types, lib, &name)?;
    if types.get(ty).is_func() || types.get(ty).is_const {
        return Err(fail_at(vm, "attempt to write to constant location"));
    }
    conv::store(types, ty, addr, val, false).map_err(|m| fail_at(vm, m))?;
    Ok(0)
}

// ------------------------------------------------------------------ conversion

fn cdata_tostring(vm: &mut Vm) -> LuaResult<usize> {
    if let Some(n) = try_metatype(vm, &state(vm), "__tostring")? {
        return Ok(n);
    }
    let v = vm.arg(1);
    let Some(cd) = v.as_cdata() else {
        return Ok(0);
    };
    let st = state(vm);
    let st = st.borrow();
    let types = &st.types;
    let ty = cd.ctype();
    let text = if ty == id::CTYPE {
        format!("ctype<{}>", types.repr(ctype_of(cd)))
    } else {
        let ct = types.get(ty);
        match (&ct.kind, ct.size) {
            (Kind::Int { signed }, 8) => {
                let i = mem::read_int(cd.data_ptr() as u64, 8, true).unwrap_or(0);
                if *signed {
                    format!("{i}LL")
                } else {
                    format!("{}ULL", i as u64)
                }
            }
            (Kind::Complex, size) => {
                let half = size / 2;
                let addr = cd.data_ptr() as u64;
                let re = mem::read_float(addr, half).unwrap_or(0.0);
                let im = mem::read_float(addr + half, half).unwrap_or(0.0);
                complex_text(re, im)
            }
            (Kind::Enum, _) => {
                let signed = ct.is_signed();
                let i = mem::read_int(cd.data_ptr() as u64, 4, signed).unwrap_or(0);
                format!("cdata<{}>: {i}", types.repr(ty))
            }
            (Kind::Ptr(_) | Kind::Ref(_) | Kind::Func { .. }, _) => match stored_ptr(cd) {
                0 => format!("cdata<{}>: NULL", types.repr(ty)),
                p => format!("cdata<{}>: {p:#x}", types.repr(ty)),
            },
            _ => format!("cdata<{}>: {:#x}", types.repr(ty), cd.data_ptr() as u64),
        }
    };
    vm.push_str(text.as_bytes())?;
    Ok(1)
}

/// A complex number as LuaJIT prints it: `1+2i`, `0-0.5i`, with `I` after
/// an imaginary part of `inf` or `nan` (`0+infI`).
fn complex_text(re: f64, im: f64) -> String {
    let mut out = Vec::new();
    lunavm_vm::text::format_number(re, &mut out);
    if !im.is_sign_negative() || im.is_nan() {
        out.push(b'+');
    }
    lunavm_vm::text::format_number(im, &mut out);
    let suffix = if out.last().is_some_and(u8::is_ascii_alphabetic) {
        b'I'
    } else {
        b'i'
    };
    out.push(suffix);
    String::from_utf8_lossy(&out).into_owned()
}

fn cdata_tonumber(vm: &mut Vm) -> LuaResult<usize> {
    // Errors are placed at tonumber's caller (this handler runs under
    // tonumber).
    let fail = |vm: &mut Vm, msg: &str| {
        let mut text = vm.where_(2);
        text.extend_from_slice(msg.as_bytes());
        vm.raise_bytes(&text)
    };
    let v = vm.arg(1);
    let st = state(vm);
    let st = st.borrow();
    let n = match operand(&st.types, v).map_err(|m| fail(vm, m))? {
        Operand::Int(i, true) => Value::number(i as u64 as f64),
        Operand::Int(i, false) => Value::number(i as f64),
        Operand::Num(f) => Value::number(f),
        // A complex number gives its real part; a long double is refused.
        _ => match v.as_cdata().map(|cd| conv::object(&st.types, cd)) {
            Some((ty, _)) if conv::is_long_double(&st.types, ty) => {
                return Err(fail(vm, conv::LONG_DOUBLE_LOAD));
            }
            Some((ty, addr)) if st.types.get(ty).kind == Kind::Complex => {
                match conv::load_scalar(&st.types, ty, addr) {
                    Ok(conv::Scalar::Float(f)) => Value::number(f),
                    Ok(_) => Value::NIL,
                    Err(m) => return Err(fail(vm, &m)),
                }
            }
            _ => Value::NIL,
        },
    };
    vm.push(n)?;
    Ok(1)
}

fn cdata_len(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    if let Some(n) = try_metatype(vm, &st, "__len")? {
        return Ok(n);
    }
    let what = conv::value_type_name(&st.borrow().types, vm.arg(1));
    Err(fail_at(vm, format!("attempt to get length of '{what}'")))
}

fn cdata_concat(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    if let Some(n) = try_metatype(vm, &st, "__concat")? {
        return Ok(n);
    }
    let (a, b) = (vm.arg(1), vm.arg(2));
    let (x, y) = {
        let st = st.borrow();
        (
            conv::value_type_name(&st.types, a),
            conv::value_type_name(&st.types, b),
        )
    };
    Err(fail_at(
        vm,
        format!("attempt to concatenate '{x}' and '{y}'"),
    ))
}
