#!/usr/bin/env bash
# setup-toolchain.sh - set up the Rust -> WebAssembly (wasm-pack) workflow on a
# Debian 12 machine whose only network access is the package registries
# (the crates, npm, PyPI and Debian apt registries). Called by scripts/setup.sh;
# README.md ("Setup") explains the two routes. Adapted from the team's verified recipe.
#
# After it succeeds, these work:
#     . "${CARGO_HOME:-$HOME/.cargo}/wasm-toolchain.env"   # selects the wasm toolchain
#     wasm-pack build --target web
#     wasm-pack test --headless --chrome
#     wasm-pack test --node
#
# Idempotent: every step checks first and skips what is already in place, so a
# second run takes a few seconds. Safe for CI (no prompts, no stdin).
#
# Usage: bash scripts/setup-toolchain.sh [path/to/Cargo.lock]
#   The Cargo.lock (default ./Cargo.lock) is read for the wasm-bindgen version;
#   wasm-bindgen-cli must match it exactly.
#
# Knobs (environment variables):
#   WASM_TOOLCHAIN=auto|rustup|debian  auto (default): use rustup's wasm32 target if it
#                                      is installed or `rustup target add` succeeds in
#                                      time, otherwise fall back to Debian's rustc-web.
#   RUSTUP_TARGET_TIMEOUT=20           seconds allowed for `rustup target add`
#   WASM_BINDGEN_VERSION=x.y.z         override the version read from Cargo.lock
#   WASM_PACK_VERSION=0.15.1
#   BINARYEN_VERSION=132.0.0           npm `binaryen` providing wasm-opt; `none` to skip
#   INSTALL_BROWSER=1                  0: skip chromium + chromium-driver
#   SKIP_SMOKE_TEST=0                  1: skip the final 2-second wasm32 link test
set -euo pipefail

WASM_TOOLCHAIN=${WASM_TOOLCHAIN:-auto}
RUSTUP_TARGET_TIMEOUT=${RUSTUP_TARGET_TIMEOUT:-20}
WASM_PACK_VERSION=${WASM_PACK_VERSION:-0.15.1}
BINARYEN_VERSION=${BINARYEN_VERSION:-132.0.0}
INSTALL_BROWSER=${INSTALL_BROWSER:-1}
SKIP_SMOKE_TEST=${SKIP_SMOKE_TEST:-0}
DEFAULT_WASM_BINDGEN_VERSION=0.2.130
LINKED_TOOLCHAIN=wasm-debian          # name of the rustup toolchain linked to /usr
TARGET=wasm32-unknown-unknown
DEB_SYSROOT_LIB=/usr/lib/rustlib/$TARGET/lib
STAMP_NAME=.install-offline-stamp
CARGO_HOME=${CARGO_HOME:-$HOME/.cargo}
ENV_FILE=$CARGO_HOME/wasm-toolchain.env
LOCKFILE=${1:-Cargo.lock}

export DEBIAN_FRONTEND=noninteractive
# Our own checks must see the default toolchain, not the linked one.
if [ "${RUSTUP_TOOLCHAIN:-}" = "$LINKED_TOOLCHAIN" ]; then unset RUSTUP_TOOLCHAIN; fi
case ":$PATH:" in *":$CARGO_HOME/bin:"*) ;; *) export PATH="$CARGO_HOME/bin:$PATH" ;; esac

T0=$SECONDS
STEP_T0=$SECONDS
say()  { printf '[setup] %s\n' "$*"; }
warn() { printf '[setup] WARNING: %s\n' "$*" >&2; }
die()  { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
step() { STEP_T0=$SECONDS; say "== $*"; }
done_step() { say "   done in $((SECONDS - STEP_T0)) s${1:+ ($1)}"; }

SUDO=
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "not root and no sudo: apt and /usr writes need root"
    SUDO=sudo
fi

# ---------------------------------------------------------------- apt helpers
APT_UPDATED=0
pkg_installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]; }
# apt_ensure [--no-install-recommends] PKG...
apt_ensure() {
    local opts=() missing=() p
    if [ "${1:-}" = --no-install-recommends ]; then opts+=("$1"); shift; fi
    for p in "$@"; do pkg_installed "$p" || missing+=("$p"); done
    if [ ${#missing[@]} -eq 0 ]; then say "   apt: already installed: $*"; return 0; fi
    if [ $APT_UPDATED = 0 ]; then
        say "   apt-get update"
        $SUDO apt-get update -qq
        APT_UPDATED=1
    fi
    say "   apt-get install ${opts[*]} ${missing[*]}"
    $SUDO apt-get install -y -qq "${opts[@]}" "${missing[@]}" >/dev/null
}

# ------------------------------------------------------- 1. wasm32 std/target
rustup_has_target() {
    command -v rustup >/dev/null 2>&1 || return 1
    local out
    out=$(rustup target list --installed 2>/dev/null) || return 1
    grep -qx "$TARGET" <<<"$out"
}

debian_sysroot() {
    step "Debian toolchain (rustc-web/cargo-web) with a self-built $TARGET std"
    # rust-web-llvm provides /usr/bin/rust-lld (a symlink to lld-NN); rust-web-src
    # provides the std sources for -Zbuild-std. Recommends would add ~460 MB
    # (llvm-NN-dev, libclang-cpp) that nothing here uses.
    apt_ensure --no-install-recommends rustc-web cargo-web rust-web-src rust-web-llvm
    local rustc_vv llvm_major lld_pkg
    rustc_vv=$(/usr/bin/rustc -vV)
    llvm_major=$(sed -n 's/^LLVM version: \([0-9]*\).*/\1/p' <<<"$rustc_vv")
    lld_pkg=$(basename "$(readlink /usr/bin/rust-lld 2>/dev/null || echo "lld-$llvm_major")")
    # rustc's wasm target links with `rust-lld`; Debian's symlink dangles until lld-NN is installed.
    apt_ensure --no-install-recommends "$lld_pkg"
    [ -x "$(readlink -f /usr/bin/rust-lld)" ] || die "/usr/bin/rust-lld does not resolve (wanted $lld_pkg)"
    done_step "$(/usr/bin/rustc --version)"

    step "$TARGET std in the Debian sysroot ($DEB_SYSROOT_LIB)"
    local stamp_file=$DEB_SYSROOT_LIB/$STAMP_NAME
    if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$rustc_vv" ] \
        && compgen -G "$DEB_SYSROOT_LIB/libstd-*.rlib" >/dev/null \
        && compgen -G "$DEB_SYSROOT_LIB/libtest-*.rlib" >/dev/null; then
        say "   already built for this rustc, skipping"
        done_step
    else
        # Built std must match the compiler exactly: rebuild after every rustc-web upgrade.
        local owner
        if owner=$(dpkg-query -S "/usr/lib/rustlib/$TARGET" 2>/dev/null); then
            die "/usr/lib/rustlib/$TARGET belongs to a package (${owner%%:*}); remove it first"
        fi
        local work
        work=$(mktemp -d)
        # shellcheck disable=SC2064  # expand $work now
        trap "rm -rf '$work'" EXIT
        mkdir -p "$work/src"
        printf '[package]\nname = "wasm32-sysroot-builder"\nversion = "0.0.0"\nedition = "2021"\n' >"$work/Cargo.toml"
        : >"$work/src/lib.rs"
        # A stale std from an older rustc must not be visible while building.
        $SUDO rm -rf "/usr/lib/rustlib/$TARGET"
        say "   building std,panic_abort,panic_unwind,proc_macro,test with -Zbuild-std (about 1 min of CPU)"
        (
            cd "$work"
            unset RUSTUP_TOOLCHAIN CARGO_BUILD_TARGET CARGO_BUILD_RUSTFLAGS CARGO_ENCODED_RUSTFLAGS \
                  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER
            # embed-bitcode=yes keeps `lto = true` working in user crates (cargo passes
            # embed-bitcode=no for non-LTO profiles; RUSTFLAGS come last and win).
            RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc RUSTFLAGS=-Cembed-bitcode=yes \
            CARGO_TARGET_DIR="$work/target" CARGO_PROFILE_RELEASE_DEBUG=0 \
            CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_OPT_LEVEL=3 \
                /usr/bin/cargo build --quiet --release --target "$TARGET" \
                -Zbuild-std=std,panic_abort,panic_unwind,proc_macro,test
        )
        local deps=$work/target/$TARGET/release/deps new=/usr/lib/rustlib/$TARGET.new
        $SUDO rm -rf "$new"
        $SUDO install -d "$new/lib"
        local f n=0
        for f in "$deps"/lib*.rlib "$deps"/lib*.rmeta; do
            case "$(basename "$f")" in libwasm32_sysroot_builder*) continue ;; esac
            $SUDO install -m 0644 "$f" "$new/lib/"
            n=$((n + 1))
        done
        printf '%s\n' "$rustc_vv" | $SUDO tee "$new/lib/$STAMP_NAME" >/dev/null
        $SUDO mv "$new" "/usr/lib/rustlib/$TARGET"
        rm -rf "$work"
        trap - EXIT
        done_step "$n files, $(du -sh "/usr/lib/rustlib/$TARGET" | cut -f1)"
    fi

    if command -v rustup >/dev/null 2>&1; then
        step "rustup toolchain '$LINKED_TOOLCHAIN' -> /usr (select with RUSTUP_TOOLCHAIN or cargo +$LINKED_TOOLCHAIN)"
        local list
        list=$(rustup toolchain list 2>/dev/null || true)
        if grep -q "^$LINKED_TOOLCHAIN\b" <<<"$list"; then
            say "   already linked"
        else
            rustup toolchain link "$LINKED_TOOLCHAIN" /usr
        fi
        done_step
        WASM_ENV_LINE="export RUSTUP_TOOLCHAIN=$LINKED_TOOLCHAIN"
    else
        # No rustup: /usr/bin/cargo is the only cargo, nothing to select.
        WASM_ENV_LINE="export PATH=/usr/bin:\$PATH"
    fi
}

ROUTE=
WASM_ENV_LINE=
step "wasm32 target (WASM_TOOLCHAIN=$WASM_TOOLCHAIN)"
case "$WASM_TOOLCHAIN" in
    auto|rustup)
        if rustup_has_target; then
            say "   rustup already has $TARGET"
            ROUTE=rustup
        elif command -v rustup >/dev/null 2>&1; then
            say "   trying: rustup target add $TARGET (timeout ${RUSTUP_TARGET_TIMEOUT}s)"
            if timeout --kill-after=5 "$RUSTUP_TARGET_TIMEOUT" rustup target add "$TARGET" && rustup_has_target; then
                ROUTE=rustup
            else
                warn "rustup could not add $TARGET (no access to the toolchain server?)"
            fi
        else
            say "   no rustup on this machine"
        fi
        if [ -z "$ROUTE" ] && [ "$WASM_TOOLCHAIN" = rustup ]; then die "WASM_TOOLCHAIN=rustup but the rustup target is unavailable"; fi
        ;;
    debian) ;;
    *) die "WASM_TOOLCHAIN must be auto, rustup or debian (got '$WASM_TOOLCHAIN')" ;;
esac
done_step "${ROUTE:-falling back to Debian}"
if [ -z "$ROUTE" ]; then
    ROUTE=debian
    debian_sysroot
fi

step "env file $ENV_FILE"
mkdir -p "$CARGO_HOME"
if [ "$ROUTE" = rustup ]; then
    env_content="# wasm toolchain: rustup (default toolchain has $TARGET); nothing to select"
else
    env_content="# wasm toolchain: Debian rustc-web with a self-built $TARGET std
$WASM_ENV_LINE"
fi
if [ -f "$ENV_FILE" ] && [ "$(cat "$ENV_FILE")" = "$env_content" ]; then
    say "   unchanged"
else
    printf '%s\n' "$env_content" >"$ENV_FILE"
    say "   written: $(tail -n1 "$ENV_FILE")"
fi
done_step

# -------------------------------------------------------- 2. host-side tools
cargo_install_exact() { # crate version minutes
    say "   cargo install $1 --version =$2 --locked   (compiles for about $3 min on 2 cores)"
    # Run from $HOME with the default toolchain, so that a project's .cargo/config.toml
    # (e.g. build.target = wasm32) or rust-toolchain.toml can't affect host tools.
    if ! (cd "$HOME" && unset CARGO_BUILD_TARGET && cargo install --quiet "$1" --version "=$2" --locked); then
        # e.g. wasm-bindgen-cli 0.2.130's Cargo.lock pins a crate version the registry lacks
        warn "--locked failed for $1 $2; retrying with a fresh dependency resolution"
        (cd "$HOME" && unset CARGO_BUILD_TARGET && cargo install --quiet "$1" --version "=$2")
    fi
}
tool_version() { # binary -> second word of `binary --version`, or empty
    command -v "$1" >/dev/null 2>&1 || return 0
    "$1" --version 2>/dev/null | awk 'NR==1 {print $2}'
}

if [ -n "${WASM_BINDGEN_VERSION:-}" ]; then
    WBG_VERSION=$WASM_BINDGEN_VERSION; WBG_SOURCE="WASM_BINDGEN_VERSION"
elif [ -f "$LOCKFILE" ] && WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' "$LOCKFILE") && [ -n "$WBG_VERSION" ]; then
    WBG_SOURCE="$LOCKFILE"
else
    WBG_VERSION=$DEFAULT_WASM_BINDGEN_VERSION; WBG_SOURCE="script default"
fi
step "wasm-bindgen-cli $WBG_VERSION (from $WBG_SOURCE)"
if [ "$(tool_version wasm-bindgen)" = "$WBG_VERSION" ] && [ "$(tool_version wasm-bindgen-test-runner)" = "$WBG_VERSION" ]; then
    say "   already installed: $(command -v wasm-bindgen)"
else
    cargo_install_exact wasm-bindgen-cli "$WBG_VERSION" 3
fi
done_step

step "wasm-pack $WASM_PACK_VERSION"
if [ "$(tool_version wasm-pack)" = "$WASM_PACK_VERSION" ]; then
    say "   already installed: $(command -v wasm-pack)"
else
    cargo_install_exact wasm-pack "$WASM_PACK_VERSION" 6
fi
done_step

step "node (wasm-pack test --node, npm for wasm-opt)"
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    say "   node $(node --version), npm $(npm --version 2>/dev/null)"
else
    apt_ensure nodejs npm
fi
done_step

if [ "$BINARYEN_VERSION" != none ]; then
    step "wasm-opt from npm binaryen@$BINARYEN_VERSION"
    want_major=${BINARYEN_VERSION%%.*}
    have=$(wasm-opt --version 2>/dev/null || true)
    if [[ "$have" == *"version $want_major "* || "$have" == *"version $want_major" ]]; then
        say "   already installed: $(command -v wasm-opt) ($have)"
    else
        # Debian's `binaryen` (108) must not be used: it rewrites wasm-bindgen's
        # externref table as anyref and the module then fails at start-up.
        say "   npm install -g --prefix /usr/local binaryen@$BINARYEN_VERSION"
        $SUDO npm install -g --prefix /usr/local --no-fund --no-audit --loglevel=error "binaryen@$BINARYEN_VERSION" >/dev/null
        have=$(wasm-opt --version 2>/dev/null || true)
        [[ "$have" == *"version $want_major"* ]] || warn "wasm-opt first on PATH is '$(command -v wasm-opt)': $have"
    fi
    if pkg_installed binaryen; then
        warn "Debian package binaryen is installed; its /usr/bin/wasm-opt (108) breaks wasm-bindgen output if it comes first on PATH"
    fi
    done_step
fi

if [ "$INSTALL_BROWSER" = 1 ]; then
    step "chromium + chromium-driver (wasm-pack test --headless --chrome)"
    apt_ensure chromium chromium-driver
    done_step "$(chromedriver --version 2>/dev/null | awk '{print $1, $2}')"
fi

# ------------------------------------------------------------- 3. smoke test
if [ "$SKIP_SMOKE_TEST" != 1 ]; then
    step "smoke test: link a $TARGET cdylib with the selected toolchain"
    smoke=$(mktemp -d)
    mkdir -p "$smoke/src"
    printf '[package]\nname = "smoke"\nversion = "0.0.0"\nedition = "2021"\n[lib]\ncrate-type = ["cdylib"]\n' >"$smoke/Cargo.toml"
    printf '#[no_mangle]\npub extern "C" fn sum(n: u32) -> u32 { (0..n).collect::<Vec<u32>>().iter().sum() }\n' >"$smoke/src/lib.rs"
    (
        unset CARGO_BUILD_TARGET RUSTC
        if [ "$ROUTE" = debian ]; then eval "$WASM_ENV_LINE"; fi
        cd "$smoke"
        CARGO_TARGET_DIR="$smoke/target" cargo build --quiet --release --target "$TARGET"
        [ -s "$smoke/target/$TARGET/release/smoke.wasm" ]
        say "   ok: $(rustc --version) -> smoke.wasm ($(stat -c %s "$smoke/target/$TARGET/release/smoke.wasm") bytes)"
    ) || { rm -rf "$smoke"; die "smoke test failed"; }
    rm -rf "$smoke"
    done_step
fi

say "== ready in $((SECONDS - T0)) s: route=$ROUTE"
say "   wasm-bindgen $(tool_version wasm-bindgen), wasm-pack $(tool_version wasm-pack), wasm-opt: $(wasm-opt --version 2>/dev/null || echo none)"
say "   before wasm-pack commands run:  . \"$ENV_FILE\""
