#!/usr/bin/env bash
# Takes a fresh Debian 12 machine to everything claimdiff builds and tests with: the wasm32
# target (rustup, or Debian's rustc-web where rustup cannot download), wasm-bindgen-cli at
# the version in Cargo.lock, wasm-pack, wasm-opt (npm binaryen), Chromium + chromedriver,
# and the npm dev packages (playwright-core, no browser download). Idempotent: a second run
# takes seconds. WASM_TOOLCHAIN=debian forces the fallback route.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-toolchain.sh Cargo.lock

# npm dev packages, reinstalled only when package-lock.json changed since the last install.
if ! cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null; then
    echo "[setup] npm ci (playwright-core: uses /usr/bin/chromium, downloads no browser)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.installed-lock
else
    echo "[setup] npm packages up to date"
fi
