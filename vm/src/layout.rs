//! Byte offsets of object fields that compiled traces read directly.
//!
//! The trace backend emits loads from these offsets; they are computed here, next
//! to the private fields, so the two cannot drift apart.

use crate::func::{Function, UpVal};
use crate::string::LuaStr;
use crate::table::{Node, Table};
use std::mem::{offset_of, size_of};

/// `Table`: array part pointer, hash part pointer, metatable pointer (null if
/// none), array size (u32), hash mask (u32).
pub const TAB_ARRAY: usize = offset_of!(Table, array);
pub const TAB_NODE: usize = offset_of!(Table, node);
pub const TAB_META: usize = offset_of!(Table, meta);
pub const TAB_ASIZE: usize = offset_of!(Table, asize);
pub const TAB_HMASK: usize = offset_of!(Table, hmask);
/// The negative metamethod cache byte (the GC header's flags).
pub const TAB_NOMM: usize = lunavm_gc::HEADER_FLAGS_OFFSET;

/// Every GC object: the mark byte and its black bit (write barriers only act
/// on black containers).
pub const GC_MARKED: usize = lunavm_gc::HEADER_MARKED_OFFSET;
pub const GC_BLACK: u8 = lunavm_gc::MARKED_BLACK;

/// `Node`: value, key; size of a node.
pub const NODE_VAL: usize = offset_of!(Node, val);
pub const NODE_KEY: usize = offset_of!(Node, key);
pub const NODE_SIZE: usize = size_of::<Node>();

/// `Function`: environment table pointer; upvalue pointers (Lua functions)
/// start right after the struct.
pub const FUNC_ENV: usize = Function::ENV_OFFSET;
pub const FUNC_PROTO: usize = Function::PROTO_OFFSET;
pub const FUNC_UPVALS: usize = size_of::<Function>();

/// `UpVal`: pointer to the value (a stack slot while open, its own `closed`
/// field once closed).
pub const UPVAL_V: usize = UpVal::V_OFFSET;

/// `LuaStr`: length in bytes (usize); the bytes follow the struct.
pub const STR_LEN: usize = LuaStr::LEN_OFFSET;
pub const STR_DATA: usize = size_of::<LuaStr>();

/// `Cdata`: the C type id (u32) and the payload's offset.
pub const CDATA_CTYPE: usize = crate::cdata::Cdata::CTYPE_OFFSET;
pub const CDATA_DATA: usize = crate::cdata::DATA_OFFSET;
