#!/usr/bin/env bash
# Load test of an authenticated read endpoint and of the login endpoint, with wrk, on SQLite and
# (when BENCH_PG_URL is set or the local server answers) PostgreSQL. Run by hand: `make bench`.
# Needs: wrk (apt-get install wrk), a release build (cargo build --release -p brandium).
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-./target/release/brandium}
CONNS=${CONNS:-500}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
PG_ADMIN=${BENCH_PG_ADMIN:-postgres://postgres@127.0.0.1:5432/postgres}
[ -x "$BIN" ] || cargo build --release -p brandium
ulimit -n 65536 2>/dev/null || true

run_one() {
  local label=$1 db_url=$2
  local log; log=$(mktemp)
  BRANDIUM_DATABASE_URL=$db_url BRANDIUM_LISTEN=127.0.0.1:$PORT BRANDIUM_LOG_LEVEL=warn \
    BRANDIUM_AUTH__LOGIN_ATTEMPTS_PER_MINUTE=100000000 BRANDIUM_DATABASE_MAX_CONNECTIONS=${POOL:-0} \
    "$BIN" serve >"$log" 2>&1 &
  local pid=$!
  trap 'kill $pid 2>/dev/null || true' RETURN
  for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
  local token
  token=$(curl -fsS -H 'content-type: application/json' \
    -d '{"email":"bench@example.com","password":"correct horse battery staple","name":"Bench","organization_name":"Bench Co"}' \
    "http://127.0.0.1:$PORT/api/v1/auth/signup" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  echo "== $label: GET /api/v1/auth/user (authenticated), $CONNS connections, $DURATION"
  BENCH_TOKEN=$token wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" -s bench/read.lua \
    "http://127.0.0.1:$PORT/api/v1/auth/user" | grep -E "Requests/sec|Latency|p95|Non-2xx|Socket errors"
  echo "== $label: GET /api/v1/auth/user paced at ~${RATE:-3000} requests/s offered, $CONNS connections, $DURATION"
  BENCH_TOKEN=$token BENCH_DELAY_MS=$((CONNS * 1000 / ${RATE:-3000})) wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" -s bench/read_paced.lua \
    "http://127.0.0.1:$PORT/api/v1/auth/user" | grep -E "Requests/sec|Latency|p95|Non-2xx|Socket errors"
  echo "== $label: POST /api/v1/auth/login, ${LOGIN_CONNS:-50} connections, $DURATION"
  wrk -t"$THREADS" -c"${LOGIN_CONNS:-50}" -d"$DURATION" -s bench/login.lua \
    "http://127.0.0.1:$PORT/api/v1/auth/login" | grep -E "Requests/sec|Latency|p95|Non-2xx|Socket errors"
  kill $pid; wait $pid 2>/dev/null || true
}

tmp=$(mktemp -d)
run_one sqlite "sqlite://$tmp/bench.db"
if psql "$PG_ADMIN" -c 'select 1' >/dev/null 2>&1; then
  psql "$PG_ADMIN" -qc 'DROP DATABASE IF EXISTS brandium_bench' -c 'CREATE DATABASE brandium_bench'
  run_one postgres "${PG_ADMIN%/*}/brandium_bench"
fi
rm -rf "$tmp"
