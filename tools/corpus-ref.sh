#!/usr/bin/env bash
# Regenerate the golden output of the Lua corpus (tests/lua/**/*.lua) from the
# reference interpreters, running each one exactly as tests/corpus.rs runs lunavm:
# working directory = the script's directory, argv = <oracle> name.lua [args],
# stdin from /dev/null, LUA_INIT/LUA_PATH/LUA_CPATH unset.
#
# usage: tools/corpus-ref.sh [--check | --compare] [files...]
#   (no flag)   write <name>.expected from the oracle's stdout and check the exit
#               status and first stderr line against the script's header
#   --check     write nothing; report scripts whose .expected no longer matches
#   --compare   write nothing; run BOTH oracles and list scripts where they differ
# With no files, every script under tests/lua is processed.
#
# Header (leading `--` comment lines of the script; a first `#` line is skipped):
#   -- ref: luajit        oracle is luajit (default lua5.1)
#   -- exit: N            expected exit status (default 0)
#   -- stderr: TEXT       expected first stderr line, program name written `lunavm`
#   -- args: a b c        arguments after the script name (split on spaces)
# Oracles can be overridden with LUA51=/path/to/lua5.1 and LUAJIT=/path/to/luajit.
set -u

mode=write
case "${1:-}" in
  --check) mode=check; shift ;;
  --compare) mode=compare; shift ;;
  -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

top=$(cd "$(dirname "$0")/.." && pwd)
lua51=${LUA51:-lua5.1}
luajit=${LUAJIT:-luajit}

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "corpus-ref.sh: the oracle '$1' is not installed (needed for $2)." >&2
    echo "  Install it (apt-get install lua5.1 luajit) or point LUA51=/LUAJIT= at it." >&2
    exit 2
  fi
}

if [ $# -eq 0 ]; then
  mapfile -t files < <(find "$top/tests/lua" -name '*.lua' -type f | LC_ALL=C sort)
else
  files=("$@")
fi
[ ${#files[@]} -gt 0 ] || { echo "corpus-ref.sh: no scripts found" >&2; exit 2; }

# header <file>: sets h_ref h_exit h_stderr h_has_stderr h_args
header() {
  h_ref=lua5.1 h_exit=0 h_stderr= h_has_stderr=0 h_args=
  local first=1 line
  while IFS= read -r line || [ -n "$line" ]; do
    if [ $first = 1 ] && [[ $line == '#'* ]]; then first=0; continue; fi
    first=0
    [[ $line == --* ]] || break
    case "$line" in
      '-- ref: '*) h_ref=${line#'-- ref: '} ;;
      '-- exit: '*) h_exit=${line#'-- exit: '} ;;
      '-- stderr: '*) h_stderr=${line#'-- stderr: '}; h_has_stderr=1 ;;
      '-- args: '*) h_args=${line#'-- args: '} ;;
    esac
  done < "$1"
  case "$h_ref" in lua5.1|luajit) ;; *)
    echo "corpus-ref.sh: $1: unknown oracle '$h_ref' (lua5.1 or luajit)" >&2; exit 2 ;;
  esac
}

# run <oracle-command> <file>: sets r_out (stdout file) r_code r_err1 r_err (all stderr)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {
  local oracle=$1 file=$2 dir base
  dir=$(dirname "$file") base=$(basename "$file")
  r_out=$tmp/out.$3
  # shellcheck disable=SC2086  # args are split on spaces by design
  (cd "$dir" && env -u LUA_INIT -u LUA_PATH -u LUA_CPATH \
     timeout 60 "$oracle" "$base" $h_args </dev/null >"$r_out" 2>"$tmp/err.$3")
  r_code=$?
  r_err=$(cat "$tmp/err.$3")
  r_err1=$(head -n 1 "$tmp/err.$3")
  if [[ $r_err1 == "$oracle: "* ]]; then r_err1="lunavm: ${r_err1#"$oracle: "}"; fi
}

fail=0 count=0
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "corpus-ref.sh: no such file: $f" >&2; fail=$((fail+1)); continue; }
  f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
  rel=${f#"$top/"}
  header "$f"
  count=$((count+1))
  if [ $mode = compare ]; then
    need "$lua51" "$rel"; need "$luajit" "$rel"
    run "$lua51" "$f" a; a_code=$r_code a_err1=$r_err1
    run "$luajit" "$f" b; b_code=$r_code b_err1=$r_err1
    if ! cmp -s "$tmp/out.a" "$tmp/out.b" || [ $a_code != $b_code ] || [ "$a_err1" != "$b_err1" ]; then
      echo "== $rel (header ref: $h_ref) differs:"
      diff "$tmp/out.a" "$tmp/out.b" | sed -n '1,12p' | sed 's/^/   /'
      [ $a_code = $b_code ] || echo "   exit: lua5.1 $a_code, luajit $b_code"
      [ "$a_err1" = "$b_err1" ] || printf '   stderr lua5.1: %s\n   stderr luajit: %s\n' "$a_err1" "$b_err1"
      fail=$((fail+1))
    fi
    continue
  fi
  oracle=$lua51; [ "$h_ref" = luajit ] && oracle=$luajit
  need "$oracle" "$rel"
  run "$oracle" "$f" a
  exp=${f%.lua}.expected
  problems=()
  if [ "$r_code" = 124 ]; then problems+=("timed out after 60 s"); fi
  [ "$r_code" = "$h_exit" ] || problems+=("exit status $r_code, header says $h_exit")
  if [ $h_has_stderr = 1 ] && [ "$r_err1" != "$h_stderr" ]; then
    problems+=("first stderr line is: $r_err1" "             header says: $h_stderr")
  fi
  if [ $h_has_stderr = 0 ] && [ -n "$r_err" ] && [ "$h_exit" = 0 ]; then
    problems+=("unexpected stderr: $r_err1")
  fi
  if [ $mode = check ]; then
    if [ ! -f "$exp" ]; then problems+=("no .expected file")
    elif ! cmp -s "$r_out" "$exp"; then
      problems+=("stdout differs from $(basename "$exp"):")
      while IFS= read -r l; do problems+=("  $l"); done < <(diff "$exp" "$r_out" | sed -n '1,10p')
    fi
  else
    cp "$r_out" "$exp"
  fi
  if [ ${#problems[@]} -gt 0 ]; then
    fail=$((fail+1))
    echo "!! $rel ($h_ref):"
    printf '   %s\n' "${problems[@]}"
  fi
done

case $mode in
  compare) echo "corpus-ref.sh: $count scripts, $fail differ between lua5.1 and luajit" ;;
  check) echo "corpus-ref.sh: $count scripts checked, $fail with problems" ;;
  write) echo "corpus-ref.sh: $count .expected files written, $fail with problems" ;;
esac
[ $fail = 0 ]
