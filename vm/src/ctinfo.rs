//! What the trace compiler may ask about C types.
//!
//! The VM gives cdata no meaning (`cdata.rs`); the `lunavm-ffi` crate owns the
//! C type table. A trace that indexes cdata or calls C functions needs a
//! little of that table at record time: the shape of a type, the offset of a
//! member, a function's prototype. The ffi crate installs an implementation
//! of `CTypeInfo` (`Vm::set_ctype_info`) and the recorder asks through it, so
//! the trace compiler depends on neither the ffi crate nor its data layout.

/// A C scalar the trace compiler can load, store or pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CScalar {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F32,
    F64,
    Bool,
}

impl CScalar {
    pub fn size(self) -> u64 {
        use CScalar::*;
        match self {
            I8 | U8 | Bool => 1,
            I16 | U16 => 2,
            I32 | U32 | F32 => 4,
            I64 | U64 | F64 => 8,
        }
    }
}

/// What a C type is, as far as traces care.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CtShape {
    /// A scalar (a cdata of this type holds one; an element or member of it
    /// loads as a Lua number or boolean, or as a 64-bit integer cdata).
    Scalar(CScalar),
    /// A pointer: a cdata of this type holds the address; `elem` is the
    /// pointee.
    Ptr { elem: u32 },
    /// An array in place (in the cdata's payload, or at a reference's address).
    Array { elem: u32 },
    /// A struct or union in place.
    Record,
    /// A reference to an aggregate: the payload holds the address of `target`.
    Ref { target: u32 },
    /// A C function: the cdata holds its address.
    Func(CFunc),
    /// Anything else (enums, `void`, `long double`, ctype objects, ...).
    Other,
}

/// A parameter or result of a C function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CArg {
    Void,
    Scalar(CScalar),
    /// A pointer of this type (8 bytes, passed and returned like a `uint64_t`).
    Ptr(u32),
    /// Aggregates, enums and other types.
    Other,
}

/// A C function's prototype.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CFunc {
    pub ret: CArg,
    pub params: Vec<CArg>,
    pub varargs: bool,
}

/// One C type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CtInfo {
    pub shape: CtShape,
    pub size: u64,
    /// `const`-qualified: stores to it are errors.
    pub is_const: bool,
}

/// The `ffi` library functions the recorder computes in traces (known by
/// identity, through [`CTypeInfo::ffi_function`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FfiFunc {
    Cast,
    Sizeof,
    Offsetof,
    Errno,
    New,
    String,
    Copy,
    Fill,
}

/// A bit field as traces read and write it: the storage (`unit`: U8, U16
/// or I32, 1, 2 or 4 bytes at `offset`, inside the struct) and the field's
/// first bit and width (under 32) in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CBitField {
    pub offset: u64,
    pub unit: CScalar,
    pub pos: u32,
    pub width: u32,
    pub signed: bool,
    pub is_bool: bool,
    pub is_const: bool,
}

/// How `ffi.new` (or a ctype object's call) initialises a new object of a
/// type traces allocate: a zeroed payload of `size` bytes, then each
/// initialiser converted to a scalar stored at an offset, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CNew {
    pub size: u64,
    /// Where the initialisers go, in order: a struct's members (anonymous
    /// ones flattened; a union's first), an array's elements, or a scalar.
    pub slots: Vec<(CScalar, u64)>,
    /// An array: one initialiser fills every element.
    pub fill: bool,
}

/// The C type table, as the trace compiler reads it. Every answer is `None`
/// when the type table cannot tell (an unknown id, the table in use).
pub trait CTypeInfo {
    /// The type with id `id`.
    fn info(&self, id: u32) -> Option<CtInfo>;
    /// The member `name` of struct or union `record` (members of anonymous
    /// members included, bit fields excluded): its type and byte offset.
    fn field(&self, record: u32, name: &[u8]) -> Option<(u32, u64)>;
    /// The id of a reference to aggregate `id` (what indexing gives for an
    /// element or member of aggregate type), made if needed.
    fn ref_to(&self, id: u32) -> Option<u32>;
    /// The byte at `addr`, if it may be read (a recorder specialising on a
    /// C `bool` reads the one the interpreter is about to load).
    fn read_byte(&self, addr: u64) -> Option<u8>;
    /// The C function `name` of library namespace `lib` (`ffi.C`, an
    /// `ffi.load` result): its function type and address, if `lib` is one
    /// and `name` a declared function there (not a constant or variable).
    fn clib_function(&self, lib: crate::Value, name: &[u8]) -> Option<(u32, u64)>;
    /// The id of a pointer to `elem` (what pointer arithmetic gives), made if
    /// needed.
    fn pointer_to(&self, elem: u32) -> Option<u32>;
    /// Whether a cdata of type `id` has a metatype (its own struct, or the
    /// struct it points or refers to): its metamethods come before the
    /// built-in arithmetic and comparisons.
    fn has_metatype(&self, id: u32) -> bool;
    /// The metatable of that metatype (fixed once set), if it has one.
    fn metatable(&self, _id: u32) -> Option<crate::Value> {
        None
    }
    /// The metatable of the metatype of a cdata of type `id` when the string
    /// key `name` is no member of its struct (or of the struct it points or
    /// refers to): the keys metatype `__index` applies to.
    fn metatype_index(&self, _id: u32, _name: &[u8]) -> Option<crate::Value> {
        None
    }
    /// Whether a cdata of type `from` converts implicitly (as a C call's
    /// argument or a store) to pointer type `to`: pointers, arrays, structs
    /// and functions whose pointee is compatible.
    fn converts_to_pointer(&self, from: u32, to: u32) -> bool;
    /// Whether a Lua string converts implicitly to pointer type `to` (its
    /// pointee is `void` or one byte wide, `const char *`).
    fn string_converts_to(&self, to: u32) -> bool;
    /// The calling thread's `errno` and where the ffi keeps it as the last
    /// C call left it (`ffi.errno`): addresses of `i32`s; a trace copies the
    /// first to the second after each C call it makes (a VM stays on its
    /// thread, so the first is fixed too).
    fn errno_slots(&self) -> Option<(usize, usize)>;
    /// Which `ffi` function `f` is, if the recorder knows it.
    fn ffi_function(&self, _f: crate::Value) -> Option<FfiFunc> {
        None
    }
    /// The C type a type argument of the `ffi` functions names, if it is a
    /// type string (parsed as `ffi.typeof` would) or a ctype object.
    fn type_arg(&self, _v: crate::Value) -> Option<u32> {
        None
    }
    /// `ffi.sizeof` of type `id`, if it has a fixed size.
    fn size_of(&self, _id: u32) -> Option<u64> {
        None
    }
    /// `ffi.offsetof` of member `name` of struct or union `record` (not a
    /// bit field).
    fn offset_of(&self, _record: u32, _name: &[u8]) -> Option<u64> {
        None
    }
    /// How `ffi.new` of type `id` initialises, if traces may allocate it: a
    /// fixed size, alignment up to 16, scalar members or elements (no bit
    /// fields, pointers or nested aggregates), not a callback.
    fn new_layout(&self, _id: u32) -> Option<CNew> {
        None
    }
    /// The bit field `name` of struct or union `record`, if traces handle it.
    fn bit_field(&self, _record: u32, _name: &[u8]) -> Option<CBitField> {
        None
    }
    /// The (interned) string `"__new"`: a metatype with that handler
    /// constructs instead of `ffi.new`, so a trace guards its absence.
    fn new_key(&self) -> Option<crate::Value> {
        None
    }
}
