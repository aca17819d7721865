//! Helpers shared by the integration tests that run the lunavm binary: running a
//! process with a time limit and bounded output capture, and scratch directories.
#![allow(dead_code)] // each test crate uses a different subset

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

pub const LUNAVM: &str = env!("CARGO_BIN_EXE_lunavm");

/// Output beyond this is drained and dropped, so a runaway printer cannot eat memory.
const OUTPUT_CAP: usize = 16 << 20;

/// What a finished (or killed) process left behind.
pub struct Run {
    /// None when the process was killed for exceeding the time limit.
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub elapsed: Duration,
}

impl Run {
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// The first line of stderr without its line terminator.
    pub fn stderr_first_line(&self) -> String {
        let text = self.stderr_text();
        let line = text.lines().next().unwrap_or("");
        line.to_string()
    }

    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    /// The signal that killed the process, if any (always None off unix).
    pub fn signal(&self) -> Option<i32> {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            self.status.and_then(|s| s.signal())
        }
        #[cfg(not(unix))]
        {
            None
        }
    }

    /// Whether stderr shows a Rust panic.
    pub fn panicked(&self) -> bool {
        let err = self.stderr_text();
        err.contains("panicked") || err.contains("RUST_BACKTRACE")
    }

    /// Asserts the process neither panicked nor died of a signal.
    #[track_caller]
    pub fn assert_no_panic(&self) {
        assert!(!self.panicked(), "lunavm panicked: {}", self.describe());
        assert_eq!(
            self.signal(),
            None,
            "killed by a signal: {}",
            self.describe()
        );
    }

    /// A description for assertion messages.
    pub fn describe(&self) -> String {
        let status = match (self.status, self.signal()) {
            (None, _) => format!(
                "killed after {:.1} s (time limit)",
                self.elapsed.as_secs_f64()
            ),
            (Some(_), Some(sig)) => format!("killed by signal {sig}"),
            (Some(s), None) => format!("exit status {}", s.code().unwrap_or(-1)),
        };
        format!(
            "{status}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            clip(&self.stdout_text()),
            clip(&self.stderr_text())
        )
    }
}

fn clip(s: &str) -> String {
    const MAX: usize = 2000;
    if s.len() <= MAX {
        return s.to_string();
    }
    let mut cut = MAX;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}... ({} bytes in all)", &s[..cut], s.len())
}

fn read_capped(mut r: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 64 * 1024];
        loop {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let room = OUTPUT_CAP.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
        kept
    })
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> Option<ExitStatus> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => panic!("waiting for lunavm: {e}"),
        }
    }
}

/// Runs `cmd` with `stdin` as its standard input (empty if None), capturing stdout and
/// stderr, and kills it after `timeout`.
pub fn run(mut cmd: Command, stdin: Option<&[u8]>, timeout: Duration) -> Run {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {:?}: {e}", cmd.get_program()));
    let feeder = stdin.map(|input| {
        let mut pipe = child.stdin.take().expect("piped stdin");
        let input = input.to_vec();
        // A process that exits without reading its input closes the pipe: ignore that.
        thread::spawn(move || {
            let _ = pipe.write_all(&input);
        })
    });
    let out = read_capped(child.stdout.take().expect("piped stdout"));
    let err = read_capped(child.stderr.take().expect("piped stderr"));
    let status = wait_with_timeout(&mut child, timeout);
    let stdout = out.join().expect("stdout reader");
    let stderr = err.join().expect("stderr reader");
    if let Some(f) = feeder {
        let _ = f.join();
    }
    Run {
        status,
        stdout,
        stderr,
        elapsed: start.elapsed(),
    }
}

/// A lunavm command with the Lua environment variables cleared, running in `dir`.
pub fn lunavm(dir: &Path) -> Command {
    let mut cmd = Command::new(LUNAVM);
    cmd.current_dir(dir)
        .env_remove("LUA_INIT")
        .env_remove("LUA_PATH")
        .env_remove("LUA_CPATH")
        .env_remove("LUNAVM_GC_STRESS");
    cmd
}

/// A fresh scratch directory, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("lunavm-test-{tag}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", path.display()));
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `contents` to `name` inside the directory and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(name);
        fs::write(&p, contents).unwrap_or_else(|e| panic!("cannot write {}: {e}", p.display()));
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Runs `check` on every item on as many threads as the machine has cores and
/// returns the failures (item index, report) in item order.
pub fn parallel_failures<T: Sync>(
    items: &[T],
    check: impl Fn(&T) -> Option<String> + Sync,
) -> Vec<(usize, String)> {
    use std::sync::Mutex;
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<(usize, String)>> = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                if let Some(report) = check(item) {
                    failures.lock().unwrap().push((i, report));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort_by_key(|(i, _)| *i);
    failures
}
