//! The C type table: every C type the program has declared or named, with its
//! size, alignment and qualifiers, laid out by the x86-64 SysV rules.
//!
//! A type is named by its index (`CTypeId`). Scalar, pointer, array and function
//! types are interned, so the same spelling always gives the same id (which is
//! what `ffi.istype` and `==` on ctypes compare); each struct, union and enum
//! declaration makes a new id. Qualifiers are part of the type (`const int` and
//! `int` are different ids), as in LuaJIT.

use std::collections::HashMap;

pub type CTypeId = u32;

/// What a C type is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Void,
    Bool,
    /// An integer of 1, 2, 4 or 8 bytes.
    Int {
        signed: bool,
    },
    /// `float` (4 bytes) or `double` (8 bytes).
    Float,
    /// `complex float` (8 bytes) or `complex` (`complex double`, 16 bytes): the
    /// real part, then the imaginary part, each a `Float` of half the size.
    Complex,
    Ptr(CTypeId),
    /// An array of a known length, or `None` for `[]` (flexible, `false`) and
    /// `[?]` (variable length, `true`).
    Array(CTypeId, Option<u64>, bool),
    /// A struct or union; its members are in `CType::fields`.
    Record {
        is_union: bool,
    },
    /// An enum; its underlying type is a 4-byte integer.
    Enum,
    Func {
        ret: CTypeId,
        params: Vec<CTypeId>,
        varargs: bool,
    },
    /// A vector of a number of scalar elements (GCC's `vector_size` and
    /// `mode(V4SI)` attributes), aligned as its size up to 16.
    Vector(CTypeId, u64),
    /// A reference: declared (`int &`), or to an aggregate inside another
    /// object (what indexing a struct or array member gives); 8 bytes holding
    /// the address. Nothing is made of one but a function returning it.
    Ref(CTypeId),
    /// The type of ctype objects (`ffi.typeof` results): 4 bytes holding an id.
    CtypeObj,
}

/// A member of a struct or union.
#[derive(Clone, Debug)]
pub struct Field {
    /// None for anonymous struct/union members (their fields are reachable
    /// directly) and unnamed bit fields.
    pub name: Option<String>,
    pub ty: CTypeId,
    pub offset: u64,
    /// For bit fields: (first bit within the storage unit at `offset`, width).
    pub bits: Option<(u32, u32)>,
}

/// Whether a member's name is these bytes (compared in place: names are
/// short, and a call to memcmp would cost more).
#[inline]
fn same_name(n: &str, name: &[u8]) -> bool {
    let n = n.as_bytes();
    n.len() == name.len() && n.iter().zip(name).all(|(a, b)| a == b)
}

/// A member as found by name (`CTypes::member`): its type, its offset from
/// the start of the record searched, its bit field, and whether it sits
/// inside a const anonymous struct or union member.
#[derive(Clone, Copy, Debug)]
pub struct Member {
    pub ty: CTypeId,
    pub offset: u64,
    pub bits: Option<(u32, u32)>,
    pub in_const: bool,
}

#[derive(Clone, Debug)]
pub struct CType {
    pub kind: Kind,
    pub size: u64,
    pub align: u64,
    pub is_const: bool,
    pub is_volatile: bool,
    /// The tag of a struct/union/enum, the name of a scalar (`int`, `int32_t`).
    pub name: Option<String>,
    /// Members of a struct or union (empty for incomplete ones).
    pub fields: Vec<Field>,
    /// Whether a struct/union/enum has been defined (not just named).
    pub complete: bool,
    /// Whether a struct ends in a variable-length array (`[?]`) or `[]`.
    pub has_vla: bool,
    /// Constants of a struct or union: its `static const` members and the
    /// constants of enums declared inside it.
    pub consts: Vec<(String, i64)>,
    /// An enum without negative constants is unsigned (LuaJIT's `uint32_t`
    /// enums); one with a negative constant is `int32_t`.
    pub unsigned_enum: bool,
}

impl CType {
    fn new(kind: Kind, size: u64, align: u64) -> CType {
        CType {
            kind,
            size,
            align,
            is_const: false,
            is_volatile: false,
            name: None,
            fields: Vec::new(),
            complete: true,
            has_vla: false,
            consts: Vec::new(),
            unsigned_enum: false,
        }
    }
    pub fn is_integer(&self) -> bool {
        matches!(self.kind, Kind::Int { .. } | Kind::Bool | Kind::Enum)
    }
    pub fn is_signed(&self) -> bool {
        match self.kind {
            Kind::Int { signed } => signed,
            Kind::Enum => !self.unsigned_enum,
            _ => false,
        }
    }
    pub fn is_pointer(&self) -> bool {
        matches!(self.kind, Kind::Ptr(_))
    }
    pub fn is_record(&self) -> bool {
        matches!(self.kind, Kind::Record { .. })
    }
    pub fn is_array(&self) -> bool {
        matches!(self.kind, Kind::Array(..))
    }
    pub fn is_func(&self) -> bool {
        matches!(self.kind, Kind::Func { .. })
    }
}

/// Interning key: the kind, qualifiers, name, size and alignment of a
/// non-record type (a `__ptr32` pointer and a scalar with an `aligned`
/// attribute differ from the plain ones only in the last two).
type Key = (Kind, bool, bool, Option<String>, u64, u64);

/// Well-known ids, created first in this order.
pub mod id {
    use super::CTypeId;
    pub const VOID: CTypeId = 0;
    pub const BOOL: CTypeId = 1;
    pub const CHAR: CTypeId = 2;
    pub const UCHAR: CTypeId = 3;
    pub const SHORT: CTypeId = 4;
    pub const USHORT: CTypeId = 5;
    pub const INT: CTypeId = 6;
    pub const UINT: CTypeId = 7;
    pub const INT64: CTypeId = 8;
    pub const UINT64: CTypeId = 9;
    pub const FLOAT: CTypeId = 10;
    pub const DOUBLE: CTypeId = 11;
    pub const CTYPE: CTypeId = 12;
    pub const LDOUBLE: CTypeId = 13;
    pub const COMPLEX: CTypeId = 14;
    pub const COMPLEX_FLOAT: CTypeId = 15;
}

// The VM builds 64-bit integer literals (`1LL`) with these ids.
const _: () = assert!(
    id::INT64 == lunavm_vm::cdata::CTYPE_INT64
        && id::UINT64 == lunavm_vm::cdata::CTYPE_UINT64
        && id::COMPLEX == lunavm_vm::cdata::CTYPE_COMPLEX
);

/// The built-in scalars: (name, kind, size), in the order of `id`. The 64-bit
/// integers are named as LuaJIT prints them (`long` is `int64_t` on x86-64).
const BUILTINS: &[(&str, Kind, u64)] = &[
    ("void", Kind::Void, 0),
    ("bool", Kind::Bool, 1),
    ("char", Kind::Int { signed: true }, 1),
    ("unsigned char", Kind::Int { signed: false }, 1),
    ("short", Kind::Int { signed: true }, 2),
    ("unsigned short", Kind::Int { signed: false }, 2),
    ("int", Kind::Int { signed: true }, 4),
    ("unsigned int", Kind::Int { signed: false }, 4),
    ("int64_t", Kind::Int { signed: true }, 8),
    ("uint64_t", Kind::Int { signed: false }, 8),
    ("float", Kind::Float, 4),
    ("double", Kind::Float, 8),
    ("ctype", Kind::CtypeObj, 4),
    // Laid out (16 bytes, x87 extended precision), never converted.
    ("long double", Kind::Float, 16),
    ("complex", Kind::Complex, 16),
    ("complex float", Kind::Complex, 8),
];

/// The <stdint.h>/<stddef.h> names every declaration may use.
const BUILTIN_TYPEDEFS: &[(&str, CTypeId)] = &[
    ("int8_t", id::CHAR),
    ("uint8_t", id::UCHAR),
    ("int16_t", id::SHORT),
    ("uint16_t", id::USHORT),
    ("int32_t", id::INT),
    ("uint32_t", id::UINT),
    ("int64_t", id::INT64),
    ("uint64_t", id::UINT64),
    ("size_t", id::UINT64),
    ("ssize_t", id::INT64),
    ("ptrdiff_t", id::INT64),
    ("intptr_t", id::INT64),
    ("uintptr_t", id::UINT64),
    ("wchar_t", id::INT),
];

/// The largest size of a C type (LuaJIT's limit: 2^31 - 1 bytes).
pub const MAX_SIZE: u64 = 0x7fff_ffff;

/// A named constant (enum member or `static const` integer).
#[derive(Clone, Copy, Debug)]
pub struct Constant {
    pub ty: CTypeId,
    pub value: i64,
}

/// Every type, typedef, tag, constant and declared function of one VM.
pub struct CTypes {
    types: Vec<CType>,
    interned: HashMap<Key, CTypeId>,
    pub typedefs: HashMap<String, CTypeId>,
    pub struct_tags: HashMap<String, CTypeId>,
    pub union_tags: HashMap<String, CTypeId>,
    pub enum_tags: HashMap<String, CTypeId>,
    pub constants: HashMap<String, Constant>,
    /// Declared functions and variables: name -> (type, symbol name to look up).
    pub externs: HashMap<String, (CTypeId, String)>,
    /// Type strings already parsed (`ffi.new("int[4]")` in a loop parses once);
    /// emptied by every `cdef`, which may change what a name means.
    pub parsed: HashMap<String, CTypeId>,
    /// The reference type to each type made so far, by the target's id (0:
    /// none yet): loading an aggregate element makes a reference, and that
    /// must not cost an interning lookup.
    refs: Vec<CTypeId>,
}

impl Default for CTypes {
    fn default() -> Self {
        Self::new()
    }
}

impl CTypes {
    pub fn new() -> CTypes {
        let mut t = CTypes {
            types: Vec::new(),
            interned: HashMap::new(),
            typedefs: HashMap::new(),
            struct_tags: HashMap::new(),
            union_tags: HashMap::new(),
            enum_tags: HashMap::new(),
            constants: HashMap::new(),
            externs: HashMap::new(),
            parsed: HashMap::new(),
            refs: Vec::new(),
        };
        for (name, kind, size) in BUILTINS {
            // A complex number is aligned as its parts.
            let align = match kind {
                Kind::Complex => size / 2,
                _ => (*size).max(1),
            };
            let mut ct = CType::new(kind.clone(), *size, align);
            ct.name = Some((*name).to_string());
            t.intern(ct);
        }
        for (name, ty) in BUILTIN_TYPEDEFS {
            t.typedefs.insert((*name).to_string(), *ty);
        }
        // va_list is an opaque pointer here.
        let vp = t.pointer_to(id::VOID);
        t.typedefs.insert("va_list".into(), vp);
        t.typedefs.insert("__builtin_va_list".into(), vp);
        t
    }

    pub fn get(&self, id: CTypeId) -> &CType {
        &self.types[id as usize]
    }
    pub fn get_mut(&mut self, id: CTypeId) -> &mut CType {
        &mut self.types[id as usize]
    }
    pub fn len(&self) -> usize {
        self.types.len()
    }
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    fn push(&mut self, ct: CType) -> CTypeId {
        self.types.push(ct);
        (self.types.len() - 1) as CTypeId
    }

    /// The id of a non-record type, creating it on first use.
    fn intern(&mut self, ct: CType) -> CTypeId {
        let key = (
            ct.kind.clone(),
            ct.is_const,
            ct.is_volatile,
            ct.name.clone(),
            ct.size,
            ct.align,
        );
        if let Some(&id) = self.interned.get(&key) {
            return id;
        }
        let id = self.push(ct);
        self.interned.insert(key, id);
        id
    }

    /// A new struct, union or enum (incomplete until defined).
    pub fn new_tagged(&mut self, kind: Kind, name: Option<String>) -> CTypeId {
        let mut ct = CType::new(kind, 0, 1);
        ct.name = name;
        ct.complete = false;
        if ct.kind == Kind::Enum {
            ct.size = 4;
            ct.align = 4;
        }
        self.push(ct)
    }

    /// `ty` with the given qualifiers added.
    pub fn qualified(&mut self, ty: CTypeId, is_const: bool, is_volatile: bool) -> CTypeId {
        let base = self.get(ty);
        if (!is_const || base.is_const) && (!is_volatile || base.is_volatile) {
            return ty;
        }
        if base.is_record() || base.kind == Kind::Enum {
            // Records keep their identity: a qualified copy shares the layout.
            let mut ct = base.clone();
            ct.is_const |= is_const;
            ct.is_volatile |= is_volatile;
            let key = (
                Kind::Ptr(ty),
                ct.is_const,
                ct.is_volatile,
                Some("\0qual".into()),
                0,
                0,
            );
            if let Some(&id) = self.interned.get(&key) {
                return id;
            }
            let id = self.push(ct);
            self.interned.insert(key, id);
            return id;
        }
        let mut ct = base.clone();
        ct.is_const |= is_const;
        ct.is_volatile |= is_volatile;
        self.intern(ct)
    }

    /// The unqualified type with the same layout (the record a qualified copy
    /// was made from, or the interned unqualified scalar).
    pub fn unqualified(&mut self, ty: CTypeId) -> CTypeId {
        let ct = self.get(ty);
        if !ct.is_const && !ct.is_volatile {
            return ty;
        }
        if ct.is_record() || ct.kind == Kind::Enum {
            let found = self
                .interned
                .iter()
                .find(|(k, &v)| v == ty && k.3.as_deref() == Some("\0qual"))
                .map(|(k, _)| k.0.clone());
            if let Some(Kind::Ptr(orig)) = found {
                return orig;
            }
            return ty;
        }
        let mut c = ct.clone();
        c.is_const = false;
        c.is_volatile = false;
        self.intern(c)
    }

    pub fn ref_to(&mut self, ty: CTypeId) -> CTypeId {
        // Id 0 is `void`, never a reference, so 0 marks "not made yet".
        match self.refs.get(ty as usize) {
            Some(&r) if r != 0 => r,
            _ => {
                let r = self.intern(CType::new(Kind::Ref(ty), 8, 8));
                if self.refs.len() <= ty as usize {
                    self.refs.resize(ty as usize + 1, 0);
                }
                self.refs[ty as usize] = r;
                r
            }
        }
    }

    pub fn pointer_to(&mut self, ty: CTypeId) -> CTypeId {
        self.intern(CType::new(Kind::Ptr(ty), 8, 8))
    }

    /// A 32-bit pointer (`int *__ptr32`): 4 bytes, zero-extended when read.
    pub fn pointer32_to(&mut self, ty: CTypeId) -> CTypeId {
        self.intern(CType::new(Kind::Ptr(ty), 4, 4))
    }

    /// A scalar type with another alignment (`char __attribute__((aligned(8)))`).
    pub fn with_align(&mut self, ty: CTypeId, align: u64) -> CTypeId {
        let ct = self.get(ty);
        if ct.align == align || ct.is_record() || ct.kind == Kind::Enum {
            return ty;
        }
        let mut c = ct.clone();
        c.align = align;
        self.intern(c)
    }

    /// A vector of `n` elements of scalar type `elem`.
    pub fn vector_of(&mut self, elem: CTypeId, n: u64) -> Result<CTypeId, String> {
        let e = self.get(elem);
        let scalar = e.is_integer() || e.kind == Kind::Float;
        let size = n.checked_mul(e.size).filter(|&s| s > 0 && s <= 1 << 16);
        let Some(size) = size.filter(|s| scalar && s.is_power_of_two()) else {
            return Err("invalid vector type".into());
        };
        Ok(self.intern(CType::new(Kind::Vector(elem, n), size, size.min(16))))
    }

    /// A bool of `size` bytes (`_Bool int` is LuaJIT's 4-byte bool).
    pub fn bool_of_size(&mut self, size: u64) -> CTypeId {
        if size == 1 {
            return id::BOOL;
        }
        let mut ct = CType::new(Kind::Bool, size, size.min(16));
        ct.name = Some("bool".into());
        self.intern(ct)
    }

    /// An integer type of `size` bytes (1 to 32), of the given signedness.
    pub fn int_of_size(&mut self, size: u64, signed: bool) -> CTypeId {
        match (size, signed) {
            (1, true) => id::CHAR,
            (1, false) => id::UCHAR,
            (2, true) => id::SHORT,
            (2, false) => id::USHORT,
            (4, true) => id::INT,
            (4, false) => id::UINT,
            (8, true) => id::INT64,
            (8, false) => id::UINT64,
            _ => {
                let mut ct = CType::new(Kind::Int { signed }, size, size.min(16));
                let u = if signed { "" } else { "u" };
                ct.name = Some(format!("{u}int{}_t", size * 8));
                self.intern(ct)
            }
        }
    }

    /// An array of `len` elements (None: flexible or variable length).
    pub fn array_of(
        &mut self,
        elem: CTypeId,
        len: Option<u64>,
        vla: bool,
    ) -> Result<CTypeId, String> {
        let e = self.get(elem);
        if e.kind == Kind::Void || e.is_func() || matches!(e.kind, Kind::Ref(_)) {
            return Err("invalid array element type".into());
        }
        // Elements need a size: no arrays of `[]` or `[?]` arrays.
        if matches!(e.kind, Kind::Array(_, None, _)) || e.has_vla {
            return Err("size of C type is unknown or too large".into());
        }
        let (esize, align) = (e.size, e.align);
        let size = match len {
            Some(n) => n
                .checked_mul(esize)
                .filter(|&s| s <= MAX_SIZE)
                .ok_or_else(|| "size of C type is unknown or too large".to_string())?,
            None => 0,
        };
        let mut ct = CType::new(Kind::Array(elem, len, vla), size, align);
        ct.has_vla = vla;
        Ok(self.intern(ct))
    }

    pub fn func(&mut self, ret: CTypeId, params: Vec<CTypeId>, varargs: bool) -> CTypeId {
        self.intern(CType::new(
            Kind::Func {
                ret,
                params,
                varargs,
            },
            0,
            1,
        ))
    }

    /// The element type of an array or the target of a pointer.
    pub fn target(&self, ty: CTypeId) -> Option<CTypeId> {
        match self.get(ty).kind {
            Kind::Ptr(t) | Kind::Array(t, ..) => Some(t),
            _ => None,
        }
    }

    /// A struct or union member by name (the bytes of a Lua string),
    /// searching anonymous members too; nothing is copied.
    pub fn member(&self, ty: CTypeId, name: &[u8]) -> Option<Member> {
        for f in &self.get(ty).fields {
            match &f.name {
                Some(n) if same_name(n, name) => {
                    return Some(Member {
                        ty: f.ty,
                        offset: f.offset,
                        bits: f.bits,
                        in_const: false,
                    })
                }
                None if f.bits.is_none() && self.get(f.ty).is_record() => {
                    if let Some(m) = self.member(f.ty, name) {
                        return Some(Member {
                            offset: f.offset + m.offset,
                            in_const: m.in_const || self.get(f.ty).is_const,
                            ..m
                        });
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// A struct or union member by name, searching anonymous members too.
    /// Returns the member and its offset from the start of `ty`.
    pub fn field(&self, ty: CTypeId, name: &str) -> Option<(Field, u64)> {
        for f in &self.get(ty).fields {
            match &f.name {
                Some(n) if n == name => return Some((f.clone(), f.offset)),
                None if f.bits.is_none() && self.get(f.ty).is_record() => {
                    if let Some((g, off)) = self.field(f.ty, name) {
                        return Some((g, f.offset + off));
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Whether storing into an object of type `ty` is refused: it is const,
    /// or an array of const elements, or a struct or union with a const
    /// member (LuaJIT's "pseudo-const" aggregates).
    pub fn is_readonly(&self, ty: CTypeId) -> bool {
        let ct = self.get(ty);
        ct.is_const
            || match ct.kind {
                Kind::Array(e, ..) => self.is_readonly(e),
                Kind::Record { .. } => ct.fields.iter().any(|f| self.is_readonly(f.ty)),
                _ => false,
            }
    }

    /// Whether member `name` of record `ty` sits inside a const anonymous
    /// struct or union member (`const struct { int ni; };`).
    pub fn field_in_const_member(&self, ty: CTypeId, name: &str) -> bool {
        self.member(ty, name.as_bytes()).is_some_and(|m| m.in_const)
    }

    /// The type as C spells it, with `inner` (a declarator such as `*` or a
    /// name) in its place, as LuaJIT's `ctype<...>` shows it.
    pub fn repr(&self, ty: CTypeId) -> String {
        self.repr_inner(ty, String::new())
    }

    /// How a pointer to `ty` is spelled (`int (*)()` for a function), without
    /// making that type.
    pub fn repr_pointer_to(&self, ty: CTypeId) -> String {
        let t = self.get(ty);
        let inner = if t.is_array() || t.is_func() {
            "(*)"
        } else {
            "*"
        };
        self.repr_inner(ty, inner.to_string())
    }

    fn quals(ct: &CType) -> &'static str {
        match (ct.is_const, ct.is_volatile) {
            (true, true) => "const volatile ",
            (true, false) => "const ",
            (false, true) => "volatile ",
            _ => "",
        }
    }

    fn repr_inner(&self, ty: CTypeId, inner: String) -> String {
        let ct = self.get(ty);
        let q = Self::quals(ct);
        let join = |base: String, inner: &str| {
            if inner.is_empty() {
                base
            } else {
                format!("{base} {inner}")
            }
        };
        match &ct.kind {
            Kind::Ptr(t) | Kind::Ref(t) => {
                let qs = q.trim_end();
                let mut s = String::from(match (ct.is_pointer(), ct.size) {
                    (true, 4) => "*__ptr32",
                    (true, _) => "*",
                    _ => "&",
                });
                if !qs.is_empty() {
                    s.push_str(qs);
                    if !inner.is_empty() {
                        s.push(' ');
                    }
                }
                s.push_str(&inner);
                let target = self.get(*t);
                if target.is_array() || target.is_func() {
                    s = format!("({s})");
                }
                self.repr_inner(*t, s)
            }
            Kind::Array(e, n, vla) => {
                let dim = match n {
                    Some(n) => format!("[{n}]"),
                    None if *vla => "[?]".to_string(),
                    None => "[]".to_string(),
                };
                let s = format!("{inner}{dim}");
                self.repr_inner(*e, s)
            }
            Kind::Vector(e, _) => {
                let base = format!(
                    "{q}{} __attribute__((vector_size({})))",
                    self.repr(*e),
                    ct.size
                );
                join(base, &inner)
            }
            Kind::Func { ret, .. } => {
                // LuaJIT leaves the parameters out.
                let s = format!("{inner}()");
                self.repr_inner(*ret, s)
            }
            Kind::Record { is_union } => {
                let kw = if *is_union { "union" } else { "struct" };
                let base = match &ct.name {
                    Some(n) => format!("{q}{kw} {n}"),
                    None => format!("{q}{kw} {ty}"),
                };
                join(base, &inner)
            }
            Kind::Enum => {
                let base = match &ct.name {
                    Some(n) => format!("{q}enum {n}"),
                    None => format!("{q}enum {ty}"),
                };
                join(base, &inner)
            }
            _ => {
                let base = format!("{q}{}", ct.name.as_deref().unwrap_or("?"));
                join(base, &inner)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_ids_name_their_builtins() {
        let t = CTypes::new();
        for (ty, name, size) in [
            (id::VOID, "void", 0),
            (id::BOOL, "bool", 1),
            (id::CHAR, "char", 1),
            (id::UCHAR, "unsigned char", 1),
            (id::SHORT, "short", 2),
            (id::USHORT, "unsigned short", 2),
            (id::INT, "int", 4),
            (id::UINT, "unsigned int", 4),
            (id::INT64, "int64_t", 8),
            (id::UINT64, "uint64_t", 8),
            (id::FLOAT, "float", 4),
            (id::DOUBLE, "double", 8),
            (id::CTYPE, "ctype", 4),
            (id::LDOUBLE, "long double", 16),
            (id::COMPLEX, "complex", 16),
            (id::COMPLEX_FLOAT, "complex float", 8),
        ] {
            assert_eq!(t.get(ty).name.as_deref(), Some(name));
            assert_eq!(t.get(ty).size, size, "{name}");
            if t.get(ty).kind == Kind::Complex {
                assert_eq!(t.get(ty).align, size / 2, "{name}");
            }
        }
    }

    #[test]
    fn interning_gives_one_id_per_spelling() {
        let mut t = CTypes::new();
        let p1 = t.pointer_to(id::INT);
        let p2 = t.pointer_to(id::INT);
        assert_eq!(p1, p2);
        let c = t.qualified(id::INT, true, false);
        assert_ne!(c, id::INT);
        assert_eq!(t.unqualified(c), id::INT);
        assert_eq!(
            t.array_of(id::INT, Some(4), false),
            t.array_of(id::INT, Some(4), false)
        );
        assert!(t.array_of(id::VOID, Some(1), false).is_err());
        assert!(t.array_of(id::INT, Some(1 << 60), false).is_err());
    }
}
