//! The sampling clock: a per-thread CPU-time timer that delivers SIGPROF to
//! the VM thread, and the signal handler that records one sample.
//!
//! Signal safety: the handler runs on the VM thread itself (the timer is
//! created with `SIGEV_THREAD_ID` for the thread that starts profiling), so it
//! only ever interrupts that thread. It reads the VM-state word and the
//! interrupted instruction pointer, writes them into a fixed ring of atomics
//! and raises the pending flag: no allocation, no locks, no calls into the
//! VM. Everything else (frames, names, trace lookups) happens later at the
//! interpreter's next profile point, outside the handler.

use super::{RING, RING_ADDR, RING_HEAD, RING_STATE, RING_TAIL};
use std::sync::atomic::Ordering::{Relaxed, Release};
use std::sync::Once;

/// Samples lost because the ring was full (the VM did not reach a profile
/// point for a long time, e.g. inside one long native call).
pub(super) static DROPPED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

extern "C" fn on_sigprof(_sig: libc::c_int, _info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    let state = super::state_word();
    let addr = if super::kind_of(state) == super::State::Trace as u32 && !ctx.is_null() {
        interrupted_pc(ctx)
    } else {
        0
    };
    let head = RING_HEAD.load(Relaxed);
    if head.wrapping_sub(RING_TAIL.load(Relaxed)) >= RING {
        DROPPED.fetch_add(1, Relaxed);
    } else {
        RING_STATE[head % RING].store(state, Relaxed);
        RING_ADDR[head % RING].store(addr, Relaxed);
        RING_HEAD.store(head.wrapping_add(1), Release);
    }
    super::PENDING.store(true, Relaxed);
}

/// The instruction pointer the signal interrupted.
#[cfg(target_arch = "x86_64")]
fn interrupted_pc(ctx: *mut libc::c_void) -> usize {
    // SAFETY: with SA_SIGINFO the kernel passes the interrupted context as a
    // ucontext_t; reading one register of it is async-signal-safe.
    unsafe {
        (*(ctx as *const libc::ucontext_t)).uc_mcontext.gregs[libc::REG_RIP as usize] as usize
    }
}

/// Traces are x86-64 code only: elsewhere no sample is inside one.
#[cfg(not(target_arch = "x86_64"))]
fn interrupted_pc(_ctx: *mut libc::c_void) -> usize {
    0
}

fn install_handler() -> Result<(), String> {
    static ONCE: Once = Once::new();
    let mut result = Ok(());
    ONCE.call_once(|| {
        // SAFETY: a zeroed sigaction is a valid value; the handler has the
        // three-argument form SA_SIGINFO asks for and is async-signal-safe
        // (see the module comment). It stays installed for the process's life.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = on_sigprof
                as extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void)
                as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
            libc::sigemptyset(&mut sa.sa_mask);
            if libc::sigaction(libc::SIGPROF, &sa, std::ptr::null_mut()) != 0 {
                result = Err(format!("sigaction: {}", std::io::Error::last_os_error()));
            }
        }
    });
    result
}

/// A running sampling timer on the thread that created it.
pub(super) struct Timer {
    /// None once stopped.
    id: Option<libc::timer_t>,
}

impl Timer {
    /// Starts sampling the calling thread every `interval_us` microseconds of
    /// its CPU time.
    pub(super) fn start(interval_us: u64) -> Result<Timer, String> {
        install_handler()?;
        // SAFETY: plain system calls on values built here; the timer id is
        // written by timer_create before it is used.
        unsafe {
            let mut sev: libc::sigevent = std::mem::zeroed();
            sev.sigev_notify = libc::SIGEV_THREAD_ID;
            sev.sigev_signo = libc::SIGPROF;
            sev.sigev_notify_thread_id = libc::gettid();
            let mut id: libc::timer_t = std::mem::zeroed();
            if libc::timer_create(libc::CLOCK_THREAD_CPUTIME_ID, &mut sev, &mut id) != 0 {
                return Err(format!("timer_create: {}", std::io::Error::last_os_error()));
            }
            let tv = libc::timespec {
                tv_sec: (interval_us / 1_000_000) as libc::time_t,
                tv_nsec: ((interval_us % 1_000_000) * 1000) as libc::c_long,
            };
            let spec = libc::itimerspec {
                it_interval: tv,
                it_value: tv,
            };
            if libc::timer_settime(id, 0, &spec, std::ptr::null_mut()) != 0 {
                let e = std::io::Error::last_os_error();
                libc::timer_delete(id);
                return Err(format!("timer_settime: {e}"));
            }
            Ok(Timer { id: Some(id) })
        }
    }
}

impl Timer {
    /// A timer that does not run.
    pub(super) fn none() -> Timer {
        Timer { id: None }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(id) = self.id.take() {
            // SAFETY: `id` came from timer_create and is deleted once. A
            // signal already queued still finds the handler installed.
            unsafe {
                libc::timer_delete(id);
            }
        }
    }
}
