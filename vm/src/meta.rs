//! Metamethods: lookup (with the negative cache) and the resolution of the
//! slow paths of indexing, arithmetic, comparison and concatenation.
//!
//! Resolution never calls Lua itself. It returns either a final value or the
//! handler to call, so the interpreter can call handlers through continuation
//! frames (and thus yield from them), while the API for natives (`Vm::index`,
//! `Vm::arith`, ...) calls them re-entrantly.

use crate::state::{Mm, Vm};
use crate::string::LuaStr;
use crate::table::Table;
use crate::value::{Gc, Value};
use crate::LuaResult;

/// Longest `__index`/`__newindex` chain before "loop in gettable".
const MAX_CHAIN: usize = 100;

/// Outcome of resolving an operation that may need a metamethod.
#[derive(Clone, Copy, Debug)]
pub enum Resolved {
    /// The operation produced this value (or, for stores, is done).
    Done(Value),
    /// Call this handler with these two arguments; its first result is the answer.
    Call(Value, Value, Value),
}

/// Arithmetic operators (the order of the VN/NV/VV opcode groups, then pow/unm).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arith {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Unm,
}

impl Arith {
    pub fn from_index(i: u8) -> Arith {
        [Arith::Add, Arith::Sub, Arith::Mul, Arith::Div, Arith::Mod][i as usize]
    }
    /// The metamethod that handles it.
    pub fn mm(self) -> Mm {
        match self {
            Arith::Add => Mm::Add,
            Arith::Sub => Mm::Sub,
            Arith::Mul => Mm::Mul,
            Arith::Div => Mm::Div,
            Arith::Mod => Mm::Mod,
            Arith::Pow => Mm::Pow,
            Arith::Unm => Mm::Unm,
        }
    }
    #[inline(always)]
    pub fn apply(self, a: f64, b: f64) -> f64 {
        match self {
            Arith::Add => a + b,
            Arith::Sub => a - b,
            Arith::Mul => a * b,
            Arith::Div => a / b,
            Arith::Mod => lua_mod(a, b),
            Arith::Pow => a.powf(b),
            Arith::Unm => -a,
        }
    }
}

/// Lua 5.1's `%`: `a - floor(a/b)*b`.
#[inline(always)]
pub fn lua_mod(a: f64, b: f64) -> f64 {
    a - (a / b).floor() * b
}

/// String-to-number coercion for arithmetic.
#[inline]
pub fn to_number_coerce(v: Value) -> Option<f64> {
    if v.is_number() {
        return Some(v.as_f64());
    }
    let s = v.as_str()?;
    crate::text::number::parse_number(s.as_bytes())
}

impl Vm {
    /// A metamethod of a metatable, using and filling the negative cache.
    #[inline]
    pub(crate) fn fast_tm(&self, mt: Gc<Table>, mm: Mm) -> Option<Value> {
        let bit = mm as u8;
        let cacheable = bit < 8;
        if cacheable && mt.nomm_flags() & (1 << bit) != 0 {
            return None;
        }
        let v = mt.get_str(self.mm_name(mm));
        if v.is_nil() {
            if cacheable {
                mt.set_nomm_flags(mt.nomm_flags() | (1 << bit));
            }
            None
        } else {
            Some(v)
        }
    }

    /// The metamethod `mm` of value `v`, if any.
    #[inline]
    pub(crate) fn tm_of(&self, v: Value, mm: Mm) -> Option<Value> {
        let mt = self.metatable_of(v)?;
        self.fast_tm(mt, mm)
    }

    /// Resolves `obj[key]`. `slot` names the object for error messages.
    #[inline]
    pub(crate) fn resolve_index(
        &mut self,
        obj: Value,
        key: Value,
        slot: Option<u32>,
    ) -> LuaResult<Resolved> {
        // Not a table (cdata, userdata, strings): a handler function is
        // found with one lookup, and the key is not looked at.
        if !obj.is_table() {
            let h = self
                .metatype_key(obj, key, Mm::Index)
                .or_else(|| self.tm_of(obj, Mm::Index).filter(|h| h.is_function()));
            if let Some(h) = h {
                return Ok(Resolved::Call(h, obj, key));
            }
        }
        self.resolve_index_chain(obj, key, slot)
    }

    /// `resolve_index` along the chain of `__index` tables.
    #[inline(never)]
    fn resolve_index_chain(
        &mut self,
        mut obj: Value,
        key: Value,
        slot: Option<u32>,
    ) -> LuaResult<Resolved> {
        let mut slot = slot;
        for _ in 0..MAX_CHAIN {
            let handler = if let Some(t) = obj.as_table() {
                let v = t.get(key);
                if !v.is_nil() {
                    return Ok(Resolved::Done(v));
                }
                match t.metatable().and_then(|mt| self.fast_tm(mt, Mm::Index)) {
                    Some(h) => h,
                    None => return Ok(Resolved::Done(Value::NIL)),
                }
            } else {
                match self.tm_of(obj, Mm::Index) {
                    Some(h) => h,
                    None => return Err(self.type_error("index", obj, slot)),
                }
            };
            if handler.is_function() {
                return Ok(Resolved::Call(handler, obj, key));
            }
            obj = handler;
            slot = None;
        }
        Err(self.rt_error("loop in gettable"))
    }

    /// Resolves `obj[key] = val`: stores raw where no metamethod applies and
    /// returns `Done`, or the `__newindex` handler to call with (obj, key, val).
    #[inline]
    pub(crate) fn resolve_newindex(
        &mut self,
        obj: Value,
        key: Value,
        val: Value,
        slot: Option<u32>,
    ) -> LuaResult<Resolved> {
        // Not a table: as in `resolve_index`.
        if !obj.is_table() {
            let h = self
                .metatype_key(obj, key, Mm::NewIndex)
                .or_else(|| self.tm_of(obj, Mm::NewIndex).filter(|h| h.is_function()));
            if let Some(h) = h {
                return Ok(Resolved::Call(h, obj, key));
            }
        }
        self.resolve_newindex_chain(obj, key, val, slot)
    }

    /// `resolve_newindex` along the chain of `__newindex` tables.
    #[inline(never)]
    fn resolve_newindex_chain(
        &mut self,
        mut obj: Value,
        key: Value,
        val: Value,
        slot: Option<u32>,
    ) -> LuaResult<Resolved> {
        let mut slot = slot;
        for _ in 0..MAX_CHAIN {
            let handler = if let Some(t) = obj.as_table() {
                let existing = t.get(key);
                let h = if existing.is_nil() {
                    t.metatable().and_then(|mt| self.fast_tm(mt, Mm::NewIndex))
                } else {
                    None
                };
                match h {
                    Some(h) => h,
                    None => {
                        self.table_set(t, key, val)?;
                        return Ok(Resolved::Done(Value::NIL));
                    }
                }
            } else {
                match self.tm_of(obj, Mm::NewIndex) {
                    Some(h) => h,
                    None => return Err(self.type_error("index", obj, slot)),
                }
            };
            if handler.is_function() {
                return Ok(Resolved::Call(handler, obj, key));
            }
            obj = handler;
            slot = None;
        }
        Err(self.rt_error("loop in settable"))
    }

    /// Resolves an arithmetic operation on non-number operands. `slots` name the
    /// operands for the error message.
    pub(crate) fn resolve_arith(
        &mut self,
        op: Arith,
        a: Value,
        b: Value,
        slots: (Option<u32>, Option<u32>),
    ) -> LuaResult<Resolved> {
        if let (Some(x), Some(y)) = (to_number_coerce(a), to_number_coerce(b)) {
            return Ok(Resolved::Done(Value::number(op.apply(x, y))));
        }
        let mm = op.mm();
        let first = |v: Value| match v.is_cdata() {
            true => self.metatype_tm(a, b, mm).or_else(|| self.tm_of(v, mm)),
            false => self.tm_of(v, mm),
        };
        let h = first(a).or_else(|| first(b));
        match h {
            Some(h) => Ok(Resolved::Call(h, a, b)),
            None => {
                let (bad, slot) = if to_number_coerce(a).is_none() {
                    (a, slots.0)
                } else {
                    (b, slots.1)
                };
                Err(self.type_error("perform arithmetic on", bad, slot))
            }
        }
    }

    /// Resolves `a == b` for values that are not raw-equal (5.1: only tables with
    /// tables and userdata with userdata, and only with the same handler).
    /// Comparisons involving cdata go to the cdata metatable whatever the other
    /// operand is (as in LuaJIT, where `ptr == nil` and `x < 10LL` are defined).
    pub(crate) fn resolve_eq(&mut self, a: Value, b: Value) -> Option<Value> {
        if a.is_cdata() || b.is_cdata() {
            return self
                .metatype_tm(a, b, Mm::Eq)
                .or_else(|| self.cdata_tm(Mm::Eq));
        }
        if a.itype() != b.itype() || !(a.is_table() || a.as_userdata().is_some()) {
            return None;
        }
        let mt1 = self.metatable_of(a)?;
        let mt2 = self.metatable_of(b)?;
        let h1 = self.fast_tm(mt1, Mm::Eq)?;
        if mt1 == mt2 {
            return Some(h1);
        }
        let h2 = self.fast_tm(mt2, Mm::Eq)?;
        h1.raw_eq(h2).then_some(h1)
    }

    /// The order handler for `a < b` (`mm` = Lt) or `a <= b` (Le): both operands of
    /// the same type and with raw-equal handlers (5.1's call_orderTM).
    pub(crate) fn order_tm(&self, a: Value, b: Value, mm: Mm) -> Option<Value> {
        if a.is_cdata() || b.is_cdata() {
            return self.metatype_tm(a, b, mm).or_else(|| self.cdata_tm(mm));
        }
        let h1 = self.tm_of(a, mm)?;
        let h2 = self.tm_of(b, mm)?;
        h1.raw_eq(h2).then_some(h1)
    }

    /// The handler `mm` of the first cdata operand whose metatype
    /// (`ffi.metatype`) has one. The interpreter calls it directly, as it
    /// calls a table's, rather than through the cdata metatable's handler
    /// (the ffi's, which would call it from a native): same arguments, same
    /// result, and traces record the call as an inlined metamethod.
    pub(crate) fn metatype_tm(&self, a: Value, b: Value, mm: Mm) -> Option<Value> {
        let ci = self.ctype_info.as_ref()?;
        [a, b].into_iter().find_map(|v| {
            let mt = ci.metatable(v.as_cdata()?.ctype())?.as_table()?;
            self.fast_tm(mt, mm)
        })
    }

    /// The `__index` (`mm`; or `__newindex`) function of the metatype of
    /// cdata `obj` for a string `key` that is no member of its struct (what
    /// the ffi's `__index` would call), to be called directly as
    /// `metatype_tm`'s handlers are.
    #[inline]
    fn metatype_key(&self, obj: Value, key: Value, mm: Mm) -> Option<Value> {
        let cd = obj.as_cdata()?;
        let ci = self.ctype_info.as_ref()?;
        let mt = ci.metatype_index(cd.ctype(), key.as_str()?.as_bytes())?;
        self.fast_tm(mt.as_table()?, mm).filter(|h| h.is_function())
    }

    /// A handler of the cdata metatable.
    fn cdata_tm(&self, mm: Mm) -> Option<Value> {
        let mt = self.type_mt[crate::state::BasicType::Cdata as usize]?;
        self.fast_tm(mt, mm)
    }

    /// Converts a number or string operand of `..` to a string.
    #[inline]
    pub(crate) fn concat_piece(&mut self, v: Value, buf: &mut Vec<u8>) -> bool {
        if let Some(s) = v.as_str() {
            buf.extend_from_slice(s.as_bytes());
            true
        } else if v.is_number() {
            append_number(v.as_f64(), buf);
            true
        } else {
            false
        }
    }

    /// `tostring` of a number.
    pub fn number_to_str(&mut self, n: f64) -> LuaResult<Gc<LuaStr>> {
        let mut buf = Vec::with_capacity(24);
        append_number(n, &mut buf);
        self.intern(&buf)
    }
}

/// Appends a number as Lua prints it (`%.14g`). Integers below 1e14 in
/// magnitude, by far the common case, take a fast path: `%.14g` prints all
/// their digits.
#[inline]
pub fn append_number(n: f64, buf: &mut Vec<u8>) {
    if n.abs() < 1e14 && n == n.trunc() && !(n == 0.0 && n.is_sign_negative()) {
        let mut v = n as i64;
        if v < 0 {
            buf.push(b'-');
            v = -v;
        }
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        buf.extend_from_slice(&digits[i..]);
    } else {
        crate::text::number::format_number(n, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::append_number;

    #[test]
    fn integer_fast_path_matches_percent_14g() {
        for (n, want) in [
            (0.0, "0"),
            (-0.0, "-0"),
            (7.0, "7"),
            (-12345.0, "-12345"),
            (99999999999999.0, "99999999999999"),
            (1e14, "1e+14"),
            (0.5, "0.5"),
        ] {
            let mut b = Vec::new();
            append_number(n, &mut b);
            assert_eq!(String::from_utf8(b).unwrap(), want, "{n}");
        }
    }
}
