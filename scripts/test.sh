#!/usr/bin/env bash
# Every test layer, in order from fastest to slowest. Stops at the first failing layer
# and says which one broke.
set -uo pipefail
cd "$(dirname "$0")/.."
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
MAX_FIRST_LOAD_KB=200

LOG_DIR=$(mktemp -d)
trap 'rm -rf "$LOG_DIR"' EXIT

# What the machine has left: a build that runs out of disk or memory fails with an
# error far above the end of the output, so the figures are printed again on failure.
resources() {
  printf 'disk free here: %s; memory available: %s MiB\n' \
    "$(df -h . | awk 'NR == 2 { print $4 }')" \
    "$(awk '/MemAvailable/ { print int($2 / 1024) }' /proc/meminfo)"
}

layer() {
  local name=$1
  shift
  printf '\n=== %s\n' "$name"
  local started=$SECONDS log="$LOG_DIR/layer.log"
  "$@" 2>&1 | tee "$log"
  if [ "${PIPESTATUS[0]}" -ne 0 ]; then
    printf '\nFAILED: %s (command: %s)\n' "$name" "$*"
    # The lines that name the cause, repeated here where a truncated log still shows them.
    grep -E '^(error|warning: unused)|No space left|signal: 9|SIGKILL|out of memory|not ok|panicked' \
      "$log" | head -20 | sed 's/^/  cause? /'
    resources
    exit 1
  fi
  printf -- '--- %s: ok (%ss)\n' "$name" "$((SECONDS - started))"
}

resources
layer "formatting (cargo fmt --check)" cargo fmt --all -- --check
layer "holiday table is what date-holidays gives (node scripts/holidays.mjs --check)" \
  node scripts/holidays.mjs --check
layer "lints, native (cargo clippy)" cargo clippy --all-targets --features schema -- -D warnings
layer "lints, WebAssembly (cargo clippy)" cargo clippy --all-targets --target wasm32-unknown-unknown --features split -- -D warnings
layer "domain and export tests, native (cargo test)" cargo test --features schema
layer "browser tests (wasm-bindgen-test in headless Chromium)" \
  cargo test --target wasm32-unknown-unknown --test browser
layer "release build (trunk build --release)" trunk build --release --offline
# The size budget: what a first load fetches, brotli, everything included, at most 200 KB
# Above it this layer fails; the README has the current figures, docs/performance.md how.
layer "first-load size of the release build (Chromium), ceiling ${MAX_FIRST_LOAD_KB} KB brotli" \
  node scripts/first-load.mjs dist --max-brotli-kb "$MAX_FIRST_LOAD_KB"
layer "end-to-end tests (Playwright against dist/ on 127.0.0.1)" \
  node --test --test-concurrency=1 tests/e2e/
printf '\nAll test layers passed. Screenshots of every step: tests/e2e/artifacts/\n'
