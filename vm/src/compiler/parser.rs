//! The one-pass parser: statements, variables, assignments and the entry
//! point. Expressions are in `expr.rs`, scopes and gotos in `scope.rs`, the
//! emitter in `funcstate.rs`.
//!
//! The code produced is LuaJIT 2.1's (GC64 layout) instruction for instruction,
//! including its peephole choices. Nesting is bounded: every block and every
//! expression level counts against LuaJIT's limit of 200 syntax levels, so the
//! recursion of this parser cannot run deep whatever the input.

use std::collections::HashMap;
use std::rc::Rc;

use super::expr::{ExpDesc, ExpKind, Key};
use super::funcstate::{
    FuncState, UvSource, VarInfo, MAX_LOCVAR, MAX_UPVAL, MAX_VSTACK, MAX_XLEVEL, NO_JMP,
    SCOPE_LOOP, SCOPE_UPVAL,
};
use super::lexer::{Lexer, Near, StrId, Tok, TokVal};
use super::{CompiledProto, SyntaxError};
use crate::bytecode::{Ins, Op};

pub(super) type PResult<T> = Result<T, SyntaxError>;

/// Names the parser creates itself.
pub(super) struct Names {
    pub self_: StrId,
    pub arg: StrId,
    for_index: StrId,
    for_limit: StrId,
    for_step: StrId,
    for_generator: StrId,
    for_state: StrId,
    for_control: StrId,
}

pub(super) struct Parser<'s> {
    pub lex: Lexer<'s>,
    /// The function being compiled.
    pub fs: FuncState,
    /// Its enclosing functions, outermost first.
    pub outer: Vec<FuncState>,
    /// Locals of all open functions.
    pub vstack: Vec<VarInfo>,
    /// Size LuaJIT's variable stack would have (locals, gotos and labels).
    pub vtop: usize,
    /// Syntax nesting level.
    pub level: u32,
    /// The active declarations of each name, innermost last, as (function
    /// depth, slot): name lookup does not scan the locals of every function.
    visible: HashMap<StrId, Vec<(usize, u32)>>,
    pub chunkname: Rc<[u8]>,
    pub names: Names,
}

/// Compiles a whole chunk into its main function.
pub(super) fn parse_chunk(source: &[u8], chunkname: &[u8]) -> Result<CompiledProto, SyntaxError> {
    let mut lex = Lexer::new(source, chunkname)?;
    let mut name = |s: &str| lex.strings.intern_slice(s.as_bytes());
    let names = Names {
        self_: name("self"),
        arg: name("arg"),
        for_index: name("(for index)"),
        for_limit: name("(for limit)"),
        for_step: name("(for step)"),
        for_generator: name("(for generator)"),
        for_state: name("(for state)"),
        for_control: name("(for control)"),
    };
    let mut p = Parser {
        lex,
        fs: FuncState::new(0, 0, 0, 0),
        outer: Vec::new(),
        vstack: Vec::new(),
        vtop: 0,
        level: 0,
        visible: HashMap::new(),
        chunkname: Rc::from(chunkname),
        names,
    };
    p.fs.is_vararg = true;
    p.fscope_begin(0);
    p.emit_ad(Op::FUNCV, 0, 0)?;
    p.lex.next()?;
    p.parse_chunk()?;
    if p.lex.tok != Tok::Eof {
        return Err(p.err_token(Tok::Eof));
    }
    let line = p.lex.line;
    p.fs_finish(line)
}

pub(super) fn is_block_end(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Else | Tok::Elseif | Tok::End | Tok::Until | Tok::Eof
    )
}

/// Finds an upvalue of `fs` for the variable `vidx`, or adds it.
fn lookup_upvalue(fs: &mut FuncState, vidx: usize, src: UvSource) -> Option<u32> {
    if let Some(i) = fs.uvmap.iter().position(|&v| v == vidx) {
        return Some(i as u32);
    }
    if fs.uvmap.len() >= MAX_UPVAL {
        return None;
    }
    fs.uvmap.push(vidx);
    fs.uvsrc.push(src);
    Some(fs.uvmap.len() as u32 - 1)
}

/// Marks the innermost scope holding slot `level` as having a captured local.
fn mark_upvalue_scope(fs: &mut FuncState, level: u32) {
    if let Some(s) = fs.scopes.iter_mut().rev().find(|s| s.nactvar <= level) {
        s.flags |= SCOPE_UPVAL;
    }
}

impl Parser<'_> {
    // -- Token helpers -------------------------------------------------------

    /// Consumes `tok` if it is current.
    pub fn lex_opt(&mut self, tok: Tok) -> PResult<bool> {
        if self.lex.tok == tok {
            self.lex.next()?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Consumes `tok`, which must be current.
    pub fn lex_check(&mut self, tok: Tok) -> PResult<()> {
        if self.lex.tok != tok {
            return Err(self.err_token(tok));
        }
        self.lex.next()
    }

    /// Consumes the `what` closing a `who` opened at `line`.
    pub fn lex_match(&mut self, what: Tok, who: Tok, line: u32) -> PResult<()> {
        if self.lex_opt(what)? {
            return Ok(());
        }
        if line == self.lex.line {
            return Err(self.err_token(what));
        }
        let msg = format!(
            "'{}' expected (to close '{}' at line {})",
            String::from_utf8_lossy(&super::lexer::token_name(what)),
            String::from_utf8_lossy(&super::lexer::token_name(who)),
            line
        );
        Err(self.lex.error(Near::Token(self.lex.tok), &msg))
    }

    /// Consumes a name (`goto` counts as one, as in LuaJIT).
    pub fn lex_str(&mut self) -> PResult<StrId> {
        match (self.lex.tok, self.lex.val) {
            (Tok::Name | Tok::Goto, TokVal::Str(s)) => {
                self.lex.next()?;
                Ok(s)
            }
            _ => Err(self.err_token(Tok::Name)),
        }
    }

    pub fn name_text(&self, s: StrId) -> String {
        String::from_utf8_lossy(self.lex.strings.get(s)).into_owned()
    }

    // -- Variables -----------------------------------------------------------

    pub fn vstack_check(&self) -> PResult<()> {
        if self.vtop >= MAX_VSTACK {
            return Err(self.lex.error(
                Near::Nothing,
                &format!("chunk has more than {MAX_VSTACK} local variables"),
            ));
        }
        Ok(())
    }

    /// Declares the `n`th new local (not active until `var_add`).
    pub fn var_new(&mut self, n: u32, name: StrId) -> PResult<()> {
        if self.fs.nactvar + n >= MAX_LOCVAR {
            return Err(self.err_limit(MAX_LOCVAR as usize, "local variables"));
        }
        self.vstack_check()?;
        let vidx = self.vstack.len();
        self.vstack.push(VarInfo {
            name,
            startpc: 0,
            endpc: 0,
            slot: 0,
            rw: false,
        });
        self.fs.varmap_set((self.fs.nactvar + n) as usize, vidx);
        self.vtop += 1;
        Ok(())
    }

    /// Activates the last `nvars` declared locals.
    pub fn var_add(&mut self, nvars: u32) {
        let pc = self.fs.pc();
        for _ in 0..nvars {
            let slot = self.fs.nactvar;
            let vidx = self.fs.varmap_get(slot);
            if let Some(v) = self.vstack.get_mut(vidx) {
                v.startpc = pc;
                v.slot = slot;
                v.rw = false;
                let depth = self.outer.len();
                self.visible.entry(v.name).or_default().push((depth, slot));
            }
            self.fs.nactvar += 1;
        }
    }

    pub fn var_remove(&mut self, tolevel: u32) {
        let pc = self.fs.pc();
        while self.fs.nactvar > tolevel {
            self.fs.nactvar -= 1;
            let vidx = self.fs.varmap_get(self.fs.nactvar);
            if let Some(v) = self.vstack.get_mut(vidx) {
                v.endpc = pc;
                if let Some(decls) = self.visible.get_mut(&v.name) {
                    decls.pop();
                }
            }
        }
    }

    /// Resolves a name: local, upvalue (created along the way) or global.
    fn var_lookup_name(&mut self, name: StrId) -> PResult<ExpDesc> {
        let innermost = self.visible.get(&name).and_then(|d| d.last()).copied();
        let Some((owner, reg)) = innermost else {
            return Ok(ExpDesc::new(ExpKind::Global(name)));
        };
        if owner == self.outer.len() {
            let vidx = self.fs.varmap_get(reg);
            return Ok(ExpDesc::new(ExpKind::Local { reg, vidx }));
        }
        let mut vidx = 0;
        if let Some(f) = self.outer.get_mut(owner) {
            mark_upvalue_scope(f, reg);
            vidx = f.varmap_get(reg);
        }
        let mut src = UvSource::Local(vidx);
        for f in self.outer.iter_mut().skip(owner + 1) {
            let linedefined = f.linedefined;
            match lookup_upvalue(f, vidx, src) {
                Some(idx) => src = UvSource::Upvalue(idx),
                None => return Err(self.limit_error_at(linedefined, MAX_UPVAL, "upvalues")),
            }
        }
        match lookup_upvalue(&mut self.fs, vidx, src) {
            Some(idx) => Ok(ExpDesc::new(ExpKind::Upval { idx, vidx })),
            None => Err(self.err_limit(MAX_UPVAL, "upvalues")),
        }
    }

    fn limit_error_at(&self, linedefined: u32, limit: usize, what: &str) -> SyntaxError {
        let msg = if linedefined == 0 {
            format!("main function has more than {limit} {what}")
        } else {
            format!("function at line {linedefined} has more than {limit} {what}")
        };
        self.lex.error(Near::Nothing, &msg)
    }

    pub fn var_lookup(&mut self) -> PResult<ExpDesc> {
        let name = self.lex_str()?;
        self.var_lookup_name(name)
    }

    // -- Functions -----------------------------------------------------------

    /// Starts compiling a nested function defined at `line`.
    pub fn open_function(&mut self, line: u32) {
        let bc_base = self.fs.bc_base + self.fs.pc();
        let child = FuncState::new(line, self.vstack.len(), self.vtop, bc_base);
        let parent = std::mem::replace(&mut self.fs, child);
        self.outer.push(parent);
    }

    /// Finishes the current function and returns to its parent, with the
    /// sources of the finished function's upvalues in the parent.
    pub fn close_function(&mut self, lastline: u32) -> PResult<(CompiledProto, Vec<UvSource>)> {
        let proto = self.fs_finish(lastline)?;
        let Some(parent) = self.outer.pop() else {
            return Err(self.err_syntax("internal error: no enclosing function"));
        };
        let child = std::mem::replace(&mut self.fs, parent);
        Ok((proto, child.uvsrc))
    }

    // -- Statements ----------------------------------------------------------

    /// A block's statements (without its scope).
    pub fn parse_chunk(&mut self) -> PResult<()> {
        self.synlevel_begin()?;
        let mut last = false;
        while !last && !is_block_end(self.lex.tok) {
            last = self.parse_stmt()?;
            self.lex_opt(Tok::Char(b';'))?;
            debug_assert!(
                self.fs.framesize >= self.fs.freereg && self.fs.freereg >= self.fs.nactvar
            );
            self.fs.freereg = self.fs.nactvar;
        }
        self.synlevel_end();
        Ok(())
    }

    /// Parses a statement; true if it must be the last of its block.
    fn parse_stmt(&mut self) -> PResult<bool> {
        let line = self.lex.line;
        let tok = self.lex.tok;
        match tok {
            Tok::If => self.parse_if(line)?,
            Tok::While => self.parse_while(line)?,
            Tok::Do => {
                self.lex.next()?;
                self.parse_block()?;
                self.lex_match(Tok::End, Tok::Do, line)?;
            }
            Tok::For => self.parse_for(line)?,
            Tok::Repeat => self.parse_repeat(line)?,
            Tok::Function => self.parse_func(line)?,
            Tok::Local => {
                self.lex.next()?;
                self.parse_local()?;
            }
            Tok::Return => {
                self.parse_return()?;
                return Ok(true);
            }
            Tok::Break => {
                self.lex.next()?;
                self.parse_break()?;
                return Ok(true);
            }
            Tok::Label => self.parse_label()?,
            Tok::Goto if self.lex.lookahead()? == Tok::Name => {
                self.lex.next()?;
                self.parse_goto()?;
            }
            _ => self.parse_call_assign()?,
        }
        Ok(false)
    }

    fn parse_block(&mut self) -> PResult<()> {
        self.fscope_begin(0);
        self.parse_chunk()?;
        self.fscope_end()
    }

    fn parse_return(&mut self) -> PResult<()> {
        self.lex.next()?;
        self.fs.has_return = true;
        let ins = if is_block_end(self.lex.tok) || self.lex.tok == Tok::Char(b';') {
            Ins::ad(Op::RET0, 0, 1)
        } else {
            let (nret, mut e) = self.expr_list()?;
            let call = match e.k {
                ExpKind::Call { pc, base } => Some((pc, base, self.fs.ins(pc))),
                _ => None,
            };
            match call {
                // A single call is a tail call (but not `return ...`).
                Some((pc, _, ins)) if nret == 1 && ins.op_byte() != Op::VARG as u8 => {
                    self.fs.code.truncate(pc);
                    self.fs.lines.truncate(pc);
                    let op = if ins.op_byte() == Op::CALLM as u8 {
                        Op::CALLMT
                    } else {
                        Op::CALLT
                    };
                    Ins::ad(op, ins.a(), ins.c())
                }
                Some((pc, base, _)) => {
                    if let Some(i) = self.fs.ins_mut(pc) {
                        i.set_b(0);
                    }
                    Ins::ad(
                        Op::RETM,
                        self.fs.nactvar,
                        base.wrapping_sub(self.fs.nactvar) & 0xffff,
                    )
                }
                None if nret == 1 => Ins::ad(Op::RET1, self.expr_toanyreg(&mut e)?, 2),
                None => {
                    self.expr_tonextreg(&mut e)?;
                    Ins::ad(Op::RET, self.fs.nactvar, nret + 1)
                }
            }
        };
        if self.fs.has_child {
            self.emit_aj(Op::UCLO, 0, 0)?;
        }
        self.emit(ins)?;
        Ok(())
    }

    fn parse_while(&mut self, line: u32) -> PResult<()> {
        self.lex.next()?;
        let start = self.fs.pc();
        self.fs.lasttarget = start;
        let condexit = self.expr_cond()?;
        self.fscope_begin(SCOPE_LOOP);
        self.lex_check(Tok::Do)?;
        let lp = self.emit_ad(Op::LOOP, self.fs.nactvar, 0)?;
        self.parse_block()?;
        let j = self.emit_jmp()?;
        self.jmp_patch(j, start)?;
        self.lex_match(Tok::End, Tok::While, line)?;
        self.fscope_end()?;
        self.jmp_tohere(condexit)?;
        self.jmp_patchins(lp, self.fs.pc())
    }

    fn parse_repeat(&mut self, line: u32) -> PResult<()> {
        let lp = self.fs.pc();
        self.fs.lasttarget = lp;
        self.fscope_begin(SCOPE_LOOP);
        self.fscope_begin(0);
        self.lex.next()?;
        self.emit_ad(Op::LOOP, self.fs.nactvar, 0)?;
        self.parse_chunk()?;
        self.lex_match(Tok::Until, Tok::Repeat, line)?;
        // The condition is still inside the body's scope.
        let mut condexit = self.expr_cond()?;
        let inner_upval = self
            .fs
            .scopes
            .last()
            .is_some_and(|s| s.flags & SCOPE_UPVAL != 0);
        if !inner_upval {
            self.fscope_end()?;
        } else {
            // Close the upvalues on both paths: UCLO+JMP out, UCLO+JMP back.
            self.parse_break()?;
            self.jmp_tohere(condexit)?;
            self.fscope_end()?;
            condexit = self.emit_jmp()?;
        }
        self.jmp_patch(condexit, lp)?;
        self.jmp_patchins(lp, self.fs.pc())?;
        self.fscope_end()
    }

    fn parse_for_num(&mut self, varname: StrId, line: u32) -> PResult<()> {
        let base = self.fs.freereg;
        self.var_new(0, self.names.for_index)?;
        self.var_new(1, self.names.for_limit)?;
        self.var_new(2, self.names.for_step)?;
        self.var_new(3, varname)?;
        self.lex_check(Tok::Char(b'='))?;
        self.expr_next()?;
        self.lex_check(Tok::Char(b','))?;
        self.expr_next()?;
        if self.lex_opt(Tok::Char(b','))? {
            self.expr_next()?;
        } else {
            self.emit_ad(Op::KSHORT, self.fs.freereg, 1)?;
            self.bcreg_reserve(1)?;
        }
        self.var_add(3);
        self.lex_check(Tok::Do)?;
        let lp = self.emit_aj(Op::FORI, base, -1)?;
        self.fscope_begin(0);
        self.var_add(1);
        self.bcreg_reserve(1)?;
        self.parse_block()?;
        self.fscope_end()?;
        // Loop inversion: the loop control is at the end.
        let loopend = self.emit_aj(Op::FORL, base, -1)?;
        self.fs.set_line(loopend, line);
        self.jmp_patchins(loopend, lp + 1)?;
        self.jmp_patchins(lp, self.fs.pc())
    }

    /// Whether the iterator is likely `next` (the expression starts by loading
    /// something named `pairs` or `next`), so ISNEXT/ITERN can be used.
    fn predict_next(&self, pc: usize) -> bool {
        if pc >= self.fs.pc() {
            return false;
        }
        let ins = self.fs.ins(pc);
        let name = match Op::from_u8(ins.op_byte()) {
            Some(Op::MOV) => self.vstack.get(self.fs.varmap_get(ins.d())).map(|v| v.name),
            Some(Op::UGET) => self
                .fs
                .uvmap
                .get(ins.d() as usize)
                .and_then(|&vidx| self.vstack.get(vidx))
                .map(|v| v.name),
            Some(Op::GGET) => match self.fs.kgc.get(ins.d() as usize) {
                Some(super::funcstate::Kgc::Str(s)) => Some(*s),
                _ => None,
            },
            _ => None,
        };
        name.is_some_and(|n| matches!(self.lex.strings.get(n), b"pairs" | b"next"))
    }

    fn parse_for_iter(&mut self, indexname: StrId) -> PResult<()> {
        let base = self.fs.freereg + 3;
        let exprpc = self.fs.pc();
        self.var_new(0, self.names.for_generator)?;
        self.var_new(1, self.names.for_state)?;
        self.var_new(2, self.names.for_control)?;
        self.var_new(3, indexname)?;
        let mut nvars = 4;
        while self.lex_opt(Tok::Char(b','))? {
            let name = self.lex_str()?;
            self.var_new(nvars, name)?;
            nvars += 1;
        }
        self.lex_check(Tok::In)?;
        let line = self.lex.line;
        let (nexps, mut e) = self.expr_list()?;
        self.assign_adjust(3, nexps, &mut e)?;
        // The iterator call needs 4 more slots: function, link, state, control.
        self.bcreg_bump(4)?;
        let isnext = nvars <= 5 && self.predict_next(exprpc);
        self.var_add(3);
        self.lex_check(Tok::Do)?;
        let lp = self.emit_aj(if isnext { Op::ISNEXT } else { Op::JMP }, base, -1)?;
        self.fscope_begin(0);
        self.var_add(nvars - 3);
        self.bcreg_reserve(nvars - 3)?;
        self.parse_block()?;
        self.fscope_end()?;
        // Loop inversion: the loop control is at the end.
        self.jmp_patchins(lp, self.fs.pc())?;
        let iter = self.emit_abc(
            if isnext { Op::ITERN } else { Op::ITERC },
            base,
            nvars - 3 + 1,
            3,
        )?;
        let loopend = self.emit_aj(Op::ITERL, base, -1)?;
        self.fs.set_line(iter, line);
        self.fs.set_line(loopend, line);
        self.jmp_patchins(loopend, lp + 1)
    }

    fn parse_for(&mut self, line: u32) -> PResult<()> {
        self.fscope_begin(SCOPE_LOOP);
        self.lex.next()?;
        let varname = self.lex_str()?;
        match self.lex.tok {
            Tok::Char(b'=') => self.parse_for_num(varname, line)?,
            Tok::Char(b',') | Tok::In => self.parse_for_iter(varname)?,
            _ => return Err(self.err_syntax("'=' or 'in' expected")),
        }
        self.lex_match(Tok::End, Tok::For, line)?;
        self.fscope_end()
    }

    /// `if`/`elseif` condition and block; returns the jumps taken if false.
    fn parse_then(&mut self) -> PResult<usize> {
        self.lex.next()?;
        let condexit = self.expr_cond()?;
        self.lex_check(Tok::Then)?;
        self.parse_block()?;
        Ok(condexit)
    }

    fn parse_if(&mut self, line: u32) -> PResult<()> {
        let mut escapelist = NO_JMP;
        let mut flist = self.parse_then()?;
        while self.lex.tok == Tok::Elseif {
            let j = self.emit_jmp()?;
            escapelist = self.jmp_append(escapelist, j)?;
            self.jmp_tohere(flist)?;
            flist = self.parse_then()?;
        }
        if self.lex.tok == Tok::Else {
            let j = self.emit_jmp()?;
            escapelist = self.jmp_append(escapelist, j)?;
            self.jmp_tohere(flist)?;
            self.lex.next()?;
            self.parse_block()?;
        } else {
            escapelist = self.jmp_append(escapelist, flist)?;
        }
        self.jmp_tohere(escapelist)?;
        self.lex_match(Tok::End, Tok::If, line)
    }

    fn parse_local(&mut self) -> PResult<()> {
        if self.lex_opt(Tok::Function)? {
            let name = self.lex_str()?;
            self.var_new(0, name)?;
            let reg = self.fs.freereg;
            self.bcreg_reserve(1)?;
            self.var_add(1);
            let line = self.lex.line;
            let mut b = self.parse_body(false, line)?;
            // Like a store, but the local does not count as reassigned.
            self.expr_free(&b);
            self.expr_toreg(&mut b, reg)?;
            // The local is in scope as an upvalue, but valid only after the store.
            let vidx = self.fs.varmap_get(self.fs.nactvar - 1);
            let pc = self.fs.pc();
            if let Some(v) = self.vstack.get_mut(vidx) {
                v.startpc = pc;
            }
        } else {
            let mut nvars = 0;
            loop {
                let name = self.lex_str()?;
                self.var_new(nvars, name)?;
                nvars += 1;
                if !self.lex_opt(Tok::Char(b','))? {
                    break;
                }
            }
            let (nexps, mut e) = if self.lex_opt(Tok::Char(b'='))? {
                self.expr_list()?
            } else {
                (0, ExpDesc::new(ExpKind::Void))
            };
            self.assign_adjust(nvars, nexps, &mut e)?;
            self.var_add(nvars);
        }
        Ok(())
    }

    fn parse_func(&mut self, line: u32) -> PResult<()> {
        self.lex.next()?;
        let mut v = self.var_lookup()?;
        let mut needself = false;
        while self.lex.tok == Tok::Char(b'.') {
            self.expr_field(&mut v)?;
        }
        if self.lex.tok == Tok::Char(b':') {
            needself = true;
            self.expr_field(&mut v)?;
        }
        let mut b = self.parse_body(needself, line)?;
        self.emit_store(&v, &mut b)?;
        let pc = self.fs.pc() - 1;
        self.fs.set_line(pc, line);
        Ok(())
    }

    // -- Assignments ---------------------------------------------------------

    /// Balances `nexps` values against `nvars` targets: extra call results or
    /// nils, or extra values dropped; leaves the values in consecutive registers.
    pub fn assign_adjust(&mut self, nvars: u32, nexps: u32, e: &mut ExpDesc) -> PResult<()> {
        let mut extra = nvars as i64 - nexps as i64;
        if let ExpKind::Call { pc, .. } = e.k {
            extra = (extra + 1).max(0);
            if let Some(i) = self.fs.ins_mut(pc) {
                i.set_b((extra + 1) as u32 & 0xff);
            }
            if extra > 1 {
                self.bcreg_reserve(extra as u32 - 1)?;
            }
        } else {
            if e.k != ExpKind::Void {
                self.expr_tonextreg(e)?;
            }
            if extra > 0 {
                let reg = self.fs.freereg;
                self.bcreg_reserve(extra as u32)?;
                self.emit_nil(reg, extra as u32)?;
            }
        }
        if nexps > nvars {
            // Values without a target are dropped.
            self.fs.freereg -= nexps - nvars;
        }
        Ok(())
    }

    /// A local assigned in a multiple assignment may be the table or key of
    /// an earlier target (`t[i], t = ...`): copy it first and use the copy.
    fn assign_hazard(&mut self, lhs: &mut [ExpDesc], reg: u32) -> PResult<()> {
        let tmp = self.fs.freereg;
        let mut hazard = false;
        for lh in lhs.iter_mut() {
            if let ExpKind::Indexed { table, key } = &mut lh.k {
                if *table == reg {
                    hazard = true;
                    *table = tmp;
                }
                if *key == Key::Reg(reg) {
                    hazard = true;
                    *key = Key::Reg(tmp);
                }
            }
        }
        if hazard {
            self.emit_ad(Op::MOV, tmp, reg)?;
            self.bcreg_reserve(1)?;
        }
        Ok(())
    }

    fn parse_assignment(&mut self, mut lhs: Vec<ExpDesc>) -> PResult<()> {
        loop {
            let assignable = lhs.last().is_some_and(|v| {
                matches!(
                    v.k,
                    ExpKind::Local { .. }
                        | ExpKind::Upval { .. }
                        | ExpKind::Global(_)
                        | ExpKind::Indexed { .. }
                )
            });
            if !assignable {
                return Err(self.err_syntax("syntax error"));
            }
            if !self.lex_opt(Tok::Char(b','))? {
                break;
            }
            let v = self.expr_primary()?;
            if let ExpKind::Local { reg, .. } = v.k {
                self.assign_hazard(&mut lhs, reg)?;
            }
            if self.level as usize + lhs.len() >= MAX_XLEVEL as usize {
                return Err(self.err_limit(MAX_XLEVEL as usize, "variable names"));
            }
            lhs.push(v);
        }
        self.lex_check(Tok::Char(b'='))?;
        let nvars = lhs.len() as u32;
        let (nexps, mut e) = self.expr_list()?;
        let mut rest = lhs.len();
        if nexps == nvars {
            if let ExpKind::Call { pc, base } = e.k {
                if self.fs.op_at(pc) == Some(Op::VARG) {
                    self.fs.freereg -= 1;
                    e.k = ExpKind::Relocable(pc);
                } else {
                    e.k = ExpKind::NonReloc(base);
                }
            }
            if let Some(var) = lhs.last() {
                let var = *var;
                self.emit_store(&var, &mut e)?;
            }
            rest -= 1;
        } else {
            self.assign_adjust(nvars, nexps, &mut e)?;
        }
        // The remaining targets take the values from the top register down.
        for var in lhs.iter().take(rest).rev() {
            let mut e = ExpDesc::new(ExpKind::NonReloc(self.fs.freereg.wrapping_sub(1)));
            self.emit_store(var, &mut e)?;
        }
        Ok(())
    }

    fn parse_call_assign(&mut self) -> PResult<()> {
        let v = self.expr_primary()?;
        if let ExpKind::Call { pc, .. } = v.k {
            if let Some(i) = self.fs.ins_mut(pc) {
                i.set_b(1);
            }
            Ok(())
        } else {
            self.parse_assignment(vec![v])
        }
    }
}
