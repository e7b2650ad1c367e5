#!/usr/bin/env bash
# Sentiment engine against hand labels and against the reference VADER implementation.
#
#   bench/sentiment.sh [labelled.tsv]
#
# Writes the reference output to bench/sentiment/reference-labels.tsv (the monitor crate's tests read it)
# and prints: accuracy of ours and of the reference against the hand labels, and the agreement between
# the two (identical labels, mean absolute difference of the compound score).
set -euo pipefail
cd "$(dirname "$0")/.."
labelled="${1:-bench/sentiment/labelled.tsv}"
reference="bench/sentiment/reference-labels.tsv"
ours="$(mktemp)"
trap 'rm -f "$ours"' EXIT

python3 bench/sentiment/reference.py "$labelled" > "$reference.tmp"
mv "$reference.tmp" "$reference"
cargo run -q --release -p monitor --example sentiment_labels -- "$labelled" > "$ours"

# Columns: hand label, reference label, reference compound, our label, our compound.
paste <(tail -n +2 "$labelled" | grep -v '^[[:space:]]*$' | cut -f1) \
      <(cut -f1,2 "$reference") <(cut -f1,2 "$ours") |
awk -F'\t' '
  function abs(x) { return x < 0 ? -x : x }
  {
    n++
    ref_ok += ($1 == $2); ours_ok += ($1 == $4); same += ($2 == $4)
    diff += abs($3 - $5); if (abs($3 - $5) > max) max = abs($3 - $5)
    per[$1]++; per_ours[$1] += ($1 == $4); per_ref[$1] += ($1 == $2)
  }
  END {
    if (n == 0) { print "no labelled texts" > "/dev/stderr"; exit 1 }
    printf "texts: %d\n", n
    printf "our accuracy vs hand labels:        %.1f%% (%d/%d)\n", 100 * ours_ok / n, ours_ok, n
    printf "reference accuracy vs hand labels:  %.1f%% (%d/%d)\n", 100 * ref_ok / n, ref_ok, n
    printf "agreement, identical labels:        %.1f%% (%d/%d)\n", 100 * same / n, same, n
    printf "mean |compound difference|:         %.4f (max %.4f)\n", diff / n, max
    for (label in per)
      printf "  %-8s %3d texts: ours %.1f%%, reference %.1f%%\n", label, per[label], 100 * per_ours[label] / per[label], 100 * per_ref[label] / per[label]
  }'
