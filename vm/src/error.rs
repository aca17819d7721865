//! Errors: the error type that propagates through Rust, and the construction of
//! Lua's error messages (positions, variable names).
//!
//! The error *value* never travels inside the Rust error: it is stored in
//! `Vm::err`, a GC root, so that it survives collections while the error
//! propagates. `LuaError` only says what kind of failure it is.

use crate::bytecode::{Op, Operand};
use crate::debug::Frame;
use crate::func::Proto;
use crate::state::Vm;
use crate::value::{Gc, Value};

/// Why a call did not complete normally; the error value is in `Vm::err`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LuaError {
    /// A runtime error (any Lua value).
    Runtime,
    /// The memory limit refused an allocation ("not enough memory").
    Memory,
    /// An error inside a message handler.
    Handler,
    /// Internal: `coroutine.yield` asking the interpreter to suspend. Never escapes
    /// to a host: anything that cannot yield turns it into an error.
    Yield,
}

pub type LuaResult<T> = Result<T, LuaError>;

impl Vm {
    /// Raises `v` as the error value.
    #[cold]
    pub fn raise(&mut self, v: Value) -> LuaError {
        self.err = v;
        LuaError::Runtime
    }

    /// Raises a message string as is.
    #[cold]
    pub fn raise_msg(&mut self, msg: &str) -> LuaError {
        self.raise_bytes(msg.as_bytes())
    }

    /// Raises a message made of raw bytes (it may hold any byte, as Lua strings do).
    #[cold]
    pub fn raise_bytes(&mut self, msg: &[u8]) -> LuaError {
        match self.intern(msg) {
            Ok(s) => self.raise(s.to_value()),
            Err(e) => e,
        }
    }

    /// The current error value.
    pub fn error_value(&self) -> Value {
        self.err
    }

    /// A runtime error raised by an instruction or a native: prefixed with the
    /// position of the innermost Lua frame if it is the erring one, else of the
    /// Lua function that called the native (as `luaL_error` does).
    #[cold]
    pub fn rt_error(&mut self, msg: &str) -> LuaError {
        let mut text = self.where_(if self.innermost_is_lua() { 0 } else { 1 });
        text.extend_from_slice(msg.as_bytes());
        self.raise_bytes(&text)
    }

    /// An error of the VM's core (5.1's `luaG_runerror`, e.g. a bad table
    /// key): prefixed with a position only when the innermost frame is Lua
    /// (raised inside a native such as `rawset`, it has none).
    #[cold]
    pub(crate) fn core_error(&mut self, msg: &str) -> LuaError {
        let mut text = if self.innermost_is_lua() {
            self.where_(0)
        } else {
            Vec::new()
        };
        text.extend_from_slice(msg.as_bytes());
        self.raise_bytes(&text)
    }

    /// `chunk:line: ` for the frame `level` levels up, or "" if it is not Lua.
    pub fn where_(&self, level: usize) -> Vec<u8> {
        match self.frame_at_level(level).and_then(|fr| fr.lua_position()) {
            Some((proto, pc)) => {
                let p = proto.body();
                let mut text = crate::compiler::chunk_id(p.chunkname.as_bytes());
                text.extend_from_slice(format!(":{}: ", p.line_at(pc)).as_bytes());
                text
            }
            None => Vec::new(),
        }
    }

    fn innermost_is_lua(&self) -> bool {
        self.frame_at_level(0)
            .is_some_and(|f| f.lua_position().is_some())
    }

    /// `attempt to <what> <varinfo>(a <type> value)` for the value in `slot` of the
    /// erring instruction of the innermost Lua frame.
    #[cold]
    pub(crate) fn type_error(&mut self, what: &str, v: Value, slot: Option<u32>) -> LuaError {
        let tn = self.type_name_of(v);
        match slot.and_then(|s| self.slot_info(s)) {
            Some((kind, name)) => {
                self.rt_error(&format!("attempt to {what} {kind} '{name}' (a {tn} value)"))
            }
            None => self.rt_error(&format!("attempt to {what} a {tn} value")),
        }
    }

    /// The type name used in messages (5.1 uses the basic type name).
    pub(crate) fn type_name_of(&self, v: Value) -> &'static str {
        v.type_name()
    }

    /// Names the value in `slot` of the innermost Lua frame's current instruction.
    pub(crate) fn slot_info(&self, slot: u32) -> Option<(&'static str, String)> {
        let fr = self.frame_at_level(0)?;
        let (proto, pc) = fr.lua_position()?;
        slot_name(proto, pc, slot)
    }

    /// `attempt to compare ...`.
    #[cold]
    pub(crate) fn compare_error(&mut self, a: Value, b: Value) -> LuaError {
        let (ta, tb) = (a.type_name(), b.type_name());
        if ta == tb {
            self.rt_error(&format!("attempt to compare two {ta} values"))
        } else {
            self.rt_error(&format!("attempt to compare {ta} with {tb}"))
        }
    }

    /// `bad argument #n to 'name' (msg)`, naming the running native as its caller
    /// does.
    #[cold]
    pub fn arg_error(&mut self, n: usize, msg: &str) -> LuaError {
        let (name, is_method) = self.current_function_name();
        let mut n = n as isize;
        if is_method {
            n -= 1;
            if n == 0 {
                return self.rt_error(&format!("calling '{name}' on bad self ({msg})"));
            }
        }
        self.rt_error(&format!("bad argument #{n} to '{name}' ({msg})"))
    }

    /// `bad argument #n to 'name' (<expected> expected, got <type>)`.
    #[cold]
    pub fn type_arg_error(&mut self, n: usize, expected: &str) -> LuaError {
        let got = if n > self.nargs() {
            "no value"
        } else {
            self.arg(n).type_name()
        };
        self.arg_error(n, &format!("{expected} expected, got {got}"))
    }

    /// The name of the running native as seen from its call site, and whether it
    /// was called as a method.
    pub(crate) fn current_function_name(&self) -> (String, bool) {
        let Some(caller) = self.frame_at_level(1) else {
            return ("?".to_string(), false);
        };
        match caller.lua_position() {
            Some((proto, pc)) => {
                let ins = proto.body().code[pc];
                match ins.op() {
                    Op::ITERC | Op::ITERN => ("for iterator".to_string(), false),
                    Op::CALL | Op::CALLM | Op::CALLT | Op::CALLMT => {
                        match slot_name(proto, pc, ins.a()) {
                            Some((kind, name)) => (name, kind == "method"),
                            None => ("?".to_string(), false),
                        }
                    }
                    op => (
                        crate::debug::metamethod_of(op).unwrap_or("?").to_string(),
                        false,
                    ),
                }
            }
            None => ("?".to_string(), false),
        }
    }
}

/// The name of the value in `slot` just before the instruction at `pc` runs:
/// a local variable, or where the slot was last loaded from (a global, a field, a
/// method, an upvalue). Like LuaJIT's `lj_debug_slotname`, it scans backwards for
/// the instruction that wrote the slot; like Lua 5.1's symbolic execution, it
/// gives up when a jump lands between that instruction and `pc` (the value may
/// then come from another path, as in `(a or b) + 1`).
pub fn slot_name(proto: Gc<Proto>, pc: usize, mut slot: u32) -> Option<(&'static str, String)> {
    let p = proto.body();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let kstr = |i: u32| {
        p.kgc
            .get(i as usize)
            .and_then(|v| v.as_str())
            .map(|s| s.to_str_lossy())
    };
    'restart: loop {
        if let Some(name) = p.local_name(slot, pc) {
            return Some(("local", text(name)));
        }
        let mut ip = pc;
        while ip > 1 {
            ip -= 1;
            let ins = p.code[ip];
            let op = Op::from_u8(ins.op_byte())?;
            let (ka, _, _) = op.operands();
            let a = ins.a();
            if ka == Operand::Base {
                if slot >= a && (op != Op::KNIL || slot <= ins.d()) {
                    return None;
                }
            } else if ka == Operand::Dst && a == slot {
                if jump_lands_in(p, ip + 1, pc) {
                    return None;
                }
                return match op {
                    Op::MOV => {
                        slot = ins.d();
                        continue 'restart;
                    }
                    Op::GGET => Some(("global", kstr(ins.d())?)),
                    Op::TGETS => {
                        let name = kstr(ins.c())?;
                        if ip > 1 {
                            let prev = p.code[ip - 1];
                            if prev.op_byte() == Op::MOV as u8
                                && prev.a() == a + 2
                                && prev.d() == ins.b()
                            {
                                return Some(("method", name));
                            }
                        }
                        Some(("field", name))
                    }
                    Op::UGET => Some(("upvalue", text(p.uvnames.get(ins.d() as usize)?))),
                    _ => None,
                };
            }
        }
        return None;
    }
}

/// Whether a jump from outside `from..=to` lands inside it.
fn jump_lands_in(p: &Proto, from: usize, to: usize) -> bool {
    p.code.iter().enumerate().any(|(src, ins)| {
        let Some(op) = Op::from_u8(ins.op_byte()) else {
            return false;
        };
        if !op.has_jump() || (from..=to).contains(&src) {
            return false;
        }
        let t = src as i64 + 1 + ins.j() as i64;
        t >= from as i64 && t <= to as i64
    })
}

impl Frame {
    /// For a Lua frame: its prototype and the index of the current instruction.
    pub fn lua_position(&self) -> Option<(Gc<Proto>, usize)> {
        let f = self.func.as_function()?;
        if !f.is_lua() {
            return None;
        }
        let pc = self.pc?;
        let proto = f.proto();
        let idx = proto.pc_of(pc);
        Some((proto, idx.saturating_sub(1)))
    }
}
