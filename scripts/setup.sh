#!/usr/bin/env bash
# Installs whatever this project needs and is missing. Safe to run again: every tool is
# checked first and skipped when the right version is there.
#   scripts/setup.sh        tools to build and serve the app
#   scripts/setup.sh test   the same, plus Chromium and ChromeDriver for the tests
set -euo pipefail
cd "$(dirname "$0")/.."

# Every tool's version comes from one place: Cargo.toml's [package.metadata.tools] for
# trunk and wasm-split-cli, Cargo.lock for wasm-bindgen-cli (it must match the
# wasm-bindgen crate exactly; Cargo.toml pins it), package-lock.json for the npm tools.
tool_version() {
  awk -v tool="$1" '/^\[package\.metadata\.tools\]/ { in_tools = 1; next }
    /^\[/ { in_tools = 0 }
    in_tools && $1 == tool { gsub(/"/, "", $3); print $3; exit }' Cargo.toml
}
TRUNK_VERSION=$(tool_version trunk)
SPLIT_VERSION=$(tool_version wasm-split-cli)
if [ -z "$TRUNK_VERSION" ] || [ -z "$SPLIT_VERSION" ]; then
  echo "Cargo.toml's [package.metadata.tools] must name trunk and wasm-split-cli versions" >&2
  exit 1
fi
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

# Cuts the site's WebAssembly into a file per step (tools/postbuild/split.mjs).
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
