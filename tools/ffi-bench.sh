#!/bin/sh
# Runs the FFI benchmarks (benches/ffi/*.lua) with lunavm and luajit, JIT on
# and off, and prints the median wall time of 3 runs of each (seconds).
# Usage: tools/ffi-bench.sh [path/to/lunavm]   (default: target/release/lunavm)
set -eu
cd "$(dirname "$0")/.."
LUNAVM=${1:-target/release/lunavm}
median() { sort -n | sed -n 2p; }
run3() {
    for _ in 1 2 3; do
        /usr/bin/time -f %e "$@" >/dev/null 2>>/tmp/ffi-bench.$$ || exit 1
        tail -n 1 /tmp/ffi-bench.$$
    done | median
}
printf '| benchmark | lunavm | lunavm -joff | luajit | luajit -joff |\n'
printf '| --- | ---: | ---: | ---: | ---: |\n'
for b in benches/ffi/*.lua; do
    name=$(basename "$b" .lua)
    printf '| %s | %s | %s | %s | %s |\n' "$name" \
        "$(run3 "$LUNAVM" "$b")" "$(run3 "$LUNAVM" -joff "$b")" \
        "$(run3 luajit "$b")" "$(run3 luajit -joff "$b")"
done
rm -f /tmp/ffi-bench.$$
