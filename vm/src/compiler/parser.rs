//! Parser and code generator (to be written).
use super::{CompiledProto, SyntaxError};

pub(super) fn parse_chunk(_source: &[u8], chunkname: &[u8]) -> Result<CompiledProto, SyntaxError> {
    Err(SyntaxError { message: format!("{}: compiler not built yet", super::chunk_id(chunkname)) })
}
