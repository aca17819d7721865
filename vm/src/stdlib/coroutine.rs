//! The coroutine library.

use crate::func::FastFunc;
use crate::state::Vm;
use crate::thread::CoStatus;
use crate::value::Value;
use crate::LuaResult;

pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = vm.new_lib(
        "coroutine",
        &[
            ("create", create),
            ("isyieldable", isyieldable),
            ("resume", resume),
            ("running", running),
            ("status", status),
            ("wrap", wrap),
        ],
    )?;
    vm.register_fast(t, "yield", yield_, FastFunc::Yield)?;
    Ok(())
}

fn create(vm: &mut Vm) -> LuaResult<usize> {
    // LuaJIT accepts any function as a coroutine body (5.1: Lua functions only).
    let f = vm.check_function(1)?;
    let co = vm.new_thread()?;
    let t = co.body_mut();
    t.stack[2] = f;
    t.top = 3;
    vm.push(co.to_value())?;
    Ok(1)
}

fn resume(vm: &mut Vm) -> LuaResult<usize> {
    let Some(co) = vm.arg(1).as_thread() else {
        return Err(vm.arg_error(1, "coroutine expected"));
    };
    let nargs = vm.nargs() - 1;
    let before = vm.top() - nargs;
    match vm.resume(co, nargs) {
        Ok(n) => {
            // [.. results] -> [.. true results]
            vm.ensure_stack(1)?;
            let top = vm.top();
            let t = vm.cur.body_mut();
            t.stack.copy_within(top - n..top, top - n + 1);
            t.stack[top - n] = Value::TRUE;
            t.top += 1;
            Ok(n + 1)
        }
        Err(crate::LuaError::Yield) => unreachable!("resume never yields itself"),
        Err(_) => {
            let e = vm.err;
            vm.cur.body_mut().top = before;
            vm.push(Value::FALSE)?;
            vm.push(e)?;
            Ok(2)
        }
    }
}

fn yield_(vm: &mut Vm) -> LuaResult<usize> {
    if vm.cur == vm.main {
        return Err(vm.rt_error("attempt to yield across C-call boundary"));
    }
    // The values to yield are this native's arguments; the interpreter suspends.
    Err(crate::LuaError::Yield)
}

fn status(vm: &mut Vm) -> LuaResult<usize> {
    let Some(co) = vm.arg(1).as_thread() else {
        return Err(vm.arg_error(1, "coroutine expected"));
    };
    let s: &[u8] = if co == vm.cur {
        b"running"
    } else {
        match co.body().status {
            CoStatus::Suspended => b"suspended",
            CoStatus::Normal => b"normal",
            CoStatus::Running => b"running",
            CoStatus::Dead => b"dead",
        }
    };
    vm.push_str(s)?;
    Ok(1)
}

/// `coroutine.isyieldable()` (LuaJIT 2.1): whether `yield` would work here.
fn isyieldable(vm: &mut Vm) -> LuaResult<usize> {
    let ok = vm.cur != vm.main && vm.cur.body().host_calls == 0;
    vm.push(Value::boolean(ok))?;
    Ok(1)
}

fn running(vm: &mut Vm) -> LuaResult<usize> {
    if vm.cur == vm.main {
        vm.push(Value::NIL)?;
    } else {
        let c = vm.cur.to_value();
        vm.push(c)?;
    }
    Ok(1)
}

fn wrap(vm: &mut Vm) -> LuaResult<usize> {
    create(vm)?;
    let co = vm.pop();
    let f = vm.new_native(wrap_aux, 1)?;
    f.native_upvalues()[0] = co;
    f.set_fast(FastFunc::WrapAux);
    vm.push(f.to_value())?;
    Ok(1)
}

fn wrap_aux(vm: &mut Vm) -> LuaResult<usize> {
    let co = vm
        .native_upvalue(0)
        .as_thread()
        .expect("wrap keeps its coroutine");
    let nargs = vm.nargs();
    match vm.resume(co, nargs) {
        Ok(n) => Ok(n),
        Err(crate::LuaError::Memory) => Err(crate::LuaError::Memory),
        Err(_) => {
            let e = vm.err;
            if let Some(s) = e.as_str() {
                let pos = vm.where_(1);
                if !pos.is_empty() {
                    let mut msg = pos;
                    msg.extend_from_slice(s.as_bytes());
                    let v = vm.str_value(&msg)?;
                    return Err(vm.raise(v));
                }
            }
            Err(vm.raise(e))
        }
    }
}
