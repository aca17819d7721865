//! Calling from Rust: `Vm::call` (like `lua_call`), protected calls, message
//! handlers, and coroutine resume.
//!
//! A call from Rust works on the running thread's stack: the function and its
//! arguments sit at the top; the call inserts the frame link (a C link, so the
//! callee's return leaves `execute`), runs it, and leaves the results where the
//! function was. Natives are called directly; Lua functions through a nested
//! `execute`, which counts against `MAX_C_DEPTH`.

use crate::error::LuaError;
use crate::frame;
use crate::func::FastFunc;
use crate::interp::{execute, Start};
use crate::state::{Mm, Vm, MAX_C_DEPTH};
use crate::thread::{CoStatus, Thread, STACK_EXTRA};
use crate::value::{Gc, Value};
use crate::LuaResult;

/// Result count meaning "all of them".
pub const MULTRET: usize = usize::MAX;

impl Vm {
    /// Calls the function at stack index `func` with the `nargs` values above it.
    /// Afterwards the results (exactly `nresults`, or all with `MULTRET`) start at
    /// `func` and `top` is just past them. Errors propagate.
    pub fn call(&mut self, func: usize, nargs: usize, nresults: usize) -> LuaResult<()> {
        let th = self.cur;
        let saved_base = th.body().base;
        th.body_mut().host_calls += 1;
        let r = self.call_inner(th, func, nargs, saved_base);
        th.body_mut().host_calls -= 1;
        match r {
            Ok(()) => {
                let t = th.body_mut();
                t.base = saved_base;
                if nresults != MULTRET {
                    let have = t.top - func;
                    let want = func + nresults;
                    if have < nresults {
                        self.ensure_stack(nresults - have)?;
                        let t = th.body_mut();
                        for v in &mut t.stack[func + have..want] {
                            *v = Value::NIL;
                        }
                    }
                    th.body_mut().top = want;
                }
                Ok(())
            }
            Err(LuaError::Yield) => Err(self.rt_error("attempt to yield across C-call boundary")),
            Err(e) => Err(e),
        }
    }

    fn call_inner(
        &mut self,
        th: Gc<Thread>,
        func: usize,
        nargs: usize,
        caller_base: usize,
    ) -> LuaResult<()> {
        // A Lua frame calling through Rust: remember its pc for the frame walker.
        let from_lua = caller_base > 2
            && !th.body().pc.is_null()
            && th.body().stack[caller_base - 2]
                .as_function()
                .is_some_and(|f| f.is_lua());
        if from_lua {
            let pc = th.body().pc;
            th.body_mut().boundaries.push((caller_base, pc));
        }
        let r = self.call_frame(th, func, nargs, caller_base);
        if r.is_ok() && from_lua {
            th.body_mut().boundaries.pop();
        }
        r
    }

    fn call_frame(
        &mut self,
        th: Gc<Thread>,
        func: usize,
        mut nargs: usize,
        caller_base: usize,
    ) -> LuaResult<()> {
        // Make room for the link slot and shift the arguments up.
        if th
            .ensure(&mut self.heap, func + nargs + 2 + STACK_EXTRA)
            .is_err()
        {
            return Err(self.rt_error("stack overflow"));
        }
        loop {
            let st = &mut th.body_mut().stack;
            let fv = st[func];
            if let Some(f) = fv.as_function() {
                st.copy_within(func + 1..func + 1 + nargs, func + 2);
                let nbase = func + 2;
                st[func + 1] = frame::delta_link(frame::KIND_C, nbase - caller_base);
                let t = th.body_mut();
                t.base = nbase;
                t.top = nbase + nargs;
                if f.is_lua() {
                    return execute(self, Start::Call, false);
                }
                if f.fast() == FastFunc::Pcall || f.fast() == FastFunc::Xpcall {
                    // The natives of pcall/xpcall work from Rust too (they protect
                    // the call themselves); nothing special is needed here.
                }
                if self.c_depth >= MAX_C_DEPTH {
                    return Err(self.rt_error("C stack overflow"));
                }
                self.c_depth += 1;
                let r = (f.native())(self);
                self.c_depth -= 1;
                let n = r?;
                let t = th.body_mut();
                let top = t.top;
                t.stack.copy_within(top - n..top, func);
                t.top = func + n;
                return Ok(());
            }
            match self.tm_of(fv, Mm::Call).filter(|h| h.is_function()) {
                Some(h) => {
                    st.copy_within(func + 1..func + 1 + nargs, func + 2);
                    st[func + 1] = fv;
                    st[func] = h;
                    nargs += 1;
                    if th
                        .ensure(&mut self.heap, func + nargs + 2 + STACK_EXTRA)
                        .is_err()
                    {
                        return Err(self.rt_error("stack overflow"));
                    }
                }
                None => return Err(self.type_error("call", fv, None)),
            }
        }
    }

    /// Calls `f(args...)` protected: on error the stack is restored and the error
    /// value is in `Vm::err`. On success the results are pushed (exactly
    /// `nresults`, or all with MULTRET) and their count returned.
    pub fn call_protected(
        &mut self,
        f: Value,
        args: &[Value],
        nresults: usize,
    ) -> Result<usize, LuaError> {
        let th = self.cur;
        let func = th.body().top;
        self.ensure_stack(args.len() + 1)?;
        self.push_unchecked(f);
        for &a in args {
            self.push_unchecked(a);
        }
        self.pcall_at(func, args.len(), nresults)
    }

    /// Protected version of `call` for the function at `func`.
    pub fn pcall_at(
        &mut self,
        func: usize,
        nargs: usize,
        nresults: usize,
    ) -> Result<usize, LuaError> {
        let th = self.cur;
        let saved_base = th.body().base;
        let saved_depth = self.c_depth;
        match self.call(func, nargs, nresults) {
            Ok(()) => Ok(th.body().top - func),
            Err(e) => {
                self.c_depth = saved_depth;
                th.close_upvalues(&mut self.heap, func);
                th.unwind_boundaries(func);
                th.unwind_tailcalls(func);
                let t = th.body_mut();
                t.base = saved_base;
                t.top = func;
                Err(e)
            }
        }
    }

    /// Like `pcall_at`, but on error also returns a traceback taken at the point
    /// of the error (before the stack is unwound), as lua.c's handler makes it.
    pub fn pcall_traceback(
        &mut self,
        func: usize,
        nargs: usize,
        nresults: usize,
    ) -> Result<usize, (LuaError, String)> {
        let th = self.cur;
        let saved_base = th.body().base;
        let saved_depth = self.c_depth;
        match self.call(func, nargs, nresults) {
            Ok(()) => Ok(th.body().top - func),
            Err(e) => {
                let tb = self.traceback(0);
                self.c_depth = saved_depth;
                th.close_upvalues(&mut self.heap, func);
                th.unwind_boundaries(func);
                th.unwind_tailcalls(func);
                let t = th.body_mut();
                t.base = saved_base;
                t.top = func;
                Err((e, tb))
            }
        }
    }

    /// Calls an xpcall message handler with the error value, above the frames of
    /// the error, and returns its first result.
    pub(crate) fn call_handler(&mut self, handler: Value, errv: Value) -> LuaResult<Value> {
        let th = self.cur;
        let saved = (th.body().base, th.body().top, th.body().pc);
        let func = saved.1;
        let r = self.call_protected(handler, &[errv], 1);
        let v = if r.is_ok() {
            th.body().stack[func]
        } else {
            Value::NIL
        };
        let t = th.body_mut();
        t.base = saved.0;
        t.top = saved.1;
        t.pc = saved.2;
        r.map(|_| v)
    }

    // -------------------------------------------------------------- coroutines

    /// Resumes coroutine `co` with the `nargs` values on top of the running
    /// thread's stack (which are popped). On success the coroutine's results
    /// (yielded or returned) are pushed and their count returned; on error the
    /// coroutine is dead and the error value is in `Vm::err`.
    pub fn resume(&mut self, co: Gc<Thread>, nargs: usize) -> LuaResult<usize> {
        // Traces follow one thread.
        self.abort_recording("coroutine switch");
        let caller = self.cur;
        if co.body().status != CoStatus::Suspended {
            let msg = match co.body().status {
                CoStatus::Dead => "cannot resume dead coroutine",
                // LuaJIT says "running" for normal coroutines too.
                _ => "cannot resume running coroutine",
            };
            return Err(self.raise_msg(msg));
        }
        if self.c_depth >= MAX_C_DEPTH {
            return Err(self.raise_msg("C stack overflow"));
        }
        // Move the arguments over.
        let ctop = caller.body().top;
        let args: Vec<Value> = caller.body().stack[ctop - nargs..ctop].to_vec();
        caller.body_mut().top = ctop - nargs;
        let started = co.body().started;
        let start = if !started {
            // The body function waits at slot 2.
            if co.ensure(&mut self.heap, 4 + nargs + STACK_EXTRA).is_err() {
                return Err(self.out_of_memory());
            }
            let t = co.body_mut();
            t.stack[3] = frame::delta_link(frame::KIND_C, 2);
            t.stack[4..4 + nargs].copy_from_slice(&args);
            t.base = 4;
            t.top = 4 + nargs;
            t.started = true;
            None
        } else {
            let base = co.body().base;
            if co
                .ensure(&mut self.heap, base + nargs + STACK_EXTRA)
                .is_err()
            {
                return Err(self.out_of_memory());
            }
            let t = co.body_mut();
            t.stack[base..base + nargs].copy_from_slice(&args);
            t.top = base + nargs;
            Some(Start::Return {
                src: base,
                nres: nargs,
            })
        };
        caller.body_mut().status = CoStatus::Normal;
        co.body_mut().status = CoStatus::Running;
        self.cur = co;
        let saved_depth = self.c_depth;
        let r = match start {
            Some(s) => execute(self, s, true),
            None => self.start_coroutine(co, nargs),
        };
        self.c_depth = saved_depth;
        self.cur = caller;
        caller.body_mut().status = CoStatus::Running;
        // Collect the results from the coroutine's stack.
        let (lo, hi) = match r {
            Ok(()) => {
                co.body_mut().status = CoStatus::Dead;
                (2, co.body().top)
            }
            Err(LuaError::Yield) => {
                co.body_mut().status = CoStatus::Suspended;
                (co.body().base, co.body().top)
            }
            Err(e) => {
                co.body_mut().status = CoStatus::Dead;
                return Err(e);
            }
        };
        let n = hi - lo;
        self.ensure_stack(n)?;
        for i in lo..hi {
            let v = co.body().stack[i];
            self.push_unchecked(v);
        }
        if co.body().status == CoStatus::Dead {
            co.reset();
        } else {
            co.body_mut().top = lo;
        }
        Ok(n)
    }

    fn start_coroutine(&mut self, co: Gc<Thread>, nargs: usize) -> LuaResult<()> {
        let fv = co.body().stack[2];
        match fv.as_function() {
            Some(f) if f.is_lua() => execute(self, Start::Call, true),
            Some(f) => {
                // A native body: run it here; a yield suspends in its frame.
                self.c_depth += 1;
                let r = (f.native())(self);
                self.c_depth -= 1;
                let n = r?;
                let t = co.body_mut();
                let top = t.top;
                t.stack.copy_within(top - n..top, 2);
                t.top = 2 + n;
                let _ = nargs;
                Ok(())
            }
            None => Err(self.type_error("call", fv, None)),
        }
    }
}
