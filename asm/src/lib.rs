//! lunavm's trace backend: code areas that are never writable and executable at
//! once, register allocation, and x86-64 machine code through `dynasm`.

pub mod mcode;
mod ra;
pub mod x64;

pub use x64::X64Backend;
