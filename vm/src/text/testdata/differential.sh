#!/bin/sh
# Dev-time differential run against the real interpreters (needs lua5.1 and luajit):
# regenerates every table with COUNT random cases and seed SEED into a temporary
# directory, then runs the ignored table tests on them.
#   COUNT=50000 SEED=42 vm/src/text/testdata/differential.sh
set -e
cd "$(dirname "$0")"
COUNT=${COUNT:-20000}
SEED=${SEED:-$(date +%s)}
OUT=$(mktemp -d)
lua5.1 gen_numbers.lua "$COUNT" "$SEED" > "$OUT/numbers.txt"
luajit gen_parse.lua "$COUNT" "$SEED" > "$OUT/parse.txt"
luajit gen_base.lua "$COUNT" "$SEED" > "$OUT/base.txt"
lua5.1 gen_printf.lua "$COUNT" "$SEED" > "$OUT/printf.txt"
lua5.1 gen_patterns.lua "$COUNT" "$SEED" > "$OUT/patterns.txt"
echo "seed $SEED, count $COUNT, tables in $OUT"
LUNAVM_TEXT_DIFF="$OUT" cargo test -q -p lunavm-vm --lib text:: -- --ignored
