#!/usr/bin/env bash
# Instruction-count benchmarks of the interpreter's hot paths and the trace
# compiler (benches/callgrind: interp and tracer),
# run under valgrind's callgrind by gungraun. Installs the gungraun-runner whose
# version matches the pinned gungraun library (into target/gungraun) on first use.
#
# usage: tools/callgrind-bench.sh [gungraun options, e.g. --save-baseline=main]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "callgrind-bench: valgrind is not installed" >&2; exit 2; }
version=$(sed -n 's/^gungraun = "=\(.*\)"$/\1/p' benches/Cargo.toml)
runner=target/gungraun/bin/gungraun-runner
if ! [ -x "$runner" ] || [ "$("$runner" --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
  cargo install --quiet --locked --version "$version" --root target/gungraun gungraun-runner
fi
GUNGRAUN_RUNNER="$PWD/$runner" exec cargo bench -p lunavm-benches -- "$@"
