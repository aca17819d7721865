//! The `lunavm` command line, compatible with `lua` and `luajit`:
//! `lunavm [options] [script [args]]`.

mod perf;

use lunavm_vm::{LuaError, Value, Vm, MULTRET};
use std::ffi::OsString;
use std::io::{BufRead, IsTerminal, Write};

const VERSION: &str = concat!(
    "lunavm ",
    env!("CARGO_PKG_VERSION"),
    " -- a tracing JIT VM for Lua 5.1 (LuaJIT 2.1 dialect)"
);
/// The VM runs on a thread with a large stack, so that nested native calls (bounded
/// by the VM's C-stack limit) and deep parser recursion (bounded too) never run
/// out of Rust stack.
const VM_STACK_BYTES: usize = 256 << 20;

fn usage(prog: &str) -> String {
    format!(
        "usage: {prog} [options] [script [args]].\n\
         Available options are:\n  \
         -e stat  execute string 'stat'\n  \
         -l name  require library 'name'\n  \
         -i       enter interactive mode after executing 'script'\n  \
         -v       show version information\n  \
         -j cmd   perform JIT control command: -jon, -joff, -jflush,\n           \
                  -jdump[=flags[,file]], -jv[=file]\n  \
         -O[opt]  control JIT optimisations: -O3, -O+fold, -O-loop, -Ohotloop=10\n  \
         --trace-dump[=flags[,file]]  the same as -jdump\n  \
         -jp[=mode[,file]]  sampling profiler: f functions, l lines, t traces,\n           \
                  v VM states, G folded stacks, i<ms> interval (default f, i10)\n  \
         --perf[=events]  count perf events for the run (cycles,instructions,...)\n  \
         --perf-json file  write the --perf counts as JSON (implies --perf)\n  \
         --perf-map  list JIT code in /tmp/perf-<pid>.map (or LUNAVM_PERF_MAP=1)\n  \
         -bl file list the bytecode of 'file' (as luajit -bl)\n  \
         --       stop handling options\n  \
         -        execute stdin and stop handling options"
    )
}

/// What the command line asked for.
#[derive(Default)]
struct Options {
    /// `-e` chunks and `-l` modules, in order.
    actions: Vec<(char, Vec<u8>)>,
    interactive: bool,
    version: bool,
    /// Index in argv of the script ("-" for stdin), if any.
    script: Option<usize>,
    /// `-jp`: the sampling profiler for the whole run.
    profile: Option<lunavm_vm::profile::Options>,
    /// `--perf`: the events to count.
    perf: Option<Vec<String>>,
    perf_json: Option<String>,
    perf_map: bool,
}

/// A command-line error that gets its own message rather than the usage text.
const OWN_MESSAGE: &str = "\x01";

fn parse_args(args: &[OsString]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut i = 1;
    while i < args.len() {
        let a = args[i].as_encoded_bytes();
        if a.first() != Some(&b'-') || a == b"-" {
            o.script = Some(i);
            break;
        }
        match a {
            b"--" => {
                if i + 1 < args.len() {
                    o.script = Some(i + 1);
                }
                break;
            }
            b"-i" => {
                o.interactive = true;
                o.version = true;
            }
            b"-v" => o.version = true,
            _ if a.starts_with(b"-e") || a.starts_with(b"-l") => {
                let kind = a[1] as char;
                let val = if a.len() > 2 {
                    a[2..].to_vec()
                } else {
                    i += 1;
                    match args.get(i) {
                        Some(v) => v.as_encoded_bytes().to_vec(),
                        None => return Err(format!("'-{kind}' needs argument")),
                    }
                };
                o.actions.push((kind, val));
            }
            _ if a.starts_with(b"-jp") => {
                let rest = String::from_utf8_lossy(&a[3..]).into_owned();
                let arg = match rest.strip_prefix('=') {
                    Some(r) => r,
                    None if rest.is_empty() => "",
                    None => {
                        return Err(format!(
                            "{OWN_MESSAGE}-jp: expected -jp=mode[,file], got '-jp{rest}'"
                        ))
                    }
                };
                let p = lunavm_vm::profile::parse_options(arg)
                    .map_err(|e| format!("{OWN_MESSAGE}-jp: {e}"))?;
                o.profile = Some(p);
            }
            b"--perf" => o.perf = Some(perf::parse_events(perf::DEFAULT_EVENTS)?),
            _ if a.starts_with(b"--perf=") => {
                let list = String::from_utf8_lossy(&a[7..]).into_owned();
                o.perf = Some(perf::parse_events(&list).map_err(|e| format!("{OWN_MESSAGE}{e}"))?);
            }
            b"--perf-map" => o.perf_map = true,
            _ if a.starts_with(b"--perf-json") => {
                let file = match &a[11..] {
                    [] => {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.to_string_lossy().into_owned(),
                            None => {
                                return Err(format!("{OWN_MESSAGE}--perf-json needs a file name"))
                            }
                        }
                    }
                    [b'=', f @ ..] if !f.is_empty() => String::from_utf8_lossy(f).into_owned(),
                    _ => return Err(format!("{OWN_MESSAGE}--perf-json needs a file name")),
                };
                o.perf_json = Some(file);
                if o.perf.is_none() {
                    o.perf = Some(perf::parse_events(perf::DEFAULT_EVENTS)?);
                }
            }
            _ if a.starts_with(b"-j") || a.starts_with(b"-O") => {
                // `-j cmd` may also come as two arguments; a bare `-O` is the
                // default level.
                if a == b"-j" {
                    i += 1;
                    let Some(v) = args.get(i) else {
                        return Err("'-j' needs argument".to_string());
                    };
                    let mut item = a.to_vec();
                    item.extend_from_slice(v.as_encoded_bytes());
                    o.actions.push(('j', item));
                } else {
                    o.actions.push(('j', a.to_vec()));
                }
            }
            _ if a.starts_with(b"--trace-dump") => {
                let rest = &a[b"--trace-dump".len()..];
                let mut item = b"-jdump".to_vec();
                item.extend_from_slice(rest);
                o.actions.push(('j', item));
            }
            _ => {
                return Err(format!(
                    "unrecognized option '{}'",
                    String::from_utf8_lossy(a)
                ))
            }
        }
        i += 1;
    }
    Ok(o)
}

/// Prints an error the way lua.c does and returns the exit status.
fn report(vm: &mut Vm, tb: Option<String>) -> i32 {
    vm.flush_stdout();
    let e = vm.error_value();
    if !e.is_nil() {
        let msg = if e.is_string() || e.is_number() {
            vm.display(e)
        } else {
            // LuaJIT shows an error object through its __tostring, if it has one.
            match vm.tostring_meta_only(e) {
                Some(s) => s,
                None => "(error object is not a string)".to_string(),
            }
        };
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "lunavm: {msg}");
        if let Some(tb) = tb {
            let _ = writeln!(err, "{tb}");
        }
        let _ = err.flush();
    }
    1
}

/// Calls the function on top of the stack (with `nargs` arguments above it) and
/// reports an error with a traceback.
fn docall(vm: &mut Vm, func: usize, nargs: usize, nresults: usize) -> Result<(), i32> {
    match vm.pcall_traceback(func, nargs, nresults) {
        Ok(_) => Ok(()),
        Err((_, tb)) => Err(report(vm, Some(tb))),
    }
}

fn dochunk(vm: &mut Vm, src: &[u8], chunkname: &[u8]) -> Result<(), i32> {
    let f = match vm.load(src, chunkname) {
        Ok(f) => f,
        Err(_) => return Err(report(vm, None)),
    };
    let func = vm.top();
    vm.push(f.to_value()).map_err(|_| report(vm, None))?;
    docall(vm, func, 0, 0)
}

fn require_module(vm: &mut Vm, name: &[u8]) -> Result<(), i32> {
    let g = vm.globals();
    let req = vm
        .table_get_str(g, "require")
        .map_err(|_| report(vm, None))?;
    let func = vm.top();
    let push = |vm: &mut Vm| -> Result<(), LuaError> {
        vm.push(req)?;
        let n = vm.str_value(name)?;
        vm.push(n)
    };
    push(vm).map_err(|_| report(vm, None))?;
    docall(vm, func, 1, 1)?;
    vm.set_top(func).map_err(|_| report(vm, None))
}

fn run_script(vm: &mut Vm, args: &[OsString], idx: usize) -> Result<(), i32> {
    let name = args[idx].as_encoded_bytes();
    vm.flush_stdout();
    let file = (name != b"-").then_some(name);
    let (src, chunk) = match lunavm_vm::stdlib::read_source(file) {
        Ok(x) => x,
        Err(msg) => {
            let _ = vm.raise_msg(&msg);
            return Err(report(vm, None));
        }
    };
    let f = match vm.load(&src, &chunk) {
        Ok(f) => f,
        Err(_) => return Err(report(vm, None)),
    };
    let func = vm.top();
    let script_args: Vec<Value> = args[idx + 1..]
        .iter()
        .map(|a| vm.str_value(a.as_encoded_bytes()))
        .collect::<Result<_, _>>()
        .map_err(|_| report(vm, None))?;
    vm.push(f.to_value()).map_err(|_| report(vm, None))?;
    for a in &script_args {
        vm.push(*a).map_err(|_| report(vm, None))?;
    }
    docall(vm, func, script_args.len(), 0)
}

/// Builds the global `arg` table: arg[0] is the script, negative indices the
/// interpreter and options.
fn create_arg_table(vm: &mut Vm, args: &[OsString], script: Option<usize>) -> Result<(), LuaError> {
    let at = script.unwrap_or(args.len());
    let t = vm.new_table(args.len().saturating_sub(at) as u32, 0)?;
    let g = vm.globals();
    vm.table_set_str(g, "arg", t.to_value())?;
    for (i, a) in args.iter().enumerate() {
        let s = vm.str_value(a.as_encoded_bytes())?;
        vm.table_set(t, Value::number(i as f64 - at as f64), s)?;
    }
    Ok(())
}

/// The prompt: the global `_PROMPT` (`_PROMPT2` for continuation lines) if it is a
/// string, else "> " / ">> ", as lua.c does.
fn prompt(vm: &mut Vm, first: bool) {
    let g = vm.globals();
    let custom = vm
        .table_get_str(g, if first { "_PROMPT" } else { "_PROMPT2" })
        .ok();
    let text = match custom {
        Some(v) if v.is_string() || v.is_number() => vm.display(v).into_bytes(),
        _ => {
            if first {
                b"> ".to_vec()
            } else {
                b">> ".to_vec()
            }
        }
    };
    vm.write_stdout(&text);
    vm.flush_stdout();
}

/// The interactive loop of lua.c: a line is a chunk (`=expr` prints the values
/// of `expr`); an incomplete chunk reads more lines.
fn repl(vm: &mut Vm) {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock();
    loop {
        prompt(vm, true);
        let mut line = Vec::new();
        if lines.read_until(b'\n', &mut line).unwrap_or(0) == 0 {
            vm.write_stdout(b"\n");
            break;
        }
        strip_newline(&mut line);
        let mut src = match line.strip_prefix(b"=") {
            Some(expr) => [b"return ".as_slice(), expr].concat(),
            None => line,
        };
        let func = loop {
            match vm.load(&src, b"=stdin") {
                Ok(f) => break Some(f),
                Err(_) => {
                    // lua.c's rule: a chunk is incomplete if its error is at <eof>.
                    let incomplete = vm.display(vm.error_value()).ends_with("'<eof>'");
                    if !incomplete {
                        report(vm, None);
                        break None;
                    }
                    prompt(vm, false);
                    let mut more = Vec::new();
                    if lines.read_until(b'\n', &mut more).unwrap_or(0) == 0 {
                        report(vm, None);
                        break None;
                    }
                    strip_newline(&mut more);
                    src.push(b'\n');
                    src.extend_from_slice(&more);
                }
            }
        };
        let Some(f) = func else { continue };
        let base = vm.top();
        if vm.push(f.to_value()).is_err() {
            report(vm, None);
            continue;
        }
        if docall(vm, base, 0, MULTRET).is_ok() && vm.top() > base {
            // Print the results: call print with them (they stay on the stack).
            let n = vm.top() - base;
            let g = vm.globals();
            if let Ok(print) = vm.table_get_str(g, "print") {
                // [results] -> [print, results]
                if vm.push(Value::NIL).is_ok() {
                    for i in (0..n).rev() {
                        let v = vm.stack_get(base + i);
                        vm.stack_set(base + i + 1, v);
                    }
                    vm.stack_set(base, print);
                    let _ = docall(vm, base, n, 0);
                }
            }
        }
        let _ = vm.set_top(base);
    }
    vm.flush_stdout();
}

fn strip_newline(line: &mut Vec<u8>) {
    while matches!(line.last(), Some(b'\n' | b'\r')) {
        line.pop();
    }
}

/// `lunavm -bl [file]`: the bytecode listing of a script (stdin for `-` or no
/// file), in the format of `luajit -bl`.
fn list_bytecode(args: &[OsString]) -> i32 {
    let name = args
        .get(2)
        .map(|a| a.as_encoded_bytes())
        .filter(|n| *n != b"-");
    let (src, chunk) = match lunavm_vm::stdlib::read_source(name) {
        Ok(x) => x,
        Err(msg) => {
            eprintln!("lunavm: {msg}");
            return 1;
        }
    };
    match lunavm_vm::compiler::compile(&src, &chunk) {
        Ok(p) => {
            print!("{}", lunavm_vm::compiler::list_proto(&p));
            0
        }
        Err(e) => {
            eprintln!("lunavm: {e}");
            1
        }
    }
}

fn main_inner(args: Vec<OsString>) -> i32 {
    let prog = "lunavm";
    if args.get(1).is_some_and(|a| a == "-bl") {
        return list_bytecode(&args);
    }
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(msg) => {
            match msg.strip_prefix(OWN_MESSAGE) {
                Some(m) => eprintln!("lunavm: {m}"),
                // Like lua.c, a bad command line gets the usage text.
                None => eprintln!("{}", usage(prog)),
            }
            return 1;
        }
    };
    let mut vm = Vm::new();
    lunavm_ffi::open(&mut vm).expect("opening the ffi library cannot fail");
    if let Err(msg) = attach_jit(&mut vm, &opts) {
        eprintln!("lunavm: {msg}");
        return 1;
    }
    let counters = opts
        .perf
        .as_ref()
        .map(|events| perf::Counters::start(events));
    if let Some(line) = counters.as_ref().and_then(|c| c.fallback_line()) {
        eprintln!("{line}");
    }
    if opts.profile.is_some() || counters.is_some() {
        let p = opts.profile.clone().unwrap_or_default();
        if let Err(msg) = vm.profile_start(p) {
            eprintln!("lunavm: profiler unavailable: {msg}");
        }
    }
    // The reports are written at the end, or by os.exit.
    let shared = std::rc::Rc::new(std::cell::RefCell::new(Some(counters)));
    let (at_exit, profile_opts, json) =
        (shared.clone(), opts.profile.clone(), opts.perf_json.clone());
    vm.set_exit_hook(Box::new(move |vm| {
        if let Some(c) = at_exit.borrow_mut().take() {
            finish_reports(vm, c, profile_opts.as_ref(), json.as_deref());
        }
    }));
    let mut status = run(&mut vm, &args, &opts);
    let counters = shared.borrow_mut().take();
    if let Some(c) = counters {
        if !finish_reports(&mut vm, c, opts.profile.as_ref(), opts.perf_json.as_deref()) {
            status = 1;
        }
    }
    vm.close();
    vm.flush_stdout();
    status
}

fn run(vm: &mut Vm, args: &[OsString], opts: &Options) -> i32 {
    if let Some(init) = std::env::var_os("LUA_INIT") {
        let b = init.as_encoded_bytes();
        let r = if let Some(file) = b.strip_prefix(b"@") {
            match lunavm_vm::stdlib::read_source(Some(file)) {
                Ok((src, chunk)) => dochunk(vm, &src, &chunk),
                Err(msg) => {
                    let _ = vm.raise_msg(&msg);
                    Err(report(vm, None))
                }
            }
        } else {
            dochunk(vm, b, b"=LUA_INIT")
        };
        if let Err(code) = r {
            return code;
        }
    }
    if opts.version {
        print_version(vm);
    }
    for (kind, val) in &opts.actions {
        let r = match kind {
            'e' => dochunk(vm, val, b"=(command line)"),
            'l' => require_module(vm, val),
            _ => jit_command(vm, val),
        };
        if let Err(code) = r {
            return code;
        }
    }
    if let Some(idx) = opts.script {
        // As lua.c does, `arg` exists only once the script runs (not for -e/-l).
        if create_arg_table(vm, args, opts.script).is_err() {
            return report(vm, None);
        }
        if let Err(code) = run_script(vm, args, idx) {
            return code;
        }
    }
    if opts.interactive {
        repl(vm);
    } else if opts.script.is_none() && opts.actions.iter().all(|(k, _)| *k == 'j') && !opts.version
    {
        if std::io::stdin().is_terminal() {
            print_version(vm);
            repl(vm);
        } else {
            let stdin_arg = [OsString::from(prog_name()), OsString::from("-")];
            if let Err(code) = run_script(vm, &stdin_arg, 1) {
                return code;
            }
        }
    }
    0
}

/// Stops the profiler and the counters and writes their reports (`-jp`,
/// `--perf`, `--perf-json`). False if a report could not be written.
fn finish_reports(
    vm: &mut Vm,
    counters: Option<perf::Counters>,
    profile: Option<&lunavm_vm::profile::Options>,
    json: Option<&str>,
) -> bool {
    let mut ok = true;
    let counts = counters.map(|c| (c.unavailable.clone(), c.finish()));
    // jit.p may have stopped the profile the command line started: then
    // there is nothing left to report here.
    let report = vm.profile_stop();
    vm.flush_stdout();
    if let (Some(_), Some((p, r))) = (profile, &report) {
        if let Err(msg) = lunavm_vm::profile::write_report(p, r) {
            eprintln!("lunavm: -jp: {msg}");
            ok = false;
        }
    }
    if let Some((unavailable, counts)) = counts {
        let split = report.map(|(_, r)| r).unwrap_or_default();
        eprint!("{}", perf::table(&counts, &split));
        if let Some(path) = json {
            let text = perf::json(&counts, &unavailable, &split);
            if let Err(e) = std::fs::write(path, text) {
                eprintln!("lunavm: cannot write {path}: {e}");
                ok = false;
            }
        }
    }
    ok
}

/// Attaches the trace compiler, with the dump options of the command line
/// (`-jdump`, `-jv`, `--trace-dump`) in place from the start.
fn attach_jit(vm: &mut Vm, opts: &Options) -> Result<(), String> {
    let backend = match lunavm_asm::X64Backend::new(64, 4096) {
        Ok(b) => b,
        Err(e) => {
            // No executable memory: run on the interpreter alone.
            eprintln!("lunavm: JIT unavailable ({e}); interpreting");
            return Ok(());
        }
    };
    let mut engine = lunavm_tracer::Engine::new(Box::new(backend));
    let env_map = std::env::var_os("LUNAVM_PERF_MAP").is_some_and(|v| v == "1");
    if opts.perf_map || env_map {
        match lunavm_tracer::perfmap::PerfMap::open() {
            Ok(m) => engine.perf_map = Some(m),
            Err(e) => eprintln!(
                "lunavm: cannot open {}: {e}",
                lunavm_tracer::perfmap::PerfMap::path()
            ),
        }
    }
    for (kind, val) in &opts.actions {
        if *kind != 'j' {
            continue;
        }
        let (verbose, rest) = if let Some(r) = val.strip_prefix(b"-jdump") {
            (false, r)
        } else if let Some(r) = val.strip_prefix(b"-jv") {
            (true, r)
        } else {
            continue;
        };
        let rest = String::from_utf8_lossy(rest.strip_prefix(b"=").unwrap_or(rest)).into_owned();
        let (flags, file) = if verbose {
            (String::new(), (!rest.is_empty()).then_some(rest))
        } else {
            match rest.split_once(',') {
                Some((f, file)) => (f.to_string(), Some(file.to_string())),
                None if rest.is_empty() => ("tbisrm".to_string(), None),
                None => (rest, None),
            }
        };
        let out: Box<dyn Write> = match file {
            Some(path) if path != "-" => Box::new(
                std::fs::File::create(&path).map_err(|e| format!("cannot open {path}: {e}"))?,
            ),
            _ => Box::new(std::io::stderr()),
        };
        engine.dump = Some(lunavm_tracer::DumpOpts {
            flags,
            verbose,
            out,
        });
    }
    vm.set_jit(Box::new(engine));
    // Options for every run (the test suite forces the JIT hot this way without
    // changing the command line a script sees).
    if let Some(items) = std::env::var_os("LUNAVM_JIT_OPTIONS") {
        for item in items.to_string_lossy().split(',').filter(|s| !s.is_empty()) {
            let r = vm.with_jit(|jit, vm| jit.set_option(vm, item));
            if let Some(Err(msg)) = r {
                return Err(format!("LUNAVM_JIT_OPTIONS: {msg}"));
            }
        }
    }
    Ok(())
}

/// `-jon`, `-joff`, `-jflush` and `-O...` items, in command-line order.
fn jit_command(vm: &mut Vm, val: &[u8]) -> Result<(), i32> {
    let text = String::from_utf8_lossy(val).into_owned();
    let fail = |vm: &mut Vm, msg: String| -> i32 {
        vm.flush_stdout();
        eprintln!("lunavm: {msg}");
        1
    };
    match text.as_str() {
        "-jon" | "-joff" => {
            let on = text == "-jon";
            vm.with_jit(|jit, vm| jit.set_enabled(vm, on));
            vm.set_hot_counting(on);
        }
        "-jflush" => {
            vm.with_jit(|jit, vm| jit.flush(vm));
        }
        t if t.starts_with("-jdump") || t.starts_with("-jv") => {}
        t if t.starts_with("-O") => {
            let items = &t[2..];
            let items: Vec<&str> = if items.is_empty() {
                vec!["3"]
            } else {
                items.split(',').collect()
            };
            for item in items {
                if let Some(Err(msg)) = vm.with_jit(|jit, vm| jit.set_option(vm, item)) {
                    return Err(fail(vm, msg));
                }
            }
        }
        t => return Err(fail(vm, format!("unknown JIT command '{}'", &t[1..]))),
    }
    Ok(())
}

/// The version banner, on stderr as lua.c prints it.
fn print_version(vm: &mut Vm) {
    vm.flush_stdout();
    eprintln!("{VERSION}");
}

fn prog_name() -> String {
    "lunavm".to_string()
}

fn main() {
    let args: Vec<OsString> = std::env::args_os().collect();
    let handle = std::thread::Builder::new()
        .name("lunavm".into())
        .stack_size(VM_STACK_BYTES)
        .spawn(move || main_inner(args))
        .expect("spawning the VM thread");
    let code = handle.join().unwrap_or(1);
    std::process::exit(code);
}
