#!/usr/bin/env bash
# 1,000 drafts by the built-in composer, each formatted and checked, the compliance check
# on 1 MB of text, and the share of drafts that fit, carry their disclaimers and differ. Pure CPU, no server. Run by hand: `make bench` or `bench/agents_generate.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run -q --release -p agents --example agents_generate
cargo run -q --release -p agents --example draft_quality
