//! The `jit` library (LuaJIT's): switch the trace compiler on and off, flush
//! its traces, set its options, and report its state. Without a compiler
//! attached, `jit.status()` says it is off and the switches do nothing.

use crate::bytecode::{Ins, Op};
use crate::func::Proto;
use crate::state::Vm;
use crate::value::{Gc, Value};
use crate::LuaResult;

/// `jit.version` and `jit.version_num` (LuaJIT 2.1's number, for scripts
/// that test for it).
pub const VERSION: &str = concat!(
    "lunavm ",
    env!("CARGO_PKG_VERSION"),
    " (LuaJIT 2.1 dialect)"
);
pub const VERSION_NUM: f64 = 20100.0;

pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    let jit = vm.new_lib(
        "jit",
        &[
            ("on", jit_on),
            ("off", jit_off),
            ("flush", jit_flush),
            ("status", jit_status),
            ("attach", jit_attach),
        ],
    )?;
    let v = vm.str_value(VERSION.as_bytes())?;
    vm.table_set_str(jit, "version", v)?;
    vm.table_set_str(jit, "version_num", Value::num(VERSION_NUM))?;
    let v = vm.str_value(b"x64")?;
    vm.table_set_str(jit, "arch", v)?;
    let v = vm.str_value(b"Linux")?;
    vm.table_set_str(jit, "os", v)?;
    let opt = vm.new_table(0, 1)?;
    vm.register(opt, "start", opt_start)?;
    vm.table_set_str(jit, "opt", opt.to_value())?;
    Ok(())
}

/// `jit.on()`/`jit.off()` switch the compiler; with a function (and `true` to
/// include nested functions) they switch hot counting in that function's loops.
fn switch(vm: &mut Vm, on: bool) -> LuaResult<usize> {
    let a1 = vm.arg(1);
    if let Some(f) = a1.as_function() {
        if f.is_lua() {
            let recursive = vm.arg(2).is_truthy();
            set_counting(f.proto(), on, recursive);
        }
        return Ok(0);
    }
    if a1.is_bool() {
        // jit.on(true) / jit.off(true): the running function; nothing to do for
        // the whole-VM switch.
        return Ok(0);
    }
    vm.with_jit(|jit, vm| jit.set_enabled(vm, on));
    vm.set_hot_counting(on);
    Ok(0)
}

fn set_counting(p: Gc<Proto>, on: bool, recursive: bool) {
    let body = p.body_mut();
    for ins in body.code.iter_mut() {
        let Some(op) = Op::from_u8(ins.op_byte()) else {
            continue;
        };
        let new = match (op, on) {
            (Op::FORL, false) => Op::IFORL,
            (Op::ITERL, false) => Op::IITERL,
            (Op::LOOP, false) => Op::ILOOP,
            (Op::FUNCF, false) => Op::IFUNCF,
            (Op::FUNCV, false) => Op::IFUNCV,
            (Op::IFORL, true) => Op::FORL,
            (Op::IITERL, true) => Op::ITERL,
            (Op::ILOOP, true) => Op::LOOP,
            (Op::IFUNCF, true) => Op::FUNCF,
            (Op::IFUNCV, true) => Op::FUNCV,
            _ => continue,
        };
        let mut i: Ins = *ins;
        i.set_op(new);
        *ins = i;
    }
    if recursive {
        for k in body.kgc.iter() {
            if let Some(child) = k.as_proto() {
                set_counting(child, on, true);
            }
        }
    }
}

fn jit_on(vm: &mut Vm) -> LuaResult<usize> {
    switch(vm, true)
}

fn jit_off(vm: &mut Vm) -> LuaResult<usize> {
    switch(vm, false)
}

fn jit_flush(vm: &mut Vm) -> LuaResult<usize> {
    vm.with_jit(|jit, vm| jit.flush(vm));
    Ok(0)
}

/// `jit.status()`: whether the compiler is on, then its enabled optimisations.
fn jit_status(vm: &mut Vm) -> LuaResult<usize> {
    let (on, flags) = match &vm.jit {
        Some(jit) => (jit.enabled(), jit.flags()),
        None => (false, Vec::new()),
    };
    vm.push(Value::boolean(on))?;
    for f in &flags {
        vm.push_str(f.as_bytes())?;
    }
    Ok(1 + flags.len())
}

/// `jit.attach` (event handlers for jit.v/jit.dump): accepted, never called.
fn jit_attach(_vm: &mut Vm) -> LuaResult<usize> {
    Ok(0)
}

/// `jit.opt.start(...)`: each argument a level ("3"), a flag ("+fold",
/// "-loop") or a parameter ("hotloop=10").
fn opt_start(vm: &mut Vm) -> LuaResult<usize> {
    for n in 1..=vm.nargs() {
        let item = vm.check_str(n)?.to_str_lossy();
        let r = vm.with_jit(|jit, vm| jit.set_option(vm, &item));
        if let Some(Err(msg)) = r {
            return Err(vm.rt_error(&msg));
        }
    }
    Ok(0)
}

/// `require("jit.p")`: LuaJIT's profiler module, `start([mode [, file]])`
/// and `stop()` (which writes the report). The mode is `-jp`'s.
pub(super) fn preload_profiler(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.new_table(0, 2)?;
    vm.register(t, "start", profile_start)?;
    vm.register(t, "stop", profile_stop)?;
    vm.push(t.to_value())?;
    Ok(1)
}

fn profile_start(vm: &mut Vm) -> LuaResult<usize> {
    let mode = vm
        .opt_str(1)?
        .map(|s| String::from_utf8_lossy(s.as_bytes()).into_owned());
    let file = vm
        .opt_str(2)?
        .map(|s| String::from_utf8_lossy(s.as_bytes()).into_owned());
    let mut opts = match crate::profile::parse_options(mode.as_deref().unwrap_or("")) {
        Ok(o) => o,
        Err(msg) => return Err(vm.rt_error(&format!("jit.p: {msg}"))),
    };
    if file.is_some() {
        opts.file = file;
    }
    if let Err(msg) = vm.profile_start(opts) {
        return Err(vm.rt_error(&format!("jit.p: {msg}")));
    }
    Ok(0)
}

fn profile_stop(vm: &mut Vm) -> LuaResult<usize> {
    if let Some((opts, report)) = vm.profile_stop() {
        vm.flush_stdout();
        if let Err(msg) = crate::profile::write_report(&opts, &report) {
            return Err(vm.rt_error(&format!("jit.p: {msg}")));
        }
    }
    Ok(0)
}
