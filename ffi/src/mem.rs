//! Raw memory access for cdata: every read and write of C data goes through
//! here, so the crate's `unsafe` sits in this one file.
//!
//! Addresses come from cdata payloads (always valid while the cdata lives) or
//! from pointers the program made (`ffi.cast`, C functions); like LuaJIT, the
//! library trusts the latter. The one check made is that the address is not in
//! the first page, so a NULL (or nearly NULL) dereference is a Lua error
//! instead of a crash.

use lunavm_vm::cdata::NULL_PAGE;

/// Why a memory access was refused.
pub const NULL_ACCESS: &str = "attempt to dereference a NULL pointer";

/// Refuses an access of `len` bytes at `addr` in the NULL page.
pub fn check(addr: u64, len: u64) -> Result<(), &'static str> {
    if len > 0 && addr < NULL_PAGE {
        Err(NULL_ACCESS)
    } else {
        Ok(())
    }
}

/// Reads an integer of `size` bytes (1, 2, 4, 8), sign- or zero-extended.
pub fn read_int(addr: u64, size: u64, signed: bool) -> Result<i64, &'static str> {
    check(addr, size)?;
    let p = addr as *const u8;
    // SAFETY: `addr` points to `size` readable bytes (a live cdata payload or a
    // pointer the program vouched for); unaligned reads are allowed.
    let v = unsafe {
        match (size, signed) {
            (1, true) => (p as *const i8).read_unaligned() as i64,
            (1, false) => p.read_unaligned() as i64,
            (2, true) => (p as *const i16).read_unaligned() as i64,
            (2, false) => (p as *const u16).read_unaligned() as i64,
            (4, true) => (p as *const i32).read_unaligned() as i64,
            (4, false) => (p as *const u32).read_unaligned() as i64,
            _ => (p as *const i64).read_unaligned(),
        }
    };
    Ok(v)
}

/// Writes the low `size` bytes of `v`.
pub fn write_int(addr: u64, size: u64, v: i64) -> Result<(), &'static str> {
    check(addr, size)?;
    let p = addr as *mut u8;
    // SAFETY: as in `read_int`, for writable bytes.
    unsafe {
        match size {
            1 => p.write_unaligned(v as u8),
            2 => (p as *mut u16).write_unaligned(v as u16),
            4 => (p as *mut u32).write_unaligned(v as u32),
            _ => (p as *mut i64).write_unaligned(v),
        }
    }
    Ok(())
}

/// Refused: values of `long double` (x87 extended precision) are not converted
/// (conv.rs refuses them first with LuaJIT's messages; this is the last guard).
pub const LONG_DOUBLE: &str = "NYI: conversion of 'long double'";

/// Reads a `float` (size 4) or `double`.
pub fn read_float(addr: u64, size: u64) -> Result<f64, &'static str> {
    if size > 8 {
        return Err(LONG_DOUBLE);
    }
    check(addr, size)?;
    // SAFETY: as in `read_int`.
    let v = unsafe {
        if size == 4 {
            (addr as *const f32).read_unaligned() as f64
        } else {
            (addr as *const f64).read_unaligned()
        }
    };
    Ok(v)
}

pub fn write_float(addr: u64, size: u64, v: f64) -> Result<(), &'static str> {
    if size > 8 {
        return Err(LONG_DOUBLE);
    }
    check(addr, size)?;
    // SAFETY: as in `write_int`.
    unsafe {
        if size == 4 {
            (addr as *mut f32).write_unaligned(v as f32)
        } else {
            (addr as *mut f64).write_unaligned(v)
        }
    }
    Ok(())
}

/// The bytes a bit field of `width` bits at bit `pos` touches.
fn bit_span(pos: u32, width: u32) -> usize {
    (pos + width).div_ceil(8) as usize
}

/// Reads a bit field (at most 64 bits, starting `pos` bits into `addr`).
pub fn read_bits(addr: u64, pos: u32, width: u32, signed: bool) -> Result<i64, &'static str> {
    let n = bit_span(pos, width);
    let mut buf = [0u8; 16];
    read_bytes(addr, &mut buf[..n])?;
    let raw = u128::from_le_bytes(buf) >> pos;
    let v = (raw as u64) & mask(width);
    Ok(if signed && width < 64 && v >> (width - 1) & 1 == 1 {
        (v | !mask(width)) as i64
    } else {
        v as i64
    })
}

pub fn write_bits(addr: u64, pos: u32, width: u32, v: i64) -> Result<(), &'static str> {
    let n = bit_span(pos, width);
    let mut buf = [0u8; 16];
    read_bytes(addr, &mut buf[..n])?;
    let mut word = u128::from_le_bytes(buf);
    let m = (mask(width) as u128) << pos;
    word = (word & !m) | (((v as u64 as u128) << pos) & m);
    write_bytes(addr, &word.to_le_bytes()[..n])
}

fn mask(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1 << width) - 1
    }
}

pub fn read_bytes(addr: u64, out: &mut [u8]) -> Result<(), &'static str> {
    check(addr, out.len() as u64)?;
    // SAFETY: `addr` points to `out.len()` readable bytes, not overlapping `out`
    // (a Rust buffer).
    unsafe { std::ptr::copy_nonoverlapping(addr as *const u8, out.as_mut_ptr(), out.len()) };
    Ok(())
}

pub fn write_bytes(addr: u64, data: &[u8]) -> Result<(), &'static str> {
    check(addr, data.len() as u64)?;
    // SAFETY: `addr` points to `data.len()` writable bytes; `memmove` semantics
    // because `data` may come from the same C memory.
    unsafe { std::ptr::copy(data.as_ptr(), addr as *mut u8, data.len()) };
    Ok(())
}

/// `memmove(dst, src, len)`.
pub fn copy(dst: u64, src: u64, len: u64) -> Result<(), &'static str> {
    check(dst, len)?;
    check(src, len)?;
    // SAFETY: both ranges are `len` valid bytes (trusted as above).
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, len as usize) };
    Ok(())
}

/// `memset(dst, byte, len)`.
pub fn fill(dst: u64, len: u64, byte: u8) -> Result<(), &'static str> {
    check(dst, len)?;
    // SAFETY: `len` writable bytes at `dst` (trusted as above).
    unsafe { std::ptr::write_bytes(dst as *mut u8, byte, len as usize) };
    Ok(())
}

/// The bytes of a zero-terminated C string.
pub fn c_string(addr: u64) -> Result<Vec<u8>, &'static str> {
    check(addr, 1)?;
    // SAFETY: the program vouches that `addr` is a zero-terminated string.
    let s = unsafe { std::ffi::CStr::from_ptr(addr as *const std::ffi::c_char) };
    Ok(s.to_bytes().to_vec())
}

/// `len` bytes at `addr`.
pub fn bytes(addr: u64, len: u64) -> Result<Vec<u8>, &'static str> {
    let mut v = vec![0u8; len as usize];
    read_bytes(addr, &mut v)?;
    Ok(v)
}

/// The calling thread's `errno`.
pub fn errno() -> i32 {
    // SAFETY: __errno_location returns the thread's errno slot, always valid.
    unsafe { *libc::__errno_location() }
}

/// The address of the calling thread's `errno` (traces copy it after C calls).
pub fn errno_location() -> usize {
    // SAFETY: as in `errno`; only the address is taken.
    unsafe { libc::__errno_location() as usize }
}

pub fn set_errno(v: i32) {
    // SAFETY: as in `errno`.
    unsafe { *libc::__errno_location() = v }
}

extern "C" {
    /// C's standard output stream (glibc's `stdout`).
    static stdout: *mut libc::FILE;
    /// How many bytes wait in a stream's output buffer (glibc's and musl's
    /// <stdio_ext.h>): most calls leave none, and fflush costs more.
    fn __fpending(stream: *mut libc::FILE) -> libc::size_t;
}

/// Flushes C's standard output (what `printf` from Lua left there), so that
/// Lua's and C's output stay in order. Only stdout: flushing every stream
/// (`fflush(NULL)`) after each call cost more than the call itself.
pub fn flush_c_stdio() {
    // SAFETY: `stdout` is initialised by libc before main and never null; it
    // is read once and handed to `__fpending` (which reads how many bytes
    // its buffer holds) and fflush, which locks the stream itself.
    unsafe {
        if __fpending(stdout) > 0 {
            libc::fflush(stdout);
        }
    }
}
