//! The recorder's view of the stack: which IR value each slot holds, by slot
//! number relative to the trace's starting base. Slots below the start (the
//! function and link of the starting frame, and the frames of callers a trace
//! returned into) have negative numbers.
//!
//! Every change is logged since the last [`SlotMap::begin`], so that an
//! instruction the recorder could not finish can be undone.

use crate::ir::{Ref, REF_NONE};

/// Lowest and one past the highest slot a trace may use.
pub const MIN_SLOT: i32 = -1000;
pub const MAX_SLOT: i32 = 1000;

/// The value of a slot the trace has not touched (the stack holds it).
pub const UNSET: Ref = REF_NONE;

pub struct SlotMap {
    /// IR value per slot; index = slot - MIN_SLOT.
    refs: Vec<Ref>,
    /// Lowest index ever set (everything below is UNSET).
    lo: usize,
    /// (index, previous value) of each change since `begin`.
    log: Vec<(usize, Ref)>,
}

impl SlotMap {
    pub fn new() -> SlotMap {
        SlotMap {
            refs: Vec::new(),
            lo: usize::MAX,
            log: Vec::new(),
        }
    }

    /// Whether slot `abs` is one a trace may use.
    pub fn in_range(abs: i32) -> bool {
        (MIN_SLOT..MAX_SLOT).contains(&abs)
    }

    fn index(abs: i32) -> usize {
        debug_assert!(Self::in_range(abs));
        (abs - MIN_SLOT) as usize
    }

    /// What slot `abs` holds (UNSET if untouched).
    pub fn get(&self, abs: i32) -> Ref {
        self.refs.get(Self::index(abs)).copied().unwrap_or(UNSET)
    }

    /// Sets slot `abs` (which must be in range).
    pub fn put(&mut self, abs: i32, r: Ref) {
        let i = Self::index(abs);
        if i >= self.refs.len() {
            if r == UNSET {
                return;
            }
            self.refs.resize(i + 1, UNSET);
        }
        self.log.push((i, self.refs[i]));
        self.refs[i] = r;
        self.lo = self.lo.min(i);
    }

    /// Every touched slot and its value, lowest slot first.
    pub fn iter(&self) -> impl Iterator<Item = (i32, Ref)> + '_ {
        let lo = self.lo.min(self.refs.len());
        self.refs[lo..]
            .iter()
            .enumerate()
            .filter(|&(_, &r)| r != UNSET)
            .map(move |(i, &r)| ((lo + i) as i32 + MIN_SLOT, r))
    }

    /// Starts a new undo log.
    pub fn begin(&mut self) {
        self.log.clear();
    }

    /// Undoes every change since `begin`.
    pub fn undo(&mut self) {
        while let Some((i, r)) = self.log.pop() {
            self.refs[i] = r;
        }
    }
}
