//! Recording calls, tail calls and returns: inlined Lua frames, returns into
//! inlined callers and below the trace's start, recursion.

use super::*;
use lunavm_vm::frame::{self, Cont};

impl Recorder {
    // ----------------------------------------------------------------- calls

    /// CALL A B C: inlines a call of a Lua function.
    pub(super) fn call(&mut self, ins: BcIns) -> Rec<()> {
        let a = ins.a() as i32;
        let mut nargs = match ins.op() {
            Op::CALLM => ins.c() as i32 + self.cur_multres()?,
            _ => ins.c() as i32 - 1,
        };
        let nres = ins.b() as i32 - 1;
        // ITERC copies its iterator into slot A as it runs.
        let fv = self.val(if ins.op() == Op::ITERC { a - 3 } else { a });
        let f = match fv.as_function() {
            Some(f) => f,
            None if ins.op() != Op::ITERC => {
                let h = self.call_handler(a, nargs)?;
                nargs += 1;
                h
            }
            None => return Err(Abort::nyi("generic for over a non-function")),
        };
        if !f.is_lua() {
            return self.call_native(a, f, nargs, nres);
        }
        if self.frames.len() >= MAX_DEPTH {
            return Err(Abort("call too deep for inlining".into()));
        }
        let func = self.specialise_callee(a, f)?;
        for s in a + 2..a + 2 + nargs {
            self.get_any(s)?;
        }
        let base = self.base() + a + 2;
        // SAFETY: the instruction after a CALL exists.
        let ret_pc = unsafe { self.pc.add(1) };
        self.frames.push(Frame {
            base,
            func: Some(func),
            proto: f.proto(),
            ret_pc,
            call_a: a,
            nresults: nres,
            tail_called: false,
            cont: None,
            varg: 0,
        });
        // The callee's slots beyond its arguments start out unknown (not nil:
        // FUNCF fills missing parameters).
        let p = f.proto();
        let top = base + p.body().frame_size as i32;
        if top > MAX_SLOT {
            return Err(Abort("too many stack slots".into()));
        }
        self.forget(base + nargs, top);
        self.pending_nargs = Some(nargs);
        Ok(())
    }

    /// A call of a table through its `__call` (a Lua function, guarded): as
    /// the interpreter does, the arguments move up one slot, the table
    /// becomes the first and the handler the callee.
    fn call_handler(&mut self, a: i32, nargs: i32) -> Rec<Gc<Function>> {
        let o = self.get(a)?;
        let live = self
            .val(a)
            .as_table()
            .ok_or_else(|| Abort::nyi("call of a non-function"))?;
        let h = self.metamethod(o, live, self.mm_name(Mm::Call))?;
        let Some(f) = h.and_then(|h| h.as_function()).filter(|f| f.is_lua()) else {
            return Err(Abort::nyi(
                "call through a __call that is not a Lua function",
            ));
        };
        let args = (a + 2..a + 2 + nargs)
            .map(|s| self.get(s))
            .collect::<Rec<Vec<Ref>>>()?;
        self.set(a + 2, o)?;
        for (i, &r) in args.iter().enumerate() {
            self.set(a + 3 + i as i32, r)?;
        }
        let kh = self.ir.kgc(f.to_value());
        self.set(a, kh)?;
        Ok(f)
    }

    /// Guards the Lua function called from slot `a` (`f` now) and returns
    /// the function as the trace knows it: a constant, or for a closure of a
    /// prototype that made several (like an iterator made per loop) the
    /// value in the slot, its prototype guarded.
    fn specialise_callee(&mut self, a: i32, f: Gc<Function>) -> Rec<Ref> {
        let fr = self.get(a)?;
        let kf = self.ir.kgc(f.to_value());
        if fr == kf {
            return Ok(kf);
        }
        if f.proto().many_closures() {
            let field = Ins::new(IrOp::FLOAD, IrType::Ptr, fr, Field::FuncProto as u32);
            let pt = self.ir.emit(field)?;
            let kp = self.ir.kptr(f.proto().as_ptr() as usize);
            self.guard(Ins::new(IrOp::EQ, IrType::Void, pt, kp))?;
            return Ok(fr);
        }
        self.guard(Ins::new(IrOp::EQ, IrType::Void, fr, kf))?;
        self.set(a, kf)?;
        Ok(kf)
    }

    /// VARG A B: the varargs (below the frame's base) into slots A.., B - 1
    /// of them padded with nil, or all (B = 0: MULTRES for the next
    /// instruction). In the trace's bottom frame the vararg link is guarded
    /// (it fixes their number).
    pub(super) fn varg(&mut self, a: i32, b: i32) -> Rec<()> {
        let delta = if self.frames.len() > 1 {
            self.frame().varg
        } else {
            match lunavm_vm::frame::decode(self.val(-1)) {
                lunavm_vm::frame::Link::Varg(d) => {
                    let k = self.ir.kptr(varg_link(d as i32) as usize);
                    self.guard(Ins::new(
                        IrOp::RETF,
                        IrType::Void,
                        (self.base() - 1) as u32,
                        k,
                    ))?;
                    d as i32
                }
                _ => 0,
            }
        };
        if delta < FRAME_SLOTS {
            return Err(Abort::nyi("VARG outside a vararg frame"));
        }
        let np = self.proto().body().num_params as i32;
        let nvar = (delta - FRAME_SLOTS - np).max(0);
        let want = if b == 0 {
            self.multres = Some(nvar);
            nvar
        } else {
            b - 1
        };
        let vals = (0..want)
            .map(|i| {
                if i < nvar {
                    self.get(-delta + np + i)
                } else {
                    Ok(REF_NIL)
                }
            })
            .collect::<Rec<Vec<Ref>>>()?;
        for (i, &r) in vals.iter().enumerate() {
            self.set(a + i as i32, r)?;
        }
        Ok(())
    }

    /// A metamethod call made by the instruction being recorded, as the
    /// interpreter makes it: a continuation frame above the current frame's
    /// slots (what to do with the result, the pc to resume at, the handler,
    /// the link) and the handler's frame after it, which is then recorded
    /// like an inlined call. Its result goes into slot `dst` when it returns.
    pub(super) fn call_meta(&mut self, h: Value, args: &[Ref], dst: i32, cont: Cont) -> Rec<()> {
        let Some(f) = h.as_function().filter(|f| f.is_lua()) else {
            return Err(Abort::nyi("metamethod that is not a Lua function"));
        };
        let p = f.proto();
        if self.frames.len() >= MAX_DEPTH {
            return Err(Abort("call too deep for inlining".into()));
        }
        if p.body().is_vararg {
            return Err(Abort::nyi("call of a vararg function"));
        }
        let top = self.proto().body().frame_size as i32;
        let base = self.base() + top + 4;
        let end = base + p.body().frame_size as i32;
        if end > MAX_SLOT {
            return Err(Abort("too many stack slots".into()));
        }
        // The continuation's raw words are written by snapshots' links.
        self.forget(base - 4, base);
        let kf = self.ir.kgc(h);
        self.set(top + 2, kf)?;
        for (i, &r) in args.iter().enumerate() {
            self.set(top + 4 + i as i32, r)?;
        }
        // SAFETY: the instruction after the calling one exists.
        let ret_pc = unsafe { self.pc.add(1) };
        let link = frame::delta_link(frame::KIND_CONT, top as usize + 4).to_bits();
        self.frames.push(Frame {
            base,
            func: Some(kf),
            proto: p,
            ret_pc,
            call_a: dst,
            nresults: 1,
            tail_called: false,
            cont: Some([cont.encode().to_bits(), ret_pc as u64, link]),
            varg: 0,
        });
        let nargs = args.len() as i32;
        self.forget(base + nargs, end);
        self.pending_nargs = Some(nargs);
        Ok(())
    }

    /// ITERC A B C: the generic for's iterator called with its state and
    /// control variable (copied above them, as the interpreter does):
    /// `ipairs`'s iterator is recorded in IR, a Lua function like a call.
    pub(super) fn iter_call(&mut self, ins: BcIns) -> Rec<()> {
        let a = ins.a() as i32;
        let f = self.val(a - 3).as_function();
        if f.is_some_and(|f| f.fast() == FastFunc::IpairsAux) {
            return self.ipairs_step(a, ins.b() as i32 - 1, f.expect("checked"));
        }
        for (dst, src) in [(a, a - 3), (a + 2, a - 2), (a + 3, a - 1)] {
            let r = self.get(src)?;
            self.set(dst, r)?;
        }
        if f.is_some_and(|f| !f.is_lua()) {
            let name = self.native_name(f.expect("checked"));
            return Err(Abort::nyi(format!("generic for over {name}")));
        }
        self.call(ins)
    }

    /// One step of `ipairs(t)`: i + 1 and the raw t[i + 1], whose type (nil
    /// at the end) is guarded; an index in the array part is bounds-checked.
    fn ipairs_step(&mut self, a: i32, nres: i32, f: Gc<Function>) -> Rec<()> {
        self.guard_callee(a - 3, f)?;
        let ctl = self.get(a - 1)?;
        let (Some(live), IrType::Num) = (self.val(a - 2).as_table(), self.ty(ctl)) else {
            return Err(Abort::nyi("ipairs over a non-table"));
        };
        let t = self.get(a - 2)?;
        let vi = self.val(a - 1).as_f64() + 1.0;
        let one = self.ir.knum(1.0);
        let i = self.ir.emit(Ins::new(IrOp::ADD, IrType::Num, ctl, one))?;
        let val = live.get(Value::num(vi));
        let v = if vi >= 1.0 && vi <= live.asize() as f64 && vi == vi.floor() {
            let k = self.guard(Ins::new(IrOp::CONV, IrType::Int, i, conv::NUM_INT_CHECK))?;
            self.raw_array_get(t, k, val)?
        } else {
            self.raw_lookup(t, i, val)?
        };
        let results = if val.is_nil() { vec![] } else { vec![i, v] };
        for s in a..a + nres.max(0) {
            let r = results.get((s - a) as usize).copied().unwrap_or(REF_NIL);
            self.set(s, r)?;
        }
        Ok(())
    }

    /// CALLT A D: a tail call of a Lua function. The callee's frame replaces
    /// the current one (same base, same link), as in the interpreter, which
    /// also notes a `(tail call)` level for the debug library (`TAILC`).
    pub(super) fn tail_call(&mut self, ins: BcIns) -> Rec<()> {
        let a = ins.a() as i32;
        let nargs = match ins.op() {
            Op::CALLMT => ins.d() as i32 + self.cur_multres()?,
            _ => ins.d() as i32 - 1,
        };
        let fv = self.val(a);
        let Some(f) = fv.as_function() else {
            return Err(Abort::nyi("tail call of a non-function (__call)"));
        };
        if !f.is_lua() {
            // Its result is the frame's: a return of it.
            return self.leave_frame(&mut |r: &mut Self| Ok(vec![r.native_result(a, f, nargs)?]));
        }
        if self.frames.len() == 1 && self.kind != LoopKind::Func && self.side.is_none() {
            return Err(Abort::nyi("tail call from the trace's starting function"));
        }
        let cur = self.proto();
        let cur = cur.body();
        if cur.is_vararg || cur.has_children {
            // The interpreter drops a vararg frame and closes upvalues first.
            return Err(Abort::nyi(
                "tail call from a vararg function or one with closures",
            ));
        }
        let p = f.proto();
        if p.body().is_vararg {
            return Err(Abort::nyi("call of a vararg function"));
        }
        self.guard_callee(a, f)?;
        let kf = self.ir.kgc(fv);
        let args = (a + 2..a + 2 + nargs)
            .map(|s| self.get(s))
            .collect::<Rec<Vec<Ref>>>()?;
        let base = self.base();
        self.ir
            .emit(Ins::new(IrOp::TAILC, IrType::Void, base as u32, 0))?;
        let old_top = base + cur.frame_size as i32;
        let new_top = base + p.body().frame_size as i32;
        if new_top > MAX_SLOT {
            return Err(Abort("too many stack slots".into()));
        }
        self.set(-FRAME_SLOTS, kf)?;
        for (i, &r) in args.iter().enumerate() {
            self.set(i as i32, r)?;
        }
        self.forget(base + nargs, old_top.max(new_top));
        let fr = self.frames.last_mut().expect("a frame");
        fr.proto = p;
        fr.func = Some(kf);
        fr.tail_called = true;
        self.pending_nargs = Some(nargs);
        self.tail_called = true;
        Ok(())
    }

    /// FUNCF of an inlined call: missing parameters become nil. FUNCV
    /// moves the frame above the arguments, as the interpreter does: the
    /// function and the parameters are copied up, the varargs stay below.
    pub(super) fn func_header(&mut self, ins: BcIns) -> Rec<()> {
        let Some(nargs) = self.pending_nargs.take() else {
            return Err(Abort("function header outside a call".into()));
        };
        let np = self.proto().body().num_params as i32;
        if self.proto().body().is_vararg {
            if ins.d() != 0 {
                return Err(Abort::nyi("vararg function with Lua 5.1's arg table"));
            }
            let func = self.get(-FRAME_SLOTS)?;
            let params = (0..np)
                .map(|s| if s < nargs { self.get(s) } else { Ok(REF_NIL) })
                .collect::<Rec<Vec<Ref>>>()?;
            let delta = nargs + FRAME_SLOTS;
            let base = self.base() + delta;
            let top = base + self.proto().body().frame_size as i32;
            if top > MAX_SLOT {
                return Err(Abort("too many stack slots".into()));
            }
            let fr = self.frames.last_mut().expect("a frame");
            fr.base = base;
            fr.varg = delta;
            self.forget(base - 1, top);
            self.set(-FRAME_SLOTS, func)?;
            for (s, &r) in params.iter().enumerate() {
                self.set(s as i32, r)?;
            }
            return Ok(());
        }
        for s in nargs..np {
            self.set(s, REF_NIL)?;
        }
        Ok(())
    }

    /// A function trace that entered its own function `recunroll` levels
    /// deep ends there: the new frame becomes the next iteration's base. A
    /// side trace of it links to its root at the first such call.
    pub(super) fn check_up_recursion(&mut self) {
        let tail_called = std::mem::take(&mut self.tail_called);
        if self.kind != LoopKind::Func || self.proto() != self.root_proto {
            return;
        }
        if self.frames.len() == 1 {
            // A tail call of the root function in the bottom frame: the
            // trace loops in place (a side trace goes on in its root).
            if tail_called {
                self.end = Some(match self.side {
                    Some(s) => TraceEnd::Link(s.root),
                    None => TraceEnd::TailRec,
                });
            }
            return;
        }
        let own = self.root_proto;
        let depth = self.frames.iter().filter(|f| f.proto == own).count();
        if depth > self.recunroll || self.side.is_some() {
            // A side trace continues in its root at the call.
            self.end = Some(match self.side {
                Some(s) => TraceEnd::Link(s.root),
                None => TraceEnd::UpRec,
            });
        }
    }

    /// Returns from an inlined frame into its caller, or from the trace's
    /// bottom frame into the caller below it (`RETF`).
    pub(super) fn ret(&mut self, ins: BcIns, op: Op) -> Rec<()> {
        self.leave_frame(&mut |r: &mut Self| r.results(ins, op))
    }

    /// The current frame returns the values `results` gives (read only once
    /// the return is certain to be recorded).
    pub(super) fn leave_frame(
        &mut self,
        results: &mut dyn FnMut(&mut Self) -> Rec<Vec<Ref>>,
    ) -> Rec<()> {
        if self.frames.len() == 1 {
            if self.kind != LoopKind::Func && self.side.is_none() {
                return Err(Abort::nyi("return from the trace's starting function"));
            }
            if !self.ret_below(results)? {
                if self.ninstr == 1 && self.from_final_exit {
                    // Its parent already leaves to the interpreter here.
                    return Err(Abort::nyi("return to a caller that is not traced here"));
                }
                // The interpreter returns (to whatever called the function).
                self.end_pc = self.pc;
                self.end = Some(TraceEnd::Return);
            }
            return Ok(());
        }
        let results = results(self)?;
        self.untail()?;
        let callee = self.frames.pop().expect("an inlined frame");
        let callee_top = callee.base + callee.proto.body().frame_size as i32;
        if let Some([cont, ..]) = callee.cont {
            // A metamethod: its first result goes where the instruction
            // that called it wants it (a comparison branches on its truth,
            // which the result's type, guarded, fixes); its frames are dead.
            if Cont::decode(Value::from_bits(cont)) == Cont::StoreA {
                let r = results.first().copied().unwrap_or(REF_NIL);
                self.set(callee.call_a, r)?;
            }
            self.forget(callee.base - 4, callee_top);
            return Ok(());
        }
        let nres = self.place_results(callee.call_a, callee.nresults, &results)?;
        // Everything the callee used above the results is dead now.
        let dst = callee.call_a;
        let from = self.base() + dst + nres;
        self.forget(from, callee_top);
        Ok(())
    }

    /// Puts a return's results where the caller's call at `dst` wants them:
    /// `nres` of them padded with nil, or all of them (`nres` < 0: the next
    /// instruction takes them as MULTRES). Returns how many were placed.
    pub(super) fn place_results(&mut self, dst: i32, nres: i32, results: &[Ref]) -> Rec<i32> {
        let n = if nres < 0 {
            self.multres = Some(results.len() as i32);
            results.len() as i32
        } else {
            nres
        };
        for i in 0..n {
            let r = results.get(i as usize).copied().unwrap_or(REF_NIL);
            self.set(dst + i, r)?;
        }
        Ok(n)
    }

    /// The number of variable results the instruction being recorded takes
    /// (returned by the call just before it).
    pub(super) fn cur_multres(&self) -> Rec<i32> {
        self.cur_multres
            .ok_or_else(|| Abort::nyi("variable results from a vararg or native"))
    }

    /// The current frame returns: if it tail-called inside the trace, its
    /// `(tail call)` levels go, as the interpreter's return drops them.
    fn untail(&mut self) -> Rec<()> {
        // The bottom frame may also have been tail-called by the interpreter.
        let abs = (self.base0 as i64 + self.base() as i64) as usize;
        let interp_tail =
            self.frames.len() == 1 && self.thread.body().tailcalls.iter().any(|&(b, _)| b >= abs);
        if self.frame().tail_called || interp_tail {
            let base = self.base() as u32;
            self.ir
                .emit(Ins::new(IrOp::UNTAIL, IrType::Void, base, 0))?;
        }
        Ok(())
    }

    /// The IR values a return instruction returns.
    fn results(&mut self, ins: BcIns, op: Op) -> Rec<Vec<Ref>> {
        let a = ins.a() as i32;
        let n = match op {
            Op::RET0 => 0,
            Op::RET1 => 1,
            Op::RETM => ins.d() as i32 + self.cur_multres()?,
            _ => ins.d() as i32 - 1,
        };
        (a..a + n).map(|s| self.get_any(s)).collect()
    }

    /// A return from the trace's bottom frame into a Lua caller: guards the
    /// frame's link (the return address, which fixes the caller's function
    /// and where it resumes), makes the caller's frame the bottom one (at a
    /// negative base) and goes on recording there. Returns false where the
    /// trace should leave to the interpreter instead: a caller that is not
    /// Lua or wants all results, a function that may have open upvalues to
    /// close, down-recursion deeper than `recunroll`, or (for a root trace) a
    /// caller that is not the root function.
    fn ret_below(&mut self, results: &mut dyn FnMut(&mut Self) -> Rec<Vec<Ref>>) -> Rec<bool> {
        let link = self.val(-1);
        let proto = self.proto();
        if !lunavm_vm::frame::is_lua_link(link) || proto.body().has_children {
            return Ok(false);
        }
        let ret_pc = link.to_bits() as *const BcIns;
        // SAFETY: a Lua frame's link is the address after its CALL.
        let call = unsafe { *ret_pc.sub(1) };
        if !matches!(call.op(), Op::CALL | Op::CALLM) {
            return Ok(false);
        }
        let caller_base = self.base() - (call.a() as i32 + 2);
        let Some(caller) = self.val(caller_base - self.base() - 2).as_function() else {
            return Ok(false);
        };
        let caller_proto = caller.proto();
        if self.side.is_none() && caller_proto != self.root_proto {
            // A root function trace follows returns only within recursion:
            // specialised to one caller, it would exit at every other (and
            // exits cost more than a small function's interpretation).
            return Ok(false);
        }
        let down_rec = caller_proto == self.root_proto && proto == self.root_proto;
        let rec_levels = self.ret_levels(caller_proto);
        if self.retf_protos.len() >= MAX_DEPTH
            || (down_rec && rec_levels >= self.recunroll)
            || !SlotMap::in_range(caller_base - FRAME_SLOTS)
        {
            return Ok(false);
        }
        let link_slot = self.base() - 1;
        let k = self.ir.kptr(ret_pc as usize);
        self.guard(Ins::new(IrOp::RETF, IrType::Void, link_slot as u32, k))?;
        // After the guard: a native's result (a tail call) may have effects
        // that an exit to the return instruction must not have seen.
        let results = results(self)?;
        self.untail()?;
        self.retf_protos.push(caller_proto);
        let old_top = self.base() + proto.body().frame_size as i32;
        self.frames[0] = Frame::bottom(caller_base, caller_proto);
        let dst = call.a() as i32;
        let nres = self.place_results(dst, call.b() as i32 - 1, &results)?;
        self.forget(caller_base + dst + nres, old_top);
        Ok(true)
    }

    /// How many returns below the start went into `proto` so far.
    fn ret_levels(&self, proto: Gc<Proto>) -> usize {
        self.retf_protos.iter().filter(|&&p| p == proto).count()
    }
}
