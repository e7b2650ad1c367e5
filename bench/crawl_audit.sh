#!/usr/bin/env bash
# Crawl and audit a locally served 10,000-page site with `brandium audit`, and crawl the same
# site in the same run with `wget --spider` and `linkchecker`, each under /usr/bin/time -v:
# wall time, peak memory, URLs fetched, pages per second, as a markdown table.
# Offline: the site is generated and served on 127.0.0.1 by `sitegen serve`.
# Run by hand: `make bench` or `bench/crawl_audit.sh`.
# Settings (environment): PAGES (10000), CONCURRENCY (8, requests in flight for brandium and
# linkchecker's threads; wget has one connection), LINKCHECKER_CAP (600 s; linkchecker is stopped
# through its own maxrunseconds past that, then reported as not finished), LINKCHECKER_RPS (10000:
# linkchecker's maxrequestspersecond, which it honours above 10 only because sitegen answers with a
# `LinkChecker` header; it waits 1/RPS to 6/RPS s between two requests to one host).
set -euo pipefail
cd "$(dirname "$0")/.."

PAGES=${PAGES:-10000}
CONCURRENCY=${CONCURRENCY:-8}
LINKCHECKER_CAP=${LINKCHECKER_CAP:-600}
LINKCHECKER_RPS=${LINKCHECKER_RPS:-10000}
TARGET_DIR=${CARGO_TARGET_DIR:-target}

for tool in wget linkchecker /usr/bin/time; do
  command -v "$tool" >/dev/null || {
    echo "needs $tool: apt-get install -y wget linkchecker time" >&2
    exit 1
  }
done

# NO_BUILD=1 reuses the release binaries already built (e.g. to repeat a run).
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  cargo build -q --release -p brandium -p sitegen
fi

work=$(mktemp -d /tmp/brandium-crawl-bench.XXXXXX)
# linkchecker drops root privileges to `nobody`, which must read its config and write nothing.
chmod 755 "$work"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$TARGET_DIR/release/sitegen" serve --pages "$PAGES" >"$work/url" 2>"$work/sitegen.err" &
server_pid=$!
for _ in $(seq 1 600); do
  [[ -s "$work/url" ]] && break
  sleep 0.1
done
url=$(head -n1 "$work/url")
[[ -n "$url" ]] || { echo "sitegen did not start: $(cat "$work/sitegen.err")" >&2; exit 1; }
echo "site: $url ($(cat "$work/sitegen.err"))" >&2

# Wall seconds and peak resident MiB from a `/usr/bin/time -v` report.
wall_s() {
  awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, p, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + p[i]
    printf "%.1f", s }' "$1"
}
peak_mib() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (n == "" || n == "—" || s <= 0) print "—"; else printf "%.0f", n / s }'; }

rows=()
add_row() { # tool, urls, html pages, wall, rss, note
  rows+=("| $1 | $2 | $3 | $4 | $(rate "$2" "$4") | $(rate "$3" "$4") | $5 | $6 |")
}

# 1. brandium: crawl (robots.txt, sitemaps, pages, same-site resources) and the full audit.
echo "brandium audit…" >&2
BRANDIUM_ALLOW_PRIVATE_NETWORKS=true /usr/bin/time -v -o "$work/brandium.time" \
  "$TARGET_DIR/release/brandium" audit "$url" --max-pages $((PAGES * 2)) \
  --delay-ms 0 --concurrency "$CONCURRENCY" --format json >"$work/brandium.json" 2>"$work/brandium.err" ||
  { echo "brandium audit failed:" >&2; cat "$work/brandium.err" >&2; exit 1; }
# The report is the JSON object; log lines may come before it on stdout.
report() {
  python3 -c 'import json,sys; t=open(sys.argv[1]).read(); r=json.loads(t[t.index("{\n"):]); print(eval(sys.argv[2]))' \
    "$work/brandium.json" "$1"
}
b_urls=$(report 'r["urls_fetched"]')
b_pages=$(report 'r["pages_crawled"]')
b_issues=$(report '"%d issues, %d failing checks, health %d, %s" % (len(r["issues"]), len(r["checks"]), r["health_score"], r["stopped"])')
add_row "brandium audit" "$b_urls" "$b_pages" "$(wall_s "$work/brandium.time")" "$(peak_mib "$work/brandium.time")" "$b_issues"

# 2. wget: spider every internal link, no download kept; log parsed for the URLs it requested.
echo "wget --spider…" >&2
(cd "$work" && /usr/bin/time -v -o wget.time \
  wget --spider -r -l inf --no-parent -nd -e robots=on -o wget.log "$url") || true
w_urls=$(grep -E '^--[0-9]{4}-' "$work/wget.log" | awk '{print $3}' | sort -u | wc -l)
w_pages=$(awk '/^Downloaded: / { print $2 }' "$work/wget.log")
w_broken=$(grep -m1 -E 'broken link|Found no broken links' "$work/wget.log" || true)
add_row "wget --spider" "$w_urls" "${w_pages:-—}" "$(wall_s "$work/wget.time")" "$(peak_mib "$work/wget.time")" "${w_broken:-}"

# 3. linkchecker: internal links only (its default without --check-extern), robots.txt obeyed.
echo "linkchecker (cap ${LINKCHECKER_CAP} s)…" >&2
printf '[checking]\nthreads=%s\nmaxrunseconds=%s\nmaxrequestspersecond=%s\n' \
  "$CONCURRENCY" "$LINKCHECKER_CAP" "$LINKCHECKER_RPS" >"$work/linkcheckerrc"
chmod 644 "$work/linkcheckerrc"
/usr/bin/time -v -o "$work/linkchecker.time" \
  timeout $((LINKCHECKER_CAP + 600)) linkchecker -f "$work/linkcheckerrc" --no-warnings --no-status \
  -t "$CONCURRENCY" "$url" >"$work/linkchecker.out" 2>"$work/linkchecker.err" || true
l_urls=$(sed -nE "s/^That's it\. ([0-9]+) links? in .*/\1/p" "$work/linkchecker.out")
l_note=$(grep -m1 -E "^That's it\." "$work/linkchecker.out" || echo "no summary printed")
if grep -q "interrupted" "$work/linkchecker.out" || [[ -z "$l_urls" ]]; then
  l_note="did not finish in ${LINKCHECKER_CAP} s; $l_note"
fi
add_row "linkchecker" "${l_urls:-—}" "—" "$(wall_s "$work/linkchecker.time")" "$(peak_mib "$work/linkchecker.time")" "$l_note"

echo
echo "$(date -u +%F), $(nproc) cores, site of $PAGES pages at $url, concurrency $CONCURRENCY, linkchecker maxrequestspersecond $LINKCHECKER_RPS"
echo
echo "| tool | URLs fetched | HTML pages | wall s | URLs/s | HTML pages/s | peak RSS MiB | result |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
