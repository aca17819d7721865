//! Instruction counts of the trace compiler, measured under callgrind by
//! gungraun. Each benchmark makes one call of a Lua function whose loop is
//! hot at once (`hotloop=1`): the count covers recording, the optimisation
//! passes, register allocation and assembly of its traces, plus a few
//! iterations of the compiled code. Each runs once with every pass (`-O3`)
//! and once with none (`-O0`): the difference is what FOLD/CSE/LOOP/DCE cost.
//! The VM, the JIT and the bytecode are made in setup, outside the count.
//!
//! Run with `tools/callgrind-bench.sh` (installs the matching gungraun-runner).

use gungraun::{library_benchmark, library_benchmark_group, main};
use lunavm_benches::{prepare_jit, run};
use lunavm_vm::{Value, Vm};
use std::hint::black_box;

/// Arithmetic with loop-carried values (LOOP: PHIs, hoisting).
const NUMERIC: &str = "return function(n)
  local s, x, y = 0, 1, 2
  for i = 1, n do s = s + i * x - y; x, y = y, x end
  return s
end";

/// Array and hash-part accesses with bounds and shape guards.
const TABLES: &str = "local t = { k = 2 }
for i = 1, 64 do t[i] = i end
return function(n)
  local s = 0
  for i = 1, n do s = s + t[i % 64 + 1] * t.k; t[i % 64 + 1] = s % 7 end
  return s
end";

/// Calls inlined into the trace (frames, arguments, returns).
const CALLS: &str = "local function sq(v) return v * v end
local function add(a, b) return a + sq(b) end
return function(n)
  local s = 0
  for i = 1, n do s = add(s, i) % 1000 end
  return s
end";

fn setup(source: &'static str, level: &'static str) -> (Box<Vm>, Value) {
    prepare_jit(source, &["hotloop=1", "hotexit=1", level])
        .expect("the trace compiler needs executable memory")
}

#[library_benchmark]
#[bench::numeric_o3(setup(NUMERIC, "3"))]
#[bench::numeric_o0(setup(NUMERIC, "0"))]
#[bench::tables_o3(setup(TABLES, "3"))]
#[bench::tables_o0(setup(TABLES, "0"))]
#[bench::calls_o3(setup(CALLS, "3"))]
#[bench::calls_o0(setup(CALLS, "0"))]
fn compile_and_run((mut vm, f): (Box<Vm>, Value)) -> Value {
    black_box(run(&mut vm, f, 20.0))
}

library_benchmark_group!(name = trace_compiler; benchmarks = compile_and_run);
main!(library_benchmark_groups = trace_compiler);
