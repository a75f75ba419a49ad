#!/usr/bin/env bash
# The main job: set up, build the wasm (wasm-pack.toml's web target), serve www/ on
# localhost and print the URL. PORT=8080 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
bash scripts/setup.sh
(wasm_env && python3 scripts/build_wasm.py --target web)
exec node scripts/serve.mjs "${PORT:-8080}"
