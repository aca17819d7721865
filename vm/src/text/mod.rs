//! Text algorithms (temporary stand-in until the full module lands).
pub mod number;
