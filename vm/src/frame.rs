//! Frames on the value stack and the links between them.
//!
//! Every frame occupies the slots from `base`; the called function sits at
//! `base-2` and the frame link at `base-1`:
//!
//! ```text
//!   ... caller's slots ... | func | link | arg1 arg2 ... (callee's slots)
//!                                          ^ base
//! ```
//!
//! A link is stored as a raw 64-bit word that reads as a (denormal) number, so the
//! collector ignores it. Two encodings:
//! - Lua frame (low 2 bits 00): the return address, a pointer to the instruction
//!   after the caller's CALL. The caller's base is `base - 2 - A(CALL)`.
//! - Delta frames: `(delta << 3) | kind`, where the previous frame's base is
//!   `base - delta`:
//!   - `C`: entered from Rust (`Vm::call`); returning leaves `execute`.
//!   - `CONT`: a metamethod called by an instruction. Two more slots sit below the
//!     function: `base-4` the continuation (what to do with the result) and
//!     `base-3` the caller's pc to resume at.
//!   - `VARG`: a vararg function's frame, moved up above its arguments; the varargs
//!     stay between the two.
//!   - `PCALL`: a function called by `pcall`; returning prepends `true`.
//!   - `XPCALL`: the same for `xpcall`; the message handler sits at `base-delta`.
//!   - `BOTTOM`: the sentinel at the bottom of every thread.

use crate::bytecode::Ins;
use crate::value::Value;

pub const KIND_C: u64 = 1;
pub const KIND_CONT: u64 = 2;
pub const KIND_VARG: u64 = 3;
pub const KIND_PCALL: u64 = 5;
pub const KIND_XPCALL: u64 = 6;
pub const KIND_BOTTOM: u64 = 7;

/// A decoded frame link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// Called from Lua; returns to this instruction.
    Lua(*const Ins),
    C(usize),
    Cont(usize),
    Varg(usize),
    Pcall(usize),
    Xpcall(usize),
    Bottom,
}

#[inline(always)]
pub fn lua_link(ret_pc: *const Ins) -> Value {
    Value::from_bits(ret_pc as u64)
}

#[inline(always)]
pub fn delta_link(kind: u64, delta: usize) -> Value {
    Value::from_bits(((delta as u64) << 3) | kind)
}

pub fn bottom_link() -> Value {
    delta_link(KIND_BOTTOM, 0)
}

#[inline(always)]
pub fn is_lua_link(link: Value) -> bool {
    link.to_bits() & 3 == 0
}

#[inline]
pub fn decode(link: Value) -> Link {
    let b = link.to_bits();
    if b & 3 == 0 {
        return Link::Lua(b as *const Ins);
    }
    let delta = (b >> 3) as usize;
    match b & 7 {
        KIND_C => Link::C(delta),
        KIND_CONT => Link::Cont(delta),
        KIND_VARG => Link::Varg(delta),
        KIND_PCALL => Link::Pcall(delta),
        KIND_XPCALL => Link::Xpcall(delta),
        _ => Link::Bottom,
    }
}

/// The base of the Lua frame a Lua link returns into.
///
/// # Safety
/// `ret_pc` must be a return address stored by a call instruction.
#[inline(always)]
pub unsafe fn lua_caller_base(base: usize, ret_pc: *const Ins) -> usize {
    // SAFETY: the instruction before a return address is the CALL that made it.
    let call = unsafe { *ret_pc.sub(1) };
    base - 2 - call.a() as usize
}

/// Continuations of metamethod calls made by instructions (stored at `base-4`
/// of a CONT frame as a small number: kind | slot << 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cont {
    /// Store the result into the A slot of the calling instruction.
    StoreA,
    /// Discard the result (__newindex).
    Discard,
    /// Conditional jump on the result's truth (comparisons): the saved pc points
    /// at the JMP that follows the comparison.
    Cond,
    /// Conditional jump on the result's falsity (negated comparisons).
    CondNot,
    /// Concatenation in progress: store the result into `slot` and continue the
    /// CAT with it as the new right end.
    Cat(u32),
    /// Store the result (any value) into `slot` and finish a function-header
    /// check (unused slot kinds reserved for later).
    StoreSlot(u32),
}

impl Cont {
    pub fn encode(self) -> Value {
        let (k, s) = match self {
            Cont::StoreA => (1u64, 0u32),
            Cont::Discard => (2, 0),
            Cont::Cond => (3, 0),
            Cont::CondNot => (4, 0),
            Cont::Cat(s) => (5, s),
            Cont::StoreSlot(s) => (6, s),
        };
        Value::from_bits(k | ((s as u64) << 8))
    }
    pub fn decode(v: Value) -> Cont {
        let b = v.to_bits();
        let s = (b >> 8) as u32;
        match b & 0xff {
            1 => Cont::StoreA,
            2 => Cont::Discard,
            3 => Cont::Cond,
            4 => Cont::CondNot,
            5 => Cont::Cat(s),
            _ => Cont::StoreSlot(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_round_trip_and_look_like_numbers() {
        let code = [Ins(0), Ins(0)];
        let pc = &code[1] as *const Ins;
        assert_eq!(decode(lua_link(pc)), Link::Lua(pc));
        assert!(lua_link(pc).is_number());
        for (k, want) in [
            (KIND_C, Link::C(7)),
            (KIND_CONT, Link::Cont(7)),
            (KIND_VARG, Link::Varg(7)),
            (KIND_PCALL, Link::Pcall(7)),
            (KIND_XPCALL, Link::Xpcall(7)),
        ] {
            let l = delta_link(k, 7);
            assert!(l.is_number() && !is_lua_link(l));
            assert_eq!(decode(l), want);
        }
        assert_eq!(decode(bottom_link()), Link::Bottom);
        for c in [
            Cont::StoreA,
            Cont::Discard,
            Cont::Cond,
            Cont::CondNot,
            Cont::Cat(17),
            Cont::StoreSlot(3),
        ] {
            assert_eq!(Cont::decode(c.encode()), c);
            assert!(c.encode().is_number());
        }
    }
}
