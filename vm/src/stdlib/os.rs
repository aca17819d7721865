//! The os library (Lua 5.1's loslib).
//!
//! Dates are computed here, for the C locale: the proleptic Gregorian calendar
//! in 64-bit arithmetic and every conversion glibc's `strftime` offers. The only
//! thing asked of the C library is the local time zone (offset, daylight saving
//! flag and abbreviation at a given instant), through `localtime_r`, and the
//! process's CPU time through `clock`. Where `localtime_r` is unavailable local
//! time is UTC.

use super::io::check_option;
use super::support::c_str;
use crate::state::Vm;
use crate::value::Value;
use crate::LuaResult;
use std::ffi::OsStr;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::process::ExitStatusExt;

pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    vm.new_lib(
        "os",
        &[
            ("clock", clock),
            ("date", date),
            ("difftime", difftime),
            ("execute", execute),
            ("exit", exit),
            ("getenv", getenv),
            ("remove", remove),
            ("rename", rename),
            ("setlocale", setlocale),
            ("time", time),
            ("tmpname", tmpname),
        ],
    )?;
    Ok(())
}

// ------------------------------------------------------------ the C library

mod sys {
    use std::os::raw::{c_char, c_int, c_long};

    /// glibc's and musl's `struct tm` on 64-bit Linux.
    #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
    #[repr(C)]
    struct CTm {
        tm_sec: c_int,
        tm_min: c_int,
        tm_hour: c_int,
        tm_mday: c_int,
        tm_mon: c_int,
        tm_year: c_int,
        tm_wday: c_int,
        tm_yday: c_int,
        tm_isdst: c_int,
        tm_gmtoff: i64,
        tm_zone: *const c_char,
    }

    extern "C" {
        #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
        fn localtime_r(t: *const i64, out: *mut CTm) -> *mut CTm;
        fn clock() -> c_long;
    }

    /// The local zone at instant `t`: (offset east of UTC in seconds, daylight
    /// saving, abbreviation); None if the C library cannot represent `t`.
    #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
    pub fn local_zone(t: i64) -> Option<(i64, bool, String)> {
        let mut tm = std::mem::MaybeUninit::<CTm>::zeroed();
        // SAFETY: `localtime_r` writes only the `struct tm` it is given (laid out
        // as the C library's on 64-bit Linux, where time_t is i64) and returns it
        // or null. `tm_zone` points to static zone data or is null; it is copied
        // out before anything else runs.
        unsafe {
            if localtime_r(&t, tm.as_mut_ptr()).is_null() {
                return None;
            }
            let tm = tm.assume_init();
            let zone = if tm.tm_zone.is_null() {
                String::new()
            } else {
                std::ffi::CStr::from_ptr(tm.tm_zone)
                    .to_string_lossy()
                    .into_owned()
            };
            Some((tm.tm_gmtoff, tm.tm_isdst > 0, zone))
        }
    }

    /// Elsewhere local time is UTC.
    #[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
    pub fn local_zone(_t: i64) -> Option<(i64, bool, String)> {
        Some((0, false, "UTC".to_string()))
    }

    /// The processor time used by the process, in seconds.
    pub fn cpu_seconds() -> f64 {
        // SAFETY: `clock` takes no arguments and only reads process times.
        let c = unsafe { clock() };
        c as f64 / 1_000_000.0 // CLOCKS_PER_SEC is 10^6 on POSIX systems
    }
}

// ----------------------------------------------------------------- calendar

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1..=12).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date (year, month 1..=12, day) of a day number.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// A broken-down time, as C's `struct tm` (but with the full year and month
/// 1..=12).
#[derive(Debug, Clone, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// 0 = Sunday.
    pub wday: i64,
    /// 0 = January 1st.
    pub yday: i64,
    pub isdst: bool,
    pub gmtoff: i64,
    pub zone: String,
}

impl Tm {
    /// `gmtime`/`localtime`: None when the year does not fit a C int.
    pub fn from_time(t: i64, utc: bool) -> Option<Tm> {
        let (gmtoff, isdst, zone) = if utc {
            (0, false, "GMT".to_string())
        } else {
            local_zone(t)?
        };
        Tm::from_local_seconds(t.checked_add(gmtoff)?, gmtoff, isdst, zone)
    }

    fn from_local_seconds(secs: i64, gmtoff: i64, isdst: bool, zone: String) -> Option<Tm> {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        if year - 1900 > i32::MAX as i64 || year - 1900 < i32::MIN as i64 {
            return None;
        }
        Some(Tm {
            year,
            month,
            day,
            hour: rem / 3600,
            min: rem / 60 % 60,
            sec: rem % 60,
            wday: (days + 4).rem_euclid(7),
            yday: days - days_from_civil(year, 1, 1),
            isdst,
            gmtoff,
            zone,
        })
    }
}

/// The local zone at `t`.
fn local_zone(t: i64) -> Option<(i64, bool, String)> {
    sys::local_zone(t)
}

/// `mktime` on possibly out-of-range fields (month 0-based as in C): seconds
/// since the epoch of the local time they denote, normalised. A daylight saving
/// flag that contradicts the zone shifts the result by an hour, as glibc does.
pub fn make_time(
    year: i64,
    mon0: i64,
    day: i64,
    hour: i64,
    min: i64,
    sec: i64,
    isdst: Option<bool>,
) -> Option<i64> {
    let y = year.checked_add(mon0.div_euclid(12))?;
    let m = mon0.rem_euclid(12) + 1;
    if !(-(1 << 40)..(1 << 40)).contains(&y) {
        return None;
    }
    let days = days_from_civil(y, m, 1) + (day - 1);
    let local = days
        .checked_mul(86_400)?
        .checked_add(hour * 3600 + min * 60 + sec)?;
    // The offset in force at the instant, found by iterating from a guess.
    let off1 = local_zone(local).map_or(0, |z| z.0);
    let off2 = local_zone(local - off1).map_or(off1, |z| z.0);
    let mut t = local - off2;
    let actual = Tm::from_time(t, false)?.isdst;
    match isdst {
        Some(true) if !actual => t -= 3600,
        Some(false) if actual => t += 3600,
        _ => {}
    }
    Some(t)
}

const DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// ISO 8601 week-based year and week number.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let weeks_in = |y: i64| {
        let p =
            |y: i64| (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7);
        if p(y) == 4 || p(y - 1) == 3 {
            53
        } else {
            52
        }
    };
    let iso_wday = if tm.wday == 0 { 7 } else { tm.wday };
    let w = (tm.yday + 1 - iso_wday + 10).div_euclid(7);
    if w < 1 {
        (tm.year - 1, weeks_in(tm.year - 1))
    } else if w > weeks_in(tm.year) {
        (tm.year + 1, 1)
    } else {
        (tm.year, w)
    }
}

/// One `strftime` conversion (C locale), or None for a character glibc does
/// not know (the caller copies "%c" then).
fn conversion(c: u8, tm: &Tm, t: i64, out: &mut Vec<u8>) -> Option<()> {
    use std::io::Write;
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    let _ = match c {
        b'a' => write!(out, "{}", &DAY_NAMES[tm.wday as usize][..3]),
        b'A' => write!(out, "{}", DAY_NAMES[tm.wday as usize]),
        b'b' | b'h' => write!(out, "{}", &MONTH_NAMES[tm.month as usize - 1][..3]),
        b'B' => write!(out, "{}", MONTH_NAMES[tm.month as usize - 1]),
        b'c' => return strftime_into(b"%a %b %e %H:%M:%S %Y", tm, t, out),
        b'C' => write!(out, "{:02}", tm.year.div_euclid(100)),
        b'd' => write!(out, "{:02}", tm.day),
        b'D' | b'x' => return strftime_into(b"%m/%d/%y", tm, t, out),
        b'e' => write!(out, "{:2}", tm.day),
        b'F' => return strftime_into(b"%Y-%m-%d", tm, t, out),
        b'g' => write!(out, "{:02}", iso_week(tm).0.rem_euclid(100)),
        b'G' => write!(out, "{}", iso_week(tm).0),
        b'H' => write!(out, "{:02}", tm.hour),
        b'I' => write!(out, "{:02}", hour12),
        b'j' => write!(out, "{:03}", tm.yday + 1),
        b'k' => write!(out, "{:2}", tm.hour),
        b'l' => write!(out, "{:2}", hour12),
        b'm' => write!(out, "{:02}", tm.month),
        b'M' => write!(out, "{:02}", tm.min),
        b'n' => out.write_all(b"\n"),
        b'p' => write!(out, "{}", if tm.hour < 12 { "AM" } else { "PM" }),
        b'P' => write!(out, "{}", if tm.hour < 12 { "am" } else { "pm" }),
        b'r' => return strftime_into(b"%I:%M:%S %p", tm, t, out),
        b'R' => return strftime_into(b"%H:%M", tm, t, out),
        b's' => write!(out, "{t}"),
        b'S' => write!(out, "{:02}", tm.sec),
        b't' => out.write_all(b"\t"),
        b'T' | b'X' => return strftime_into(b"%H:%M:%S", tm, t, out),
        b'u' => write!(out, "{}", if tm.wday == 0 { 7 } else { tm.wday }),
        b'U' => write!(out, "{:02}", (tm.yday + 7 - tm.wday) / 7),
        b'V' => write!(out, "{:02}", iso_week(tm).1),
        b'w' => write!(out, "{}", tm.wday),
        b'W' => write!(out, "{:02}", (tm.yday + 7 - (tm.wday + 6) % 7) / 7),
        b'y' => write!(out, "{:02}", tm.year.rem_euclid(100)),
        b'Y' => write!(out, "{}", tm.year),
        b'z' => {
            let off = tm.gmtoff.abs();
            let sign = if tm.gmtoff < 0 { '-' } else { '+' };
            write!(out, "{}{:02}{:02}", sign, off / 3600, off / 60 % 60)
        }
        b'Z' => write!(out, "{}", tm.zone),
        b'%' => out.write_all(b"%"),
        _ => return None,
    };
    Some(())
}

fn strftime_into(fmt: &[u8], tm: &Tm, t: i64, out: &mut Vec<u8>) -> Option<()> {
    out.extend_from_slice(&strftime(fmt, tm, t));
    Some(())
}

/// The natural width and padding of a numeric conversion (what glibc's
/// flags and field widths adjust), or None for text.
fn numeric_field(c: u8) -> Option<(usize, u8)> {
    Some(match c {
        b'd' | b'H' | b'I' | b'm' | b'M' | b'S' | b'U' | b'V' | b'W' | b'y' | b'C' | b'g' => {
            (2, b'0')
        }
        b'e' | b'k' | b'l' => (2, b' '),
        b'j' => (3, b'0'),
        b'u' | b'w' | b'Y' | b'G' | b's' => (1, b'0'),
        _ => return None,
    })
}

/// `os.date`'s formatting, as LuaJIT hands the whole format to glibc's
/// `strftime`: conversions with glibc's flags (`_` pad with spaces, `-` no
/// padding, `0` pad with zeros, `^` upper case, `#` accepted) and field widths;
/// an unknown conversion or a trailing '%' is copied as is.
pub fn strftime(fmt: &[u8], tm: &Tm, t: i64) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' || i + 1 == fmt.len() {
            out.push(c);
            i += 1;
            continue;
        }
        // %[flags][width][E|O]conversion
        let mut j = i + 1;
        let mut pad = None;
        let (mut upper, mut swap) = (false, false);
        while j < fmt.len() && b"_-0^#".contains(&fmt[j]) {
            match fmt[j] {
                b'^' => upper = true,
                b'#' => swap = true,
                f => pad = Some(f),
            }
            j += 1;
        }
        let wstart = j;
        while j < fmt.len() && fmt[j].is_ascii_digit() {
            j += 1;
        }
        let width: Option<usize> = std::str::from_utf8(&fmt[wstart..j])
            .ok()
            .and_then(|w| w.parse().ok())
            .map(|w: usize| w.min(1024));
        if j < fmt.len() && (fmt[j] == b'E' || fmt[j] == b'O') {
            j += 1;
        }
        let mut field = Vec::new();
        let known = j < fmt.len() && conversion(fmt[j], tm, t, &mut field).is_some();
        if !known {
            // Not a conversion glibc knows: the sequence is copied, padded to
            // its width.
            let seq = &fmt[i..(j + 1).min(fmt.len())];
            let w = width.unwrap_or(0);
            out.extend(std::iter::repeat_n(b' ', w.saturating_sub(seq.len())));
            out.extend_from_slice(seq);
            i += seq.len();
            continue;
        }
        if upper {
            field.make_ascii_uppercase();
        } else if swap {
            // '#' swaps case where glibc does: names up, AM/PM and zones down.
            match fmt[j] {
                b'p' | b'Z' => field.make_ascii_lowercase(),
                b'a' | b'A' | b'b' | b'B' | b'h' => field.make_ascii_uppercase(),
                _ => {}
            }
        }
        let plain = pad.is_none() && width.is_none();
        if plain {
            out.extend_from_slice(&field);
        } else {
            let (natural, default_pad) = match numeric_field(fmt[j]) {
                Some((n, p)) => {
                    // The bare number, without its default padding.
                    let keep = field.len().saturating_sub(1);
                    let skip = field[..keep]
                        .iter()
                        .take_while(|&&b| b == b'0' || b == b' ')
                        .count();
                    field.drain(..skip);
                    (n, p)
                }
                None => (0, b' '),
            };
            let fill = match pad {
                Some(b'_') => Some(b' '),
                Some(b'0') => Some(b'0'),
                // '-': no padding, unless a width asks for it (spaces).
                Some(_) => width.map(|_| b' '),
                None => Some(default_pad),
            };
            if let Some(fill) = fill {
                let want = width.unwrap_or(natural);
                out.extend(std::iter::repeat_n(fill, want.saturating_sub(field.len())));
            }
            out.extend_from_slice(&field);
        }
        i = j + 1;
    }
    out
}

// ----------------------------------------------------------------- natives

fn clock(vm: &mut Vm) -> LuaResult<usize> {
    vm.push(Value::num(sys::cpu_seconds()))?;
    Ok(1)
}

fn now() -> i64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    }
}

fn date(vm: &mut Vm) -> LuaResult<usize> {
    let fmt = match vm.opt_str(1)? {
        Some(s) => s.as_bytes().to_vec(),
        None => b"%c".to_vec(),
    };
    let t = if vm.arg(2).is_nil() {
        now()
    } else {
        crate::api::num_to_int(vm.check_number(2)?)
    };
    let (utc, fmt) = match fmt.strip_prefix(b"!") {
        Some(rest) => (true, rest),
        None => (false, fmt.as_slice()),
    };
    let Some(tm) = Tm::from_time(t, utc) else {
        vm.push(Value::NIL)?;
        return Ok(1);
    };
    if fmt == b"*t" {
        let tab = vm.new_table(0, 9)?;
        for (k, v) in [
            ("sec", tm.sec),
            ("min", tm.min),
            ("hour", tm.hour),
            ("day", tm.day),
            ("month", tm.month),
            ("year", tm.year),
            ("wday", tm.wday + 1),
            ("yday", tm.yday + 1),
        ] {
            vm.table_set_str(tab, k, Value::num(v as f64))?;
        }
        vm.table_set_str(tab, "isdst", Value::boolean(tm.isdst))?;
        vm.push(tab.to_value())?;
        return Ok(1);
    }
    let out = strftime(fmt, &tm, t);
    vm.push_str(&out)?;
    Ok(1)
}

/// A field of os.time's table (5.1's `getfield`; may call `__index`).
fn get_field(vm: &mut Vm, key: &str, default: Option<i64>) -> LuaResult<i64> {
    let t = vm.arg(1);
    let k = vm.str_value(key.as_bytes())?;
    let v = vm.index(t, k)?;
    match crate::meta::to_number_coerce(v) {
        Some(n) => Ok(crate::api::num_to_int(n) as i32 as i64),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.rt_error(&format!("field '{key}' missing in date table"))),
        },
    }
}

fn time(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg(1).is_nil() {
        vm.push(Value::num(now() as f64))?;
        return Ok(1);
    }
    vm.check_table(1)?;
    vm.set_top(vm.base() + 1)?;
    let sec = get_field(vm, "sec", Some(0))?;
    let min = get_field(vm, "min", Some(0))?;
    let hour = get_field(vm, "hour", Some(12))?;
    let day = get_field(vm, "day", None)?;
    let month = get_field(vm, "month", None)?;
    let year = get_field(vm, "year", None)?;
    let k = vm.str_value(b"isdst")?;
    let t = vm.arg(1);
    let isdst = vm.index(t, k)?;
    let isdst = if isdst.is_nil() {
        None
    } else {
        Some(isdst.is_truthy())
    };
    match make_time(year, month - 1, day, hour, min, sec, isdst) {
        Some(t) if t != -1 => vm.push(Value::num(t as f64))?,
        _ => vm.push(Value::NIL)?,
    }
    Ok(1)
}

fn difftime(vm: &mut Vm) -> LuaResult<usize> {
    let t1 = crate::api::num_to_int(vm.check_number(1)?);
    let t0 = crate::api::num_to_int(vm.opt_number(2, 0.0)?);
    vm.push(Value::num(t1 as f64 - t0 as f64))?;
    Ok(1)
}

fn execute(vm: &mut Vm) -> LuaResult<usize> {
    let Some(cmd) = vm.opt_str(1)? else {
        // system(NULL): is a shell available?
        let ok = std::path::Path::new("/bin/sh").exists();
        vm.push(Value::num(if ok { 1.0 } else { 0.0 }))?;
        return Ok(1);
    };
    let cmd = c_str(cmd.as_bytes()).to_vec();
    vm.flush_stdout();
    super::io::flush_all();
    let status = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(OsStr::from_bytes(&cmd))
        .status();
    let code = match status {
        Ok(s) => s.into_raw() as f64,
        Err(_) => -1.0,
    };
    vm.push(Value::num(code))?;
    Ok(1)
}

fn exit(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.arg(1);
    let code = if v.is_bool() {
        if v.is_truthy() {
            0
        } else {
            1
        }
    } else {
        vm.opt_integer(1, 0)? as i32
    };
    vm.flush_stdout();
    if let Some(hook) = vm.exit_hook.take() {
        hook(vm);
    }
    super::io::flush_all();
    std::process::exit(code)
}

fn getenv(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?;
    let name = c_str(name.as_bytes());
    if name.is_empty() || name.contains(&b'=') {
        vm.push(Value::NIL)?;
        return Ok(1);
    }
    match std::env::var_os(OsStr::from_bytes(name)) {
        Some(v) => vm.push_str(&v.into_vec())?,
        None => vm.push(Value::NIL)?,
    }
    Ok(1)
}

/// Pushes `true`, or `nil, "name: message", errno`.
fn push_fs_result(vm: &mut Vm, r: std::io::Result<()>, name: &[u8]) -> LuaResult<usize> {
    match r {
        Ok(()) => {
            vm.push(Value::TRUE)?;
            Ok(1)
        }
        Err(e) => {
            let mut msg = name.to_vec();
            msg.extend_from_slice(b": ");
            msg.extend_from_slice(super::os_error_text(&e).as_bytes());
            vm.push(Value::NIL)?;
            vm.push_str(&msg)?;
            vm.push(Value::num(e.raw_os_error().unwrap_or(0) as f64))?;
            Ok(3)
        }
    }
}

fn remove(vm: &mut Vm) -> LuaResult<usize> {
    let name = c_str(vm.check_str(1)?.as_bytes()).to_vec();
    let path = OsStr::from_bytes(&name);
    // C's remove: unlink, or rmdir for a directory.
    let r = match std::fs::remove_file(path) {
        Err(e) if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) => {
            let _ = e;
            std::fs::remove_dir(path)
        }
        r => r,
    };
    push_fs_result(vm, r, &name)
}

fn rename(vm: &mut Vm) -> LuaResult<usize> {
    let from = c_str(vm.check_str(1)?.as_bytes()).to_vec();
    let to = c_str(vm.check_str(2)?.as_bytes()).to_vec();
    let r = std::fs::rename(OsStr::from_bytes(&from), OsStr::from_bytes(&to));
    push_fs_result(vm, r, &from)
}

fn setlocale(vm: &mut Vm) -> LuaResult<usize> {
    let locale = vm.opt_str(1)?.map(|s| s.as_bytes().to_vec());
    check_option(
        vm,
        2,
        Some("all"),
        &["all", "collate", "ctype", "monetary", "numeric", "time"],
    )?;
    // Only the C locale exists here.
    match locale.as_deref() {
        None | Some(b"C" | b"" | b"POSIX") => vm.push_str(b"C")?,
        Some(_) => vm.push(Value::NIL)?,
    }
    Ok(1)
}

/// Creates a new empty file `/tmp/lua_XXXXXX` (as `mkstemp` does).
pub(super) fn create_temp_file() -> std::io::Result<(std::fs::File, std::path::PathBuf)> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut seed = nanos ^ ((std::process::id() as u64) << 32);
    let mut last_err = std::io::Error::from(std::io::ErrorKind::AlreadyExists);
    for _ in 0..100 {
        seed = seed
            .wrapping_add(COUNTER.fetch_add(1, Ordering::Relaxed))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mut name = b"/tmp/lua_".to_vec();
        let mut x = seed;
        for _ in 0..6 {
            name.push(CHARS[(x % CHARS.len() as u64) as usize]);
            x /= CHARS.len() as u64;
        }
        let path = std::path::PathBuf::from(OsStr::from_bytes(&name));
        match std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(f) => return Ok((f, path)),
            Err(e) => last_err = e,
        }
    }
    Err(last_err)
}

fn tmpname(vm: &mut Vm) -> LuaResult<usize> {
    match create_temp_file() {
        Ok((_, path)) => {
            vm.push_str(path.as_os_str().as_bytes())?;
            Ok(1)
        }
        Err(_) => Err(vm.rt_error("unable to generate a unique filename")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for z in (-1_000_000..1_000_000).step_by(997) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }

    #[test]
    fn strftime_conversions() {
        // 1970-02-15 13:01:01 UTC, a Sunday (checked with lua5.1's os.date).
        let t = 86_400 * 45 + 3600 * 13 + 61;
        let tm = Tm::from_time(t, true).unwrap();
        assert_eq!(strftime(b"%c", &tm, t), b"Sun Feb 15 13:01:01 1970");
        assert_eq!(
            strftime(b"%j %U %W %V %G %g %u %w", &tm, t),
            b"046 07 06 07 1970 70 7 0"
        );
        assert_eq!(
            strftime(b"%I %l %p %P %r", &tm, t),
            b"01  1 PM pm 01:01:01 PM"
        );
        assert_eq!(strftime(b"%Q %E %", &tm, t), b"%Q %E %");
        assert_eq!(
            strftime(b"%D %e %F %T %C %y %z %Z", &tm, t),
            b"02/15/70 15 1970-02-15 13:01:01 19 70 +0000 GMT"
        );
        // 2001-09-09 01:46:40, day 252, a Sunday.
        let tm = Tm::from_time(1_000_000_000, true).unwrap();
        assert_eq!(
            (tm.year, tm.month, tm.day, tm.hour, tm.min, tm.sec, tm.wday, tm.yday),
            (2001, 9, 9, 1, 46, 40, 0, 251)
        );
        assert_eq!(Tm::from_time(1e17 as i64, true), None);
        // ISO weeks at year boundaries.
        let at = |y, m, d| Tm::from_time(days_from_civil(y, m, d) * 86_400, true).unwrap();
        assert_eq!(iso_week(&at(2021, 1, 1)), (2020, 53));
        assert_eq!(iso_week(&at(2019, 12, 30)), (2020, 1));
        assert_eq!(iso_week(&at(2026, 11, 20)), (2026, 47));
    }
}
