//! Snapshots: what the interpreter's stack must look like at a guard.
//!
//! A snapshot lists, for every stack slot the trace changed (relative to the
//! base of the trace's starting frame), the IR value it holds; the frames the
//! trace inlined (their function slots are ordinary entries, their links are
//! listed separately); and the bytecode position to resume at. A failed guard
//! exits through the newest snapshot taken before it: the exit handler writes
//! the entries (and links) into the stack, sets the thread's base to the
//! innermost frame and the pc to the snapshot's, and the interpreter resumes.

use crate::ir::Ref;
use lunavm_vm::bytecode::Ins;

/// One stack slot of a snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SnapEntry {
    /// Slot relative to the trace's starting base (function slots of inlined
    /// frames included).
    pub slot: i32,
    pub r: Ref,
}

/// A frame link to write back: slot, raw link value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SnapLink {
    pub slot: i32,
    pub link: u64,
}

#[derive(Clone, Debug)]
pub struct Snapshot {
    /// The first IR instruction this snapshot covers (guards from here up to
    /// the next snapshot's `r` exit through it).
    pub r: Ref,
    /// Where the interpreter resumes.
    pub pc: *const Ins,
    /// Base of the innermost frame, relative to the trace's starting base.
    pub base: i32,
    /// One past the highest slot the innermost frame uses (relative to the
    /// trace's starting base).
    pub top: i32,
    /// Inlining depth at this point.
    pub depth: u32,
    pub entries: Vec<SnapEntry>,
    pub links: Vec<SnapLink>,
    /// How often this exit was taken (side traces start from hot exits).
    pub count: u32,
    /// How many side traces from this exit were aborted (`tryside`).
    pub tries: u32,
    /// The exit of an allocation that fails only when a collection is due:
    /// it grows no side trace (one would start with the same allocation).
    pub gc_exit: bool,
}

impl Snapshot {
    /// The value a slot holds in this snapshot, if the trace changed it.
    pub fn entry(&self, slot: i32) -> Option<Ref> {
        self.entries.iter().find(|e| e.slot == slot).map(|e| e.r)
    }
}
