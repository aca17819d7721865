//! Metatypes in traces (`ffi.metatype`): `obj.key` of a key that is not a
//! member goes to the metatype's `__index` (a table looked up in the trace,
//! a function called like an inlined metamethod), and arithmetic and
//! comparisons of a cdata whose metatype has the metamethod call it, as the
//! interpreter's ffi does (ffi/src/metatype.rs `try_metatype`).
//!
//! A metatype cannot change once set, so the C type guard a cdata gets fixes
//! its metatable: the metatable is a constant. A handler the trace calls is
//! guarded like any table's field; the absence of one is not (LuaJIT's rule:
//! a metatype's metatable must not be modified afterwards).

use super::ffi::Src;
use super::*;
use lunavm_vm::ctinfo::CTypeInfo;

impl Recorder {
    /// The metatable of the cdata in slot `s` (its struct's metatype, or
    /// that of the struct it points or refers to), its C type guarded.
    fn cdata_metatable(&mut self, ct: &dyn CTypeInfo, s: i32) -> Rec<Option<Gc<Table>>> {
        let cd = self.val(s).as_cdata().expect("a cdata operand");
        let r = self.cdata_ref(s)?;
        let id = match crate::xmem::cref_type(&self.ir, r) {
            // A reference the trace made: its type is a constant.
            Some(rty) => rty,
            None => self.guard_ctype(ct, r, cd)?.0,
        };
        Ok(ct.metatable(id).and_then(|m| m.as_table()))
    }

    /// The handler `mm` of metatable `mt` (a constant), guarded to be the
    /// one there now. An absent handler is not guarded: LuaJIT's rule that a
    /// metatype's metatable must not change once set (the interpreter would
    /// see a handler added later; LuaJIT's traces do not either).
    pub(super) fn metatype_handler(&mut self, mt: Gc<Table>, mm: Mm) -> Rec<Option<Value>> {
        let name = self.mm_name(mm);
        let h = mt.get(name);
        if h.is_nil() {
            return Ok(None);
        }
        let kmt = self.ir.kgc(mt.to_value());
        let kname = self.ir.kgc(name);
        let r = self.raw_get_const(kmt, mt, kname, name)?;
        let kh = self.ir.kgc(h);
        if r != kh {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, r, kh))?;
        }
        Ok(Some(h))
    }

    /// The `__index` or `__newindex` handler (`mm`, guarded) for `key` of a
    /// cdata of C type `ty`, when `key` is a string that is no member of its
    /// struct and the struct has a metatype (None: that does not apply; no
    /// handler is the interpreter's error).
    fn key_handler(
        &mut self,
        ct: &dyn CTypeInfo,
        ty: u32,
        key: Value,
        mm: Mm,
    ) -> Rec<Option<Value>> {
        let Some(name) = key.as_str() else {
            return Ok(None);
        };
        let Some(mt) = ct
            .metatype_index(ty, name.as_bytes())
            .and_then(|m| m.as_table())
        else {
            return Ok(None);
        };
        match self.metatype_handler(mt, mm)? {
            Some(h) => Ok(Some(h)),
            None => Err(Abort::nyi("cdata key that is not a member")),
        }
    }

    /// Slot `dst` = `obj.key` of the cdata in slot `obj` (of C type `ty`)
    /// when `key` is no member of its struct and the struct has a metatype:
    /// through `__index` as `cdata_index` does. Returns false when that does
    /// not apply (a member, no metatype).
    pub(super) fn metatype_index(
        &mut self,
        ct: &dyn CTypeInfo,
        obj: i32,
        ty: u32,
        key: Value,
        dst: i32,
    ) -> Rec<bool> {
        let Some(handler) = self.key_handler(ct, ty, key, Mm::Index)? else {
            return Ok(false);
        };
        let kkey = self.ir.kgc(key);
        if let Some(methods) = handler.as_table() {
            // The table indexed as `vm.index` does (its own `__index` chain
            // too); a missing key is the interpreter's error.
            let kt = self.ir.kgc(methods.to_value());
            match self.get_const_chain(kt, kkey, 0, Some(dst))? {
                Some(v) if self.ty(v) == IrType::Nil => {
                    return Err(Abort::nyi("cdata key that is not a member"));
                }
                Some(v) => self.set(dst, v)?,
                None => {} // an `__index` function of the table was called
            }
            return Ok(true);
        }
        if !handler.is_function() {
            return Err(Abort::nyi(
                "metatype __index that is not a table or function",
            ));
        }
        let o = self.cdata_ref(obj)?;
        self.call_meta(handler, &[o, kkey], dst, Cont::StoreA)?;
        Ok(true)
    }

    /// `obj.key = v` (slot `val`) of the cdata in slot `obj` (of C type `ty`)
    /// when `key` is no member of its struct and the struct's metatype has a
    /// `__newindex` function: a call of it (`__newindex` tables are left to
    /// the interpreter). Returns false when that does not apply.
    pub(super) fn metatype_newindex(
        &mut self,
        ct: &dyn CTypeInfo,
        obj: i32,
        ty: u32,
        key: Value,
        val: i32,
    ) -> Rec<bool> {
        let Some(handler) = self.key_handler(ct, ty, key, Mm::NewIndex)? else {
            return Ok(false);
        };
        if !handler.is_function() {
            return Err(Abort::nyi("metatype __newindex that is not a function"));
        }
        let o = self.cdata_ref(obj)?;
        let kkey = self.ir.kgc(key);
        let v = self.meta_arg(Src::Slot(val))?;
        self.call_meta(handler, &[o, kkey, v], 0, Cont::Discard)?;
        Ok(true)
    }

    /// The IR value of an operand for a metamethod call.
    fn meta_arg(&mut self, src: Src) -> Rec<Ref> {
        Ok(match src {
            Src::Slot(s) if self.val(s).is_cdata() => self.cdata_ref(s)?,
            Src::Slot(s) => self.get(s)?,
            Src::Num(n) => self.ir.knum(n),
            Src::Nil => REF_NIL,
        })
    }

    /// The metamethod `mm` of the first operand whose metatype has it (the
    /// cdata operands' types guarded, and the handler or its absence).
    fn cdata_handler(&mut self, ct: &dyn CTypeInfo, mm: Mm, ops: [Src; 2]) -> Rec<Option<Value>> {
        if !ops
            .iter()
            .any(|&o| matches!(o, Src::Slot(s) if self.val(s).as_cdata().is_some_and(|cd| ct.has_metatype(cd.ctype()))))
        {
            return Ok(None);
        }
        for o in ops {
            let Src::Slot(s) = o else { continue };
            if !self.val(s).is_cdata() {
                continue;
            }
            let Some(mt) = self.cdata_metatable(ct, s)? else {
                continue;
            };
            if let Some(h) = self.metatype_handler(mt, mm)? {
                return Ok(Some(h));
            }
        }
        Ok(None)
    }

    /// Arithmetic `x op y` (`mm`: `__add`..`__unm`) on a cdata whose
    /// metatype has the metamethod: a call of it, its result into slot `a`.
    /// Returns false when no metatype handler applies.
    pub(super) fn metatype_arith(
        &mut self,
        ct: &dyn CTypeInfo,
        a: i32,
        mm: Mm,
        x: Src,
        y: Src,
    ) -> Rec<bool> {
        let Some(h) = self.cdata_handler(ct, mm, [x, y])? else {
            return Ok(false);
        };
        let args = [self.meta_arg(x)?, self.meta_arg(y)?];
        self.call_meta(h, &args, a, Cont::StoreA)?;
        Ok(true)
    }

    /// A comparison (`op` and its JMP) with a cdata operand whose metatype
    /// has the metamethod (`__eq`, `__lt` for ISLT/ISGE, `__le` for
    /// ISLE/ISGT, no fallback from `__le` to `__lt`, as the ffi's): a call
    /// of it with the branch as its continuation. Returns false when no
    /// metatype handler applies.
    pub(super) fn metatype_compare(
        &mut self,
        ct: &dyn CTypeInfo,
        op: Op,
        x: Src,
        y: Src,
    ) -> Rec<bool> {
        let (mm, negated) = match op {
            Op::ISEQV | Op::ISEQN | Op::ISEQP => (Mm::Eq, false),
            Op::ISNEV | Op::ISNEN | Op::ISNEP => (Mm::Eq, true),
            Op::ISLT => (Mm::Lt, false),
            Op::ISGE => (Mm::Lt, true),
            Op::ISLE => (Mm::Le, false),
            _ => (Mm::Le, true),
        };
        let Some(h) = self.cdata_handler(ct, mm, [x, y])? else {
            return Ok(false);
        };
        let args = [self.meta_arg(x)?, self.meta_arg(y)?];
        let cont = if negated { Cont::CondNot } else { Cont::Cond };
        self.call_meta(h, &args, 0, cont)?;
        Ok(true)
    }
}
