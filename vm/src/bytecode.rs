//! The bytecode: instruction format, the opcode table, and the printer.
//!
//! Every instruction is 32 bits, in one of two layouts:
//!
//! ```text
//!  31      24 23     16 15      8 7       0
//! +---------+---------+---------+---------+
//! |    B    |    C    |    A    |   OP    |   ABC
//! +---------+---------+---------+---------+
//! |         D         |    A    |   OP    |   AD
//! +-------------------+---------+---------+
//! ```
//!
//! Operands are frame slots, constant indices or literals; each op declares the
//! kind of its operands in the table below, which the compiler, the printer, the
//! interpreter and the recorder all read. Jump targets are stored in D with a
//! bias: target = pc + 1 + D - JUMP_BIAS.
//!
//! Frames (see `frame.rs`): a called function's slots start at `base`; the callee
//! itself sits at `base-2` and the frame link at `base-1`. So a call at slot A puts
//! the function in A, leaves A+1 for the link and passes arguments from A+2.
//!
//! Comparison ops are always followed by a JMP; the JMP is taken when the
//! comparison holds, otherwise it is skipped. The order of the comparison ops is
//! fixed so that `op ^ 1` is the inverse condition (NaN included).

/// Bias of the D operand for jumps.
pub const JUMP_BIAS: u32 = 0x8000;
/// Marker for "no jump" in jump lists while compiling.
pub const NO_JUMP: i32 = -1;
/// Highest slot number an operand can address; frames are limited to this.
pub const MAX_SLOTS: u32 = 250;

/// Operand kinds. `Dst` is written, `Var` read, `Base` is the start of a slot
/// range, `RBase` a slot number used only as information.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    None,
    Dst,
    Var,
    Base,
    RBase,
    /// Upvalue index.
    Uv,
    /// Unsigned literal.
    Lit,
    /// Signed 16-bit literal.
    Lits,
    /// Primitive: 0 nil, 1 false, 2 true.
    Pri,
    /// Number constant index.
    Num,
    /// String constant index (into the GC constants).
    Str,
    /// Cdata constant index (into the GC constants): 64-bit integer literals.
    Cdata,
    /// Template table constant index.
    Tab,
    /// Function prototype constant index.
    Func,
    /// Jump target (biased).
    Jump,
}

macro_rules! bytecode_table {
    ($mac:ident) => {
        $mac! {
            // name    A      B/D    C      meaning
            // --- Comparisons (a JMP follows; taken when the condition holds)
            ISLT   (Var,   Var,   None)  "if A < D then jump",
            ISGE   (Var,   Var,   None)  "if not (A < D) then jump",
            ISLE   (Var,   Var,   None)  "if A <= D then jump",
            ISGT   (Var,   Var,   None)  "if not (A <= D) then jump",
            ISEQV  (Var,   Var,   None)  "if A == D then jump",
            ISNEV  (Var,   Var,   None)  "if A ~= D then jump",
            ISEQS  (Var,   Str,   None)  "if A == K[D] then jump",
            ISNES  (Var,   Str,   None)  "if A ~= K[D] then jump",
            ISEQN  (Var,   Num,   None)  "if A == KN[D] then jump",
            ISNEN  (Var,   Num,   None)  "if A ~= KN[D] then jump",
            ISEQP  (Var,   Pri,   None)  "if A == pri(D) then jump",
            ISNEP  (Var,   Pri,   None)  "if A ~= pri(D) then jump",
            // --- Unary tests and copies
            ISTC   (Dst,   Var,   None)  "if D is truthy then A := D and jump",
            ISFC   (Dst,   Var,   None)  "if D is falsy then A := D and jump",
            IST    (None,  Var,   None)  "if D is truthy then jump",
            ISF    (None,  Var,   None)  "if D is falsy then jump",
            // --- Unary ops
            MOV    (Dst,   Var,   None)  "A := D",
            NOT    (Dst,   Var,   None)  "A := not D",
            UNM    (Dst,   Var,   None)  "A := -D",
            LEN    (Dst,   Var,   None)  "A := #D",
            // --- Binary ops: VN = slot op number, NV = number op slot, VV = slot op slot
            ADDVN  (Dst,   Var,   Num)   "A := B + KN[C]",
            SUBVN  (Dst,   Var,   Num)   "A := B - KN[C]",
            MULVN  (Dst,   Var,   Num)   "A := B * KN[C]",
            DIVVN  (Dst,   Var,   Num)   "A := B / KN[C]",
            MODVN  (Dst,   Var,   Num)   "A := B % KN[C]",
            ADDNV  (Dst,   Var,   Num)   "A := KN[C] + B",
            SUBNV  (Dst,   Var,   Num)   "A := KN[C] - B",
            MULNV  (Dst,   Var,   Num)   "A := KN[C] * B",
            DIVNV  (Dst,   Var,   Num)   "A := KN[C] / B",
            MODNV  (Dst,   Var,   Num)   "A := KN[C] % B",
            ADDVV  (Dst,   Var,   Var)   "A := B + C",
            SUBVV  (Dst,   Var,   Var)   "A := B - C",
            MULVV  (Dst,   Var,   Var)   "A := B * C",
            DIVVV  (Dst,   Var,   Var)   "A := B / C",
            MODVV  (Dst,   Var,   Var)   "A := B % C",
            POW    (Dst,   Var,   Var)   "A := B ^ C",
            CAT    (Dst,   RBase, RBase) "A := B .. B+1 .. ... .. C",
            // --- Constants
            KSTR   (Dst,   Str,   None)  "A := K[D]",
            KCDATA (Dst,   Cdata, None)  "A := K[D] (a cdata constant: 1LL, 2ULL)",
            KSHORT (Dst,   Lits,  None)  "A := D (signed 16-bit)",
            KNUM   (Dst,   Num,   None)  "A := KN[D]",
            KPRI   (Dst,   Pri,   None)  "A := pri(D)",
            KNIL   (Base,  Base,  None)  "A, ..., D := nil",
            // --- Upvalues and closures
            UGET   (Dst,   Uv,    None)  "A := U[D]",
            USETV  (Uv,    Var,   None)  "U[A] := D",
            USETS  (Uv,    Str,   None)  "U[A] := K[D]",
            USETN  (Uv,    Num,   None)  "U[A] := KN[D]",
            USETP  (Uv,    Pri,   None)  "U[A] := pri(D)",
            UCLO   (RBase, Jump,  None)  "close upvalues of slots >= A, then jump",
            FNEW   (Dst,   Func,  None)  "A := closure of prototype K[D]",
            // --- Tables
            TNEW   (Dst,   Lit,   None)  "A := {} (D: array size | log2 hash size << 11)",
            TDUP   (Dst,   Tab,   None)  "A := copy of template table K[D]",
            GGET   (Dst,   Str,   None)  "A := env[K[D]]",
            GSET   (Var,   Str,   None)  "env[K[D]] := A",
            TGETV  (Dst,   Var,   Var)   "A := B[C]",
            TGETS  (Dst,   Var,   Str)   "A := B[K[C]]",
            TGETB  (Dst,   Var,   Lit)   "A := B[C] (C an integer 0..255)",
            TSETV  (Var,   Var,   Var)   "B[C] := A",
            TSETS  (Var,   Var,   Str)   "B[K[C]] := A",
            TSETB  (Var,   Var,   Lit)   "B[C] := A (C an integer 0..255)",
            TSETM  (Base,  Num,   None)  "(A-1)[KN[D]+i] := A+i for the MULTRES values",
            // --- Calls and varargs (callee in A, its link in A+1, arguments from A+2)
            CALLM  (Base,  Lit,   Lit)   "A, ..., A+B-2 := A(A+2, ..., A+1+C+MULTRES)",
            CALL   (Base,  Lit,   Lit)   "A, ..., A+B-2 := A(A+2, ..., A+C)",
            CALLMT (Base,  Lit,   None)  "return A(A+2, ..., A+1+D+MULTRES)",
            CALLT  (Base,  Lit,   None)  "return A(A+2, ..., A+D)",
            ITERC  (Base,  Lit,   Lit)   "A, A+2, A+3 := A-3, A-2, A-1; A, ..., A+B-2 := A(A+2, A+3)",
            ITERN  (Base,  Lit,   Lit)   "ITERC specialised for next(): A-1 holds the traversal position; jumps like the ITERL after it",
            VARG   (Base,  Lit,   Lit)   "A, ..., A+B-2 := ... (B = 0: all, sets MULTRES)",
            ISNEXT (Base,  Jump,  None)  "if A-3 is next, A-2 a table and A-1 nil then A-1 := 0 else despecialise the ITERN at D; jump",
            // --- Returns
            RETM   (Base,  Lit,   None)  "return A, ..., A+D-1, MULTRES more",
            RET    (RBase, Lit,   None)  "return A, ..., A+D-2",
            RET0   (RBase, Lit,   None)  "return",
            RET1   (RBase, Lit,   None)  "return A",
            // --- Loops and branches. FORL, ITERL, LOOP and FUNCF/FUNCV count hotness;
            // their I-forms do the same without counting.
            FORI   (Base,  Jump,  None)  "numeric for init: check A..A+2, A+3 := A, or jump past the loop",
            FORL   (Base,  Jump,  None)  "A += A+2; if in range then A+3 := A and jump back (hot counter)",
            IFORL  (Base,  Jump,  None)  "FORL without hot counting",
            ITERL  (Base,  Jump,  None)  "if A ~= nil then A-1 := A and jump back (hot counter)",
            IITERL (Base,  Jump,  None)  "ITERL without hot counting",
            LOOP   (RBase, Jump,  None)  "head of a while/repeat loop; D jumps past it (hot counter)",
            ILOOP  (RBase, Jump,  None)  "LOOP without hot counting",
            JMP    (RBase, Jump,  None)  "jump (A: first free slot)",
            // --- Function headers (first instruction of every prototype)
            FUNCF  (RBase, None,  None)  "fixed-argument function header, A = frame size (hot counter)",
            IFUNCF (RBase, None,  None)  "FUNCF without hot counting",
            FUNCV  (RBase, Lit,   None)  "vararg function header, A = frame size, D = 1: 5.1's arg table into slot numparams (hot counter)",
            IFUNCV (RBase, Lit,   None)  "FUNCV without hot counting",
            // --- Trace entries: a header the JIT compiled is patched to its J-form,
            // whose D is the trace number; the original instruction stays with the
            // trace. Never produced by the compiler nor accepted by the loader.
            JFORL  (Base,  Lit,   None)  "FORL with a trace attached: run trace D",
            JITERL (Base,  Lit,   None)  "ITERL with a trace attached: run trace D",
            JLOOP  (RBase, Lit,   None)  "LOOP with a trace attached: run trace D",
            JFUNCF (RBase, Lit,   None)  "FUNCF with a trace attached: set up the frame, then run trace D",
        }
    };
}

macro_rules! define_ops {
    ($($name:ident ($a:ident, $b:ident, $c:ident) $doc:literal,)*) => {
        /// A bytecode opcode. The discriminant is the byte stored in the instruction.
        #[allow(clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        pub enum Op { $(#[doc = $doc] $name,)* }

        /// Number of opcodes.
        pub const NUM_OPS: usize = [$(Op::$name),*].len();

        const OP_LIST: [Op; NUM_OPS] = [$(Op::$name),*];
        const OP_NAMES: [&str; NUM_OPS] = [$(stringify!($name)),*];
        const OP_OPERANDS: [(Operand, Operand, Operand); NUM_OPS] =
            [$((Operand::$a, Operand::$b, Operand::$c)),*];
        const OP_DOCS: [&str; NUM_OPS] = [$($doc),*];
    };
}

bytecode_table!(define_ops);

// Bit tricks the interpreter and compiler depend on.
const _: () = assert!(Op::ISLT as u8 ^ 1 == Op::ISGE as u8);
const _: () = assert!(Op::ISLE as u8 ^ 1 == Op::ISGT as u8);
const _: () = assert!(Op::ISEQV as u8 ^ 1 == Op::ISNEV as u8);
const _: () = assert!(Op::ISEQS as u8 ^ 1 == Op::ISNES as u8);
const _: () = assert!(Op::ISEQN as u8 ^ 1 == Op::ISNEN as u8);
const _: () = assert!(Op::ISEQP as u8 ^ 1 == Op::ISNEP as u8);
const _: () = assert!(Op::ISTC as u8 ^ 1 == Op::ISFC as u8);
const _: () = assert!(Op::IST as u8 ^ 1 == Op::ISF as u8);
// Arithmetic forms keep the same order so VN/NV/VV variants are a fixed offset apart.
const _: () = assert!(Op::ADDNV as u8 - Op::ADDVN as u8 == 5);
const _: () = assert!(Op::ADDVV as u8 - Op::ADDVN as u8 == 10);
const _: () = assert!(Op::MODVV as u8 - Op::ADDVV as u8 == 4);
// The non-counting form of each hot-counting op follows it directly.
const _: () = assert!(Op::FORL as u8 + 1 == Op::IFORL as u8);
const _: () = assert!(Op::ITERL as u8 + 1 == Op::IITERL as u8);
const _: () = assert!(Op::LOOP as u8 + 1 == Op::ILOOP as u8);
const _: () = assert!(Op::FUNCF as u8 + 1 == Op::IFUNCF as u8);
const _: () = assert!(Op::FUNCV as u8 + 1 == Op::IFUNCV as u8);
// Trace-entry ops come last, after the function headers.
const _: () = assert!(Op::JFORL as u8 > Op::IFUNCV as u8);
// The interpreter matches on the op byte; it must fit the table.
const _: () = assert!(NUM_OPS <= 256);

impl Op {
    /// The op for an opcode byte, if there is one.
    #[inline]
    pub fn from_u8(b: u8) -> Option<Op> {
        OP_LIST.get(b as usize).copied()
    }
    pub fn name(self) -> &'static str {
        OP_NAMES[self as usize]
    }
    /// Operand kinds of (A, B or D, C).
    pub fn operands(self) -> (Operand, Operand, Operand) {
        OP_OPERANDS[self as usize]
    }
    /// One-line meaning of the op.
    pub fn doc(self) -> &'static str {
        OP_DOCS[self as usize]
    }
    /// True for ops in the AD layout (C operand unused).
    pub fn is_ad(self) -> bool {
        self.operands().2 == Operand::None
    }
    /// True for the comparison ops that must be followed by a JMP.
    pub fn is_comparison(self) -> bool {
        (self as u8) <= Op::ISF as u8
    }
    /// A trace entry (JFORL, JITERL, JLOOP, JFUNCF): D is the trace number.
    pub fn is_trace_entry(self) -> bool {
        matches!(self, Op::JFORL | Op::JITERL | Op::JLOOP | Op::JFUNCF)
    }
    /// A function header (FUNCF, FUNCV, their I-forms, JFUNCF).
    pub fn is_func_header(self) -> bool {
        (Op::FUNCF as u8..=Op::IFUNCV as u8).contains(&(self as u8)) || self == Op::JFUNCF
    }
    /// The hot-counting form of a non-counting op (IFORL -> FORL, ILOOP -> LOOP,
    /// ...); any other op unchanged.
    pub fn counting_form(self) -> Op {
        match self {
            Op::IFORL => Op::FORL,
            Op::IITERL => Op::ITERL,
            Op::ILOOP => Op::LOOP,
            Op::IFUNCF => Op::FUNCF,
            Op::IFUNCV => Op::FUNCV,
            op => op,
        }
    }
    /// Whether the instruction's D operand is a jump.
    pub fn has_jump(self) -> bool {
        self.operands().1 == Operand::Jump
    }
}

/// One encoded instruction.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Ins(pub u32);

impl Ins {
    #[inline]
    pub const fn abc(op: Op, a: u32, b: u32, c: u32) -> Ins {
        Ins((op as u32) | (a << 8) | (c << 16) | (b << 24))
    }
    #[inline]
    pub const fn ad(op: Op, a: u32, d: u32) -> Ins {
        Ins((op as u32) | (a << 8) | (d << 16))
    }
    /// An AD instruction whose D is a jump to `target` from position `pc`.
    #[inline]
    pub fn aj(op: Op, a: u32, pc: usize, target: usize) -> Ins {
        Ins::ad(
            op,
            a,
            (target as i64 - pc as i64 - 1 + JUMP_BIAS as i64) as u32,
        )
    }
    #[inline]
    pub const fn op_byte(self) -> u8 {
        self.0 as u8
    }
    #[inline]
    pub fn op(self) -> Op {
        Op::from_u8(self.op_byte()).expect("valid opcode")
    }
    #[inline]
    pub const fn a(self) -> u32 {
        (self.0 >> 8) & 0xff
    }
    #[inline]
    pub const fn b(self) -> u32 {
        self.0 >> 24
    }
    #[inline]
    pub const fn c(self) -> u32 {
        (self.0 >> 16) & 0xff
    }
    #[inline]
    pub const fn d(self) -> u32 {
        self.0 >> 16
    }
    /// D as a signed jump offset relative to the next instruction.
    #[inline]
    pub const fn j(self) -> i32 {
        self.d() as i32 - JUMP_BIAS as i32
    }
    /// D as the signed literal of KSHORT.
    #[inline]
    pub const fn ds(self) -> i16 {
        self.d() as u16 as i16
    }
    #[inline]
    pub fn set_op(&mut self, op: Op) {
        self.0 = (self.0 & !0xff) | op as u32;
    }
    #[inline]
    pub fn set_a(&mut self, a: u32) {
        self.0 = (self.0 & !0xff00) | (a << 8);
    }
    #[inline]
    pub fn set_b(&mut self, b: u32) {
        self.0 = (self.0 & 0x00ff_ffff) | (b << 24);
    }
    #[inline]
    pub fn set_c(&mut self, c: u32) {
        self.0 = (self.0 & !0x00ff_0000) | (c << 16);
    }
    #[inline]
    pub fn set_d(&mut self, d: u32) {
        self.0 = (self.0 & 0xffff) | (d << 16);
    }
}

impl std::fmt::Debug for Ins {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match Op::from_u8(self.op_byte()) {
            Some(op) if op.is_ad() => write!(f, "{} {} {}", op.name(), self.a(), self.d()),
            Some(op) => write!(f, "{} {} {} {}", op.name(), self.a(), self.b(), self.c()),
            None => write!(f, "<bad {:#010x}>", self.0),
        }
    }
}

/// TNEW's D operand: array size in the low 11 bits, log2 of the hash size above.
pub const TNEW_ARRAY_BITS: u32 = 11;

/// Formats one instruction at `pc` as LuaJIT's `-bl` listing does: op name padded,
/// operands in decimal, jumps as absolute targets (`=> 0012`).
pub fn format_ins(ins: Ins, pc: usize) -> String {
    let Some(op) = Op::from_u8(ins.op_byte()) else {
        return format!("<bad opcode {:#04x}>", ins.op_byte());
    };
    let (ka, kb, kc) = op.operands();
    let mut s = format!("{:<6}", op.name());
    let mut put = |kind: Operand, v: u32, is_d: bool| {
        if kind == Operand::None {
            return;
        }
        if kind == Operand::Jump {
            let target = pc as i64 + 1 + ins.j() as i64;
            s.push_str(&format!(" => {:04}", target));
        } else if kind == Operand::Lits && is_d {
            s.push_str(&format!(" {:>4}", ins.ds()));
        } else {
            s.push_str(&format!(" {:>4}", v));
        }
    };
    put(ka, ins.a(), false);
    if op.is_ad() {
        put(kb, ins.d(), true);
    } else {
        put(kb, ins.b(), false);
        put(kc, ins.c(), false);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let i = Ins::abc(Op::ADDVV, 1, 2, 3);
        assert_eq!((i.op(), i.a(), i.b(), i.c()), (Op::ADDVV, 1, 2, 3));
        let i = Ins::ad(Op::KSHORT, 7, (-5i16) as u16 as u32);
        assert_eq!((i.op(), i.a(), i.ds()), (Op::KSHORT, 7, -5));
        let i = Ins::aj(Op::JMP, 0, 10, 4);
        assert_eq!(i.j(), -7);
        assert_eq!(format_ins(i, 10), "JMP       0 => 0004");
    }

    #[test]
    fn setters_touch_only_their_field() {
        let mut i = Ins::abc(Op::CALL, 1, 2, 3);
        i.set_a(9);
        i.set_b(8);
        i.set_c(7);
        i.set_op(Op::CALLM);
        assert_eq!((i.op(), i.a(), i.b(), i.c()), (Op::CALLM, 9, 8, 7));
        let mut j = Ins::ad(Op::KNUM, 1, 2);
        j.set_d(0xfffe);
        assert_eq!((j.op(), j.a(), j.d()), (Op::KNUM, 1, 0xfffe));
    }

    #[test]
    fn every_op_has_a_name_and_doc() {
        for b in 0..NUM_OPS as u8 {
            let op = Op::from_u8(b).unwrap();
            assert_eq!(op as u8, b);
            assert!(!op.name().is_empty() && !op.doc().is_empty());
        }
        assert!(Op::from_u8(NUM_OPS as u8).is_none());
    }
}
