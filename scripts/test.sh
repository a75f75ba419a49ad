#!/usr/bin/env bash
# Sets up and runs every test suite: native (unit, integration, corpus), wasm in headless
# Chromium, wasm in Node, and the page end to end in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
# Keep a copy of everything for the totals printed at the end.
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
exec > >(tee -a "$LOG") 2>&1
bash scripts/setup.sh

echo "== lint: cargo fmt --check, cargo clippy -D warnings"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings

echo "== wasm build (every target in wasm-pack.toml, with the size budget)"
(wasm_env && python3 scripts/build_wasm.py)

echo "== wasm tests in headless Chromium"
(wasm_env && wasm-pack test --headless --chrome)
echo "== wasm tests in Node"
(wasm_env && wasm-pack test --node)

echo "== page end-to-end tests (Playwright, /usr/bin/chromium)"
node --test tests/e2e/

echo "== native tests"
cargo test

# One closing line over every suite: cargo's and wasm-bindgen-test's "test result" lines
# and node's test runner "# pass" / "# fail" lines.
awk '
    /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
    /^# pass / { p += $3 }
    /^# fail / { f += $3 }
    END { printf "total: %d passed, %d failed\n", p, f }
' "$LOG"
