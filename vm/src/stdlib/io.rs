//! The io library (Lua 5.1's liolib) over lunavm's own buffered streams.
//!
//! A file handle is a userdata whose payload is a shared `Stream`; all handles
//! share one metatable (registry key "FILE*") holding the methods. Standard
//! output is not a stream of its own: writes to it go through the VM's stdout
//! buffer, the one `print` uses, so the two never reorder. Writing to stderr and
//! reading stdin flush that buffer first. Every open stream is also listed in a
//! per-thread table of weak references so that `os.exit` can flush them, as C's
//! `exit` flushes stdio.
//!
//! A file converted to C's `FILE *` (the ffi passes io files to C as LuaJIT
//! does) is handed to C stdio on the first conversion: its buffered output is
//! written, its unread input given back (by seeking, or pushed back into the
//! C stream where the file cannot seek), and from then on every read, write
//! and seek of the Lua file goes through that one C stream (`cfile.rs`), so
//! C and Lua see the same position and buffer and their output stays in
//! order. io.stdin is handed over to C's `stdin`; io.stdout and io.stderr
//! convert to C's `stdout` and `stderr` and keep their Lua paths (the ffi
//! flushes the VM's stdout buffer before each C call and C's after it).
//!
//! LuaJIT's additions that LuaJIT programs use are accepted: `write` returns the
//! file (5.1 returns true) so that writes chain; read formats may omit the '*'
//! and "L" keeps the newline; `lines` takes read formats. 5.1's error messages
//! are kept for everything 5.1 rejects in both ("invalid option", "invalid
//! format").

use super::cfile::CFile;
use super::support::{c_str, reserve};
use crate::state::Vm;
use crate::udata::Userdata;
use crate::value::{Gc, Value};
use crate::LuaResult;
use std::cell::RefCell;
use std::ffi::CStr;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::process::{Child, Command, Stdio};
use std::rc::{Rc, Weak};

const REG_FILE_MT: &str = "FILE*";
const REG_INPUT: &str = "io.input";
const REG_OUTPUT: &str = "io.output";
/// Size of a stream's read buffer and the fill level at which writes are flushed.
const BUF_SIZE: usize = 1 << 16;

const EBADF: i32 = 9;
const EINVAL: i32 = 22;
const ESPIPE: i32 = 29;

pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    let mt = vm.new_table(0, 10)?;
    let methods: &[(&str, crate::func::NativeFn)] = &[
        ("close", f_close),
        ("flush", f_flush),
        ("lines", f_lines),
        ("read", f_read),
        ("seek", f_seek),
        ("setvbuf", f_setvbuf),
        ("write", f_write),
        ("__gc", f_gc),
        ("__tostring", f_tostring),
    ];
    for (name, f) in methods {
        vm.register(mt, name, *f)?;
    }
    vm.table_set_str(mt, "__index", mt.to_value())?;
    vm.registry_set(REG_FILE_MT, mt.to_value())?;
    let io = vm.new_lib(
        "io",
        &[
            ("close", io_close),
            ("flush", io_flush),
            ("input", io_input),
            ("lines", io_lines),
            ("open", io_open),
            ("output", io_output),
            ("popen", io_popen),
            ("read", io_read),
            ("tmpfile", io_tmpfile),
            ("type", io_type),
            ("write", io_write),
        ],
    )?;
    for (name, kind, reg) in [
        ("stdin", Kind::Stdin, Some(REG_INPUT)),
        ("stdout", Kind::Stdout, Some(REG_OUTPUT)),
        ("stderr", Kind::Stderr, None),
    ] {
        let is_stdin = matches!(kind, Kind::Stdin);
        let (readable, writable) = (is_stdin, !is_stdin);
        let mut st = Stream::new(kind, readable, writable);
        st.standard = true;
        let u = new_file(vm, st)?;
        vm.table_set_str(io, name, u.to_value())?;
        if let Some(key) = reg {
            vm.registry_set(key, u.to_value())?;
        }
        if is_stdin {
            vm.registry_set(REG_STDIN, u.to_value())?;
        }
    }
    Ok(())
}

/// The standard input stream, whatever `io.input` and `io.stdin` now hold.
const REG_STDIN: &str = "io.stdin";

/// Reads one line (with its newline, if any) from standard input through its
/// stream's buffer, so it mixes with `io.read`; None at the end of input.
pub(super) fn read_stdin_line(vm: &mut Vm) -> LuaResult<Option<Vec<u8>>> {
    vm.flush_stdout();
    let stdin = vm.registry_get(REG_STDIN)?;
    let Some(rc) = stream_of(vm, stdin)? else {
        return Ok(None);
    };
    let mut line = Vec::new();
    let got = rc.borrow_mut().read_line(vm, &mut line, true)?;
    Ok(matches!(got, Ok(true)).then_some(line))
}

// ------------------------------------------------------------------ streams

enum Kind {
    Closed,
    File(File),
    Stdin,
    /// Writes go to the VM's stdout buffer.
    Stdout,
    Stderr,
    /// `io.popen(cmd, "r")`: the child's stdout.
    PipeRead(Child),
    /// `io.popen(cmd, "w")`: the child's stdin.
    PipeWrite(Child),
}

/// The direction a stream handed to C last moved data in (C stdio needs a
/// flush or a seek between output and input).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    Unknown,
    Read,
    Write,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BufMode {
    No,
    Line,
    Full,
}

/// A buffered stream: one read buffer and one write buffer, never both in use
/// (switching direction flushes or drops the other, as C stdio requires a seek
/// or flush to do).
pub struct Stream {
    kind: Kind,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    mode: BufMode,
    readable: bool,
    writable: bool,
    /// Opened in append mode ("a", "a+").
    append: bool,
    /// io.stdin/stdout/stderr cannot be closed.
    standard: bool,
    /// The C stream the file was handed to (see the module header); while
    /// it is set, `rbuf` and `wbuf` stay empty.
    c: Option<CFile>,
    /// What the Lua side last did through `c`.
    c_dir: Dir,
}

/// The payload of a file userdata.
struct FileBox(Rc<RefCell<Stream>>);

thread_local! {
    /// Every stream opened on this thread, for `flush_all`.
    static OPEN_STREAMS: RefCell<Vec<Weak<RefCell<Stream>>>> = const { RefCell::new(Vec::new()) };
}

/// Flushes every open stream's write buffer (for `os.exit`).
pub(super) fn flush_all() {
    OPEN_STREAMS.with(|l| {
        for w in l.borrow().iter() {
            if let Some(rc) = w.upgrade() {
                if let Ok(mut st) = rc.try_borrow_mut() {
                    let _ = st.flush();
                }
            }
        }
    });
}

fn err_of(code: i32) -> io::Error {
    io::Error::from_raw_os_error(code)
}

impl Stream {
    fn new(kind: Kind, readable: bool, writable: bool) -> Stream {
        Stream {
            kind,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            mode: BufMode::Full,
            readable,
            writable,
            append: false,
            standard: false,
            c: None,
            c_dir: Dir::Unknown,
        }
    }

    /// The stream's C stream, if it was handed to C, made ready to move data
    /// in direction `dir`.
    fn via_c(&mut self, dir: Dir) -> io::Result<Option<&mut CFile>> {
        let Some(c) = self.c.as_mut() else {
            return Ok(None);
        };
        if self.c_dir != dir {
            match (self.c_dir, dir) {
                (Dir::Write, Dir::Read) => c.flush()?,
                // Drops read-ahead and pushed-back input; fails harmlessly
                // where the file cannot seek.
                (Dir::Read, Dir::Write) => {
                    let _ = c.seek(SeekFrom::Current(0));
                }
                _ => {}
            }
            self.c_dir = dir;
        }
        Ok(Some(c))
    }

    /// C's `FILE *` for this stream, handing it to C stdio on the first call
    /// (see the module header). The standard output and error streams are
    /// C's own.
    fn c_stream(&mut self) -> io::Result<u64> {
        if let Some(c) = &self.c {
            return Ok(c.address());
        }
        let [c_stdin, c_stdout, c_stderr] = super::cfile::standard_streams();
        let fd: OwnedFd = match &self.kind {
            Kind::Closed => return Err(err_of(EBADF)),
            Kind::Stdout => return Ok(c_stdout),
            Kind::Stderr => return Ok(c_stderr),
            Kind::Stdin => {
                let mut c = CFile::stdin();
                self.push_back_unread(&mut c)?;
                self.c = Some(c);
                return Ok(c_stdin);
            }
            Kind::File(f) => f.as_fd().try_clone_to_owned()?,
            Kind::PipeRead(child) => match &child.stdout {
                Some(o) => o.as_fd().try_clone_to_owned()?,
                None => return Err(err_of(EBADF)),
            },
            Kind::PipeWrite(child) => match &child.stdin {
                Some(i) => i.as_fd().try_clone_to_owned()?,
                None => return Err(err_of(EBADF)),
            },
        };
        self.flush()?;
        // Unread input goes back to the file where it can seek.
        let unread = (self.rbuf.len() - self.rpos) as i64;
        if unread > 0 {
            if let Kind::File(f) = &mut self.kind {
                if f.seek(SeekFrom::Current(-unread)).is_ok() {
                    self.rbuf.clear();
                    self.rpos = 0;
                }
            }
        }
        let mode: &CStr = match (self.readable, self.writable, self.append) {
            (true, false, _) => c"r",
            (false, _, false) => c"w",
            (false, _, true) => c"a",
            (true, true, false) => c"r+",
            (true, true, true) => c"a+",
        };
        let mut c = CFile::open(fd, mode)?;
        self.push_back_unread(&mut c)?;
        self.c = Some(c);
        Ok(self.c.as_ref().map_or(0, CFile::address))
    }

    /// Moves input read ahead but not yet taken into `c`, to be read next.
    fn push_back_unread(&mut self, c: &mut CFile) -> io::Result<()> {
        for &b in self.rbuf[self.rpos..].iter().rev() {
            c.ungetc(b)?;
        }
        self.rbuf = Vec::new();
        self.rpos = 0;
        Ok(())
    }

    fn is_closed(&self) -> bool {
        matches!(self.kind, Kind::Closed)
    }

    fn raw_read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let r = match &mut self.kind {
                Kind::File(f) => f.read(buf),
                Kind::Stdin => io::stdin().lock().read(buf),
                Kind::PipeRead(c) => match c.stdout.as_mut() {
                    Some(o) => o.read(buf),
                    None => Ok(0),
                },
                _ => Err(err_of(EBADF)),
            };
            match r {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                r => return r,
            }
        }
    }

    fn raw_write(&mut self, data: &[u8]) -> io::Result<()> {
        match &mut self.kind {
            Kind::File(f) => f.write_all(data),
            Kind::PipeWrite(c) => match c.stdin.as_mut() {
                Some(i) => i.write_all(data),
                None => Err(err_of(EBADF)),
            },
            Kind::Stderr => {
                let mut e = io::stderr().lock();
                e.write_all(data)?;
                e.flush()
            }
            _ => Err(err_of(EBADF)),
        }
    }

    /// Makes unread input available; false at end of file. Not for streams
    /// handed to C (their readers go through `via_c`).
    fn fill(&mut self) -> io::Result<bool> {
        debug_assert!(self.c.is_none());
        if self.rpos < self.rbuf.len() {
            return Ok(true);
        }
        if !self.readable {
            return Err(err_of(EBADF));
        }
        self.flush()?;
        self.rbuf.resize(BUF_SIZE, 0);
        let mut buf = std::mem::take(&mut self.rbuf);
        let r = self.raw_read(&mut buf);
        self.rbuf = buf;
        self.rpos = 0;
        match r {
            Ok(n) => {
                self.rbuf.truncate(n);
                Ok(n > 0)
            }
            Err(e) => {
                self.rbuf.clear();
                Err(e)
            }
        }
    }

    /// A reader's start: EBADF unless the stream reads; the C stream to
    /// read through, if the stream was handed to C.
    fn c_reader(&mut self) -> io::Result<Option<&mut CFile>> {
        if !self.readable {
            return Err(err_of(EBADF));
        }
        self.via_c(Dir::Read)
    }

    fn peek(&mut self) -> io::Result<Option<u8>> {
        if let Some(c) = self.c_reader()? {
            return c.peek();
        }
        Ok(if self.fill()? {
            Some(self.rbuf[self.rpos])
        } else {
            None
        })
    }

    /// Takes the byte `peek` saw.
    fn skip(&mut self) -> io::Result<()> {
        match self.c.as_mut() {
            Some(c) => c.getc().map(drop),
            None => {
                self.rpos += 1;
                Ok(())
            }
        }
    }

    /// Reads a line into `out` (with its newline only if `keep_newline`); false
    /// if nothing was read.
    fn read_line(
        &mut self,
        vm: &mut Vm,
        out: &mut Vec<u8>,
        keep_newline: bool,
    ) -> LuaResult<io::Result<bool>> {
        let c = match self.c_reader() {
            Ok(c) => c,
            Err(e) => return Ok(Err(e)),
        };
        if let Some(c) = c {
            let line = match c.read_line() {
                Ok(Some(line)) => line,
                Ok(None) => return Ok(Ok(false)),
                Err(e) => return Ok(Err(e)),
            };
            let take = match line.last() {
                Some(b'\n') if !keep_newline => line.len() - 1,
                _ => line.len(),
            };
            reserve(vm, out, take)?;
            out.extend_from_slice(&line[..take]);
            return Ok(Ok(true));
        }
        loop {
            match self.fill() {
                Ok(true) => {}
                Ok(false) => return Ok(Ok(!out.is_empty())),
                Err(e) => return Ok(Err(e)),
            }
            let avail = &self.rbuf[self.rpos..];
            match avail.iter().position(|&c| c == b'\n') {
                Some(i) => {
                    let take = if keep_newline { i + 1 } else { i };
                    reserve(vm, out, take)?;
                    out.extend_from_slice(&avail[..take]);
                    self.rpos += i + 1;
                    return Ok(Ok(true));
                }
                None => {
                    reserve(vm, out, avail.len())?;
                    out.extend_from_slice(avail);
                    self.rpos = self.rbuf.len();
                }
            }
        }
    }

    /// Reads up to `n` bytes into `out`.
    fn read_chars(
        &mut self,
        vm: &mut Vm,
        mut n: u64,
        out: &mut Vec<u8>,
    ) -> LuaResult<io::Result<()>> {
        let c = match self.c_reader() {
            Ok(c) => c,
            Err(e) => return Ok(Err(e)),
        };
        if let Some(c) = c {
            while n > 0 {
                let k = n.min(BUF_SIZE as u64) as usize;
                reserve(vm, out, k)?;
                let at = out.len();
                out.resize(at + k, 0);
                let got = c.read(&mut out[at..]);
                let got = match got {
                    Ok(got) => got,
                    Err(e) => {
                        out.truncate(at);
                        return Ok(Err(e));
                    }
                };
                out.truncate(at + got);
                if got < k {
                    break;
                }
                n -= k as u64;
            }
            return Ok(Ok(()));
        }
        while n > 0 {
            match self.fill() {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return Ok(Err(e)),
            }
            let avail = &self.rbuf[self.rpos..];
            let k = avail.len().min(n.min(usize::MAX as u64) as usize);
            reserve(vm, out, k)?;
            out.extend_from_slice(&avail[..k]);
            self.rpos += k;
            n -= k as u64;
        }
        Ok(Ok(()))
    }

    /// `fscanf(f, "%lf")`: skips white space, then takes the longest prefix that
    /// can start a number (looking one byte ahead, as stdio's pushback allows).
    fn read_number(&mut self) -> io::Result<Option<f64>> {
        while let Some(c) = self.peek()? {
            if !is_c_space(c) {
                break;
            }
            self.skip()?;
        }
        let mut text = Vec::new();
        let mut take = |st: &mut Stream, pred: &dyn Fn(u8) -> bool| -> io::Result<bool> {
            match st.peek()? {
                Some(c) if pred(c) => {
                    text.push(c);
                    st.skip()?;
                    Ok(true)
                }
                _ => Ok(false),
            }
        };
        take(self, &|c| c == b'+' || c == b'-')?;
        let mut hex = false;
        if take(self, &|c| c == b'0')? {
            hex = take(self, &|c| c == b'x' || c == b'X')?;
        } else if take(self, &|c| c == b'i' || c == b'I' || c == b'n' || c == b'N')? {
            while take(self, &|c| c.is_ascii_alphabetic())? {}
        }
        let digit: &dyn Fn(u8) -> bool = if hex {
            &|c: u8| c.is_ascii_hexdigit()
        } else {
            &|c: u8| c.is_ascii_digit()
        };
        while take(self, digit)? {}
        if take(self, &|c| c == b'.')? {
            while take(self, digit)? {}
        }
        let exp: &dyn Fn(u8) -> bool = if hex {
            &|c: u8| c == b'p' || c == b'P'
        } else {
            &|c: u8| c == b'e' || c == b'E'
        };
        if take(self, exp)? {
            take(self, &|c| c == b'+' || c == b'-')?;
            while take(self, &|c| c.is_ascii_digit())? {}
        }
        Ok(parse_c_number(&text))
    }

    /// Appends to the write buffer (flushing as the buffering mode says).
    fn write(&mut self, data: &[u8]) -> io::Result<()> {
        if !self.writable {
            return Err(err_of(EBADF));
        }
        let mode = self.mode;
        if let Some(c) = self.via_c(Dir::Write)? {
            c.write(data)?;
            if mode == BufMode::No || (mode == BufMode::Line && data.contains(&b'\n')) {
                c.flush()?;
            }
            return Ok(());
        }
        self.drop_read_buffer()?;
        if matches!(self.kind, Kind::Stderr) {
            return self.raw_write(data);
        }
        self.wbuf.extend_from_slice(data);
        let flush = match self.mode {
            BufMode::No => true,
            BufMode::Line => data.contains(&b'\n'),
            BufMode::Full => self.wbuf.len() >= BUF_SIZE,
        };
        if flush {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        if let Some(c) = self.c.as_mut() {
            return c.flush();
        }
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let buf = std::mem::take(&mut self.wbuf);
        let r = self.raw_write(&buf);
        let mut buf = buf;
        buf.clear();
        self.wbuf = buf;
        r
    }

    /// Gives unread buffered input back to the file (before writing or seeking).
    fn drop_read_buffer(&mut self) -> io::Result<()> {
        let unread = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            if let Kind::File(f) = &mut self.kind {
                f.seek(SeekFrom::Current(-(unread as i64)))?;
            }
        }
        Ok(())
    }

    fn seek(&mut self, whence: &[u8], offset: i64) -> io::Result<u64> {
        if let Some(c) = self.c.as_mut() {
            let pos = match whence {
                b"set" if offset < 0 => return Err(err_of(EINVAL)),
                b"set" => SeekFrom::Start(offset as u64),
                b"cur" => SeekFrom::Current(offset),
                _ => SeekFrom::End(offset),
            };
            self.c_dir = Dir::Unknown;
            return c.seek(pos);
        }
        self.flush()?;
        let unread = (self.rbuf.len() - self.rpos) as i64;
        // The standard streams seek through a duplicate of their descriptor
        // (it shares the file offset); on a pipe or terminal that fails with
        // ESPIPE, as C's fseek does.
        let mut dup;
        let f: &mut File = match &mut self.kind {
            Kind::File(f) => f,
            Kind::Stdin => {
                dup = std_file(io::stdin().as_fd())?;
                &mut dup
            }
            Kind::Stdout => {
                dup = std_file(io::stdout().as_fd())?;
                &mut dup
            }
            Kind::Stderr => {
                dup = std_file(io::stderr().as_fd())?;
                &mut dup
            }
            _ => return Err(err_of(ESPIPE)),
        };
        let pos = match whence {
            b"set" if offset < 0 => return Err(err_of(EINVAL)),
            b"set" => SeekFrom::Start(offset as u64),
            b"cur" => SeekFrom::Current(offset - unread),
            _ => SeekFrom::End(offset),
        };
        let r = f.seek(pos)?;
        self.rbuf.clear();
        self.rpos = 0;
        Ok(r)
    }

    /// Closes the stream; for pipes, waits for the child.
    fn close(&mut self) -> io::Result<()> {
        let mut r = self.flush();
        if let Some(c) = self.c.take() {
            let closed = c.close();
            if r.is_ok() {
                r = closed;
            }
        }
        match std::mem::replace(&mut self.kind, Kind::Closed) {
            Kind::PipeRead(mut c) | Kind::PipeWrite(mut c) => {
                drop(c.stdin.take());
                drop(c.stdout.take());
                c.wait()?;
            }
            Kind::File(f) => drop(f),
            _ => {}
        }
        self.rbuf = Vec::new();
        self.wbuf = Vec::new();
        r
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `strtod` on the text `read_number` collected: decimal or hexadecimal (with
/// an optional binary exponent), `inf`/`infinity`/`nan`, with a sign.
/// A dangling exponent marker ("1e", "1e+") is ignored, as glibc's `scanf` does.
pub fn parse_c_number(text: &[u8]) -> Option<f64> {
    let mut text = text;
    let hex = text.iter().any(|&c| c == b'x' || c == b'X');
    let is_exp = |c: u8| {
        if hex {
            c == b'p' || c == b'P'
        } else {
            c == b'e' || c == b'E'
        }
    };
    if let Some(i) = text.iter().rposition(|&c| is_exp(c)) {
        if text[i + 1..].iter().all(|&c| c == b'+' || c == b'-') {
            text = &text[..i];
        }
    }
    let (neg, body) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower: Vec<u8> = body.to_ascii_lowercase();
    let v = if lower == b"inf" || lower == b"infinity" {
        f64::INFINITY
    } else if lower == b"nan" {
        f64::NAN
    } else if let Some(h) = lower.strip_prefix(b"0x") {
        parse_hex_float(h)?
    } else {
        if !body
            .first()
            .is_some_and(|c| c.is_ascii_digit() || *c == b'.')
        {
            return None;
        }
        std::str::from_utf8(body).ok()?.parse::<f64>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// The part after "0x" of a C hexadecimal floating constant.
fn parse_hex_float(h: &[u8]) -> Option<f64> {
    let (mant, exp) = match h.iter().position(|&c| c == b'p') {
        Some(i) => (&h[..i], Some(&h[i + 1..])),
        None => (h, None),
    };
    let mut m = 0f64;
    let mut e: i64 = 0;
    let mut any = false;
    let mut frac = false;
    for &c in mant {
        if c == b'.' {
            if frac {
                return None;
            }
            frac = true;
            continue;
        }
        let d = (c as char).to_digit(16)?;
        any = true;
        if m < 2f64.powi(60) {
            m = m * 16.0 + d as f64;
            if frac {
                e -= 4;
            }
        } else if !frac {
            e += 4;
        }
    }
    if !any {
        return None;
    }
    if let Some(x) = exp {
        let (eneg, digits) = match x.first() {
            Some(b'-') => (true, &x[1..]),
            Some(b'+') => (false, &x[1..]),
            _ => (false, x),
        };
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let mut v: i64 = 0;
        for &c in digits {
            v = (v * 10 + (c - b'0') as i64).min(100_000);
        }
        e += if eneg { -v } else { v };
    }
    Some(super::math::ldexp_f64(m, e.clamp(-100_000, 100_000) as i32))
}

// ------------------------------------------------------------ file handles

fn new_file(vm: &mut Vm, st: Stream) -> LuaResult<Gc<Userdata>> {
    let rc = Rc::new(RefCell::new(st));
    OPEN_STREAMS.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|w| w.strong_count() > 0);
        l.push(Rc::downgrade(&rc));
    });
    let u = vm.new_userdata(Some(Box::new(FileBox(rc))))?;
    let mt = vm.registry_get(REG_FILE_MT)?.as_table();
    u.set_metatable(mt);
    Ok(u)
}

/// C's `FILE *` for an io file handle (how the ffi converts one to a
/// pointer): None if `ud` is not a file handle; an error if the file is
/// closed or cannot be handed to C. See the module header.
pub fn c_file_pointer(ud: Gc<Userdata>) -> Option<Result<u64, String>> {
    let payload = ud.body_mut().payload.as_ref()?;
    let rc = payload.downcast_ref::<FileBox>()?.0.clone();
    let Ok(mut st) = rc.try_borrow_mut() else {
        return Some(Err("file is in use".to_string()));
    };
    if st.is_closed() {
        return Some(Err("attempt to use a closed file".to_string()));
    }
    Some(
        st.c_stream()
            .map_err(|e| format!("cannot hand the file to C ({})", super::os_error_text(&e))),
    )
}

/// The stream of a file userdata, if `v` is one.
fn stream_of(vm: &mut Vm, v: Value) -> LuaResult<Option<Rc<RefCell<Stream>>>> {
    let Some(u) = v.as_userdata() else {
        return Ok(None);
    };
    let mt = vm.registry_get(REG_FILE_MT)?;
    if u.metatable().map(|m| m.to_value()) != Some(mt) {
        return Ok(None);
    }
    let b = u
        .body_mut()
        .payload
        .as_ref()
        .and_then(|p| p.downcast_ref::<FileBox>());
    Ok(b.map(|b| b.0.clone()))
}

/// Argument `n` as an open file (5.1's `tofile`).
fn to_file(vm: &mut Vm, n: usize) -> LuaResult<Rc<RefCell<Stream>>> {
    let v = vm.arg(n);
    match stream_of(vm, v)? {
        Some(rc) if rc.borrow().is_closed() => Err(vm.rt_error("attempt to use a closed file")),
        Some(rc) => Ok(rc),
        None => Err(vm.type_arg_error(n, "FILE*")),
    }
}

/// Pushes `nil, message, errno` (the message prefixed with `name: ` if given).
fn push_error(vm: &mut Vm, e: &io::Error, name: Option<&[u8]>) -> LuaResult<usize> {
    let text = super::os_error_text(e);
    let mut msg = Vec::new();
    if let Some(n) = name {
        msg.extend_from_slice(n);
        msg.extend_from_slice(b": ");
    }
    msg.extend_from_slice(text.as_bytes());
    vm.push(Value::NIL)?;
    vm.push_str(&msg)?;
    vm.push(Value::num(e.raw_os_error().unwrap_or(0) as f64))?;
    Ok(3)
}

fn push_result(vm: &mut Vm, r: io::Result<()>) -> LuaResult<usize> {
    match r {
        Ok(()) => {
            vm.push(Value::TRUE)?;
            Ok(1)
        }
        Err(e) => push_error(vm, &e, None),
    }
}

/// Writes to a stream; standard output goes through the VM's buffer.
fn stream_write(vm: &mut Vm, st: &mut Stream, data: &[u8]) -> io::Result<()> {
    match st.kind {
        Kind::Stdout => {
            vm.write_stdout(data);
            if st.mode == BufMode::No || (st.mode == BufMode::Line && data.contains(&b'\n')) {
                vm.flush_stdout();
            }
            Ok(())
        }
        Kind::Stderr => {
            vm.flush_stdout();
            st.write(data)
        }
        _ => st.write(data),
    }
}

fn stream_flush(vm: &mut Vm, st: &mut Stream) -> io::Result<()> {
    if matches!(st.kind, Kind::Stdout) {
        vm.flush_stdout();
    }
    st.flush()
}

/// Opens `name` with a C `fopen` mode.
fn open_file(name: &[u8], mode: &[u8]) -> io::Result<Stream> {
    let path = std::path::Path::new(OsStr::from_bytes(name));
    let mut oo = std::fs::OpenOptions::new();
    let plus = mode.iter().skip(1).take(6).any(|&c| c == b'+');
    let excl = mode.iter().skip(1).take(6).any(|&c| c == b'x');
    let (r, w) = match mode.first() {
        Some(b'r') => {
            oo.read(true).write(plus);
            (true, plus)
        }
        Some(b'w') => {
            oo.write(true).read(plus).truncate(true);
            if excl {
                oo.create_new(true)
            } else {
                oo.create(true)
            };
            (plus, true)
        }
        Some(b'a') => {
            oo.append(true).read(plus);
            if excl {
                oo.create_new(true)
            } else {
                oo.create(true)
            };
            (plus, true)
        }
        _ => return Err(err_of(EINVAL)),
    };
    let f = oo.open(path)?;
    let mut st = Stream::new(Kind::File(f), r, w);
    st.append = mode.first() == Some(&b'a');
    Ok(st)
}

// ---------------------------------------------------------------- methods

fn aux_close(vm: &mut Vm, rc: &Rc<RefCell<Stream>>) -> LuaResult<usize> {
    let mut st = rc.borrow_mut();
    if st.standard {
        drop(st);
        vm.push(Value::NIL)?;
        vm.push_str(b"cannot close standard file")?;
        return Ok(2);
    }
    let r = st.close();
    drop(st);
    push_result(vm, r)
}

fn f_close(vm: &mut Vm) -> LuaResult<usize> {
    let rc = to_file(vm, 1)?;
    aux_close(vm, &rc)
}

fn io_close(vm: &mut Vm) -> LuaResult<usize> {
    if vm.nargs() == 0 {
        let out = vm.registry_get(REG_OUTPUT)?;
        vm.push(out)?;
    }
    f_close(vm)
}

fn f_gc(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.arg(1);
    if v.as_userdata().is_none() {
        return Err(vm.type_arg_error(1, "FILE*"));
    }
    if let Some(rc) = stream_of(vm, v)? {
        if let Ok(mut st) = rc.try_borrow_mut() {
            if !st.standard && !st.is_closed() {
                let _ = st.close();
            }
        }
    }
    Ok(0)
}

fn f_tostring(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.arg(1);
    let rc = match stream_of(vm, v)? {
        Some(rc) => rc,
        None => return Err(vm.type_arg_error(1, "FILE*")),
    };
    let text = if rc.borrow().is_closed() {
        "file (closed)".to_string()
    } else {
        format!("file ({:#x})", v.payload())
    };
    vm.push_str(text.as_bytes())?;
    Ok(1)
}

fn f_flush(vm: &mut Vm) -> LuaResult<usize> {
    let rc = to_file(vm, 1)?;
    let r = stream_flush(vm, &mut rc.borrow_mut());
    push_result(vm, r)
}

fn io_flush(vm: &mut Vm) -> LuaResult<usize> {
    let rc = default_file(vm, REG_OUTPUT)?;
    let r = stream_flush(vm, &mut rc.borrow_mut());
    push_result(vm, r)
}

fn f_setvbuf(vm: &mut Vm) -> LuaResult<usize> {
    let rc = to_file(vm, 1)?;
    let mode = check_option(vm, 2, None, &["no", "full", "line"])?;
    vm.opt_integer(3, 0)?;
    let mut st = rc.borrow_mut();
    let r = stream_flush(vm, &mut st);
    st.mode = [BufMode::No, BufMode::Full, BufMode::Line][mode];
    drop(st);
    push_result(vm, r)
}

/// `luaL_checkoption`: the index of argument `n` in `options`.
pub(super) fn check_option(
    vm: &mut Vm,
    n: usize,
    default: Option<&str>,
    options: &[&str],
) -> LuaResult<usize> {
    let name: Vec<u8> = match (default, vm.arg(n).is_nil()) {
        (Some(d), true) => d.as_bytes().to_vec(),
        _ => vm.check_str(n)?.as_bytes().to_vec(),
    };
    match options.iter().position(|o| o.as_bytes() == name.as_slice()) {
        Some(i) => Ok(i),
        None => {
            let msg = format!("invalid option '{}'", String::from_utf8_lossy(&name));
            Err(vm.arg_error(n, &msg))
        }
    }
}

/// A `File` on a duplicate of a standard stream's descriptor.
fn std_file(fd: std::os::fd::BorrowedFd<'_>) -> io::Result<File> {
    Ok(File::from(fd.try_clone_to_owned()?))
}

fn f_seek(vm: &mut Vm) -> LuaResult<usize> {
    let rc = to_file(vm, 1)?;
    let op = check_option(vm, 2, Some("cur"), &["set", "cur", "end"])?;
    let offset = vm.opt_integer(3, 0)?;
    let whence: &[u8] = [b"set" as &[u8], b"cur", b"end"][op];
    if matches!(rc.borrow().kind, Kind::Stdout) {
        // Output the VM buffers goes out before the position is taken.
        vm.flush_stdout();
    }
    let r = rc.borrow_mut().seek(whence, offset);
    match r {
        Ok(pos) => {
            vm.push(Value::num(pos as f64))?;
            Ok(1)
        }
        Err(e) => push_error(vm, &e, None),
    }
}

fn f_write(vm: &mut Vm) -> LuaResult<usize> {
    let rc = to_file(vm, 1)?;
    g_write(vm, &rc, 2, vm.arg(1))
}

fn io_write(vm: &mut Vm) -> LuaResult<usize> {
    let rc = default_file(vm, REG_OUTPUT)?;
    let f = vm.registry_get(REG_OUTPUT)?;
    g_write(vm, &rc, 1, f)
}

fn g_write(vm: &mut Vm, rc: &Rc<RefCell<Stream>>, first: usize, file: Value) -> LuaResult<usize> {
    let n = vm.nargs();
    let mut result = Ok(());
    let mut num = Vec::new();
    for i in first..=n {
        let v = vm.arg(i);
        let r = if v.is_number() {
            num.clear();
            crate::text::number::format_number(v.as_f64(), &mut num);
            stream_write(vm, &mut rc.borrow_mut(), &num)
        } else {
            let s = vm.check_str(i)?;
            stream_write(vm, &mut rc.borrow_mut(), s.as_bytes())
        };
        if result.is_ok() {
            result = r;
        }
    }
    match result {
        Ok(()) => {
            vm.push(file)?;
            Ok(1)
        }
        Err(e) => push_error(vm, &e, None),
    }
}

fn f_read(vm: &mut Vm) -> LuaResult<usize> {
    let rc = to_file(vm, 1)?;
    g_read(vm, &rc, 2)
}

fn io_read(vm: &mut Vm) -> LuaResult<usize> {
    let rc = default_file(vm, REG_INPUT)?;
    g_read(vm, &rc, 1)
}

fn g_read(vm: &mut Vm, rc: &Rc<RefCell<Stream>>, first: usize) -> LuaResult<usize> {
    if matches!(rc.borrow().kind, Kind::Stdin) {
        vm.flush_stdout();
    }
    let nargs = vm.nargs();
    let start = vm.top();
    let mut buf = Vec::new();
    let mut io_err = None;
    if nargs < first {
        match rc.borrow_mut().read_line(vm, &mut buf, false)? {
            Ok(true) => vm.push_str(&buf)?,
            Ok(false) => vm.push(Value::NIL)?,
            Err(e) => io_err = Some(e),
        }
    } else {
        vm.ensure_stack(nargs - first + 1)?;
        for n in first..=nargs {
            buf.clear();
            let fmt = vm.arg(n);
            let success = if fmt.is_number() {
                let count = crate::api::num_to_int(fmt.as_f64());
                if count == 0 {
                    match rc.borrow_mut().peek() {
                        Ok(c) => c.is_some(),
                        Err(e) => {
                            io_err = Some(e);
                            false
                        }
                    }
                } else {
                    match rc.borrow_mut().read_chars(vm, count as u64, &mut buf)? {
                        Ok(()) => !buf.is_empty(),
                        Err(e) => {
                            io_err = Some(e);
                            false
                        }
                    }
                }
            } else {
                // 5.1 wants "*x"; LuaJIT also takes "x" and the format "L".
                let Some(spec) = fmt.as_str().map(|s| s.as_bytes().to_vec()) else {
                    return Err(vm.arg_error(n, "invalid option"));
                };
                let letter = match spec.first() {
                    Some(b'*') => spec.get(1).copied(),
                    Some(&c) if b"nlaL".contains(&c) => Some(c),
                    _ => return Err(vm.arg_error(n, "invalid option")),
                };
                match letter.as_ref() {
                    Some(b'n') => match rc.borrow_mut().read_number() {
                        Ok(Some(x)) => {
                            vm.push(Value::number(x))?;
                            continue;
                        }
                        Ok(None) => false,
                        Err(e) => {
                            io_err = Some(e);
                            false
                        }
                    },
                    Some(&c @ (b'l' | b'L')) => {
                        match rc.borrow_mut().read_line(vm, &mut buf, c == b'L')? {
                            Ok(found) => found,
                            Err(e) => {
                                io_err = Some(e);
                                false
                            }
                        }
                    }
                    Some(b'a') => match rc.borrow_mut().read_chars(vm, u64::MAX, &mut buf)? {
                        Ok(()) => true,
                        Err(e) => {
                            io_err = Some(e);
                            false
                        }
                    },
                    _ => return Err(vm.arg_error(n, "invalid format")),
                }
            };
            if !success {
                vm.push(Value::NIL)?;
                break;
            }
            vm.push_str(&buf)?;
        }
    }
    if let Some(e) = io_err {
        vm.set_top(start)?;
        return push_error(vm, &e, None);
    }
    Ok(vm.top() - start)
}

fn f_lines(vm: &mut Vm) -> LuaResult<usize> {
    to_file(vm, 1)?;
    let f = vm.arg(1);
    push_lines(vm, f, false, 2)
}

/// Pushes a lines iterator over `file`; arguments from `first_format` on are
/// read formats for each step (LuaJIT's extension; 5.1 reads lines only).
fn push_lines(
    vm: &mut Vm,
    file: Value,
    close_at_eof: bool,
    first_format: usize,
) -> LuaResult<usize> {
    let nformats = (vm.nargs() + 1).saturating_sub(first_format);
    let it = vm.new_native(lines_iter, 2 + nformats)?;
    let up = it.native_upvalues();
    up[0] = file;
    up[1] = Value::boolean(close_at_eof);
    for i in 0..nformats {
        up[2 + i] = vm.arg(first_format + i);
    }
    vm.push(it.to_value())?;
    Ok(1)
}

fn lines_iter(vm: &mut Vm) -> LuaResult<usize> {
    let file = vm.native_upvalue(0);
    let rc = match stream_of(vm, file)? {
        Some(rc) if !rc.borrow().is_closed() => rc,
        _ => return Err(vm.rt_error("file is already closed")),
    };
    let close_at_eof = vm.native_upvalue(1).is_truthy();
    let me = vm.current_function().as_function().expect("lines iterator");
    let nformats = me.num_upvalues() - 2;
    if nformats > 0 {
        // The formats become this call's arguments for g_read.
        let base = vm.base();
        vm.set_top(base)?;
        vm.ensure_stack(nformats)?;
        for i in 0..nformats {
            let f = me.native_upvalues()[2 + i];
            vm.push_unchecked(f);
        }
        let n = g_read(vm, &rc, 1)?;
        let first = vm.stack_get(vm.top() - n);
        if first.is_nil() && close_at_eof {
            let _ = rc.borrow_mut().close();
            vm.set_top(vm.top() - n + 1)?;
            return Ok(1);
        }
        return Ok(n);
    }
    let mut buf = Vec::new();
    let r = rc.borrow_mut().read_line(vm, &mut buf, false)?;
    match r {
        Ok(true) => {
            vm.push_str(&buf)?;
            Ok(1)
        }
        Ok(false) => {
            if close_at_eof {
                let _ = rc.borrow_mut().close();
            }
            Ok(0)
        }
        Err(e) => {
            let msg = super::os_error_text(&e);
            Err(vm.rt_error(&msg))
        }
    }
}

fn io_lines(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg(1).is_nil() {
        let input = vm.registry_get(REG_INPUT)?;
        if vm.nargs() == 0 {
            vm.push(Value::NIL)?;
        }
        vm.set_arg(1, input);
        return f_lines(vm);
    }
    let name = c_str(vm.check_str(1)?.as_bytes()).to_vec();
    match open_file(&name, b"r") {
        Ok(st) => {
            let u = new_file(vm, st)?;
            push_lines(vm, u.to_value(), true, 2)
        }
        Err(e) => Err(file_error(vm, 1, &name, &e)),
    }
}

/// `bad argument #n to 'f' (name: message)`.
fn file_error(vm: &mut Vm, n: usize, name: &[u8], e: &io::Error) -> crate::LuaError {
    let msg = format!(
        "{}: {}",
        String::from_utf8_lossy(name),
        super::os_error_text(e)
    );
    vm.arg_error(n, &msg)
}

fn io_open(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?;
    let mode = match vm.opt_str(2)? {
        Some(m) => m.as_bytes().to_vec(),
        None => b"r".to_vec(),
    };
    let name = c_str(name.as_bytes()).to_vec();
    match open_file(&name, &mode) {
        Ok(st) => {
            let u = new_file(vm, st)?;
            vm.push(u.to_value())?;
            Ok(1)
        }
        Err(e) => push_error(vm, &e, Some(&name)),
    }
}

fn io_popen(vm: &mut Vm) -> LuaResult<usize> {
    let cmd = c_str(vm.check_str(1)?.as_bytes()).to_vec();
    let mode = match vm.opt_str(2)? {
        Some(m) => m.as_bytes().to_vec(),
        None => b"r".to_vec(),
    };
    // glibc's popen: exactly one of 'r' and 'w', optionally 'e'.
    let reading = mode.contains(&b'r');
    let valid = mode.iter().all(|c| b"rwe".contains(c)) && reading != mode.contains(&b'w');
    if !valid {
        return push_error(vm, &err_of(EINVAL), Some(&cmd));
    }
    vm.flush_stdout();
    let mut c = Command::new("/bin/sh");
    c.arg("-c").arg(OsStr::from_bytes(&cmd));
    if reading {
        c.stdout(Stdio::piped());
    } else {
        c.stdin(Stdio::piped());
    }
    match c.spawn() {
        Ok(child) => {
            let kind = if reading {
                Kind::PipeRead(child)
            } else {
                Kind::PipeWrite(child)
            };
            let u = new_file(vm, Stream::new(kind, reading, !reading))?;
            vm.push(u.to_value())?;
            Ok(1)
        }
        Err(e) => push_error(vm, &e, Some(&cmd)),
    }
}

fn io_tmpfile(vm: &mut Vm) -> LuaResult<usize> {
    match super::os::create_temp_file() {
        Ok((f, path)) => {
            let _ = std::fs::remove_file(&path);
            let u = new_file(vm, Stream::new(Kind::File(f), true, true))?;
            vm.push(u.to_value())?;
            Ok(1)
        }
        Err(e) => push_error(vm, &e, None),
    }
}

fn io_type(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    match stream_of(vm, v)? {
        Some(rc) => {
            let s: &[u8] = if rc.borrow().is_closed() {
                b"closed file"
            } else {
                b"file"
            };
            vm.push_str(s)?;
        }
        None => vm.push(Value::NIL)?,
    }
    Ok(1)
}

/// The default input or output file, which must be open.
fn default_file(vm: &mut Vm, key: &str) -> LuaResult<Rc<RefCell<Stream>>> {
    let f = vm.registry_get(key)?;
    match stream_of(vm, f)? {
        Some(rc) if !rc.borrow().is_closed() => Ok(rc),
        _ => {
            let which = if key == REG_INPUT { "input" } else { "output" };
            Err(vm.rt_error(&format!("standard {which} file is closed")))
        }
    }
}

fn g_iofile(vm: &mut Vm, key: &str, mode: &[u8]) -> LuaResult<usize> {
    let v = vm.arg(1);
    if !v.is_nil() {
        if v.is_string() || v.is_number() {
            let name = c_str(vm.check_str(1)?.as_bytes()).to_vec();
            match open_file(&name, mode) {
                Ok(st) => {
                    let u = new_file(vm, st)?;
                    vm.registry_set(key, u.to_value())?;
                }
                Err(e) => return Err(file_error(vm, 1, &name, &e)),
            }
        } else {
            to_file(vm, 1)?;
            vm.registry_set(key, v)?;
        }
    }
    let cur = vm.registry_get(key)?;
    vm.push(cur)?;
    Ok(1)
}

fn io_input(vm: &mut Vm) -> LuaResult<usize> {
    g_iofile(vm, REG_INPUT, b"r")
}

fn io_output(vm: &mut Vm) -> LuaResult<usize> {
    g_iofile(vm, REG_OUTPUT, b"w")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_numbers_parse_like_strtod() {
        assert_eq!(parse_c_number(b"12"), Some(12.0));
        assert_eq!(parse_c_number(b"-7e2"), Some(-700.0));
        assert_eq!(parse_c_number(b"0x10"), Some(16.0));
        assert_eq!(parse_c_number(b"0x1p4"), Some(16.0));
        assert_eq!(parse_c_number(b"0x.8"), Some(0.5));
        assert_eq!(parse_c_number(b".5"), Some(0.5));
        assert_eq!(parse_c_number(b"5."), Some(5.0));
        assert_eq!(parse_c_number(b"-inf"), Some(f64::NEG_INFINITY));
        assert!(parse_c_number(b"nan").unwrap().is_nan());
        assert_eq!(parse_c_number(b""), None);
        assert_eq!(parse_c_number(b"-"), None);
        assert_eq!(parse_c_number(b"0x"), None);
        assert_eq!(parse_c_number(b"abc"), None);
        assert_eq!(parse_c_number(b"1e"), Some(1.0));
        assert_eq!(parse_c_number(b"1e+"), Some(1.0));
        assert_eq!(parse_c_number(b"0x1p-"), Some(1.0));
        assert_eq!(parse_c_number(b"e"), None);
    }
}
