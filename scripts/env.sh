# Sourced by the scripts: cargo's bin dir on PATH and the wasm toolchain selection that
# scripts/setup-toolchain.sh wrote (empty on the rustup route, RUSTUP_TOOLCHAIN on Debian's).
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
wasm_env() {
    # shellcheck disable=SC1091
    . "${CARGO_HOME:-$HOME/.cargo}/wasm-toolchain.env"
}
