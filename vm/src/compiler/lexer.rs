//! The lexer: source bytes to tokens, following LuaJIT 2.1's rules.
//!
//! Any byte sequence is accepted as input; bytes >= 0x80 count as identifier
//! characters, as in LuaJIT. Every string and name is interned once in the
//! `Interner`, so the parser handles them as small `StrId`s. String literals are
//! copied out of the source once (into their interned value), in bulk runs, so
//! lexing stays linear in the size of the input.
//!
//! The lexer keeps LuaJIT's line bookkeeping exactly: `line` is the line the
//! scanner has reached (the end of the last scanned token), `lastline` the line
//! of the token consumed last, which is the line the parser records for the
//! instructions it emits.

use std::collections::HashMap;
use std::hash::BuildHasher;

use super::SyntaxError;

/// Index of an interned string.
pub(super) type StrId = u32;

/// Character value of the end of input.
const EOF: i32 = -1;

/// LuaJIT's limit on line numbers (LJ_MAX_LINE).
const MAX_LINE: u32 = 0x7fff_ff00;

/// Stores every distinct string of a chunk once.
pub(super) struct Interner {
    strings: Vec<Vec<u8>>,
    /// Keyed hash of the contents to the first string with that hash.
    by_hash: HashMap<u64, StrId>,
    /// Further strings whose hash collides with an earlier one (rare).
    collisions: HashMap<u64, Vec<StrId>>,
    hasher: std::collections::hash_map::RandomState,
}

impl Interner {
    fn new() -> Interner {
        Interner {
            strings: Vec::new(),
            by_hash: HashMap::new(),
            collisions: HashMap::new(),
            hasher: std::collections::hash_map::RandomState::new(),
        }
    }

    fn find(&self, hash: u64, bytes: &[u8]) -> Option<StrId> {
        let first = *self.by_hash.get(&hash)?;
        if self.get(first) == bytes {
            return Some(first);
        }
        self.collisions
            .get(&hash)?
            .iter()
            .copied()
            .find(|&id| self.get(id) == bytes)
    }

    fn insert(&mut self, hash: u64, bytes: Vec<u8>) -> StrId {
        let id = self.strings.len() as StrId;
        self.strings.push(bytes);
        match self.by_hash.entry(hash) {
            std::collections::hash_map::Entry::Occupied(_) => {
                self.collisions.entry(hash).or_default().push(id)
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(id);
            }
        }
        id
    }

    /// Interns an owned string without copying it.
    pub fn intern(&mut self, bytes: Vec<u8>) -> StrId {
        let hash = self.hasher.hash_one(bytes.as_slice());
        match self.find(hash, &bytes) {
            Some(id) => id,
            None => self.insert(hash, bytes),
        }
    }

    /// Interns a borrowed string, copying it only if it is new.
    pub fn intern_slice(&mut self, bytes: &[u8]) -> StrId {
        let hash = self.hasher.hash_one(bytes);
        match self.find(hash, bytes) {
            Some(id) => id,
            None => self.insert(hash, bytes.to_vec()),
        }
    }

    pub fn get(&self, id: StrId) -> &[u8] {
        self.strings.get(id as usize).map_or(&[], |s| s.as_slice())
    }
}

/// A token. Reserved words come first, in LuaJIT's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tok {
    And,
    Break,
    Do,
    Else,
    Elseif,
    End,
    False,
    For,
    Function,
    Goto,
    If,
    In,
    Local,
    Nil,
    Not,
    Or,
    Repeat,
    Return,
    Then,
    True,
    Until,
    While,
    /// `..`
    Concat,
    /// `...`
    Dots,
    /// `==`
    Eq,
    /// `>=`
    Ge,
    /// `<=`
    Le,
    /// `~=`
    Ne,
    /// `::`
    Label,
    Number,
    Name,
    String,
    Eof,
    /// Any other single byte.
    Char(u8),
}

/// The value carried by a name, string or number token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum TokVal {
    None,
    Str(StrId),
    Num(f64),
    /// A 64-bit integer literal (`1LL`, `2ULL`): its bits and whether unsigned.
    Int64(u64, bool),
    /// An imaginary literal (`2i`, `1.5I`): the bits of its imaginary part.
    Complex(u64),
}

fn keyword(name: &[u8]) -> Option<Tok> {
    Some(match name {
        b"and" => Tok::And,
        b"break" => Tok::Break,
        b"do" => Tok::Do,
        b"else" => Tok::Else,
        b"elseif" => Tok::Elseif,
        b"end" => Tok::End,
        b"false" => Tok::False,
        b"for" => Tok::For,
        b"function" => Tok::Function,
        b"goto" => Tok::Goto,
        b"if" => Tok::If,
        b"in" => Tok::In,
        b"local" => Tok::Local,
        b"nil" => Tok::Nil,
        b"not" => Tok::Not,
        b"or" => Tok::Or,
        b"repeat" => Tok::Repeat,
        b"return" => Tok::Return,
        b"then" => Tok::Then,
        b"true" => Tok::True,
        b"until" => Tok::Until,
        b"while" => Tok::While,
        _ => return None,
    })
}

/// The text LuaJIT shows for a token in messages (`lj_lex_token2str`).
pub(super) fn token_name(tok: Tok) -> Vec<u8> {
    let s = match tok {
        Tok::And => "and",
        Tok::Break => "break",
        Tok::Do => "do",
        Tok::Else => "else",
        Tok::Elseif => "elseif",
        Tok::End => "end",
        Tok::False => "false",
        Tok::For => "for",
        Tok::Function => "function",
        Tok::Goto => "goto",
        Tok::If => "if",
        Tok::In => "in",
        Tok::Local => "local",
        Tok::Nil => "nil",
        Tok::Not => "not",
        Tok::Or => "or",
        Tok::Repeat => "repeat",
        Tok::Return => "return",
        Tok::Then => "then",
        Tok::True => "true",
        Tok::Until => "until",
        Tok::While => "while",
        Tok::Concat => "..",
        Tok::Dots => "...",
        Tok::Eq => "==",
        Tok::Ge => ">=",
        Tok::Le => "<=",
        Tok::Ne => "~=",
        Tok::Label => "::",
        Tok::Number => "<number>",
        Tok::Name => "<name>",
        Tok::String => "<string>",
        Tok::Eof => "<eof>",
        Tok::Char(c) if is_cntrl(c as i32) => return format!("char({c})").into_bytes(),
        Tok::Char(c) => return vec![c],
    };
    s.as_bytes().to_vec()
}

fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

fn is_xdigit(c: i32) -> bool {
    is_digit(c) || (b'a' as i32..=b'f' as i32).contains(&(c | 0x20))
}

/// ASCII letters, digits and `_`, as Lua 5.1 has them in the C locale.
fn is_ident(c: i32) -> bool {
    is_digit(c) || (b'a' as i32..=b'z' as i32).contains(&(c | 0x20)) || c == b'_' as i32
}

/// The length of the valid UTF-8 multi-byte character at the start of `s`, or 0.
/// Names may contain such characters (LuaJIT takes any byte >= 0x80 in names;
/// Lua 5.1 none, and its test suite checks that a stray `\255` is an error, which
/// a byte that is not UTF-8 still is).
fn utf8_char_len(s: &[u8]) -> usize {
    let len = match s.first() {
        Some(0xc2..=0xdf) => 2,
        Some(0xe0..=0xef) => 3,
        Some(0xf0..=0xf4) => 4,
        _ => return 0,
    };
    match s.get(..len) {
        Some(ch) if std::str::from_utf8(ch).is_ok() => len,
        _ => 0,
    }
}

/// The length of the name at the start of `s` (0 if there is none).
fn name_len(s: &[u8]) -> usize {
    let mut i = 0;
    while let Some(&b) = s.get(i) {
        if is_ident(b as i32) {
            i += 1;
        } else {
            match utf8_char_len(&s[i..]) {
                0 => break,
                n => i += n,
            }
        }
    }
    i
}

fn is_space(c: i32) -> bool {
    c == b' ' as i32 || (9..=13).contains(&c)
}

fn is_cntrl(c: i32) -> bool {
    (0..32).contains(&c) || c == 127
}

fn is_eol(c: i32) -> bool {
    c == b'\n' as i32 || c == b'\r' as i32
}

fn hex_value(c: i32) -> Option<u32> {
    if is_digit(c) {
        Some((c - b'0' as i32) as u32)
    } else if is_xdigit(c) {
        Some(((c | 0x20) - b'a' as i32 + 10) as u32)
    } else {
        None
    }
}

/// What an error message shows after `near`.
pub(super) enum Near {
    /// No `near` part.
    Nothing,
    /// A token; names, strings and numbers show the text of the last scanned one.
    Token(Tok),
    /// Explicit text (a partly scanned string).
    Text(Vec<u8>),
}

/// The source text of the last scanned name, number or string, as LuaJIT's
/// scanner buffer holds it (strings with their escapes already processed).
#[derive(Clone, Copy)]
enum ScannedText {
    Span(usize, usize),
    Quoted(u8, StrId),
    Long(usize, StrId),
}

/// A saved scanner position (see `Lexer::save`).
#[derive(Clone, Copy)]
pub(super) struct LexState {
    pos: usize,
    c: i32,
    line: u32,
    lastline: u32,
    tok: Tok,
    val: TokVal,
    ahead: Option<(Tok, TokVal)>,
    scanned: ScannedText,
}

pub(super) struct Lexer<'s> {
    src: &'s [u8],
    /// Index of the byte after the current character.
    pos: usize,
    /// Current character, or EOF.
    c: i32,
    /// Line the scanner has reached.
    pub line: u32,
    /// Line of the token consumed last.
    pub lastline: u32,
    /// Current token and its value.
    pub tok: Tok,
    pub val: TokVal,
    ahead: Option<(Tok, TokVal)>,
    scanned: ScannedText,
    pub strings: Interner,
    chunkid: Vec<u8>,
    goto_name: StrId,
}

impl<'s> Lexer<'s> {
    /// Sets up the lexer and skips a UTF-8 byte order mark and a `#` first line.
    pub fn new(src: &'s [u8], chunkname: &[u8]) -> Result<Lexer<'s>, SyntaxError> {
        let mut strings = Interner::new();
        let goto_name = strings.intern_slice(b"goto");
        let mut lex = Lexer {
            src,
            pos: 0,
            c: EOF,
            line: 1,
            lastline: 1,
            tok: Tok::Eof,
            val: TokVal::None,
            ahead: None,
            scanned: ScannedText::Span(0, 0),
            strings,
            chunkid: super::chunk_id(chunkname),
            goto_name,
        };
        lex.next_char();
        let mut header = false;
        if lex.c == 0xef && src.get(1..3) == Some(&[0xbb, 0xbf][..]) {
            lex.pos += 2;
            lex.next_char();
            header = true;
        }
        if lex.c == b'#' as i32 {
            loop {
                lex.next_char();
                if lex.c == EOF {
                    return Ok(lex);
                }
                if is_eol(lex.c) {
                    break;
                }
            }
            lex.newline()?;
            header = true;
        }
        if lex.c == 0x1b {
            // LuaJIT would load precompiled bytecode here; we only compile source.
            let message = if header {
                b"cannot load malformed bytecode".to_vec()
            } else {
                [&lex.chunkid[..], b": cannot load incompatible bytecode"].concat()
            };
            return Err(SyntaxError {
                message,
                incomplete: false,
            });
        }
        Ok(lex)
    }

    fn next_char(&mut self) {
        self.c = match self.src.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                b as i32
            }
            None => EOF,
        };
    }

    /// Byte offset of the current character.
    fn offset(&self) -> usize {
        if self.c == EOF {
            self.src.len()
        } else {
            self.pos - 1
        }
    }

    /// Copies the run of bytes starting at the current character up to the first
    /// of the `stops` bytes (or the end), and makes that byte current.
    fn take_run(&mut self, buf: Option<&mut Vec<u8>>, stops: [u8; 4]) {
        if self.c == EOF {
            return;
        }
        let start = self.pos - 1;
        let rest = self.src.get(start..).unwrap_or(&[]);
        let n = find_any(rest, stops);
        if let Some(buf) = buf {
            buf.extend_from_slice(&rest[..n]);
        }
        self.pos = start + n;
        self.next_char();
    }

    /// Skips a line break: `\n`, `\r`, `\r\n` or `\n\r`.
    fn newline(&mut self) -> Result<(), SyntaxError> {
        let old = self.c;
        self.next_char();
        if is_eol(self.c) && self.c != old {
            self.next_char();
        }
        self.line += 1;
        if self.line >= MAX_LINE {
            return Err(self.error(Near::Token(self.tok), "chunk has too many lines"));
        }
        Ok(())
    }

    /// Formats an error at the current line.
    pub fn error(&self, near: Near, msg: &str) -> SyntaxError {
        self.error_at_line(self.line, near, msg)
    }

    pub fn error_at_line(&self, line: u32, near: Near, msg: &str) -> SyntaxError {
        let near_text = match near {
            // A NUL byte token is LuaJIT's "no token" value: no `near` part.
            Near::Nothing | Near::Token(Tok::Char(0)) => None,
            Near::Token(Tok::Name | Tok::String | Tok::Number) => Some(self.scanned_text()),
            Near::Token(tok) => Some(token_name(tok)),
            Near::Text(t) => Some(t),
        };
        let mut message = self.chunkid.clone();
        message.extend_from_slice(format!(":{line}: {msg}").as_bytes());
        if let Some(mut text) = near_text {
            // LuaJIT passes the text as a C string.
            if let Some(nul) = text.iter().position(|&b| b == 0) {
                text.truncate(nul);
            }
            message.extend_from_slice(b" near '");
            message.extend_from_slice(&text);
            message.push(b'\'');
        }
        // The scanner always holds the next character; at the end of the input
        // more text could have changed the outcome.
        SyntaxError {
            message,
            incomplete: self.c == EOF,
        }
    }

    fn scanned_text(&self) -> Vec<u8> {
        match self.scanned {
            ScannedText::Span(a, b) => self.src.get(a..b).unwrap_or(&[]).to_vec(),
            ScannedText::Quoted(q, id) => {
                let mut t = vec![q];
                t.extend_from_slice(self.strings.get(id));
                t.push(q);
                t
            }
            ScannedText::Long(sep, id) => {
                let mut t = vec![b'['];
                t.extend(std::iter::repeat_n(b'=', sep));
                t.push(b'[');
                t.extend_from_slice(self.strings.get(id));
                t.push(b']');
                t.extend(std::iter::repeat_n(b'=', sep));
                t.push(b']');
                t
            }
        }
    }

    /// The scanner's position, to come back to after looking ahead.
    pub fn save(&self) -> LexState {
        LexState {
            pos: self.pos,
            c: self.c,
            line: self.line,
            lastline: self.lastline,
            tok: self.tok,
            val: self.val,
            ahead: self.ahead,
            scanned: self.scanned,
        }
    }

    /// Returns to a saved position. Strings interned since stay interned, which
    /// is harmless: scanning them again yields the same ids.
    pub fn restore(&mut self, st: LexState) {
        self.pos = st.pos;
        self.c = st.c;
        self.line = st.line;
        self.lastline = st.lastline;
        self.tok = st.tok;
        self.val = st.val;
        self.ahead = st.ahead;
        self.scanned = st.scanned;
    }

    /// Consumes the current token and reads the next one.
    pub fn next(&mut self) -> Result<(), SyntaxError> {
        self.lastline = self.line;
        let (tok, val) = match self.ahead.take() {
            Some(t) => t,
            None => self.scan()?,
        };
        self.tok = tok;
        self.val = val;
        Ok(())
    }

    /// Scans the token after the current one without consuming anything.
    pub fn lookahead(&mut self) -> Result<Tok, SyntaxError> {
        let t = self.scan()?;
        self.ahead = Some(t);
        Ok(t.0)
    }

    fn scan(&mut self) -> Result<(Tok, TokVal), SyntaxError> {
        loop {
            let c = self.c;
            if is_digit(c) {
                return self.number(self.offset());
            }
            let start = self.offset();
            let rest = self.src.get(start..).unwrap_or(&[]);
            let len = if c == EOF { 0 } else { name_len(rest) };
            if len > 0 {
                self.pos = start + len;
                self.next_char();
                self.scanned = ScannedText::Span(start, start + len);
                let name = &rest[..len];
                return Ok(match keyword(name) {
                    Some(Tok::Goto) => (Tok::Goto, TokVal::Str(self.goto_name)),
                    Some(kw) => (kw, TokVal::None),
                    None => (Tok::Name, TokVal::Str(self.strings.intern_slice(name))),
                });
            }
            match c {
                EOF => return Ok((Tok::Eof, TokVal::None)),
                0x0a | 0x0d => self.newline()?,
                0x20 | 0x09 | 0x0b | 0x0c => self.next_char(),
                0x2d => {
                    // '-'
                    self.next_char();
                    if self.c != b'-' as i32 {
                        return Ok((Tok::Char(b'-'), TokVal::None));
                    }
                    self.next_char();
                    if self.c == b'[' as i32 {
                        let sep = self.skip_eq();
                        if sep >= 0 {
                            self.long_string(sep as usize, false)?;
                            continue;
                        }
                    }
                    self.take_run(None, [b'\n', b'\r', b'\n', b'\n']);
                }
                0x5b => {
                    // '['
                    let start = self.offset();
                    let sep = self.skip_eq();
                    if sep >= 0 {
                        let id = self.long_string(sep as usize, true)?;
                        self.scanned = ScannedText::Long(sep as usize, id);
                        return Ok((Tok::String, TokVal::Str(id)));
                    } else if sep == -1 {
                        return Ok((Tok::Char(b'['), TokVal::None));
                    }
                    let text = self.src.get(start..self.offset()).unwrap_or(&[]).to_vec();
                    return Err(self.error(Near::Text(text), "invalid long string delimiter"));
                }
                0x3d => return Ok(self.maybe_double(b'=', Tok::Eq)),
                0x3c => return Ok(self.maybe_double(b'<', Tok::Le)),
                0x3e => return Ok(self.maybe_double(b'>', Tok::Ge)),
                0x7e => return Ok(self.maybe_double(b'~', Tok::Ne)),
                0x3a => {
                    self.next_char();
                    if self.c != b':' as i32 {
                        return Ok((Tok::Char(b':'), TokVal::None));
                    }
                    self.next_char();
                    return Ok((Tok::Label, TokVal::None));
                }
                0x22 | 0x27 => return self.string(c as u8),
                0x2e => {
                    // '.'
                    let start = self.offset();
                    self.next_char();
                    if self.c == b'.' as i32 {
                        self.next_char();
                        if self.c == b'.' as i32 {
                            self.next_char();
                            return Ok((Tok::Dots, TokVal::None));
                        }
                        return Ok((Tok::Concat, TokVal::None));
                    } else if !is_digit(self.c) {
                        return Ok((Tok::Char(b'.'), TokVal::None));
                    }
                    return self.number(start);
                }
                _ => {
                    self.next_char();
                    return Ok((Tok::Char(c as u8), TokVal::None));
                }
            }
        }
    }

    /// `x` alone, or `x=` as the two-character token.
    fn maybe_double(&mut self, single: u8, double: Tok) -> (Tok, TokVal) {
        self.next_char();
        if self.c != b'=' as i32 {
            return (Tok::Char(single), TokVal::None);
        }
        self.next_char();
        (double, TokVal::None)
    }

    /// Scans a number literal starting at `start` (which may be a leading `.`).
    fn number(&mut self, start: usize) -> Result<(Tok, TokVal), SyntaxError> {
        let mut exp_char = b'e' as i32;
        let mut prev = self.c;
        if prev == b'0' as i32 {
            self.next_char();
            if self.c | 0x20 == b'x' as i32 {
                exp_char = b'p' as i32;
            }
        }
        while is_ident(self.c)
            || self.c == b'.' as i32
            || ((self.c == b'-' as i32 || self.c == b'+' as i32) && prev | 0x20 == exp_char)
        {
            prev = self.c;
            self.next_char();
        }
        let end = self.offset();
        self.scanned = ScannedText::Span(start, end);
        let text = self.src.get(start..end).unwrap_or(&[]);
        match scan_number(text) {
            Some(n) => Ok((Tok::Number, TokVal::Num(n))),
            None => match scan_int64(text) {
                Some((bits, unsigned)) => Ok((Tok::Number, TokVal::Int64(bits, unsigned))),
                None => match scan_imaginary(text) {
                    Some(im) => Ok((Tok::Number, TokVal::Complex(im.to_bits()))),
                    None => Err(self.error(Near::Token(Tok::Number), "malformed number")),
                },
            },
        }
    }

    /// Skips `[===` or `]===`; returns the count of `=` if the bracket repeats,
    /// else `-count - 1`.
    fn skip_eq(&mut self) -> i64 {
        let bracket = self.c;
        let mut count = 0i64;
        self.next_char();
        while self.c == b'=' as i32 {
            count += 1;
            self.next_char();
        }
        if self.c == bracket {
            count
        } else {
            -count - 1
        }
    }

    /// Scans a long string or comment after its opening `[==`. Returns the
    /// interned contents (nothing is kept for a comment).
    fn long_string(&mut self, sep: usize, keep: bool) -> Result<StrId, SyntaxError> {
        self.next_char(); // Second '['.
        if is_eol(self.c) {
            self.newline()?;
        }
        let mut buf = Vec::new();
        loop {
            self.take_run(keep.then_some(&mut buf), [b']', b'\n', b'\r', b']']);
            match self.c {
                EOF => {
                    let msg = if keep {
                        "unfinished long string"
                    } else {
                        "unfinished long comment"
                    };
                    return Err(self.error(Near::Token(Tok::Eof), msg));
                }
                0x5d => {
                    let n = self.skip_eq();
                    if n == sep as i64 {
                        self.next_char();
                        break;
                    }
                    if keep {
                        let count = if n >= 0 { n } else { -n - 1 };
                        buf.push(b']');
                        buf.extend(std::iter::repeat_n(b'=', count as usize));
                    }
                }
                _ => {
                    if keep {
                        buf.push(b'\n');
                    }
                    self.newline()?;
                }
            }
        }
        Ok(if keep { self.strings.intern(buf) } else { 0 })
    }

    /// Scans a quoted string.
    fn string(&mut self, delim: u8) -> Result<(Tok, TokVal), SyntaxError> {
        self.next_char();
        let mut buf = Vec::new();
        let escape_error = |lex: &Self, buf: &[u8]| {
            let mut text = vec![delim];
            text.extend_from_slice(buf);
            lex.error(Near::Text(text), "invalid escape sequence")
        };
        loop {
            self.take_run(Some(&mut buf), [delim, b'\\', b'\n', b'\r']);
            let c = self.c;
            if c == delim as i32 {
                self.next_char();
                break;
            }
            match c {
                EOF => return Err(self.error(Near::Token(Tok::Eof), "unfinished string")),
                0x0a | 0x0d => {
                    let mut text = vec![delim];
                    text.extend_from_slice(&buf);
                    return Err(self.error(Near::Text(text), "unfinished string"));
                }
                _ => {}
            }
            // A backslash escape.
            self.next_char();
            let e = self.c;
            let simple = match e as u8 {
                _ if e == EOF => continue,
                b'a' => Some(7),
                b'b' => Some(8),
                b'f' => Some(12),
                b'n' => Some(b'\n'),
                b'r' => Some(b'\r'),
                b't' => Some(b'\t'),
                b'v' => Some(11),
                b'\\' | b'"' | b'\'' => Some(e as u8),
                _ => None,
            };
            if let Some(b) = simple {
                buf.push(b);
                self.next_char();
                continue;
            }
            match e as u8 {
                b'x' => {
                    self.next_char();
                    let Some(hi) = hex_value(self.c) else {
                        return Err(escape_error(self, &buf));
                    };
                    self.next_char();
                    let Some(lo) = hex_value(self.c) else {
                        return Err(escape_error(self, &buf));
                    };
                    buf.push((hi << 4 | lo) as u8);
                    self.next_char();
                }
                b'u' => {
                    self.next_char();
                    if self.c != b'{' as i32 {
                        return Err(escape_error(self, &buf));
                    }
                    self.next_char();
                    let mut cp = 0u32;
                    loop {
                        let Some(d) = hex_value(self.c) else {
                            return Err(escape_error(self, &buf));
                        };
                        cp = cp << 4 | d;
                        if cp >= 0x110000 {
                            return Err(escape_error(self, &buf));
                        }
                        self.next_char();
                        if self.c == b'}' as i32 {
                            break;
                        }
                    }
                    if (0xd800..0xe000).contains(&cp) {
                        return Err(escape_error(self, &buf));
                    }
                    push_utf8(&mut buf, cp);
                    self.next_char();
                }
                b'z' => {
                    self.next_char();
                    while is_space(self.c) {
                        if is_eol(self.c) {
                            self.newline()?;
                        } else {
                            self.next_char();
                        }
                    }
                }
                b'\n' | b'\r' => {
                    buf.push(b'\n');
                    self.newline()?;
                }
                b'0'..=b'9' => {
                    let mut v = (e - b'0' as i32) as u32;
                    self.next_char();
                    if is_digit(self.c) {
                        v = v * 10 + (self.c - b'0' as i32) as u32;
                        self.next_char();
                        if is_digit(self.c) {
                            v = v * 10 + (self.c - b'0' as i32) as u32;
                            if v > 255 {
                                return Err(escape_error(self, &buf));
                            }
                            self.next_char();
                        }
                    }
                    buf.push(v as u8);
                }
                _ => return Err(escape_error(self, &buf)),
            }
        }
        let id = self.strings.intern(buf);
        self.scanned = ScannedText::Quoted(delim, id);
        Ok((Tok::String, TokVal::Str(id)))
    }
}

/// Index of the first byte equal to one of `stops`, or the length. Scans a
/// word at a time, since string literals and comments can be very long.
fn find_any(hay: &[u8], stops: [u8; 4]) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let masks = stops.map(|b| LO * b as u64);
    let has_stop = |w: u64| {
        masks.iter().fold(0, |acc, &m| {
            let x = w ^ m;
            acc | (x.wrapping_sub(LO) & !x & HI)
        })
    };
    let mut i = 0;
    for chunk in hay.chunks_exact(8) {
        let w = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        if has_stop(w) != 0 {
            break;
        }
        i += 8;
    }
    let tail = hay.get(i..).unwrap_or(&[]);
    i + tail
        .iter()
        .position(|b| stops.contains(b))
        .unwrap_or(tail.len())
}

fn push_utf8(buf: &mut Vec<u8>, cp: u32) {
    if cp < 0x80 {
        buf.push(cp as u8);
    } else if cp < 0x800 {
        buf.extend_from_slice(&[0xc0 | (cp >> 6) as u8, 0x80 | (cp & 0x3f) as u8]);
    } else if cp < 0x10000 {
        buf.extend_from_slice(&[
            0xe0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3f) as u8,
            0x80 | (cp & 0x3f) as u8,
        ]);
    } else {
        buf.extend_from_slice(&[
            0xf0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3f) as u8,
            0x80 | ((cp >> 6) & 0x3f) as u8,
            0x80 | (cp & 0x3f) as u8,
        ]);
    }
}

/// Converts the text of a number literal as LuaJIT's `lj_strscan_scan` does for
/// plain Lua numbers (decimal, hexadecimal with `p` exponents, binary `0b`): the
/// same conversion `tonumber` uses. The FFI suffixes (`LL`, `ULL`, `i`) are not
/// accepted here (see `scan_int64`).
pub(super) fn scan_number(text: &[u8]) -> Option<f64> {
    crate::text::number::parse_numeral(text)
}

/// LuaJIT's 64-bit integer literals: decimal or hex digits with an `LL`,
/// `ULL` or `LLU` suffix (any case). Values wrap modulo 2^64 as in LuaJIT, but more
/// than 64 bits of digits are malformed.
pub(super) fn scan_int64(text: &[u8]) -> Option<(u64, bool)> {
    let lower = text.to_ascii_lowercase();
    let (digits, unsigned) = if let Some(d) = lower
        .strip_suffix(b"ull")
        .or_else(|| lower.strip_suffix(b"llu"))
    {
        (d, true)
    } else {
        (lower.strip_suffix(b"ll")?, false)
    };
    let (digits, radix) = match digits.strip_prefix(b"0x") {
        Some(h) => (h, 16),
        None => (digits, 10),
    };
    if digits.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for &c in digits {
        let d = (c as char).to_digit(radix)? as u64;
        v = v.checked_mul(radix as u64)?.checked_add(d)?;
    }
    Some((v, unsigned))
}

/// LuaJIT's imaginary literals: a plain number with an `i` or `I` suffix.
pub(super) fn scan_imaginary(text: &[u8]) -> Option<f64> {
    let digits = text
        .strip_suffix(b"i")
        .or_else(|| text.strip_suffix(b"I"))?;
    scan_number(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(src: &str) -> Vec<Tok> {
        let mut lex = Lexer::new(src.as_bytes(), b"=t").unwrap();
        let mut out = Vec::new();
        loop {
            lex.next().unwrap();
            if lex.tok == Tok::Eof {
                return out;
            }
            out.push(lex.tok);
        }
    }

    fn string_value(src: &str) -> Vec<u8> {
        let mut lex = Lexer::new(src.as_bytes(), b"=t").unwrap();
        lex.next().unwrap();
        match lex.val {
            TokVal::Str(id) => lex.strings.get(id).to_vec(),
            _ => panic!("not a string"),
        }
    }

    fn lex_error(src: &[u8]) -> String {
        let mut lex = match Lexer::new(src, b"=t") {
            Ok(l) => l,
            Err(e) => return e.to_string(),
        };
        loop {
            match lex.next() {
                Err(e) => return e.to_string(),
                Ok(()) if lex.tok == Tok::Eof => panic!("no error"),
                Ok(()) => {}
            }
        }
    }

    #[test]
    fn ffi_suffixes_follow_luajit() {
        assert_eq!(scan_int64(b"7llu"), Some((7, true)));
        assert_eq!(scan_int64(b"0x10ULl"), Some((16, true)));
        assert_eq!(scan_int64(b"5Ll"), Some((5, false)));
        for bad in [&b"0lll"[..], b"0ul", b"0ulll", b"0u", b"0xll", b".0ll"] {
            assert_eq!(scan_int64(bad), None, "{}", String::from_utf8_lossy(bad));
        }
        assert_eq!(scan_imaginary(b"12.5i"), Some(12.5));
        assert_eq!(scan_imaginary(b"0x1234I"), Some(4660.0));
        assert_eq!(scan_imaginary(b"1e400i"), Some(f64::INFINITY));
        assert_eq!(scan_imaginary(b"0ii"), None);
        assert_eq!(scan_imaginary(b"1"), None);
    }

    #[test]
    fn numbers_follow_luajit() {
        let cases: &[(&str, f64)] = &[
            ("5.e3", 5000.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("0x.1", 0.0625),
            ("0xA.8", 10.5),
            ("0x1p-1074", f64::from_bits(1)),
            ("0x1p-1075", 0.0),
            ("0x1.8p-1074", f64::from_bits(2)),
            ("0x1p1024", f64::INFINITY),
            ("1e400", f64::INFINITY),
            ("1e-400", 0.0),
            ("0x1.", 1.0),
            ("0xffffffffffffffffff", 4722366482869645213696.0),
            ("00012", 12.0),
            ("0X10", 16.0),
            ("0x10P2", 64.0),
            ("9007199254740993", 9007199254740992.0),
            ("0x20000000000001", 9007199254740992.0),
            ("0x20000000000003", 9007199254740996.0),
            ("0x1.fffffffffffff8p0", 2.0),
            ("0b101", 5.0),
            ("0B11", 3.0),
            ("1e1048575", f64::INFINITY),
            ("2.4703282292062328e-324", f64::from_bits(1)),
            ("2.4703282292062327e-324", 0.0),
            ("1.0e00000000000000000000001", 10.0),
        ];
        for &(text, want) in cases {
            assert_eq!(scan_number(text.as_bytes()), Some(want), "{text}");
        }
        for bad in [
            "0x",
            "0x.",
            "0xg",
            "0x.p1",
            "1.2.3",
            "1e+",
            "1e5e",
            "0x0p",
            "1..2",
            "1.e",
            "0b1.1",
            "0b1p1",
            "0b",
            "0b2",
            "0o17",
            "1LL",
            "1ULL",
            "1i",
            "1e1048576",
            "0x1p1048576",
            "0b1.",
        ] {
            assert_eq!(scan_number(bad.as_bytes()), None, "{bad}");
        }
        let ones = "1".repeat(64);
        assert_eq!(
            scan_number(format!("0b{ones}").as_bytes()),
            Some(1.8446744073709552e+19)
        );
        assert_eq!(scan_number(format!("0b1{ones}").as_bytes()), None);
    }

    #[test]
    fn tokens_and_comments() {
        use Tok::*;
        assert_eq!(
            tokens("a.b:c(...) -- x\n--[==[ long\n]] ]==] x..y ~= <= >= == :: goto"),
            vec![
                Name,
                Char(b'.'),
                Name,
                Char(b':'),
                Name,
                Char(b'('),
                Dots,
                Char(b')'),
                Name,
                Concat,
                Name,
                Ne,
                Le,
                Ge,
                Eq,
                Label,
                Goto
            ]
        );
        assert_eq!(tokens("#!/bin/lua\nx"), vec![Name]);
        assert_eq!(tokens("\u{feff}x"), vec![Name]);
    }

    #[test]
    fn string_escapes() {
        assert_eq!(
            string_value(
                r#""a\tb\65\x41\u{48}\u{7FF}\u{10FFFF}\z
              c\
d""#
            ),
            b"a\tbAAH\xdf\xbf\xf4\x8f\xbf\xbfc\nd"
        );
        assert_eq!(string_value("[==[\nab]]c]=]]==]"), b"ab]]c]=]");
        assert_eq!(string_value("[[\r\nab\n\rc]]"), b"ab\nc");
        assert_eq!(string_value(r#"'\u{0000000000000041}\0'"#), b"A\0");
    }

    #[test]
    fn lexical_errors() {
        assert_eq!(
            lex_error(br#"x = "abc\q""#),
            "t:1: invalid escape sequence near '\"abc'"
        );
        assert_eq!(
            lex_error(b"x = \"abc"),
            "t:1: unfinished string near '<eof>'"
        );
        assert_eq!(
            lex_error(b"x = \"abc\ny\""),
            "t:1: unfinished string near '\"abc'"
        );
        assert_eq!(
            lex_error(br#"x = "\u{D800}""#),
            "t:1: invalid escape sequence near '\"'"
        );
        assert_eq!(
            lex_error(br#"x = "\u{110000}""#),
            "t:1: invalid escape sequence near '\"'"
        );
        assert_eq!(
            lex_error(br#"x = "\u{}""#),
            "t:1: invalid escape sequence near '\"'"
        );
        assert_eq!(
            lex_error(br#"x = "a\256""#),
            "t:1: invalid escape sequence near '\"a'"
        );
        assert_eq!(
            lex_error(br#"x = "a\x4""#),
            "t:1: invalid escape sequence near '\"a'"
        );
        assert_eq!(lex_error(b"x = 3..2"), "t:1: malformed number near '3..2'");
        assert_eq!(
            lex_error(b"x = [==[ abc"),
            "t:1: unfinished long string near '<eof>'"
        );
        assert_eq!(
            lex_error(b"x = [=x"),
            "t:1: invalid long string delimiter near '[='"
        );
        assert_eq!(
            lex_error(b"--[==[ abc\n"),
            "t:2: unfinished long comment near '<eof>'"
        );
        assert_eq!(lex_error(b"\x1bLJ"), "t: cannot load incompatible bytecode");
    }

    #[test]
    fn line_breaks_count_once() {
        let mut lex = Lexer::new(b"a\r\n\r\nb\n\r\n\rc\r\rd", b"=t").unwrap();
        let mut lines = Vec::new();
        for _ in 0..4 {
            lex.next().unwrap();
            lines.push(lex.line);
        }
        assert_eq!(lines, vec![1, 3, 5, 7]);
    }
}
