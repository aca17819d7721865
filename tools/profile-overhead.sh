#!/usr/bin/env bash
# The sampling profiler's overhead: runs a handful of benches/lua programs
# alternately without and with `-jp` (default mode and interval, report to
# /dev/null), ROUNDS times each, and prints per program the median CPU time
# (user + system, seconds) of each and their ratio. With BASE=path/to/lunavm
# a third column times another build (e.g. one without the profiler, to see
# what the profile points cost when profiling is off).
#
# usage: tools/profile-overhead.sh [bench=size ...]
#   ROUNDS=5 LUNAVM=target/release/lunavm BASE=... tools/profile-overhead.sh
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
lunavm=${LUNAVM:-$top/target/release/lunavm}
rounds=${ROUNDS:-5}
base=${BASE:-}
benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
  benches=(loop_sum=30 mandelbrot=2000 nbody=500000 richards=120 deltablue=200
           binary_trees=13 fib=34 json=80 string_concat=200)
fi

# CPU seconds of one run (user + system of the child).
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
cpu() {
  /usr/bin/time -f '%U %S' -o "$tmp" "$@" >/dev/null 2>&1
  awk '{ printf "%.3f", $1 + $2 }' "$tmp"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

logsum=0 count=0
printf '%-14s %8s %8s %8s' bench plain -jp ratio
[ -n "$base" ] && printf ' %8s %8s' base plain/base
printf '\n'
for b in "${benches[@]}"; do
  name=${b%%=*}
  size=${b#*=}
  script=$top/benches/lua/$name.lua
  plain=() prof=() basev=()
  for _ in $(seq "$rounds"); do
    plain+=("$(cpu "$lunavm" "$script" "$size")")
    prof+=("$(cpu "$lunavm" -jp=f,/dev/null "$script" "$size")")
    [ -n "$base" ] && basev+=("$(cpu "$base" "$script" "$size")")
  done
  p=$(printf '%s\n' "${plain[@]}" | median)
  q=$(printf '%s\n' "${prof[@]}" | median)
  ratio=$(echo "$q $p" | awk '{ print $1 / $2 }')
  logsum=$(echo "$logsum $ratio" | awk '{ print $1 + log($2) }')
  count=$((count + 1))
  printf '%-14s %8s %8s %8.3f' "$name" "$p" "$q" "$ratio"
  if [ -n "$base" ]; then
    r=$(printf '%s\n' "${basev[@]}" | median)
    printf ' %8s %8.3f' "$r" "$(echo "$p $r" | awk '{ print $1 / $2 }')"
  fi
  printf '\n'
done
printf '%-14s %8s %8s %8.3f\n' 'geometric mean' '' '' "$(echo "$logsum $count" | awk '{ print exp($1 / $2) }')"
