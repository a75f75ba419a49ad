#!/usr/bin/env bash
# Benchmarks: native (criterion + timed cases with peak heap), the wasm build in headless
# Chromium (www/bench.html), and Mozilla Readability on the same pages; prints one table.
#
#   bash scripts/bench.sh [--no-build] [--quick] [--rounds N] [--only ID,ID]
#
#   --no-build   use the wasm already in www/pkg (default: rebuild it, release + wasm-opt)
#   --quick      skip the criterion pass (the table comes from the timed cases anyway)
#   --rounds N   time every case N times, native and wasm in turn (default 3); the table
#                keeps each case's fastest round and shows the spread between rounds
#   --only IDS   time only these cases (ids as in the table: clean-100x, diff-2000, ...)
#
# Results go to $CLAIMDIFF_BENCH_OUT (default: <cargo target dir>/claimdiff-bench): inputs/,
# native.json, wasm.json, readability.json and table.md. See benches/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
. scripts/env.sh

build=1
rounds=3
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=0 ;;
        --quick) export CLAIMDIFF_BENCH_CRITERION=0 ;;
        --only) export CLAIMDIFF_BENCH_ONLY="$2"; shift ;;
        --rounds) rounds="$2"; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
export CLAIMDIFF_BENCH_OUT="${CLAIMDIFF_BENCH_OUT:-$target_dir/claimdiff-bench}"
mkdir -p "$CLAIMDIFF_BENCH_OUT"
rm -rf "$CLAIMDIFF_BENCH_OUT"/{native,wasm,readability}.json "$CLAIMDIFF_BENCH_OUT/rounds"
mkdir -p "$CLAIMDIFF_BENCH_OUT/rounds"

if [ ! -d node_modules/@mozilla/readability ] || [ ! -d node_modules/jsdom ] || [ ! -d node_modules/playwright-core ]; then
    bash scripts/setup.sh
fi

start=$(date +%s)
if [ "$build" = 1 ]; then
    echo "[bench] building the wasm (web target, release + wasm-opt)" >&2
    # The benchmark measures the build even when it is over its size budget (pkg/web holds
    # the optimised wasm either way; www/pkg is only refreshed within budget).
    if ( wasm_env; python3 scripts/build_wasm.py --target web ) >&2; then
        export CLAIMDIFF_BENCH_PKG="$PWD/www/pkg"
    else
        echo "[bench] warning: the wasm build failed its checks; benchmarking pkg/web as built" >&2
        export CLAIMDIFF_BENCH_PKG="$PWD/pkg/web"
    fi
fi
for round in $(seq 1 "$rounds"); do
    echo "[bench] round $round of $rounds, native: cargo bench --bench claimdiff" >&2
    cargo bench --bench claimdiff >&2
    mv "$CLAIMDIFF_BENCH_OUT/native.json" "$CLAIMDIFF_BENCH_OUT/rounds/native-$round.json"
    echo "[bench] round $round of $rounds, wasm: www/bench.html in headless Chromium" >&2
    node scripts/bench/wasm.mjs "$CLAIMDIFF_BENCH_OUT"
    mv "$CLAIMDIFF_BENCH_OUT/wasm.json" "$CLAIMDIFF_BENCH_OUT/rounds/wasm-$round.json"
    # Criterion's statistics come from the first round; later rounds only time the cases.
    export CLAIMDIFF_BENCH_CRITERION=0
done
node scripts/bench/rounds.mjs "$CLAIMDIFF_BENCH_OUT"
echo "[bench] Mozilla Readability + jsdom" >&2
node scripts/bench/readability.mjs "$CLAIMDIFF_BENCH_OUT"
echo "[bench] done in $(( $(date +%s) - start )) s; table in $CLAIMDIFF_BENCH_OUT/table.md" >&2
echo
node scripts/bench/report.mjs "$CLAIMDIFF_BENCH_OUT"
