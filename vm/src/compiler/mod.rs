//! The front end: Lua source text to bytecode, in one pass.
//!
//! The compiler is a pure function of the source bytes: it produces a tree of
//! `CompiledProto`s made of plain Rust data and never touches the GC heap, so the
//! collector has nothing of the compiler's to root. `Vm::load` turns the result into
//! GC prototypes (interning its strings) in one step.
//!
//! It follows LuaJIT 2.1's lj_lex.c and lj_parse.c and emits the same code:
//! - `lexer`: tokens, string escapes, number syntax, line counting;
//! - `parser`: statements, variables, assignments, the entry point;
//! - `expr`: expression descriptors, operators, constant folding;
//! - `scope`: block scopes, gotos, labels and breaks;
//! - `funcstate`: the emitter, jump lists, registers, constants, assembly;
//! - `listing`: the `luajit -bl` listing format.

mod expr;
mod funcstate;
mod lexer;
mod listing;
mod parser;
mod scope;

#[cfg(test)]
mod error_tests;
#[cfg(test)]
mod golden_tests;
#[cfg(test)]
mod limit_tests;

pub use listing::list_proto;

use crate::bytecode::Ins;

/// A compiled function prototype.
#[derive(Clone, Debug, Default)]
pub struct CompiledProto {
    /// The chunk name as given to `load` (`@file.lua`, `=stdin`, or source text).
    pub chunkname: std::rc::Rc<[u8]>,
    /// Line of the `function` keyword; 0 for the main chunk.
    pub line_defined: u32,
    /// Line of the closing `end`; for the main chunk, the last line of the
    /// source (as in LuaJIT, whose listings and debug info show it).
    pub last_line_defined: u32,
    pub num_params: u8,
    pub is_vararg: bool,
    /// Number of slots the frame needs (also stored in the header instruction's A).
    pub frame_size: u8,
    /// Instructions; `code[0]` is FUNCF or FUNCV.
    pub code: Vec<Ins>,
    /// Source line of each instruction (same length as `code`).
    pub lines: Vec<u32>,
    /// Number constants (KNUM, the VN/NV ops, ISEQN, USETN, TSETM).
    pub knum: Vec<f64>,
    /// Constants that become GC objects (KSTR, GGET, TGETS, FNEW, TDUP, ...).
    pub kgc: Vec<GcConst>,
    pub upvalues: Vec<UpvalDesc>,
    /// Local variables with the pc range in which each is live, in order of declaration.
    pub locals: Vec<LocalVar>,
    /// True if the function creates closures (contains FNEW).
    pub has_children: bool,
}

#[derive(Clone, Debug)]
pub enum GcConst {
    Str(Vec<u8>),
    /// A 64-bit integer literal: bits, unsigned (`int64_t`/`uint64_t` cdata).
    Int64(u64, bool),
    /// An imaginary literal: the bits of its imaginary part (a `complex` cdata
    /// whose real part is +0).
    Complex(u64),
    Proto(Box<CompiledProto>),
    Table(TemplateTable),
}

/// A table constructor whose keys and values are all constants, copied by TDUP.
#[derive(Clone, Debug, Default)]
pub struct TemplateTable {
    /// Values for keys 0..array.len() (slot 0 is for key 0 and is usually Nil).
    pub array: Vec<TemplateValue>,
    /// Other constant keys (never Nil keys, never NaN).
    pub hash: Vec<(TemplateValue, TemplateValue)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TemplateValue {
    Nil,
    False,
    True,
    Num(f64),
    Str(Vec<u8>),
}

#[derive(Clone, Debug)]
pub struct UpvalDesc {
    pub name: Vec<u8>,
    /// True: captures the enclosing function's local in slot `index`.
    /// False: shares the enclosing function's upvalue number `index`.
    pub from_parent_local: bool,
    pub index: u8,
    /// The captured local is never assigned after its declaration.
    pub immutable: bool,
}

#[derive(Clone, Debug)]
pub struct LocalVar {
    pub name: Vec<u8>,
    pub slot: u8,
    /// First pc at which the variable is live.
    pub start_pc: u32,
    /// First pc at which it is dead again.
    pub end_pc: u32,
}

/// A syntax error, already formatted the way Lua prints it:
/// `chunkid:line: message near 'token'`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: Vec<u8>,
    /// The error was found with the whole input consumed: more source text could
    /// make it go away (used to read `load` pieces only as far as needed, and by
    /// the REPL to ask for more lines).
    pub incomplete: bool,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&String::from_utf8_lossy(&self.message))
    }
}

/// Compiles a chunk. `chunkname` follows Lua's conventions (`@file`, `=name`, or the
/// source itself) and is what error messages and debug info show via `chunk_id`.
pub fn compile(source: &[u8], chunkname: &[u8]) -> Result<CompiledProto, SyntaxError> {
    parser::parse_chunk(source, chunkname)
}

/// The short source name used in messages, as LuaJIT's `lj_debug_shortname`
/// makes it (LUA_IDSIZE 60): `=name` gives `name` (at most 59 bytes), `@file`
/// gives `file` (long names keep their last 56 bytes after `...`), anything else
/// `[string "first line..."]`, cut at the first control character or after 45
/// bytes.
pub fn chunk_id(chunkname: &[u8]) -> Vec<u8> {
    const IDSIZE: usize = 60;
    let quoted = |b: &[u8], more: &[u8]| [b"[string \"", b, more, b"\"]"].concat();
    match chunkname.first() {
        Some(b'=') => {
            let rest = &chunkname[1..];
            rest[..rest.len().min(IDSIZE - 1)].to_vec()
        }
        Some(b'@') => {
            let rest = &chunkname[1..];
            if rest.len() >= IDSIZE {
                [b"...", &rest[rest.len() - (IDSIZE - 4)..]].concat()
            } else {
                rest.to_vec()
            }
        }
        _ => {
            let mut len = 0;
            while len < IDSIZE - 12 && len < chunkname.len() && chunkname[len] >= b' ' {
                len += 1;
            }
            if len < chunkname.len() {
                quoted(&chunkname[..len.min(IDSIZE - 15)], b"...")
            } else {
                quoted(chunkname, b"")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::chunk_id;

    #[test]
    fn chunk_ids_follow_luajit() {
        assert_eq!(chunk_id(b"=stdin"), b"stdin");
        assert_eq!(chunk_id(b"@x.lua"), b"x.lua");
        assert_eq!(chunk_id(b"print(1)"), b"[string \"print(1)\"]");
        assert_eq!(chunk_id(b"a\nb"), b"[string \"a...\"]");
        assert_eq!(chunk_id(b"\nb"), b"[string \"...\"]");
        let long = vec![b'x'; 100];
        assert_eq!(
            chunk_id(&long),
            format!("[string \"{}...\"]", "x".repeat(45)).into_bytes()
        );
        let exact = vec![b'y'; 48];
        assert_eq!(
            chunk_id(&exact),
            format!("[string \"{}\"]", "y".repeat(48)).into_bytes()
        );
        let mut file = b"@".to_vec();
        file.extend(std::iter::repeat_n(b'y', 80));
        assert_eq!(
            chunk_id(&file),
            format!("...{}", "y".repeat(56)).into_bytes()
        );
        // Names are bytes: nothing is lost to UTF-8 conversion.
        assert_eq!(chunk_id(b"=\xff"), b"\xff");
    }
}
