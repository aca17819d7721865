//! Helpers shared by the instruction-count benchmarks: a VM with a loaded chunk,
//! ready to be called by the measured function.

use lunavm_vm::{Value, Vm};

/// A fresh VM (standard libraries open) and the function `source` returns,
/// pinned so that collections cannot free it while only Rust holds it.
pub fn prepare(source: &str) -> (Box<Vm>, Value) {
    let mut vm = Vm::new();
    let chunk = vm
        .load(source.as_bytes(), b"=bench")
        .unwrap_or_else(|_| panic!("benchmark source does not compile:\n{source}"));
    let f = vm
        .call_value(chunk.to_value(), &[])
        .expect("benchmark chunk failed");
    vm.pin(f);
    (vm, f)
}

/// Like `prepare`, with the trace compiler attached and set with the `-O`
/// style `options` (e.g. `hotloop=1`), or None where it cannot run (no
/// executable memory).
pub fn prepare_jit(source: &str, options: &[&str]) -> Option<(Box<Vm>, Value)> {
    let (mut vm, f) = prepare(source);
    let backend = lunavm_asm::X64Backend::new(64, 4096).ok()?;
    vm.set_jit(Box::new(lunavm_tracer::Engine::new(Box::new(backend))));
    for item in options {
        vm.with_jit(|jit, vm| jit.set_option(vm, item))?
            .unwrap_or_else(|e| panic!("bad JIT option {item}: {e}"));
    }
    Some((vm, f))
}

/// Calls the prepared function with one number argument and returns its result.
pub fn run(vm: &mut Vm, f: Value, n: f64) -> Value {
    vm.call_value(f, &[Value::num(n)])
        .expect("benchmark function failed")
}
