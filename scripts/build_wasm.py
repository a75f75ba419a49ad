#!/usr/bin/env python3
"""Build the wasm package matrix that wasm-pack.toml describes.

For each [[target]]: `wasm-pack build --target NAME --out-dir DIR` (wasm-pack's own wasm-opt
step is off in Cargo.toml), then wasm-opt with [optimize].flags, then the [budget] check,
then copies to each `copy-to` folder. Prints the raw and gzipped size of every .wasm.

Usage: python3 scripts/build_wasm.py [--target NAME ...] [--dev]
"""

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd, **kw):
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kw)


def wasm_opt_version():
    exe = shutil.which("wasm-opt")
    if not exe:
        return None, None
    out = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"version (\d+)", out)
    return exe, int(m.group(1)) if m else None


def optimise(wasm: Path, opt: dict):
    exe, version = wasm_opt_version()
    if exe is None or version is None or version < opt.get("min-version", 0):
        sys.exit(
            f"wasm-opt {version or 'missing'} at {exe}: need version >= {opt.get('min-version')} "
            "(run scripts/setup.sh, which installs npm's binaryen)"
        )
    tmp = wasm.with_suffix(".opt.wasm")
    run([exe, *opt.get("flags", ["-O"]), str(wasm), "-o", str(tmp)])
    tmp.replace(wasm)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", action="append", help="build only these targets")
    parser.add_argument("--dev", action="store_true", help="dev profile, no wasm-opt, no budget")
    args = parser.parse_args()

    config = tomllib.loads((ROOT / "wasm-pack.toml").read_text())
    build, opt, budget = config["build"], config.get("optimize", {}), config.get("budget", {})
    profile = "dev" if args.dev else build.get("profile", "release")
    targets = [t for t in config["target"] if not args.target or t["name"] in args.target]
    if not targets:
        sys.exit(f"no target named {args.target} in wasm-pack.toml")

    failures = []
    for target in targets:
        out_dir = ROOT / target["out-dir"]
        run(["wasm-pack", "build", "--" + profile, "--target", target["name"],
             "--out-dir", str(out_dir), "--out-name", build["out-name"], "--no-pack"])
        wasm = out_dir / f"{build['out-name']}_bg.wasm"
        if profile != "dev" and opt.get("enabled", True):
            optimise(wasm, opt)
        raw = wasm.stat().st_size
        gz = len(gzip.compress(wasm.read_bytes(), 9))
        js = out_dir / f"{build['out-name']}.js"
        print(f"[size] {target['name']}: {wasm.relative_to(ROOT)} {raw} bytes raw, {gz} gzipped; "
              f"JS glue {js.stat().st_size} bytes", flush=True)
        limit = budget.get("wasm-gzip-bytes")
        if profile != "dev" and limit and gz > limit:
            failures.append(f"{target['name']}: {gz} gzipped bytes > budget {limit}")
        for dest in target.get("copy-to", []):
            dest = ROOT / dest
            shutil.rmtree(dest, ignore_errors=True)
            shutil.copytree(out_dir, dest, ignore=shutil.ignore_patterns(".gitignore"))
    if failures:
        sys.exit("size budget exceeded: " + "; ".join(failures))


if __name__ == "__main__":
    main()
