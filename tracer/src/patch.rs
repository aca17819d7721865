//! Attaching traces to bytecode: a loop header becomes its J-form (D = the
//! trace number), flushing restores it, blacklisting turns it into its
//! non-counting I-form.
//!
//! Bytecode is patched in place. The interpreter reads instructions through
//! raw pointers, one at a time, so a patched instruction takes effect the next
//! time it is reached; nothing holds a reference into a code array across the
//! points where the JIT patches.

use crate::trace::Trace;
use lunavm_vm::bytecode::{Ins, Op};

fn write(pc: *const Ins, ins: Ins) {
    // SAFETY: `pc` points into the live code array of a prototype the trace (or
    // the recording) keeps alive, and no reference into that array is held
    // while the JIT runs (see the module comment).
    unsafe { std::ptr::write(pc as *mut Ins, ins) };
}

fn read(pc: *const Ins) -> Ins {
    // SAFETY: as for `write`.
    unsafe { *pc }
}

/// Patches the trace's header op into its J-form.
pub fn attach(t: &Trace) {
    let jop = match t.original.op() {
        Op::FORL | Op::IFORL => Op::JFORL,
        Op::ITERL | Op::IITERL => Op::JITERL,
        Op::FUNCF | Op::IFUNCF => Op::JFUNCF,
        _ => Op::JLOOP,
    };
    write(t.header_pc, Ins::ad(jop, t.original.a(), t.no));
}

/// Restores the op the trace replaced.
pub fn detach(t: &Trace) {
    let cur = read(t.header_pc);
    if cur.op().is_trace_entry() && cur.d() == t.no {
        write(t.header_pc, t.original);
    }
}

/// Stops hot counting at a header that keeps aborting.
pub fn blacklist(pc: *const Ins) {
    let mut ins = read(pc);
    let op = match ins.op() {
        Op::FORL => Op::IFORL,
        Op::ITERL => Op::IITERL,
        Op::LOOP => Op::ILOOP,
        Op::FUNCF => Op::IFUNCF,
        _ => return,
    };
    ins.set_op(op);
    write(pc, ins);
}
