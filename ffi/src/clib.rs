//! C library namespaces: `ffi.C` (the running process and the libraries it
//! links, libc among them) and the libraries `ffi.load` opens, through
//! libloading (dlopen/dlsym). Resolved addresses are cached per library.

use libloading::os::unix::{Library, RTLD_GLOBAL, RTLD_LOCAL, RTLD_NOW};
use std::cell::RefCell;
use std::collections::HashMap;

pub struct CLib {
    lib: Library,
    cache: RefCell<HashMap<String, u64>>,
}

impl CLib {
    /// The running process's global symbols.
    pub fn this() -> CLib {
        CLib {
            lib: Library::this(),
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// `ffi.load(name, global)`: a path, or a short name such as "m" that is
    /// looked up as `libm.so` the way LuaJIT does (a linker script in its
    /// place is followed to the library it names).
    pub fn load(name: &str, global: bool) -> Result<CLib, String> {
        let mut path = name.to_string();
        if !name.contains('/') {
            if !name.contains('.') {
                path.push_str(".so");
            }
            if !path.starts_with("lib") {
                path.insert_str(0, "lib");
            }
        }
        let flags = RTLD_NOW | if global { RTLD_GLOBAL } else { RTLD_LOCAL };
        // SAFETY: opening a library runs its initialisers; loading a library
        // is what the program asked for, as with dlopen in C.
        let opened = unsafe { Library::open(Some(&path), flags) };
        let lib = match opened {
            Ok(lib) => lib,
            Err(e) => {
                let msg = e.to_string();
                let script = linker_script_target(&path);
                // SAFETY: as above.
                match script.map(|p| unsafe { Library::open(Some(p), flags) }) {
                    Some(Ok(lib)) => lib,
                    _ => return Err(trim_error(&msg, name)),
                }
            }
        };
        Ok(CLib {
            lib,
            cache: RefCell::new(HashMap::new()),
        })
    }

    /// The address of symbol `name`, if the library has it.
    pub fn symbol(&self, name: &str) -> Option<u64> {
        if let Some(&a) = self.cache.borrow().get(name) {
            return Some(a);
        }
        // SAFETY: the symbol is only read as an address here; what it points to
        // is used according to the declaration the program gave.
        let sym = unsafe { self.lib.get::<*mut std::ffi::c_void>(name.as_bytes()) };
        let addr = *sym.ok()? as u64;
        if addr == 0 {
            return None;
        }
        self.cache.borrow_mut().insert(name.to_string(), addr);
        Some(addr)
    }
}

/// dlopen's message, as LuaJIT shows it (`<name>: cannot open shared object
/// file: ...`).
fn trim_error(msg: &str, name: &str) -> String {
    if msg.is_empty() {
        format!("cannot load library '{name}'")
    } else {
        msg.to_string()
    }
}

/// The library a GNU ld script (e.g. /usr/lib/x86_64-linux-gnu/libm.so on
/// Debian with the dev packages) names in its GROUP or INPUT command.
fn linker_script_target(short: &str) -> Option<String> {
    let dirs = [
        "/usr/lib/x86_64-linux-gnu",
        "/lib/x86_64-linux-gnu",
        "/usr/lib64",
        "/usr/lib",
        "/lib",
    ];
    for d in dirs {
        let candidate = if short.contains('/') {
            short.to_string()
        } else {
            format!("{d}/{short}")
        };
        let Ok(text) = std::fs::read(&candidate) else {
            continue;
        };
        let text = String::from_utf8_lossy(&text);
        for cmd in ["GROUP", "INPUT"] {
            if let Some(i) = text.find(cmd) {
                let rest = text[i + cmd.len()..].trim_start().trim_start_matches('(');
                let first = rest.split_whitespace().next()?;
                return Some(first.trim_end_matches(')').to_string());
            }
        }
    }
    // No script: try the runtime name with a version (libm.so -> libm.so.6).
    ["6", "1", "0"]
        .iter()
        .map(|v| format!("{short}.{v}"))
        .find(|p| {
            dirs.iter()
                .any(|d| std::path::Path::new(&format!("{d}/{p}")).exists())
        })
}
