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
import json
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


def commonjs_snippets(out_dir: Path):
    """The nodejs target is CommonJS and `require`s our JS snippets (src/wasm/*.js), which are
    ES modules: rewrite them into CommonJS, so any Node version loads them. The snippets keep
    to `export function name(` declarations for this."""
    for js in (out_dir / "snippets").rglob("*.js"):
        source = js.read_text()
        names = re.findall(r"^export function (\w+)\(", source, flags=re.M)
        body = re.sub(r"^export function ", "function ", source, flags=re.M)
        if re.search(r"^\s*(export|import)\b", body, flags=re.M):
            sys.exit(f"{js}: only `export function` declarations can be made CommonJS")
        js.write_text(body + f"\nmodule.exports = {{ {', '.join(names)} }};\n")


def entry(target: dict, out_name: str) -> dict:
    """The `exports` entry of one target folder."""
    rel = Path(target["out-dir"]).name
    return {"types": f"./{rel}/{out_name}.d.ts", "default": f"./{rel}/{out_name}.js"}


def write_package(config: dict, targets: list):
    """Turns pkg/ into one npm package over every target folder (wasm-pack writes one
    package per target, without an exports map)."""
    pack, out_name = config["package"], config["build"]["out-name"]
    cargo = tomllib.loads((ROOT / "Cargo.toml").read_text())["package"]
    by_name = {t["name"]: t for t in targets}
    node, default = by_name[pack["node"]], by_name[pack["default"]]
    exports = {".": {"node": entry(node, out_name), "default": entry(default, out_name)}}
    for t in targets:
        rel = Path(t["out-dir"]).name
        exports[f"./{rel}"] = entry(t, out_name)
        exports[f"./{rel}/{out_name}_bg.wasm"] = f"./{rel}/{out_name}_bg.wasm"
        # Each folder says its own module kind: the nodejs output is CommonJS, the rest ESM.
        kind = "commonjs" if t["name"] == "nodejs" else "module"
        # wasm-pack's `*` .gitignore would make npm pack skip the folder.
        (ROOT / t["out-dir"] / ".gitignore").unlink(missing_ok=True)
        (ROOT / t["out-dir"] / "package.json").write_text(json.dumps({"type": kind}) + "\n")
    exports["./package.json"] = "./package.json"
    default_rel = Path(default["out-dir"]).name
    package = {
        "name": cargo["name"],
        "version": cargo["version"],
        "description": cargo["description"],
        "keywords": cargo.get("keywords", []),
        "license": cargo["license"],
        "repository": {"type": "git", "url": "git+" + cargo["repository"] + ".git"},
        "main": entry(node, out_name)["default"],
        "module": entry(default, out_name)["default"],
        "types": entry(default, out_name)["types"],
        "exports": exports,
        "files": [Path(t["out-dir"]).name + "/" for t in targets] + ["README.md", "LICENSE"],
        # Only the bundler entry instantiates the module on import.
        "sideEffects": [f"./{default_rel}/{out_name}.js", f"./{default_rel}/snippets/*"],
    }
    pkg = ROOT / pack["dir"]
    (pkg / "package.json").write_text(json.dumps(package, indent=2) + "\n")
    shutil.copy(ROOT / pack["readme"], pkg / "README.md")
    shutil.copy(ROOT / "LICENSE", pkg / "LICENSE")
    print(f"[package] {pkg.relative_to(ROOT)}/package.json: {package['name']}@{package['version']}")


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

    # Cargo.toml's release opt-level (3) is for native code; wasm is built for size, except
    # the claimdiff crate itself at [build] core-opt-level.
    env = {**os.environ, "CARGO_PROFILE_RELEASE_OPT_LEVEL": "s"}
    cargo_args = []
    if profile == "release" and "core-opt-level" in build:
        level = build["core-opt-level"]
        cargo_args = ["--", "--config", f"profile.release.package.claimdiff.opt-level={level!r}"]
    failures = []
    for target in targets:
        out_dir = ROOT / target["out-dir"]
        run(["wasm-pack", "build", "--" + profile, "--target", target["name"],
             "--out-dir", str(out_dir), "--out-name", build["out-name"], "--no-pack", *cargo_args],
            env=env)
        if target["name"] == "nodejs":
            commonjs_snippets(out_dir)
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
    if "package" in config and len(targets) == len(config["target"]):
        write_package(config, targets)


if __name__ == "__main__":
    main()
