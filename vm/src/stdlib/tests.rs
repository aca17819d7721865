//! Runs the library test scripts in `tests/` (each checks itself with `eq` and
//! `assert`; expectations come from lua5.1 or luajit through `tests/bless.lua`).

use crate::state::Vm;
use crate::MULTRET;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/stdlib/tests");

/// Runs `helper.lua` then `name` in a fresh VM; panics with the error and
/// traceback if the script fails, or if it made no checks.
fn run_script(name: &str) {
    let name = name.to_string();
    let h = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let mut vm = Vm::new();
            for file in ["helper.lua", name.as_str()] {
                let src = std::fs::read(format!("{DIR}/{file}")).expect("test script");
                let f = match vm.load(&src, format!("@{file}").as_bytes()) {
                    Ok(f) => f,
                    Err(_) => {
                        let e = vm.error_value();
                        panic!("{file}: {}", vm.display(e));
                    }
                };
                let base = vm.top();
                vm.push(f.to_value()).expect("stack");
                if let Err((_, tb)) = vm.pcall_traceback(base, 0, MULTRET) {
                    vm.flush_stdout();
                    let e = vm.error_value();
                    panic!("{}\n{}", vm.display(e), tb);
                }
                vm.set_top(base).expect("stack");
            }
            vm.flush_stdout();
            let g = vm.globals();
            let checks = vm.table_get_str(g, "CHECKS").expect("CHECKS");
            assert!(checks.as_f64() > 0.0, "{name} made no checks");
        })
        .expect("test thread");
    if let Err(e) = h.join() {
        std::panic::resume_unwind(e);
    }
}

macro_rules! scripts {
    ($($test:ident => $file:literal,)*) => {$(
        #[test]
        fn $test() {
            run_script($file);
        }
    )*};
}

scripts! {
    bit_ops => "bit_ops.lua",
    io_files => "io_files.lua",
    math_funcs => "math_funcs.lua",
    os_funcs => "os_funcs.lua",
    package_require => "package_require.lua",
    string_basic => "string_basic.lua",
    string_format => "string_format.lua",
    string_patterns => "string_patterns.lua",
    table_funcs => "table_funcs.lua",
    table_sort => "table_sort.lua",
}

/// Results too large for the heap's limit fail with a catchable "not enough
/// memory" instead of aborting the process.
#[test]
fn huge_results_respect_the_memory_limit() {
    let mut vm = Vm::new();
    vm.set_memory_limit(vm.memory_in_use() + (4 << 20));
    let src = br#"
        local r = {}
        for _, f in ipairs({
            function() return string.rep("x", 2^23) end,
            function() return string.rep("ab", 2^22, ",") end,
            function() return ("x"):rep(2^20):rep(8) end,
            function() local t = {} for i = 1, 64 do t[i] = ("y"):rep(2^16) end return table.concat(t, "", 1, 64) end,
            function() return string.format("%s%s", ("z"):rep(2^21), ("z"):rep(2^21)) end,
        }) do
            local ok, e = pcall(f)
            r[#r + 1] = tostring(ok) .. ":" .. tostring(e)
        end
        RESULT = table.concat(r, " ")
    "#;
    let f = vm.load(src, b"=limit").expect("compiles");
    let base = vm.top();
    vm.push(f.to_value()).expect("stack");
    if vm.pcall_at(base, 0, 0).is_err() {
        let e = vm.error_value();
        panic!("{}", vm.display(e));
    }
    let g = vm.globals();
    let r = vm.table_get_str(g, "RESULT").expect("RESULT");
    let text = vm.display(r);
    assert_eq!(text, ["false:not enough memory"; 5].join(" "), "{text}");
}
