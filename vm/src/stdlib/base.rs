//! The base library (Lua 5.1's lbaselib), with LuaJIT's extensions where a
//! LuaJIT program expects them.

use crate::call::MULTRET;
use crate::func::FastFunc;
use crate::state::{Mm, Vm};
use crate::udata::Userdata;
use crate::value::{Gc, Value};
use crate::LuaResult;

/// `load` compiles the text read so far after each piece up to this size, to stop
/// reading at the first definite syntax error as 5.1 does.
const LOAD_PROBE_LIMIT: usize = 4096;

/// LUAI_MAXCSTACK: the most values a native may push at once (`unpack`).
const MAX_RESULTS: usize = 8000;

pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    let g = vm.globals;
    vm.table_set_str(g, "_G", g.to_value())?;
    let ver = vm.str_value(b"Lua 5.1")?;
    vm.table_set_str(g, "_VERSION", ver)?;
    let funcs: &[(&str, crate::func::NativeFn)] = &[
        ("assert", assert),
        ("collectgarbage", collectgarbage),
        ("dofile", dofile),
        ("error", error),
        ("gcinfo", gcinfo),
        ("getfenv", getfenv),
        ("getmetatable", getmetatable),
        ("ipairs", ipairs),
        ("load", load),
        ("loadfile", loadfile),
        ("loadstring", loadstring),
        ("newproxy", newproxy),
        ("pairs", pairs),
        ("print", print),
        ("rawequal", rawequal),
        ("rawget", rawget),
        ("rawset", rawset),
        ("select", select),
        ("setfenv", setfenv),
        ("tonumber", tonumber),
        ("tostring", tostring),
        ("unpack", unpack),
    ];
    for (name, f) in funcs {
        vm.register(g, name, *f)?;
    }
    let next = vm.register_fast(g, "next", next, FastFunc::Next)?;
    vm.next_fn = next.to_value();
    vm.register_fast(g, "pcall", pcall, FastFunc::Pcall)?;
    vm.register_fast(g, "setmetatable", setmetatable, FastFunc::SetMetatable)?;
    vm.register_fast(g, "type", type_, FastFunc::Type)?;
    vm.register_fast(g, "xpcall", xpcall, FastFunc::Xpcall)?;
    vm.mark_fast(
        g,
        &[
            ("getmetatable", FastFunc::GetMetatable),
            ("tostring", FastFunc::ToString),
            ("tonumber", FastFunc::ToNumber),
            ("ipairs", FastFunc::Ipairs),
            ("pairs", FastFunc::Pairs),
            ("select", FastFunc::Select),
            ("rawget", FastFunc::RawGet),
            ("unpack", FastFunc::Unpack),
            ("rawset", FastFunc::RawSet),
            ("rawequal", FastFunc::RawEqual),
        ],
    )?;
    let iaux = vm.new_native(ipairs_aux, 0)?;
    iaux.set_fast(FastFunc::IpairsAux);
    vm.ipairs_aux_fn = iaux.to_value();
    vm.registry_set("ipairs_aux", iaux.to_value())?;
    let ts_name = vm.intern(b"tostring")?;
    let ts = vm.globals.get_str(ts_name);
    vm.registry_set("tostring", ts)?;
    Ok(())
}

impl Vm {
    pub(crate) fn registry_set(&mut self, key: &str, v: Value) -> LuaResult<()> {
        let r = self.registry;
        self.table_set_str(r, key, v)
    }
    pub(crate) fn registry_get(&mut self, key: &str) -> LuaResult<Value> {
        let r = self.registry;
        self.table_get_str(r, key)
    }
}

fn print(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.nargs();
    // `tostring` as the running coroutine's environment has it (5.1 and LuaJIT),
    // through the environment's `__index` when it has no such field itself.
    let ts = {
        let env = vm.cur.env();
        let raw = vm.table_get_str(env, "tostring")?;
        if raw.is_nil() {
            let key = vm.str_value(b"tostring")?;
            vm.index(env.to_value(), key)?
        } else {
            raw
        }
    };
    let builtin = vm.registry_get("tostring")?;
    let mut line: Vec<u8> = Vec::new();
    for i in 1..=n {
        let v = vm.arg(i);
        let s = if ts == builtin && (v.is_string() || v.is_number()) {
            vm.tostring_raw(v)?.to_value()
        } else {
            vm.call_value(ts, &[v])?
        };
        let Some(s) = s.as_str() else {
            return Err(vm.rt_error("'tostring' must return a string to 'print'"));
        };
        if i > 1 {
            line.push(b'\t');
        }
        line.extend_from_slice(s.as_bytes());
    }
    line.push(b'\n');
    vm.write_stdout(&line);
    Ok(0)
}

fn type_(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    match vm.type_name_value(v) {
        Some(name) => vm.push(name)?,
        None => vm.push_str(v.type_name().as_bytes())?,
    }
    Ok(1)
}

fn tostring(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    let s = vm.tostring(v)?;
    vm.push(s)?;
    Ok(1)
}

fn tonumber(vm: &mut Vm) -> LuaResult<usize> {
    let base = vm.opt_integer(2, 10)?;
    let r = if base == 10 {
        let v = vm.check_any(1)?;
        if v.is_cdata() {
            // The ffi library converts numeric cdata (a private handler of the
            // cdata metatable, as LuaJIT's tonumber knows cdata).
            if let Some(h) = vm
                .metatable_of(v)
                .map(|mt| vm.table_get_str(mt, "__tonumber"))
                .transpose()?
                .filter(|h| h.is_function())
            {
                let r = vm.call_value(h, &[v])?;
                vm.push(r)?;
                return Ok(1);
            }
        }
        crate::meta::to_number_coerce(v)
    } else {
        let s = vm.check_str(1)?;
        if !(2..=36).contains(&base) {
            return Err(vm.arg_error(2, "base out of range"));
        }
        crate::text::number::parse_integer_base(s.as_bytes(), base as u32)
    };
    vm.push(r.map_or(Value::NIL, Value::number))?;
    Ok(1)
}

fn next(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let k = vm.arg(2);
    match t.next(k) {
        Ok(Some((k, v))) => {
            vm.push(k)?;
            vm.push(v)?;
            Ok(2)
        }
        Ok(None) => {
            vm.push(Value::NIL)?;
            Ok(1)
        }
        Err(crate::table::InvalidKey) => Err(vm.raise_msg("invalid key to 'next'")),
    }
}

fn pairs(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_any(1)?;
    let t = vm.check_table(1)?;
    let next = vm.next_fn;
    vm.push(next)?;
    vm.push(t.to_value())?;
    vm.push(Value::NIL)?;
    Ok(3)
}

fn ipairs_aux(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let i = vm.check_integer(2)? + 1;
    let v = t.get_int(i);
    if v.is_nil() {
        return Ok(0);
    }
    vm.push(Value::num(i as f64))?;
    vm.push(v)?;
    Ok(2)
}

fn ipairs(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_any(1)?;
    let t = vm.check_table(1)?;
    let aux = vm.registry_get("ipairs_aux")?;
    vm.push(aux)?;
    vm.push(t.to_value())?;
    vm.push(Value::num(0.0))?;
    Ok(3)
}

fn select(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.nargs() as i64;
    if let Some(s) = vm.arg(1).as_str() {
        if s.as_bytes() == b"#" {
            vm.push(Value::num((n - 1) as f64))?;
            return Ok(1);
        }
    }
    let mut i = vm.check_integer(1)?;
    if i < 0 {
        i += n;
    } else if i > n {
        i = n;
    }
    if i < 1 {
        return Err(vm.arg_error(1, "index out of range"));
    }
    Ok((n - i) as usize)
}

fn rawget(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let k = vm.check_any(2)?;
    vm.push(t.get(k))?;
    Ok(1)
}

fn rawset(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let k = vm.check_any(2)?;
    let v = vm.check_any(3)?;
    vm.table_set(t, k, v)?;
    vm.push(t.to_value())?;
    Ok(1)
}

fn rawequal(vm: &mut Vm) -> LuaResult<usize> {
    let a = vm.check_any(1)?;
    let b = vm.check_any(2)?;
    vm.push(Value::boolean(a.raw_eq(b)))?;
    Ok(1)
}

fn setmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let mv = vm.arg(2);
    if !(mv.is_nil() || mv.is_table()) || vm.nargs() < 2 {
        return Err(vm.arg_error(2, "nil or table expected"));
    }
    if let Some(old) = t.metatable() {
        if vm.fast_tm(old, Mm::Metatable).is_some() {
            return Err(vm.rt_error("cannot change a protected metatable"));
        }
    }
    t.set_metatable(mv.as_table());
    if let Some(mt) = mv.as_table() {
        vm.heap.barrier_back(t.header());
        let _ = mt;
    }
    vm.push(t.to_value())?;
    Ok(1)
}

fn getmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    match vm.metatable_of(v) {
        None => vm.push(Value::NIL)?,
        Some(mt) => match vm.fast_tm(mt, Mm::Metatable) {
            Some(protected) => vm.push(protected)?,
            None => vm.push(mt.to_value())?,
        },
    }
    Ok(1)
}

/// LuaJIT's assert: the default message and string/number messages get the
/// caller's position; any other message value is raised unchanged.
fn assert(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    if v.is_truthy() {
        return Ok(vm.nargs());
    }
    if vm.nargs() < 2 {
        return Err(vm.rt_error("assertion failed!"));
    }
    let m = vm.arg(2);
    if m.is_string() || m.is_number() {
        let s = vm.check_str(2)?;
        return Err(vm.rt_error(&s.to_str_lossy()));
    }
    Err(vm.raise(m))
}

fn error(vm: &mut Vm) -> LuaResult<usize> {
    let level = vm.opt_integer(2, 1)?;
    let v = vm.arg(1);
    // Like 5.1: a string or number message with level > 0 gets the position of
    // the function at that level (and becomes a string even when there is none).
    if (v.is_string() || v.is_number()) && level > 0 {
        let mut msg = vm.where_(level as usize);
        msg.extend_from_slice(vm.tostring_raw(v)?.as_bytes());
        let s = vm.str_value(&msg)?;
        return Err(vm.raise(s));
    }
    Err(vm.raise(v))
}

fn pcall(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_any(1)?;
    let base = vm.base();
    let nargs = vm.nargs();
    match vm.pcall_at(base, nargs - 1, MULTRET) {
        Ok(n) => {
            vm.ensure_stack(1)?;
            let top = vm.top();
            let t = vm.cur.body_mut();
            t.stack.copy_within(base..top, base + 1);
            t.stack[base] = Value::TRUE;
            t.top += 1;
            Ok(n + 1)
        }
        Err(_) => {
            let e = vm.err;
            vm.push(Value::FALSE)?;
            vm.push(e)?;
            Ok(2)
        }
    }
}

fn xpcall(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_any(2)?;
    vm.check_function(2)?;
    let base = vm.base();
    let nargs = vm.nargs();
    let handler = vm.arg(2);
    // Call f with the arguments after the handler: [f][h][a..] -> [h][f][a..].
    let f = vm.arg(1);
    vm.stack_set(base, handler);
    vm.stack_set(base + 1, f);
    match vm.pcall_at(base + 1, nargs - 2, MULTRET) {
        Ok(n) => {
            let top = vm.top();
            let t = vm.cur.body_mut();
            t.stack.copy_within(base + 1..top, base + 1);
            t.stack[base] = Value::TRUE;
            Ok(n + 1)
        }
        Err(_) => {
            let e = vm.err;
            let r = vm.call_value(handler, &[e]).unwrap_or_else(|_| {
                vm.str_value(b"error in error handling")
                    .unwrap_or(Value::NIL)
            });
            vm.push(Value::FALSE)?;
            vm.push(r)?;
            Ok(2)
        }
    }
}

fn unpack(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let i = vm.opt_integer(2, 1)?;
    let j = if vm.arg(3).is_nil() {
        t.length() as i64
    } else {
        vm.check_integer(3)?
    };
    if i > j {
        return Ok(0);
    }
    let n = (j as i128 - i as i128 + 1) as u128;
    if n >= MAX_RESULTS as u128 {
        return Err(vm.rt_error("too many results to unpack"));
    }
    let n = n as usize;
    vm.ensure_stack(n)?;
    for k in 0..n {
        let v = t.get_int(i + k as i64);
        vm.push_unchecked(v);
    }
    Ok(n)
}

/// Loads a chunk and pushes the function, or nil and the message.
fn push_load_result(vm: &mut Vm, source: &[u8], chunkname: &[u8]) -> LuaResult<usize> {
    match vm.load(source, chunkname) {
        Ok(f) => {
            vm.push(f.to_value())?;
            Ok(1)
        }
        Err(crate::LuaError::Memory) => Err(crate::LuaError::Memory),
        Err(_) => {
            let e = vm.err;
            vm.push(Value::NIL)?;
            vm.push(e)?;
            Ok(2)
        }
    }
}

fn loadstring(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_str(1)?;
    let name = vm.opt_str(2)?.unwrap_or(s);
    let (src, chunk) = (s.as_bytes().to_vec(), name.as_bytes().to_vec());
    push_load_result(vm, &src, &chunk)
}

/// `load(reader [, chunkname])`. As in 5.1 the reading is protected: an error
/// in the reader (or a non-string piece) makes load return nil and the message.
fn load(vm: &mut Vm) -> LuaResult<usize> {
    let f = vm.check_function(1)?;
    let name = match vm.opt_str(2)? {
        Some(s) => s.as_bytes().to_vec(),
        None => b"=(load)".to_vec(),
    };
    let mut src = Vec::new();
    loop {
        let base = vm.top();
        match vm.call_protected(f, &[], 1) {
            Ok(_) => {}
            Err(crate::LuaError::Memory) => return Err(crate::LuaError::Memory),
            Err(_) => {
                let e = vm.error_value();
                vm.push(Value::NIL)?;
                vm.push(e)?;
                return Ok(2);
            }
        }
        let mut piece = vm.stack_get(base);
        vm.set_top(base)?;
        if piece.is_number() {
            piece = vm.number_to_str(piece.as_f64())?.to_value();
        }
        if piece.is_nil() {
            break;
        }
        match piece.as_str() {
            Some(s) if s.is_empty() => break,
            Some(s) => {
                src.extend_from_slice(s.as_bytes());
                // 5.1's parser pulls pieces only as it needs them, so a syntax
                // error stops the reading. Emulate that while the text is small
                // by compiling what we have: an error that more text cannot fix
                // ends the load now.
                if src.len() <= LOAD_PROBE_LIMIT && src.first() != Some(&0x1b) {
                    if let Err(e) = crate::compiler::compile(&src, &name) {
                        if !e.incomplete {
                            vm.push(Value::NIL)?;
                            vm.push_str(&e.message)?;
                            return Ok(2);
                        }
                    }
                }
            }
            None => {
                let mut msg = vm.where_(1);
                msg.extend_from_slice(b"reader function must return a string");
                vm.push(Value::NIL)?;
                vm.push_str(&msg)?;
                return Ok(2);
            }
        }
    }
    push_load_result(vm, &src, &name)
}

/// Reads a file for loadfile/dofile: (source, chunkname) or a message.
pub fn read_source_file(name: Option<&[u8]>) -> Result<(Vec<u8>, Vec<u8>), String> {
    use std::io::Read;
    let (mut src, chunk) = match name {
        None => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
            (buf, b"=stdin".to_vec())
        }
        Some(n) => {
            let path = String::from_utf8_lossy(n).into_owned();
            let buf = std::fs::read(&path).map_err(|e| {
                let reason = crate::stdlib::os_error_text(&e);
                format!("cannot open {path}: {reason}")
            })?;
            let mut chunk = b"@".to_vec();
            chunk.extend_from_slice(n);
            (buf, chunk)
        }
    };
    // Skip a first line starting with '#', keeping its newline for line numbers
    // (but not before a binary chunk, which must start at its signature).
    if src.first() == Some(&b'#') {
        let end = src.iter().position(|&c| c == b'\n').unwrap_or(src.len());
        let end = if src.get(end + 1) == Some(&0x1b) {
            end + 1
        } else {
            end
        };
        src.drain(..end);
    }
    Ok((src, chunk))
}

fn loadfile(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.opt_str(1)?.map(|s| s.as_bytes().to_vec());
    vm.flush_stdout();
    match read_source_file(name.as_deref()) {
        Ok((src, chunk)) => push_load_result(vm, &src, &chunk),
        Err(msg) => {
            vm.push(Value::NIL)?;
            vm.push_str(msg.as_bytes())?;
            Ok(2)
        }
    }
}

fn dofile(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.opt_str(1)?.map(|s| s.as_bytes().to_vec());
    vm.flush_stdout();
    let (src, chunk) = match read_source_file(name.as_deref()) {
        Ok(x) => x,
        Err(msg) => return Err(vm.raise_msg(&msg)),
    };
    let f = vm.load(&src, &chunk)?;
    let base = vm.top();
    vm.push(f.to_value())?;
    vm.call(base, 0, MULTRET)?;
    Ok(vm.top() - base)
}

/// The function at `level` (or the function argument itself) for get/setfenv.
fn fenv_target(vm: &mut Vm, fname: &str) -> LuaResult<Option<Value>> {
    let v = vm.arg(1);
    if v.is_function() {
        return Ok(Some(v));
    }
    let level = if v.is_nil() { 1 } else { vm.check_integer(1)? };
    if level < 0 {
        return Err(vm.arg_error(1, "invalid level"));
    }
    if level == 0 {
        return Ok(None);
    }
    match vm.frame_at_level(level as usize) {
        Some(fr) if fr.tail => Err(vm.rt_error(&format!(
            "no function environment for tail call at level {level}"
        ))),
        // The host's C level has no function: its environment is the globals.
        Some(fr) if !fr.func.is_function() => Ok(None),
        Some(fr) => Ok(Some(fr.func)),
        None => {
            let _ = fname;
            Err(vm.arg_error(1, "invalid level"))
        }
    }
}

fn getfenv(vm: &mut Vm) -> LuaResult<usize> {
    let env = match fenv_target(vm, "getfenv")? {
        None => vm.cur.env(),
        Some(f) => f.as_function().expect("fenv target is a function").env(),
    };
    vm.push(env.to_value())?;
    Ok(1)
}

fn setfenv(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(2)?;
    match fenv_target(vm, "setfenv")? {
        None => {
            vm.cur.set_env(t);
            vm.heap.barrier_back(vm.cur.header());
            Ok(0)
        }
        Some(f) => {
            let func = f.as_function().expect("fenv target is a function");
            if !func.is_lua() {
                return Err(vm.rt_error("'setfenv' cannot change environment of given object"));
            }
            func.set_env(t);
            vm.heap.barrier_back(func.header());
            vm.push(f)?;
            Ok(1)
        }
    }
}

fn newproxy(vm: &mut Vm) -> LuaResult<usize> {
    let a = vm.arg(1);
    let u = vm.new_userdata(None)?;
    vm.push(u.to_value())?;
    if a == Value::TRUE {
        let mt = vm.new_table(0, 0)?;
        u.set_metatable(Some(mt));
        let valid = proxy_registry(vm)?;
        vm.table_set(valid, mt.to_value(), Value::TRUE)?;
    } else if a.is_falsy() {
        // a plain userdata without a metatable
    } else {
        let mt = a.as_userdata().and_then(|p: Gc<Userdata>| p.metatable());
        let valid = proxy_registry(vm)?;
        match mt {
            Some(mt) if valid.get(mt.to_value()).is_truthy() => u.set_metatable(Some(mt)),
            _ => return Err(vm.arg_error(1, "boolean or proxy expected")),
        }
    }
    Ok(1)
}

/// The weak-keyed table of metatables created by newproxy.
fn proxy_registry(vm: &mut Vm) -> LuaResult<Gc<crate::table::Table>> {
    let v = vm.registry_get("newproxy_metatables")?;
    if let Some(t) = v.as_table() {
        return Ok(t);
    }
    let t = vm.new_table(0, 0)?;
    let mt = vm.new_table(0, 1)?;
    let mode = vm.str_value(b"k")?;
    vm.table_set_str(mt, "__mode", mode)?;
    t.set_metatable(Some(mt));
    vm.registry_set("newproxy_metatables", t.to_value())?;
    Ok(t)
}

fn collectgarbage(vm: &mut Vm) -> LuaResult<usize> {
    let opt = match vm.opt_str(1)? {
        Some(s) => s.to_str_lossy(),
        None => "collect".to_string(),
    };
    let arg = vm.opt_integer(2, 0)?;
    let kb = vm.heap.bytes() as f64 / 1024.0;
    // "stop" parks the threshold out of reach; in Lua 5.1 and LuaJIT "collect"
    // and "step" recompute it, so either one restarts a stopped collector.
    let r = match opt.as_str() {
        "collect" => {
            vm.heap.stopped = false;
            vm.collect_garbage()?;
            Value::num(0.0)
        }
        "count" => Value::num(kb),
        "step" => {
            vm.heap.stopped = false;
            Value::boolean(vm.gc_step(arg.max(0) as usize)?)
        }
        "stop" => {
            vm.heap.stopped = true;
            Value::num(0.0)
        }
        "restart" => {
            vm.heap.stopped = false;
            Value::num(0.0)
        }
        "setpause" => {
            let old = vm.heap.pause;
            vm.heap.pause = arg.clamp(0, u32::MAX as i64) as u32;
            Value::num(old as f64)
        }
        "setstepmul" => {
            let old = vm.heap.stepmul;
            vm.heap.stepmul = arg.clamp(0, u32::MAX as i64) as u32;
            Value::num(old as f64)
        }
        _ => return Err(vm.arg_error(1, &format!("invalid option '{opt}'"))),
    };
    vm.push(r)?;
    Ok(1)
}

fn gcinfo(vm: &mut Vm) -> LuaResult<usize> {
    let kb = (vm.heap.bytes() / 1024) as f64;
    vm.push(Value::num(kb))?;
    Ok(1)
}
