//! lunavm's virtual machine: values, objects, front end, bytecode, interpreter and
//! standard library. See docs/ARCHITECTURE.md for the map.

pub mod bytecode;
pub mod compiler;
pub mod text;
