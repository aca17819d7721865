//! The API natives (and hosts) use: arguments, results, checks with Lua's error
//! wording, and operations that may call metamethods.
//!
//! A native sees its arguments as `arg(1)..=arg(nargs())` and returns the number
//! of values it pushed. Values held in Rust locals stay valid until the next GC
//! check point; any call back into Lua (`call`, `index`, `tostring`, ...) may
//! contain one, so keep values that must survive such a call on the stack.

use crate::call::MULTRET;
use crate::error::LuaError;
use crate::meta::{Arith, Resolved};
use crate::state::{Mm, Vm};
use crate::string::LuaStr;
use crate::table::Table;
use crate::thread::STACK_EXTRA;
use crate::value::{Gc, Value};
use crate::LuaResult;

impl Vm {
    // ---------------------------------------------------------------- stack

    /// Number of arguments of the running native.
    #[inline]
    pub fn nargs(&self) -> usize {
        let t = self.cur.body();
        t.top - t.base
    }

    /// Argument `n` (1-based); nil when absent.
    #[inline]
    pub fn arg(&self, n: usize) -> Value {
        let t = self.cur.body();
        let i = t.base + n - 1;
        if n >= 1 && i < t.top {
            t.stack[i]
        } else {
            Value::NIL
        }
    }

    /// Replaces argument `n` (which must exist).
    pub fn set_arg(&mut self, n: usize, v: Value) {
        let t = self.cur.body_mut();
        let i = t.base + n - 1;
        if i < t.top {
            t.stack[i] = v;
        }
    }

    /// Stack index of the running native's first argument.
    #[inline]
    pub fn base(&self) -> usize {
        self.cur.body().base
    }

    /// Index one past the last live slot.
    #[inline]
    pub fn top(&self) -> usize {
        self.cur.body().top
    }

    /// Sets `top` (at or above base); new slots are nil.
    pub fn set_top(&mut self, top: usize) -> LuaResult<()> {
        let old = self.top();
        if top > old {
            self.ensure_stack(top - old)?;
            for v in &mut self.cur.body_mut().stack[old..top] {
                *v = Value::NIL;
            }
        }
        self.cur.body_mut().top = top;
        Ok(())
    }

    #[inline]
    pub fn stack_get(&self, idx: usize) -> Value {
        self.cur.body().stack[idx]
    }

    #[inline]
    pub fn stack_set(&mut self, idx: usize, v: Value) {
        self.cur.body_mut().stack[idx] = v;
    }

    /// Makes room for `n` more pushes.
    #[inline]
    pub fn ensure_stack(&mut self, n: usize) -> LuaResult<()> {
        let th = self.cur;
        let need = th.body().top + n + STACK_EXTRA;
        if need > th.stack_len() && th.ensure(&mut self.heap, need).is_err() {
            return Err(self.rt_error("stack overflow"));
        }
        Ok(())
    }

    #[inline]
    pub fn push(&mut self, v: Value) -> LuaResult<()> {
        self.ensure_stack(1)?;
        self.push_unchecked(v);
        Ok(())
    }

    /// Pushes without checking room (after `ensure_stack`, or within the
    /// STACK_EXTRA slots every native gets).
    #[inline]
    pub fn push_unchecked(&mut self, v: Value) {
        let t = self.cur.body_mut();
        t.stack[t.top] = v;
        t.top += 1;
    }

    pub fn pop(&mut self) -> Value {
        let t = self.cur.body_mut();
        t.top -= 1;
        t.stack[t.top]
    }

    pub fn push_str(&mut self, s: &[u8]) -> LuaResult<()> {
        let v = self.str_value(s)?;
        self.push(v)
    }

    pub fn push_number(&mut self, n: f64) -> LuaResult<()> {
        self.push(Value::number(n))
    }

    pub fn push_bool(&mut self, b: bool) -> LuaResult<()> {
        self.push(Value::boolean(b))
    }

    // ------------------------------------------------------- argument checks

    pub fn check_any(&mut self, n: usize) -> LuaResult<Value> {
        if n > self.nargs() {
            return Err(self.arg_error(n, "value expected"));
        }
        Ok(self.arg(n))
    }

    pub fn check_table(&mut self, n: usize) -> LuaResult<Gc<Table>> {
        match self.arg(n).as_table() {
            Some(t) => Ok(t),
            None => Err(self.type_arg_error(n, "table")),
        }
    }

    /// A number argument; strings convertible to numbers are accepted.
    pub fn check_number(&mut self, n: usize) -> LuaResult<f64> {
        let v = self.arg(n);
        if v.is_number() {
            return Ok(v.as_f64());
        }
        match crate::meta::to_number_coerce(v) {
            Some(x) if n <= self.nargs() => Ok(x),
            _ => Err(self.type_arg_error(n, "number")),
        }
    }

    pub fn opt_number(&mut self, n: usize, default: f64) -> LuaResult<f64> {
        if self.arg(n).is_nil() {
            Ok(default)
        } else {
            self.check_number(n)
        }
    }

    /// An integer argument (5.1 truncates toward zero, as a C cast does).
    pub fn check_integer(&mut self, n: usize) -> LuaResult<i64> {
        Ok(num_to_int(self.check_number(n)?))
    }

    pub fn opt_integer(&mut self, n: usize, default: i64) -> LuaResult<i64> {
        if self.arg(n).is_nil() {
            Ok(default)
        } else {
            self.check_integer(n)
        }
    }

    /// A string argument; numbers are converted (and the argument replaced by the
    /// string, as `luaL_checklstring` does).
    pub fn check_str(&mut self, n: usize) -> LuaResult<Gc<LuaStr>> {
        let v = self.arg(n);
        if let Some(s) = v.as_str() {
            return Ok(s);
        }
        if v.is_number() && n <= self.nargs() {
            let s = self.number_to_str(v.as_f64())?;
            self.set_arg(n, s.to_value());
            return Ok(s);
        }
        Err(self.type_arg_error(n, "string"))
    }

    pub fn opt_str(&mut self, n: usize) -> LuaResult<Option<Gc<LuaStr>>> {
        if self.arg(n).is_nil() {
            Ok(None)
        } else {
            self.check_str(n).map(Some)
        }
    }

    /// Checks that argument `n` is a function (for messages: "function expected").
    pub fn check_function(&mut self, n: usize) -> LuaResult<Value> {
        let v = self.arg(n);
        if v.is_function() {
            Ok(v)
        } else {
            Err(self.type_arg_error(n, "function"))
        }
    }

    // ------------------------------------------------- operations with metamethods

    /// Calls `f(args...)` and returns its first result (nil if none).
    pub fn call_value(&mut self, f: Value, args: &[Value]) -> LuaResult<Value> {
        let func = self.top();
        self.ensure_stack(args.len() + 1)?;
        self.push_unchecked(f);
        for &a in args {
            self.push_unchecked(a);
        }
        self.call(func, args.len(), 1)?;
        let v = self.stack_get(func);
        self.cur.body_mut().top = func;
        Ok(v)
    }

    /// Calls `f(args...)` leaving all results pushed; returns their count.
    pub fn call_multi(&mut self, f: Value, args: &[Value]) -> LuaResult<usize> {
        let func = self.top();
        self.ensure_stack(args.len() + 1)?;
        self.push_unchecked(f);
        for &a in args {
            self.push_unchecked(a);
        }
        self.call(func, args.len(), MULTRET)?;
        Ok(self.top() - func)
    }

    /// `obj[key]` with metamethods.
    pub fn index(&mut self, obj: Value, key: Value) -> LuaResult<Value> {
        match self.resolve_index(obj, key, None)? {
            Resolved::Done(v) => Ok(v),
            Resolved::Call(h, o, k) => self.call_value(h, &[o, k]),
        }
    }

    /// `obj[key] = val` with metamethods.
    pub fn set_index(&mut self, obj: Value, key: Value, val: Value) -> LuaResult<()> {
        match self.resolve_newindex(obj, key, val, None)? {
            Resolved::Done(_) => Ok(()),
            Resolved::Call(h, o, k) => self.call_value(h, &[o, k, val]).map(|_| ()),
        }
    }

    /// Arithmetic with coercions and metamethods.
    pub fn arith(&mut self, op: Arith, a: Value, b: Value) -> LuaResult<Value> {
        if a.is_number() && b.is_number() {
            return Ok(Value::number(op.apply(a.as_f64(), b.as_f64())));
        }
        match self.resolve_arith(op, a, b, (None, None))? {
            Resolved::Done(v) => Ok(v),
            Resolved::Call(h, x, y) => self.call_value(h, &[x, y]),
        }
    }

    /// `a == b` with `__eq`.
    pub fn equals(&mut self, a: Value, b: Value) -> LuaResult<bool> {
        if a.raw_eq(b) {
            return Ok(true);
        }
        match self.resolve_eq(a, b) {
            Some(h) => Ok(self.call_value(h, &[a, b])?.is_truthy()),
            None => Ok(false),
        }
    }

    /// `a < b` with `__lt`.
    pub fn less_than(&mut self, a: Value, b: Value) -> LuaResult<bool> {
        if a.is_number() && b.is_number() {
            return Ok(a.as_f64() < b.as_f64());
        }
        if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
            return Ok(x.as_bytes() < y.as_bytes());
        }
        if a.itype() == b.itype() || a.is_cdata() || b.is_cdata() {
            if let Some(h) = self.order_tm(a, b, Mm::Lt) {
                return Ok(self.call_value(h, &[a, b])?.is_truthy());
            }
        }
        Err(self.compare_error(a, b))
    }

    /// `#v` with `__len` (5.1: not for tables).
    pub fn length(&mut self, v: Value) -> LuaResult<Value> {
        if let Some(s) = v.as_str() {
            return Ok(Value::num(s.len() as f64));
        }
        if let Some(t) = v.as_table() {
            return Ok(Value::num(t.length() as f64));
        }
        match self.tm_of(v, Mm::Len) {
            Some(h) => self.call_value(h, &[v, Value::NIL]),
            None => Err(self.type_error("get length of", v, None)),
        }
    }

    /// `tostring(v)`: `__tostring` if present, else the default representation.
    pub fn tostring(&mut self, v: Value) -> LuaResult<Value> {
        if let Some(h) = self.tm_of(v, Mm::ToString) {
            return self.call_value(h, &[v]);
        }
        Ok(self.tostring_raw(v)?.to_value())
    }

    /// The result of `v`'s `__tostring`, if it has one that returns a string
    /// (errors in it are ignored).
    pub fn tostring_meta_only(&mut self, v: Value) -> Option<String> {
        let h = self.tm_of(v, Mm::ToString)?;
        let base = self.top();
        let r = self
            .call_protected(h, &[v], 1)
            .ok()
            .map(|_| self.stack_get(base));
        let _ = self.set_top(base);
        r.and_then(|s| s.as_str()).map(|s| s.to_str_lossy())
    }

    /// The default string form of a value (no metamethods).
    pub fn tostring_raw(&mut self, v: Value) -> LuaResult<Gc<LuaStr>> {
        if let Some(s) = v.as_str() {
            return Ok(s);
        }
        if v.is_number() {
            return self.number_to_str(v.as_f64());
        }
        let text = match v {
            Value::NIL => "nil".to_string(),
            Value::TRUE => "true".to_string(),
            Value::FALSE => "false".to_string(),
            _ => {
                let name = if v.as_function().is_some_and(|f| !f.is_lua()) && v.is_function() {
                    "function"
                } else {
                    v.type_name()
                };
                format!("{}: {:#x}", name, v.payload())
            }
        };
        self.intern(text.as_bytes())
    }

    /// A string for messages: the value as `tostring_raw` shows it.
    pub fn display(&mut self, v: Value) -> String {
        match self.tostring_raw(v) {
            Ok(s) => s.to_str_lossy(),
            Err(_) => v.type_name().to_string(),
        }
    }

    // ---------------------------------------------------------------- output

    /// Appends to the buffered standard output.
    pub fn write_stdout(&mut self, bytes: &[u8]) {
        if self.c_output.get() != 0 {
            self.c_output.set(0);
            self.flush_stdout();
            crate::stdlib::cfile::flush_c_stdout();
        }
        self.out.extend_from_slice(bytes);
        if self.out.len() >= 1 << 16 {
            self.flush_stdout();
        }
    }

    /// Whether standard output holds buffered output.
    pub fn stdout_pending(&self) -> bool {
        !self.out.is_empty()
    }

    /// The address of the flag a trace sets after a C call, which may have
    /// written to C's standard output (see `write_stdout`).
    pub fn c_output_flag(&self) -> usize {
        self.c_output.as_ptr() as usize
    }

    /// Writes buffered standard output (before errors, input, and at exit).
    pub fn flush_stdout(&mut self) {
        use std::io::Write;
        if !self.out.is_empty() {
            let mut so = std::io::stdout().lock();
            let _ = so.write_all(&self.out);
            let _ = so.flush();
            self.out.clear();
        }
    }
}

/// Number to integer as C's cast does on x86-64 (truncation; out-of-range and
/// NaN become i64::MIN).
#[inline]
pub fn num_to_int(n: f64) -> i64 {
    if n.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&n) {
        i64::MIN
    } else {
        n as i64
    }
}

impl From<std::convert::Infallible> for LuaError {
    fn from(x: std::convert::Infallible) -> Self {
        match x {}
    }
}
