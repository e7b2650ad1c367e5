#!/usr/bin/env bash
# Asset search at the spec's scale (100,000 assets in one organization): generates the data
# directly in the database, then times GET /api/v1/assets/search through the real server, one
# request at a time. SQLite always; PostgreSQL when the local server answers. Run by hand:
# `make bench` or `bench/assets_search.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_ADMIN=${BENCH_PG_ADMIN:-postgres://postgres@127.0.0.1:5432/postgres}
cargo build -q --release -p brandium --example assets_search
BIN=$(dirname "$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/examples/x")/assets_search
"$BIN" sqlite
if psql "$PG_ADMIN" -c 'select 1' >/dev/null 2>&1; then
  psql "$PG_ADMIN" -qc 'DROP DATABASE IF EXISTS brandium_bench_assets' -c 'CREATE DATABASE brandium_bench_assets'
  "$BIN" postgres "${PG_ADMIN%/*}/brandium_bench_assets"
  psql "$PG_ADMIN" -qc 'DROP DATABASE IF EXISTS brandium_bench_assets'
fi
