#!/usr/bin/env bash
# Sets up and runs every test suite: native (unit, integration, corpus), wasm in headless
# Chromium, wasm in Node, and the page end to end in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
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
