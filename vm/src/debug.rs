//! Walking the frames of a thread: levels for `error`, `getfenv`/`setfenv` and
//! tracebacks, function names and line numbers.

use crate::bytecode::{Ins, Op};
use crate::error::slot_name;
use crate::frame::{self, Link};
use crate::state::Vm;
use crate::thread::Thread;
use crate::value::{Gc, Value};

/// One frame of a thread, innermost first.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub base: usize,
    pub func: Value,
    /// For Lua frames: the pc after the current instruction.
    pub pc: Option<*const Ins>,
    /// How this frame was entered (its link).
    pub link: Link,
    /// The base the link belongs to (below `base` for vararg frames, whose link
    /// sits at the function's original frame).
    pub link_base: usize,
    /// A `(tail call)` level: a frame replaced by a tail call (Lua 5.1's
    /// bookkeeping); `func` is nil.
    pub tail: bool,
}

/// Iterates the frames of a thread from the innermost outwards.
pub struct Frames {
    th: Gc<Thread>,
    next: Option<(usize, Option<*const Ins>)>,
    /// `(tail call)` levels still to report below the last frame.
    tails: u32,
    tail_frame: Option<Frame>,
}

impl Iterator for Frames {
    type Item = Frame;
    fn next(&mut self) -> Option<Frame> {
        if self.tails > 0 {
            self.tails -= 1;
            return self.tail_frame;
        }
        let (frame_base, pc) = self.next?;
        let stack = &self.th.body().stack;
        if frame_base < 2 || frame_base > stack.len() {
            self.next = None;
            return None;
        }
        let func = stack[frame_base - 2];
        let mut base = frame_base;
        let mut link = frame::decode(stack[base - 1]);
        if link == Link::Bottom {
            // The sentinel at the bottom of the stack: on the main thread it stands
            // for the host's C level (a C function in Lua's terms); on coroutines
            // it is not a frame.
            self.next = None;
            if !self.th.body().is_main {
                return None;
            }
            return Some(Frame {
                base: frame_base,
                func: Value::NIL,
                pc: None,
                link,
                link_base: frame_base,
                tail: false,
            });
        }
        // A vararg frame's link leads to the same function's original frame.
        while let Link::Varg(d) = link {
            base -= d;
            link = frame::decode(stack[base - 1]);
        }
        self.next = match link {
            Link::Bottom => None,
            // SAFETY: a Lua link is the return address of a call instruction.
            Link::Lua(ret) => Some((unsafe { frame::lua_caller_base(base, ret) }, Some(ret))),
            Link::Cont(d) => {
                let saved = stack[base - 3].to_bits() as *const Ins;
                Some((base - d, Some(saved)))
            }
            Link::C(d) => {
                // Below a C link: a native, the bottom, or a Lua frame that called
                // through Rust (its pc is in the thread's boundary records).
                let prev = base - d;
                let pc = self
                    .th
                    .body()
                    .boundaries
                    .iter()
                    .rev()
                    .find(|&&(b, _)| b == prev)
                    .map(|&(_, pc)| pc);
                Some((prev, pc))
            }
            // pcall frames sit on top of the pcall native's own frame.
            Link::Pcall(d) | Link::Xpcall(d) => Some((base - d, None)),
            Link::Varg(_) => unreachable!("vararg links are skipped above"),
        };
        let pc = if func.as_function().is_some_and(|f| f.is_lua()) {
            pc
        } else {
            None
        };
        let fr = Frame {
            base: frame_base,
            func,
            pc,
            link,
            link_base: base,
            tail: false,
        };
        // Tail calls that replaced this frame count as levels below it.
        if let Some(&(_, n)) = self
            .th
            .body()
            .tailcalls
            .iter()
            .rev()
            .find(|&&(b, _)| b == base)
        {
            self.tails = n;
            self.tail_frame = Some(Frame {
                func: Value::NIL,
                pc: None,
                link: Link::Bottom,
                tail: true,
                ..fr
            });
        }
        Some(fr)
    }
}

impl Vm {
    /// The frames of the running thread, innermost first.
    pub fn frames(&self) -> Frames {
        frames_of(self.cur)
    }

    /// The frame `level` levels above the innermost one (0 = innermost).
    pub fn frame_at_level(&self, level: usize) -> Option<Frame> {
        self.frames().nth(level)
    }

    /// A traceback of the running thread starting at `level`, in Lua 5.1's format.
    pub fn traceback(&self, level: usize) -> String {
        traceback_of(self.cur, level)
    }
}

/// The frames of any thread, innermost first.
pub fn frames_of(th: Gc<Thread>) -> Frames {
    let t = th.body();
    let pc = if t.pc.is_null() { None } else { Some(t.pc) };
    Frames {
        th,
        next: Some((t.base, pc)),
        tails: 0,
        tail_frame: None,
    }
}

/// How a frame's function is known to its caller: ("global", "print"), ...
pub fn function_name(caller: &Frame) -> Option<(&'static str, String)> {
    let f = caller.func.as_function()?;
    if !f.is_lua() {
        return None;
    }
    let pc = caller.pc?;
    let proto = f.proto();
    let idx = proto.pc_of(pc).checked_sub(1)?;
    called_name(proto, idx)
}

/// How the instruction at index `idx` of `proto` names the function it calls.
pub fn called_name(proto: Gc<crate::func::Proto>, idx: usize) -> Option<(&'static str, String)> {
    let ins = *proto.body().code.get(idx)?;
    let op = Op::from_u8(ins.op_byte())?;
    match op {
        Op::CALL | Op::CALLM | Op::CALLT | Op::CALLMT => slot_name(proto, idx, ins.a()),
        Op::ITERC | Op::ITERN => Some(("for iterator", "for iterator".to_string())),
        // Any other instruction called its function as a metamethod; LuaJIT
        // names it so (Lua 5.1 gives no name).
        _ => metamethod_of(op).map(|mm| ("metamethod", mm.to_string())),
    }
}

/// The metamethod an instruction can call, if any.
pub(crate) fn metamethod_of(op: Op) -> Option<&'static str> {
    use Op::*;
    Some(match op {
        GGET | TGETV | TGETS | TGETB => "__index",
        GSET | TSETV | TSETS | TSETB => "__newindex",
        ADDVN | ADDNV | ADDVV => "__add",
        SUBVN | SUBNV | SUBVV => "__sub",
        MULVN | MULNV | MULVV => "__mul",
        DIVVN | DIVNV | DIVVV => "__div",
        MODVN | MODNV | MODVV => "__mod",
        POW => "__pow",
        UNM => "__unm",
        LEN => "__len",
        CAT => "__concat",
        ISLT | ISGE => "__lt",
        ISLE | ISGT => "__le",
        ISEQV | ISNEV | ISEQS | ISNES | ISEQN | ISNEN | ISEQP | ISNEP => "__eq",
        _ => return None,
    })
}

/// Describes a frame for a traceback line: `file:line: in function 'f'`.
fn describe(fr: &Frame, caller: Option<&Frame>) -> String {
    if fr.tail {
        return "(tail call): ?".to_string();
    }
    let where_ = match fr.func.as_function() {
        Some(f) if f.is_lua() => {
            let proto = f.proto();
            let p = proto.body();
            let src = String::from_utf8_lossy(&crate::compiler::chunk_id(p.chunkname.as_bytes()))
                .into_owned();
            match fr.pc {
                Some(pc) => format!("{}:{}:", src, p.line_at(proto.pc_of(pc).saturating_sub(1))),
                None => format!("{src}:"),
            }
        }
        _ => "[C]:".to_string(),
    };
    let what = match fr.func.as_function() {
        Some(f) if f.is_lua() && f.proto().body().line_defined == 0 => " in main chunk".to_string(),
        Some(f) => {
            let named = caller.and_then(function_name);
            match named {
                Some((_, name)) => format!(" in function '{name}'"),
                None if f.is_lua() => {
                    let p = f.proto();
                    let src = String::from_utf8_lossy(&crate::compiler::chunk_id(
                        p.body().chunkname.as_bytes(),
                    ))
                    .into_owned();
                    format!(" in function <{}:{}>", src, p.body().line_defined)
                }
                None => " ?".to_string(),
            }
        }
        None => " ?".to_string(),
    };
    format!("{where_}{what}")
}

/// A 5.1-style traceback of `th`, starting `level` frames from the innermost.
pub fn traceback_of(th: Gc<Thread>, level: usize) -> String {
    let frames: Vec<Frame> = frames_of(th).collect();
    let mut out = String::from("stack traceback:");
    const HEAD: usize = 12;
    const TAIL: usize = 10;
    let shown: Vec<usize> = (level..frames.len()).collect();
    for (k, &i) in shown.iter().enumerate() {
        if shown.len() > HEAD + TAIL && k == HEAD {
            out.push_str("\n\t...");
        }
        if shown.len() > HEAD + TAIL && k >= HEAD && k < shown.len() - TAIL {
            continue;
        }
        out.push_str("\n\t");
        out.push_str(&describe(&frames[i], frames.get(i + 1)));
    }
    out
}
