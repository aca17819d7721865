//! Recording table reads and writes: the array part with bounds checks, constant
//! keys through their hash node, other keys through helpers, metatables.

use super::*;
use lunavm_vm::frame::Cont;

/// Where a constant key is in a table's hash part, as far as recording can
/// tell.
enum KeySlot {
    /// Found: its HREFK.
    Node(Ref),
    /// The hash part is empty (guarded): the key is absent.
    Absent,
    /// Absent now from a non-empty hash part: looked up when the trace runs.
    Lookup,
}

/// The 0-based array part index of integer key `kv` in `live`, if it is
/// within the array part.
fn array_index(live: Gc<Table>, kv: f64) -> Option<usize> {
    (kv >= 1.0 && kv <= live.asize() as f64).then(|| kv as usize - 1)
}

impl Recorder {
    // ---------------------------------------------------------------- tables

    pub(super) fn table_operand(&mut self, s: i32) -> Rec<Ref> {
        let r = self.get(s)?;
        if self.ty(r) != IrType::Tab {
            return Err(Abort::nyi("indexing a non-table"));
        }
        Ok(r)
    }

    /// The environment table of the current function.
    pub(super) fn env(&mut self) -> Rec<Ref> {
        let f = self.cur_func()?;
        Ok(self
            .ir
            .emit(Ins::new(IrOp::FLOAD, IrType::Tab, f, Field::FuncEnv as u32))?)
    }

    /// The running function of the current frame.
    pub(super) fn cur_func(&mut self) -> Rec<Ref> {
        if let Some(f) = self.frame().func {
            return Ok(f);
        }
        // Frame 0: its function slot (read-only, never changed by the trace).
        let r = self.get(-FRAME_SLOTS)?;
        self.frames[0].func = Some(r);
        Ok(r)
    }

    /// Guards that the live table `t` has no metatable (the trace then needs no
    /// metamethods for its accesses).
    pub(super) fn no_metatable(&mut self, t: Ref, live: Gc<Table>) -> Rec<()> {
        if live.metatable().is_some() {
            return Err(Abort::nyi("table with a metatable"));
        }
        let mt = self
            .ir
            .emit(Ins::new(IrOp::FLOAD, IrType::Tab, t, Field::TabMeta as u32))?;
        let null = self.ir.kptr(0);
        self.guard(Ins::new(IrOp::EQ, IrType::Void, mt, null))?;
        Ok(())
    }

    /// Guards that table `t` (`live` now) has no metamethod `name`: no
    /// metatable, or this metatable without that raw field.
    pub(super) fn no_metamethod(&mut self, t: Ref, live: Gc<Table>, name: Value) -> Rec<()> {
        let Some(mt) = live.metatable() else {
            return self.no_metatable(t, live);
        };
        if !mt.get(name).is_nil() {
            return Err(Abort::nyi("metamethod"));
        }
        let kmt = self.guard_metatable(t, mt)?;
        let kname = self.ir.kgc(name);
        self.raw_get_const(kmt, mt, kname, name)?;
        Ok(())
    }

    /// Table `t`'s metamethod `name` (`live` now), guarded: the metatable and
    /// the handler it holds, or the absence of either.
    pub(super) fn metamethod(
        &mut self,
        t: Ref,
        live: Gc<Table>,
        name: Value,
    ) -> Rec<Option<Value>> {
        let h = live.metatable().map_or(Value::NIL, |mt| mt.get(name));
        let Some(mt) = live.metatable().filter(|_| !h.is_nil()) else {
            self.no_metamethod(t, live, name)?;
            return Ok(None);
        };
        let kmt = self.guard_metatable(t, mt)?;
        let kname = self.ir.kgc(name);
        let hr = self.raw_get_const(kmt, mt, kname, name)?;
        let kh = self.ir.kgc(h);
        if hr != kh {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, hr, kh))?;
        }
        Ok(Some(h))
    }

    /// getmetatable(t): its metatable, or the metatable's `__metatable`
    /// field if it has one, or nil (each guarded).
    pub(super) fn metatable_result(&mut self, t: Ref, live: Gc<Table>) -> Rec<Ref> {
        let Some(mt) = live.metatable() else {
            self.no_metatable(t, live)?;
            return Ok(REF_NIL);
        };
        let name = self.mm_name(Mm::Metatable);
        Ok(match self.metamethod(t, live, name)? {
            Some(field) => self.ir.kgc(field),
            None => self.ir.kgc(mt.to_value()),
        })
    }

    /// The strings' metatable's field for metamethod `mm` (the metatable is
    /// a constant of the trace; the field's value is guarded).
    pub(super) fn string_metamethod(&mut self, mm: Mm) -> Rec<Value> {
        let mt = self
            .string_mt
            .ok_or_else(|| Abort::nyi("strings without a metatable"))?;
        let name = self.mm_name(mm);
        let kmt = self.ir.kgc(mt.to_value());
        let kname = self.ir.kgc(name);
        let h = mt.get(name);
        let r = self.raw_get_const(kmt, mt, kname, name)?;
        if h.is_gc() {
            let kh = self.ir.kgc(h);
            if r != kh {
                self.guard(Ins::new(IrOp::EQ, IrType::Void, r, kh))?;
            }
        }
        Ok(h)
    }

    /// s.key for a string `s` and a constant key: the field of the table the
    /// strings' `__index` is (the string library), guarded.
    pub(super) fn string_index(&mut self, key: Ref) -> Rec<Ref> {
        let idx = self.string_metamethod(Mm::Index)?;
        let Some(lib) = idx.as_table() else {
            return Err(Abort::nyi("strings with an __index that is not a table"));
        };
        let klib = self.ir.kgc(lib.to_value());
        self.table_get_const(klib, key)
    }

    /// Guards that table `t`'s metatable is `mt`; returns `mt` as a constant.
    fn guard_metatable(&mut self, t: Ref, mt: Gc<Table>) -> Rec<Ref> {
        let m = self
            .ir
            .emit(Ins::new(IrOp::FLOAD, IrType::Tab, t, Field::TabMeta as u32))?;
        let kmt = self.ir.kgc(mt.to_value());
        self.guard(Ins::new(IrOp::EQ, IrType::Void, m, kmt))?;
        Ok(kmt)
    }

    /// The live table an IR value holds.
    pub(super) fn live_table(&self, t: Ref) -> Rec<Gc<Table>> {
        self.live_of(t)
            .and_then(|v| v.as_table())
            .or_else(|| {
                // The environment (an FLOAD of the current function).
                let i = self.ir.get(t);
                if i.op == IrOp::FLOAD && i.op2 == Field::FuncEnv as u32 {
                    let f = self.live_func().ok()?;
                    return Some(f.env());
                }
                None
            })
            .ok_or_else(|| Abort("table of unknown origin".into()))
    }

    pub(super) fn live_func(&self) -> Rec<Gc<Function>> {
        let base = self.base();
        let i = (self.base0 as i64 + base as i64 - 2) as usize;
        self.thread.body().stack[i]
            .as_function()
            .ok_or_else(|| Abort("no function in the frame".into()))
    }

    /// t[key] for a constant key: the raw value, and if that is nil, what the
    /// metatable's `__index` tables give (each metatable guarded).
    pub(super) fn table_get_const(&mut self, t: Ref, key: Ref) -> Rec<Ref> {
        self.get_const_chain(t, key, 0, None)?
            .ok_or_else(|| Abort::nyi("__index function"))
    }

    /// Slot `dst` = t[key] for a constant key, as `table_get_const`; an
    /// `__index` function on the way is called (its result goes into `dst`
    /// when it returns).
    pub(super) fn index_const_into(&mut self, dst: i32, t: Ref, key: Ref) -> Rec<()> {
        match self.get_const_chain(t, key, 0, Some(dst))? {
            Some(v) => self.set(dst, v),
            None => Ok(()),
        }
    }

    /// None: an `__index` function was called for slot `dst`.
    pub(super) fn get_const_chain(
        &mut self,
        t: Ref,
        key: Ref,
        depth: u32,
        dst: Option<i32>,
    ) -> Rec<Option<Ref>> {
        let live = self.live_table(t)?;
        let kv = self.ir.const_value(key).expect("constant key");
        let v = self.raw_get_const(t, live, key, kv)?;
        if !live.get(kv).is_nil() {
            return Ok(Some(v));
        }
        let Some(mt) = live.metatable() else {
            self.no_metatable(t, live)?;
            return Ok(Some(v));
        };
        if depth >= 8 {
            return Err(Abort::nyi("__index chain too long"));
        }
        // The metatable is this one, and its __index (a raw field) is what it
        // is now.
        let kmt = self.guard_metatable(t, mt)?;
        let index = self.mm_name(Mm::Index);
        let kidx = self.ir.kgc(index);
        let handler = mt.get(index);
        let h = self.raw_get_const(kmt, mt, kidx, index)?;
        match handler.as_table() {
            _ if handler.is_nil() => Ok(Some(REF_NIL)),
            Some(next) => {
                let kn = self.ir.kgc(next.to_value());
                if h != kn {
                    self.guard(Ins::new(IrOp::EQ, IrType::Void, h, kn))?;
                }
                self.get_const_chain(kn, key, depth + 1, dst)
            }
            None => {
                let (Some(dst), true) = (dst, handler.is_function()) else {
                    return Err(Abort::nyi("__index function"));
                };
                let kh = self.ir.kgc(handler);
                if h != kh {
                    self.guard(Ins::new(IrOp::EQ, IrType::Void, h, kh))?;
                }
                self.call_meta(handler, &[t, key], dst, Cont::StoreA)?;
                Ok(None)
            }
        }
    }

    /// The live value in the hash node an HREFK (from `hash_slot`) points to.
    fn node_value(&self, live: Gc<Table>, node: Ref) -> Value {
        let slot = self.ir.get(self.ir.get(node).op2).op2;
        live.nodes()[slot as usize].val
    }

    /// rawget(t, key) for a constant key, the type seen guarded.
    pub(super) fn raw_get_const(
        &mut self,
        t: Ref,
        live: Gc<Table>,
        key: Ref,
        kv: Value,
    ) -> Rec<Ref> {
        Ok(match self.hash_slot(t, live, kv, key)? {
            KeySlot::Node(node) => {
                let val = self.node_value(live, node);
                self.guard(Ins::new(IrOp::HLOAD, IrType::of(val), node, 0))?
            }
            KeySlot::Absent => REF_NIL,
            KeySlot::Lookup => self.raw_lookup(t, key, live.get(kv))?,
        })
    }

    /// t[key] for any key, looked up when the trace runs (a helper returns
    /// the value's address, or a constant nil's); the type seen is guarded.
    pub(super) fn any_key_get(&mut self, t: Ref, live: Gc<Table>, key: Ref, kv: Value) -> Rec<Ref> {
        let val = live.get(kv);
        if val.is_nil() {
            self.no_metatable(t, live)?;
        }
        self.raw_lookup(t, key, val)
    }

    /// The raw t[key] (holding `val` now) looked up when the trace runs: the
    /// `HREF` helper gives the value's address (or a constant nil's), the
    /// type seen is guarded.
    pub(super) fn raw_lookup(&mut self, t: Ref, key: Ref, val: Value) -> Rec<Ref> {
        let slot = self.ir.emit(Ins::new(IrOp::HREF, IrType::Ptr, t, key))?;
        self.guard(Ins::new(IrOp::ALOAD, IrType::of(val), slot, 0))
    }

    /// t[key] = v for a constant string key that is in the hash part.
    pub(super) fn table_set_const(&mut self, t: Ref, key: Ref, v: Ref) -> Rec<()> {
        let live = self.live_table(t)?;
        let kv = self.ir.const_value(key).expect("constant key");
        match self.hash_slot(t, live, kv, key)? {
            KeySlot::Node(node) => {
                let cur = self.node_value(live, node);
                self.plain_store_guard(t, live, cur, IrOp::HLOAD, node)?;
                self.ir
                    .emit(Ins::new(IrOp::HSTORE, IrType::Void, node, v))?;
                self.table_barrier(t, v)
            }
            KeySlot::Absent | KeySlot::Lookup => self.new_slot_set(t, live, key, v),
        }
    }

    /// The HREFK for a constant key found in the live table's hash part (guarding
    /// the hash part's size); Absent if the hash part is empty (guarding that
    /// it stays so); Lookup if the key is absent from a hash part (it may be
    /// there when the trace runs).
    fn hash_slot(&mut self, t: Ref, live: Gc<Table>, kv: Value, key: Ref) -> Rec<KeySlot> {
        let nodes = live.nodes();
        let pos = nodes.iter().position(|n| n.key == kv && !n.val.is_nil());
        if nodes.is_empty() {
            // No hash part: the key cannot be there while it stays empty.
            // (hmask cannot tell: it is 0 for a hash part of one node too.)
            let node =
                self.ir
                    .emit(Ins::new(IrOp::FLOAD, IrType::Ptr, t, Field::TabNode as u32))?;
            let none = self.ir.kptr(Table::no_hash_part());
            self.guard(Ins::new(IrOp::EQ, IrType::Void, node, none))?;
            return Ok(KeySlot::Absent);
        }
        let hmask = live.hmask();
        let hm = self.ir.emit(Ins::new(
            IrOp::FLOAD,
            IrType::Int,
            t,
            Field::TabHmask as u32,
        ))?;
        let khm = self.ir.kint(hmask as i32);
        match pos {
            Some(p) => {
                self.guard(Ins::new(IrOp::EQ, IrType::Void, hm, khm))?;
                let ks = self.ir.kslot(key, p as u32);
                let node = self.guard(Ins::new(IrOp::HREFK, IrType::Ptr, t, ks))?;
                Ok(KeySlot::Node(node))
            }
            None => Ok(KeySlot::Lookup),
        }
    }

    /// A numeric index as an integer (guarding that it is one).
    pub(super) fn int_index(&mut self, s: i32) -> Rec<Ref> {
        let r = self.get(s)?;
        let v = self.val(s).as_f64();
        if v != (v as i32) as f64 {
            return Err(Abort::nyi("non-integer table index"));
        }
        self.guard(Ins::new(IrOp::CONV, IrType::Int, r, conv::NUM_INT_CHECK))
    }

    /// The array slot address for integer index `k` of table `t`, with its
    /// bounds check.
    fn array_ref(&mut self, t: Ref, k: Ref) -> Rec<Ref> {
        let size = self.ir.emit(Ins::new(
            IrOp::FLOAD,
            IrType::Int,
            t,
            Field::TabAsize as u32,
        ))?;
        self.guard(Ins::new(IrOp::ABC, IrType::Void, size, k))?;
        Ok(self.ir.emit(Ins::new(IrOp::AREF, IrType::Ptr, t, k))?)
    }

    /// The live table in slot `ts`.
    fn table_in(&self, ts: i32) -> Rec<Gc<Table>> {
        self.val(ts)
            .as_table()
            .ok_or_else(|| Abort("not a table".into()))
    }

    pub(super) fn array_get(&mut self, ts: i32, t: Ref, k: Ref, kv: f64) -> Rec<Ref> {
        let live = self.table_in(ts)?;
        let Some(i) = array_index(live, kv) else {
            return self.any_key_get(t, live, k, Value::num(kv));
        };
        let aref = self.array_ref(t, k)?;
        let val = live.array()[i];
        if val.is_nil() {
            self.no_metatable(t, live)?;
        }
        self.guard(Ins::new(IrOp::ALOAD, IrType::of(val), aref, 0))
    }

    /// ISNEXT A: a `pairs` loop starts if its iterator is `next` (guarded)
    /// over a table with a nil control variable, which becomes position 0.
    pub(super) fn is_next(&mut self, a: i32) -> Rec<()> {
        let ok = self.val(a - 3).raw_eq(self.next_fn)
            && self.val(a - 2).is_table()
            && self.val(a - 1).is_nil();
        if !ok {
            return Err(Abort::nyi("generic for over next with another state"));
        }
        let g = self.get(a - 3)?;
        let kn = self.ir.kgc(self.next_fn);
        if g != kn {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, g, kn))?;
        }
        self.get(a - 2)?;
        self.get(a - 1)?;
        let zero = self.ir.knum(0.0);
        self.set(a - 1, zero)
    }

    /// ITERN A B C: the next entry of a `pairs` loop's table after the
    /// traversal position in slot A-1, found by a library call that fails
    /// (exits) when there is none or it lies in the other part of the table
    /// than now; the key and value are loaded from the addresses calls give,
    /// their types guarded. ITERN then loops like the ITERL after it.
    pub(super) fn iter_next(&mut self, ins: BcIns, unpatch: &dyn Fn(BcIns) -> BcIns) -> Rec<()> {
        let a = ins.a() as i32;
        let t = self.table_operand(a - 2)?;
        let pos = self.get(a - 1)?;
        let live = self.table_in(a - 2)?;
        let vpos = self.val(a - 1).as_f64() as u32;
        // SAFETY: an ITERL follows ITERN.
        let iterl_pc = unsafe { self.pc.add(1) };
        let own = self.frames.len() == 1 && iterl_pc == self.header_pc;
        let Some((npos, k, v)) = live.entry_at(vpos) else {
            if own && self.side.is_none() {
                return Err(Abort("the loop ended while it was recorded".into()));
            }
            // The loop ends (the recording goes on after it).
            let how = CallHow::CHECKED;
            self.lib_call(Call::IterEnd, &[t, pos], IrType::Void, how)?;
            return Ok(());
        };
        let hash = npos > live.asize();
        let part = self.ir.knum(if hash { 1.0 } else { 0.0 });
        let how = CallHow::CHECKED;
        let np = self.lib_call(Call::IterNext, &[t, pos, part], IrType::Num, how)?;
        let key = if hash {
            let addr = self.lib_call(Call::IterKey, &[t, np], IrType::Ptr, CallHow::PURE)?;
            self.guard(Ins::new(IrOp::ALOAD, IrType::of(k), addr, 0))?
        } else {
            np
        };
        let addr = self.lib_call(Call::IterVal, &[t, np], IrType::Ptr, CallHow::PURE)?;
        let val = self.guard(Ins::new(IrOp::ALOAD, IrType::of(v), addr, 0))?;
        self.set(a - 1, np)?;
        self.set(a, key)?;
        self.set(a + 1, val)?;
        for s in a + 2..a + ins.b() as i32 - 1 {
            self.set(s, REF_NIL)?;
        }
        if own {
            self.closes_loop = true;
        } else {
            // SAFETY: as above.
            let raw = unsafe { *iterl_pc };
            if raw.op() == Op::JITERL {
                // The loop has a trace: the recording links to it there.
                self.here_trace = Some(raw.d());
            }
            // SAFETY: ITERL's jump target is the loop body's start.
            let body = unsafe { iterl_pc.add(1).offset(unpatch(raw).j() as isize) };
            self.loop_again(body)?;
        }
        Ok(())
    }

    /// The raw value of integer index `k` (in the array part now, holding
    /// `val`) of table `t`: bounds-checked, its type guarded.
    pub(super) fn raw_array_get(&mut self, t: Ref, k: Ref, val: Value) -> Rec<Ref> {
        let aref = self.array_ref(t, k)?;
        self.guard(Ins::new(IrOp::ALOAD, IrType::of(val), aref, 0))
    }

    pub(super) fn array_set(&mut self, ts: i32, t: Ref, k: Ref, kv: f64, v: Ref) -> Rec<()> {
        let live = self.table_in(ts)?;
        let Some(i) = array_index(live, kv) else {
            return self.new_slot_set(t, live, k, v);
        };
        let aref = self.array_ref(t, k)?;
        self.plain_store_guard(t, live, live.array()[i], IrOp::ALOAD, aref)?;
        self.ir
            .emit(Ins::new(IrOp::ASTORE, IrType::Void, aref, v))?;
        self.table_barrier(t, v)
    }

    /// Before a store into the existing slot at `addr` (read with `load`) of
    /// table `t`, which holds `cur` now: the slot may be empty when the trace
    /// runs, and a store is only plain while no `__newindex` can exist, or
    /// while the slot holds a value (its type guarded).
    fn plain_store_guard(
        &mut self,
        t: Ref,
        live: Gc<Table>,
        cur: Value,
        load: IrOp,
        addr: Ref,
    ) -> Rec<()> {
        if live.metatable().is_some() && !cur.is_nil() {
            self.guard(Ins::new(load, IrType::of(cur), addr, 0))?;
            Ok(())
        } else {
            self.no_metatable(t, live)
        }
    }

    /// t[k] = v for a key outside the array part (any type): a helper finds
    /// or creates the key's slot (the table may grow; for a nil or NaN key, or
    /// if it cannot grow, the trace exits and the interpreter raises the
    /// error).
    pub(super) fn new_slot_set(&mut self, t: Ref, live: Gc<Table>, k: Ref, v: Ref) -> Rec<()> {
        self.no_metamethod(t, live, self.mm_name(Mm::NewIndex))?;
        if self.ty(v) == IrType::Nil {
            // Clears an existing key; an absent one is not created.
            if self.ty(k) == IrType::Nil {
                return Err(Abort::nyi("store with a nil key"));
            }
            let how = CallHow::EFFECT_CHECKED;
            self.lib_call(Call::SetNil, &[t, k], IrType::Void, how)?;
            return Ok(());
        }
        let slot = self.guard(Ins::new(IrOp::NEWREF, IrType::Ptr, t, k))?;
        self.ir
            .emit(Ins::new(IrOp::ASTORE, IrType::Void, slot, v))?;
        self.table_barrier(t, v)
    }

    /// After storing `v` into table `t`: the write barrier, if `v` is a GC
    /// object (numbers and nil/false/true need none).
    pub(super) fn table_barrier(&mut self, t: Ref, v: Ref) -> Rec<()> {
        if self.ty(v).is_gc() {
            self.ir.emit(Ins::new(IrOp::TBAR, IrType::Void, t, 0))?;
        }
        Ok(())
    }
}
