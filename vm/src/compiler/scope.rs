//! Block scopes, gotos and labels.
//!
//! A scope ends its locals' lives, closes captured ones (UCLO) and settles the
//! gotos pending in it: a `break` lands after its loop, a goto to a label of
//! the same block is patched, any other moves out to the enclosing scope
//! (through a UCLO if it leaves captured locals behind). At the end of the
//! function, a goto still pending is an undefined label (or a break outside a
//! loop). This follows LuaJIT's rules, including its quirks: labels are only
//! visible in their own block, a label at the end of a block is outside the
//! scope of the block's locals, and a backward goto to a label of its own
//! block is preceded by a LOOP instruction.
//!
//! Pending gotos are kept per scope and per name, so each goto is looked at a
//! bounded number of times whatever the size of the function.

use std::collections::HashMap;

use super::funcstate::{NO_JMP, SCOPE_BREAK, SCOPE_GOLA, SCOPE_LOOP, SCOPE_NOCLOSE, SCOPE_UPVAL};
use super::lexer::{Near, StrId, Tok};
use super::parser::{is_block_end, PResult, Parser};
use crate::bytecode::{Op, JUMP_BIAS};

/// Target of a goto: a named label, or the implicit label after a loop.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) enum GotoName {
    Break,
    Name(StrId),
}

/// A goto or break awaiting its label.
pub(super) struct Goto {
    pub name: GotoName,
    /// The JMP (or UCLO) instruction.
    pub pc: usize,
    /// Active locals at the goto, or at the end of the scope it left.
    pub slot: u32,
    /// Index of the scope it is pending in.
    pub depth: usize,
    pub resolved: bool,
}

#[derive(Clone, Copy)]
pub(super) struct Label {
    pub pc: usize,
    pub slot: u32,
}

/// A block scope.
pub(super) struct Scope {
    pub nactvar: u32,
    pub flags: u8,
    /// Gotos pending in this scope, in creation order (resolved ones skipped).
    pub pending: Vec<usize>,
    /// Labels of this block; only they are visible to its gotos.
    pub labels: HashMap<StrId, Label>,
}

impl Parser<'_> {
    // -- Scopes --------------------------------------------------------------

    pub fn fscope_begin(&mut self, flags: u8) {
        debug_assert_eq!(self.fs.freereg, self.fs.nactvar);
        self.fs.scopes.push(Scope {
            nactvar: self.fs.nactvar,
            flags,
            pending: Vec::new(),
            labels: Default::default(),
        });
    }

    /// Ends the innermost scope: its locals die, captured ones are closed,
    /// breaks of a loop land here, and other pending gotos are resolved
    /// against the scope's labels or handed to the enclosing scope.
    pub fn fscope_end(&mut self) -> PResult<()> {
        let Some(bl) = self.fs.scopes.pop() else {
            return Ok(());
        };
        let depth = self.fs.scopes.len();
        self.var_remove(bl.nactvar);
        self.fs.freereg = self.fs.nactvar;
        if bl.flags & (SCOPE_UPVAL | SCOPE_NOCLOSE) == SCOPE_UPVAL {
            self.emit_aj(Op::UCLO, bl.nactvar, 0)?;
        }
        if bl.flags & SCOPE_BREAK != 0 {
            if bl.flags & SCOPE_LOOP != 0 {
                self.vstack_check()?;
                let label = Label {
                    pc: self.fs.pc(),
                    slot: self.fs.nactvar,
                };
                for gid in self.take_pending(GotoName::Break, depth) {
                    self.goto_patch(gid, label)?;
                }
            } else {
                return self.goto_fixup(bl, depth);
            }
        }
        if bl.flags & SCOPE_GOLA != 0 {
            self.goto_fixup(bl, depth)?;
        }
        Ok(())
    }

    /// Removes and returns the gotos to `name` pending in the scope at
    /// `depth`, in creation order (they are the tail of the pending list).
    fn take_pending(&mut self, name: GotoName, depth: usize) -> Vec<usize> {
        let mut taken = Vec::new();
        if let Some(list) = self.fs.pending.get_mut(&name) {
            while let Some(&gid) = list.last() {
                let Some(g) = self.fs.gotos.get_mut(gid) else {
                    break;
                };
                if g.depth != depth {
                    break;
                }
                g.resolved = true;
                taken.push(gid);
                list.pop();
            }
        }
        taken.reverse();
        taken
    }

    /// Resolves the gotos still pending in the ending scope `bl` (at `depth`):
    /// backward gotos to its labels, others move out to the enclosing scope.
    fn goto_fixup(&mut self, bl: Scope, depth: usize) -> PResult<()> {
        for &gid in &bl.pending {
            let Some(g) = self.fs.gotos.get(gid) else {
                continue;
            };
            if g.resolved {
                continue;
            }
            let (name, slot, pc) = (g.name, g.slot, g.pc);
            let label = match name {
                GotoName::Name(n) => bl.labels.get(&n).copied(),
                GotoName::Break => None,
            };
            if let Some(label) = label {
                if bl.flags & SCOPE_UPVAL != 0 && slot > label.slot {
                    self.goto_close(gid)?;
                }
                self.goto_patch(gid, label)?;
                if let Some(g) = self.fs.gotos.get_mut(gid) {
                    g.resolved = true;
                }
            } else if depth > 0 {
                if let Some(g) = self.fs.gotos.get_mut(gid) {
                    g.slot = bl.nactvar;
                    g.depth = depth - 1;
                }
                if bl.flags & SCOPE_UPVAL != 0 {
                    self.goto_close(gid)?;
                }
                if let Some(parent) = self.fs.scopes.get_mut(depth - 1) {
                    parent.flags |= if name == GotoName::Break {
                        SCOPE_BREAK
                    } else {
                        SCOPE_GOLA
                    };
                    parent.pending.push(gid);
                }
            } else {
                let line = self.fs.lines.get(pc).copied().unwrap_or(self.lex.line);
                let msg = match name {
                    GotoName::Break => "no loop to break".to_string(),
                    GotoName::Name(n) => format!("undefined label '{}'", self.name_text(n)),
                };
                return Err(self.lex.error_at_line(line, Near::Nothing, &msg));
            }
        }
        // Backward gotos resolved above are the tails of their pending lists.
        for &n in bl.labels.keys() {
            if let Some(list) = self.fs.pending.get_mut(&GotoName::Name(n)) {
                while list
                    .last()
                    .is_some_and(|&gid| self.fs.gotos.get(gid).is_some_and(|g| g.depth == depth))
                {
                    list.pop();
                }
            }
        }
        Ok(())
    }

    /// Points a goto at a label.
    fn goto_patch(&mut self, gid: usize, label: Label) -> PResult<()> {
        let Some(pc) = self.fs.gotos.get(gid).map(|g| g.pc) else {
            return Ok(());
        };
        if let Some(i) = self.fs.ins_mut(pc) {
            i.set_a(label.slot);
        }
        self.jmp_patch(pc, label.pc)
    }

    /// Turns a goto that leaves a scope with captured locals into a UCLO.
    fn goto_close(&mut self, gid: usize) -> PResult<()> {
        let Some((pc, slot)) = self.fs.gotos.get(gid).map(|g| (g.pc, g.slot)) else {
            return Ok(());
        };
        let ins = self.fs.ins(pc);
        if let Some(i) = self.fs.ins_mut(pc) {
            i.set_a(slot);
        }
        if ins.op_byte() == Op::JMP as u8 {
            let next = self.jmp_next(pc);
            if next != NO_JMP {
                self.jmp_patch(next, pc)?;
            }
            if let Some(i) = self.fs.ins_mut(pc) {
                i.set_op(Op::UCLO);
                i.set_d(JUMP_BIAS - 1);
            }
        }
        Ok(())
    }

    /// Records a goto (or break) whose jump is at `pc`.
    fn goto_new(&mut self, name: GotoName, pc: usize) -> PResult<()> {
        self.vstack_check()?;
        self.vtop += 1;
        let gid = self.fs.gotos.len();
        let depth = self.fs.scopes.len().saturating_sub(1);
        self.fs.gotos.push(Goto {
            name,
            pc,
            slot: self.fs.nactvar,
            depth,
            resolved: false,
        });
        self.fs.pending.entry(name).or_default().push(gid);
        if let Some(s) = self.fs.scope() {
            s.pending.push(gid);
        }
        Ok(())
    }

    // -- Goto, label and break statements ---------------------------------

    pub fn parse_break(&mut self) -> PResult<()> {
        if let Some(s) = self.fs.scope() {
            s.flags |= SCOPE_BREAK;
        }
        let pc = self.emit_jmp()?;
        self.goto_new(GotoName::Break, pc)
    }

    pub fn parse_goto(&mut self) -> PResult<()> {
        let name = self.lex_str()?;
        let label = self
            .fs
            .scopes
            .last()
            .and_then(|s| s.labels.get(&name).copied());
        if let Some(label) = label {
            // A backward goto within its block is a loop.
            self.emit_aj(Op::LOOP, label.slot, -1)?;
        }
        if let Some(s) = self.fs.scope() {
            s.flags |= SCOPE_GOLA;
        }
        let pc = self.emit_jmp()?;
        self.goto_new(GotoName::Name(name), pc)
    }

    pub fn parse_label(&mut self) -> PResult<()> {
        self.fs.lasttarget = self.fs.pc();
        if let Some(s) = self.fs.scope() {
            s.flags |= SCOPE_GOLA;
        }
        self.lex.next()?;
        let name = self.lex_str()?;
        if self
            .fs
            .scopes
            .last()
            .is_some_and(|s| s.labels.contains_key(&name))
        {
            let msg = format!("duplicate label '{}'", self.name_text(name));
            return Err(self.lex.error(Near::Nothing, &msg));
        }
        self.vstack_check()?;
        self.vtop += 1;
        let mut label = Label {
            pc: self.fs.pc(),
            slot: self.fs.nactvar,
        };
        if let Some(s) = self.fs.scope() {
            s.labels.insert(name, label);
        }
        self.lex_check(Tok::Label)?;
        // Labels directly following are parsed (and resolved) first.
        while self.lex.tok == Tok::Label {
            self.synlevel_begin()?;
            self.parse_label()?;
            self.synlevel_end();
        }
        // A label at the end of a block is outside the scope of its locals.
        if is_block_end(self.lex.tok) && self.lex.tok != Tok::Until {
            if let Some(s) = self.fs.scope() {
                label.slot = s.nactvar;
                s.labels.insert(name, label);
            }
        }
        let depth = self.fs.scopes.len().saturating_sub(1);
        for gid in self.take_pending(GotoName::Name(name), depth) {
            let Some((slot, pc)) = self.fs.gotos.get(gid).map(|g| (g.slot, g.pc)) else {
                continue;
            };
            if slot < label.slot {
                let local = self
                    .vstack
                    .get(self.fs.varmap_get(slot))
                    .map_or(0, |v| v.name);
                let msg = format!(
                    "<goto {}> jumps into the scope of local '{}'",
                    self.name_text(name),
                    self.name_text(local)
                );
                let line = self.fs.lines.get(pc).copied().unwrap_or(self.lex.line);
                return Err(self.lex.error_at_line(line, Near::Nothing, &msg));
            }
            self.goto_patch(gid, label)?;
        }
        Ok(())
    }
}
