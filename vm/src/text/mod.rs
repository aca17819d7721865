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
    expand_replacement, find, find_plain, has_specials, match_at, strip_anchor, Capture, Match,
    MAX_CAPTURES,
};
pub use printf::{
    format_char, format_float, format_int, format_quoted, format_str, parse_format, Conv,
    FormatPieces, Piece, Spec,
};

/// C's `isspace` in the C locale: space, `\t`, `\n`, `\v`, `\f`, `\r`.
pub(crate) fn is_c_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// Helpers for the table-driven tests. The tables in `testdata/` come from the
/// generator scripts next to them, run against `lua5.1` or `luajit`;
/// `testdata/differential.sh` runs the same generators with large counts and random
/// seeds and points the ignored tests at the result through `LUNAVM_TEXT_DIFF`.
#[cfg(test)]
pub(crate) mod testutil {
    pub fn unhex(s: &str) -> Vec<u8> {
        (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
            .collect()
    }

    pub fn hex(s: &[u8]) -> String {
        s.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// A generated table from `$LUNAVM_TEXT_DIFF`, for the ignored differential tests.
    pub fn diff_data(name: &str) -> String {
        let dir = std::env::var("LUNAVM_TEXT_DIFF")
            .expect("set LUNAVM_TEXT_DIFF (see testdata/differential.sh)");
        std::fs::read_to_string(format!("{dir}/{name}")).unwrap()
    }
}
