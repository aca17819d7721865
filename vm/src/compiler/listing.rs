//! Bytecode listings in the format of `luajit -bl` (to be written).
use super::CompiledProto;

/// Lists a prototype and its children, innermost first, as `luajit -bl` does.
pub fn list_proto(_p: &CompiledProto) -> String {
    String::new()
}
