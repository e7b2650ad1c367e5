# Brandium: `make run` starts the product, `make test` runs every test.
SHELL := /bin/bash
CARGO ?= cargo
NPM ?= npm
TARGET_DIR := $(abspath $(or $(CARGO_TARGET_DIR),target))

.PHONY: build run test web web-deps check-rust test-rust test-web e2e openapi openapi-check fmt demo bench clean

web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	cd web && $(NPM) ci --no-audit --no-fund --loglevel=error

web-deps: web/node_modules/.package-lock.json

## Web app bundle (web/dist), embedded into the binary at compile time.
web: web-deps
	cd web && $(NPM) run build

## Release binary with the web app inside: target/release/brandium
build: web
	$(CARGO) build --release -p brandium

## Build everything and serve on http://localhost:8080 with SQLite in ./data
run: build
	$(TARGET_DIR)/release/brandium serve

## Load the sample organization into an empty database.
demo: build
	$(TARGET_DIR)/release/brandium demo

## Every test: formatting, lints, Rust unit and API tests (SQLite, and PostgreSQL when
## TEST_DATABASE_URL is set), OpenAPI drift, web typecheck/lint/unit tests, browser journeys.
test: check-rust web test-rust openapi-check test-web e2e

check-rust:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test-rust:
	$(CARGO) test --workspace

## The committed web/openapi.json must be what the code generates (the web client is typed from it).
openapi-check:
	@generated=$$(mktemp) && $(CARGO) run -q -p brandium -- openapi > $$generated && \
	  (diff -u web/openapi.json $$generated || (echo "web/openapi.json is stale: run 'make openapi'" && exit 1))

# Written to a temporary file first so a failed build never leaves a truncated document behind.
openapi:
	$(CARGO) run -q -p brandium -- openapi > web/openapi.json.tmp && mv web/openapi.json.tmp web/openapi.json
	cd web && $(NPM) run gen:api
	$(CARGO) run -q -p brandium -- permissions > docs/permissions.md.tmp && mv docs/permissions.md.tmp docs/permissions.md

test-web: web-deps
	cd web && $(NPM) run typecheck && $(NPM) run lint && $(NPM) test

## Browser journeys in Debian's Chromium against the real server (debug build reads web/dist).
e2e: web
	$(CARGO) build -p brandium
	cd web && E2E_SKIP_BUILD=1 BRANDIUM_BIN=$(TARGET_DIR)/debug/brandium $(NPM) run e2e

fmt:
	$(CARGO) fmt --all

bench:
	bench/run.sh
	bench/assets_search.sh
	bench/agents_generate.sh
	bench/crawl_audit.sh

clean:
	$(CARGO) clean
	rm -rf web/dist web/node_modules
