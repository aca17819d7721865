//! lunavm's `ffi` library, compatible with LuaJIT's: C declarations
//! (`cparse`), the C type table (`ctype`), conversions between Lua values and
//! C data (`conv`), raw memory access (`mem`), calls (`call`), callbacks
//! (`callback`) and libraries (`clib`) — the only modules with `unsafe` — the
//! library functions (`library`) and the cdata metamethods: indexing (`index`),
//! arithmetic and comparison (`arith`), calls (`invoke`), metatypes
//! (`metatype`).
//!
//! The VM knows cdata only as GC objects with a type id and payload bytes; this
//! crate gives them meaning through the cdata metatable it installs. `open`
//! registers the library in a VM as `package.loaded.ffi` (not a global, as in
//! LuaJIT). Calls into C go through libffi (`call`), symbols are found with
//! libloading (`clib`).

mod arith;
mod call;
mod callback;
mod clib;
pub mod conv;
pub mod cparse;
pub mod ctype;
mod index;
mod invoke;
mod jitinfo;
pub(crate) mod library;
mod mem;
mod metatype;

pub use library::open;
