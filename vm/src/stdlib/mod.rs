//! The standard libraries.

mod base;
mod bit;
pub(crate) mod cfile;
mod coroutine;
mod debug;
mod io;
mod jit;
mod math;
mod os;
mod package;
pub(crate) mod string;
mod support;
mod table;
#[cfg(test)]
mod tests;

pub use base::read_source_file as read_source;
pub use io::c_file_pointer as io_file_pointer;

use crate::state::Vm;
use crate::LuaResult;

/// Opens every standard library into the globals.
pub fn open_libs(vm: &mut Vm) -> LuaResult<()> {
    base::open(vm)?;
    coroutine::open(vm)?;
    table::open(vm)?;
    math::open(vm)?;
    bit::open(vm)?;
    io::open(vm)?;
    os::open(vm)?;
    string::open(vm)?;
    debug::open(vm)?;
    jit::open(vm)?;
    // Last: package.loaded lists the libraries opened before it.
    package::open(vm)?;
    Ok(())
}

impl Vm {
    /// The native function currently running (its frame is the innermost).
    pub fn current_function(&self) -> crate::value::Value {
        let t = self.cur.body();
        t.stack[t.base - 2]
    }

    /// Upvalue `i` of the running native closure.
    pub fn native_upvalue(&self, i: usize) -> crate::value::Value {
        match self.current_function().as_function() {
            Some(f) if !f.is_lua() => f
                .native_upvalues()
                .get(i)
                .copied()
                .unwrap_or(crate::value::Value::NIL),
            _ => crate::value::Value::NIL,
        }
    }

    /// Creates a library table `name` in the globals with the given functions.
    pub(crate) fn new_lib(
        &mut self,
        name: &str,
        funcs: &[(&str, crate::func::NativeFn)],
    ) -> LuaResult<crate::value::Gc<crate::table::Table>> {
        let t = self.new_table(0, funcs.len() as u32)?;
        let g = self.globals;
        self.table_set_str(g, name, t.to_value())?;
        for (n, f) in funcs {
            self.register(t, n, *f)?;
        }
        Ok(t)
    }
}

/// The C library's wording of an OS error (`strerror`), without Rust's suffix.
pub(crate) fn os_error_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
