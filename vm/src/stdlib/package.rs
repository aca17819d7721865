//! The package library (Lua 5.1's loadlib): `require`, `module`, the loaders
//! and the search paths.
//!
//! Native (C) modules cannot be loaded: the C loaders still walk `package.cpath`
//! so that "module not found" messages list the same files as 5.1's, and say that
//! native modules are not supported when they find one. `package.loadlib`
//! answers as a Lua built without dynamic libraries does.

use crate::state::Vm;
use crate::table::Table;
use crate::value::{Gc, Value};
use crate::LuaResult;

const LUA_PATH_DEFAULT: &str =
    "./?.lua;/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;/usr/local/lib/lua/5.1/?.lua;/usr/local/lib/lua/5.1/?/init.lua";
const LUA_CPATH_DEFAULT: &str =
    "./?.so;/usr/local/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so";
const NO_NATIVE: &str = "native modules are not supported";

/// `_LOADED[name]` while the module is being loaded.
static SENTINEL: u8 = 0;

fn sentinel() -> Value {
    Value::light_userdata(&SENTINEL as *const u8 as usize)
}

/// Opens the package library; the other libraries must be open already (they
/// are entered into `package.loaded`).
pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    let pkg = vm.new_lib("package", &[])?;
    let with_pkg = |vm: &mut Vm, f: crate::func::NativeFn| -> LuaResult<Value> {
        let func = vm.new_native(f, 1)?;
        func.native_upvalues()[0] = pkg.to_value();
        Ok(func.to_value())
    };
    let loadlib = with_pkg(vm, loadlib)?;
    vm.table_set_str(pkg, "loadlib", loadlib)?;
    let seeall = with_pkg(vm, seeall)?;
    vm.table_set_str(pkg, "seeall", seeall)?;
    let searchpath = with_pkg(vm, searchpath)?;
    vm.table_set_str(pkg, "searchpath", searchpath)?;
    let loaders = vm.new_table(4, 0)?;
    for (i, f) in [
        loader_preload as crate::func::NativeFn,
        loader_lua,
        loader_c,
        loader_croot,
    ]
    .into_iter()
    .enumerate()
    {
        let v = with_pkg(vm, f)?;
        vm.table_set(loaders, Value::num(i as f64 + 1.0), v)?;
    }
    vm.table_set_str(pkg, "loaders", loaders.to_value())?;
    let path = env_path("LUA_PATH", LUA_PATH_DEFAULT);
    let path = vm.str_value(&path)?;
    vm.table_set_str(pkg, "path", path)?;
    let cpath = env_path("LUA_CPATH", LUA_CPATH_DEFAULT);
    let cpath = vm.str_value(&cpath)?;
    vm.table_set_str(pkg, "cpath", cpath)?;
    let config = vm.str_value(b"/\n;\n?\n!\n-")?;
    vm.table_set_str(pkg, "config", config)?;
    // _LOADED, with the libraries opened so far.
    let loaded = vm.new_table(0, 16)?;
    vm.registry_set("_LOADED", loaded.to_value())?;
    vm.table_set_str(pkg, "loaded", loaded.to_value())?;
    let g = vm.globals;
    vm.table_set_str(loaded, "_G", g.to_value())?;
    for name in [
        "package",
        "coroutine",
        "table",
        "io",
        "os",
        "string",
        "math",
        "debug",
        "bit",
        "jit",
        "ffi",
    ] {
        let v = vm.table_get_str(g, name)?;
        if v.is_table() {
            vm.table_set_str(loaded, name, v)?;
        }
    }
    let preload = vm.new_table(0, 0)?;
    vm.table_set_str(pkg, "preload", preload.to_value())?;
    // LuaJIT's extension modules, loaded on demand.
    for (name, f) in [
        (
            "table.new",
            super::table::preload_new as crate::func::NativeFn,
        ),
        ("table.clear", super::table::preload_clear),
        ("jit.p", super::jit::preload_profiler),
    ] {
        let loader = vm.new_native(f, 0)?;
        vm.table_set_str(preload, name, loader.to_value())?;
    }
    for (name, f) in [
        ("require", require as crate::func::NativeFn),
        ("module", module),
    ] {
        let v = with_pkg(vm, f)?;
        vm.table_set_str(g, name, v)?;
    }
    Ok(())
}

/// A path from the environment variable `var`, with ";;" standing for the
/// default path; the default if the variable is unset.
fn env_path(var: &str, default: &str) -> Vec<u8> {
    use std::os::unix::ffi::OsStringExt;
    match std::env::var_os(var) {
        None => default.as_bytes().to_vec(),
        Some(p) => {
            let p = replace(&p.into_vec(), b";;", b";\x01;");
            replace(&p, b"\x01", default.as_bytes())
        }
    }
}

/// `luaL_gsub`: every occurrence of `pat` in `s` replaced by `rep`.
fn replace(s: &[u8], pat: &[u8], rep: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with(pat) {
            out.extend_from_slice(rep);
            i += pat.len();
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    out
}

/// The package table (upvalue of every function of this library).
fn package(vm: &Vm) -> Gc<Table> {
    vm.native_upvalue(0)
        .as_table()
        .expect("package functions keep the package table")
}

fn loaded_table(vm: &mut Vm) -> LuaResult<Value> {
    vm.registry_get("_LOADED")
}

fn get_field(vm: &mut Vm, obj: Value, key: &[u8]) -> LuaResult<Value> {
    let k = vm.str_value(key)?;
    vm.index(obj, k)
}

fn set_field(vm: &mut Vm, obj: Value, key: &[u8], v: Value) -> LuaResult<()> {
    let k = vm.str_value(key)?;
    vm.set_index(obj, k, v)
}

// ------------------------------------------------------------------ require

fn require(vm: &mut Vm) -> LuaResult<usize> {
    let name_s = vm.check_str(1)?;
    let name = name_s.as_bytes().to_vec();
    let qname = String::from_utf8_lossy(&name).into_owned();
    vm.set_top(vm.base() + 1)?;
    let loaded = loaded_table(vm)?;
    vm.push(loaded)?; // argument 2 keeps _LOADED alive
    let v = get_field(vm, loaded, &name)?;
    if v.is_truthy() {
        if v == sentinel() {
            return Err(vm.rt_error(&format!("loop or previous error loading module '{qname}'")));
        }
        vm.push(v)?;
        return Ok(1);
    }
    let pkg = package(vm);
    let loaders = get_field(vm, pkg.to_value(), b"loaders")?;
    let Some(loaders) = loaders.as_table() else {
        return Err(vm.rt_error("'package.loaders' must be a table"));
    };
    vm.push(loaders.to_value())?; // argument 3
    let mut msg: Vec<u8> = Vec::new();
    let mut i = 1;
    let loader = loop {
        let l = loaders.get_int(i);
        if l.is_nil() {
            let text = format!(
                "module '{}' not found:{}",
                qname,
                String::from_utf8_lossy(&msg)
            );
            return Err(vm.rt_error(&text));
        }
        let name_v = vm.arg(1);
        let r = vm.call_value(l, &[name_v])?;
        if r.is_function() {
            break r;
        }
        if let Some(s) = r.as_str() {
            msg.extend_from_slice(s.as_bytes());
        } else if r.is_number() {
            crate::text::number::format_number(r.as_f64(), &mut msg);
        }
        i += 1;
    };
    vm.push(loader)?; // argument 4
    set_field(vm, loaded, &name, sentinel())?;
    let name_v = vm.arg(1);
    let r = vm.call_value(loader, &[name_v])?;
    if !r.is_nil() {
        set_field(vm, loaded, &name, r)?;
    }
    let mut v = get_field(vm, loaded, &name)?;
    if v == sentinel() {
        v = Value::TRUE;
        set_field(vm, loaded, &name, v)?;
    }
    vm.push(v)?;
    Ok(1)
}

fn loader_preload(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?;
    let pkg = package(vm);
    let preload = get_field(vm, pkg.to_value(), b"preload")?;
    if !preload.is_table() {
        return Err(vm.rt_error("'package.preload' must be a table"));
    }
    let f = get_field(vm, preload, name.as_bytes())?;
    if f.is_nil() {
        let msg = format!("\n\tno field package.preload['{}']", name.to_str_lossy());
        vm.push_str(msg.as_bytes())?;
    } else {
        vm.push(f)?;
    }
    Ok(1)
}

/// Searches `package.<pname>` for `name` (dots become directory separators):
/// the first readable file, or the "no file" lines for the message.
fn find_file(vm: &mut Vm, name: &[u8], pname: &str) -> LuaResult<Result<Vec<u8>, Vec<u8>>> {
    let name = replace(name, b".", b"/");
    let pkg = package(vm);
    let path = get_field(vm, pkg.to_value(), pname.as_bytes())?;
    let path: Vec<u8> = match path.as_str() {
        Some(s) => s.as_bytes().to_vec(),
        None if path.is_number() => {
            let mut b = Vec::new();
            crate::text::number::format_number(path.as_f64(), &mut b);
            b
        }
        None => return Err(vm.rt_error(&format!("'package.{pname}' must be a string"))),
    };
    Ok(search_path(&name, &path))
}

/// The first readable file among the `;`-separated templates of `path` with `?`
/// replaced by `name`, or the "no file" lines for a message.
fn search_path(name: &[u8], path: &[u8]) -> Result<Vec<u8>, Vec<u8>> {
    let mut tried = Vec::new();
    for template in path.split(|&c| c == b';').filter(|t| !t.is_empty()) {
        let filename = replace(template, b"?", name);
        if readable(&filename) {
            return Ok(filename);
        }
        tried.extend_from_slice(b"\n\tno file '");
        tried.extend_from_slice(&filename);
        tried.push(b'\'');
    }
    Err(tried)
}

/// `package.searchpath(name, path [, sep [, rep]])` (LuaJIT 2.1, from 5.2): the
/// file `require` would find for `name` along `path`, with each `sep` (default
/// ".") in the name replaced by `rep` (default "/"); else nil and the places
/// tried.
fn searchpath(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?.as_bytes().to_vec();
    let path = vm.check_str(2)?.as_bytes().to_vec();
    let sep = vm
        .opt_str(3)?
        .map_or(b".".to_vec(), |s| s.as_bytes().to_vec());
    let rep = vm
        .opt_str(4)?
        .map_or(b"/".to_vec(), |s| s.as_bytes().to_vec());
    let name = if sep.is_empty() {
        name
    } else {
        replace(&name, &sep, &rep)
    };
    match search_path(&name, &path) {
        Ok(file) => {
            vm.push_str(&file)?;
            Ok(1)
        }
        Err(tried) => {
            vm.push(Value::NIL)?;
            vm.push_str(&tried)?;
            Ok(2)
        }
    }
}

fn readable(filename: &[u8]) -> bool {
    use std::os::unix::ffi::OsStrExt;
    std::fs::File::open(std::ffi::OsStr::from_bytes(super::support::c_str(filename))).is_ok()
}

fn load_error(vm: &mut Vm, filename: &[u8], msg: &str) -> crate::LuaError {
    let name = vm.arg(1);
    let name = vm.display(name);
    let text = format!(
        "error loading module '{}' from file '{}':\n\t{}",
        name,
        String::from_utf8_lossy(filename),
        msg
    );
    vm.rt_error(&text)
}

fn loader_lua(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?.as_bytes().to_vec();
    let filename = match find_file(vm, &name, "path")? {
        Ok(f) => f,
        Err(tried) => {
            vm.push_str(&tried)?;
            return Ok(1);
        }
    };
    let (src, chunk) = match super::read_source(Some(&filename)) {
        Ok(x) => x,
        Err(msg) => return Err(load_error(vm, &filename, &msg)),
    };
    match vm.load(&src, &chunk) {
        Ok(f) => {
            vm.push(f.to_value())?;
            Ok(1)
        }
        Err(crate::LuaError::Memory) => Err(crate::LuaError::Memory),
        Err(_) => {
            let e = vm.error_value();
            let msg = vm.display(e);
            Err(load_error(vm, &filename, &msg))
        }
    }
}

/// The message of a C loader that found a native module file.
fn native_found(vm: &mut Vm, name: &[u8], filename: &[u8]) -> LuaResult<usize> {
    let msg = format!(
        "\n\tno module '{}' in file '{}' ({})",
        String::from_utf8_lossy(name),
        String::from_utf8_lossy(filename),
        NO_NATIVE
    );
    vm.push_str(msg.as_bytes())?;
    Ok(1)
}

fn loader_c(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?.as_bytes().to_vec();
    match find_file(vm, &name, "cpath")? {
        Ok(filename) => native_found(vm, &name, &filename),
        Err(tried) => {
            vm.push_str(&tried)?;
            Ok(1)
        }
    }
}

fn loader_croot(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?.as_bytes().to_vec();
    let Some(dot) = name.iter().position(|&c| c == b'.') else {
        return Ok(0);
    };
    match find_file(vm, &name[..dot], "cpath")? {
        Ok(filename) => native_found(vm, &name, &filename),
        Err(tried) => {
            vm.push_str(&tried)?;
            Ok(1)
        }
    }
}

fn loadlib(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_str(1)?;
    vm.check_str(2)?;
    vm.push(Value::NIL)?;
    vm.push_str(b"dynamic libraries not enabled; check your Lua installation")?;
    vm.push_str(b"absent")?;
    Ok(3)
}

// ------------------------------------------------------------------- module

fn seeall(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let mt = match t.metatable() {
        Some(mt) => mt,
        None => {
            let mt = vm.new_table(0, 1)?;
            t.set_metatable(Some(mt));
            vm.heap.barrier_back(t.header());
            mt
        }
    };
    let g = vm.cur.env();
    vm.table_set_str(mt, "__index", g.to_value())?;
    Ok(0)
}

/// `luaL_findtable` on the globals: the table at dotted path `name`, creating
/// the missing ones; Err if a part of the path holds a non-table.
fn find_table(vm: &mut Vm, name: &[u8]) -> LuaResult<Result<Value, ()>> {
    let mut t = vm.cur.env().to_value();
    let top = vm.top();
    for part in name.split(|&c| c == b'.') {
        let key = vm.str_value(part)?;
        let tab = t.as_table().expect("find_table walks tables");
        let mut v = tab.get(key);
        if v.is_nil() {
            let nt = vm.new_table(0, 1)?;
            v = nt.to_value();
            // On the stack: a __newindex handler need not keep it.
            vm.push(v)?;
            vm.set_index(t, key, v)?;
        } else if !v.is_table() {
            vm.set_top(top)?;
            return Ok(Err(()));
        }
        t = v;
    }
    vm.set_top(top)?;
    Ok(Ok(t))
}

fn module(vm: &mut Vm) -> LuaResult<usize> {
    let modname = vm.check_str(1)?.as_bytes().to_vec();
    let nopts = vm.nargs();
    let loaded = loaded_table(vm)?;
    vm.push(loaded)?;
    let mut m = get_field(vm, loaded, &modname)?;
    if !m.is_table() {
        m = match find_table(vm, &modname)? {
            Ok(t) => t,
            Err(()) => {
                let msg = format!(
                    "name conflict for module '{}'",
                    String::from_utf8_lossy(&modname)
                );
                return Err(vm.rt_error(&msg));
            }
        };
        set_field(vm, loaded, &modname, m)?;
    }
    vm.push(m)?;
    if get_field(vm, m, b"_NAME")?.is_nil() {
        set_field(vm, m, b"_M", m)?;
        let n = vm.str_value(&modname)?;
        set_field(vm, m, b"_NAME", n)?;
        let pkg_end = modname
            .iter()
            .rposition(|&c| c == b'.')
            .map_or(0, |i| i + 1);
        let p = vm.str_value(&modname[..pkg_end])?;
        set_field(vm, m, b"_PACKAGE", p)?;
    }
    // The calling function's environment becomes the module.
    let caller = vm
        .frame_at_level(1)
        .and_then(|fr| fr.func.as_function())
        .filter(|f| f.is_lua());
    let (Some(f), Some(mt)) = (caller, m.as_table()) else {
        return Err(vm.rt_error("'module' not called from a Lua function"));
    };
    f.set_env(mt);
    vm.heap.barrier_back(f.header());
    for i in 2..=nopts {
        let opt = vm.arg(i);
        vm.call_value(opt, &[m])?;
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_semicolon_stands_for_the_default() {
        assert_eq!(
            replace(b"/a/?.lua;;", b";;", b";\x01;"),
            b"/a/?.lua;\x01;".to_vec()
        );
        let p = replace(
            &replace(b"/a/?.lua;;/b/?.lua", b";;", b";\x01;"),
            b"\x01",
            b"DEF",
        );
        assert_eq!(p, b"/a/?.lua;DEF;/b/?.lua".to_vec());
        assert_eq!(replace(b"a.b.c", b".", b"/"), b"a/b/c".to_vec());
    }
}
