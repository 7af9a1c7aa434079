#!/usr/bin/env bash
# Installs whatever this project needs and is missing. Safe to run again: every tool is
# checked first and skipped when the right version is there.
#   scripts/setup.sh        tools to build and serve the app
#   scripts/setup.sh test   the same, plus Chromium and ChromeDriver for the tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly; Cargo.toml pins it.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -qF " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF " $WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION (a few minutes, once)"
  # --locked fails on this registry (a locked dependency is missing), so it is left out.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

# Cuts the site's WebAssembly into a file per step (scripts/split.mjs).
SPLIT_VERSION=0.2.4
# (It has no --version: cargo's list of installed packages says which one is there.)
if ! command -v wasm-split-cli >/dev/null ||
  ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "installing wasm-split-cli $SPLIT_VERSION (a few minutes, once)"
  cargo install wasm_split_cli_support --locked --version "$SPLIT_VERSION" --features build-binary --force
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (wasm-opt, terser, Playwright)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Chromium and ChromeDriver from Debian"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  fi
fi
say "tools ready"
