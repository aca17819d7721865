//! The bytecode interpreter.
//!
//! One loop runs Lua frames of the running thread. Lua-to-Lua calls, returns,
//! metamethod calls made by instructions (through continuation frames), `pcall`
//! and `xpcall` (through PCALL/XPCALL frames) and tail calls never recurse in
//! Rust, which is what lets a coroutine yield across them. Natives are called
//! directly; a native that calls back into Lua (`Vm::call`) enters a nested
//! `execute`, bounded by `MAX_C_DEPTH`.
//!
//! Register state lives in locals: `base` points at slot 0 of the current frame
//! and `pc` at the next instruction. Anything that can move the stack (calls,
//! natives, metamethods, growth, the collector) is bracketed by `save!` (which
//! also publishes base/pc/top to the thread for errors and the GC) and `reload!`.
//!
//! The collector runs only at check points (`gc_check!`): after TNEW, TDUP,
//! FNEW and CAT, and when a native returns fixed results.

use crate::bytecode::{Ins, Op};
use crate::error::LuaError;
use crate::frame::{self, Cont, Link};
use crate::func::{FastFunc, Function, Proto};
use crate::meta::{lua_mod, Arith, Resolved};
use crate::state::{Mm, Vm, HOTCOUNT_SIZE, MAX_C_DEPTH};
use crate::string::LuaStr;
use crate::table::Table;
use crate::thread::{Thread, HOOK_CALL, HOOK_COUNT, HOOK_LINE, HOOK_RET, MAX_STACK, STACK_EXTRA};
use crate::value::{Gc, Value};
use crate::LuaResult;

/// How `execute` starts.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Start {
    /// Run the Lua function whose frame is at the thread's `base` (function at
    /// base-2, arguments from base to top) from its header.
    Call,
    /// The frame at the thread's `base` returns `nres` values found at `src`.
    Return { src: usize, nres: usize },
    /// Continue the Lua frame at the thread's `base` with the instruction at the
    /// thread's `pc` (after switching between the plain and the hooked loop),
    /// with the count of variable results pending for it.
    Continue { multres: usize },
    /// Continue after a trace exit: like `Continue`, except that a trace entry
    /// at `pc` runs the instruction it replaced.
    TraceExit,
}

/// Runs Lua code on the current thread until the frame `start` begins with
/// returns through a C link (results at the function slot, count in `top`).
/// `yieldable`: this is a coroutine's outermost execute, so a yield suspends it.
pub(crate) fn execute(vm: &mut Vm, start: Start, yieldable: bool) -> LuaResult<()> {
    if vm.c_depth >= MAX_C_DEPTH {
        return Err(c_stack_overflow(vm));
    }
    vm.c_depth += 1;
    // Lua code called back from a native runs in the interpreter's state.
    let state = crate::profile::set_state(crate::profile::State::Interp);
    let th = vm.cur;
    // The lowest frame this invocation owns: errors are caught only above it.
    let boundary = if yieldable { 2 } else { th.body().base };
    let mut start = start;
    let result = loop {
        // The hooked variant of the loop runs while the thread has hooks or the
        // JIT records.
        let r = if th.body().hook_mask != 0 || vm.jit_recording {
            run::<true>(vm, th, start, yieldable)
        } else {
            run::<false>(vm, th, start, yieldable)
        };
        if r.is_err() {
            // The recorder cannot follow unwinding or a coroutine switch.
            vm.abort_recording("error or yield");
        }
        match r {
            Ok(None) => break Ok(()),
            Ok(Some(next)) => start = next,
            Err(LuaError::Yield) if yieldable => break Err(LuaError::Yield),
            Err(e) => match catch(vm, th, boundary, e) {
                Some(next) => start = next,
                None => break Err(e),
            },
        }
    };
    vm.c_depth -= 1;
    crate::profile::restore_state(state);
    result
}

#[cold]
fn c_stack_overflow(vm: &mut Vm) -> LuaError {
    vm.rt_error("C stack overflow")
}

/// Looks for a PCALL/XPCALL frame above `boundary` to catch error `e`. If one is
/// found, runs the message handler (xpcall), unwinds to it and says how to resume:
/// the pcall returns `false, message`.
fn catch(vm: &mut Vm, th: Gc<Thread>, boundary: usize, e: LuaError) -> Option<Start> {
    let mut catcher = None;
    for fr in crate::debug::frames_of(th) {
        if fr.base < boundary {
            break;
        }
        match fr.link {
            Link::Pcall(d) => {
                catcher = Some((fr.link_base, d, false));
                break;
            }
            Link::Xpcall(d) => {
                catcher = Some((fr.link_base, d, true));
                break;
            }
            _ => {}
        }
    }
    let (fbase, delta, has_handler) = catcher?;
    let pbase = fbase - delta;
    let mut errv = vm.err;
    if has_handler && e != LuaError::Memory {
        let handler = th.body().stack[pbase];
        // The handler may use some stack beyond the normal limit (it often runs
        // right after a stack overflow).
        let limit = th.body().limit;
        th.body_mut().limit = MAX_STACK + crate::thread::ERROR_MARGIN;
        errv = match vm.call_handler(handler, errv) {
            Ok(v) => v,
            Err(_) => vm
                .str_value(b"error in error handling")
                .unwrap_or(Value::NIL),
        };
        th.body_mut().limit = limit;
    }
    th.close_upvalues(&mut vm.heap, pbase);
    th.unwind_boundaries(pbase);
    th.unwind_tailcalls(pbase);
    let st = &mut th.body_mut().stack;
    st[pbase] = Value::FALSE;
    st[pbase + 1] = errv;
    let t = th.body_mut();
    t.base = pbase;
    t.top = pbase + 2;
    if e == LuaError::Memory {
        // The failed call's garbage is unreachable now: reclaim it before the
        // program continues (everything live is below `top`).
        vm.collect_garbage_quietly();
    }
    Some(Start::Return {
        src: pbase,
        nres: 2,
    })
}

#[inline(always)]
fn str_or_num(v: Value) -> bool {
    v.is_number() || v.is_string()
}

/// What the dispatcher does next, set right before every jump to it.
#[derive(Clone, Copy)]
enum Pending {
    /// Call the function at stack index `func` (its link is already set) with
    /// `nargs` arguments from `func + 2`.
    Call { func: usize, nargs: usize },
    /// The frame at the thread's `base` returns `n` values found at `src`.
    Return { src: usize, n: usize },
    /// Run the next instruction.
    Run,
}

// The hot loop carries only `base`, `pc`, `kgc`, `knum`, `multres` and the hot
// counters; everything else (the running function, its prototype and frame
// size, the base's index) is derived from `base` where a slow path needs it, so
// the register allocator can keep the fast paths in registers.
/// Runs until the entry frame returns through a C link (`Ok(None)`), or until the
/// thread's hooks are switched on or off, which needs the other variant of the
/// loop: `Ok(Some(start))` says where it continues.
#[allow(clippy::cognitive_complexity)]
fn run<const HOOKED: bool>(
    vm: &mut Vm,
    th: Gc<Thread>,
    start: Start,
    yieldable: bool,
) -> LuaResult<Option<Start>> {
    let mut base: *mut Value;
    let mut pc: *const Ins = std::ptr::null();
    let mut kgc: *const Value = std::ptr::null();
    let mut knum: *const Value = std::ptr::null();
    let mut multres: usize = 0;
    let mut pending: Pending;
    // Hooked loop only: the previous instruction run in this frame (for line
    // events), null on entry to a function.
    let mut oldpc: *const Ins = std::ptr::null();
    // After a trace exit at a trace entry: the instruction that entry replaced,
    // to run once instead of re-entering the trace.
    let mut exit_ins: Option<Ins> = None;

    // SAFETY (whole function): `base` and slot indices always refer to the running
    // thread's stack, which holds `frame_size + STACK_EXTRA` slots above every Lua
    // frame's base (ensured by FUNCF/FUNCV) and is reloaded after every operation
    // that may reallocate it. `pc` points into the current prototype's code,
    // whose operands the compiler (or the verifier, for loaded bytecode)
    // guarantees: slots within the frame, constants of the right kind, jumps
    // inside the code, and a last instruction that does not fall through.
    unsafe {
        base = th.stack_ptr().add(th.body().base);
        pending = match start {
            Start::Call => {
                let t = th.body();
                Pending::Call {
                    func: t.base - 2,
                    nargs: usize::MAX,
                }
            }
            Start::Return { src, nres } => Pending::Return { src, n: nres },
            Start::Continue { .. } | Start::TraceExit => {
                if let Start::Continue { multres: m } = start {
                    multres = m;
                }
                pc = th.body().pc;
                if matches!(start, Start::TraceExit) {
                    let ins = *pc;
                    let op = Op::from_u8(ins.op_byte());
                    if op.is_some_and(|op| op.is_trace_entry()) {
                        exit_ins = Some(vm.unpatched(ins));
                    }
                    // An exit at an instruction that consumes variable
                    // results sets `top` just past them.
                    let t = th.body();
                    if let Some(end) = op.and_then(|op| multres_end(op, ins, 0)) {
                        multres = (t.top - t.base).saturating_sub(end);
                    }
                    if std::mem::take(&mut vm.gc_after_exit) {
                        // The exit wrote every live value back (`top` covers them).
                        vm.gc_check_point()?;
                        base = th.stack_ptr().add(th.body().base);
                    }
                }
                let p = (*base.sub(2)).as_gc_unchecked::<Function>().proto();
                kgc = p.body().kgc.as_ptr();
                knum = p.body().knum.as_ptr();
                // The instruction about to run already had its line event.
                oldpc = pc;
                Pending::Run
            }
        };

        macro_rules! reg {
            ($i:expr) => {
                *base.add($i as usize)
            };
        }
        // The stack array and the index of `base` in it.
        macro_rules! stack {
            () => {
                th.stack_ptr()
            };
        }
        macro_rules! bidx {
            () => {
                base.offset_from(th.stack_ptr()) as usize
            };
        }
        // The running Lua function (in the slot below the frame link).
        macro_rules! curfn {
            () => {
                (*base.sub(2)).as_gc_unchecked::<Function>()
            };
        }
        // Publishes base, pc and the frame's extent to the thread (for errors, the
        // collector and callbacks); `reload!` re-derives `base` afterwards, as the
        // stack may have moved.
        macro_rules! save {
            () => {{
                let bi = bidx!();
                let fs = curfn!().proto().body().frame_size as usize;
                let t = th.body_mut();
                t.base = bi;
                t.pc = pc;
                t.top = bi + fs;
            }};
        }
        macro_rules! reload {
            () => {{
                base = th.stack_ptr().add(th.body().base);
            }};
        }
        macro_rules! kstr {
            ($i:expr) => {
                (*kgc.add($i as usize)).as_gc_unchecked::<LuaStr>()
            };
        }
        macro_rules! knum {
            ($i:expr) => {
                *knum.add($i as usize)
            };
        }
        // Takes the JMP that follows a comparison (pc points at it) or skips it.
        macro_rules! branch {
            ($cond:expr) => {{
                if $cond {
                    let j = *pc;
                    pc = pc.offset(1 + j.j() as isize);
                } else {
                    pc = pc.add(1);
                }
            }};
        }
        macro_rules! jump {
            ($ins:expr) => {
                pc = pc.offset($ins.j() as isize)
            };
        }
        // Hot counters are decremented by every header op; reaching zero is the
        // JIT's trigger. True when the JIT started recording: the header op
        // finishes (its jump) and then `start_recording!` switches loops.
        let hot: *mut u16 = vm.hotcount.as_mut_ptr();
        macro_rules! hotcount {
            ($cost:expr) => {{
                let c = hot.add(((pc as usize) >> 2) & (HOTCOUNT_SIZE - 1));
                if *c <= $cost {
                    // Publishes base and pc only: a function header still needs
                    // the argument count the caller left in `top`.
                    let t = th.body_mut();
                    t.base = bidx!();
                    t.pc = pc;
                    let started = hot_counter_expired(vm, c, pc.sub(1));
                    reload!();
                    started
                } else {
                    *c -= $cost;
                    false
                }
            }};
        }
        // Samples the profiler's timer took since the last profile point are
        // attributed here (loop and function headers, returns, trace entries).
        macro_rules! profile_point {
            ($at_entry:expr) => {{
                if crate::profile::pending() {
                    take_samples(vm, th, base, pc, $at_entry);
                }
            }};
        }
        // Hooks see every instruction, and the recorder must see what a trace
        // would do: J-ops run their original instruction meanwhile.
        macro_rules! traces_paused {
            () => {
                HOOKED && (th.body().hook_mask != 0 || vm.jit_recording)
            };
        }
        // Recording runs in the hooked loop: continue there at `pc`.
        macro_rules! start_recording {
            () => {{
                save!();
                return Ok(Some(Start::Continue { multres }));
            }};
        }
        macro_rules! gc_check {
            () => {
                if vm.heap.needs_collect() || vm.heap.stress {
                    save!();
                    vm.gc_check_point()?;
                    reload!();
                }
            };
        }
        // Calls metamethod `h` with `args` from the current instruction; `cont` says
        // what to do with its result. Sets `pending`: the caller continues at
        // 'dispatch, which runs the handler (or, for natives, the continuation).
        macro_rules! call_meta {
            ($h:expr, [$($arg:expr),*], $cont:expr) => {{
                let h: Value = $h;
                let args = [$($arg),*];
                save!();
                let bi = th.body().base;
                let top = th.body().top;
                if th.ensure(&mut vm.heap, top + 4 + args.len() + STACK_EXTRA).is_err() {
                    return Err(vm.rt_error("stack overflow"));
                }
                let stack = th.stack_ptr();
                base = stack.add(bi);
                *stack.add(top) = $cont.encode();
                *stack.add(top + 1) = Value::from_bits(pc as u64);
                *stack.add(top + 2) = h;
                *stack.add(top + 3) = frame::delta_link(frame::KIND_CONT, top + 4 - bi);
                for (i, a) in args.iter().enumerate() {
                    *stack.add(top + 4 + i) = *a;
                }
                pending = Pending::Call { func: top + 2, nargs: args.len() };
            }};
        }

        'dispatch: loop {
            match pending {
                Pending::Run => {}
                // ---------------------------------------------------------- calls
                Pending::Call {
                    func: fslot,
                    nargs: na0,
                } => {
                    let stack = th.stack_ptr();
                    // A fresh call from Rust passes its argument count in `top`.
                    let mut na = if na0 == usize::MAX {
                        th.body().top - fslot - 2
                    } else {
                        na0
                    };
                    let mut stack = stack;
                    loop {
                        let fv = *stack.add(fslot);
                        if let Some(f) = fv.as_function() {
                            if f.is_lua() {
                                // Enter: the header instruction reads the argument
                                // count from `top`.
                                base = stack.add(fslot + 2);
                                th.body_mut().top = fslot + 2 + na;
                                let p = f.proto();
                                kgc = p.body().kgc.as_ptr();
                                knum = p.body().knum.as_ptr();
                                pc = p.code_ptr();
                                oldpc = std::ptr::null();
                                pending = Pending::Run;
                                continue 'dispatch;
                            }
                            // A native, or one of the fast functions handled here.
                            let nbase = fslot + 2;
                            match f.fast() {
                                FastFunc::Pcall if na >= 1 => {
                                    // [pcall][link][f][a1..] -> [pcall][link][f][PCALL][a1..]
                                    std::ptr::copy(
                                        stack.add(nbase + 1),
                                        stack.add(nbase + 2),
                                        na - 1,
                                    );
                                    *stack.add(nbase + 1) = frame::delta_link(frame::KIND_PCALL, 2);
                                    // Keep the frame extent visible to the collector.
                                    th.body_mut().top = nbase + na + 1;
                                    pending = Pending::Call {
                                        func: nbase,
                                        nargs: na - 1,
                                    };
                                    continue 'dispatch;
                                }
                                FastFunc::Xpcall
                                    if na >= 2 && (*stack.add(nbase + 1)).is_function() =>
                                {
                                    // [xpcall][link][f][h][a1..] -> [..][h][f][XPCALL][a1..]
                                    let fv = *stack.add(nbase);
                                    *stack.add(nbase) = *stack.add(nbase + 1);
                                    *stack.add(nbase + 1) = fv;
                                    std::ptr::copy(
                                        stack.add(nbase + 2),
                                        stack.add(nbase + 3),
                                        na - 2,
                                    );
                                    *stack.add(nbase + 2) =
                                        frame::delta_link(frame::KIND_XPCALL, 3);
                                    th.body_mut().top = nbase + na + 1;
                                    pending = Pending::Call {
                                        func: nbase + 1,
                                        nargs: na - 2,
                                    };
                                    continue 'dispatch;
                                }
                                _ => {}
                            }
                            let t = th.body_mut();
                            t.base = nbase;
                            t.top = nbase + na;
                            t.pc = std::ptr::null();
                            if th.ensure(&mut vm.heap, nbase + na + STACK_EXTRA).is_err() {
                                return Err(vm.rt_error("stack overflow"));
                            }
                            let native = f.native();
                            if HOOKED && th.body().hook_mask & HOOK_CALL != 0 {
                                call_hook(vm, th, b"call", None)?;
                            }
                            let state = crate::profile::set_state(crate::profile::State::Native);
                            let r = native(vm);
                            crate::profile::restore_state(state);
                            match r {
                                Ok(n) => {
                                    // Checked in both loops: a native that just set a
                                    // hook (debug.sethook) reports its own return.
                                    if th.body().hook_mask & HOOK_RET != 0 {
                                        call_hook(vm, th, b"return", None)?;
                                    }
                                    let top = th.body().top;
                                    base = th.stack_ptr().add(nbase);
                                    if (th.body().hook_mask != 0) != HOOKED {
                                        // Hooks were switched: continue in the other loop.
                                        th.body_mut().base = nbase;
                                        return Ok(Some(Start::Return {
                                            src: top - n,
                                            nres: n,
                                        }));
                                    }
                                    pending = Pending::Return { src: top - n, n };
                                    continue 'dispatch;
                                }
                                Err(LuaError::Yield) => {
                                    if yieldable {
                                        return Err(LuaError::Yield);
                                    }
                                    return Err(
                                        vm.rt_error("attempt to yield across C-call boundary")
                                    );
                                }
                                Err(e) => return Err(e),
                            }
                        }
                        // Not a function: try __call (whose handler must be a function).
                        match vm.tm_of(fv, Mm::Call).filter(|h| h.is_function()) {
                            Some(h) => {
                                if th
                                    .ensure(&mut vm.heap, fslot + 3 + na + STACK_EXTRA)
                                    .is_err()
                                {
                                    return Err(vm.rt_error("stack overflow"));
                                }
                                stack = th.stack_ptr();
                                std::ptr::copy(stack.add(fslot + 2), stack.add(fslot + 3), na);
                                *stack.add(fslot + 2) = fv;
                                *stack.add(fslot) = h;
                                na += 1;
                            }
                            None => {
                                if !frame::is_lua_link(*stack.add(fslot + 1)) {
                                    // The callee of pcall/xpcall (or a C entry): the
                                    // error belongs inside that protected frame.
                                    let t = th.body_mut();
                                    t.base = fslot + 2;
                                    t.top = fslot + 2 + na;
                                    t.pc = std::ptr::null();
                                    let tn = vm.type_name_of(fv);
                                    return Err(
                                        vm.raise_msg(&format!("attempt to call a {tn} value"))
                                    );
                                }
                                // Name the callee by its slot in the calling Lua frame.
                                let slot = fslot.checked_sub(bidx!()).map(|s| s as u32);
                                save!();
                                return Err(vm.type_error("call", fv, slot));
                            }
                        }
                    }
                }
                // -------------------------------------------------------- returns
                Pending::Return { src, n } => {
                    let mut src = src;
                    let mut nres = n;
                    let stack = th.stack_ptr();
                    let mut base_idx = bidx!();
                    if th.has_open_upvalues_from(base_idx) {
                        th.close_upvalues(&mut vm.heap, base_idx);
                    }
                    if !th.body().tailcalls.is_empty() {
                        th.unwind_tailcalls(base_idx);
                    }
                    loop {
                        match frame::decode(*stack.add(base_idx - 1)) {
                            Link::Lua(ret) => {
                                let call = *ret.sub(1);
                                if matches!(call.op_byte(), b if b == Op::CALLT as u8 || b == Op::CALLMT as u8)
                                {
                                    // A native called in tail position: its results
                                    // are the caller's results.
                                    base_idx = base_idx - 2 - call.a() as usize;
                                    if th.has_open_upvalues_from(base_idx) {
                                        th.close_upvalues(&mut vm.heap, base_idx);
                                    }
                                    if !th.body().tailcalls.is_empty() {
                                        th.unwind_tailcalls(base_idx);
                                    }
                                    continue;
                                }
                                let dest = base_idx - 2;
                                std::ptr::copy(stack.add(src), stack.add(dest), nres);
                                let wanted = call.b() as usize;
                                if wanted == 0 {
                                    multres = nres;
                                } else {
                                    for i in nres..wanted - 1 {
                                        *stack.add(dest + i) = Value::NIL;
                                    }
                                }
                                base = stack.add(dest - call.a() as usize);
                                pc = ret;
                                oldpc = ret.sub(1);
                                let p = curfn!().proto();
                                kgc = p.body().kgc.as_ptr();
                                knum = p.body().knum.as_ptr();
                                if wanted != 0 {
                                    gc_check!();
                                }
                                break;
                            }
                            Link::C(d) => {
                                let dest = base_idx - 2;
                                std::ptr::copy(stack.add(src), stack.add(dest), nres);
                                let t = th.body_mut();
                                t.top = dest + nres;
                                t.base = base_idx - d;
                                return Ok(None);
                            }
                            Link::Cont(d) => {
                                let res = if nres > 0 {
                                    *stack.add(src)
                                } else {
                                    Value::NIL
                                };
                                let cont = Cont::decode(*stack.add(base_idx - 4));
                                pc = (*stack.add(base_idx - 3)).to_bits() as *const Ins;
                                oldpc = pc.sub(1);
                                base = stack.add(base_idx - d);
                                let p = curfn!().proto();
                                kgc = p.body().kgc.as_ptr();
                                knum = p.body().knum.as_ptr();
                                match cont {
                                    Cont::StoreA => reg!((*pc.sub(1)).a()) = res,
                                    Cont::Discard => {}
                                    Cont::Cond => branch!(res.is_truthy()),
                                    Cont::CondNot => branch!(res.is_falsy()),
                                    Cont::Cat(slot) => {
                                        reg!(slot) = res;
                                        let ins = *pc.sub(1);
                                        if slot == ins.b() {
                                            reg!(ins.a()) = res;
                                        } else {
                                            save!();
                                            match concat(vm, bidx!(), ins.b(), slot)? {
                                                Ok(v) => {
                                                    reload!();
                                                    reg!(ins.a()) = v;
                                                }
                                                Err((h, x, y, s)) => {
                                                    reload!();
                                                    call_meta!(h, [x, y], Cont::Cat(s));
                                                    continue 'dispatch;
                                                }
                                            }
                                        }
                                    }
                                    Cont::StoreSlot(slot) => reg!(slot) = res,
                                }
                                break;
                            }
                            Link::Varg(d) => base_idx -= d,
                            Link::Pcall(d) | Link::Xpcall(d) => {
                                src -= 1;
                                *stack.add(src) = Value::TRUE;
                                nres += 1;
                                base_idx -= d;
                            }
                            Link::Bottom => {
                                let t = th.body_mut();
                                t.top = 2 + nres;
                                std::ptr::copy(stack.add(src), stack.add(2), nres);
                                return Ok(None);
                            }
                        }
                    }
                    pending = Pending::Run;
                }
            }

            // ----------------------------------------------------- instructions
            // Slow paths of arithmetic: coercion or a metamethod. Evaluates to
            // true when a metamethod call was set up (continue at 'dispatch).
            macro_rules! arith_slow {
                ($ar:expr, $x:expr, $y:expr, $slots:expr, $dst:expr) => {{
                    save!();
                    match vm.resolve_arith($ar, $x, $y, $slots)? {
                        Resolved::Done(r) => {
                            reload!();
                            reg!($dst) = r;
                            false
                        }
                        Resolved::Call(h, x, y) => {
                            call_meta!(h, [x, y], Cont::StoreA);
                            true
                        }
                    }
                }};
            }
            macro_rules! arith_vn {
                ($ins:ident, $ar:expr, $f:expr) => {{
                    let b = reg!($ins.b());
                    let c = knum!($ins.c());
                    if b.is_number() {
                        reg!($ins.a()) = Value::num($f(b.as_f64(), c.as_f64()));
                        false
                    } else {
                        arith_slow!($ar, b, c, (Some($ins.b()), None), $ins.a())
                    }
                }};
            }
            macro_rules! arith_nv {
                ($ins:ident, $ar:expr, $f:expr) => {{
                    let b = reg!($ins.b());
                    let c = knum!($ins.c());
                    if b.is_number() {
                        reg!($ins.a()) = Value::num($f(c.as_f64(), b.as_f64()));
                        false
                    } else {
                        arith_slow!($ar, c, b, (None, Some($ins.b())), $ins.a())
                    }
                }};
            }
            macro_rules! arith_vv {
                ($ins:ident, $ar:expr, $f:expr) => {{
                    let b = reg!($ins.b());
                    let c = reg!($ins.c());
                    if b.is_number() && c.is_number() {
                        reg!($ins.a()) = Value::num($f(b.as_f64(), c.as_f64()));
                        false
                    } else {
                        arith_slow!($ar, b, c, (Some($ins.b()), Some($ins.c())), $ins.a())
                    }
                }};
            }
            // `<` / `<=` comparisons; `$neg` inverts (ISGE, ISGT).
            macro_rules! compare_lt {
                ($ins:ident, $neg:expr) => {{
                    let (a, d) = (reg!($ins.a()), reg!($ins.d()));
                    if a.is_number() && d.is_number() {
                        branch!((a.as_f64() < d.as_f64()) != $neg);
                        false
                    } else if let (Some(x), Some(y)) = (a.as_str(), d.as_str()) {
                        branch!((x.as_bytes() < y.as_bytes()) != $neg);
                        false
                    } else {
                        save!();
                        let h = if a.itype() == d.itype() || a.is_cdata() || d.is_cdata() {
                            vm.order_tm(a, d, Mm::Lt)
                        } else {
                            None
                        };
                        match h {
                            Some(h) => {
                                call_meta!(
                                    h,
                                    [a, d],
                                    if $neg { Cont::CondNot } else { Cont::Cond }
                                );
                                true
                            }
                            None => return Err(vm.compare_error(a, d)),
                        }
                    }
                }};
            }
            macro_rules! compare_le {
                ($ins:ident, $neg:expr) => {{
                    let (a, d) = (reg!($ins.a()), reg!($ins.d()));
                    if a.is_number() && d.is_number() {
                        branch!((a.as_f64() <= d.as_f64()) != $neg);
                        false
                    } else if let (Some(x), Some(y)) = (a.as_str(), d.as_str()) {
                        branch!((x.as_bytes() <= y.as_bytes()) != $neg);
                        false
                    } else {
                        save!();
                        let same = a.itype() == d.itype() || a.is_cdata() || d.is_cdata();
                        if let Some(h) = same.then(|| vm.order_tm(a, d, Mm::Le)).flatten() {
                            call_meta!(h, [a, d], if $neg { Cont::CondNot } else { Cont::Cond });
                            true
                        } else if let Some(h) = same.then(|| vm.order_tm(d, a, Mm::Lt)).flatten() {
                            // 5.1: a <= b is not (b < a) when only __lt exists.
                            call_meta!(h, [d, a], if $neg { Cont::Cond } else { Cont::CondNot });
                            true
                        } else {
                            return Err(vm.compare_error(a, d));
                        }
                    }
                }};
            }
            macro_rules! compare_eq {
                ($a:expr, $d:expr, $neg:expr) => {{
                    let (a, d): (Value, Value) = ($a, $d);
                    if a.raw_eq(d) {
                        branch!(!$neg);
                        false
                    } else if (a.itype() == d.itype()
                        && (a.is_table() || a.as_userdata().is_some()))
                        || a.is_cdata()
                        || d.is_cdata()
                    {
                        save!();
                        match vm.resolve_eq(a, d) {
                            Some(h) => {
                                call_meta!(
                                    h,
                                    [a, d],
                                    if $neg { Cont::CondNot } else { Cont::Cond }
                                );
                                true
                            }
                            None => {
                                branch!($neg);
                                false
                            }
                        }
                    } else {
                        branch!($neg);
                        false
                    }
                }};
            }
            // Table reads: `$get` is the raw lookup on a table `t`.
            macro_rules! table_get {
                ($ins:ident, $key:expr, $get:expr) => {{
                    let o = reg!($ins.b());
                    let key: Value = $key;
                    let mut done = false;
                    if let Some(t) = o.as_table() {
                        let v: Value = $get(t);
                        if !v.is_nil()
                            || t.metatable()
                                .is_none_or(|mt| vm.fast_tm(mt, Mm::Index).is_none())
                        {
                            reg!($ins.a()) = v;
                            done = true;
                        }
                    }
                    if done {
                        false
                    } else {
                        save!();
                        match vm.resolve_index(o, key, Some($ins.b()))? {
                            Resolved::Done(v) => {
                                reload!();
                                reg!($ins.a()) = v;
                                false
                            }
                            Resolved::Call(h, obj, k) => {
                                call_meta!(h, [obj, k], Cont::StoreA);
                                true
                            }
                        }
                    }
                }};
            }
            // Table writes: `$slot` finds the value slot of an existing key.
            macro_rules! table_set {
                ($ins:ident, $key:expr, $slot:expr) => {{
                    let o = reg!($ins.b());
                    let key: Value = $key;
                    let v = reg!($ins.a());
                    let mut done = false;
                    if let Some(t) = o.as_table() {
                        let slot: Option<*mut Value> = $slot(t);
                        if let Some(slot) = slot {
                            if !(*slot).is_nil() {
                                *slot = v;
                                if v.is_gc() {
                                    vm.heap.barrier_back(t.header());
                                }
                                done = true;
                            }
                        }
                    }
                    if done {
                        false
                    } else {
                        save!();
                        match store(vm, o, key, v, Some($ins.b()))? {
                            Some(h) => {
                                reload!();
                                call_meta!(h, [o, key, v], Cont::Discard);
                                true
                            }
                            None => {
                                reload!();
                                false
                            }
                        }
                    }
                }};
            }
            macro_rules! for_loop {
                ($ins:ident, $count:expr) => {{
                    let a = $ins.a() as usize;
                    let s = reg!(a + 2).as_f64();
                    let x = reg!(a).as_f64() + s;
                    let l = reg!(a + 1).as_f64();
                    profile_point!(false);
                    if (s > 0.0 && x <= l) || (s <= 0.0 && x >= l) {
                        reg!(a) = Value::num(x);
                        reg!(a + 3) = Value::num(x);
                        let record = $count && hotcount!(2);
                        jump!($ins);
                        if record {
                            start_recording!();
                        }
                    }
                }};
            }
            macro_rules! iter_loop {
                ($ins:ident, $count:expr) => {{
                    let a = $ins.a() as usize;
                    let v = reg!(a);
                    profile_point!(false);
                    if !v.is_nil() {
                        reg!(a - 1) = v;
                        let record = $count && hotcount!(2);
                        jump!($ins);
                        if record {
                            start_recording!();
                        }
                    }
                }};
            }
            // Function entry: the caller left the argument count in `top`.
            macro_rules! func_header {
                ($ins:ident, $vararg:expr, $count:expr) => {{
                    // A hot header that starts a recording finishes setting up
                    // the frame first; the trace starts at the body.
                    profile_point!(true);
                    let record = $count && hotcount!(1);
                    let p = curfn!().proto();
                    let fs = p.body().frame_size as usize;
                    let np = p.body().num_params as usize;
                    let base_idx = bidx!();
                    let nargs = th.body().top - base_idx;
                    let need = if $vararg {
                        base_idx + nargs + 2 + fs
                    } else {
                        base_idx + fs
                    };
                    // The limit is checked on every call: the stack may already be
                    // larger than the limit (grown while a message handler ran).
                    if need + STACK_EXTRA > th.stack_len() || th.over_limit(need) {
                        if th.over_limit(need)
                            || th.ensure(&mut vm.heap, need + STACK_EXTRA).is_err()
                        {
                            return Err(stack_overflow(vm, th, base_idx));
                        }
                        base = stack!().add(base_idx);
                    }
                    if $vararg {
                        let stack = stack!();
                        let nb = base_idx + nargs + 2;
                        *stack.add(nb - 2) = *stack.add(base_idx - 2);
                        *stack.add(nb - 1) = frame::delta_link(frame::KIND_VARG, nb - base_idx);
                        for i in 0..np {
                            *stack.add(nb + i) = if i < nargs {
                                *stack.add(base_idx + i)
                            } else {
                                Value::NIL
                            };
                        }
                        base = stack.add(nb);
                        if $ins.d() != 0 {
                            // Lua 5.1's `arg` = {...; n = #...}.
                            save!();
                            let t =
                                compat_arg_table(vm, th, base_idx + np, nargs.saturating_sub(np))?;
                            reload!();
                            reg!(np) = t;
                        }
                    } else {
                        for i in nargs..np {
                            reg!(i) = Value::NIL;
                        }
                    }
                    if record {
                        start_recording!();
                    }
                }};
            }

            loop {
                let ins = *pc;
                pc = pc.add(1);
                // SAFETY: prototypes only hold opcodes of the op table.
                let op: Op = std::mem::transmute::<u8, Op>(ins.op_byte());
                if HOOKED && vm.jit_recording {
                    // The recorder sees the instruction before it runs. A
                    // function header still needs the argument count in `top`.
                    let top = th.body().top;
                    save!();
                    let t = th.body_mut();
                    t.pc = pc.sub(1);
                    if op.is_func_header() {
                        t.top = top;
                    } else if let Some(end) = multres_end(op, ins, multres) {
                        // An instruction taking variable results: `top` is
                        // past them (a side trace starting here counts them).
                        t.top = t.base + end;
                    }
                    let go_on = vm.with_jit(|jit, vm| jit.record(vm)).unwrap_or(false);
                    if !go_on {
                        vm.jit_recording = false;
                    }
                    reload!();
                    if !vm.jit_recording && th.body().hook_mask == 0 {
                        // Recording ended: run this instruction in the plain loop.
                        th.body_mut().pc = pc.sub(1);
                        return Ok(Some(Start::Continue { multres }));
                    }
                }
                if HOOKED
                    && th.body().hook_mask & (HOOK_LINE | HOOK_COUNT) != 0
                    && !vm.in_hook
                    && !op.is_func_header()
                    && !matches!(op, Op::LOOP | Op::ILOOP | Op::JLOOP)
                {
                    // Count and line events before the instruction runs. The
                    // variable results this instruction consumes may lie above
                    // the frame's top: keep them below the hook's frame.
                    save!();
                    if let Some(end) = multres_end(op, ins, multres) {
                        let t = th.body_mut();
                        t.top = t.top.max(t.base + end);
                    }
                    let cur = pc.sub(1);
                    let mut line_event = None;
                    if th.body().hook_mask & HOOK_LINE != 0 {
                        let p = curfn!().proto();
                        let line = p.body().line_at(p.pc_of(cur));
                        // Line 0 marks instructions 5.1 would not have.
                        if line != 0
                            && (oldpc.is_null()
                                || cur <= oldpc
                                || line != p.body().line_at(p.pc_of(oldpc)))
                        {
                            line_event = Some(line);
                        }
                    }
                    oldpc = cur;
                    if th.body().hook_mask & HOOK_COUNT != 0 {
                        let t = th.body_mut();
                        t.hook_left = t.hook_left.saturating_sub(1);
                        if t.hook_left == 0 {
                            t.hook_left = t.hook_count;
                            call_hook(vm, th, b"count", None)?;
                        }
                    }
                    if let Some(line) = line_event {
                        call_hook(vm, th, b"line", Some(line))?;
                    }
                    reload!();
                    if th.body().hook_mask == 0 {
                        // Hooks went off: run this instruction in the plain loop.
                        th.body_mut().pc = cur;
                        return Ok(Some(Start::Continue { multres }));
                    }
                }
                match op {
                    Op::ISLT => {
                        if compare_lt!(ins, false) {
                            continue 'dispatch;
                        }
                    }
                    Op::ISGE => {
                        if compare_lt!(ins, true) {
                            continue 'dispatch;
                        }
                    }
                    Op::ISLE => {
                        if compare_le!(ins, false) {
                            continue 'dispatch;
                        }
                    }
                    Op::ISGT => {
                        if compare_le!(ins, true) {
                            continue 'dispatch;
                        }
                    }
                    Op::ISEQV => {
                        if compare_eq!(reg!(ins.a()), reg!(ins.d()), false) {
                            continue 'dispatch;
                        }
                    }
                    Op::ISNEV => {
                        if compare_eq!(reg!(ins.a()), reg!(ins.d()), true) {
                            continue 'dispatch;
                        }
                    }
                    Op::ISEQS => {
                        let (a, k) = (reg!(ins.a()), *kgc.add(ins.d() as usize));
                        if a.is_cdata() {
                            // An enum cdata equals the name of its value.
                            if compare_eq!(a, k, false) {
                                continue 'dispatch;
                            }
                        } else {
                            branch!(a == k);
                        }
                    }
                    Op::ISNES => {
                        let (a, k) = (reg!(ins.a()), *kgc.add(ins.d() as usize));
                        if a.is_cdata() {
                            if compare_eq!(a, k, true) {
                                continue 'dispatch;
                            }
                        } else {
                            branch!(a != k);
                        }
                    }
                    Op::ISEQN => {
                        // Numbers first: the common case takes one test.
                        let a = reg!(ins.a());
                        if a.is_number() {
                            branch!(a.as_f64() == knum!(ins.d()).as_f64());
                        } else if a.is_cdata() {
                            if compare_eq!(a, knum!(ins.d()), false) {
                                continue 'dispatch;
                            }
                        } else {
                            branch!(false);
                        }
                    }
                    Op::ISNEN => {
                        // Numbers first: the common case takes one test.
                        let a = reg!(ins.a());
                        if a.is_number() {
                            branch!(a.as_f64() != knum!(ins.d()).as_f64());
                        } else if a.is_cdata() {
                            if compare_eq!(a, knum!(ins.d()), true) {
                                continue 'dispatch;
                            }
                        } else {
                            branch!(true);
                        }
                    }
                    Op::ISEQP => {
                        let a = reg!(ins.a());
                        if a.is_cdata() {
                            if compare_eq!(a, Value::primitive(ins.d()), false) {
                                continue 'dispatch;
                            }
                        } else {
                            branch!(a == Value::primitive(ins.d()));
                        }
                    }
                    Op::ISNEP => {
                        let a = reg!(ins.a());
                        if a.is_cdata() {
                            if compare_eq!(a, Value::primitive(ins.d()), true) {
                                continue 'dispatch;
                            }
                        } else {
                            branch!(a != Value::primitive(ins.d()));
                        }
                    }
                    Op::ISTC => {
                        let d = reg!(ins.d());
                        if d.is_truthy() {
                            reg!(ins.a()) = d;
                            branch!(true);
                        } else {
                            pc = pc.add(1);
                        }
                    }
                    Op::ISFC => {
                        let d = reg!(ins.d());
                        if d.is_falsy() {
                            reg!(ins.a()) = d;
                            branch!(true);
                        } else {
                            pc = pc.add(1);
                        }
                    }
                    Op::IST => branch!(reg!(ins.d()).is_truthy()),
                    Op::ISF => branch!(reg!(ins.d()).is_falsy()),

                    Op::MOV => reg!(ins.a()) = reg!(ins.d()),
                    Op::NOT => reg!(ins.a()) = Value::boolean(reg!(ins.d()).is_falsy()),
                    Op::UNM => {
                        let v = reg!(ins.d());
                        if v.is_number() {
                            reg!(ins.a()) = Value::num(-v.as_f64());
                        } else {
                            save!();
                            match vm.resolve_arith(
                                Arith::Unm,
                                v,
                                v,
                                (Some(ins.d()), Some(ins.d())),
                            )? {
                                Resolved::Done(r) => {
                                    reload!();
                                    reg!(ins.a()) = r;
                                }
                                Resolved::Call(h, x, y) => {
                                    call_meta!(h, [x, y], Cont::StoreA);
                                    continue 'dispatch;
                                }
                            }
                        }
                    }
                    Op::LEN => {
                        let v = reg!(ins.d());
                        if let Some(s) = v.as_str() {
                            reg!(ins.a()) = Value::num(s.len() as f64);
                        } else if let Some(t) = v.as_table() {
                            reg!(ins.a()) = Value::num(t.length() as f64);
                        } else {
                            save!();
                            // (A metatype's `__len` directly: see metatype_tm.)
                            let h = vm
                                .metatype_tm(v, Value::NIL, Mm::Len)
                                .or_else(|| vm.tm_of(v, Mm::Len));
                            match h {
                                Some(h) => {
                                    call_meta!(h, [v, Value::NIL], Cont::StoreA);
                                    continue 'dispatch;
                                }
                                None => {
                                    return Err(vm.type_error("get length of", v, Some(ins.d())))
                                }
                            }
                        }
                    }

                    Op::ADDVN => {
                        if arith_vn!(ins, Arith::Add, |x: f64, y: f64| x + y) {
                            continue 'dispatch;
                        }
                    }
                    Op::SUBVN => {
                        if arith_vn!(ins, Arith::Sub, |x: f64, y: f64| x - y) {
                            continue 'dispatch;
                        }
                    }
                    Op::MULVN => {
                        if arith_vn!(ins, Arith::Mul, |x: f64, y: f64| x * y) {
                            continue 'dispatch;
                        }
                    }
                    Op::DIVVN => {
                        if arith_vn!(ins, Arith::Div, |x: f64, y: f64| x / y) {
                            continue 'dispatch;
                        }
                    }
                    Op::MODVN => {
                        if arith_vn!(ins, Arith::Mod, lua_mod) {
                            continue 'dispatch;
                        }
                    }
                    Op::ADDNV => {
                        if arith_nv!(ins, Arith::Add, |x: f64, y: f64| x + y) {
                            continue 'dispatch;
                        }
                    }
                    Op::SUBNV => {
                        if arith_nv!(ins, Arith::Sub, |x: f64, y: f64| x - y) {
                            continue 'dispatch;
                        }
                    }
                    Op::MULNV => {
                        if arith_nv!(ins, Arith::Mul, |x: f64, y: f64| x * y) {
                            continue 'dispatch;
                        }
                    }
                    Op::DIVNV => {
                        if arith_nv!(ins, Arith::Div, |x: f64, y: f64| x / y) {
                            continue 'dispatch;
                        }
                    }
                    Op::MODNV => {
                        if arith_nv!(ins, Arith::Mod, lua_mod) {
                            continue 'dispatch;
                        }
                    }
                    Op::ADDVV => {
                        if arith_vv!(ins, Arith::Add, |x: f64, y: f64| x + y) {
                            continue 'dispatch;
                        }
                    }
                    Op::SUBVV => {
                        if arith_vv!(ins, Arith::Sub, |x: f64, y: f64| x - y) {
                            continue 'dispatch;
                        }
                    }
                    Op::MULVV => {
                        if arith_vv!(ins, Arith::Mul, |x: f64, y: f64| x * y) {
                            continue 'dispatch;
                        }
                    }
                    Op::DIVVV => {
                        if arith_vv!(ins, Arith::Div, |x: f64, y: f64| x / y) {
                            continue 'dispatch;
                        }
                    }
                    Op::MODVV => {
                        if arith_vv!(ins, Arith::Mod, lua_mod) {
                            continue 'dispatch;
                        }
                    }
                    Op::POW => {
                        if arith_vv!(ins, Arith::Pow, f64::powf) {
                            continue 'dispatch;
                        }
                    }
                    Op::CAT => {
                        save!();
                        match concat(vm, bidx!(), ins.b(), ins.c())? {
                            Ok(v) => {
                                reload!();
                                reg!(ins.a()) = v;
                                gc_check!();
                            }
                            Err((h, x, y, s)) => {
                                reload!();
                                call_meta!(h, [x, y], Cont::Cat(s));
                                continue 'dispatch;
                            }
                        }
                    }

                    Op::KSTR | Op::KCDATA => reg!(ins.a()) = *kgc.add(ins.d() as usize),
                    Op::KSHORT => reg!(ins.a()) = Value::num(ins.ds() as f64),
                    Op::KNUM => reg!(ins.a()) = knum!(ins.d()),
                    Op::KPRI => reg!(ins.a()) = Value::primitive(ins.d()),
                    Op::KNIL => {
                        for i in ins.a()..=ins.d() {
                            reg!(i) = Value::NIL;
                        }
                    }

                    Op::UGET => {
                        reg!(ins.a()) = curfn!().lua_upvalues()[ins.d() as usize].get_value()
                    }
                    Op::USETV | Op::USETS | Op::USETN | Op::USETP => {
                        let v = match op {
                            Op::USETV => reg!(ins.d()),
                            Op::USETS => *kgc.add(ins.d() as usize),
                            Op::USETN => knum!(ins.d()),
                            _ => Value::primitive(ins.d()),
                        };
                        let uv = curfn!().lua_upvalues()[ins.a() as usize];
                        uv.set_value(v);
                        if v.is_gc() && uv.is_closed() {
                            vm.heap.barrier_forward(uv.header(), v.gc_header());
                        }
                    }
                    Op::UCLO => {
                        let level = bidx!() + ins.a() as usize;
                        if th.has_open_upvalues_from(level) {
                            th.close_upvalues(&mut vm.heap, level);
                        }
                        jump!(ins);
                    }
                    Op::FNEW => {
                        save!();
                        let p = (*kgc.add(ins.d() as usize)).as_gc_unchecked::<Proto>();
                        p.note_closure();
                        let f = new_closure(vm, th, p, curfn!(), bidx!())?;
                        reload!();
                        reg!(ins.a()) = f.to_value();
                        gc_check!();
                    }

                    Op::TNEW => {
                        save!();
                        let d = ins.d();
                        let narr = d & ((1 << crate::bytecode::TNEW_ARRAY_BITS) - 1);
                        let hbits = d >> crate::bytecode::TNEW_ARRAY_BITS;
                        let nhash = if hbits == 0 { 0 } else { 1u32 << (hbits - 1) };
                        let t = vm.new_table(narr.saturating_sub(1), nhash)?;
                        reg!(ins.a()) = t.to_value();
                        gc_check!();
                    }
                    Op::TDUP => {
                        save!();
                        let tpl = (*kgc.add(ins.d() as usize)).as_gc_unchecked::<Table>();
                        let t = match tpl.duplicate(&mut vm.heap) {
                            Some(t) => t,
                            None => return Err(vm.out_of_memory()),
                        };
                        reg!(ins.a()) = t.to_value();
                        gc_check!();
                    }
                    Op::GGET => {
                        let env = curfn!().env();
                        let k = kstr!(ins.d());
                        let v = env.get_str(k);
                        if !v.is_nil() || env.metatable().is_none() {
                            reg!(ins.a()) = v;
                        } else {
                            save!();
                            match vm.resolve_index(env.to_value(), k.to_value(), None)? {
                                Resolved::Done(v) => {
                                    reload!();
                                    reg!(ins.a()) = v;
                                }
                                Resolved::Call(h, o, key) => {
                                    call_meta!(h, [o, key], Cont::StoreA);
                                    continue 'dispatch;
                                }
                            }
                        }
                    }
                    Op::GSET => {
                        let env = curfn!().env();
                        let k = kstr!(ins.d());
                        let v = reg!(ins.a());
                        save!();
                        if let Some(h) = store(vm, env.to_value(), k.to_value(), v, None)? {
                            reload!();
                            call_meta!(h, [env.to_value(), k.to_value(), v], Cont::Discard);
                            continue 'dispatch;
                        }
                        reload!();
                    }
                    Op::TGETV => {
                        let key = reg!(ins.c());
                        if table_get!(ins, key, |t: Gc<Table>| t.get(key)) {
                            continue 'dispatch;
                        }
                    }
                    Op::TGETS => {
                        let key = *kgc.add(ins.c() as usize);
                        if table_get!(ins, key, |t: Gc<Table>| t.get_str(key.as_gc_unchecked())) {
                            continue 'dispatch;
                        }
                    }
                    Op::TGETB => {
                        let c = ins.c();
                        if table_get!(ins, Value::num(c as f64), |t: Gc<Table>| t
                            .get_int(c as i64))
                        {
                            continue 'dispatch;
                        }
                    }
                    Op::TSETV => {
                        let key = reg!(ins.c());
                        if table_set!(ins, key, |t: Gc<Table>| t.existing_slot(key)) {
                            continue 'dispatch;
                        }
                    }
                    Op::TSETS => {
                        let key = *kgc.add(ins.c() as usize);
                        if table_set!(ins, key, |t: Gc<Table>| t
                            .node_slot_str(key.as_gc_unchecked()))
                        {
                            continue 'dispatch;
                        }
                    }
                    Op::TSETB => {
                        let c = ins.c();
                        if table_set!(ins, Value::num(c as f64), |t: Gc<Table>| t
                            .existing_slot(Value::num(c as f64)))
                        {
                            continue 'dispatch;
                        }
                    }
                    Op::TSETM => {
                        // The compiler puts the table there, but the call that
                        // produced the values could have changed the slot
                        // (debug.setlocal), so check.
                        let Some(t) = reg!(ins.a() - 1).as_table() else {
                            save!();
                            return Err(vm.rt_error("table constructor lost its table"));
                        };
                        let start = knum!(ins.d()).as_f64() as i64;
                        save!();
                        for i in 0..multres {
                            let v = reg!(ins.a() as usize + i);
                            if let Err(e) = t.set_int(&mut vm.heap, start + i as i64, v) {
                                return Err(vm.set_error(e));
                            }
                        }
                    }

                    Op::CALL | Op::CALLM => {
                        let a = ins.a() as usize;
                        let n = if op == Op::CALL {
                            ins.c() as usize - 1
                        } else {
                            ins.c() as usize + multres
                        };
                        *base.add(a + 1) = frame::lua_link(pc);
                        if !th.body().tailcalls.is_empty() {
                            // A trace may have returned from a frame here
                            // without dropping its `(tail call)` levels.
                            th.unwind_tailcalls(bidx!() + a + 2);
                        }
                        pending = Pending::Call {
                            func: bidx!() + a,
                            nargs: n,
                        };
                        continue 'dispatch;
                    }
                    Op::CALLT | Op::CALLMT => {
                        let a = ins.a() as usize;
                        let n = if op == Op::CALLT {
                            ins.d() as usize - 1
                        } else {
                            ins.d() as usize + multres
                        };
                        let callee = reg!(a);
                        if !callee.is_function()
                            && !vm.tm_of(callee, Mm::Call).is_some_and(|h| h.is_function())
                        {
                            // Report it from this frame, before the frame is replaced.
                            save!();
                            return Err(vm.type_error("call", callee, Some(a as u32)));
                        }
                        if !callee.as_function().is_some_and(|f| f.is_lua()) {
                            // As in Lua 5.1, a native in tail position runs with this
                            // frame still in place (levels and error positions see
                            // it); its results return through this frame (see the
                            // Lua-link case of the return sequence).
                            *base.add(a + 1) = frame::lua_link(pc);
                            pending = Pending::Call {
                                func: bidx!() + a,
                                nargs: n,
                            };
                            continue 'dispatch;
                        }
                        let base_idx = bidx!();
                        if th.has_open_upvalues_from(base_idx) {
                            th.close_upvalues(&mut vm.heap, base_idx);
                        }
                        // Drop a vararg frame first: the call replaces the original.
                        let stack = stack!();
                        let mut fbase = base_idx;
                        if let Link::Varg(d) = frame::decode(*stack.add(fbase - 1)) {
                            fbase -= d;
                        }
                        // Move the callee and its arguments down over this frame,
                        // keeping the frame's link.
                        *stack.add(fbase - 2) = reg!(a);
                        std::ptr::copy(base.add(a + 2), stack.add(fbase), n);
                        // The frame replaced counts as a `(tail call)` level (5.1).
                        th.add_tailcall(fbase);
                        pending = Pending::Call {
                            func: fbase - 2,
                            nargs: n,
                        };
                        continue 'dispatch;
                    }
                    Op::ITERC => {
                        let a = ins.a() as usize;
                        reg!(a) = reg!(a - 3);
                        reg!(a + 2) = reg!(a - 2);
                        reg!(a + 3) = reg!(a - 1);
                        *base.add(a + 1) = frame::lua_link(pc);
                        pending = Pending::Call {
                            func: bidx!() + a,
                            nargs: 2,
                        };
                        continue 'dispatch;
                    }
                    Op::ITERN => {
                        let a = ins.a() as usize;
                        // ISNEXT checked the state, but debug.setlocal can change it.
                        let Some(t) = reg!(a - 2).as_table() else {
                            save!();
                            return Err(vm.rt_error("bad state for a pairs() loop"));
                        };
                        let pos = reg!(a - 1).as_f64() as u32;
                        match t.entry_at(pos) {
                            Some((npos, k, v)) => {
                                reg!(a - 1) = Value::num(npos as f64);
                                reg!(a) = k;
                                reg!(a + 1) = v;
                                for i in 2..(ins.b() as usize).saturating_sub(1) {
                                    reg!(a + i) = Value::NIL;
                                }
                                // Jump back like the ITERL that follows (which
                                // counts only in its counting form: a
                                // blacklisted loop has its IITERL).
                                let iterl = *pc;
                                pc = pc.add(1);
                                if iterl.op() == Op::JITERL {
                                    // The loop has a trace: it runs the body.
                                    jump!(vm.unpatched(iterl));
                                    if !traces_paused!() {
                                        profile_point!(false);
                                        save!();
                                        match vm.with_jit(|jit, vm| jit.enter(vm, iterl.d())) {
                                            Some(Ok(())) => return Ok(Some(Start::TraceExit)),
                                            Some(Err(e)) => return Err(e),
                                            None => {}
                                        }
                                    }
                                } else {
                                    let record = iterl.op() == Op::ITERL && hotcount!(2);
                                    jump!(iterl);
                                    if record {
                                        start_recording!();
                                    }
                                }
                            }
                            None => pc = pc.add(1),
                        }
                    }
                    Op::ISNEXT => {
                        let a = ins.a() as usize;
                        let g = reg!(a - 3);
                        let ok = g == vm.next_fn && reg!(a - 2).is_table() && reg!(a - 1).is_nil();
                        if ok {
                            reg!(a - 1) = Value::num(0.0);
                        } else {
                            despecialise_next(pc, ins);
                        }
                        jump!(ins);
                    }
                    Op::VARG => {
                        let a = ins.a() as usize;
                        let np = curfn!().proto().body().num_params as usize;
                        let base_idx = bidx!();
                        let delta = match frame::decode(*stack!().add(base_idx - 1)) {
                            Link::Varg(d) => d,
                            _ => 2 + np, // not reached: VARG only appears in vararg functions
                        };
                        let nvar = (delta - 2).saturating_sub(np);
                        let vsrc = base_idx - delta + np;
                        let want = ins.b() as usize;
                        if want == 0 {
                            save!();
                            if th
                                .ensure(&mut vm.heap, base_idx + a + nvar + STACK_EXTRA)
                                .is_err()
                            {
                                return Err(vm.rt_error("stack overflow"));
                            }
                            reload!();
                            std::ptr::copy(stack!().add(vsrc), base.add(a), nvar);
                            multres = nvar;
                        } else {
                            let stack = stack!();
                            for i in 0..want - 1 {
                                reg!(a + i) = if i < nvar {
                                    *stack.add(vsrc + i)
                                } else {
                                    Value::NIL
                                };
                            }
                        }
                    }

                    Op::RETM | Op::RET | Op::RET0 | Op::RET1 => {
                        let a = ins.a() as usize;
                        let n = match op {
                            Op::RETM => ins.d() as usize + multres,
                            Op::RET => ins.d() as usize - 1,
                            Op::RET0 => 0,
                            _ => 1,
                        };
                        if HOOKED && th.body().hook_mask & HOOK_RET != 0 && !vm.in_hook {
                            // "return", then one "tail return" per tail call that
                            // this frame replaced. The results stay below `top`.
                            save!();
                            let t = th.body_mut();
                            t.top = t.top.max(t.base + a + n);
                            let base_idx = t.base;
                            call_hook(vm, th, b"return", None)?;
                            let tails = th
                                .body()
                                .tailcalls
                                .iter()
                                .rev()
                                .find(|&&(b, _)| b == base_idx)
                                .map_or(0, |&(_, k)| k);
                            for _ in 0..tails {
                                call_hook(vm, th, b"tail return", None)?;
                            }
                            reload!();
                        }
                        profile_point!(false);
                        pending = Pending::Return {
                            src: bidx!() + a,
                            n,
                        };
                        continue 'dispatch;
                    }

                    Op::FORI => {
                        let a = ins.a() as usize;
                        let (mut i, mut lim, mut st) = (reg!(a), reg!(a + 1), reg!(a + 2));
                        if !(i.is_number() && lim.is_number() && st.is_number()) {
                            save!();
                            let conv =
                                |v: Value| crate::meta::to_number_coerce(v).map(Value::number);
                            i = match conv(i) {
                                Some(v) => v,
                                None => {
                                    return Err(vm.rt_error("'for' initial value must be a number"))
                                }
                            };
                            lim = match conv(lim) {
                                Some(v) => v,
                                None => return Err(vm.rt_error("'for' limit must be a number")),
                            };
                            st = match conv(st) {
                                Some(v) => v,
                                None => return Err(vm.rt_error("'for' step must be a number")),
                            };
                            reg!(a) = i;
                            reg!(a + 1) = lim;
                            reg!(a + 2) = st;
                        }
                        let (x, l, s) = (i.as_f64(), lim.as_f64(), st.as_f64());
                        if if s > 0.0 { x <= l } else { x >= l } {
                            reg!(a + 3) = i;
                            if HOOKED {
                                // 5.1 enters the loop by jumping back from its end:
                                // the first iteration starts with a line event too.
                                oldpc = pc.offset(ins.j() as isize - 1);
                            }
                        } else {
                            jump!(ins);
                        }
                    }
                    Op::FORL => for_loop!(ins, true),
                    Op::IFORL => for_loop!(ins, false),
                    Op::ITERL => iter_loop!(ins, true),
                    Op::IITERL => iter_loop!(ins, false),
                    Op::LOOP => {
                        profile_point!(false);
                        if hotcount!(2) {
                            start_recording!();
                        }
                    }
                    Op::ILOOP => profile_point!(false),
                    Op::JMP => jump!(ins),

                    Op::JFUNCF => {
                        func_header!(ins, false, false);
                        if exit_ins.take().is_none() && !traces_paused!() {
                            save!();
                            match vm.with_jit(|jit, vm| jit.enter(vm, ins.d())) {
                                Some(Ok(())) => return Ok(Some(Start::TraceExit)),
                                Some(Err(e)) => return Err(e),
                                None => {}
                            }
                        }
                    }
                    Op::JFORL | Op::JITERL | Op::JLOOP => {
                        let orig = exit_ins
                            .take()
                            .or(traces_paused!().then(|| vm.unpatched(ins)));
                        if let Some(orig) = orig {
                            // Resuming at this trace's entry after an exit, or
                            // running hooked: the original op.
                            match op {
                                Op::JFORL => for_loop!(orig, false),
                                Op::JITERL => iter_loop!(orig, false),
                                _ => {}
                            }
                            continue;
                        }
                        // FORL and ITERL step in the interpreter; the trace starts
                        // at the loop body, like the LOOP trace after its JLOOP.
                        let enter = match op {
                            Op::JFORL => {
                                let a = ins.a() as usize;
                                let s = reg!(a + 2).as_f64();
                                let x = reg!(a).as_f64() + s;
                                let l = reg!(a + 1).as_f64();
                                let go = (s > 0.0 && x <= l) || (s <= 0.0 && x >= l);
                                if go {
                                    reg!(a) = Value::num(x);
                                    reg!(a + 3) = Value::num(x);
                                    pc = pc.offset(vm.unpatched(ins).j() as isize);
                                }
                                go
                            }
                            Op::JITERL => {
                                let a = ins.a() as usize;
                                let v = reg!(a);
                                let go = !v.is_nil();
                                if go {
                                    reg!(a - 1) = v;
                                    pc = pc.offset(vm.unpatched(ins).j() as isize);
                                }
                                go
                            }
                            _ => true,
                        };
                        if enter {
                            profile_point!(false);
                            save!();
                            let r = vm.with_jit(|jit, vm| jit.enter(vm, ins.d()));
                            match r {
                                Some(Ok(())) => return Ok(Some(Start::TraceExit)),
                                Some(Err(e)) => return Err(e),
                                // No JIT: just run the loop.
                                None => {}
                            }
                        }
                    }
                    Op::FUNCF => func_header!(ins, false, true),
                    Op::IFUNCF => func_header!(ins, false, false),
                    Op::FUNCV => func_header!(ins, true, true),
                    Op::IFUNCV => func_header!(ins, true, false),
                }
                if HOOKED
                    && op.is_func_header()
                    && th.body().hook_mask & HOOK_CALL != 0
                    && !vm.in_hook
                {
                    // The call event, once the frame is set up.
                    save!();
                    call_hook(vm, th, b"call", None)?;
                    reload!();
                }
            }
        }
    }
}

/// For an instruction that consumes variable results (of a call or `...`), the
/// slot (relative to base) just past the last of them.
pub fn multres_end(op: Op, ins: Ins, multres: usize) -> Option<usize> {
    let a = ins.a() as usize;
    match op {
        // Function and frame link at a, a + 1; arguments from a + 2.
        Op::CALLM => Some(a + 2 + ins.c() as usize + multres),
        Op::CALLMT => Some(a + 2 + ins.d() as usize + multres),
        Op::RETM => Some(a + ins.d() as usize + multres),
        Op::TSETM => Some(a + multres),
        _ => None,
    }
}

/// Calls the running thread's hook with an event (and a line for line events).
/// Hooks do not fire while a hook runs; errors in the hook propagate.
fn call_hook(vm: &mut Vm, th: Gc<Thread>, event: &[u8], line: Option<u32>) -> LuaResult<()> {
    let hook = th.body().hook;
    if vm.in_hook || !hook.is_function() {
        return Ok(());
    }
    vm.in_hook = true;
    let r = (|| {
        let ev = vm.str_value(event)?;
        let l = line.map_or(Value::NIL, |l| Value::num(l as f64));
        vm.call_value(hook, &[ev, l])
    })();
    vm.in_hook = false;
    r.map(|_| ())
}

/// Lua 5.1's compatibility `arg` table of a vararg function: the `n` extra
/// arguments at stack index `from`, and `n` itself.
fn compat_arg_table(vm: &mut Vm, th: Gc<Thread>, from: usize, n: usize) -> LuaResult<Value> {
    let t = vm.new_table(n as u32, 1)?;
    for i in 0..n {
        let v = th.body().stack[from + i];
        if let Err(e) = t.set_int(&mut vm.heap, i as i64 + 1, v) {
            return Err(vm.set_error(e));
        }
    }
    vm.table_set_str(t, "n", Value::num(n as f64))?;
    Ok(t.to_value())
}

/// A hot counter reached zero: reset it and tell the JIT about the header op at
/// `header` (state published). True if the JIT started recording.
#[cold]
fn hot_counter_expired(vm: &mut Vm, c: *mut u16, header: *const Ins) -> bool {
    // SAFETY: c points into vm.hotcount.
    unsafe { *c = vm.hotloop };
    if !vm.count_hot {
        return false;
    }
    vm.hot_events += 1;
    // Nothing is recorded while recording, or under hooks (traces skip them).
    if vm.jit_recording || vm.current_thread().body().hook_mask != 0 {
        return false;
    }
    vm.with_jit(|jit, vm| jit.hot(vm, header)).unwrap_or(false)
}

/// A profile point with samples waiting: publishes `base` and `pc` and lets
/// the profiler attribute them (kept out of line: the check is on hot paths).
#[cold]
#[inline(never)]
fn take_samples(vm: &mut Vm, th: Gc<Thread>, base: *mut Value, pc: *const Ins, at_entry: bool) {
    let t = th.body_mut();
    // SAFETY: `base` points into the thread's stack.
    t.base = unsafe { base.offset_from(th.stack_ptr()) } as usize;
    t.pc = pc;
    vm.profile_point(at_entry);
}

/// Raises "stack overflow" from the caller of the frame that did not fit.
#[cold]
fn stack_overflow(vm: &mut Vm, th: Gc<Thread>, base_idx: usize) -> LuaError {
    let link = th.body().stack[base_idx - 1];
    if let Link::Lua(ret) = frame::decode(link) {
        // SAFETY: a Lua link is the return address of a call instruction.
        let cb = unsafe { frame::lua_caller_base(base_idx, ret) };
        let t = th.body_mut();
        t.base = cb;
        t.pc = ret;
    } else {
        let t = th.body_mut();
        t.base = base_idx;
        t.pc = std::ptr::null();
    }
    if th.body().limit > MAX_STACK {
        // Overflowing again while a handler deals with an error (5.1's LUA_ERRERR).
        return vm.raise_msg("error in error handling");
    }
    vm.rt_error("stack overflow")
}

/// Turns ISNEXT/ITERN back into JMP/ITERC (the iterator is not `next`).
#[cold]
fn despecialise_next(pc: *const Ins, isnext: Ins) {
    // SAFETY: pc-1 is the ISNEXT being executed; its D jumps to the ITERN. Code is
    // owned by a live prototype and only patched here, between instructions.
    unsafe {
        let isnext_at = pc.sub(1) as *mut Ins;
        let itern_at = pc.offset(isnext.j() as isize) as *mut Ins;
        (*itern_at).set_op(Op::ITERC);
        (*isnext_at).set_op(Op::JMP);
    }
}

/// Stores `o[key] = v`: raw where no metamethod applies; returns the
/// `__newindex` handler to call otherwise.
fn store(
    vm: &mut Vm,
    o: Value,
    key: Value,
    v: Value,
    slot: Option<u32>,
) -> LuaResult<Option<Value>> {
    if let Some(t) = o.as_table() {
        let no_mm = t
            .metatable()
            .is_none_or(|mt| vm.fast_tm(mt, Mm::NewIndex).is_none());
        if no_mm {
            vm.table_set(t, key, v)?;
            return Ok(None);
        }
    }
    match vm.resolve_newindex(o, key, v, slot)? {
        Resolved::Done(_) => Ok(None),
        Resolved::Call(h, _, _) => Ok(Some(h)),
    }
}

/// Creates a closure of `p` inside the running Lua function `parent`.
fn new_closure(
    vm: &mut Vm,
    th: Gc<Thread>,
    p: Gc<Proto>,
    parent: Gc<Function>,
    base_idx: usize,
) -> LuaResult<Gc<Function>> {
    let uvs = &p.body().uvdesc;
    let Some(f) = Function::new_lua(&mut vm.heap, p, parent.env(), uvs.len()) else {
        return Err(vm.out_of_memory());
    };
    for (i, d) in uvs.iter().enumerate() {
        let uv = if d.from_local {
            match th.find_upvalue(&mut vm.heap, base_idx + d.index as usize) {
                Some(u) => u,
                None => return Err(vm.out_of_memory()),
            }
        } else {
            parent.lua_upvalues()[d.index as usize]
        };
        f.lua_upvalues()[i] = uv;
    }
    Ok(f)
}

/// Concatenates slots `b..=c` of the frame at `base_idx` (5.1's right-to-left
/// algorithm). `Ok(Ok(v))` is the result; `Ok(Err((h, x, y, s)))` asks to call
/// `__concat` handler `h` with (x, y) and store its result in slot `s`.
#[allow(clippy::type_complexity)]
fn concat(
    vm: &mut Vm,
    base_idx: usize,
    b: u32,
    c: u32,
) -> LuaResult<Result<Value, (Value, Value, Value, u32)>> {
    let th = vm.cur;
    let mut top = c;
    let mut buf: Vec<u8> = Vec::new();
    loop {
        let st = &th.body().stack;
        let vt = st[base_idx + top as usize];
        let vp = st[base_idx + top as usize - 1];
        if !(str_or_num(vp) && str_or_num(vt)) {
            let h = vm
                .tm_of(vp, Mm::Concat)
                .or_else(|| vm.tm_of(vt, Mm::Concat));
            return match h {
                Some(h) => Ok(Err((h, vp, vt, top - 1))),
                None => {
                    let (bad, slot) = if str_or_num(vp) {
                        (vt, top)
                    } else {
                        (vp, top - 1)
                    };
                    Err(vm.type_error("concatenate", bad, Some(slot)))
                }
            };
        }
        // Gather the longest run of strings/numbers ending at `top`.
        let mut k = top - 1;
        while k > b && str_or_num(st[base_idx + k as usize - 1]) {
            k -= 1;
        }
        buf.clear();
        let total: usize = (k..=top)
            .map(|i| {
                th.body().stack[base_idx + i as usize]
                    .as_str()
                    .map_or(24, |s| s.len())
            })
            .sum();
        if total > crate::string::MAX_STRING {
            return Err(vm.rt_error("string length overflow"));
        }
        if vm.heap.would_exceed(total) || buf.try_reserve(total).is_err() {
            return Err(vm.out_of_memory());
        }
        for i in k..=top {
            let v = th.body().stack[base_idx + i as usize];
            vm.concat_piece(v, &mut buf);
        }
        let s = vm.intern(&buf)?;
        th.body_mut().stack[base_idx + k as usize] = s.to_value();
        top = k;
        if top == b {
            return Ok(Ok(s.to_value()));
        }
    }
}

impl Gc<Table> {
    /// The value slot of a key already present (even with a nil value), without
    /// creating it.
    #[inline(always)]
    pub fn existing_slot(self, key: Value) -> Option<*mut Value> {
        if key.is_number() {
            let n = key.as_f64();
            let i = n as i64;
            if i as f64 == n && (i as u64).wrapping_sub(1) < self.asize() as u64 {
                return Some(&mut self.array()[i as usize - 1]);
            }
        }
        self.node_slot(key)
    }
}
