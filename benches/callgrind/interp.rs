//! Instruction counts of the interpreter's hot paths, measured under callgrind by
//! gungraun. Each benchmark runs a small Lua function whose work is dominated by
//! one path; the VM is built and the code compiled in setup, outside the count.
//!
//! Run with `tools/callgrind-bench.sh` (installs the matching gungraun-runner).

use gungraun::{library_benchmark, library_benchmark_group, main};
use lunavm_benches::{prepare, run};
use lunavm_vm::{Value, Vm};
use std::hint::black_box;

/// Dispatch and arithmetic: a numeric for loop with a few ALU instructions.
const DISPATCH: &str = "return function(n)
  local s, x = 0, 1
  for i = 1, n do s = s + i * x; x = -x end
  return s
end";

/// Table get/set through the array and hash parts.
const TABLE: &str = "return function(n)
  local t, h = {}, {}
  for i = 1, n do t[i] = i end
  for i = 1, n do h['k' .. (i % 64)] = t[i] end
  local s = 0
  for i = 1, n do s = s + t[i] + h.k1 end
  return s
end";

/// Calls and returns of a Lua function, with fixed and variable results.
const CALLS: &str = "local function add(a, b) return a + b end
local function pair(a) return a, a end
return function(n)
  local s = 0
  for i = 1, n do s = add(s, i); s = add(pair(s)) - s end
  return s
end";

/// String creation and interning (concatenation, tostring, string.rep).
const STRINGS: &str = "return function(n)
  local last
  for i = 1, n do last = 'key' .. i; last = last .. tostring(i % 100) end
  return #last
end";

/// GC allocation: many small short-lived tables and closures.
const ALLOC: &str = "return function(n)
  local keep
  for i = 1, n do keep = {i, i + 1, x = i}; keep.f = function() return i end end
  return keep[1]
end";

/// A full collection of a heap holding n live tables in a list.
const FULL_GC: &str = "return function(n)
  local list
  for i = 1, n do list = {next = list, i} end
  KEEP = list
  return function() collectgarbage() end
end";

fn setup(source: &'static str) -> (Box<Vm>, Value) {
    prepare(source)
}

#[library_benchmark]
#[bench::dispatch(setup(DISPATCH))]
#[bench::table(setup(TABLE))]
#[bench::calls(setup(CALLS))]
#[bench::strings(setup(STRINGS))]
#[bench::alloc(setup(ALLOC))]
fn interpreter((mut vm, f): (Box<Vm>, Value)) -> Value {
    black_box(run(&mut vm, f, 10_000.0))
}

/// Builds a 10,000-table heap in setup; measures one full collection.
fn heap_for_full_gc() -> (Box<Vm>, Value) {
    let (mut vm, make) = prepare(FULL_GC);
    let collect = run(&mut vm, make, 10_000.0);
    vm.pin(collect);
    (vm, collect)
}

#[library_benchmark]
#[bench::full_gc(heap_for_full_gc())]
fn collector((mut vm, collect): (Box<Vm>, Value)) -> Value {
    black_box(vm.call_value(collect, &[]).expect("collectgarbage failed"))
}

library_benchmark_group!(name = hot_paths; benchmarks = interpreter, collector);
main!(library_benchmark_groups = hot_paths);
