//! lunavm's `ffi` library, compatible with LuaJIT's: C declarations
//! (`cparse`), the C type table (`ctype`), and cdata values (`lib`) built on
//! the VM's generic cdata objects. `open` registers the library in a VM as
//! `package.loaded.ffi` (it is not a global, as in LuaJIT).

pub mod cparse;
pub mod ctype;
