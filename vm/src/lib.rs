//! lunavm's virtual machine: values, objects, front end, bytecode, interpreter and
//! standard library. See docs/ARCHITECTURE.md for the map.

pub mod api;
pub mod bytecode;
pub mod call;
pub mod cdata;
pub mod collect;
pub mod compiler;
pub mod ctinfo;
pub mod debug;
pub mod dump;
pub mod error;
pub mod frame;
pub mod func;
pub mod interp;
pub mod jit;
pub mod layout;
pub mod load;
pub mod meta;
pub mod profile;
pub mod state;
pub mod stdlib;
pub mod string;
pub mod table;
pub mod text;
pub mod thread;
pub mod trace_calls;
pub mod udata;
pub mod value;
pub mod verify;

pub use call::MULTRET;
pub use error::{LuaError, LuaResult};
pub use state::Vm;
pub use thread::STACK_EXTRA;
pub use value::Value;
