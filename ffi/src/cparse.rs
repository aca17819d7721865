//! The C declaration parser: `ffi.cdef` text and the type names of
//! `ffi.typeof`/`ffi.new`/`ffi.cast` into the C type table.
//!
//! It reads the subset of C that declarations need: declaration specifiers,
//! declarators (pointers, arrays, functions, nested in parentheses), struct,
//! union and enum bodies, GCC attributes (`packed`, `aligned`), `#pragma pack`
//! and integer constant expressions. Struct layout follows the x86-64 SysV ABI
//! as GCC implements it. Errors read as LuaJIT's do: `<what> near '<token>'`.

use crate::ctype::{id, CTypeId, CTypes, Constant, Field, Kind};

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    /// An integer literal and whether it had a `u` suffix.
    Int(u64, bool),
    /// A floating-point literal (only skipped over: function bodies).
    Float,
    Str(String),
    Punct(&'static str),
    Eof,
}

const PUNCTS: &[&str] = &[
    "...", "->", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "(", ")", "[", "]", "{", "}", ";",
    ",", "*", "=", ":", "?", "+", "-", "/", "%", "&", "|", "^", "~", "!", "<", ">", ".", "#", "$",
];

/// A value for a `$` in a declaration (LuaJIT's parameterized types): a type,
/// a number (array sizes, constants) or a name.
#[derive(Clone, Debug)]
pub enum Param {
    Type(CTypeId),
    Int(i64),
    Name(String),
}

/// A token with what `near '...'` shows for it.
struct Token {
    tok: Tok,
    text: String,
    /// True for the first token of a line (where `#pragma` may start).
    line_start: bool,
    /// The line the token is on (from 1).
    line: u32,
}

fn lex(src: &str) -> Result<Vec<Token>, String> {
    // A backslash before a newline joins the lines, anywhere (as in C).
    let joined;
    let src = if src.contains("\\\n") {
        joined = src.replace("\\\n", "");
        joined.as_str()
    } else {
        src
    };
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    let mut line = 1;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            line_start = true;
            line += 1;
            i += 1;
            continue;
        }
        if c.is_ascii_whitespace() || c == 0x0b {
            i += 1;
            continue;
        }
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i < b.len() && !(b[i] == b'*' && b.get(i + 1) == Some(&b'/')) {
                line += (b[i] == b'\n') as u32;
                i += 1;
            }
            i += 2;
            continue;
        }
        let start = i;
        let tok = if c.is_ascii_alphabetic() || c == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            Tok::Ident(src[start..i].to_string())
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                i += 1;
            }
            // (An exponent's sign belongs to the number: `1e-5`.)
            while i < b.len()
                && matches!(b[i], b'+' | b'-')
                && matches!(b[i - 1], b'e' | b'E')
                && !src[start..i].starts_with("0x")
            {
                i += 1;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                    i += 1;
                }
            }
            let text = &src[start..i];
            parse_int(text)
                .or_else(|| is_float(text).then_some(Tok::Float))
                .ok_or_else(|| format!("malformed number near '{text}'"))?
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            if i >= b.len() {
                return Err(format!("unfinished string near '{}'", &src[start..]));
            }
            i += 1;
            let body = &src[start + 1..i - 1];
            if c == b'\'' {
                let v = match body.as_bytes() {
                    [x] => *x as u64,
                    // Octal and hex escapes: '\123', '\x4F'.
                    [b'\\', d @ ..]
                        if !d.is_empty()
                            && d.len() <= 3
                            && d.iter().all(|c| (b'0'..=b'7').contains(c)) =>
                    {
                        u64::from_str_radix(&body[1..], 8).unwrap_or(0) & 0xff
                    }
                    [b'\\', b'x', h @ ..]
                        if !h.is_empty() && h.iter().all(u8::is_ascii_hexdigit) =>
                    {
                        u64::from_str_radix(&body[2..], 16).unwrap_or(0) & 0xff
                    }
                    [b'\\', b'n'] => 10,
                    [b'\\', b't'] => 9,
                    [b'\\', b'0'] => 0,
                    [b'\\', x] => *x as u64,
                    _ => return Err(format!("malformed character near '{}'", &src[start..i])),
                };
                Tok::Int(v, false)
            } else {
                Tok::Str(body.to_string())
            }
        } else {
            let rest = &src[i..];
            match PUNCTS.iter().find(|p| rest.starts_with(**p)) {
                Some(p) => {
                    i += p.len();
                    Tok::Punct(p)
                }
                None => {
                    let ch = rest.chars().next().unwrap_or('?');
                    return Err(format!("unexpected symbol near '{ch}'"));
                }
            }
        };
        out.push(Token {
            tok,
            text: src[start..i].to_string(),
            line_start,
            line,
        });
        line_start = false;
    }
    out.push(Token {
        tok: Tok::Eof,
        text: "<eof>".into(),
        line_start: true,
        line,
    });
    Ok(out)
}

/// Whether `text` is a decimal floating-point literal (`1.0f`, `2e-3`).
fn is_float(text: &str) -> bool {
    let t = text.trim_end_matches(['f', 'F', 'l', 'L']);
    (t.contains(['.', 'e', 'E'])) && t.parse::<f64>().is_ok()
}

/// An integer literal with optional `u`/`l` suffixes (decimal, hex, octal).
fn parse_int(text: &str) -> Option<Tok> {
    let lower = text.to_ascii_lowercase();
    let digits = lower.trim_end_matches(['u', 'l']);
    let unsigned = lower[digits.len()..].contains('u');
    let v = if let Some(h) = digits.strip_prefix("0x") {
        u64::from_str_radix(h, 16).ok()?
    } else if digits.len() > 1 && digits.starts_with('0') {
        u64::from_str_radix(&digits[1..], 8).ok()?
    } else {
        digits.parse().ok()?
    };
    Some(Tok::Int(v, unsigned))
}

/// Storage class of a declaration.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Storage {
    None,
    Typedef,
    Extern,
    Static,
}

/// GCC attributes that change layout.
#[derive(Clone, Copy, Default, Debug)]
struct Attrs {
    packed: bool,
    aligned: Option<u64>,
    /// GCC's `mode(...)`: (vector elements, 0 for a scalar; element size;
    /// floating point), from `QI`, `DF`, `V4SI` and the like.
    mode: Option<(u64, u64, bool)>,
    vector_size: Option<u64>,
}

/// The machine modes `mode(...)` takes: name, size in bytes, floating point.
const MODES: &[(&str, u64, bool)] = &[
    ("QI", 1, false),
    ("HI", 2, false),
    ("SI", 4, false),
    ("DI", 8, false),
    ("TI", 16, false),
    ("OI", 32, false),
    ("SF", 4, true),
    ("DF", 8, true),
];

/// Declaration specifiers: the base type and what applies to every declarator.
#[derive(Clone, Copy, Debug)]
struct Spec {
    ty: CTypeId,
    storage: Storage,
    attrs: Attrs,
}

/// One step of a declarator, applied to the type built so far.
#[derive(Clone, Debug)]
enum DeclOp {
    Ptr {
        is_const: bool,
        is_volatile: bool,
        /// `* __ptr32`: a 4-byte pointer.
        is32: bool,
    },
    /// `&`: a reference.
    Ref,
    /// Length, or None with `true` for `[?]`, `false` for `[]`.
    Array(Option<u64>, bool),
    Func(Vec<CTypeId>, bool),
}

struct Declarator {
    name: Option<String>,
    ops: Vec<DeclOp>,
    attrs: Attrs,
    /// `__asm__("symbol")`: the name to look the symbol up by.
    asm_name: Option<String>,
}

/// What the parser accepts: a whole `cdef`, or one abstract type name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Cdef,
    TypeName,
}

struct Parser<'a> {
    toks: Vec<Token>,
    pos: usize,
    types: &'a mut CTypes,
    mode: Mode,
    /// `#pragma pack` stack and current value (0 = natural alignment).
    pack: u64,
    pack_stack: Vec<u64>,
    /// Nesting of parentheses and braces (bounded, so the recursion is).
    depth: u32,
    /// Values for `$`, taken in order.
    params: std::vec::IntoIter<Param>,
    /// Declarations parsed so far (only the first may end without `;`).
    decls: usize,
    /// The structs and unions whose bodies are being parsed.
    defining: Vec<CTypeId>,
    /// Names of the enum constants defined so far (a struct body keeps those of
    /// the enums declared inside it as its own constants too).
    enum_names: Vec<String>,
}

/// Deepest nesting of declarators, expressions and struct bodies.
const MAX_DEPTH: u32 = 200;

/// Parses the declarations of an `ffi.cdef` string into `types`.
pub fn cdef(types: &mut CTypes, src: &str) -> Result<(), String> {
    cdef_with(types, src, Vec::new())
}

/// `cdef` with values for the `$`s in `src`.
pub fn cdef_with(types: &mut CTypes, src: &str, params: Vec<Param>) -> Result<(), String> {
    types.parsed.clear();
    let mut p = Parser::new(types, src, Mode::Cdef, params)?;
    while !p.at_eof() {
        p.declaration().map_err(|m| p.at_line(m))?;
    }
    p.all_params_used()
}

/// Parses a type name (`int *`, `struct foo [?]`, `int (*)(int)`).
pub fn type_name(types: &mut CTypes, src: &str) -> Result<CTypeId, String> {
    if let Some(&ty) = types.parsed.get(src) {
        return Ok(ty);
    }
    let ty = type_name_with(types, src, Vec::new())?;
    // A body declares a new type each time, as in LuaJIT: not cached.
    if types.parsed.len() < 4096 && !src.contains('{') {
        types.parsed.insert(src.to_string(), ty);
    }
    Ok(ty)
}

/// `type_name` with values for the `$`s in `src`.
pub fn type_name_with(
    types: &mut CTypes,
    src: &str,
    params: Vec<Param>,
) -> Result<CTypeId, String> {
    let mut p = Parser::new(types, src, Mode::TypeName, params)?;
    let spec = p.specifiers()?;
    let d = p.declarator(true)?;
    if let Some(name) = &d.name {
        return Err(format!("'<eof>' expected near '{name}'"));
    }
    let mut ty = p.apply(spec.ty, &d.ops)?;
    // `int [10] __attribute__((aligned(8)))`: the whole type is aligned.
    let mut attrs = d.attrs;
    p.skip_attributes(&mut attrs)?;
    if let (Some(a), false) = (attrs.aligned, d.ops.is_empty()) {
        ty = p.types.with_align(ty, a);
    }
    if !p.at_eof() {
        return Err(p.near("'<eof>' expected"));
    }
    p.all_params_used()?;
    Ok(ty)
}

impl<'a> Parser<'a> {
    fn new(
        types: &'a mut CTypes,
        src: &str,
        mode: Mode,
        params: Vec<Param>,
    ) -> Result<Parser<'a>, String> {
        Ok(Parser {
            toks: lex(src)?,
            pos: 0,
            types,
            mode,
            pack: 0,
            pack_stack: Vec::new(),
            depth: 0,
            params: params.into_iter(),
            decls: 0,
            defining: Vec::new(),
            enum_names: Vec::new(),
        })
    }

    /// An error message with the line it happened on, when past the first
    /// (LuaJIT's "... at line 3").
    fn at_line(&self, msg: String) -> String {
        match self.toks[self.pos].line {
            1 => msg,
            n => format!("{msg} at line {n}"),
        }
    }

    fn peek(&self) -> &Tok {
        &self.toks[self.pos].tok
    }
    fn peek_at(&self, n: usize) -> &Tok {
        let i = (self.pos + n).min(self.toks.len() - 1);
        &self.toks[i].tok
    }
    fn next(&mut self) -> Tok {
        let t = self.toks[self.pos].tok.clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }
    fn at_eof(&self) -> bool {
        *self.peek() == Tok::Eof
    }
    fn is(&self, p: &str) -> bool {
        matches!(self.peek(), Tok::Punct(q) if *q == p)
    }
    fn accept(&mut self, p: &str) -> bool {
        if self.is(p) {
            self.next();
            true
        } else {
            false
        }
    }
    fn near(&self, what: &str) -> String {
        format!("{what} near '{}'", self.toks[self.pos].text)
    }
    fn expect(&mut self, p: &str) -> Result<(), String> {
        if self.accept(p) {
            Ok(())
        } else {
            Err(self.near(&format!("'{p}' expected")))
        }
    }
    /// The value for the `$` at the current token.
    fn param(&mut self) -> Result<Param, String> {
        self.params
            .next()
            .ok_or_else(|| "wrong number of type parameters".to_string())
    }

    /// An identifier, or a `$` with a name for it (tags, enum members);
    /// consumed if present.
    fn name_or_param(&mut self) -> Result<Option<String>, String> {
        if self.is("$") {
            return match self.param()? {
                Param::Name(n) => {
                    self.next();
                    Ok(Some(n))
                }
                _ => Err(self.near("'<identifier>' expected")),
            };
        }
        let name = self.ident().map(str::to_string);
        if name.is_some() {
            self.next();
        }
        Ok(name)
    }

    /// Checks that every `$` value was used.
    fn all_params_used(&self) -> Result<(), String> {
        if self.params.len() > 0 {
            return Err("wrong number of type parameters".into());
        }
        Ok(())
    }

    /// Enters one level of nesting.
    fn enter(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.near("chunk has too many syntax levels"));
        }
        Ok(())
    }

    fn ident(&self) -> Option<&str> {
        match self.peek() {
            Tok::Ident(s) => Some(s),
            _ => None,
        }
    }

    // ------------------------------------------------------------ declarations

    fn declaration(&mut self) -> Result<(), String> {
        if self.accept(";") {
            return Ok(());
        }
        if self.is("#") && self.toks[self.pos].line_start {
            return self.pragma();
        }
        let spec = self.specifiers()?;
        if self.accept(";") {
            return Ok(()); // a struct/union/enum declaration on its own
        }
        loop {
            let d = self.declarator(false)?;
            let Some(name) = d.name.clone() else {
                return Err(self.near("'<identifier>' expected"));
            };
            let ty = self.apply(spec.ty, &d.ops)?;
            let is_func = self.types.get(ty).is_func();
            if is_func && self.is("{") {
                // A function definition (`static inline int f(int n) {...}`):
                // declared, its body skipped.
                self.skip_balanced("{", "}")?;
                let sym = d.asm_name.unwrap_or_else(|| name.clone());
                self.types.externs.insert(name, (ty, sym));
                self.decls += 1;
                return Ok(());
            }
            match spec.storage {
                Storage::Typedef => {
                    self.types.typedefs.insert(name, ty);
                }
                // A static function is only declared (and callable if the
                // process has the symbol).
                Storage::Static if is_func => {
                    let sym = d.asm_name.unwrap_or_else(|| name.clone());
                    self.types.externs.insert(name, (ty, sym));
                }
                Storage::Static => {
                    let value = self.static_const(ty)?;
                    self.types.constants.insert(name, Constant { ty, value });
                }
                _ => {
                    let sym = d.asm_name.unwrap_or_else(|| name.clone());
                    self.types.externs.insert(name, (ty, sym));
                }
            }
            if !self.accept(",") {
                break;
            }
        }
        self.decls += 1;
        if self.at_eof() && self.decls == 1 {
            return Ok(()); // LuaJIT lets a lone declaration end without `;`
        }
        self.expect(";")
    }

    /// The `= value` of a `static const` declaration of type `ty`, converted
    /// to that type. LuaJIT takes only integers of up to 32 bits (not bool).
    fn static_const(&mut self, ty: CTypeId) -> Result<i64, String> {
        let ct = self.types.get(ty);
        if !ct.is_const || !ct.is_integer() || ct.kind == Kind::Bool || ct.size > 4 {
            return Err("invalid C type".into());
        }
        self.expect("=")?;
        let v = self.const_expr()?;
        Ok(self.truncate(ty, v))
    }

    /// `v` converted to integer type `ty` (wrapping to its size and sign).
    fn truncate(&self, ty: CTypeId, v: i64) -> i64 {
        let ct = self.types.get(ty);
        let bits = (ct.size * 8) as u32;
        if !ct.is_integer() || bits >= 64 || bits == 0 {
            return v;
        }
        let shift = 64 - bits;
        if ct.is_signed() {
            (v << shift) >> shift
        } else {
            ((v as u64) << shift >> shift) as i64
        }
    }

    /// `#pragma pack(...)`; other pragmas are skipped to the end of the line.
    fn pragma(&mut self) -> Result<(), String> {
        self.next();
        if self.ident() != Some("pragma") {
            return Err(self.near("unexpected preprocessor directive"));
        }
        self.next();
        if self.ident() == Some("pack") {
            self.next();
            self.expect("(")?;
            match self.peek().clone() {
                Tok::Ident(s) if s == "push" => {
                    self.next();
                    self.pack_stack.push(self.pack);
                    if self.accept(",") {
                        self.pack = self.pack_value()?;
                    }
                }
                Tok::Ident(s) if s == "pop" => {
                    self.next();
                    self.pack = self.pack_stack.pop().unwrap_or(0);
                }
                Tok::Int(..) => self.pack = self.pack_value()?,
                _ => self.pack = 0,
            }
            self.expect(")")?;
        } else {
            while !self.toks[self.pos].line_start {
                self.next();
            }
        }
        Ok(())
    }

    fn pack_value(&mut self) -> Result<u64, String> {
        match self.next() {
            Tok::Int(n, _) if n.is_power_of_two() && n <= 16 => Ok(n),
            _ => Err(self.near("bad pack value")),
        }
    }

    /// Declaration specifiers: storage class, qualifiers and the base type.
    ///
    /// The base type is read as LuaJIT reads it: each type word sets a flag,
    /// and the words that have a size (`char`, `int`, `float`, `double`,
    /// `bool`, `void`, `__int8` ...) give it; a second sized word ends the
    /// specifiers. So the order is free (`int long`, `short unsigned`) and
    /// `_Bool int` is a 4-byte bool, as in LuaJIT.
    fn specifiers(&mut self) -> Result<Spec, String> {
        let mut storage = Storage::None;
        let (mut is_const, mut is_volatile) = (false, false);
        let mut attrs = Attrs::default();
        let mut words = TypeWords::default();
        let mut named: Option<CTypeId> = None;
        loop {
            if self.is("$") && words.is_empty() && named.is_none() {
                match self.param()? {
                    Param::Type(t) => {
                        named = Some(t);
                        self.next();
                        continue;
                    }
                    _ => return Err(self.near("declaration specifier expected")),
                }
            }
            let Some(word) = self.ident().map(str::to_string) else {
                break;
            };
            match word.as_str() {
                "typedef" => storage = Storage::Typedef,
                "extern" => storage = Storage::Extern,
                "static" => storage = Storage::Static,
                "const" | "__const" | "__const__" => is_const = true,
                "volatile" | "__volatile" | "__volatile__" => is_volatile = true,
                "inline" | "__inline" | "__inline__" | "__extension__" | "register" | "auto"
                | "restrict" | "__restrict" | "__restrict__" | "__cdecl" | "__stdcall"
                | "__fastcall" | "__thiscall" => {}
                "__attribute__" | "__attribute" => {
                    self.next();
                    self.attributes(&mut attrs)?;
                    continue;
                }
                "__declspec" => {
                    self.next();
                    self.declspec(&mut attrs)?;
                    continue;
                }
                "struct" | "union" | "enum" => {
                    if !words.is_empty() || named.is_some() {
                        break;
                    }
                    self.next();
                    named = Some(if word == "enum" {
                        self.enum_spec()?
                    } else {
                        self.record_spec(word == "union")?
                    });
                    continue;
                }
                w => match type_word(w) {
                    Some((flag, size)) => {
                        // A type word after a typedef name, or a second sized
                        // one, is not part of these specifiers.
                        if named.is_some() || (size != 0 && words.size != 0) {
                            break;
                        }
                        words.add(flag, size);
                    }
                    None => match self.types.typedefs.get(w) {
                        Some(&t) if words.is_empty() && named.is_none() => named = Some(t),
                        _ => break,
                    },
                },
            }
            self.next();
        }
        let ty = match named {
            Some(t) => t,
            None => self.base_type(&words)?,
        };
        let ty = self.type_attributes(ty, &attrs)?;
        let ty = self.types.qualified(ty, is_const, is_volatile);
        Ok(Spec { ty, storage, attrs })
    }

    /// The type the type words of a declaration name (LuaJIT's rules:
    /// `complex` takes the size of `float` or `double`, `long` makes a
    /// floating-point type `long double` and an integer 8 bytes, `char`
    /// and `short` win over `long`).
    fn base_type(&mut self, w: &TypeWords) -> Result<CTypeId, String> {
        let has = |f: u32| w.flags & f != 0;
        if has(TW_COMPLEX) {
            return Ok(if w.size == 4 {
                id::COMPLEX_FLOAT
            } else {
                id::COMPLEX
            });
        }
        if has(TW_VOID) {
            return Ok(id::VOID);
        }
        if has(TW_BOOL) {
            if w.flags & !(TW_BOOL | TW_INT | TW_SIGNED | TW_UNSIGNED) != 0 {
                return Err("invalid C type".into());
            }
            return Ok(self.types.bool_of_size(w.size.max(1) as u64));
        }
        if has(TW_FP) {
            return Ok(match (w.longs, w.size) {
                (1.., _) => id::LDOUBLE,
                (_, 4) => id::FLOAT,
                _ => id::DOUBLE,
            });
        }
        let signed = !has(TW_UNSIGNED);
        let size = if has(TW_CHAR) {
            1
        } else if has(TW_SHORT) {
            2
        } else if w.longs > 0 {
            8
        } else if w.size > 0 {
            w.size as u64
        } else if has(TW_SIGNED | TW_UNSIGNED) {
            4
        } else {
            return Err(self.near("declaration specifier expected"));
        };
        Ok(self.types.int_of_size(size, signed))
    }

    /// The type `mode`, `vector_size` and (for scalars) `aligned` make of
    /// `base`.
    fn type_attributes(&mut self, base: CTypeId, attrs: &Attrs) -> Result<CTypeId, String> {
        let mut ty = base;
        if let Some((count, size, float)) = attrs.mode {
            let b = self.types.get(base);
            if !(b.is_integer() || b.kind == Kind::Float) {
                return Err("invalid mode".into());
            }
            let signed = b.is_signed() || b.kind == Kind::Float;
            ty = match (float, size) {
                (true, 4) => id::FLOAT,
                (true, _) => id::DOUBLE,
                (false, _) => self.types.int_of_size(size, signed),
            };
            if count > 0 {
                ty = self.types.vector_of(ty, count)?;
            }
        }
        if let Some(n) = attrs.vector_size {
            let esize = self.types.get(ty).size.max(1);
            ty = self.types.vector_of(ty, n / esize)?;
        }
        if let Some(a) = attrs.aligned {
            let ct = self.types.get(ty);
            if ct.is_integer() && ct.kind != Kind::Enum || ct.kind == Kind::Float {
                ty = self.types.with_align(ty, a);
            }
        }
        Ok(ty)
    }

    /// `(align(n) ...)` after `__declspec` (MSVC's spelling); other
    /// specifiers are skipped.
    fn declspec(&mut self, attrs: &mut Attrs) -> Result<(), String> {
        self.expect("(")?;
        while let Some(name) = self.ident().map(str::to_string) {
            self.next();
            if name == "align" {
                self.expect("(")?;
                let n = self.const_expr()?;
                self.expect(")")?;
                if n <= 0 || (n as u64).count_ones() != 1 {
                    return Err("requested alignment is not a power of 2".into());
                }
                attrs.aligned = Some(n as u64);
            } else if self.is("(") {
                self.skip_balanced("(", ")")?;
            }
        }
        self.expect(")")
    }

    /// `((packed, aligned(n), ...))` after `__attribute__`.
    fn attributes(&mut self, attrs: &mut Attrs) -> Result<(), String> {
        self.expect("(")?;
        self.expect("(")?;
        while !self.is(")") {
            let Some(name) = self.ident().map(str::to_string) else {
                return Err(self.near("identifier expected"));
            };
            self.next();
            let name = name.trim_matches('_');
            match name {
                "packed" => attrs.packed = true,
                "aligned" => {
                    let n = if self.accept("(") {
                        let n = self.const_expr()?;
                        self.expect(")")?;
                        n
                    } else {
                        16
                    };
                    if n <= 0 || (n as u64).count_ones() != 1 {
                        return Err("requested alignment is not a power of 2".into());
                    }
                    // The last one counts (LuaJIT's rule).
                    attrs.aligned = Some(n as u64);
                }
                "mode" => {
                    self.expect("(")?;
                    let m = self.ident().unwrap_or("").trim_matches('_').to_string();
                    // An unknown mode changes nothing (as in LuaJIT).
                    attrs.mode = parse_mode(&m);
                    self.next();
                    self.expect(")")?;
                }
                "vector_size" => {
                    self.expect("(")?;
                    let n = self.const_expr()?;
                    self.expect(")")?;
                    attrs.vector_size = Some(n.max(0) as u64);
                }
                _ => {
                    if self.is("(") {
                        self.skip_balanced("(", ")")?;
                    }
                }
            }
            if !self.accept(",") {
                break;
            }
        }
        self.expect(")")?;
        self.expect(")")
    }

    /// Skips a balanced `open ... close` (nested pairs included).
    fn skip_balanced(&mut self, open: &'static str, close: &'static str) -> Result<(), String> {
        self.expect(open)?;
        let mut depth = 1;
        while depth > 0 {
            match self.next() {
                Tok::Punct(p) if p == open => depth += 1,
                Tok::Punct(p) if p == close => depth -= 1,
                Tok::Eof => return Err(self.near(&format!("'{close}' expected"))),
                _ => {}
            }
        }
        Ok(())
    }

    /// After `struct`/`union`: a tag, a body, or both.
    fn record_spec(&mut self, is_union: bool) -> Result<CTypeId, String> {
        let mut attrs = Attrs::default();
        self.skip_attributes(&mut attrs)?;
        let tag = self.name_or_param()?;
        if let Some(t) = &tag {
            // Struct, union and enum tags share one name space.
            let other = if is_union {
                &self.types.struct_tags
            } else {
                &self.types.union_tags
            };
            if other.contains_key(t) || self.types.enum_tags.contains_key(t) {
                return Err(format!("attempt to redefine '{t}'"));
            }
        }
        fn tags(t: &mut CTypes, is_union: bool) -> &mut std::collections::HashMap<String, CTypeId> {
            if is_union {
                &mut t.union_tags
            } else {
                &mut t.struct_tags
            }
        }
        if !self.is("{") {
            let Some(tag) = tag else {
                return Err(self.near("identifier expected"));
            };
            if let Some(&id) = tags(self.types, is_union).get(&tag) {
                return Ok(id);
            }
            if self.mode == Mode::TypeName {
                return Err(format!("undeclared or implicit tag '{tag}'"));
            }
            let id = self
                .types
                .new_tagged(Kind::Record { is_union }, Some(tag.clone()));
            tags(self.types, is_union).insert(tag, id);
            return Ok(id);
        }
        let id = match &tag {
            Some(t) => match tags(self.types, is_union).get(t).copied() {
                Some(id) if self.types.get(id).complete => {
                    return Err(format!("attempt to redefine '{t}'"));
                }
                Some(id) => id,
                None => {
                    let id = self
                        .types
                        .new_tagged(Kind::Record { is_union }, Some(t.clone()));
                    tags(self.types, is_union).insert(t.clone(), id);
                    id
                }
            },
            None => self.types.new_tagged(Kind::Record { is_union }, None),
        };
        // Defining it again inside its own body is a redefinition.
        if self.defining.contains(&id) {
            return Err(format!("attempt to redefine '{}'", tag.unwrap_or_default()));
        }
        self.expect("{")?;
        self.enter()?;
        self.defining.push(id);
        let mut members = Vec::new();
        let mut consts = Vec::new();
        while !self.accept("}") {
            self.member_decl(&mut members, &mut consts)?;
        }
        self.defining.pop();
        self.depth -= 1;
        self.skip_attributes(&mut attrs)?;
        self.layout(id, is_union, &members, attrs)?;
        self.types.get_mut(id).consts = consts;
        Ok(id)
    }

    fn skip_attributes(&mut self, attrs: &mut Attrs) -> Result<(), String> {
        while matches!(self.ident(), Some("__attribute__" | "__attribute")) {
            self.next();
            self.attributes(attrs)?;
        }
        Ok(())
    }

    /// One member declaration (`int a, *b : 3;`), appended to `members`.
    fn member_decl(
        &mut self,
        members: &mut Vec<Member>,
        consts: &mut Vec<(String, i64)>,
    ) -> Result<(), String> {
        if self.accept(";") {
            return Ok(());
        }
        let enums_before = self.enum_names.len();
        let spec = self.specifiers()?;
        if spec.storage == Storage::Static {
            // `static const int K = 1;`: a constant of the struct.
            loop {
                let d = self.declarator(false)?;
                let ty = self.apply(spec.ty, &d.ops)?;
                let value = self.static_const(ty)?;
                if let Some(name) = d.name {
                    consts.push((name, value));
                }
                if !self.accept(",") {
                    break;
                }
            }
            return self.expect(";");
        }
        if self.accept(";") {
            // The constants of an enum declared inside belong to the struct too.
            if self.types.get(spec.ty).kind == Kind::Enum {
                for name in &self.enum_names[enums_before..] {
                    if let Some(c) = self.types.constants.get(name) {
                        consts.push((name.clone(), c.value));
                    }
                }
            }
            // An anonymous struct/union member (or a useless declaration).
            if self.types.get(spec.ty).is_record() {
                members.push(Member {
                    name: None,
                    ty: spec.ty,
                    width: None,
                    attrs: spec.attrs,
                });
            }
            return Ok(());
        }
        loop {
            let (name, ty, mut attrs) = if self.is(":") {
                (None, spec.ty, spec.attrs)
            } else {
                let d = self.declarator(false)?;
                let ty = self.apply(spec.ty, &d.ops)?;
                let mut a = d.attrs;
                a.packed |= spec.attrs.packed;
                a.aligned = a.aligned.max(spec.attrs.aligned);
                (d.name, ty, a)
            };
            let width = if self.accept(":") {
                let w = self.const_expr()?;
                let ct = self.types.get(ty);
                // A bool is one bit; integers wider than 8 bytes take none.
                let bits = if ct.kind == Kind::Bool {
                    1
                } else {
                    ct.size * 8
                };
                if !ct.is_integer()
                    || ct.size > 8
                    || w < 0
                    || w as u64 > bits
                    || (w == 0 && name.is_some())
                {
                    return Err(self.near("invalid bit field width"));
                }
                Some(w as u32)
            } else {
                if name.is_none() {
                    return Err(self.near("identifier expected"));
                }
                None
            };
            self.skip_attributes(&mut attrs)?;
            members.push(Member {
                name,
                ty,
                width,
                attrs,
            });
            if !self.accept(",") {
                break;
            }
        }
        self.expect(";")
    }

    /// Lays out a struct or union (x86-64 SysV, as GCC does).
    fn layout(
        &mut self,
        id: CTypeId,
        is_union: bool,
        members: &[Member],
        attrs: Attrs,
    ) -> Result<(), String> {
        let mut fields = Vec::with_capacity(members.len());
        let mut bitpos: u64 = 0; // next free bit (structs)
        let mut size: u64 = 0; // bytes (unions)
        let mut align: u64 = 1;
        let mut has_vla = false;
        for (i, m) in members.iter().enumerate() {
            let ct = self.types.get(m.ty);
            if !ct.complete || ct.kind == Kind::Void || ct.is_func() {
                return Err("size of C type is unknown or too large".into());
            }
            if ct.has_vla && (i + 1 != members.len() || is_union) {
                return Err("flexible array member not at the end".into());
            }
            has_vla |= ct.has_vla;
            let (fsize, natural) = (ct.size, ct.align);
            let mut falign = if attrs.packed || m.attrs.packed {
                1
            } else {
                natural
            };
            if let Some(a) = m.attrs.aligned {
                falign = falign.max(a);
            }
            // `#pragma pack` caps a member's aligned attribute too (as gcc).
            if self.pack > 0 {
                falign = falign.min(self.pack);
            }
            match m.width {
                Some(w) => {
                    let w = w as u64;
                    let unit = fsize * 8;
                    let start = if is_union {
                        0
                    } else if w == 0 {
                        bitpos = bitpos.next_multiple_of(natural * 8);
                        continue;
                    } else if m.attrs.aligned.is_some() {
                        // An `aligned` attribute starts a new unit at the
                        // field's alignment (LuaJIT's rule; gcc agrees in
                        // packed structs, but aligns an unpacked field to the
                        // attribute's value alone, even when that is below the
                        // type's).
                        bitpos.next_multiple_of(falign * 8)
                    } else if attrs.packed || m.attrs.packed {
                        bitpos
                    } else if bitpos / unit != (bitpos + w - 1) / unit
                        || (falign < natural
                            && bitpos / (falign * 8) != (bitpos + w - 1) / (falign * 8))
                    {
                        bitpos.next_multiple_of(falign * 8)
                    } else {
                        bitpos
                    };
                    if m.name.is_some() {
                        align = align.max(falign);
                        fields.push(Field {
                            name: m.name.clone(),
                            ty: m.ty,
                            offset: start / 8,
                            bits: Some(((start % 8) as u32, w as u32)),
                        });
                    }
                    if is_union {
                        size = size.max(w.div_ceil(8));
                    } else {
                        bitpos = start + w;
                    }
                }
                None => {
                    align = align.max(falign);
                    let offset = if is_union {
                        size = size.max(fsize);
                        0
                    } else {
                        let o = bitpos.div_ceil(8).next_multiple_of(falign);
                        bitpos = (o + fsize) * 8;
                        o
                    };
                    fields.push(Field {
                        name: m.name.clone(),
                        ty: m.ty,
                        offset,
                        bits: None,
                    });
                }
            }
        }
        if let Some(a) = attrs.aligned {
            align = align.max(a);
        }
        if !is_union {
            size = bitpos.div_ceil(8);
        }
        let ct = self.types.get_mut(id);
        ct.size = size.next_multiple_of(align);
        ct.align = align;
        ct.fields = fields;
        ct.complete = true;
        ct.has_vla = has_vla;
        Ok(())
    }

    /// After `enum`: a tag, a body, or both. Members become constants.
    fn enum_spec(&mut self) -> Result<CTypeId, String> {
        let mut attrs = Attrs::default();
        self.skip_attributes(&mut attrs)?;
        let tag = self.name_or_param()?;
        if let Some(t) = &tag {
            if self.types.struct_tags.contains_key(t) || self.types.union_tags.contains_key(t) {
                return Err(format!("attempt to redefine '{t}'"));
            }
        }
        if !self.is("{") {
            let Some(tag) = tag else {
                return Err(self.near("identifier expected"));
            };
            if let Some(&id) = self.types.enum_tags.get(&tag) {
                return Ok(id);
            }
            if self.mode == Mode::TypeName {
                return Err(format!("undeclared or implicit tag '{tag}'"));
            }
            let id = self.types.new_tagged(Kind::Enum, Some(tag.clone()));
            self.types.enum_tags.insert(tag, id);
            return Ok(id);
        }
        let id = match &tag {
            Some(t) => match self.types.enum_tags.get(t) {
                Some(&id) if self.types.get(id).complete => {
                    return Err(format!("attempt to redefine '{t}'"));
                }
                Some(&id) => id,
                None => {
                    let id = self.types.new_tagged(Kind::Enum, Some(t.clone()));
                    self.types.enum_tags.insert(t.clone(), id);
                    id
                }
            },
            None => self.types.new_tagged(Kind::Enum, None),
        };
        self.expect("{")?;
        let mut next: i64 = 0;
        let mut any_negative = false;
        while !self.accept("}") {
            let Some(name) = self.name_or_param()? else {
                return Err(self.near("identifier expected"));
            };
            if self.accept("=") {
                next = self.const_expr()?;
            }
            self.enum_names.push(name.clone());
            // Values are 32-bit: 0x80000000u is unsigned, -1 negative.
            any_negative |= next < 0;
            self.types.constants.insert(
                name,
                Constant {
                    ty: id,
                    value: next,
                },
            );
            next = next.wrapping_add(1);
            if !self.accept(",") {
                self.expect("}")?;
                break;
            }
        }
        self.skip_attributes(&mut attrs)?;
        let e = self.types.get_mut(id);
        e.complete = true;
        e.unsigned_enum = !any_negative;
        Ok(id)
    }

    // ------------------------------------------------------------ declarators

    /// A declarator; abstract ones (no name) are allowed when `is_abstract`
    /// (and always in parameter lists, which use this too).
    fn declarator(&mut self, is_abstract: bool) -> Result<Declarator, String> {
        let mut attrs = Attrs::default();
        let mut ptrs = Vec::new();
        loop {
            if self.accept("&") || self.accept("&&") {
                // A reference (`&&` is one too, as in LuaJIT); references
                // take no qualifiers.
                while matches!(
                    self.ident(),
                    Some(
                        "const"
                            | "__const"
                            | "__const__"
                            | "volatile"
                            | "__volatile"
                            | "__volatile__"
                            | "restrict"
                            | "__restrict"
                            | "__restrict__"
                    )
                ) {
                    self.next();
                }
                ptrs.push(DeclOp::Ref);
            } else if self.accept("*") {
                let (mut c, mut v, mut is32) = (false, false, false);
                loop {
                    match self.ident() {
                        Some("const" | "__const" | "__const__") => c = true,
                        Some("__ptr32") => is32 = true,
                        Some("__ptr64") => is32 = false,
                        Some("volatile" | "__volatile" | "__volatile__") => v = true,
                        Some("restrict" | "__restrict" | "__restrict__" | "__cdecl") => {}
                        Some("__attribute__" | "__attribute") => {
                            self.next();
                            self.attributes(&mut attrs)?;
                            continue;
                        }
                        _ => break,
                    }
                    self.next();
                }
                ptrs.push(DeclOp::Ptr {
                    is_const: c,
                    is_volatile: v,
                    is32,
                });
            } else if matches!(self.ident(), Some("__cdecl" | "__stdcall" | "__fastcall")) {
                self.next();
            } else {
                break;
            }
        }
        let mut name = None;
        let mut inner: Option<Declarator> = None;
        if self.is("(") && self.nested_declarator_follows() {
            self.next();
            self.enter()?;
            inner = Some(self.declarator(is_abstract)?);
            self.depth -= 1;
            self.expect(")")?;
        } else if let Some(id) = self.ident() {
            // Keywords are not names (`int char;`, `int & const`).
            if !matches!(
                id,
                "__attribute__" | "__attribute" | "__asm__" | "__asm" | "asm"
            ) && !is_type_word(id)
            {
                name = Some(id.to_string());
                self.next();
            }
        } else if self.is("$") {
            match self.param()? {
                Param::Name(n) => name = Some(n),
                _ => return Err(self.near("'<identifier>' expected")),
            }
            self.next();
        }
        if name.is_none() && inner.is_none() && !is_abstract {
            return Err(self.near("'<identifier>' expected"));
        }
        let mut suffixes = Vec::new();
        loop {
            if self.accept("[") {
                if self.accept("]") {
                    suffixes.push(DeclOp::Array(None, false));
                } else if self.is("?") {
                    self.next();
                    self.expect("]")?;
                    suffixes.push(DeclOp::Array(None, true));
                } else {
                    let n = self.const_expr()?;
                    if n < 0 {
                        return Err("size of C type is unknown or too large".into());
                    }
                    self.expect("]")?;
                    suffixes.push(DeclOp::Array(Some(n as u64), false));
                }
            } else if self.accept("(") {
                self.enter()?;
                let (params, varargs) = self.params()?;
                self.depth -= 1;
                suffixes.push(DeclOp::Func(params, varargs));
            } else {
                break;
            }
        }
        let mut asm_name = None;
        loop {
            match self.ident() {
                // Qualifiers after a declarator change nothing (LuaJIT drops
                // them too: `int & const`).
                Some(
                    "const" | "__const" | "__const__" | "volatile" | "__volatile" | "__volatile__",
                ) => {
                    self.next();
                }
                Some("__attribute__" | "__attribute") => {
                    self.next();
                    self.attributes(&mut attrs)?;
                }
                Some("__asm__" | "__asm" | "asm") => {
                    self.next();
                    self.expect("(")?;
                    match self.next() {
                        Tok::Str(s) => asm_name = Some(s),
                        _ => return Err(self.near("string expected")),
                    }
                    self.expect(")")?;
                }
                _ => break,
            }
        }
        let mut ops = ptrs;
        ops.extend(suffixes.into_iter().rev());
        if let Some(d) = inner {
            ops.extend(d.ops);
            name = d.name;
            attrs.packed |= d.attrs.packed;
            attrs.aligned = attrs.aligned.max(d.attrs.aligned);
            asm_name = asm_name.or(d.asm_name);
        }
        // Types nest as deep as their declarators; keep them shallow enough to
        // print and compare recursively.
        if ops.len() > MAX_DEPTH as usize {
            return Err(self.near("chunk has too many syntax levels"));
        }
        Ok(Declarator {
            name,
            ops,
            attrs,
            asm_name,
        })
    }

    /// At `(`: whether it opens a nested declarator (`(*p)`, `(name)`) rather
    /// than a parameter list.
    fn nested_declarator_follows(&self) -> bool {
        match self.peek_at(1) {
            Tok::Punct("*" | "(" | "[" | "&" | "&&") => true,
            Tok::Ident(s) => {
                matches!(s.as_str(), "__cdecl" | "__stdcall" | "__fastcall")
                    || (!self.types.typedefs.contains_key(s) && !is_type_word(s))
            }
            _ => false,
        }
    }

    /// A parameter list after `(`, through the closing `)`.
    fn params(&mut self) -> Result<(Vec<CTypeId>, bool), String> {
        let mut params = Vec::new();
        let mut varargs = false;
        if self.accept(")") {
            return Ok((params, false));
        }
        if self.ident() == Some("void") && *self.peek_at(1) == Tok::Punct(")") {
            self.next();
            self.next();
            return Ok((params, false));
        }
        loop {
            if self.accept("...") {
                varargs = true;
                break;
            }
            let spec = self.specifiers()?;
            let d = self.declarator(true)?;
            let mut ty = self.apply(spec.ty, &d.ops)?;
            // Arrays and functions as parameters are pointers.
            let ct = self.types.get(ty);
            if let Kind::Array(e, ..) = ct.kind {
                ty = self.types.pointer_to(e);
            } else if ct.is_func() {
                ty = self.types.pointer_to(ty);
            }
            params.push(ty);
            if !self.accept(",") {
                break;
            }
        }
        self.expect(")")?;
        Ok((params, varargs))
    }

    /// Builds the declared type from the base type and the declarator steps.
    fn apply(&mut self, base: CTypeId, ops: &[DeclOp]) -> Result<CTypeId, String> {
        let mut ty = base;
        for op in ops {
            // Nothing is made of a reference but a function returning it:
            // no pointers to, references to or arrays of references.
            if matches!(self.types.get(ty).kind, Kind::Ref(_)) && !matches!(op, DeclOp::Func(..)) {
                return Err("invalid C type".into());
            }
            ty = match op {
                DeclOp::Ref => self.types.ref_to(ty),
                DeclOp::Ptr {
                    is_const,
                    is_volatile,
                    is32,
                } => {
                    let p = if *is32 {
                        self.types.pointer32_to(ty)
                    } else {
                        self.types.pointer_to(ty)
                    };
                    self.types.qualified(p, *is_const, *is_volatile)
                }
                DeclOp::Array(n, vla) => {
                    let e = self.types.get(ty);
                    if e.has_vla || (e.is_record() && !e.complete) {
                        return Err("size of C type is unknown or too large".into());
                    }
                    self.types.array_of(ty, *n, *vla)?
                }
                DeclOp::Func(params, varargs) => {
                    let r = self.types.get(ty);
                    if r.is_array() || r.is_func() {
                        return Err("invalid C type".into());
                    }
                    self.types.func(ty, params.clone(), *varargs)
                }
            };
        }
        Ok(ty)
    }

    // ------------------------------------------------------------ constant expressions

    /// An integer constant expression (array sizes, enum values, bit field
    /// widths, attribute arguments).
    fn const_expr(&mut self) -> Result<i64, String> {
        let k = self.cond_expr()?;
        if !k.imm || !self.types.get(self.deref(k.ty)).is_integer() {
            return Err("invalid value".into());
        }
        Ok(k.v)
    }

    /// `ty`, or what it refers to when it is a reference.
    fn deref(&self, ty: CTypeId) -> CTypeId {
        match self.types.get(ty).kind {
            Kind::Ref(t) => t,
            _ => ty,
        }
    }

    fn cond_expr(&mut self) -> Result<KValue, String> {
        let c = self.binary(1)?;
        if self.accept("?") {
            self.enter()?;
            let a = self.cond_expr()?;
            self.expect(":")?;
            let b = self.cond_expr()?;
            self.depth -= 1;
            let pick = if c.v != 0 { a } else { b };
            return Ok(KValue {
                imm: c.imm && pick.imm,
                ..pick
            });
        }
        Ok(c)
    }

    /// Binary operators by precedence climbing (C's levels, `||` lowest).
    fn binary(&mut self, min_prec: u8) -> Result<KValue, String> {
        let mut lhs = self.unary()?;
        while let Some((op, prec)) = self.binary_op() {
            if prec < min_prec {
                break;
            }
            self.next();
            let rhs = self.binary(prec + 1)?;
            let (a, b) = (lhs.v, rhs.v);
            let imm = lhs.imm && rhs.imm;
            let v = match op {
                "||" => (a != 0 || b != 0) as i64,
                "&&" => (a != 0 && b != 0) as i64,
                "|" => a | b,
                "^" => a ^ b,
                "&" => a & b,
                "==" => (a == b) as i64,
                "!=" => (a != b) as i64,
                "<" => (a < b) as i64,
                ">" => (a > b) as i64,
                "<=" => (a <= b) as i64,
                ">=" => (a >= b) as i64,
                "<<" => a.wrapping_shl(b as u32),
                ">>" => a.wrapping_shr(b as u32),
                "+" => a.wrapping_add(b),
                "-" => a.wrapping_sub(b),
                "*" => a.wrapping_mul(b),
                "/" | "%" if !imm => 0,
                "/" | "%" if b == 0 => return Err("division by zero in constant".into()),
                "/" => a.wrapping_div(b),
                _ => a.wrapping_rem(b),
            };
            lhs = KValue {
                v,
                ty: id::INT,
                imm,
            };
        }
        Ok(lhs)
    }

    /// The binary operator at the current token and its precedence.
    fn binary_op(&self) -> Option<(&'static str, u8)> {
        let Tok::Punct(p) = *self.peek() else {
            return None;
        };
        let prec = match p {
            "||" => 1,
            "&&" => 2,
            "|" => 3,
            "^" => 4,
            "&" => 5,
            "==" | "!=" => 6,
            "<" | ">" | "<=" | ">=" => 7,
            "<<" | ">>" => 8,
            "+" | "-" => 9,
            "*" | "/" | "%" => 10,
            _ => return None,
        };
        Some((p, prec))
    }

    /// Prefix operators (taken in a loop, so long chains do not recurse),
    /// then a primary expression and its postfix operators.
    fn unary(&mut self) -> Result<KValue, String> {
        let mut prefix = Vec::new();
        while let Tok::Punct(p @ ("-" | "+" | "~" | "!" | "*" | "&")) = *self.peek() {
            prefix.push(p);
            self.next();
        }
        let mut k = self.primary()?;
        k = self.postfix(k)?;
        for p in prefix.iter().rev() {
            k = match *p {
                "-" => KValue {
                    v: k.v.wrapping_neg(),
                    ..k
                },
                "~" => KValue { v: !k.v, ..k },
                "!" => KValue {
                    v: (k.v == 0) as i64,
                    ty: id::INT,
                    imm: k.imm,
                },
                // `*p` and `&x` have a type, not a value.
                "*" => {
                    let ty = self.deref(k.ty);
                    match self.types.target(ty) {
                        Some(t) => KValue::typed(t),
                        None => return Err(format!("'{}' cannot be indexed", self.types.repr(ty))),
                    }
                }
                "&" => KValue::typed(self.types.pointer_to(self.deref(k.ty))),
                _ => k,
            };
        }
        Ok(k)
    }

    /// Indexing and member access after a primary expression: `p[0]`,
    /// `s.name`, `p->name` (a member has a type; a struct's constant, its
    /// value too: `extk.K_99`, `((struct s *)0)->K`).
    fn postfix(&mut self, mut k: KValue) -> Result<KValue, String> {
        loop {
            if self.accept("[") {
                self.enter()?;
                let i = self.cond_expr()?;
                self.depth -= 1;
                self.expect("]")?;
                let (a, b) = (self.deref(k.ty), self.deref(i.ty));
                k = match (self.types.target(a), self.types.target(b)) {
                    (Some(t), _) | (None, Some(t)) => KValue::typed(t),
                    _ => return Err(format!("'{}' cannot be indexed", self.types.repr(a))),
                };
            } else if self.is(".") || self.is("->") {
                let arrow = self.is("->");
                self.next();
                let mut rec = self.deref(k.ty);
                if arrow {
                    rec = match self.types.target(rec) {
                        Some(t) => t,
                        None => {
                            return Err(format!("'{}' cannot be indexed", self.types.repr(rec)))
                        }
                    };
                }
                let Some(name) = self.ident().map(str::to_string) else {
                    return Err(self.near("'<identifier>' expected"));
                };
                let ct = self.types.get(rec);
                let member = if !ct.is_record() || !ct.complete {
                    None
                } else if let Some(&(_, v)) = ct.consts.iter().find(|(n, _)| *n == name) {
                    Some(KValue {
                        v,
                        ty: id::INT,
                        imm: true,
                    })
                } else {
                    match self.types.field(rec, &name) {
                        Some((f, _)) if f.bits.is_none() => Some(KValue::typed(f.ty)),
                        _ => None,
                    }
                };
                let Some(m) = member else {
                    let what = self.types.repr(rec);
                    return Err(format!("'{what}' has no member named '{name}'"));
                };
                self.next();
                k = m;
            } else {
                return Ok(k);
            }
        }
    }

    fn primary(&mut self) -> Result<KValue, String> {
        if matches!(
            self.ident(),
            Some("sizeof" | "alignof" | "__alignof__" | "__alignof")
        ) {
            let is_size = self.ident() == Some("sizeof");
            self.next();
            // A type in parentheses, or an expression: its type (a
            // reference measures as one, 8 bytes, as in LuaJIT).
            let ty = if self.is("(") && self.type_follows_at(1) {
                self.next();
                self.enter()?;
                let spec = self.specifiers()?;
                let d = self.declarator(true)?;
                let ty = self.apply(spec.ty, &d.ops)?;
                self.depth -= 1;
                self.expect(")")?;
                ty
            } else {
                self.enter()?;
                let k = self.unary()?;
                self.depth -= 1;
                k.ty
            };
            let ct = self.types.get(ty);
            return Ok(KValue {
                v: if is_size { ct.size } else { ct.align } as i64,
                ty: id::UINT,
                imm: true,
            });
        }
        if self.is("$") {
            return match self.param()? {
                Param::Int(v) => {
                    self.next();
                    Ok(KValue::int(v))
                }
                _ => Err(self.near("unexpected symbol")),
            };
        }
        match self.next() {
            Tok::Int(v, unsigned) => Ok(KValue {
                v: v as i64,
                ty: if unsigned { id::UINT } else { id::INT },
                imm: true,
            }),
            Tok::Str(s) => {
                // "aa" "bb": a `const char [5]` (what sizeof measures).
                let mut len = s.len() as u64 + 1;
                while let Tok::Str(s) = self.peek() {
                    len += s.len() as u64;
                    self.next();
                }
                let c = self.types.qualified(id::CHAR, true, false);
                Ok(KValue::typed(self.types.array_of(c, Some(len), false)?))
            }
            Tok::Punct("(") if self.type_follows() => {
                // A cast: `(int)0xffffffff`, `(struct s *)0`.
                self.enter()?;
                let spec = self.specifiers()?;
                let d = self.declarator(true)?;
                let ty = self.apply(spec.ty, &d.ops)?;
                self.expect(")")?;
                let k = self.unary()?;
                self.depth -= 1;
                Ok(KValue {
                    v: self.truncate(ty, k.v),
                    ty,
                    imm: k.imm,
                })
            }
            Tok::Punct("(") => {
                self.enter()?;
                let k = self.cond_expr()?;
                self.depth -= 1;
                self.expect(")")?;
                Ok(k)
            }
            Tok::Ident(name) => {
                if let Some(c) = self.types.constants.get(&name) {
                    return Ok(KValue {
                        v: c.value,
                        ty: c.ty,
                        imm: true,
                    });
                }
                // A declared variable or function: a type, no value.
                if let Some(&(ty, _)) = self.types.externs.get(&name) {
                    return Ok(KValue::typed(ty));
                }
                self.pos -= 1;
                Err(self.near("unexpected symbol"))
            }
            _ => {
                self.pos -= 1;
                Err(self.near("unexpected symbol"))
            }
        }
    }
}

/// A value of a constant expression: its type, and its value when known at
/// parse time (`imm`). A variable, a member or a dereference has only a
/// type, which is enough for `sizeof` and for looking up members.
#[derive(Clone, Copy, Debug)]
struct KValue {
    v: i64,
    ty: CTypeId,
    imm: bool,
}

impl KValue {
    fn int(v: i64) -> KValue {
        KValue {
            v,
            ty: id::INT,
            imm: true,
        }
    }
    fn typed(ty: CTypeId) -> KValue {
        KValue {
            v: 0,
            ty,
            imm: false,
        }
    }
}

impl Parser<'_> {
    /// Whether the current token starts a type name (after a `(`).
    fn type_follows(&self) -> bool {
        self.type_follows_at(0)
    }

    /// Whether the token `n` ahead starts a type name.
    fn type_follows_at(&self, n: usize) -> bool {
        match self.peek_at(n) {
            Tok::Ident(w) => is_type_word(w) || self.types.typedefs.contains_key(w),
            // A `$` that takes a ctype.
            Tok::Punct("$") => matches!(self.params.as_slice().first(), Some(Param::Type(_))),
            _ => false,
        }
    }
}

/// A `mode(...)` name: `SI` is (0, 4, false), `V2DF` is (2, 8, true).
fn parse_mode(m: &str) -> Option<(u64, u64, bool)> {
    let (count, base) = match m.strip_prefix('V') {
        Some(v) => {
            let digits = v.len() - v.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            (v[..digits].parse::<u64>().ok()?, &v[digits..])
        }
        None => (0, m),
    };
    let &(_, size, float) = MODES.iter().find(|&&(n, ..)| n == base)?;
    Some((count, size, float))
}

/// A struct/union member before layout.
struct Member {
    name: Option<String>,
    ty: CTypeId,
    width: Option<u32>,
    attrs: Attrs,
}

// The type words of declaration specifiers, as flags.
const TW_VOID: u32 = 1;
const TW_BOOL: u32 = 2;
const TW_CHAR: u32 = 4;
const TW_INT: u32 = 8;
const TW_FP: u32 = 16;
const TW_SHORT: u32 = 32;
const TW_LONG: u32 = 64;
const TW_COMPLEX: u32 = 128;
const TW_SIGNED: u32 = 256;
const TW_UNSIGNED: u32 = 512;

/// A type word's flag and the size it gives (0: none; `void` counts as
/// sized, -1), as LuaJIT's keyword table has them.
fn type_word(w: &str) -> Option<(u32, i32)> {
    Some(match w {
        "void" => (TW_VOID, -1),
        "_Bool" => (TW_BOOL, 0),
        "bool" => (TW_BOOL, 1),
        "char" => (TW_CHAR, 1),
        "int" => (TW_INT, 4),
        "__int8" => (TW_INT, 1),
        "__int16" => (TW_INT, 2),
        "__int32" => (TW_INT, 4),
        "__int64" => (TW_INT, 8),
        "float" => (TW_FP, 4),
        "double" => (TW_FP, 8),
        "long" => (TW_LONG, 0),
        "short" => (TW_SHORT, 0),
        "complex" | "_Complex" | "__complex" | "__complex__" => (TW_COMPLEX, 0),
        "signed" | "__signed" | "__signed__" => (TW_SIGNED, 0),
        "unsigned" => (TW_UNSIGNED, 0),
        _ => return None,
    })
}

/// The type words seen so far in declaration specifiers.
#[derive(Default)]
struct TypeWords {
    flags: u32,
    /// How many times `long` was given (`long long` is 2).
    longs: u32,
    /// The size the sized word gave (0: none yet).
    size: i32,
}

impl TypeWords {
    fn is_empty(&self) -> bool {
        self.flags == 0
    }
    fn add(&mut self, flag: u32, size: i32) {
        self.flags |= flag;
        self.longs += (flag == TW_LONG) as u32;
        if size != 0 {
            self.size = size;
        }
    }
}

fn is_type_word(s: &str) -> bool {
    type_word(s).is_some()
        || matches!(
            s,
            "struct"
                | "union"
                | "enum"
                | "const"
                | "__const"
                | "__const__"
                | "volatile"
                | "__volatile"
                | "__volatile__"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The declarations of the layout test; the expected numbers below were
    /// printed by a C program compiled with gcc 12 on x86-64 Linux that
    /// includes exactly this text and prints sizeof/_Alignof/offsetof, and
    /// for bit fields the bytes of the struct after setting one field to -1 (or
    /// all ones) in a zeroed struct.
    const DECLS: &str = r#"
struct s1 { char a; int b; char c; };
struct s2 { char a; double b; short c; };
struct s3 { int a : 3; int b : 5; int c : 30; char d; };
struct s4 { char a; struct { int x; short y; }; long z; };
union u1 { char a; double b; int c[3]; };
struct __attribute__((packed)) s5 { char a; int b; short c; };
struct s6 { char a; int b __attribute__((aligned(16))); };
#pragma pack(push, 2)
struct s7 { char a; int b; double c; };
#pragma pack(pop)
struct s8 { int n; double d[]; };
struct s9 { char a; uint64_t b : 60; unsigned c : 4; unsigned d : 30; };
struct s10 { short a; char b[5]; int *p; struct s1 inner[2]; } __attribute__((aligned(32)));
struct s11 { unsigned char a : 4; unsigned char : 0; unsigned char b : 4; };
struct s12 { char c; int (*fp)(int, double); const char *const names[3]; _Bool f; };
#pragma pack(push, 2)
struct s13 { char a; int b __attribute__((aligned(8))); char c; };
#pragma pack(pop)
"#;

    fn types() -> CTypes {
        let mut t = CTypes::new();
        cdef(&mut t, DECLS).unwrap();
        t
    }

    fn layout(t: &mut CTypes, name: &str) -> (u64, u64) {
        let id = type_name(t, name).unwrap();
        (t.get(id).size, t.get(id).align)
    }

    fn offset(t: &mut CTypes, name: &str, field: &str) -> u64 {
        let id = type_name(t, name).unwrap();
        t.field(id, field).unwrap().1
    }

    #[test]
    fn struct_layout_matches_gcc() {
        let mut t = types();
        type Case<'a> = (&'a str, (u64, u64), &'a [(&'a str, u64)]);
        let cases: &[Case] = &[
            ("struct s1", (12, 4), &[("b", 4), ("c", 8)]),
            ("struct s2", (24, 8), &[("b", 8), ("c", 16)]),
            ("struct s3", (12, 4), &[("d", 8)]),
            ("struct s4", (24, 8), &[("x", 4), ("y", 8), ("z", 16)]),
            ("union u1", (16, 8), &[("b", 0), ("c", 0)]),
            ("struct s5", (7, 1), &[("b", 1), ("c", 5)]),
            ("struct s6", (32, 16), &[("b", 16)]),
            ("struct s7", (14, 2), &[("b", 2), ("c", 6)]),
            ("struct s8", (8, 8), &[("d", 8)]),
            ("struct s9", (24, 8), &[]),
            ("struct s10", (64, 32), &[("b", 2), ("p", 8), ("inner", 16)]),
            ("struct s11", (2, 1), &[]),
            (
                "struct s12",
                (48, 8),
                &[("fp", 8), ("names", 16), ("f", 40)],
            ),
            ("struct s13", (8, 2), &[("b", 2), ("c", 6)]),
        ];
        for (name, sa, fields) in cases {
            assert_eq!(layout(&mut t, name), *sa, "{name}");
            for (f, off) in *fields {
                assert_eq!(offset(&mut t, name, f), *off, "{name}.{f}");
            }
        }
    }

    #[test]
    fn bit_fields_match_gcc() {
        let mut t = types();
        let bits = |t: &mut CTypes, s: &str, f: &str| {
            let id = type_name(t, s).unwrap();
            let (fld, off) = t.field(id, f).unwrap();
            (off, fld.bits.unwrap())
        };
        // struct s3: a = 070000.., b = f80000.., c = 00000000ffffff3f.
        assert_eq!(bits(&mut t, "struct s3", "a"), (0, (0, 3)));
        assert_eq!(bits(&mut t, "struct s3", "b"), (0, (3, 5)));
        assert_eq!(bits(&mut t, "struct s3", "c"), (4, (0, 30)));
        // struct s9: b starts a new 64-bit unit; c is the top nibble of byte 15;
        // d starts at byte 16.
        assert_eq!(bits(&mut t, "struct s9", "b"), (8, (0, 60)));
        assert_eq!(bits(&mut t, "struct s9", "c"), (15, (4, 4)));
        assert_eq!(bits(&mut t, "struct s9", "d"), (16, (0, 30)));
        // struct s11: the zero-width field moves b to the next byte.
        assert_eq!(bits(&mut t, "struct s11", "b"), (1, (0, 4)));
    }

    #[test]
    fn type_names_print_as_luajit_does() {
        let mut t = types();
        // As `luajit -e 'print(ffi.typeof(T))'` for each T.
        for (src, want) in [
            ("int", "int"),
            ("int32_t", "int"),
            ("int8_t", "char"),
            ("uint8_t *", "unsigned char *"),
            ("long", "int64_t"),
            ("unsigned long long", "uint64_t"),
            ("size_t", "uint64_t"),
            ("const char *", "const char *"),
            ("char *const", "char *const"),
            ("int[10]", "int [10]"),
            ("int *[3]", "int *[3]"),
            ("int (*)[3]", "int (*)[3]"),
            ("int (*)(int, double)", "int (*)()"),
            ("const int", "const int"),
            ("int[?]", "int [?]"),
            ("int32_t[2][3]", "int [2][3]"),
            ("const char *const *", "const char *const *"),
            ("struct s1 *", "struct s1 *"),
            ("unsigned", "unsigned int"),
            ("short int", "short"),
        ] {
            let id = type_name(&mut t, src).unwrap_or_else(|e| panic!("{src}: {e}"));
            assert_eq!(t.repr(id), want, "{src}");
        }
        assert_eq!(
            type_name(&mut t, "int").unwrap(),
            type_name(&mut t, "int32_t").unwrap()
        );
    }

    #[test]
    fn enums_constants_and_prototypes() {
        let mut t = CTypes::new();
        cdef(
            &mut t,
            "enum color { RED, GREEN = 5, BLUE, MASK = (1 << 4) | BLUE };
             static const int LIMIT = sizeof(int) * 8 - 1;
             int printf(const char *fmt, ...);
             size_t my_strlen(const char *s) __asm__(\"strlen\");
             typedef struct { int x, y; } point_t;
             int arr[LIMIT + 1];",
        )
        .unwrap();
        let c = |t: &CTypes, n: &str| t.constants[n].value;
        assert_eq!(
            (c(&t, "RED"), c(&t, "GREEN"), c(&t, "BLUE"), c(&t, "MASK")),
            (0, 5, 6, 22)
        );
        assert_eq!(c(&t, "LIMIT"), 31);
        let (pf, sym) = t.externs["printf"].clone();
        assert!(matches!(t.get(pf).kind, Kind::Func { varargs: true, .. }));
        assert_eq!(sym, "printf");
        assert_eq!(t.externs["my_strlen"].1, "strlen");
        assert_eq!(t.get(t.externs["arr"].0).size, 128);
        let p = type_name(&mut t, "point_t").unwrap();
        assert_eq!((t.get(p).size, t.field(p, "y").unwrap().1), (8, 4));
    }

    #[test]
    fn errors_name_the_token() {
        let mut t = CTypes::new();
        for (src, want) in [
            ("this is bad;", "declaration specifier expected near 'this'"),
            ("int x int", "';' expected near 'int'"),
            ("int [3];", "'<identifier>' expected near '['"),
            ("int a[-1];", "size of C type is unknown or too large"),
            (
                "struct r { int a; }; struct r { int b; };",
                "attempt to redefine 'r'",
            ),
            ("int x : 3;", "';' expected near ':'"),
            (
                "struct q { struct q self; };",
                "size of C type is unknown or too large",
            ),
            ("int a[b];", "unexpected symbol near 'b'"),
        ] {
            assert_eq!(cdef(&mut t, src).unwrap_err(), want, "{src}");
        }
        let deep = format!("int {}x{};", "(".repeat(500), ")".repeat(500));
        assert!(cdef(&mut t, &deep)
            .unwrap_err()
            .starts_with("chunk has too many syntax levels"));
        let stars = format!("int {}p;", "*".repeat(100_000));
        assert!(cdef(&mut t, &stars)
            .unwrap_err()
            .starts_with("chunk has too many syntax levels"));
        // Nested conditionals and subscripts in a constant are bounded too.
        let ternaries = format!("int a[{}1];", "1 ? ".repeat(100_000));
        assert!(cdef(&mut t, &ternaries)
            .unwrap_err()
            .starts_with("chunk has too many syntax levels"));
        let subscripts = format!("int *p; int a[sizeof(p{})];", "[p".repeat(100_000));
        assert!(cdef(&mut t, &subscripts)
            .unwrap_err()
            .starts_with("chunk has too many syntax levels"));
        let long_prefix = format!("enum {{ X = {}1 }};", "~".repeat(100_000));
        cdef(&mut t, &long_prefix).unwrap();
        assert_eq!(t.constants["X"].value, 1);
        assert_eq!(
            type_name(&mut t, "struct nosuch").unwrap_err(),
            "undeclared or implicit tag 'nosuch'"
        );
        assert_eq!(
            type_name(&mut t, "int x").unwrap_err(),
            "'<eof>' expected near 'x'"
        );
    }
}
