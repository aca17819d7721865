#!/usr/bin/env bash
# Run LuaJIT's own test suite (LuaJIT-test-cleanup's test/ tree, driven by its
# test.lua) under lunavm, restricted to the blocks that need neither the ffi nor
# the JIT (driver tags -ffi -jit), and print the pass count.
#
# usage: tools/ljtests.sh SUITE_DIR [LUNAVM]
#   SUITE_DIR  the reconstructed test/ directory (or a directory holding test/)
#   LUNAVM     the binary to test (default: target/release/lunavm of this tree)
# Environment:
#   LUAJIT=luajit      also run the same blocks under this interpreter, for reference
#   LJTESTS_TAGS="..." extra driver tags/arguments (e.g. "+slow", or block numbers)
#   LJTESTS_VERBOSE=1  show every failing block's traceback, not just its name
#   LJTESTS_NO_VERSION_SHIM=1  see "version shim" below
#   LJTESTS_FFI=1      run the ffi tests instead (see "ffi mode" below)
# Exit status: 0 when every selected block passed, 1 otherwise, 2 on bad usage.
#
# Nothing is downloaded: the suite is reconstructed by hand (the project has no
# copy of it and none may be committed). SUITE_DIR is expected to look like the
# upstream test/ directory, with an `index` file in every directory:
#   test.lua                    the driver, as upstream (the line `local ctest =
#                               require("ctest")` removed: ctest is a C module
#                               built from test/src/, which is not reconstructed)
#   index                       lang, lib, bc +luajit>=2, computations.lua,
#                               trace +jit, opt +jit, misc
#   common/test_runner_canary.lua, common/expect_error.lua
#   computations.lua
#   bc/index, bc/constov.lua    (+slow: no block runs by default)
#   lang/...                    index, *.lua, constant/, upvalue/, meta/
#   lib/...                     index, base/, bit.lua, math/, string/ (format/),
#                               table/, coroutine/, contents.lua (the version
#                               that expects no ctest/cpptest globals)
#   misc/index                  alias_alloc.lua, coro_traceback.lua, coro_yield.lua
#                               (api_call.lua and catch_wrap.lua need the C/C++
#                               test modules and are left out)
# trace/, opt/ and lib/ffi/ need not exist: their index lines carry +jit / +ffi,
# which this script turns off.
#
# ffi mode (LJTESTS_FFI=1): runs the files listed in lib/ffi/index one by one
# (tags +ffi -jit), so that a file whose top level fails (an unsupported
# declaration in its cdef) counts all its blocks as failed instead of stopping
# the driver, and sums the counts. lib/ffi/ holds upstream's files, and its index
# upstream's lines for them, except those that load the C test library at their
# top level (ffi_call.lua, ffi_enum.lua, ffi_jit_call.lua: they need
# src/libctest.so, built from test/src/) and the twelve it names that the stored
# copy lacks (cdata_var.lua ... type_punning.lua; ffi_tabov.lua is not in
# upstream's index either); common/ffi_util.lua is needed. Two
# files require the ctest module for one block each (ctest.lightud): a stub
# module is preloaded whose functions raise "the C test module is not built", so
# those blocks fail under every VM.
#
# Version shim: the driver derives its `luajit` tag from the first "N.N" in
# jit.version. lunavm's jit.version is "lunavm 0.1.0 (LuaJIT 2.1 dialect)", which
# reads as 0.1 and drops the `+luajit>=2.1` blocks. So that lunavm and LuaJIT run
# the same blocks, lunavm is started with -e 'jit.version = "LuaJIT 2.1 ..."'
# (the driver reads nothing else from it). LJTESTS_NO_VERSION_SHIM=1 turns this off.
set -u

case "${1:-}" in
  ''|-h|--help) sed -n '2,60p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

top=$(cd "$(dirname "$0")/.." && pwd)
suite=$1
[ -f "$suite/test.lua" ] || { [ -f "$suite/test/test.lua" ] && suite=$suite/test; }
if [ ! -f "$suite/test.lua" ] || [ ! -f "$suite/index" ]; then
  echo "ljtests.sh: no test.lua and index in '$1' (see --help for the layout)" >&2
  exit 2
fi
suite=$(cd "$suite" && pwd)
lunavm=${2:-$top/target/release/lunavm}
case "$lunavm" in /*) ;; */*) lunavm=$(pwd)/$lunavm ;; esac
command -v "$lunavm" >/dev/null 2>&1 || { echo "ljtests.sh: no lunavm at '$lunavm'" >&2; exit 2; }

ffi=${LJTESTS_FFI:-0}
# shellcheck disable=SC2206
if [ "$ffi" = 1 ]; then
  tags=(+ffi -jit ${LJTESTS_TAGS:-})
else
  tags=(-ffi -jit ${LJTESTS_TAGS:-})
fi
ctest_stub='package.preload.ctest = function()
  return setmetatable({}, {__index = function(_, k)
    return function() error("ctest." .. k .. ": the C test module is not built", 2) end
  end})
end'

# run_root NAME ROOT CMD...: run the driver on ROOT ("" for all), print its
# failing blocks. Sets root_passed, root_total (0 0 when the driver did not finish).
run_root() {
  local name=$1 root=$2; shift 2
  local out
  # shellcheck disable=SC2086
  out=$(cd "$suite" && "$@" test.lua --quiet "${tags[@]}" $root </dev/null 2>&1)
  local summary
  summary=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed' | tail -n 1)
  if [ -z "$summary" ]; then
    echo "$name: the driver did not finish${root:+ on $root}; its last lines:"
    printf '%s\n' "$out" | tail -n 15 | sed 's/^/  /'
    root_passed=0 root_total=0
    return
  fi
  if [ "${LJTESTS_VERBOSE:-0}" = 1 ]; then
    printf '%s\n' "$out" | grep -v -E '^[0-9]+ passed' | sed 's/^/  /'
  else
    printf '%s\n' "$out" | grep -E '^\[ *[0-9]+/[0-9]+\] ' | sed "s|^|  $name FAIL ${root:+$root: }|"
  fi
  root_passed=${summary%% passed*}
  local failed=0
  case "$summary" in *failed*) failed=${summary#*, }; failed=${failed%% failed*} ;; esac
  root_total=$((root_passed + failed))
}

# run NAME CMD...: the whole suite, or in ffi mode each file of lib/ffi/index
# (a file that does not load counts its `do ---` blocks as failed). Prints a
# count line; sets run_passed, run_total.
run() {
  local name=$1; shift
  if [ "$ffi" != 1 ]; then
    run_root "$name" "" "$@"
    run_passed=$root_passed run_total=$root_total
  else
    run_passed=0 run_total=0
    local line file
    while read -r line; do
      file=${line%% *}
      [ -n "$file" ] || continue
      run_root "$name" "lib/ffi/$file" "$@" -e "$ctest_stub"
      if [ "$root_total" = 0 ]; then
        root_total=$(grep -c -E '^do +--- ' "$suite/lib/ffi/$file")
      fi
      run_passed=$((run_passed + root_passed)) run_total=$((run_total + root_total))
    done < "$suite/lib/ffi/index"
  fi
  echo "$name: $run_passed of $run_total blocks passed"
}
if [ "${LJTESTS_NO_VERSION_SHIM:-0}" = 1 ]; then
  run lunavm "$lunavm"
else
  run lunavm "$lunavm" -e 'jit.version = "LuaJIT 2.1 (" .. jit.version .. ")"'
fi
lunavm_passed=$run_passed lunavm_total=$run_total

if [ -n "${LUAJIT:-}" ]; then
  run luajit "$LUAJIT"
fi

[ "$lunavm_total" -gt 0 ] && [ "$lunavm_passed" = "$lunavm_total" ]
