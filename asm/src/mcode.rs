//! Machine code areas: memory that holds trace code and is never writable and
//! executable at the same time.
//!
//! An area is one fixed mapping, read+execute except while code is written into
//! it: the pages being written are switched to read+write (not executable),
//! filled, and switched back. Nothing runs trace code meanwhile (compilation
//! happens in the interpreter), so no page is ever both.

use std::io;

pub struct Area {
    base: *mut u8,
    size: usize,
    /// Bytes in use.
    used: usize,
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if n > 0 {
        n as usize
    } else {
        4096
    }
}

impl Area {
    /// Maps a new area of at least `size` bytes (read+execute, empty).
    pub fn new(size: usize) -> io::Result<Area> {
        let ps = page_size();
        let size = size.div_ceil(ps) * ps;
        // SAFETY: an anonymous private mapping with no address hint.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_EXEC,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(Area {
            base: p as *mut u8,
            size,
            used: 0,
        })
    }

    pub fn base(&self) -> usize {
        self.base as usize
    }
    /// Where the next code will go.
    pub fn next(&self) -> usize {
        self.base as usize + self.used
    }
    pub fn free(&self) -> usize {
        self.size - self.used
    }
    pub fn used(&self) -> usize {
        self.used
    }

    /// Switches the pages covering `[addr, addr+len)` to `prot`.
    fn protect(&self, addr: usize, len: usize, prot: libc::c_int) -> io::Result<()> {
        let ps = page_size();
        let start = addr / ps * ps;
        let end = (addr + len).div_ceil(ps) * ps;
        // SAFETY: the range lies inside this area's mapping (callers check).
        let r = unsafe { libc::mprotect(start as *mut libc::c_void, end - start, prot) };
        if r != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Copies `code` (assembled for address `self.next()`) into the area and
    /// returns its address. The touched pages are writable only meanwhile.
    pub fn append(&mut self, code: &[u8]) -> io::Result<usize> {
        if code.len() > self.free() {
            return Err(io::Error::new(io::ErrorKind::OutOfMemory, "code area full"));
        }
        let at = self.next();
        self.write(at, code)?;
        // Keep following code 16-byte aligned.
        self.used = (self.used + code.len()).div_ceil(16) * 16;
        self.used = self.used.min(self.size);
        Ok(at)
    }

    /// Overwrites code at `addr` (patching a jump): the touched pages are
    /// writable only while the bytes are copied.
    pub fn write(&mut self, addr: usize, bytes: &[u8]) -> io::Result<()> {
        let base = self.base as usize;
        if addr < base || addr + bytes.len() > base + self.size {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "write outside the area",
            ));
        }
        self.protect(addr, bytes.len(), libc::PROT_READ | libc::PROT_WRITE)?;
        // SAFETY: the range is inside the mapping and now writable; nothing
        // executes it meanwhile (single-threaded VM, compiler not in trace code).
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), addr as *mut u8, bytes.len()) };
        self.protect(addr, bytes.len(), libc::PROT_READ | libc::PROT_EXEC)
    }

    /// Forgets all code (the mapping stays, read+execute).
    pub fn reset(&mut self, keep: usize) {
        self.used = keep;
    }
}

impl Drop for Area {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the mapping made in `new`.
        unsafe { libc::munmap(self.base as *mut libc::c_void, self.size) };
    }
}
