//! Our sentiment labels against those of the reference VADER implementation, as recorded by
//! bench/sentiment/reference.py in bench/sentiment/reference-labels.tsv (label, compound, text).

use monitor::{Sentiment, SentimentLabel, sentiment, vader_sentiment};

fn parse_label(s: &str) -> Option<SentimentLabel> {
    match s {
        "positive" => Some(SentimentLabel::Positive),
        "neutral" => Some(SentimentLabel::Neutral),
        "negative" => Some(SentimentLabel::Negative),
        _ => None,
    }
}

struct Reference {
    label: SentimentLabel,
    compound: f64,
    text: String,
}

fn reference() -> Vec<Reference> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../bench/sentiment/reference-labels.tsv");
    let content =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rows: Vec<Reference> = content
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let mut cols = line.splitn(3, '\t');
            let (Some(label), Some(compound), Some(text)) = (cols.next(), cols.next(), cols.next())
            else {
                panic!("malformed line: {line:?}");
            };
            Reference {
                label: parse_label(label).unwrap_or_else(|| panic!("unknown label in {line:?}")),
                compound: compound
                    .parse()
                    .unwrap_or_else(|_| panic!("bad compound in {line:?}")),
                text: text.to_string(),
            }
        })
        .collect();
    assert!(
        rows.len() >= 300,
        "the reference set has {} texts",
        rows.len()
    );
    rows
}

/// Share of identical labels and mean absolute compound difference.
fn agreement(rows: &[Reference], engine: fn(&str) -> Sentiment) -> (f64, f64) {
    let (mut same, mut diff) = (0usize, 0.0);
    for row in rows {
        let ours = engine(&row.text);
        same += usize::from(ours.label == row.label);
        diff += (ours.compound - row.compound).abs();
    }
    (same as f64 / rows.len() as f64, diff / rows.len() as f64)
}

#[test]
fn labels_agree_with_the_reference_on_at_least_90_percent() {
    let (labels, _) = agreement(&reference(), sentiment);
    assert!(labels >= 0.9, "label agreement {labels:.3}");
}

#[test]
fn the_plain_vader_lexicon_reproduces_the_reference() {
    let (labels, mean_diff) = agreement(&reference(), vader_sentiment);
    assert!(labels >= 0.99, "label agreement {labels:.3}");
    assert!(mean_diff < 0.001, "mean compound difference {mean_diff:.4}");
}
