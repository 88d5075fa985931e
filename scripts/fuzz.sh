#!/usr/bin/env bash
# Runs the cargo-fuzz targets of crate/fuzz. cargo-fuzz needs nightly-only
# flags; RUSTC_BOOTSTRAP=1 lets the stable toolchain (the only one here) accept them.
#   scripts/fuzz.sh [RUNS] [TARGET...]     (default: 1000000 runs of each target)
# A crash is saved under crate/fuzz/artifacts/<target>/; turn each into a file in
# tests/regressions/ and fix it.
set -euo pipefail
cd "$(dirname "$0")/../crate"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
runs=${1:-1000000}; shift || true
targets=${*:-report utf16 time}
export RUSTC_BOOTSTRAP=1
for t in $targets; do
  max_len=4096; [ "$t" = time ] && max_len=256
  mkdir -p "fuzz/corpus/$t"
  [ "$t" != time ] && cp -n ../tests/fixtures/*.txt "fuzz/corpus/$t/" 2>/dev/null || true
  echo "== fuzz $t: $runs runs"
  # -s none: the core has no unsafe code, and AddressSanitizer made runs 2-3x slower.
  cargo fuzz run -O -s none "$t" "fuzz/corpus/$t" -- -runs="$runs" -max_len=$max_len -print_final_stats=1 2>&1 \
    | grep -E "stat::number_of_executed_units|stat::peak_rss|Done|ERROR|panicked|SUMMARY" || true
done
