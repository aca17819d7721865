//! `/tmp/perf-<pid>.map`: one `START SIZE name` line (hex) per piece of JIT
//! code, the file `perf report` reads to name addresses in anonymous
//! executable memory. Lines are appended as code is installed and the file
//! is left behind at exit, as perf expects.

use std::io::Write;

pub struct PerfMap {
    out: std::fs::File,
    /// The shared runtime code was listed.
    runtime_done: bool,
}

impl PerfMap {
    /// The map file of this process (created or appended to).
    pub fn path() -> String {
        format!("/tmp/perf-{}.map", std::process::id())
    }

    pub fn open() -> std::io::Result<PerfMap> {
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(Self::path())?;
        Ok(PerfMap {
            out,
            runtime_done: false,
        })
    }

    /// Lists a code range; write errors are ignored (the map is a courtesy).
    pub fn add(&mut self, start: usize, size: usize, name: &str) {
        let _ = writeln!(self.out, "{start:x} {size:x} {name}");
    }

    /// Lists the shared runtime code once.
    pub fn add_runtime(&mut self, range: Option<(usize, usize)>) {
        if let (false, Some((start, size))) = (self.runtime_done, range) {
            self.add(start, size, "lunavm::trampoline_and_exit_handler");
            self.runtime_done = true;
        }
    }
}
