#!/usr/bin/env bash
# Sentiment engine against hand labels and against the reference VADER implementation.
#
#   bench/sentiment.sh              the main set (labelled.tsv) and the held-out set (heldout.tsv)
#   bench/sentiment.sh FILE.tsv     any other file of `label<TAB>text` lines after a header
#
# Writes the reference output for the main set to bench/sentiment/reference-labels.tsv (the monitor
# crate's tests read it) and prints, for ours (VADER rules + news lexicon, what the product uses) and for ours with VADER's
# lexicon alone: accuracy against the hand labels, and agreement with the reference (identical labels,
# mean absolute difference of the compound score). Needs python3 (reference.py installs vaderSentiment
# into a virtual environment on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cargo build -q --release -p monitor --example sentiment_labels

compare() {
  # Columns: hand label, reference label, reference compound, our label, our compound.
  paste <(tail -n +2 "$2" | grep -v '^[[:space:]]*$' | cut -f1) \
        <(cut -f1,2 "$3") <(cut -f1,2 "$4") |
  awk -F'\t' -v name="$1" '
    function abs(x) { return x < 0 ? -x : x }
    {
      n++
      ref_ok += ($1 == $2); ours_ok += ($1 == $4); same += ($2 == $4)
      diff += abs($3 - $5); if (abs($3 - $5) > max) max = abs($3 - $5)
      per[$1]++; per_ours[$1] += ($1 == $4); per_ref[$1] += ($1 == $2)
    }
    END {
      if (n == 0) { print "no labelled texts" > "/dev/stderr"; exit 1 }
      printf "== %s, %d texts\n", name, n
      printf "accuracy vs hand labels:            %.1f%% (%d/%d)\n", 100 * ours_ok / n, ours_ok, n
      printf "reference accuracy vs hand labels:  %.1f%% (%d/%d)\n", 100 * ref_ok / n, ref_ok, n
      printf "agreement with reference, labels:   %.1f%% (%d/%d)\n", 100 * same / n, same, n
      printf "mean |compound difference|:         %.4f (max %.4f)\n", diff / n, max
      for (label in per)
        printf "  %-8s %3d texts: ours %.1f%%, reference %.1f%%\n", label, per[label], 100 * per_ours[label] / per[label], 100 * per_ref[label] / per[label]
    }'
}

# set name, labelled file, where the reference output goes
run_set() {
  python3 bench/sentiment/reference.py "$2" > "$tmp/reference"
  target/release/examples/sentiment_labels "$2" > "$tmp/ours"
  target/release/examples/sentiment_labels --vader "$2" > "$tmp/plain"
  compare "$1: ours (VADER rules + news lexicon)" "$2" "$tmp/reference" "$tmp/ours"
  compare "$1: ours with VADER's lexicon alone" "$2" "$tmp/reference" "$tmp/plain"
  cp "$tmp/reference" "$3"
}

if [ $# -gt 0 ]; then
  run_set "$1" "$1" "$tmp/kept"
else
  run_set "main set" bench/sentiment/labelled.tsv bench/sentiment/reference-labels.tsv
  run_set "held-out set" bench/sentiment/heldout.tsv "$tmp/kept"
fi
