#!/usr/bin/env bash
# Regenerate the expected smoke-test output of the benchmarks: for every
# benches/lua/<name>.lua, run it at the size given by its `-- smoke: N` header line
# under luajit and lua5.1 and write luajit's stdout to benches/lua/<name>.smoke.
# Fails (and leaves that .smoke file alone) when the two disagree, exit non-zero,
# print to stderr, or the header is missing. tests/bench_smoke.rs checks lunavm
# against these files. Programs with a `-- needs: ffi` header line run under
# luajit only (lua5.1 has no ffi).
#
# usage: tools/bench-smoke-ref.sh [--check] [name.lua ...]
#   --check   write nothing; report programs whose .smoke file is missing or stale
# Interpreters can be overridden with LUAJIT=... and LUA51=...
set -u

mode=write
if [ "${1:-}" = --check ]; then mode=check; shift; fi
case "${1:-}" in -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac

top=$(cd "$(dirname "$0")/.." && pwd)
dir=$top/benches/lua
luajit=${LUAJIT:-luajit}
lua51=${LUA51:-lua5.1}
for vm in "$luajit" "$lua51"; do
  command -v "$vm" >/dev/null 2>&1 || { echo "bench-smoke-ref.sh: '$vm' is not installed" >&2; exit 2; }
done

if [ $# -eq 0 ]; then
  mapfile -t files < <(cd "$dir" && ls -- *.lua | LC_ALL=C sort)
else
  files=()
  for f in "$@"; do files+=("$(basename "$f")"); done
fi
[ ${#files[@]} -gt 0 ] || { echo "bench-smoke-ref.sh: no programs in $dir" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail=0
for f in "${files[@]}"; do
  name=${f%.lua}
  [ -f "$dir/$f" ] || { echo "!! $f: no such program in benches/lua" >&2; fail=$((fail+1)); continue; }
  n=$(sed -n '2s/^-- smoke: \([0-9][0-9]*\)[[:space:]]*$/\1/p' "$dir/$f")
  if [ -z "$n" ]; then
    echo "!! $f: line 2 is not a '-- smoke: N' header" >&2; fail=$((fail+1)); continue
  fi
  ok=1
  vms=("$luajit" "$lua51")
  grep -q '^-- needs: ffi' "$dir/$f" && vms=("$luajit")
  for vm in "${vms[@]}"; do
    tag=$(basename "$vm")
    (cd "$dir" && env -u LUA_INIT -u LUA_PATH -u LUA_CPATH \
      timeout 60 "$vm" "$f" "$n" </dev/null >"$tmp/$tag.out" 2>"$tmp/$tag.err")
    rc=$?
    if [ $rc != 0 ] || [ -s "$tmp/$tag.err" ]; then
      echo "!! $f: $tag $f $n exited with $rc: $(head -n 3 "$tmp/$tag.err")" >&2; ok=0
    fi
  done
  if [ $ok = 1 ] && [ ${#vms[@]} = 2 ] && ! cmp -s "$tmp/$(basename "$luajit").out" "$tmp/$(basename "$lua51").out"; then
    echo "!! $f: luajit and lua5.1 print different output at size $n:" >&2
    diff "$tmp/$(basename "$luajit").out" "$tmp/$(basename "$lua51").out" | sed -n '1,10p' | sed 's/^/   /' >&2
    ok=0
  fi
  if [ $ok = 0 ]; then fail=$((fail+1)); continue; fi
  if [ $mode = check ]; then
    if ! cmp -s "$tmp/$(basename "$luajit").out" "$dir/$name.smoke"; then
      echo "!! $f: $name.smoke is missing or out of date" >&2; fail=$((fail+1))
    fi
  else
    cp "$tmp/$(basename "$luajit").out" "$dir/$name.smoke"
  fi
done

echo "bench-smoke-ref.sh: ${#files[@]} programs, $fail with problems"
[ $fail = 0 ]
