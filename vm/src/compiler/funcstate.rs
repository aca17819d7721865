//! Per-function compiler state: the instruction buffer, jump lists, register
//! allocation, constants, scopes and the final assembly of a `CompiledProto`.
//!
//! Invariants, as in LuaJIT's lj_parse.c:
//! - Slots below `nactvar` hold active locals; `freereg` is the first free slot
//!   and temporaries above it are allocated and freed in stack order.
//! - A jump list is threaded through the D fields of its jump instructions; the
//!   last one holds NO_JMP (offset -1). `jpc` lists jumps to the next emitted pc.
//! - `lasttarget` is the highest pc known to be a jump target; peephole merges
//!   (KNIL, UCLO+JMP) never reach across it.

use std::collections::HashMap;

use super::expr::{ExpDesc, ExpKind};
use super::lexer::{Near, StrId};
use super::parser::{PResult, Parser};
use super::{
    CompiledProto, GcConst, LocalVar, SyntaxError, TemplateTable, TemplateValue, UpvalDesc,
};
use crate::bytecode::{Ins, Op, JUMP_BIAS, MAX_SLOTS};

/// End of a jump list.
pub(super) const NO_JMP: usize = usize::MAX;
/// Register operand meaning "no register".
pub(super) const NO_REG: u32 = 0xff;
pub(super) const MAX_C: u32 = 0xff;
const MAX_D: i64 = 0xffff;
pub(super) const MAX_LOCVAR: u32 = 200;
pub(super) const MAX_UPVAL: usize = 60;
pub(super) const MAX_XLEVEL: u32 = 200;
const MAX_BCINS: usize = 1 << 26;
/// Entries of LuaJIT's variable stack (locals, gotos and labels of all open
/// functions).
pub(super) const MAX_VSTACK: usize = 65536 - MAX_UPVAL;
const MAX_CONSTANTS: usize = 65536;

// Scope flags.
pub(super) const SCOPE_LOOP: u8 = 0x01;
pub(super) const SCOPE_BREAK: u8 = 0x02;
pub(super) const SCOPE_GOLA: u8 = 0x04;
pub(super) const SCOPE_UPVAL: u8 = 0x08;
pub(super) const SCOPE_NOCLOSE: u8 = 0x10;

/// A local variable's record on the variable stack.
pub(super) struct VarInfo {
    pub name: StrId,
    pub startpc: usize,
    pub endpc: usize,
    pub slot: u32,
    /// Assigned after its declaration (so a captured copy is not immutable).
    pub rw: bool,
}

/// Where an upvalue of a function comes from in its parent.
#[derive(Clone, Copy)]
pub(super) enum UvSource {
    /// The parent's local with this variable-stack index.
    Local(usize),
    /// The parent's upvalue with this index.
    Upvalue(u32),
}

/// Key of a template table entry.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum TemplateKey {
    False,
    True,
    Num(u64),
    Str(StrId),
}

#[derive(Clone, Copy)]
pub(super) enum TemplateVal {
    Nil,
    False,
    True,
    Num(f64),
    Str(StrId),
}

/// A template table while its constructor is being parsed.
#[derive(Default)]
pub(super) struct TemplateBuilder {
    pub entries: Vec<(TemplateKey, TemplateVal)>,
    index: HashMap<TemplateKey, usize>,
    /// Array part size (keys 0..array_size go there), 0 if none.
    pub array_size: usize,
}

impl TemplateBuilder {
    pub fn set(&mut self, key: TemplateKey, val: TemplateVal) {
        match self.index.get(&key) {
            Some(&i) => {
                if let Some(e) = self.entries.get_mut(i) {
                    e.1 = val;
                }
            }
            None => {
                self.index.insert(key, self.entries.len());
                self.entries.push((key, val));
            }
        }
    }
}

/// A constant that becomes a GC object.
pub(super) enum Kgc {
    Str(StrId),
    /// A 64-bit integer literal (bits, unsigned); each literal gets its own.
    Int64(u64, bool),
    /// An imaginary literal (the bits of its imaginary part).
    Complex(u64),
    Proto(Box<CompiledProto>, Vec<UvSource>),
    Table(TemplateBuilder),
}

/// Number constants are keyed by their bits; TSETM's start indices are kept
/// apart from user numbers (LuaJIT stores them biased by 2^52).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum NumKey {
    Num(u64),
    TableIndex(u64),
}

pub(super) struct FuncState {
    pub code: Vec<Ins>,
    pub lines: Vec<u32>,
    pub lasttarget: usize,
    pub jpc: usize,
    pub freereg: u32,
    pub nactvar: u32,
    pub knum: Vec<f64>,
    knum_index: HashMap<NumKey, u32>,
    pub kgc: Vec<Kgc>,
    kstr_index: HashMap<StrId, u32>,
    pub linedefined: u32,
    pub numparams: u32,
    pub framesize: u32,
    pub is_vararg: bool,
    /// Has Lua 5.1's compatibility `arg` local (in slot `numparams`).
    pub compat_arg: bool,
    pub has_child: bool,
    pub has_return: bool,
    pub fixup_return: bool,
    /// First variable-stack entry of this function.
    pub vbase: usize,
    /// LuaJIT's variable-stack top when the function started.
    pub vtop_base: usize,
    /// Instructions held by the enclosing functions.
    pub bc_base: usize,
    /// Slot to variable-stack index.
    pub varmap: Vec<usize>,
    /// Upvalue to variable-stack index (of the variable it finally refers to).
    pub uvmap: Vec<usize>,
    pub uvsrc: Vec<UvSource>,
    pub scopes: Vec<super::scope::Scope>,
    pub gotos: Vec<super::scope::Goto>,
    /// Pending gotos by target name, in creation order. Gotos pending in the
    /// innermost scopes come last.
    pub pending: HashMap<super::scope::GotoName, Vec<usize>>,
}

impl FuncState {
    pub fn new(linedefined: u32, vbase: usize, vtop_base: usize, bc_base: usize) -> FuncState {
        FuncState {
            code: Vec::new(),
            lines: Vec::new(),
            lasttarget: 0,
            jpc: NO_JMP,
            freereg: 0,
            nactvar: 0,
            knum: Vec::new(),
            knum_index: HashMap::new(),
            kgc: Vec::new(),
            kstr_index: HashMap::new(),
            linedefined,
            numparams: 0,
            framesize: 1,
            is_vararg: false,
            compat_arg: false,
            has_child: false,
            has_return: false,
            fixup_return: false,
            vbase,
            vtop_base,
            bc_base,
            varmap: Vec::new(),
            uvmap: Vec::new(),
            uvsrc: Vec::new(),
            scopes: Vec::new(),
            gotos: Vec::new(),
            pending: HashMap::new(),
        }
    }

    pub fn pc(&self) -> usize {
        self.code.len()
    }

    pub fn ins(&self, pc: usize) -> Ins {
        debug_assert!(pc < self.code.len());
        self.code.get(pc).copied().unwrap_or(Ins(0))
    }

    pub fn ins_mut(&mut self, pc: usize) -> Option<&mut Ins> {
        debug_assert!(pc < self.code.len());
        self.code.get_mut(pc)
    }

    pub fn set_line(&mut self, pc: usize, line: u32) {
        if let Some(l) = self.lines.get_mut(pc) {
            *l = line;
        }
    }

    /// Op of the instruction at `pc`, if it is a valid one.
    pub fn op_at(&self, pc: usize) -> Option<Op> {
        self.code.get(pc).and_then(|i| Op::from_u8(i.op_byte()))
    }

    pub fn varmap_set(&mut self, slot: usize, vidx: usize) {
        if self.varmap.len() <= slot {
            self.varmap.resize(slot + 1, 0);
        }
        if let Some(v) = self.varmap.get_mut(slot) {
            *v = vidx;
        }
    }

    pub fn varmap_get(&self, slot: u32) -> usize {
        self.varmap.get(slot as usize).copied().unwrap_or(0)
    }

    pub fn scope(&mut self) -> Option<&mut super::scope::Scope> {
        self.scopes.last_mut()
    }

    pub fn const_num(&mut self, n: f64) -> u32 {
        self.num_constant(NumKey::Num(n.to_bits()), n)
    }

    /// The number constant TSETM reads its first index from.
    pub fn const_table_index(&mut self, index: u32) -> u32 {
        self.num_constant(NumKey::TableIndex(index as u64), index as f64)
    }

    fn num_constant(&mut self, key: NumKey, n: f64) -> u32 {
        if let Some(&i) = self.knum_index.get(&key) {
            return i;
        }
        let i = self.knum.len() as u32;
        self.knum.push(n);
        self.knum_index.insert(key, i);
        i
    }

    pub fn const_str(&mut self, s: StrId) -> u32 {
        if let Some(&i) = self.kstr_index.get(&s) {
            return i;
        }
        let i = self.kgc.len() as u32;
        self.kgc.push(Kgc::Str(s));
        self.kstr_index.insert(s, i);
        i
    }

    /// Adds a GC constant that is always new (a prototype or a template table).
    pub fn const_new(&mut self, k: Kgc) -> u32 {
        let i = self.kgc.len() as u32;
        self.kgc.push(k);
        i
    }
}

/// The jump instruction's target, or NO_JMP at the end of a list.
fn jump_target(pc: usize, ins: Ins) -> usize {
    let delta = ins.j() as i64;
    if delta == -1 {
        return NO_JMP;
    }
    let t = pc as i64 + 1 + delta;
    if t < 0 {
        NO_JMP
    } else {
        t as usize
    }
}

/// D operand for a jump from `pc` to `dest`, if it is in range.
fn jump_offset(pc: usize, dest: usize) -> Option<u32> {
    let off = dest as i64 - (pc as i64 + 1) + JUMP_BIAS as i64;
    (0..=MAX_D).contains(&off).then_some(off as u32)
}

impl Parser<'_> {
    // -- Errors --------------------------------------------------------------

    /// An error about the current token.
    pub fn err_syntax(&self, msg: &str) -> SyntaxError {
        self.lex.error(Near::Token(self.lex.tok), msg)
    }

    /// `'tok' expected`.
    pub fn err_token(&self, tok: super::lexer::Tok) -> SyntaxError {
        self.err_syntax(&format!(
            "'{}' expected",
            String::from_utf8_lossy(&super::lexer::token_name(tok))
        ))
    }

    /// A per-function limit was exceeded.
    pub fn err_limit(&self, limit: usize, what: &str) -> SyntaxError {
        let msg = if self.fs.linedefined == 0 {
            format!("main function has more than {limit} {what}")
        } else {
            format!(
                "function at line {} has more than {limit} {what}",
                self.fs.linedefined
            )
        };
        self.lex.error(Near::Nothing, &msg)
    }

    // -- Emitting instructions ----------------------------------------------

    /// Appends an instruction at the line of the last consumed token, after
    /// pointing pending jumps at it. Returns its pc.
    pub fn emit(&mut self, ins: Ins) -> PResult<usize> {
        let pc = self.fs.pc();
        let jpc = std::mem::replace(&mut self.fs.jpc, NO_JMP);
        self.jmp_patchval(jpc, pc, NO_REG, pc)?;
        if self.fs.bc_base + pc >= MAX_BCINS {
            return Err(self.err_limit(MAX_BCINS, "bytecode instructions"));
        }
        self.fs.code.push(ins);
        self.fs.lines.push(self.lex.lastline);
        Ok(pc)
    }

    pub fn emit_ad(&mut self, op: Op, a: u32, d: u32) -> PResult<usize> {
        self.emit(Ins::ad(op, a, d & 0xffff))
    }

    pub fn emit_abc(&mut self, op: Op, a: u32, b: u32, c: u32) -> PResult<usize> {
        self.emit(Ins::abc(op, a, b & 0xff, c & 0xff))
    }

    /// Emits a jump-format instruction with a raw offset (-1 = NO_JMP).
    pub fn emit_aj(&mut self, op: Op, a: u32, j: i32) -> PResult<usize> {
        self.emit_ad(op, a, (j + JUMP_BIAS as i32) as u32)
    }

    // -- Jump lists ----------------------------------------------------------

    pub fn jmp_next(&self, pc: usize) -> usize {
        jump_target(pc, self.fs.ins(pc))
    }

    /// True if a jump in the list does not come from a value-producing test.
    pub fn jmp_novalue(&self, mut list: usize) -> bool {
        while list != NO_JMP {
            let p = self.fs.ins(list.saturating_sub(1));
            let op = p.op_byte();
            if !(op == Op::ISTC as u8 || op == Op::ISFC as u8 || p.a() == NO_REG) {
                return true;
            }
            list = self.jmp_next(list);
        }
        false
    }

    /// Makes the test before the jump at `pc` store its value into `reg`, or
    /// drop it (`reg` = NO_REG). False if the instruction cannot carry a value.
    fn jmp_patchtestreg(&mut self, pc: usize, reg: u32) -> bool {
        let tpc = pc.saturating_sub(1);
        let test = self.fs.ins(tpc);
        let op = test.op_byte();
        let jump_a = self.fs.ins(pc).a();
        if op == Op::ISTC as u8 || op == Op::ISFC as u8 {
            if let Some(ins) = self.fs.ins_mut(tpc) {
                if reg != NO_REG && reg != ins.d() {
                    ins.set_a(reg);
                } else {
                    // Nothing to store, or already there: a plain test suffices.
                    ins.set_op(if op == Op::ISTC as u8 {
                        Op::IST
                    } else {
                        Op::ISF
                    });
                    ins.set_a(0);
                }
            }
        } else if test.a() == NO_REG {
            // A constant loaded just for a branch (see `branch_true`).
            if reg == NO_REG {
                if let Some(ins) = self.fs.ins_mut(tpc) {
                    *ins = Ins::ad(Op::JMP, jump_a, JUMP_BIAS);
                }
            } else {
                if let Some(ins) = self.fs.ins_mut(tpc) {
                    ins.set_a(reg);
                }
                if reg >= jump_a {
                    if let Some(ins) = self.fs.ins_mut(pc) {
                        ins.set_a(reg + 1);
                    }
                }
            }
        } else {
            return false;
        }
        true
    }

    /// Drops the values of all tests on a jump list.
    pub fn jmp_dropval(&mut self, mut list: usize) {
        while list != NO_JMP {
            self.jmp_patchtestreg(list, NO_REG);
            list = self.jmp_next(list);
        }
    }

    /// Points the jump at `pc` to `dest`.
    pub fn jmp_patchins(&mut self, pc: usize, dest: usize) -> PResult<()> {
        let Some(d) = jump_offset(pc, dest) else {
            return Err(self.err_syntax("control structure too long"));
        };
        if let Some(ins) = self.fs.ins_mut(pc) {
            ins.set_d(d);
        }
        Ok(())
    }

    /// Concatenates two jump lists and returns the combined list. Walks both
    /// lists in step, so appending a short list to a long one stays cheap; the
    /// order of a list does not matter to the code finally produced.
    pub fn jmp_append(&mut self, l1: usize, l2: usize) -> PResult<usize> {
        if l2 == NO_JMP {
            return Ok(l1);
        }
        if l1 == NO_JMP {
            return Ok(l2);
        }
        let (mut a, mut b) = (l1, l2);
        loop {
            let na = self.jmp_next(a);
            if na == NO_JMP {
                self.jmp_patchins(a, l2)?;
                return Ok(l1);
            }
            let nb = self.jmp_next(b);
            if nb == NO_JMP {
                self.jmp_patchins(b, l1)?;
                return Ok(l2);
            }
            a = na;
            b = nb;
        }
    }

    /// Patches a jump list: jumps after value-carrying tests go to `vtarget`
    /// (storing into `reg`), the others to `dtarget`.
    pub fn jmp_patchval(
        &mut self,
        mut list: usize,
        vtarget: usize,
        reg: u32,
        dtarget: usize,
    ) -> PResult<()> {
        while list != NO_JMP {
            let next = self.jmp_next(list);
            if self.jmp_patchtestreg(list, reg) {
                self.jmp_patchins(list, vtarget)?;
            } else {
                self.jmp_patchins(list, dtarget)?;
            }
            list = next;
        }
        Ok(())
    }

    /// Makes a jump list target the next instruction.
    pub fn jmp_tohere(&mut self, list: usize) -> PResult<()> {
        self.fs.lasttarget = self.fs.pc();
        let jpc = self.fs.jpc;
        self.fs.jpc = self.jmp_append(jpc, list)?;
        Ok(())
    }

    /// Makes a jump list target `target` (here or backwards).
    pub fn jmp_patch(&mut self, list: usize, target: usize) -> PResult<()> {
        if target == self.fs.pc() {
            self.jmp_tohere(list)
        } else {
            debug_assert!(target < self.fs.pc());
            self.jmp_patchval(list, target, NO_REG, target)
        }
    }

    // -- Registers -----------------------------------------------------------

    pub fn bcreg_bump(&mut self, n: u32) -> PResult<()> {
        let size = self.fs.freereg + n;
        if size > self.fs.framesize {
            if size >= MAX_SLOTS {
                return Err(self.err_syntax("function or expression too complex"));
            }
            self.fs.framesize = size;
        }
        Ok(())
    }

    pub fn bcreg_reserve(&mut self, n: u32) -> PResult<()> {
        self.bcreg_bump(n)?;
        self.fs.freereg += n;
        Ok(())
    }

    pub fn bcreg_free(&mut self, reg: u32) {
        if reg >= self.fs.nactvar {
            self.fs.freereg = self.fs.freereg.saturating_sub(1);
            debug_assert_eq!(reg, self.fs.freereg);
        }
    }

    pub fn expr_free(&mut self, e: &ExpDesc) {
        if let ExpKind::NonReloc(r) = e.k {
            self.bcreg_free(r);
        }
    }

    // -- Function assembly ---------------------------------------------------

    /// Finishes the current function: final return, scope end, fixups, and
    /// the prototype. The caller restores the enclosing function.
    pub fn fs_finish(&mut self, lastline: u32) -> PResult<CompiledProto> {
        self.fixup_ret()?;
        if self.fs.knum.len() > MAX_CONSTANTS || self.fs.kgc.len() > MAX_CONSTANTS {
            return Err(self.err_limit(MAX_CONSTANTS, "constants"));
        }
        let fs = &mut self.fs;
        let mut code = std::mem::take(&mut fs.code);
        let mut lines = std::mem::take(&mut fs.lines);
        let header = if fs.is_vararg { Op::FUNCV } else { Op::FUNCF };
        if let Some(first) = code.first_mut() {
            *first = Ins::ad(header, fs.framesize, u32::from(fs.compat_arg));
        }
        if let Some(first) = lines.first_mut() {
            *first = fs.linedefined;
        }
        let strings = &self.lex.strings;
        let vstack = &self.vstack;
        let kgc = std::mem::take(&mut fs.kgc)
            .into_iter()
            .map(|k| match k {
                Kgc::Str(s) => GcConst::Str(strings.get(s).to_vec()),
                Kgc::Int64(bits, unsigned) => GcConst::Int64(bits, unsigned),
                Kgc::Complex(im) => GcConst::Complex(im),
                Kgc::Proto(mut child, sources) => {
                    for (uv, src) in child.upvalues.iter_mut().zip(sources) {
                        match src {
                            UvSource::Upvalue(i) => {
                                uv.from_parent_local = false;
                                uv.index = i as u8;
                                uv.immutable = false;
                            }
                            UvSource::Local(vidx) => {
                                let (slot, rw) =
                                    vstack.get(vidx).map_or((0, true), |v| (v.slot, v.rw));
                                uv.from_parent_local = true;
                                uv.index = slot as u8;
                                uv.immutable = !rw;
                            }
                        }
                    }
                    GcConst::Proto(child)
                }
                Kgc::Table(t) => GcConst::Table(finish_template(t, strings)),
            })
            .collect();
        let upvalues = fs
            .uvmap
            .iter()
            .map(|&vidx| UpvalDesc {
                name: vstack
                    .get(vidx)
                    .map_or(Vec::new(), |v| strings.get(v.name).to_vec()),
                from_parent_local: false,
                index: 0,
                immutable: false,
            })
            .collect();
        let locals = vstack
            .get(fs.vbase..)
            .unwrap_or(&[])
            .iter()
            .map(|v| LocalVar {
                name: strings.get(v.name).to_vec(),
                slot: v.slot as u8,
                start_pc: v.startpc as u32,
                end_pc: v.endpc as u32,
            })
            .collect();
        code.shrink_to_fit();
        lines.shrink_to_fit();
        let proto = CompiledProto {
            chunkname: self.chunkname.clone(),
            line_defined: fs.linedefined,
            last_line_defined: lastline,
            num_params: fs.numparams as u8,
            is_vararg: fs.is_vararg,
            frame_size: fs.framesize as u8,
            code,
            lines,
            knum: std::mem::take(&mut fs.knum),
            kgc,
            upvalues,
            locals,
            has_children: fs.has_child,
        };
        self.vstack.truncate(self.fs.vbase);
        self.vtop = self.fs.vtop_base;
        Ok(proto)
    }

    /// Adds the final return if needed, closes the function's scope and
    /// rewrites returns emitted before the first closure (they must close
    /// upvalues now).
    fn fixup_ret(&mut self) -> PResult<()> {
        let lastpc = self.fs.pc();
        let ends_with_return = matches!(
            self.fs.op_at(lastpc.wrapping_sub(1)),
            Some(Op::CALLMT | Op::CALLT | Op::RETM | Op::RET | Op::RET0 | Op::RET1)
        );
        if lastpc <= self.fs.lasttarget || !ends_with_return {
            if self
                .fs
                .scopes
                .last()
                .is_some_and(|s| s.flags & SCOPE_UPVAL != 0)
            {
                self.emit_aj(Op::UCLO, 0, 0)?;
            }
            self.emit_ad(Op::RET0, 0, 1)?;
        }
        if let Some(s) = self.fs.scope() {
            s.flags |= SCOPE_NOCLOSE;
        }
        self.fscope_end()?;
        if self.fs.fixup_return {
            for pc in 1..lastpc {
                let ins = self.fs.ins(pc);
                match Op::from_u8(ins.op_byte()) {
                    Some(Op::CALLMT | Op::CALLT | Op::RETM | Op::RET | Op::RET0 | Op::RET1) => {
                        let copy = self.emit(ins)?;
                        let line = self.fs.lines.get(pc).copied().unwrap_or(0);
                        self.fs.set_line(copy, line);
                        let Some(d) = jump_offset(pc, copy) else {
                            return Err(self.err_syntax("function too long for return fixup"));
                        };
                        if let Some(i) = self.fs.ins_mut(pc) {
                            *i = Ins::ad(Op::UCLO, 0, d);
                        }
                    }
                    Some(Op::FNEW) => break,
                    _ => {}
                }
            }
        }
        Ok(())
    }
}

/// Splits a template into its array part (integer keys below the array size)
/// and hash part. Keys whose value ended up nil are left out.
fn finish_template(t: TemplateBuilder, strings: &super::lexer::Interner) -> TemplateTable {
    let value = |v: TemplateVal| match v {
        TemplateVal::Nil => TemplateValue::Nil,
        TemplateVal::False => TemplateValue::False,
        TemplateVal::True => TemplateValue::True,
        TemplateVal::Num(n) => TemplateValue::Num(n),
        TemplateVal::Str(s) => TemplateValue::Str(strings.get(s).to_vec()),
    };
    let mut out = TemplateTable {
        array: vec![TemplateValue::Nil; t.array_size],
        hash: Vec::new(),
    };
    for (k, v) in t.entries {
        if let TemplateKey::Num(bits) = k {
            let n = f64::from_bits(bits);
            if n >= 0.0 && n < t.array_size as f64 && n.fract() == 0.0 {
                if let Some(slot) = out.array.get_mut(n as usize) {
                    *slot = value(v);
                }
                continue;
            }
        }
        if matches!(v, TemplateVal::Nil) {
            continue;
        }
        let key = match k {
            TemplateKey::False => TemplateValue::False,
            TemplateKey::True => TemplateValue::True,
            TemplateKey::Num(bits) => TemplateValue::Num(f64::from_bits(bits)),
            TemplateKey::Str(s) => TemplateValue::Str(strings.get(s).to_vec()),
        };
        out.hash.push((key, value(v)));
    }
    out
}
