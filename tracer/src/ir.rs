//! The trace IR: static single assignment instructions in one array.
//!
//! References (`Ref`) index the array with a bias: constants grow down from
//! `REF_BIAS`, instructions up from it, so "is this a constant" is one compare and
//! every operand of an instruction is a smaller reference than the instruction
//! itself (except PHI operands, which may point forward around the loop).
//!
//! The op table below is the single declaration of every op: its name, its mode
//! (what kind of operation it is, which the optimisations and the backend read)
//! and the kinds of its two operands (printer, verifier). The names and meanings
//! follow LuaJIT's IR so that dumps read the same.

use std::fmt;

/// A reference to an IR instruction or constant.
pub type Ref = u32;

/// Constants are below, instructions above.
pub const REF_BIAS: Ref = 0x8000;
/// The frame base (slot 0 of the trace's starting frame).
pub const REF_BASE: Ref = REF_BIAS;
/// The first recorded instruction.
pub const REF_FIRST: Ref = REF_BIAS + 1;
/// Fixed constants for nil, false and true.
pub const REF_NIL: Ref = REF_BIAS - 1;
pub const REF_FALSE: Ref = REF_BIAS - 2;
pub const REF_TRUE: Ref = REF_BIAS - 3;
/// No operand / no instruction.
pub const REF_NONE: Ref = 0;

/// Whether a reference is a constant.
#[inline]
pub fn is_const(r: Ref) -> bool {
    r < REF_BIAS
}

/// How an op behaves, for the optimisations and the backend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A pure computation (may be folded, CSEd, eliminated when unused).
    Normal,
    /// Like Normal, and the operands may be swapped.
    Comm,
    /// Computes an address into an object (CSE-able, no side effects).
    Ref,
    /// Reads memory: CSE only with no intervening store that may alias.
    Load,
    /// Writes memory: never eliminated.
    Store,
    /// Allocates: never CSEd.
    Alloc,
    /// Has effects beyond its result (calls, loop markers): never eliminated.
    Effect,
    /// A constant.
    Const,
}

/// What an operand is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opnd {
    /// Unused.
    None,
    /// A reference.
    Ref,
    /// A literal (a small number whose meaning depends on the op).
    Lit,
    /// Constant payload (index into a constant pool, or the value itself).
    Cst,
}

macro_rules! ir_table {
    ($m:ident) => {
        $m! {
            // --- Guarded comparisons (exit when false)
            LT     (Normal, Ref, Ref)  "left < right",
            GE     (Normal, Ref, Ref)  "left >= right (NaN: false)",
            LE     (Normal, Ref, Ref)  "left <= right",
            GT     (Normal, Ref, Ref)  "left > right",
            ULT    (Normal, Ref, Ref)  "unordered or left < right",
            UGE    (Normal, Ref, Ref)  "unordered or left >= right",
            ULE    (Normal, Ref, Ref)  "unordered or left <= right",
            UGT    (Normal, Ref, Ref)  "unordered or left > right",
            EQ     (Comm,   Ref, Ref)  "left == right",
            NE     (Comm,   Ref, Ref)  "left ~= right",
            ABC    (Normal, Ref, Ref)  "array bounds check: right < left (unsigned)",
            RETF   (Normal, Lit, Ref)  "return below the start: the frame link in slot left is the return address right",
            // --- Miscellaneous
            NOP    (Normal, None, None) "nothing (a removed instruction)",
            BASE   (Normal, Lit, Lit)   "the frame base",
            LOOP   (Effect, None, None) "start of the loop body",
            USE    (Effect, Ref, None)  "keeps a value alive",
            PHI    (Effect, Ref, Ref)   "loop-carried value: left on entry, right after an iteration",
            GCSTEP (Effect, None, None) "exit when a collection is due",
            TBAR   (Effect, Ref, None)  "table write barrier after a store of a GC value: a black table turns grey",
            OBAR   (Effect, Ref, None)  "upvalue write barrier after a store: the upvalue object",
            TAILC  (Effect, Lit, None)  "a tail call replaced the frame at slot left (a helper notes the debug library's (tail call) level)",
            UNTAIL (Effect, Lit, None)  "the frame at slot left, which tail-called in the trace, returns (a helper drops its (tail call) levels)",
            // --- Constants
            KPRI   (Const, None, None)  "nil, false or true (the type says which)",
            KINT   (Const, Cst, None)   "32-bit integer",
            KGC    (Const, Cst, None)   "GC object",
            KPTR   (Const, Cst, None)   "raw pointer",
            KNUM   (Const, Cst, None)   "double",
            KSLOT  (Const, Ref, Lit)    "key constant and its hash slot",
            // --- Bit operations (on 32-bit integers)
            BNOT   (Normal, Ref, None)  "~x",
            BSWAP  (Normal, Ref, None)  "byte swap",
            BAND   (Comm,   Ref, Ref)   "x & y",
            BOR    (Comm,   Ref, Ref)   "x | y",
            BXOR   (Comm,   Ref, Ref)   "x ^ y",
            BSHL   (Normal, Ref, Ref)   "x << y",
            BSHR   (Normal, Ref, Ref)   "x >> y (logical)",
            BSAR   (Normal, Ref, Ref)   "x >> y (arithmetic)",
            BROL   (Normal, Ref, Ref)   "rotate left",
            BROR   (Normal, Ref, Ref)   "rotate right",
            // --- Arithmetic
            ADD    (Comm,   Ref, Ref)   "x + y",
            SUB    (Normal, Ref, Ref)   "x - y",
            MUL    (Comm,   Ref, Ref)   "x * y",
            DIV    (Normal, Ref, Ref)   "x / y",
            MOD    (Normal, Ref, Ref)   "x % y (Lua's floored modulo)",
            POW    (Normal, Ref, Ref)   "x ^ y",
            NEG    (Normal, Ref, Ref)   "-x (right: the sign mask constant)",
            ABS    (Normal, Ref, Ref)   "|x| (right: the abs mask constant)",
            MIN    (Normal, Ref, Ref)   "math.min of two: y if y < x, else x (NaNs do not commute)",
            MAX    (Normal, Ref, Ref)   "math.max of two: y if y > x, else x",
            FPMATH (Normal, Ref, Lit)   "floor, ceil, sqrt, ... (the literal says which)",
            ADDOV  (Comm,   Ref, Ref)   "integer add, exit on overflow",
            SUBOV  (Normal, Ref, Ref)   "integer subtract, exit on overflow",
            // --- Memory references
            AREF   (Ref,    Ref, Ref)   "address of array slot: table, index",
            HREFK  (Ref,    Ref, Ref)   "address of the hash slot of a constant key: table, KSLOT",
            HREF   (Ref,    Ref, Ref)   "address of t[any key]'s value, or of a constant nil if absent (a helper call)",
            NEWREF (Effect, Ref, Ref)   "address of t[any key]'s value, created if absent (a helper call; the table may grow)",
            UREFO  (Ref,    Ref, Lit)   "an upvalue object (open or closed): function, index",
            UREFC  (Ref,    Ref, Lit)   "a closed upvalue object: function, index",
            FREF   (Ref,    Ref, Lit)   "address of an object field (the literal names it)",
            // --- Loads and stores
            ALOAD  (Load,   Ref, None)  "load an array slot",
            HLOAD  (Load,   Ref, None)  "load a hash slot",
            ULOAD  (Load,   Ref, None)  "load an upvalue's value (through the object's value pointer)",
            FLOAD  (Load,   Ref, Lit)   "load an object field (the literal names it)",
            ALEN   (Load,   Ref, None)  "length of a table, #t (a helper call)",
            SLOAD  (Load,   Lit, Lit)   "load a stack slot: slot, flags",
            ASTORE (Store,  Ref, Ref)   "store into an array slot",
            HSTORE (Store,  Ref, Ref)   "store into a hash slot",
            USTORE (Store,  Ref, Ref)   "store into an upvalue",
            FSTORE (Store,  Ref, Ref)   "store into an object field",
            // --- Allocations
            TNEW   (Alloc,  Lit, Lit)   "new table: array size, hash size bits",
            TDUP   (Alloc,  Ref, None)  "copy of a template table",
            // --- Conversions and calls
            CONV   (Normal, Ref, Lit)   "type conversion (the literal says which)",
            TOBIT  (Normal, Ref, Ref)   "number to 32-bit integer (right: the 2^52+2^51 bias)",
            CALLN  (Normal, Ref, Lit)   "call a pure helper: arguments, helper id",
            CALLL  (Load,   Ref, Lit)   "call a helper that reads memory",
            CALLS  (Effect, Ref, Lit)   "call a helper with side effects",
            CARG   (Normal, Ref, Ref)   "extra argument of a call",
            // --- C data (FFI; see record/ffi.rs). Kinds are `CScalar as u32`.
            // They stay the last group (`IrOp::is_cdata_op`).
            XCTYPE (Normal, Ref, None)  "a cdata's C type id",
            XPTR   (Normal, Ref, Lit)   "a cdata's C data: 0 the payload's address, 1 the 64 bits the payload holds (an address, a 64-bit integer)",
            XSCALE (Normal, Ref, Lit)   "a number truncated to a 64-bit integer (or an int), times the literal (an element offset)",
            XADD   (Normal, Ref, Ref)   "address plus an offset (an XSCALE, or an integer constant)",
            XLOAD  (Load,   Ref, Lit)   "load the C scalar of kind lit at an address (int kinds give int, u32 and floats num)",
            XCONV  (Normal, Ref, Lit)   "a number (or integer) converted to C scalar kind lit, for XSTORE and XARG",
            XSTORE (Store,  Ref, Ref)   "store an XCONV (its kind says the width) at an address",
            XARG   (Effect, Ref, Lit)   "stage an XCONV as argument register lit (0-5 integer, 6-13 xmm0-7) of the next CALLXS",
            CREF   (Normal, Ref, Lit)   "a reference cdata of C type lit to address op1 (virtual: made only when an exit needs it)",
            CALLXS (Effect, Ref, Lit)   "call the C function at a KPTR with the staged arguments (lit: result kind + 1, or 0, staged registers << 4)",
            CNEWI  (Normal, Ref, Lit)   "a cdata of C type lit holding the 64 bits op1 (an int64_t, uint64_t or pointer; virtual: boxed only when an exit needs it)",
            XSUB   (Normal, Ref, Ref)   "64-bit integer x - y (wrapping; x + y is XADD)",
            XMUL   (Comm,   Ref, Ref)   "64-bit integer x * y (wrapping)",
            XNUM   (Normal, Ref, Lit)   "a 64-bit integer as a number (lit 0: signed, 1: unsigned)",
            XSAR   (Normal, Ref, Lit)   "64-bit signed x divided by 2^lit, truncating (a pointer difference in elements)",
            XERRNO (Effect, Ref, Ref)   "right after a CALLXS: copy the thread's errno (at KPTR op1) to the ffi's saved errno (KPTR op2)",
            CBOX   (Alloc,  Ref, None)  "the cdata a virtual one (CNEWI, CREF) stands for, allocated where it escapes (a helper call; exits when a collection is due)",
            XDIV   (Normal, Ref, Ref)   "64-bit integer x / y, truncating (u64: unsigned); y is not 0 (guarded before); signed x / -1 wraps",
            XMOD   (Normal, Ref, Ref)   "64-bit integer remainder of x / y (u64: unsigned; sign of x); y is not 0 (guarded before); x % -1 is 0",
            XPOW   (Normal, Ref, Ref)   "64-bit integer x ^ y as the ffi computes it (u64: unsigned; a helper call)",
        }
    };
}

macro_rules! define_ir_ops {
    ($($name:ident ($mode:ident, $o1:ident, $o2:ident) $doc:literal,)*) => {
        /// An IR opcode.
        #[allow(clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        pub enum IrOp { $(#[doc = $doc] $name,)* }

        /// Number of IR ops.
        pub const NUM_IR_OPS: usize = [$(IrOp::$name),*].len();

        const IR_NAMES: [&str; NUM_IR_OPS] = [$(stringify!($name)),*];
        const IR_MODES: [Mode; NUM_IR_OPS] = [$(Mode::$mode),*];
        const IR_OPNDS: [(Opnd, Opnd); NUM_IR_OPS] = [$((Opnd::$o1, Opnd::$o2)),*];
    };
}

ir_table!(define_ir_ops);

impl IrOp {
    pub fn name(self) -> &'static str {
        IR_NAMES[self as usize]
    }
    pub fn mode(self) -> Mode {
        IR_MODES[self as usize]
    }
    pub fn operands(self) -> (Opnd, Opnd) {
        IR_OPNDS[self as usize]
    }
    /// Ops that compare and (as guards) exit when the comparison is false.
    pub fn is_comparison(self) -> bool {
        self as u8 <= IrOp::ABC as u8
    }
    /// The comparison that holds exactly when this one does not (NaN included).
    pub fn inverted(self) -> IrOp {
        use IrOp::*;
        match self {
            LT => UGE,
            GE => ULT,
            LE => UGT,
            GT => ULE,
            ULT => GE,
            UGE => LT,
            ULE => GT,
            UGT => LE,
            EQ => NE,
            NE => EQ,
            other => other,
        }
    }
    /// The comparison with its operands swapped.
    pub fn swapped(self) -> IrOp {
        use IrOp::*;
        match self {
            LT => GT,
            GE => LE,
            LE => GE,
            GT => LT,
            ULT => UGT,
            UGE => ULE,
            ULE => UGE,
            UGT => ULT,
            other => other,
        }
    }
    pub fn is_const(self) -> bool {
        self.mode() == Mode::Const
    }
    /// The C data ops (the last group of the table, from `XCTYPE` on).
    pub fn is_cdata_op(self) -> bool {
        self >= IrOp::XCTYPE
    }
}

/// The type of an IR value. The first thirteen are the Lua types in the order of
/// the VM's value tags (`tag = NIL_TAG - irt`), so a type guard compares the tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum IrType {
    Nil = 0,
    False,
    True,
    LightUd,
    Str,
    Upval,
    Thread,
    Proto,
    Func,
    Trace,
    Cdata,
    Tab,
    Udata,
    /// A double.
    Num,
    /// A 32-bit signed integer (narrowed numbers, bit operations, indices).
    Int,
    /// A raw pointer (addresses computed by references).
    Ptr,
    /// Nothing (stores, guards, markers).
    Void,
    /// A 64-bit signed integer (C `int64_t` values).
    I64,
    /// A 64-bit unsigned integer (C `uint64_t` values).
    U64,
}

impl IrType {
    /// Lua types that are only a tag (no payload).
    pub fn is_pri(self) -> bool {
        self <= IrType::True
    }
    /// Values that are GC object pointers.
    pub fn is_gc(self) -> bool {
        (IrType::Str..=IrType::Udata).contains(&self)
    }
    /// Values held in floating-point registers.
    pub fn is_fp(self) -> bool {
        self == IrType::Num
    }
    /// The VM value tag of a Lua type.
    pub fn tag(self) -> u32 {
        debug_assert!(self <= IrType::Udata);
        lunavm_vm::value::tag::NIL - self as u32
    }
    /// The IR type of a Lua value.
    pub fn of(v: lunavm_vm::Value) -> IrType {
        if v.is_number() {
            IrType::Num
        } else {
            let t = lunavm_vm::value::tag::NIL - v.itype();
            // SAFETY-free conversion: the tags of non-numbers are NIL..=UDATA.
            IrType::from_u8(t as u8)
        }
    }
    pub fn from_u8(b: u8) -> IrType {
        use IrType::*;
        [
            Nil, False, True, LightUd, Str, Upval, Thread, Proto, Func, Trace, Cdata, Tab, Udata,
            Num, Int, Ptr, Void, I64, U64,
        ][b as usize]
    }
    /// Short name for dumps (LuaJIT's spelling).
    pub fn name(self) -> &'static str {
        use IrType::*;
        match self {
            Nil => "nil",
            False => "fal",
            True => "tru",
            LightUd => "lud",
            Str => "str",
            Upval => "upv",
            Thread => "thr",
            Proto => "pro",
            Func => "fun",
            Trace => "trc",
            Cdata => "cdt",
            Tab => "tab",
            Udata => "udt",
            Num => "num",
            Int => "int",
            Ptr => "p64",
            Void => "   ",
            I64 => "i64",
            U64 => "u64",
        }
    }
}

/// Flags of SLOAD (second operand).
pub mod sload {
    /// The slot belongs to the parent trace (side traces).
    pub const PARENT: u32 = 1;
    /// Load without a type check (the type is known).
    pub const TYPECHECK: u32 = 2;
    /// Read-only: the slot is never written back by the trace.
    pub const READONLY: u32 = 4;
    /// Converted from a number to an integer.
    pub const CONVERT: u32 = 8;
    /// The numeric for loop's control variable (known to be a number).
    pub const INHERIT: u32 = 16;
}

/// Fields named by FLOAD/FREF literals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Field {
    /// A table's array part pointer.
    TabArray,
    /// A table's array size.
    TabAsize,
    /// A table's hash part pointer.
    TabNode,
    /// A table's hash mask.
    TabHmask,
    /// A table's metatable (null if none).
    TabMeta,
    /// A table's negative metamethod cache.
    TabNomm,
    /// A function's environment table.
    FuncEnv,
    /// A string's length.
    StrLen,
    /// A userdata's metatable.
    UdataMeta,
    /// A function's prototype (null for natives).
    FuncProto,
}

impl Field {
    pub fn from_u32(n: u32) -> Field {
        use Field::*;
        [
            TabArray, TabAsize, TabNode, TabHmask, TabMeta, TabNomm, FuncEnv, StrLen, UdataMeta,
            FuncProto,
        ][n as usize]
    }
    pub fn name(self) -> &'static str {
        use Field::*;
        match self {
            TabArray => "tab.array",
            TabAsize => "tab.asize",
            TabNode => "tab.node",
            TabHmask => "tab.hmask",
            TabMeta => "tab.meta",
            TabNomm => "tab.nomm",
            FuncEnv => "func.env",
            StrLen => "str.len",
            UdataMeta => "udata.meta",
            FuncProto => "func.proto",
        }
    }
    /// The type of the value an FLOAD of this field gives.
    pub fn load_type(self) -> IrType {
        use Field::*;
        match self {
            TabArray | TabNode | FuncProto => IrType::Ptr,
            TabAsize | TabHmask | StrLen | TabNomm => IrType::Int,
            TabMeta | FuncEnv | UdataMeta => IrType::Tab,
        }
    }
}

/// FPMATH operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum FpMath {
    Floor,
    Ceil,
    Trunc,
    Sqrt,
    Log,
    Log10,
    Exp,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
}

impl FpMath {
    pub fn from_u32(n: u32) -> FpMath {
        use FpMath::*;
        [
            Floor, Ceil, Trunc, Sqrt, Log, Log10, Exp, Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh,
            Tanh,
        ][n as usize]
    }
    pub fn name(self) -> &'static str {
        use FpMath::*;
        match self {
            Floor => "floor",
            Ceil => "ceil",
            Trunc => "trunc",
            Sqrt => "sqrt",
            Log => "log",
            Log10 => "log10",
            Exp => "exp",
            Sin => "sin",
            Cos => "cos",
            Tan => "tan",
            Asin => "asin",
            Acos => "acos",
            Atan => "atan",
            Sinh => "sinh",
            Cosh => "cosh",
            Tanh => "tanh",
        }
    }
    /// The value in Rust (constant folding, helpers).
    pub fn eval(self, x: f64) -> f64 {
        use FpMath::*;
        match self {
            Floor => x.floor(),
            Ceil => x.ceil(),
            Trunc => x.trunc(),
            Sqrt => x.sqrt(),
            Log => x.ln(),
            Log10 => x.log10(),
            Exp => x.exp(),
            Sin => x.sin(),
            Cos => x.cos(),
            Tan => x.tan(),
            Asin => x.asin(),
            Acos => x.acos(),
            Atan => x.atan(),
            Sinh => x.sinh(),
            Cosh => x.cosh(),
            Tanh => x.tanh(),
        }
    }
}

/// CONV literals: what converts to what.
pub mod conv {
    /// Number to integer, exit if it is not an exact integer.
    pub const NUM_INT_CHECK: u32 = 1;
    /// Integer to number.
    pub const INT_NUM: u32 = 2;
    /// Number to integer, truncating (the result is only used as an index that
    /// is checked otherwise).
    pub const NUM_INT: u32 = 3;
}

/// One IR instruction (or constant).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Ins {
    pub op: IrOp,
    pub t: IrType,
    /// A guard: exits the trace (through the snapshot in force) when it fails.
    pub guard: bool,
    pub op1: u32,
    pub op2: u32,
    /// The previous instruction with the same op (CSE chain), or REF_NONE.
    pub prev: Ref,
    /// The bytecode position (index into the prototype's code) it was recorded
    /// from, and the inlining depth, for dumps and profiles.
    pub pc: u32,
    pub depth: u8,
}

impl Ins {
    pub fn new(op: IrOp, t: IrType, op1: u32, op2: u32) -> Ins {
        Ins {
            op,
            t,
            guard: false,
            op1,
            op2,
            prev: REF_NONE,
            pc: 0,
            depth: 0,
        }
    }
    pub fn guarded(mut self) -> Ins {
        self.guard = true;
        self
    }
}

impl fmt::Debug for Ins {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{} {} {:#x} {:#x}",
            if self.guard { ">" } else { " " },
            self.t.name(),
            self.op.name(),
            self.op1,
            self.op2
        )
    }
}
