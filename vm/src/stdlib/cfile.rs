//! C stdio streams for io files handed to C (the ffi's `FILE *`): the one
//! place the io library calls stdio, so its `unsafe` sits here.
//!
//! A `CFile` owns a `FILE *` made by `fdopen` on a descriptor it was given
//! (or borrows C's `stdin`, which is never closed). Every call passes the
//! pointer the `CFile` holds, which stays valid until `close` or drop; C
//! code may use the same stream meanwhile (stdio locks it per call).

use std::ffi::{c_char, c_int, CStr};
use std::io::{self, SeekFrom};
use std::os::fd::{IntoRawFd, OwnedFd};
use std::ptr::NonNull;

extern "C" {
    /// C's standard streams (glibc's `stdin`, `stdout`, `stderr`).
    static stdin: *mut libc::FILE;
    static stdout: *mut libc::FILE;
    static stderr: *mut libc::FILE;
    /// POSIX `getdelim` (not in the libc crate for every target).
    fn getdelim(
        line: *mut *mut c_char,
        cap: *mut libc::size_t,
        delim: c_int,
        stream: *mut libc::FILE,
    ) -> libc::ssize_t;
}

/// Flushes C's standard output.
pub(crate) fn flush_c_stdout() {
    // SAFETY: `stdout` is initialised by libc before main and never null;
    // fflush locks the stream itself.
    unsafe {
        libc::fflush(stdout);
    }
}

/// The addresses of C's `stdin`, `stdout` and `stderr`.
pub(super) fn standard_streams() -> [u64; 3] {
    // SAFETY: libc initialises the three before main and never changes
    // them; reading them is a plain load.
    unsafe { [stdin as u64, stdout as u64, stderr as u64] }
}

pub(super) struct CFile {
    fp: NonNull<libc::FILE>,
    /// False for C's `stdin`, which belongs to the process.
    owned: bool,
    /// `getdelim`'s line buffer (malloc'd by it; freed on drop).
    line: *mut c_char,
    line_cap: usize,
}

impl CFile {
    /// A stream over `fd` with the `fdopen` mode `mode` ("r", "w", "a",
    /// "r+", "a+"); the descriptor is closed on failure.
    pub(super) fn open(fd: OwnedFd, mode: &CStr) -> io::Result<CFile> {
        let raw = fd.into_raw_fd();
        // SAFETY: `raw` is an open descriptor we own and `mode` a C string;
        // on success the stream owns the descriptor.
        let fp = unsafe { libc::fdopen(raw, mode.as_ptr()) };
        match NonNull::new(fp) {
            Some(fp) => Ok(CFile::wrap(fp, true)),
            None => {
                let e = io::Error::last_os_error();
                // SAFETY: fdopen failed, so `raw` is still ours to close.
                unsafe { libc::close(raw) };
                Err(e)
            }
        }
    }

    /// C's `stdin`, borrowed.
    pub(super) fn stdin() -> CFile {
        // SAFETY: see `standard_streams`.
        let fp = unsafe { stdin };
        CFile::wrap(NonNull::new(fp).expect("C's stdin"), false)
    }

    fn wrap(fp: NonNull<libc::FILE>, owned: bool) -> CFile {
        CFile {
            fp,
            owned,
            line: std::ptr::null_mut(),
            line_cap: 0,
        }
    }

    /// The `FILE *` as an address.
    pub(super) fn address(&self) -> u64 {
        self.fp.as_ptr() as u64
    }

    /// The error of a failed call: errno, with the stream's error flag
    /// cleared so that later calls are not refused for it.
    fn failure(&mut self) -> io::Error {
        let e = io::Error::last_os_error();
        // SAFETY: `fp` is a live stream (see the module header).
        unsafe { libc::clearerr(self.fp.as_ptr()) };
        e
    }

    /// Whether the last read stopped at an error (not at the end of file).
    fn read_failed(&mut self) -> Option<io::Error> {
        // SAFETY: `fp` is a live stream.
        let bad = unsafe { libc::ferror(self.fp.as_ptr()) } != 0;
        bad.then(|| self.failure())
    }

    /// The next byte, None at the end of the input.
    pub(super) fn getc(&mut self) -> io::Result<Option<u8>> {
        // SAFETY: `fp` is a live stream.
        let c = unsafe { libc::fgetc(self.fp.as_ptr()) };
        if c != libc::EOF {
            return Ok(Some(c as u8));
        }
        match self.read_failed() {
            Some(e) => Err(e),
            None => Ok(None),
        }
    }

    /// Pushes `c` back, to be read next (glibc takes any number of bytes).
    pub(super) fn ungetc(&mut self, c: u8) -> io::Result<()> {
        // SAFETY: `fp` is a live stream.
        if unsafe { libc::ungetc(c as c_int, self.fp.as_ptr()) } == libc::EOF {
            return Err(io::Error::from(io::ErrorKind::OutOfMemory));
        }
        Ok(())
    }

    /// The next byte without taking it.
    pub(super) fn peek(&mut self) -> io::Result<Option<u8>> {
        let c = self.getc()?;
        if let Some(c) = c {
            self.ungetc(c)?;
        }
        Ok(c)
    }

    /// Reads up to `buf.len()` bytes (fewer only at the end of the input).
    pub(super) fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // SAFETY: `buf` is `buf.len()` writable bytes; `fp` is a live stream.
        let n = unsafe { libc::fread(buf.as_mut_ptr().cast(), 1, buf.len(), self.fp.as_ptr()) };
        if n < buf.len() {
            if let Some(e) = self.read_failed() {
                return Err(e);
            }
        }
        Ok(n)
    }

    /// The next line with its newline (if it has one); None at the end of
    /// the input. The slice lives until the next call.
    pub(super) fn read_line(&mut self) -> io::Result<Option<&[u8]>> {
        // SAFETY: `line`/`line_cap` are null/0 or a buffer getdelim
        // allocated and sized; getdelim grows it as needed and stores the
        // new pointer and size back. `fp` is a live stream.
        let n = unsafe {
            getdelim(
                &mut self.line,
                &mut self.line_cap,
                b'\n' as c_int,
                self.fp.as_ptr(),
            )
        };
        if n < 0 {
            return match self.read_failed() {
                Some(e) => Err(e),
                None => Ok(None),
            };
        }
        // SAFETY: getdelim stored `n` bytes at `line`.
        Ok(Some(unsafe {
            std::slice::from_raw_parts(self.line.cast::<u8>(), n as usize)
        }))
    }

    pub(super) fn write(&mut self, data: &[u8]) -> io::Result<()> {
        if data.is_empty() {
            return Ok(());
        }
        // SAFETY: `data` is `data.len()` readable bytes; `fp` is a live stream.
        let n = unsafe { libc::fwrite(data.as_ptr().cast(), 1, data.len(), self.fp.as_ptr()) };
        if n < data.len() {
            return Err(self.failure());
        }
        Ok(())
    }

    /// `fflush`: buffered output goes out; on a seekable input stream,
    /// buffered input is given back to the descriptor.
    pub(super) fn flush(&mut self) -> io::Result<()> {
        // SAFETY: `fp` is a live stream.
        if unsafe { libc::fflush(self.fp.as_ptr()) } != 0 {
            return Err(self.failure());
        }
        Ok(())
    }

    /// `fseeko` then `ftello`: the new position.
    pub(super) fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        let (offset, whence) = match pos {
            SeekFrom::Start(o) => (o as i64, libc::SEEK_SET),
            SeekFrom::Current(o) => (o, libc::SEEK_CUR),
            SeekFrom::End(o) => (o, libc::SEEK_END),
        };
        // SAFETY: `fp` is a live stream.
        if unsafe { libc::fseeko(self.fp.as_ptr(), offset, whence) } != 0 {
            return Err(self.failure());
        }
        // SAFETY: as above.
        let at = unsafe { libc::ftello(self.fp.as_ptr()) };
        if at < 0 {
            return Err(self.failure());
        }
        Ok(at as u64)
    }

    /// Closes the stream (flushing it) if it is ours.
    pub(super) fn close(mut self) -> io::Result<()> {
        self.release()
    }

    fn release(&mut self) -> io::Result<()> {
        let mut r = Ok(());
        if self.owned {
            self.owned = false;
            // SAFETY: the stream is ours and not closed yet (`owned` was
            // set); nothing uses `fp` after this.
            if unsafe { libc::fclose(self.fp.as_ptr()) } != 0 {
                r = Err(io::Error::last_os_error());
            }
        }
        if !self.line.is_null() {
            // SAFETY: getdelim allocated `line` with malloc.
            unsafe { libc::free(self.line.cast()) };
            self.line = std::ptr::null_mut();
        }
        r
    }
}

impl Drop for CFile {
    fn drop(&mut self) {
        let _ = self.release();
    }
}
