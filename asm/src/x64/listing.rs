//! The `m` part of `-jdump`: a trace's machine code disassembled (Intel
//! syntax), each IR instruction's code under a `; 0004 SLOAD` heading and each
//! exit stub under `->exit N`, as LuaJIT's dump shows it.

use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};
use lunavm_tracer::ir::REF_BIAS;
use lunavm_tracer::irbuf::Ir;
use lunavm_tracer::Code;
use std::fmt::Write as _;

/// The listing of `code` (whose bytes are `bytes`, the trace's IR `ir`).
pub(super) fn listing(bytes: &[u8], code: &Code, ir: &Ir) -> String {
    let mut out = String::new();
    let mut decoder = Decoder::with_ip(64, bytes, code.entry as u64, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    fmt.options_mut().set_hex_prefix("0x");
    fmt.options_mut().set_hex_suffix("");
    fmt.options_mut().set_first_operand_char_index(8);
    let mut marks = code.marks.iter().peekable();
    let mut text = String::new();
    for ins in &mut decoder {
        let off = (ins.ip() - code.entry as u64) as u32;
        while let Some(&&(at, r)) = marks.peek() {
            if at > off {
                break;
            }
            marks.next();
            // IR instructions without code share their offset with the next.
            if marks.peek().is_none_or(|m| m.0 > at) {
                let _ = writeln!(out, "; {:04} {}", r - REF_BIAS, ir.get(r).op.name());
            }
        }
        if let Some(n) = code.exit_stubs.iter().position(|&s| s == ins.ip() as usize) {
            let _ = writeln!(out, "->exit {n}");
        }
        text.clear();
        fmt.format(&ins, &mut text);
        let _ = writeln!(out, "{:#014x}  {text}", ins.ip());
        if ins.is_invalid() {
            // Constants after the code: no more instructions.
            break;
        }
    }
    out
}
