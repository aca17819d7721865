//! Conversions between Lua values and C data (LuaJIT's lj_cconv): storing a
//! Lua value into C memory of a given type (assignments, initialisers, casts)
//! and loading C memory as a Lua value (numbers, booleans, boxed 64-bit
//! integers, pointer cdata, references to aggregates).

use crate::ctype::{id, CTypeId, CTypes, Field, Kind};
use crate::mem;
use lunavm_vm::cdata::Cdata;
use lunavm_vm::value::Gc;
use lunavm_vm::{LuaResult, Value, Vm};
use std::collections::HashMap;

/// A scalar read from C or taken from Lua.
#[derive(Clone, Copy, Debug)]
pub enum Scalar {
    /// An integer; `true` when it is a 64-bit unsigned value (its bits).
    Int(i64, bool),
    Float(f64),
    Ptr(u64),
}

/// Double to int64 as x86-64's cvttsd2si does (out of range gives i64::MIN).
pub fn num2i64(n: f64) -> i64 {
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&n) {
        n as i64
    } else {
        i64::MIN
    }
}

/// Double to int32 as x86-64's cvttsd2si (out of range gives i32::MIN).
pub fn num2i32(n: f64) -> i32 {
    if (-2_147_483_648.0..2_147_483_648.0).contains(&n) {
        n as i32
    } else {
        i32::MIN
    }
}

/// Double to uint64 as LuaJIT's lj_num2u64 does on x86-64: through int64,
/// retrying with 2^64 subtracted when that is negative (so values from 2^63 up
/// convert, and -1 gives 2^63, the out-of-range result of the retry).
pub fn num2u64(n: f64) -> u64 {
    let i = num2i64(n);
    if i < 0 {
        num2i64(n - 18_446_744_073_709_551_616.0) as u64
    } else {
        i as u64
    }
}

/// A Lua number stored into an integer type of `size` bytes: the integer
/// whose low `size` bytes are stored (lj_cconv's rules).
pub fn number_to_int(f: f64, size: u64, signed: bool) -> i64 {
    if !signed && size == 8 {
        num2u64(f) as i64
    } else if size < 4 || (signed && size == 4) {
        // Targets narrower than 32 bits and int32_t go through a 32-bit
        // conversion, whose out-of-range result is i32::MIN (as x86-64's
        // and LuaJIT's lj_cconv).
        num2i32(f) as i64
    } else {
        num2i64(f)
    }
}

fn conv_err<T>(types: &CTypes, from: &str, to: CTypeId) -> Result<T, String> {
    Err(format!("cannot convert '{from}' to '{}'", types.repr(to)))
}

/// Whether `ty` is `long double`. Its values are never converted, as in
/// LuaJIT on x86-64: reading one is "cannot convert 'long double' to
/// 'double'", storing a number "cannot convert 'number' to 'long double'".
pub fn is_long_double(types: &CTypes, ty: CTypeId) -> bool {
    let ct = types.get(ty);
    ct.kind == Kind::Float && ct.size > 8
}

/// The error of reading a `long double` as a Lua number.
pub const LONG_DOUBLE_LOAD: &str = "cannot convert 'long double' to 'double'";

/// What a cdata designates: its type (references followed) and address.
pub fn object(types: &CTypes, cd: Gc<Cdata>) -> (CTypeId, u64) {
    let ty = cd.ctype();
    match types.get(ty).kind {
        Kind::Ref(t) => (t, stored_ptr(cd)),
        // A C function (`ffi.C.abs`) holds its address.
        Kind::Func { .. } => (ty, stored_ptr(cd)),
        _ => (ty, cd.data_ptr() as u64),
    }
}

/// What a cdata designates, as `object`, for reading it as a value: a
/// reference bound to NULL is refused (LuaJIT reads through it and crashes).
pub fn referent(types: &CTypes, cd: Gc<Cdata>) -> Result<(CTypeId, u64), &'static str> {
    let (ty, addr) = object(types, cd);
    if let Kind::Ref(t) = types.get(cd.ctype()).kind {
        mem::check(addr, types.get(t).size.max(1))?;
    }
    Ok((ty, addr))
}

/// The pointer stored in a pointer or reference cdata.
pub fn stored_ptr(cd: Gc<Cdata>) -> u64 {
    // A `__ptr32` pointer made by `ffi.new` has a 4-byte payload.
    let size = if cd.len() == 4 { 4 } else { 8 };
    mem::read_int(cd.data_ptr() as u64, size, false).unwrap_or(0) as u64
}

/// The pointer of type `ty` stored at `addr` (a `__ptr32` one is 4 bytes); a
/// pointer cdata's own, or one a reference (`int *&`) refers to.
pub fn pointer_at(types: &CTypes, ty: CTypeId, addr: u64) -> Result<u64, &'static str> {
    Ok(mem::read_int(addr, types.get(ty).size, false)? as u64)
}

/// The name a value has in conversion errors: its C type for cdata (what a
/// reference refers to, as LuaJIT names it).
pub fn value_type_name(types: &CTypes, v: Value) -> String {
    match v.as_cdata() {
        Some(cd) => types.repr(object(types, cd).0),
        // LuaJIT's conversion errors call booleans 'bool', and userdata
        // by the `void *` they convert to.
        None if v.is_bool() => "bool".to_string(),
        None if v.itype() == lunavm_vm::value::tag::LIGHTUD || v.as_userdata().is_some() => {
            "void *".to_string()
        }
        None => v.type_name().to_string(),
    }
}

/// Reads a scalar of type `ty` at `addr` (integers, enums, bools, floats,
/// pointers).
pub fn load_scalar(types: &CTypes, ty: CTypeId, addr: u64) -> Result<Scalar, String> {
    let ct = types.get(ty);
    Ok(match ct.kind {
        Kind::Int { signed } => Scalar::Int(
            mem::read_int(addr, ct.size, signed)?,
            !signed && ct.size == 8,
        ),
        // Any nonzero byte is true, as in LuaJIT.
        Kind::Bool => Scalar::Int((mem::read_int(addr, ct.size, false)? != 0) as i64, false),
        Kind::Enum => Scalar::Int(mem::read_int(addr, 4, ct.is_signed())?, false),
        Kind::Float if ct.size > 8 => return Err(LONG_DOUBLE_LOAD.into()),
        Kind::Float => Scalar::Float(mem::read_float(addr, ct.size)?),
        // A complex number converts to a scalar as its real part.
        Kind::Complex => Scalar::Float(mem::read_float(addr, ct.size / 2)?),
        Kind::Ptr(_) => Scalar::Ptr(mem::read_int(addr, ct.size, false)? as u64),
        _ => return Err(format!("'{}' is not a scalar", types.repr(ty))),
    })
}

/// The scalar a cdata holds; aggregates give their address.
pub fn cdata_scalar(types: &CTypes, cd: Gc<Cdata>) -> Result<Scalar, String> {
    let (ty, addr) = referent(types, cd)?;
    match types.get(ty).kind {
        Kind::Array(..) | Kind::Record { .. } | Kind::Func { .. } => Ok(Scalar::Ptr(addr)),
        _ => load_scalar(types, ty, addr),
    }
}

/// A Lua value as a scalar for an arithmetic or numeric conversion: numbers,
/// booleans and numeric cdata.
fn to_scalar(types: &CTypes, v: Value, to: CTypeId, cast: bool) -> Result<Scalar, String> {
    if let Some(n) = v.to_number() {
        return Ok(Scalar::Float(n));
    }
    if v.is_bool() {
        return Ok(Scalar::Int(v.is_truthy() as i64, false));
    }
    // Userdata are `void *` (casts to integers only).
    if cast && (v.itype() == lunavm_vm::value::tag::LIGHTUD || v.as_userdata().is_some()) {
        return to_pointer(types, v, to, true).map(Scalar::Ptr);
    }
    if let Some(cd) = v.as_cdata() {
        if is_long_double(types, object(types, cd).0) {
            return conv_err(types, "long double", to);
        }
        let s = cdata_scalar(types, cd)?;
        return match s {
            Scalar::Ptr(_) if !cast => conv_err(types, &value_type_name(types, v), to),
            s => Ok(s),
        };
    }
    if let (true, Some(s)) = (types.get(to).kind == Kind::Enum, v.as_str()) {
        let name = String::from_utf8_lossy(s.as_bytes());
        if let Some(c) = types.constants.get(name.as_ref()) {
            if c.ty == to {
                return Ok(Scalar::Int(c.value, false));
            }
        }
    }
    conv_err(types, &value_type_name(types, v), to)
}

/// The address a Lua value converts to for a pointer of type `to`.
fn to_pointer(types: &CTypes, v: Value, to: CTypeId, cast: bool) -> Result<u64, String> {
    if v.is_nil() {
        return Ok(0);
    }
    if v.itype() == lunavm_vm::value::tag::LIGHTUD {
        return Ok(v.payload());
    }
    if let Some(ud) = v.as_userdata() {
        return userdata_pointer(ud);
    }
    let target = match types.get(to).kind {
        Kind::Ref(t) => t,
        _ => types.target(to).unwrap_or(id::VOID),
    };
    if let Some(s) = v.as_str() {
        let t = types.get(target);
        if cast || t.kind == Kind::Void || t.size == 1 {
            return Ok(s.as_bytes().as_ptr() as u64);
        }
        return conv_err(types, "string", to);
    }
    if let Some(n) = v.to_number() {
        if cast {
            return Ok(num2u64(n));
        }
        return conv_err(types, "number", to);
    }
    if let Some(cd) = v.as_cdata() {
        let (ty, addr) = object(types, cd);
        let ct = types.get(ty);
        let (pointee, a) = match ct.kind {
            Kind::Ptr(t) => (t, stored_ptr_at(addr, ct.size)?),
            Kind::Array(e, ..) => (e, addr),
            Kind::Record { .. } | Kind::Func { .. } => (ty, addr),
            Kind::Int { .. } | Kind::Enum | Kind::Bool if cast => {
                return match load_scalar(types, ty, addr)? {
                    Scalar::Int(i, _) => Ok(i as u64),
                    _ => Ok(0),
                };
            }
            _ => return conv_err(types, &value_type_name(types, v), to),
        };
        if cast || compatible_pointee(types, pointee, target) {
            return Ok(a);
        }
        return conv_err(types, &value_type_name(types, v), to);
    }
    conv_err(types, &value_type_name(types, v), to)
}

/// A full userdata as a pointer (LuaJIT's `void *` of its payload): its
/// address, as `tostring` shows it; an io file is its C `FILE *` (the io
/// library hands the file to C stdio, see vm/src/stdlib/io.rs), and a
/// closed one is an error.
fn userdata_pointer(ud: Gc<lunavm_vm::udata::Userdata>) -> Result<u64, String> {
    match lunavm_vm::stdlib::io_file_pointer(ud) {
        Some(file) => file,
        None => Ok(ud.to_value().payload()),
    }
}

fn stored_ptr_at(addr: u64, size: u64) -> Result<u64, String> {
    Ok(mem::read_int(addr, size, false)? as u64)
}

/// Whether a pointer to `from` converts implicitly to a pointer to `to`:
/// either is void, or they are the same type and no `const` is dropped.
pub(crate) fn compatible_pointee(types: &CTypes, from: CTypeId, to: CTypeId) -> bool {
    let (f, t) = (types.get(from), types.get(to));
    if (f.is_const && !t.is_const) || (f.is_volatile && !t.is_volatile) {
        return false;
    }
    if f.kind == Kind::Void || t.kind == Kind::Void {
        return true;
    }
    // Integers of one size are compatible whatever their signedness.
    if let (Kind::Int { .. }, Kind::Int { .. }) = (&f.kind, &t.kind) {
        return f.size == t.size;
    }
    strip(types, from) == strip(types, to)
}

/// A type's identity with qualifiers removed (qualified records are copies
/// whose fields and name match, so they compare by kind, name and size).
pub fn strip(types: &CTypes, ty: CTypeId) -> (Kind, Option<String>, u64) {
    let ct = types.get(ty);
    (ct.kind.clone(), ct.name.clone(), ct.size)
}

/// Stores Lua value `v` as C type `ty` at `addr`. `cast` allows the explicit
/// conversions of `ffi.cast` (numbers to pointers, pointers to integers).
pub fn store(types: &CTypes, ty: CTypeId, addr: u64, v: Value, cast: bool) -> Result<(), String> {
    let ct = types.get(ty);
    match ct.kind {
        Kind::Bool => {
            let b = match to_scalar(types, v, ty, cast)? {
                Scalar::Int(i, _) => i != 0,
                Scalar::Float(f) => f != 0.0,
                Scalar::Ptr(p) => p != 0,
            };
            mem::write_int(addr, ct.size, b as i64)?;
        }
        Kind::Int { signed } => {
            let i = match to_scalar(types, v, ty, cast)? {
                Scalar::Int(i, _) => i,
                Scalar::Float(f) => number_to_int(f, ct.size, signed),
                Scalar::Ptr(p) => p as i64,
            };
            mem::write_int(addr, ct.size, i)?;
        }
        Kind::Enum => {
            let i = match to_scalar(types, v, ty, cast)? {
                Scalar::Int(i, _) => i,
                Scalar::Float(f) => num2i64(f),
                Scalar::Ptr(p) => p as i64,
            };
            mem::write_int(addr, 4, i)?;
        }
        Kind::Float if ct.size > 8 => {
            // Only a whole `long double` is copied, nothing converts to one.
            match v.as_cdata().map(|cd| object(types, cd)) {
                Some((sty, saddr)) if is_long_double(types, sty) => mem::copy(addr, saddr, 16)?,
                _ => return conv_err(types, &value_type_name(types, v), ty),
            }
        }
        Kind::Float => {
            let f = match to_scalar(types, v, ty, cast)? {
                Scalar::Int(i, true) => i as u64 as f64,
                Scalar::Int(i, false) => i as f64,
                Scalar::Float(f) => f,
                Scalar::Ptr(_) => return conv_err(types, &value_type_name(types, v), ty),
            };
            mem::write_float(addr, ct.size, f)?;
        }
        Kind::Complex => {
            let part = ct.size / 2;
            if v.is_table() {
                return init(types, ty, addr, ct.size, &[v]);
            }
            let (re, im) = match v.as_cdata().map(|cd| object(types, cd)) {
                Some((sty, saddr)) if types.get(sty).kind == Kind::Complex => {
                    let half = types.get(sty).size / 2;
                    (
                        mem::read_float(saddr, half)?,
                        mem::read_float(saddr + half, half)?,
                    )
                }
                _ if v.is_bool() => return conv_err(types, "bool", ty),
                _ => match to_scalar(types, v, ty, cast)? {
                    Scalar::Int(i, true) => (i as u64 as f64, 0.0),
                    Scalar::Int(i, false) => (i as f64, 0.0),
                    Scalar::Float(f) => (f, 0.0),
                    Scalar::Ptr(_) => return conv_err(types, &value_type_name(types, v), ty),
                },
            };
            mem::write_float(addr, part, re)?;
            mem::write_float(addr + part, part, im)?;
        }
        // A reference is initialised as a pointer (LuaJIT's conversions
        // treat it as one).
        Kind::Ptr(_) | Kind::Ref(_) => {
            let p = to_pointer(types, v, ty, cast)?;
            mem::write_int(addr, ct.size, p as i64)?;
        }
        Kind::Vector(e, n) => {
            if v.is_table() {
                mem::fill(addr, ct.size, 0)?;
                return init(types, ty, addr, ct.size, &[v]);
            }
            if let Some((sty, saddr)) = v.as_cdata().map(|cd| object(types, cd)) {
                // A vector of the same size is copied bit for bit.
                let s = types.get(sty);
                if matches!(s.kind, Kind::Vector(..)) && s.size == ct.size {
                    return Ok(mem::copy(addr, saddr, ct.size)?);
                }
            }
            if v.is_bool() || v.is_string() || v.is_nil() {
                return conv_err(types, &value_type_name(types, v), ty);
            }
            // A scalar (a complex number's real part) goes into every element.
            let esize = types.get(e).size;
            for i in 0..n {
                store(types, e, addr + i * esize, v, cast)?;
            }
        }
        Kind::Array(..) | Kind::Record { .. } => {
            if let Some(cd) = v.as_cdata() {
                let (sty, saddr) = object(types, cd);
                if strip(types, sty) == strip(types, ty) {
                    return Ok(mem::copy(addr, saddr, ct.size)?);
                }
            }
            // An aggregate takes a table, or a string for a byte array; a
            // lone number only initialises one (`ffi.new`), as in LuaJIT.
            let byte_array = matches!(ct.kind, Kind::Array(e, ..) if types.get(e).size == 1);
            if !(v.is_table() || (v.is_string() && byte_array)) {
                return conv_err(types, &value_type_name(types, v), ty);
            }
            // What the table leaves out is zero, as in a fresh object.
            if v.is_table() {
                mem::fill(addr, ct.size, 0)?;
            }
            init(types, ty, addr, ct.size, &[v])?;
        }
        _ => return conv_err(types, &value_type_name(types, v), ty),
    }
    Ok(())
}

/// Copies a string with its NUL into a byte array, at most `room` bytes
/// (None: all of it).
fn copy_string(addr: u64, s: &[u8], room: Option<u64>) -> Result<(), String> {
    let len = (s.len() as u64 + 1).min(room.unwrap_or(u64::MAX)) as usize;
    if len <= s.len() {
        return Ok(mem::write_bytes(addr, &s[..len])?);
    }
    mem::write_bytes(addr, s)?;
    Ok(mem::write_bytes(addr + s.len() as u64, &[0])?)
}

/// Whether `ty` is an array of bytes without a size (`char [?]`, `char []`,
/// `char [0]`): a string stored into one is copied whole, as LuaJIT does,
/// as far as the object holding it extends.
fn unsized_byte_array(types: &CTypes, ty: CTypeId) -> bool {
    match types.get(ty).kind {
        Kind::Array(e, None | Some(0), _) => {
            let e = types.get(e);
            e.is_integer() && e.size == 1
        }
        _ => false,
    }
}

/// `store` of an assignment or a member's initialiser, where `room` is how
/// many bytes the object holding `addr` has from there on (None: unknown,
/// e.g. behind a pointer). Only a string copied into an unsized byte array
/// uses it: it is copied whole, but never past a known end (LuaJIT's copy
/// has no end).
pub fn store_at(
    types: &CTypes,
    ty: CTypeId,
    addr: u64,
    v: Value,
    room: Option<u64>,
) -> Result<(), String> {
    match v.as_str() {
        Some(s) if unsized_byte_array(types, ty) => copy_string(addr, s.as_bytes(), room),
        _ => store(types, ty, addr, v, false),
    }
}

/// Stores into a bit field.
pub fn store_bits(
    types: &CTypes,
    ty: CTypeId,
    addr: u64,
    (pos, width): (u32, u32),
    v: Value,
) -> Result<(), String> {
    let i = match to_scalar(types, v, ty, false)? {
        Scalar::Int(i, _) => i,
        Scalar::Float(f) => num2i64(f),
        Scalar::Ptr(p) => p as i64,
    };
    Ok(mem::write_bits(addr, pos, width, i)?)
}

/// Initialises a zeroed object of type `ty` (`size` bytes, which differs from
/// the type's size for variable-length arrays) from `ffi.new`'s initialisers.
pub fn init(
    types: &CTypes,
    ty: CTypeId,
    addr: u64,
    size: u64,
    inits: &[Value],
) -> Result<(), String> {
    let ct = types.get(ty);
    match &ct.kind {
        Kind::Array(e, ..) => {
            let esize = types.get(*e).size;
            let n = size.checked_div(esize).unwrap_or(0);
            init_array(types, ty, *e, esize, n, addr, inits)
        }
        Kind::Vector(e, n) => {
            let esize = types.get(*e).size;
            match inits {
                [v] if !v.is_table() => store(types, ty, addr, *v, false),
                _ => init_array(types, ty, *e, esize, *n, addr, inits),
            }
        }
        Kind::Record { is_union } => {
            // A struct of the same type is copied whole.
            if let [v] = inits {
                if let Some((sty, saddr)) = v.as_cdata().map(|cd| object(types, cd)) {
                    if strip(types, sty) == strip(types, ty) {
                        return Ok(mem::copy(addr, saddr, ct.size)?);
                    }
                }
            }
            init_record(types, ty, *is_union, addr, size, inits)
        }
        // Initialised as an array of its two parts (real, imaginary).
        Kind::Complex => {
            let part = if ct.size == 8 { id::FLOAT } else { id::DOUBLE };
            let half = ct.size / 2;
            let parts: Vec<Value> = match inits {
                [v] if v.is_table() => {
                    let t = v.as_table().expect("checked");
                    let start = if t.get(Value::number(0.0)).is_nil() {
                        1
                    } else {
                        0
                    };
                    let mut parts: Vec<Value> = (0..2)
                        .map(|i| t.get(Value::number((start + i) as f64)))
                        .take_while(|x| !x.is_nil())
                        .collect();
                    // One part in a table sets both (as LuaJIT does).
                    if parts.len() == 1 {
                        parts.push(parts[0]);
                    }
                    parts
                }
                [v] => return store(types, ty, addr, *v, false),
                [_, _] => inits.to_vec(),
                [] => Vec::new(),
                _ => return Err(format!("too many initializers for '{}'", types.repr(ty))),
            };
            for (i, x) in parts.iter().enumerate() {
                store(types, part, addr + i as u64 * half, *x, false)?;
            }
            Ok(())
        }
        _ => match inits {
            [] => Ok(()),
            [v] => store(types, ty, addr, *v, false),
            _ => Err(format!("too many initializers for '{}'", types.repr(ty))),
        },
    }
}

fn init_array(
    types: &CTypes,
    ty: CTypeId,
    elem: CTypeId,
    esize: u64,
    n: u64,
    addr: u64,
    inits: &[Value],
) -> Result<(), String> {
    if let [v] = inits {
        if let Some(t) = v.as_table() {
            let start = if t.get(Value::number(0.0)).is_nil() {
                1
            } else {
                0
            };
            let mut given = 0;
            for i in 0..n {
                let x = t.get(Value::number((start + i) as f64));
                if x.is_nil() {
                    break;
                }
                store(types, elem, addr + i * esize, x, false)?;
                given += 1;
            }
            if given == n && !t.get(Value::number((start + n) as f64)).is_nil() {
                return Err(format!("too many initializers for '{}'", types.repr(ty)));
            }
            // A table of one element fills the whole array (LuaJIT's rule).
            if given == 1 {
                let x = t.get(Value::number(start as f64));
                for i in 1..n {
                    store(types, elem, addr + i * esize, x, false)?;
                }
            }
            return Ok(());
        }
        if let (Some(s), 1) = (v.as_str(), esize) {
            if types.get(elem).is_integer() {
                // With its terminating NUL where that fits.
                return copy_string(addr, s.as_bytes(), Some(n));
            }
        }
        if let Some(cd) = v.as_cdata() {
            let (sty, saddr) = object(types, cd);
            if strip(types, sty) == strip(types, ty) {
                return Ok(mem::copy(addr, saddr, types.get(ty).size.min(n * esize))?);
            }
        }
        // One scalar initialiser fills every element.
        for i in 0..n {
            store(types, elem, addr + i * esize, *v, false)?;
        }
        return Ok(());
    }
    if inits.len() as u64 > n {
        return Err(format!("too many initializers for '{}'", types.repr(ty)));
    }
    for (i, v) in inits.iter().enumerate() {
        store(types, elem, addr + i as u64 * esize, *v, false)?;
    }
    Ok(())
}

/// The members of a record in order, anonymous members flattened, with
/// offsets from the start of the outermost record.
pub(crate) fn flat_fields(types: &CTypes, ty: CTypeId, base: u64, out: &mut Vec<Field>) {
    for f in &types.get(ty).fields {
        if f.name.is_none() && f.bits.is_none() && types.get(f.ty).is_record() {
            flat_fields(types, f.ty, base + f.offset, out);
        } else {
            out.push(Field {
                offset: base + f.offset,
                ..f.clone()
            });
        }
    }
}

fn init_record(
    types: &CTypes,
    ty: CTypeId,
    is_union: bool,
    addr: u64,
    size: u64,
    inits: &[Value],
) -> Result<(), String> {
    let mut fields = Vec::new();
    flat_fields(types, ty, 0, &mut fields);
    let put = |f: &Field, v: Value| match f.bits {
        Some(bits) => store_bits(types, f.ty, addr + f.offset, bits, v),
        None => {
            let fct = types.get(f.ty);
            if fct.has_vla && fct.is_array() {
                // A variable-length tail: its elements from a table, as many
                // as there are and fit in the object's `size` (never
                // repeated, as in LuaJIT).
                if v.is_string() {
                    let room = size.saturating_sub(f.offset);
                    return store_at(types, f.ty, addr + f.offset, v, Some(room));
                }
                if let (Some(t), Kind::Array(e, ..)) = (v.as_table(), &fct.kind) {
                    let esize = types.get(*e).size.max(1);
                    let room = size.saturating_sub(f.offset) / esize;
                    let start = if t.get(Value::number(0.0)).is_nil() {
                        1
                    } else {
                        0
                    };
                    let mut i = 0;
                    while i < room {
                        let x = t.get(Value::number((start + i) as f64));
                        if x.is_nil() {
                            break;
                        }
                        store(types, *e, addr + f.offset + i * esize, x, false)?;
                        i += 1;
                    }
                }
                return Ok(());
            }
            let room = size.saturating_sub(f.offset);
            store_at(types, f.ty, addr + f.offset, v, Some(room))
        }
    };
    if let [v] = inits {
        if let Some(t) = v.as_table() {
            // By position from index 0 or 1 when either is there (a union:
            // its first member; extra values are ignored), else by member
            // name (unknown names are ignored), as in LuaJIT.
            let first = [0.0, 1.0]
                .into_iter()
                .find(|&k| !t.get(Value::number(k)).is_nil());
            if let Some(first) = first {
                let n = if is_union { 1 } else { fields.len() };
                for (i, f) in fields.iter().take(n).enumerate() {
                    let x = t.get(Value::number(first + i as f64));
                    if x.is_nil() {
                        break;
                    }
                    put(f, x)?;
                }
                return Ok(());
            }
            let named = string_keys(t);
            for f in &fields {
                let x = match &f.name {
                    Some(name) => named.get(name.as_bytes()).copied().unwrap_or(Value::NIL),
                    None => Value::NIL,
                };
                if !x.is_nil() {
                    put(f, x)?;
                }
            }
            return Ok(());
        }
    }
    if is_union {
        fields.truncate(1);
    }
    if inits.len() > fields.len() {
        return Err(format!("too many initializers for '{}'", types.repr(ty)));
    }
    for (f, v) in fields.iter().zip(inits) {
        put(f, *v)?;
    }
    Ok(())
}

/// The string-keyed entries of a table, by the keys' bytes (member names are
/// Rust text here, not interned Lua strings, so they are matched by content).
fn string_keys<'t>(t: Gc<lunavm_vm::table::Table>) -> HashMap<&'t [u8], Value> {
    let mut out = HashMap::new();
    let mut k = Value::NIL;
    while let Ok(Some((key, val))) = t.next(k) {
        if let Some(s) = key.as_str() {
            out.insert(s.as_bytes(), val);
        }
        k = key;
    }
    out
}

/// Loads C data of type `ty` at `addr` as a Lua value: numbers for integers
/// up to 32 bits and floats, booleans, boxed 64-bit integers, pointer cdata,
/// and references for aggregates.
pub fn load(vm: &mut Vm, types: &mut CTypes, ty: CTypeId, addr: u64) -> LuaResult<Value> {
    let ct = types.get(ty);
    let size = ct.size;
    let r: Result<Value, String> = match ct.kind {
        Kind::Bool => mem::read_int(addr, size, false)
            .map(|i| Value::boolean(i != 0))
            .map_err(String::from),
        Kind::Int { signed } if size < 8 => mem::read_int(addr, size, signed)
            .map(|i| Value::number(i as f64))
            .map_err(String::from),
        Kind::Int { signed } => match mem::read_int(addr, 8, signed) {
            Ok(i) => return box_int(vm, i, !signed),
            Err(e) => Err(e.into()),
        },
        Kind::Enum => {
            // Enums load as cdata of their type, as in LuaJIT.
            let mut b = [0u8; 4];
            match mem::read_bytes(addr, &mut b) {
                Ok(()) => {
                    let cd = vm.new_cdata(types.unqualified(ty), 4)?;
                    cd.payload_mut().copy_from_slice(&b);
                    return Ok(cd.to_value());
                }
                Err(e) => Err(e.into()),
            }
        }
        Kind::Float if size > 8 => Err(LONG_DOUBLE_LOAD.into()),
        Kind::Float => mem::read_float(addr, size)
            .map(Value::number)
            .map_err(String::from),
        Kind::Ptr(_) => match mem::read_int(addr, size, false) {
            Ok(p) => return new_pointer(vm, ty, p as u64),
            Err(e) => Err(e.into()),
        },
        // A complex number or vector loads as a new cdata holding a copy
        // (LuaJIT's too).
        Kind::Complex | Kind::Vector(..) => {
            let cd = vm.new_cdata(types.unqualified(ty), size as usize)?;
            match mem::copy(cd.data_ptr() as u64, addr, size) {
                Ok(()) => return Ok(cd.to_value()),
                Err(e) => Err(e.into()),
            }
        }
        Kind::Array(..) | Kind::Record { .. } => {
            let r = types.ref_to(ty);
            return new_pointer(vm, r, addr);
        }
        // A reference member (`struct { int &x; }`) reads what it refers to.
        Kind::Ref(t) => match mem::read_int(addr, 8, false) {
            Ok(p) => return load(vm, types, t, p as u64),
            Err(e) => Err(e.into()),
        },
        _ => Err(format!(
            "cannot convert '{}' to a Lua value",
            types.repr(ty)
        )),
    };
    r.map_err(|m| vm.rt_error(&m))
}

/// A value C hands to Lua (a call's result, a callback's argument) of type
/// `ty` at `addr`: as `load`, except that a reference stays a reference
/// cdata (LuaJIT boxes it so), read through only where it is used; so a
/// reference bound to NULL is an error at its use, not a crash here.
pub fn load_from_c(vm: &mut Vm, types: &mut CTypes, ty: CTypeId, addr: u64) -> LuaResult<Value> {
    if let Kind::Ref(_) = types.get(ty).kind {
        let p = pointer_at(types, ty, addr).map_err(|m| vm.rt_error(m))?;
        return new_pointer(vm, ty, p);
    }
    load(vm, types, ty, addr)
}

/// A boxed `int64_t` (or `uint64_t`) cdata.
pub fn box_int(vm: &mut Vm, v: i64, unsigned: bool) -> LuaResult<Value> {
    let cd = vm.new_cdata(if unsigned { id::UINT64 } else { id::INT64 }, 8)?;
    // A fresh 8-byte payload cannot be refused.
    let _ = mem::write_int(cd.data_ptr() as u64, 8, v);
    Ok(cd.to_value())
}

/// A pointer (or reference) cdata of type `ty` holding `addr`.
pub fn new_pointer(vm: &mut Vm, ty: CTypeId, addr: u64) -> LuaResult<Value> {
    let cd = vm.new_cdata(ty, 8)?;
    let _ = mem::write_int(cd.data_ptr() as u64, 8, addr as i64);
    Ok(cd.to_value())
}
