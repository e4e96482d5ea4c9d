# Vertskap build and test pipeline. `make run` to develop, `make test` for everything CI runs.

# Tool versions, in one place. wasm-bindgen's comes from Cargo.lock (the CLI must match the
# crate exactly); Trunk.toml's [tools] pins and e2e/package.json are checked against these.
TRUNK_VERSION      := 0.21.14
BINARYEN_VERSION   := 132.0.0
PLAYWRIGHT_VERSION := 1.65.1
AXE_CORE_VERSION   := 4.14.1
# A CouchDB-protocol server the sync tests start on loopback (in memory, no native builds).
POUCHDB_SERVER_VERSION := 4.2.0
# Only `make bench` uses it: an empty TiddlyWiki is one of the peers measured beside the app.
TIDDLYWIKI_VERSION := 5.4.1
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3; exit }' Cargo.lock)

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
# Targets run one after another in the order listed (test relies on it).
.NOTPARALLEL:
MAKEFLAGS += --no-builtin-rules

# binaryen's wasm-opt (npm) lives in .tools/; cargo-installed tools in ~/.cargo/bin.
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# No tool may download a browser of its own: tests use Debian's /usr/bin/chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

CHROMIUM    := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver
WASM_OPT_PIN := version_$(firstword $(subst ., ,$(BINARYEN_VERSION)))

step = @printf '\n==> %s\n' "$(1)"

.PHONY: help setup setup-test check-versions run dist test test-native test-browser test-e2e bench

help:
	@echo "make run    serve the app at http://127.0.0.1:8080 (rebuilds on change)"
	@echo "make dist   release build into dist/ (static files, any host or sub-path)"
	@echo "make test   native tests, browser storage tests, release build, end-to-end tests"
	@echo "make bench  measure the release build in Chromium; writes bench/results.json"

# Fails loudly when a pin drifts from its source of truth.
check-versions:
	@[ -n "$(WASM_BINDGEN_VERSION)" ] || { echo "error: no wasm-bindgen package found in Cargo.lock" >&2; exit 1; }
	@pin=$$(sed -n 's/^wasm_bindgen *= *"\([^"]*\)".*/\1/p' Trunk.toml); \
	 [ "$$pin" = "$(WASM_BINDGEN_VERSION)" ] || { \
	   echo "error: Trunk.toml [tools] wasm_bindgen = \"$$pin\" but Cargo.lock has wasm-bindgen $(WASM_BINDGEN_VERSION)." >&2; \
	   echo "       Set wasm_bindgen = \"$(WASM_BINDGEN_VERSION)\" in Trunk.toml." >&2; exit 1; }
	@pin=$$(sed -n 's/^wasm_opt *= *"\([^"]*\)".*/\1/p' Trunk.toml); \
	 [ "$$pin" = "$(WASM_OPT_PIN)" ] || { \
	   echo "error: Trunk.toml [tools] wasm_opt = \"$$pin\" but the Makefile installs binaryen $(BINARYEN_VERSION) ($(WASM_OPT_PIN))." >&2; exit 1; }
	@for dep in '"@playwright/test": "$(PLAYWRIGHT_VERSION)"' '"axe-core": "$(AXE_CORE_VERSION)"' '"pouchdb-server": "$(POUCHDB_SERVER_VERSION)"'; do \
	   grep -qF "$$dep" e2e/package.json || { \
	     echo "error: e2e/package.json must pin $$dep (Makefile versions); update it and run npm install in e2e/." >&2; exit 1; }; \
	 done

# Installs only what is missing or at the wrong version; silent when all is in place.
setup: check-versions
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || { \
	   printf '\n==> rustup target add wasm32-unknown-unknown\n'; rustup target add wasm32-unknown-unknown; }
	@[ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ] || { \
	   printf '\n==> cargo install trunk %s\n' "$(TRUNK_VERSION)"; \
	   cargo install trunk --version "$(TRUNK_VERSION)" --locked; }
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
	 && [ "$$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $(WASM_BINDGEN_VERSION)" ] || { \
	   printf '\n==> cargo install wasm-bindgen-cli %s (the version in Cargo.lock)\n' "$(WASM_BINDGEN_VERSION)"; \
	   cargo install wasm-bindgen-cli --version "$(WASM_BINDGEN_VERSION)" --force; }
	@grep -qF '"version": "$(BINARYEN_VERSION)"' .tools/node_modules/binaryen/package.json 2>/dev/null \
	 && [ -x .tools/node_modules/.bin/wasm-opt ] || { \
	   printf '\n==> npm install binaryen@%s into .tools/ (wasm-opt)\n' "$(BINARYEN_VERSION)"; \
	   npm install --prefix .tools --save-exact --no-audit --no-fund --loglevel=error "binaryen@$(BINARYEN_VERSION)"; }

setup-test: setup
	@[ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ] && command -v pdftoppm >/dev/null || { \
	   printf '\n==> apt-get install chromium chromium-driver poppler-utils\n'; \
	   sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	   $$sudo apt-get update -qq; \
	   DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver poppler-utils; }
	@if [ ! -d e2e/node_modules ] || [ e2e/package-lock.json -nt e2e/node_modules ] || [ e2e/package.json -nt e2e/node_modules ]; then \
	   printf '\n==> npm ci (e2e/)\n'; \
	   (cd e2e && npm ci --no-audit --no-fund --loglevel=error); \
	   touch e2e/node_modules; \
	 fi

# Debug build into target/, so dist/ keeps the release build.
run: setup
	$(call step,trunk serve at http://127.0.0.1:8080)
	trunk serve --address 127.0.0.1 --port 8080 --offline --dist target/trunk-serve

dist: setup
	$(call step,trunk build --release into dist/)
	trunk build --release --offline --locked

test: setup-test test-native test-browser dist test-e2e
	$(call step,all tests passed)

test-native: setup
	$(call step,cargo test (native: domain and text))
	cargo test --locked

# Every file in tests/ is a browser test (each is cfg'd to wasm32, so native runs skip them).
BROWSER_TESTS := $(patsubst tests/%.rs,--test %,$(wildcard tests/*.rs))

test-browser: setup-test
	$(call step,cargo test $(BROWSER_TESTS) in headless Chromium (wasm-bindgen-test))
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=$(CHROMEDRIVER) \
	  cargo test --locked --target wasm32-unknown-unknown $(BROWSER_TESTS)

# Tests whatever is in dist/; `make test` rebuilds it just before.
test-e2e: setup-test
	@[ -f dist/index.html ] || $(MAKE) --no-print-directory dist
	$(call step,playwright end-to-end tests against dist/ served at /vertskap/)
	cd e2e && npx --no-install playwright test

# Figures are measured here, never asserted in tests. BENCH_RUNS=3 make bench for fewer runs.
bench: setup-test dist
	$(call step,benchmarks in headless Chromium (e2e/bench/run.mjs))
	cd e2e && TIDDLYWIKI_VERSION=$(TIDDLYWIKI_VERSION) node bench/run.mjs
