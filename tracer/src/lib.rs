//! lunavm's trace compiler, minus the machine code: the recorder, the IR and
//! its optimisation passes, snapshots, and the engine that drives a backend
//! (see docs/JIT.md).

pub mod dce;
pub mod dump;
pub mod engine;
pub mod fold;
pub mod ir;
pub mod irbuf;
pub mod loop_opt;
pub mod mem;
pub mod params;
mod patch;
pub mod perfmap;
pub mod record;
mod restore;
mod slots;
pub mod snap;
pub mod trace;
pub mod verify;
pub mod xmem;

pub use engine::{DumpOpts, Engine};
pub use trace::{Backend, Code, ExitState, Loc, Trace};

/// Lua's `%` on numbers, as the interpreter computes it.
pub fn lua_mod(a: f64, b: f64) -> f64 {
    a - (a / b).floor() * b
}

/// `math.min` of two numbers as the interpreter computes it (the first operand
/// wins unless the second is smaller).
pub fn lua_min(a: f64, b: f64) -> f64 {
    if b < a {
        b
    } else {
        a
    }
}

/// `math.max` likewise.
pub fn lua_max(a: f64, b: f64) -> f64 {
    if b > a {
        b
    } else {
        a
    }
}

/// `bit.tobit`: the number modulo 2^32 as a signed 32-bit integer.
pub fn tobit(x: f64) -> i32 {
    // Adding 2^52 + 2^51 puts the integer part in the low 32 bits of the double.
    (x + 6755399441055744.0).to_bits() as u32 as i32
}
