//! Helpers shared by the libraries: bounded string buffers.

use crate::state::Vm;
use crate::LuaResult;

/// Longest string a library function builds (LuaJIT's limit, 2^31-1 bytes).
pub use crate::string::MAX_STRING;

/// Makes room for `extra` more bytes in a result buffer, failing with "not
/// enough memory" when the result would be longer than `MAX_STRING`, would not
/// fit under the heap's limit, or the allocator refuses. Never aborts.
pub fn reserve(vm: &mut Vm, buf: &mut Vec<u8>, extra: usize) -> LuaResult<()> {
    let total = buf.len().saturating_add(extra);
    if total > MAX_STRING || vm.heap.would_exceed(total) || buf.try_reserve(extra).is_err() {
        return Err(vm.out_of_memory());
    }
    Ok(())
}

/// The part of `s` a C function taking a `const char *` sees: up to the first
/// NUL (file names, commands, environment variable names).
pub fn c_str(s: &[u8]) -> &[u8] {
    match s.iter().position(|&b| b == 0) {
        Some(i) => &s[..i],
        None => s,
    }
}
