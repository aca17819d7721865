//! The debug library (Lua 5.1's ldblib): introspection of frames, locals,
//! upvalues, environments and metatables, and tracebacks.
//!
//! Hooks are per thread; the interpreter runs a hooked variant of its loop while
//! the running thread has any (see `interp.rs`).

use crate::compiler::chunk_id;
use crate::debug::{frames_of, function_name, traceback_of, Frame};
use crate::func::Function;
use crate::state::Vm;
use crate::thread::{Thread, HOOK_CALL, HOOK_COUNT, HOOK_LINE, HOOK_RET};
use crate::value::{Gc, Value};
use crate::LuaResult;

pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    vm.new_lib(
        "debug",
        &[
            ("debug", debug_),
            ("getfenv", getfenv),
            ("getinfo", getinfo),
            ("getlocal", getlocal),
            ("getmetatable", getmetatable),
            ("getregistry", getregistry),
            ("getupvalue", getupvalue),
            ("gethook", gethook),
            ("sethook", sethook),
            ("setfenv", setfenv),
            ("setlocal", setlocal),
            ("setmetatable", setmetatable),
            ("setupvalue", setupvalue),
            ("traceback", traceback),
            ("upvalueid", upvalueid),
            ("upvaluejoin", upvaluejoin),
        ],
    )?;
    Ok(())
}

/// An optional leading thread argument: (thread, index of the next argument).
fn thread_arg(vm: &Vm) -> (Gc<Thread>, usize) {
    match vm.arg(1).as_thread() {
        Some(t) => (t, 2),
        None => (vm.cur, 1),
    }
}

/// The frames of `th` as seen from inside this native: for the running thread,
/// level 0 is the debug function itself, as in Lua.
fn frame_at(th: Gc<Thread>, level: usize) -> Option<(Frame, Option<Frame>)> {
    let mut it = frames_of(th).skip(level);
    let fr = it.next()?;
    Some((fr, it.next()))
}

fn getinfo(vm: &mut Vm) -> LuaResult<usize> {
    let (th, a) = thread_arg(vm);
    let what = match vm.opt_str(a + 1)? {
        Some(s) => s.as_bytes().to_vec(),
        None => b"flnSu".to_vec(),
    };
    if what.iter().any(|c| !b"SlnufL".contains(c)) {
        return Err(vm.arg_error(a + 1, "invalid option"));
    }
    let target = vm.arg(a);
    let (func, frame, caller) = if target.is_function() {
        (target, None, None)
    } else if target.is_number() {
        let level = vm.check_integer(a)?;
        let found = if level < 0 {
            None
        } else {
            frame_at(th, level as usize)
        };
        match found {
            Some((fr, caller)) => (fr.func, Some(fr), caller),
            None => {
                vm.push(Value::NIL)?;
                return Ok(1);
            }
        }
    } else {
        return Err(vm.arg_error(a, "function or level expected"));
    };
    let t = vm.new_table(0, 12)?;
    vm.push(t.to_value())?;
    let is_tail = frame.is_some_and(|fr| fr.tail);
    let f = func.as_function();
    let lua = f.filter(|f| f.is_lua());
    for &opt in &what {
        match opt {
            b'S' => {
                let (src, line, last, kind) = match lua {
                    _ if is_tail => (b"=(tail call)".to_vec(), -1.0, -1.0, "tail"),
                    Some(f) => {
                        let p = f.proto();
                        let p = p.body();
                        let kind = if p.line_defined == 0 { "main" } else { "Lua" };
                        (
                            p.chunkname.as_bytes().to_vec(),
                            p.line_defined as f64,
                            p.last_line_defined as f64,
                            kind,
                        )
                    }
                    None => (b"=[C]".to_vec(), -1.0, -1.0, "C"),
                };
                let short = chunk_id(&src);
                let v = vm.str_value(&src)?;
                vm.table_set_str(t, "source", v)?;
                let v = vm.str_value(&short)?;
                vm.table_set_str(t, "short_src", v)?;
                vm.table_set_str(t, "linedefined", Value::num(line))?;
                vm.table_set_str(t, "lastlinedefined", Value::num(last))?;
                let v = vm.str_value(kind.as_bytes())?;
                vm.table_set_str(t, "what", v)?;
            }
            b'l' => {
                let line = frame
                    .and_then(|fr| fr.lua_position())
                    .map_or(-1.0, |(p, pc)| p.body().line_at(pc) as f64);
                vm.table_set_str(t, "currentline", Value::num(line))?;
            }
            b'u' => {
                let n = f.map_or(0, |f| f.num_upvalues());
                vm.table_set_str(t, "nups", Value::num(n as f64))?;
            }
            b'n' => {
                let named = caller.as_ref().and_then(function_name);
                let (namewhat, name) = match named {
                    Some((kind, name)) if kind != "for iterator" => (kind, Some(name)),
                    Some((_, name)) => ("for iterator", Some(name)),
                    None => ("", None),
                };
                let v = vm.str_value(namewhat.as_bytes())?;
                vm.table_set_str(t, "namewhat", v)?;
                if let Some(name) = name {
                    let v = vm.str_value(name.as_bytes())?;
                    vm.table_set_str(t, "name", v)?;
                }
            }
            b'f' => vm.table_set_str(t, "func", func)?,
            b'L' => {
                if let Some(f) = lua {
                    let lines = vm.new_table(0, 0)?;
                    vm.table_set_str(t, "activelines", lines.to_value())?;
                    let p = f.proto();
                    for pc in 1..p.body().code.len() {
                        let line = p.body().line_at(pc);
                        if line != 0 {
                            vm.table_set(lines, Value::num(line as f64), Value::TRUE)?;
                        }
                    }
                    // 5.1 ends every function with a return on its last line.
                    let last = p.body().last_line_defined;
                    if last != 0 {
                        vm.table_set(lines, Value::num(last as f64), Value::TRUE)?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(1)
}

/// The stack slot and name of local `n` of a frame (5.1's findlocal): named
/// locals live at the current pc in declaration order, then "(*temporary)"
/// slots up to the frame's extent.
fn find_local(
    th: Gc<Thread>,
    fr: &Frame,
    above: Option<&Frame>,
    n: i64,
) -> Option<(usize, Vec<u8>)> {
    if n < 1 || fr.tail {
        return None;
    }
    let mut k = n as usize;
    if let Some((proto, pc)) = fr.lua_position() {
        for l in proto.body().locals.iter() {
            if l.start_pc as usize > pc {
                break;
            }
            if pc < l.end_pc as usize {
                k -= 1;
                if k == 0 {
                    return Some((fr.base + l.slot as usize, l.name.to_vec()));
                }
            }
        }
    }
    // Temporaries: up to the next frame's function slot, or the thread's top.
    let limit = match above {
        Some(a) => a.link_base.saturating_sub(2),
        None => th.body().top,
    };
    if limit >= fr.base && limit - fr.base >= n as usize {
        return Some((fr.base + n as usize - 1, b"(*temporary)".to_vec()));
    }
    None
}

/// The frame at `level` of `th` and the frame above it (called by it).
fn frame_and_above(th: Gc<Thread>, level: usize) -> Option<(Frame, Option<Frame>)> {
    let frames: Vec<Frame> = frames_of(th).take(level + 1).collect();
    let fr = *frames.get(level)?;
    let above = level.checked_sub(1).and_then(|i| frames.get(i).copied());
    Some((fr, above))
}

fn getlocal(vm: &mut Vm) -> LuaResult<usize> {
    let (th, a) = thread_arg(vm);
    let level = vm.check_integer(a)?;
    let n = vm.check_integer(a + 1)?;
    let Some((fr, above)) = (level >= 0)
        .then(|| frame_and_above(th, level as usize))
        .flatten()
    else {
        return Err(vm.arg_error(a, "level out of range"));
    };
    match find_local(th, &fr, above.as_ref(), n) {
        Some((slot, name)) => {
            let v = th.body().stack[slot];
            vm.push_str(&name)?;
            vm.push(v)?;
            Ok(2)
        }
        None => {
            vm.push(Value::NIL)?;
            Ok(1)
        }
    }
}

fn setlocal(vm: &mut Vm) -> LuaResult<usize> {
    let (th, a) = thread_arg(vm);
    let level = vm.check_integer(a)?;
    let n = vm.check_integer(a + 1)?;
    let v = vm.check_any(a + 2)?;
    let Some((fr, above)) = (level >= 0)
        .then(|| frame_and_above(th, level as usize))
        .flatten()
    else {
        return Err(vm.arg_error(a, "level out of range"));
    };
    match find_local(th, &fr, above.as_ref(), n) {
        Some((slot, name)) => {
            th.body_mut().stack[slot] = v;
            vm.push_str(&name)?;
            Ok(1)
        }
        None => {
            vm.push(Value::NIL)?;
            Ok(1)
        }
    }
}

/// An upvalue of a function: the function, its index and its name.
type UpvalueRef = (Gc<Function>, usize, Vec<u8>);

/// Upvalue `n` of function argument 1, if it exists.
fn upvalue_ref(vm: &mut Vm) -> LuaResult<Option<UpvalueRef>> {
    let f = vm.check_function(1)?.as_function().expect("checked");
    let n = vm.check_integer(2)?;
    if n < 1 || n as usize > f.num_upvalues() {
        return Ok(None);
    }
    let i = n as usize - 1;
    let name = if f.is_lua() {
        f.proto()
            .body()
            .uvnames
            .get(i)
            .map(|s| s.to_vec())
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    Ok(Some((f, i, name)))
}

/// Function argument `nf` and the 0-based index of its upvalue argument `nf + 1`,
/// which must exist ("index out of range" otherwise, as LuaJIT says).
fn upvalue_index(vm: &mut Vm, nf: usize) -> LuaResult<(Gc<Function>, usize)> {
    let f = vm.check_function(nf)?.as_function().expect("checked");
    let n = vm.check_integer(nf + 1)?;
    if n < 1 || n as usize > f.num_upvalues() {
        return Err(vm.arg_error(nf + 1, "index out of range"));
    }
    Ok((f, n as usize - 1))
}

/// `debug.upvalueid(f, n)` (LuaJIT 2.1): a light userdata that is the same for
/// two closures exactly when they share the upvalue.
fn upvalueid(vm: &mut Vm) -> LuaResult<usize> {
    let (f, i) = upvalue_index(vm, 1)?;
    let id = if f.is_lua() {
        f.lua_upvalues()[i].as_ptr() as usize
    } else {
        &f.native_upvalues()[i] as *const Value as usize
    };
    vm.push(Value::light_userdata(id))?;
    Ok(1)
}

/// `debug.upvaluejoin(f1, n1, f2, n2)` (LuaJIT 2.1): makes upvalue n1 of the Lua
/// closure f1 refer to upvalue n2 of the Lua closure f2.
fn upvaluejoin(vm: &mut Vm) -> LuaResult<usize> {
    let mut refs = [(None, 0); 2];
    for (k, nf) in [1, 3].into_iter().enumerate() {
        if !vm
            .check_function(nf)?
            .as_function()
            .is_some_and(|f| f.is_lua())
        {
            return Err(vm.arg_error(nf, "Lua function expected"));
        }
        let (f, i) = upvalue_index(vm, nf)?;
        refs[k] = (Some(f), i);
    }
    let [(Some(f1), i1), (Some(f2), i2)] = refs else {
        unreachable!("both functions were checked")
    };
    let uv = f2.lua_upvalues()[i2];
    f1.lua_upvalues()[i1] = uv;
    vm.heap.barrier_forward(f1.header(), uv.header());
    Ok(0)
}

/// `debug.debug()`: reads and runs lines from standard input until `cont` or the
/// end of input, reporting errors on stderr.
fn debug_(vm: &mut Vm) -> LuaResult<usize> {
    use std::io::Write;
    loop {
        let _ = write!(std::io::stderr(), "lua_debug> ");
        // The line keeps its newline, as 5.1's fgets buffer does (it shows in
        // the line numbers of syntax errors at the end of the line).
        let Some(line) = super::io::read_stdin_line(vm)? else {
            return Ok(0);
        };
        if line == b"cont\n" || line == b"cont" {
            return Ok(0);
        }
        let base = vm.top();
        let ok = match vm.load(&line, b"=(debug command)") {
            Ok(f) => {
                vm.push(f.to_value())?;
                vm.pcall_at(base, 0, 0).is_ok()
            }
            Err(crate::LuaError::Memory) => return Err(crate::LuaError::Memory),
            Err(_) => false,
        };
        if !ok {
            let e = vm.error_value();
            let msg = vm.display(e);
            let _ = writeln!(std::io::stderr(), "{msg}");
        }
        vm.set_top(base)?;
    }
}

fn getupvalue(vm: &mut Vm) -> LuaResult<usize> {
    match upvalue_ref(vm)? {
        Some((f, i, name)) => {
            let v = if f.is_lua() {
                f.lua_upvalues()[i].get_value()
            } else {
                f.native_upvalues()[i]
            };
            vm.push_str(&name)?;
            vm.push(v)?;
            Ok(2)
        }
        None => Ok(0),
    }
}

fn setupvalue(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(3)?;
    match upvalue_ref(vm)? {
        Some((f, i, name)) => {
            if f.is_lua() {
                let uv = f.lua_upvalues()[i];
                uv.set_value(v);
                if v.is_gc() {
                    vm.heap.barrier_forward(uv.header(), v.gc_header());
                }
                if f.proto().body().uvdesc[i].immutable {
                    // Traces take immutable upvalues as constants.
                    vm.with_jit(|jit, vm| jit.flush(vm));
                }
            } else {
                f.native_upvalues()[i] = v;
                if v.is_gc() {
                    vm.heap.barrier_forward(f.header(), v.gc_header());
                }
            }
            vm.push_str(&name)?;
            Ok(1)
        }
        None => Ok(0),
    }
}

fn getmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    let mt = vm.metatable_of(v).map_or(Value::NIL, |t| t.to_value());
    vm.push(mt)?;
    Ok(1)
}

fn setmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.arg(1);
    let mv = vm.arg(2);
    if !(mv.is_nil() || mv.is_table()) {
        return Err(vm.arg_error(2, "nil or table expected"));
    }
    let mt = mv.as_table();
    if let Some(t) = v.as_table() {
        t.set_metatable(mt);
        vm.heap.barrier_back(t.header());
    } else if let Some(u) = v.as_userdata() {
        u.set_metatable(mt);
        vm.heap.barrier_back(u.header());
    } else {
        vm.set_type_metatable(v, mt);
        // Traces assume the metatables of strings and numbers do not change.
        vm.with_jit(|jit, vm| jit.flush(vm));
    }
    vm.push(Value::TRUE)?;
    Ok(1)
}

fn getregistry(vm: &mut Vm) -> LuaResult<usize> {
    let r = vm.registry();
    vm.push(r.to_value())?;
    Ok(1)
}

fn getfenv(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    let env = if let Some(f) = v.as_function() {
        f.env().to_value()
    } else if let Some(t) = v.as_thread() {
        t.env().to_value()
    } else if let Some(u) = v.as_userdata() {
        u.env().to_value()
    } else {
        Value::NIL
    };
    vm.push(env)?;
    Ok(1)
}

fn setfenv(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.arg(1);
    let t = vm.check_table(2)?;
    if let Some(f) = v.as_function() {
        f.set_env(t);
        vm.heap.barrier_back(f.header());
    } else if let Some(th) = v.as_thread() {
        th.set_env(t);
        vm.heap.barrier_back(th.header());
    } else if let Some(u) = v.as_userdata() {
        u.set_env(t);
        vm.heap.barrier_back(u.header());
    } else {
        return Err(vm.rt_error("'setfenv' cannot change environment of given object"));
    }
    vm.push(v)?;
    Ok(1)
}

fn traceback(vm: &mut Vm) -> LuaResult<usize> {
    let (th, a) = thread_arg(vm);
    let msg = vm.arg(a);
    // A message that is given but not a string comes back unchanged (nil too).
    let has_msg = vm.nargs() >= a;
    if has_msg && !msg.is_string() && !msg.is_number() {
        vm.push(msg)?;
        return Ok(1);
    }
    let default_level = if th == vm.cur { 1 } else { 0 };
    let level = vm.opt_integer(a + 1, default_level)?.max(0) as usize;
    let mut out = Vec::new();
    if has_msg {
        out.extend_from_slice(vm.check_str(a)?.as_bytes());
        out.push(b'\n');
    }
    out.extend_from_slice(traceback_of(th, level).as_bytes());
    vm.push_str(&out)?;
    Ok(1)
}

/// `debug.sethook([thread,] [hook, mask [, count]])`: "c" call, "r" return and
/// "l" line events, plus a count event every `count` instructions. No hook
/// function (or no arguments) turns hooks off.
fn sethook(vm: &mut Vm) -> LuaResult<usize> {
    let (th, a) = thread_arg(vm);
    let f = vm.arg(a);
    let (mut mask, count) = if f.is_function() {
        let m = vm.check_str(a + 1)?;
        let count = vm.opt_integer(a + 2, 0)?.clamp(0, u32::MAX as i64) as u32;
        let mut mask = 0u8;
        for &c in m.as_bytes() {
            match c {
                b'c' => mask |= HOOK_CALL,
                b'r' => mask |= HOOK_RET,
                b'l' => mask |= HOOK_LINE,
                _ => {}
            }
        }
        (mask, count)
    } else {
        (0, 0)
    };
    if count > 0 {
        mask |= HOOK_COUNT;
    }
    let t = th.body_mut();
    t.hook = if mask == 0 { Value::NIL } else { f };
    t.hook_mask = mask;
    t.hook_count = count;
    t.hook_left = count;
    if f.is_gc() {
        vm.heap.barrier_back(th.header());
    }
    Ok(0)
}

/// `debug.gethook([thread])`: the hook function, its mask and its count.
fn gethook(vm: &mut Vm) -> LuaResult<usize> {
    let (th, _) = thread_arg(vm);
    let t = th.body();
    let (hook, mask, count) = (t.hook, t.hook_mask, t.hook_count);
    let mut m = Vec::new();
    for (bit, c) in [(HOOK_CALL, b'c'), (HOOK_RET, b'r'), (HOOK_LINE, b'l')] {
        if mask & bit != 0 {
            m.push(c);
        }
    }
    vm.push(hook)?;
    vm.push_str(&m)?;
    vm.push(Value::num(count as f64))?;
    Ok(3)
}
