# The offshoring planner. `make serve` to run it, `make test` to test everything.
# Both install whatever is missing first (scripts/setup.sh), and skip what is there.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true

.PHONY: setup setup-test serve build test bench

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh test

## Serve the app with live rebuilds on http://127.0.0.1:8080
serve: setup
	trunk serve --offline

## Build the static release into dist/ (host it anywhere)
build: setup
	trunk build --release --offline

## Run every test layer
test: setup-test
	@scripts/test.sh

## Performance benchmark: release builds of the planner and of the baseline Leptos page,
## then figures printed and written to bench-results.json
bench: setup-test
	trunk build --release --offline
	cd bench/baseline && CARGO_TARGET_DIR=$(CURDIR)/target trunk build --release --offline
	node scripts/bench.mjs
