//! Our sentiment labels against those of the reference VADER implementation, as recorded by
//! bench/sentiment/reference.py in bench/sentiment/reference-labels.tsv (label, compound, text).

use monitor::{SentimentLabel, sentiment};

fn parse_label(s: &str) -> Option<SentimentLabel> {
    match s {
        "positive" => Some(SentimentLabel::Positive),
        "neutral" => Some(SentimentLabel::Neutral),
        "negative" => Some(SentimentLabel::Negative),
        _ => None,
    }
}

#[test]
fn labels_agree_with_the_reference_on_at_least_90_percent() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../bench/sentiment/reference-labels.tsv");
    let content =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut total = 0usize;
    let mut same = 0usize;
    let mut compound_diff = 0.0;
    for line in content.lines().filter(|l| !l.trim().is_empty()) {
        let mut cols = line.splitn(3, '\t');
        let (Some(label), Some(compound), Some(text)) = (cols.next(), cols.next(), cols.next())
        else {
            panic!("malformed line: {line:?}");
        };
        let label = parse_label(label).unwrap_or_else(|| panic!("unknown label in {line:?}"));
        let compound: f64 = compound
            .parse()
            .unwrap_or_else(|_| panic!("bad compound in {line:?}"));
        let ours = sentiment(text);
        total += 1;
        same += usize::from(ours.label == label);
        compound_diff += (ours.compound - compound).abs();
    }
    assert!(total >= 300, "the reference set has {total} texts");
    let agreement = same as f64 / total as f64;
    let mean_diff = compound_diff / total as f64;
    assert!(
        agreement >= 0.9,
        "label agreement {agreement:.3} on {total} texts"
    );
    assert!(mean_diff < 0.05, "mean compound difference {mean_diff:.4}");
}
