#!/usr/bin/env bash
# Bounded-time fuzzing of the native core with cargo fuzz (libFuzzer):
# targets `clean`, `sentences` and `diff` (fuzz/fuzz_targets/), each for FUZZ_SECONDS.
#
#   FUZZ_SECONDS=60 bash scripts/fuzz.sh            # one minute per target
#   FUZZ_SECONDS=10 bash scripts/fuzz.sh            # smoke run (CI)
#   FUZZ_TARGETS="diff" FUZZ_SECONDS=300 bash scripts/fuzz.sh
#
# Other knobs: FUZZ_MAX_LEN (largest input in bytes, default 16384), FUZZ_TIMEOUT (seconds
# one input may take before it counts as a hang, default 10), FUZZ_RSS_MB (memory limit,
# default 2048), FUZZ_SANITIZER (`none` by default: the core has no unsafe code, and
# without AddressSanitizer a target runs several times more inputs; `address` for ASan).
# Targets build with debug assertions (integer overflow, slice bounds). Installs cargo-fuzz
# from crates.io when missing; uses the nightly toolchain when rustup has it, else the
# stable one with RUSTC_BOOTSTRAP=1 (for the -Z flags of the coverage instrumentation).
# The corpus grows in fuzz/corpus/<target> (seeded from www/samples and fuzz/seeds on every
# run); crashes land in fuzz/artifacts/<target>. Exits 1 if any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

seconds="${FUZZ_SECONDS:-60}"
targets="${FUZZ_TARGETS:-clean sentences diff}"
max_len="${FUZZ_MAX_LEN:-16384}"
timeout_s="${FUZZ_TIMEOUT:-10}"
rss_mb="${FUZZ_RSS_MB:-2048}"
sanitizer="${FUZZ_SANITIZER:-none}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz (crates.io)"
    cargo install cargo-fuzz --locked
fi

toolchain=()
if rustup run nightly rustc --version >/dev/null 2>&1; then
    toolchain=(+nightly)
else
    export RUSTC_BOOTSTRAP=1
fi

# Seed corpus: the sample articles (each alone for clean/sentences, in pairs for diff) and
# the small hand-written seeds in fuzz/seeds/. Files are named by content, so reruns add
# nothing new.
seed() {
    local dir="fuzz/corpus/$1" file="$2"
    mkdir -p "$dir"
    cp "$file" "$dir/seed-$(sha1sum "$file" | cut -c1-16)"
}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
samples=(www/samples/*.txt)
for f in "${samples[@]}" fuzz/seeds/*; do
    seed clean "$f"
    seed sentences "$f"
done
# diff inputs: one options byte, the left text, U+001E, the right text.
i=0
for a in "${samples[@]}"; do
    for b in "${samples[@]}"; do
        i=$((i + 1))
        { printf '\x26'; cat "$a"; printf '\x1e'; cat "$b"; } >"$tmp/pair-$i"
        seed diff "$tmp/pair-$i"
    done
done
for f in fuzz/seeds/*; do
    { printf '\x26'; cat "$f"; printf '\x1e'; cat "$f"; } >"$tmp/self-$(basename "$f")"
    seed diff "$tmp/self-$(basename "$f")"
done

echo "== building fuzz targets"
cargo "${toolchain[@]}" fuzz build --debug-assertions --sanitizer "$sanitizer"
bin_dir="fuzz/target/$(rustc -vV | sed -n 's/^host: //p')/release"

status=0
summary=()
for t in $targets; do
    echo "== fuzzing $t for ${seconds}s"
    log="$tmp/$t.log"
    mkdir -p "fuzz/artifacts/$t"
    set +e
    # The binary built above, run directly: `cargo fuzz run` would rebuild on every change
    # to the sources, and every target should test the same build.
    "$bin_dir/$t" "fuzz/corpus/$t" -artifact_prefix="fuzz/artifacts/$t/" \
        -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout_s" \
        -rss_limit_mb="$rss_mb" -print_final_stats=1 >"$log" 2>&1
    rc=$?
    set -e
    tail -n 25 "$log"
    execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
    time_s="$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' || echo "$seconds")"
    corpus="$(find "fuzz/corpus/$t" -type f | wc -l)"
    if [ "$rc" -eq 0 ]; then
        result=ok
    else
        result="CRASH (exit $rc; see fuzz/artifacts/$t/)"
        status=1
    fi
    summary+=("$(printf '%-10s %12s executions in %5ss, corpus %5s files: %s' "$t" "$execs" "$time_s" "$corpus" "$result")")
done

echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
exit "$status"
