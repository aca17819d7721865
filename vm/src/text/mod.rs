//! Text algorithms behind the string library, `tostring` and `tonumber`: number
//! formatting and parsing, `string.format`, and Lua 5.1 patterns.
//!
//! Everything here is a pure function over byte slices; nothing touches the VM. Errors
//! a script can cause come back as `Err(message)` worded as Lua 5.1 words them, without
//! position information (the caller adds it). No input can make these functions panic,
//! and the pattern matcher bounds its recursion (`pattern too complex`).
//!
//! Where PUC Lua 5.1 and LuaJIT 2.1 disagree, each item documents which one it follows.

pub mod number;
pub mod pattern;
pub mod printf;

pub use number::{format_number, parse_integer_base, parse_number};
pub use pattern::{
    expand_replacement, find, find_plain, has_specials, match_at, Capture, Match, MAX_CAPTURES,
};
pub use printf::{
    format_char, format_float, format_int, format_quoted, format_str, parse_format, Conv, Piece,
    Spec,
};

/// C's `isspace` in the C locale: space, `\t`, `\n`, `\v`, `\f`, `\r`.
pub(crate) fn is_c_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}
