//! The `ffi` library functions and the cdata metamethods.
//!
//! Every native here has one upvalue: a userdata whose payload is the VM's
//! shared `Ffi` state (the C type table). Natives borrow it for their whole
//! body and never call back into Lua while they hold it.
//!
//! Errors carry the position of the calling Lua function, if there is one (as
//! LuaJIT's do: none when a library function is called through `pcall`).

use crate::call;
use crate::callback;
use crate::clib::CLib;
use crate::conv::{self, box_int, load, new_pointer, num2i64, object, stored_ptr, Scalar};
use crate::cparse;
use crate::ctype::{id, CTypeId, CTypes, Kind};
use crate::mem;
use lunavm_vm::cdata::Cdata;
use lunavm_vm::func::NativeFn;
use lunavm_vm::value::Gc;
use lunavm_vm::{LuaError, LuaResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The per-VM state of the library.
pub struct Ffi {
    pub types: CTypes,
    /// Every callback made (they live as long as the VM).
    callbacks: Vec<callback::Callback>,
    /// `errno` as the last C call left it (what `ffi.errno` reports).
    errno: i32,
}

type Shared = Rc<RefCell<Ffi>>;

/// Opens the library: `package.loaded.ffi`, and the cdata metatable.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let shared: Shared = Rc::new(RefCell::new(Ffi {
        types: CTypes::new(),
        callbacks: Vec::new(),
        errno: 0,
    }));
    let state = vm.new_userdata(Some(Box::new(shared)))?.to_value();
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
    for (name, f) in funcs {
        let v = native(vm, *f, state)?;
        vm.table_set_str(lib, name, v)?;
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

    let loaded = vm.table_get_str(reg, "_LOADED")?;
    if let Some(loaded) = loaded.as_table() {
        vm.table_set_str(loaded, "ffi", lib.to_value())?;
    }
    Ok(())
}

/// A native closure with the state as its upvalue.
fn native(vm: &mut Vm, f: NativeFn, state: Value) -> LuaResult<Value> {
    let func = vm.new_native(f, 1)?;
    func.native_upvalues()[0] = state;
    Ok(func.to_value())
}

fn state(vm: &Vm) -> Shared {
    vm.native_upvalue(0)
        .as_userdata()
        .and_then(|u| u.body().payload.as_ref()?.downcast_ref::<Shared>().cloned())
        .expect("ffi natives carry the ffi state as upvalue 0")
}

/// An error message with the caller's position.
fn fail_at(vm: &mut Vm, msg: impl AsRef<str>) -> LuaError {
    vm.rt_error(msg.as_ref())
}

// ------------------------------------------------------------------ C types of arguments

/// The C type argument `n` names: a type string, a ctype object or any cdata
/// (its type).
fn check_ctype(vm: &mut Vm, types: &mut CTypes, n: usize) -> LuaResult<CTypeId> {
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
fn ctype_of(cd: Gc<Cdata>) -> CTypeId {
    if cd.ctype() == id::CTYPE {
        mem::read_int(cd.data_ptr() as u64, 4, false).unwrap_or(0) as CTypeId
    } else {
        cd.ctype()
    }
}

/// A ctype object for `ty`.
fn new_ctype_obj(vm: &mut Vm, ty: CTypeId) -> LuaResult<Value> {
    let cd = vm.new_cdata(id::CTYPE, 4)?;
    let _ = mem::write_int(cd.data_ptr() as u64, 4, ty as i64);
    Ok(cd.to_value())
}

/// Size of an object of type `ty`; for types with a variable-length part, of
/// one with `nelem` elements in it.
fn size_with(types: &CTypes, ty: CTypeId, nelem: Option<u64>) -> Option<u64> {
    let ct = types.get(ty);
    if !ct.has_vla {
        return (ct.complete && ct.kind != Kind::Void && !ct.is_func()).then_some(ct.size);
    }
    let n = nelem?;
    match ct.kind {
        Kind::Array(e, ..) => n.checked_mul(types.get(e).size),
        Kind::Record { .. } => {
            let last = ct.fields.last()?;
            let esize = types.get(types.target(last.ty)?).size;
            let end = last.offset.checked_add(n.checked_mul(esize)?)?;
            Some(end.max(ct.size).next_multiple_of(ct.align))
        }
        _ => None,
    }
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
    let v = {
        let mut st = st.borrow_mut();
        let types = &mut st.types;
        let ty = check_ctype(vm, types, 1)?;
        new_object(vm, types, ty, 2)?
    };
    vm.push(v)?;
    metatype_finalizer(vm, v)?;
    Ok(1)
}

/// Objects of a type whose metatype has `__gc` get it as their finalizer.
fn metatype_finalizer(vm: &mut Vm, v: Value) -> LuaResult<()> {
    if let Some(h) = metatype_handler(vm, v, "__gc")? {
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
const FINALIZERS_KEY: &str = "ffi.finalizers";

/// `ffi.gc(cdata, finalizer)`: runs `finalizer(cdata)` when the cdata is
/// collected (nil removes it).
fn ffi_gc(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.arg(1);
    if !v.is_cdata() {
        return Err(vm.type_arg_error(1, "cdata"));
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
fn new_object(vm: &mut Vm, types: &mut CTypes, ty: CTypeId, first: usize) -> LuaResult<Value> {
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
    let cd = vm.new_cdata(ty, size as usize)?;
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
    let scalar = ct.is_integer() || ct.is_pointer() || ct.kind == Kind::Float;
    if !scalar {
        return Err(fail_at(
            vm,
            format!(
                "cannot convert '{}' to '{}'",
                conv::value_type_name(types, v),
                types.repr(ty)
            ),
        ));
    }
    let cd = vm.new_cdata(ty, ct.size as usize)?;
    conv::store(types, ty, cd.data_ptr() as u64, v, true).map_err(|m| fail_at(vm, m))?;
    vm.push(cd.to_value())?;
    Ok(1)
}

/// A reference type's target (sizes and alignments are the target's).
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
    let a = {
        let st = st.borrow();
        st.types.get(strip_ref(&st.types, ty)).align
    };
    vm.push(Value::number(a as f64))?;
    Ok(1)
}

fn ffi_offsetof(vm: &mut Vm) -> LuaResult<usize> {
    let st = state(vm);
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    let ty = check_ctype(vm, types, 1)?;
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
    let ty = check_ctype(vm, types, 1)?;
    let obj = vm.arg(2);
    let r = match obj.as_cdata() {
        Some(cd) if cd.ctype() != id::CTYPE => {
            let mut oty = cd.ctype();
            if let Kind::Ref(t) = types.get(oty).kind {
                oty = t;
            }
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
            Kind::Ptr(_) => stored_ptr(cd),
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
            match conv::cdata_scalar(&st.types, len.as_cdata().expect("checked")) {
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
    let old = st.borrow().errno;
    if !vm.arg(1).is_nil() {
        let new = vm.check_integer(1)? as i32;
        st.borrow_mut().errno = new;
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
    let Some((ty, sym)) = types.externs.get(&name).cloned() else {
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
    let Some(addr) = addr else {
        return Err(fail_at(vm, format!("undefined symbol: {sym}")));
    };
    let v = if types.get(ty).is_func() {
        let p = types.pointer_to(ty);
        new_pointer(vm, p, addr)?
    } else {
        load(vm, types, ty, addr)?
    };
    vm.push(v)?;
    Ok(1)
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
    let Some((ty, sym)) = types.externs.get(&name).cloned() else {
        return Err(fail_at(
            vm,
            format!("missing declaration for symbol '{name}'"),
        ));
    };
    if types.get(ty).is_func() || types.get(ty).is_const {
        return Err(fail_at(vm, "attempt to write to constant location"));
    }
    let addr = lib.as_userdata().and_then(|u| {
        u.body()
            .payload
            .as_ref()?
            .downcast_ref::<CLib>()?
            .symbol(&sym)
    });
    let Some(addr) = addr else {
        return Err(fail_at(vm, format!("undefined symbol: {sym}")));
    };
    conv::store(types, ty, addr, val, false).map_err(|m| fail_at(vm, m))?;
    Ok(0)
}

// ------------------------------------------------------------------ metatypes

fn metatypes(vm: &mut Vm) -> LuaResult<Option<Gc<lunavm_vm::table::Table>>> {
    let reg = vm.registry();
    Ok(vm.table_get_str(reg, "ffi.metatypes")?.as_table())
}

/// `ffi.metatype(ct, mt)`: the metatable of a struct or union type (and of
/// pointers and references to it). It cannot be changed once set.
fn ffi_metatype(vm: &mut Vm) -> LuaResult<usize> {
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
    let key = Value::number(rec as f64);
    if !all.get(key).is_nil() {
        return Err(fail_at(vm, "cannot change a protected metatable"));
    }
    vm.table_set(all, key, mt.to_value())?;
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
fn metatype_handler(vm: &mut Vm, v: Value, name: &str) -> LuaResult<Option<Value>> {
    let st = state(vm);
    let Some(rec) = record_of(&mut st.borrow_mut().types, v) else {
        return Ok(None);
    };
    let Some(all) = metatypes(vm)? else {
        return Ok(None);
    };
    let Some(mt) = all.get(Value::number(rec as f64)).as_table() else {
        return Ok(None);
    };
    let h = vm.table_get_str(mt, name)?;
    Ok((!h.is_nil()).then_some(h))
}

/// Calls the metatype handler `name` of the first of `args` that has one,
/// leaving its results pushed; None when neither operand has one.
fn try_metatype(vm: &mut Vm, name: &str, args: &[Value]) -> LuaResult<Option<usize>> {
    for &v in args.iter().take(2) {
        if v.as_cdata().is_some_and(|cd| cd.ctype() == id::CTYPE) {
            continue; // ctype objects construct and print as themselves
        }
        if let Some(h) = metatype_handler(vm, v, name)? {
            return Ok(Some(vm.call_multi(h, args)?));
        }
    }
    Ok(None)
}

/// All arguments of the running native.
fn args(vm: &Vm) -> Vec<Value> {
    (1..=vm.nargs()).map(|i| vm.arg(i)).collect()
}

// ------------------------------------------------------------------ indexing

/// The element or member `key` designates in cdata `cd`: its type and
/// address, or its bit field.
struct Place {
    ty: CTypeId,
    addr: u64,
    bits: Option<(u32, u32)>,
}

fn place(vm: &mut Vm, types: &CTypes, cd: Gc<Cdata>, key: Value) -> LuaResult<Place> {
    let (ty, addr) = object(types, cd);
    let ct = types.get(ty);
    let index = match key.as_cdata() {
        Some(k) => match conv::cdata_scalar(types, k) {
            Ok(Scalar::Int(i, _)) => Some(i),
            Ok(Scalar::Float(f)) => Some(num2i64(f)),
            _ => None,
        },
        None => key.to_number().map(num2i64),
    };
    if let (Some(i), Kind::Ptr(t) | Kind::Array(t, ..)) = (index, &ct.kind) {
        let base = if ct.is_pointer() {
            stored_ptr(cd)
        } else {
            addr
        };
        let esize = types.get(*t).size;
        if esize == 0 && ct.is_pointer() {
            let what = types.repr(cd.ctype());
            return Err(fail_at(vm, format!("'{what}' cannot be indexed")));
        }
        return Ok(Place {
            ty: *t,
            addr: base.wrapping_add((i as u64).wrapping_mul(esize)),
            bits: None,
        });
    }
    if let Some(s) = key.as_str() {
        let name = String::from_utf8_lossy(s.as_bytes());
        let (rty, base) = match ct.kind {
            Kind::Ptr(t) if types.get(t).is_record() => (t, stored_ptr(cd)),
            _ => (ty, addr),
        };
        if types.get(rty).is_record() {
            if let Some((f, off)) = types.field(rty, &name) {
                return Ok(Place {
                    ty: f.ty,
                    addr: base.wrapping_add(off),
                    bits: f.bits,
                });
            }
        }
        let what = types.repr(rty);
        return Err(fail_at(
            vm,
            format!("'{what}' has no member named '{name}'"),
        ));
    }
    let what = types.repr(cd.ctype());
    let kt = key.type_name();
    Err(fail_at(
        vm,
        format!("'{what}' cannot be indexed with '{kt}'"),
    ))
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
        Kind::Ptr(_) | Kind::Array(..) => return key.is_number() || key.is_cdata(),
        _ => ty,
    };
    match key.as_str() {
        Some(s) => types
            .field(rty, &String::from_utf8_lossy(s.as_bytes()))
            .is_some(),
        None => false,
    }
}

fn cdata_index(vm: &mut Vm) -> LuaResult<usize> {
    let obj = vm.arg(1);
    let key = vm.arg(2);
    let Some(cd) = obj.as_cdata() else {
        return Ok(0);
    };
    if let Some(m) = callback_method(vm, cd, key)? {
        vm.push(m)?;
        return Ok(1);
    }
    if let Some(h) = metatype_handler(vm, obj, "__index")? {
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
    let st = state(vm);
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    if cd.ctype() == id::CTYPE {
        return Err(ctype_index_error(vm, types, cd, key));
    }
    let p = place(vm, types, cd, key)?;
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
        None => load(vm, types, p.ty, p.addr)?,
    };
    vm.push(v)?;
    Ok(1)
}

fn cdata_newindex(vm: &mut Vm) -> LuaResult<usize> {
    let obj = vm.arg(1);
    let key = vm.arg(2);
    let val = vm.arg(3);
    let Some(cd) = obj.as_cdata() else {
        return Ok(0);
    };
    if let Some(h) = metatype_handler(vm, obj, "__newindex")? {
        if !is_member(vm, cd, key) {
            if h.is_function() {
                vm.call_value(h, &[obj, key, val])?;
            } else {
                vm.set_index(h, key, val)?;
            }
            return Ok(0);
        }
    }
    let st = state(vm);
    let st = st.borrow();
    let types = &st.types;
    if cd.ctype() == id::CTYPE {
        return Err(ctype_index_error(vm, types, cd, key));
    }
    let p = place(vm, types, cd, key)?;
    if types.get(p.ty).is_const {
        return Err(fail_at(vm, "attempt to write to constant location"));
    }
    let r = match p.bits {
        Some(bits) => conv::store_bits(types, p.ty, p.addr, bits, val),
        None => conv::store(types, p.ty, p.addr, val, false),
    };
    r.map_err(|m| fail_at(vm, m))?;
    Ok(0)
}

// ------------------------------------------------------------------ arithmetic

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
}

/// An arithmetic operand: a pointer (address, element type) or a number.
enum Operand {
    Ptr(u64, CTypeId),
    Int(i64, bool),
    Num(f64),
    Other,
}

fn operand(types: &CTypes, v: Value) -> Operand {
    if let Some(n) = v.to_number() {
        return Operand::Num(n);
    }
    let Some(cd) = v.as_cdata() else {
        return Operand::Other;
    };
    if cd.ctype() == id::CTYPE {
        return Operand::Other;
    }
    let (ty, addr) = object(types, cd);
    match types.get(ty).kind {
        Kind::Ptr(t) => Operand::Ptr(stored_ptr(cd), t),
        Kind::Array(e, ..) => Operand::Ptr(addr, e),
        Kind::Int { .. } | Kind::Enum | Kind::Bool => match conv::load_scalar(types, ty, addr) {
            Ok(Scalar::Int(i, u)) => Operand::Int(i, u),
            _ => Operand::Other,
        },
        Kind::Float => match conv::load_scalar(types, ty, addr) {
            Ok(Scalar::Float(f)) => Operand::Num(f),
            _ => Operand::Other,
        },
        _ => Operand::Other,
    }
}

/// An operand of cdata arithmetic: LuaJIT computes on 64-bit integers even
/// for floating-point cdata (`ffi.new("double", 1.5) + 1` is `2LL`).
fn int_operand(types: &CTypes, v: Value) -> Operand {
    match operand(types, v) {
        Operand::Num(f) if v.is_cdata() => Operand::Int(num2i64(f), false),
        o => o,
    }
}

fn arith(vm: &mut Vm, op: Op) -> LuaResult<usize> {
    let name = match op {
        Op::Add => "__add",
        Op::Sub => "__sub",
        Op::Mul => "__mul",
        Op::Div => "__div",
        Op::Mod => "__mod",
        Op::Pow => "__pow",
    };
    if let Some(n) = try_metatype(vm, name, &args(vm))? {
        return Ok(n);
    }
    let (a, b) = (vm.arg(1), vm.arg(2));
    let st = state(vm);
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    let (x, y) = (int_operand(types, a), int_operand(types, b));
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
    vm.push(r)?;
    Ok(1)
}

fn operand_is_ptr(types: &CTypes, v: Value) -> bool {
    matches!(operand(types, v), Operand::Ptr(..))
}

fn arith_error(vm: &mut Vm, types: &CTypes, a: Value, b: Value) -> LuaError {
    let (x, y) = (
        conv::value_type_name(types, a),
        conv::value_type_name(types, b),
    );
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
        Op::Pow => int_pow(x, y, unsigned),
    }
}

fn int_pow(x: i64, k: i64, unsigned: bool) -> i64 {
    if k == 0 {
        return 1;
    }
    if k < 0 && !unsigned {
        return match x {
            1 => 1,
            -1 if k & 1 == 1 => -1,
            -1 => 1,
            _ => 0,
        };
    }
    let (mut base, mut k, mut r) = (x, k as u64, 1i64);
    while k > 0 {
        if k & 1 == 1 {
            r = r.wrapping_mul(base);
        }
        base = base.wrapping_mul(base);
        k >>= 1;
    }
    r
}

fn cdata_add(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Add)
}
fn cdata_sub(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Sub)
}
fn cdata_mul(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Mul)
}
fn cdata_div(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Div)
}
fn cdata_mod(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Mod)
}
fn cdata_pow(vm: &mut Vm) -> LuaResult<usize> {
    arith(vm, Op::Pow)
}

fn cdata_unm(vm: &mut Vm) -> LuaResult<usize> {
    if let Some(n) = try_metatype(vm, "__unm", &args(vm))? {
        return Ok(n);
    }
    let a = vm.arg(1);
    let st = state(vm);
    let st = st.borrow();
    let r = match int_operand(&st.types, a) {
        Operand::Int(i, u) => box_int(vm, i.wrapping_neg(), u)?,
        _ => {
            let x = conv::value_type_name(&st.types, a);
            return Err(fail_at(
                vm,
                format!("attempt to perform arithmetic on '{x}'"),
            ));
        }
    };
    vm.push(r)?;
    Ok(1)
}

// ------------------------------------------------------------------ comparison

/// Compares two operands: Some(ordering) when comparable.
fn compare(types: &CTypes, a: Value, b: Value) -> Option<std::cmp::Ordering> {
    let as_addr = |v: Value, o: &Operand| match o {
        Operand::Ptr(p, _) => Some(*p),
        _ if v.is_nil() => Some(0),
        _ => None,
    };
    let (x, y) = (int_operand(types, a), int_operand(types, b));
    if let (Some(p), Some(q)) = (as_addr(a, &x), as_addr(b, &y)) {
        if matches!(x, Operand::Ptr(..)) || matches!(y, Operand::Ptr(..)) {
            return Some(p.cmp(&q));
        }
    }
    match (x, y) {
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
    }
}

fn cdata_eq(vm: &mut Vm) -> LuaResult<usize> {
    if let Some(n) = try_metatype(vm, "__eq", &args(vm))? {
        return Ok(n);
    }
    let (a, b) = (vm.arg(1), vm.arg(2));
    let st = state(vm);
    let st = st.borrow();
    let eq = match (a.as_cdata(), b.as_cdata()) {
        (Some(x), Some(y)) if x.ctype() == id::CTYPE || y.ctype() == id::CTYPE => {
            x.ctype() == y.ctype() && ctype_of(x) == ctype_of(y)
        }
        _ => match compare(&st.types, a, b) {
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
    if let Some(n) = try_metatype(vm, name, &args(vm))? {
        return Ok(n);
    }
    let (a, b) = (vm.arg(1), vm.arg(2));
    let st = state(vm);
    let st = st.borrow();
    match compare(&st.types, a, b) {
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

fn cdata_lt(vm: &mut Vm) -> LuaResult<usize> {
    order(vm, "__lt", |o| o.is_lt())
}
fn cdata_le(vm: &mut Vm) -> LuaResult<usize> {
    order(vm, "__le", |o| o.is_le())
}

// ------------------------------------------------------------------ conversion

fn cdata_tostring(vm: &mut Vm) -> LuaResult<usize> {
    if let Some(n) = try_metatype(vm, "__tostring", &args(vm))? {
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
            (Kind::Enum, _) => {
                let i = mem::read_int(cd.data_ptr() as u64, 4, true).unwrap_or(0);
                format!("cdata<{}>: {i}", types.repr(ty))
            }
            (Kind::Ptr(_) | Kind::Ref(_), _) => match stored_ptr(cd) {
                0 => format!("cdata<{}>: NULL", types.repr(ty)),
                p => format!("cdata<{}>: {p:#x}", types.repr(ty)),
            },
            _ => format!("cdata<{}>: {:#x}", types.repr(ty), cd.data_ptr() as u64),
        }
    };
    vm.push_str(text.as_bytes())?;
    Ok(1)
}

fn cdata_tonumber(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.arg(1);
    let st = state(vm);
    let st = st.borrow();
    let n = match operand(&st.types, v) {
        Operand::Int(i, true) => Value::number(i as u64 as f64),
        Operand::Int(i, false) => Value::number(i as f64),
        Operand::Num(f) => Value::number(f),
        _ => Value::NIL,
    };
    vm.push(n)?;
    Ok(1)
}

/// Calling a ctype object constructs (`ffi.new`); C calls are not yet there.
fn cdata_call(vm: &mut Vm) -> LuaResult<usize> {
    let Some(cd) = vm.arg(1).as_cdata() else {
        return Ok(0);
    };
    if let Some(n) = try_metatype(vm, "__call", &args(vm))? {
        return Ok(n);
    }
    let st = state(vm);
    if cd.ctype() == id::CTYPE {
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
    let mut args: Vec<Value> = (2..=vm.nargs()).map(|i| vm.arg(i)).collect();
    // Lua functions passed for function pointers become callbacks.
    let params = match &st.borrow().types.get(fty).kind {
        Kind::Func { params, .. } => params.clone(),
        _ => Vec::new(),
    };
    for (i, &p) in params.iter().enumerate() {
        if args.get(i).is_some_and(|a| a.is_function()) && is_func_ptr(&st.borrow().types, p) {
            args[i] = make_callback(vm, &st, p, args[i])?;
            vm.set_arg(i + 2, args[i]); // keeps the callback cdata reachable
        }
    }
    // Call errors are plain messages, as LuaJIT raises them.
    let prepared = call::prepare(&mut st.borrow_mut().types, fty, fptr, &args)
        .map_err(|m| vm.raise_msg(&m))?;
    // Output order as with one stdio: Lua's buffered output goes out before C
    // writes, and C's buffered output right after.
    vm.flush_stdout();
    // No borrow of the state across the call: C may call back into Lua.
    let result = prepared.invoke();
    st.borrow_mut().errno = mem::errno();
    mem::flush_c_stdio();
    let reg = vm.registry();
    let err = vm.table_get_str(reg, callback::ERROR_KEY)?;
    if !err.is_nil() {
        vm.table_set_str(reg, callback::ERROR_KEY, Value::NIL)?;
        return Err(vm.raise(err));
    }
    let Some((rty, mut bytes)) = result else {
        return Ok(0);
    };
    let mut st = st.borrow_mut();
    let types = &mut st.types;
    let v = if types.get(rty).is_record() {
        // A struct result is a new object holding a copy.
        let size = types.get(rty).size;
        let out = vm.new_cdata(rty, size as usize)?;
        mem::copy(out.data_ptr() as u64, bytes.as_ptr() as u64, size)
            .map_err(|m| fail_at(vm, m))?;
        out.to_value()
    } else {
        load(vm, types, rty, bytes.as_mut_ptr() as u64)?
    };
    vm.push(v)?;
    Ok(1)
}

fn is_func_ptr(types: &CTypes, ty: CTypeId) -> bool {
    types.target(ty).is_some_and(|t| types.get(t).is_func()) && types.get(ty).is_pointer()
}

/// `cb.free` and `cb.set` of a callback's function pointer.
fn callback_method(vm: &mut Vm, cd: Gc<Cdata>, key: Value) -> LuaResult<Option<Value>> {
    let f: NativeFn = match key.as_str().map(|s| s.as_bytes()) {
        Some(b"free") => callback_free,
        Some(b"set") => callback_set,
        _ => return Ok(None),
    };
    if callback_slot(vm, cd.to_value()).is_none() {
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
    let addr = stored_ptr(cd);
    st.callbacks
        .iter()
        .find(|c| c.address() == addr)
        .map(|c| c.slot)
}

fn callback_free(vm: &mut Vm) -> LuaResult<usize> {
    set_callback_function(vm, Value::NIL)
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

/// A callback for Lua function `f` as a function pointer of type `ptr_ty`.
fn make_callback(vm: &mut Vm, st: &Shared, ptr_ty: CTypeId, f: Value) -> LuaResult<Value> {
    let reg = vm.registry();
    let Some(funcs) = vm.table_get_str(reg, callback::FUNCS_KEY)?.as_table() else {
        return Err(fail_at(vm, "callbacks are not available"));
    };
    // One slot per callback ever made, so a freed one is never reused.
    let slot = st.borrow().callbacks.len() as i64 + 1;
    vm.table_set(funcs, Value::number(slot as f64), f)?;
    let fty = st.borrow().types.target(ptr_ty).unwrap_or(id::VOID);
    let cb = callback::create(vm, &st.borrow().types, Rc::downgrade(st), fty, slot)
        .map_err(|m| fail_at(vm, m))?;
    let addr = cb.address();
    st.borrow_mut().callbacks.push(cb);
    new_pointer(vm, ptr_ty, addr)
}

fn cdata_len(vm: &mut Vm) -> LuaResult<usize> {
    if let Some(n) = try_metatype(vm, "__len", &args(vm))? {
        return Ok(n);
    }
    let st = state(vm);
    let what = conv::value_type_name(&st.borrow().types, vm.arg(1));
    Err(fail_at(vm, format!("attempt to get length of '{what}'")))
}

fn cdata_concat(vm: &mut Vm) -> LuaResult<usize> {
    if let Some(n) = try_metatype(vm, "__concat", &args(vm))? {
        return Ok(n);
    }
    let st = state(vm);
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
