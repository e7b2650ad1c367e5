//! Labels a TSV of texts (header line, then `label<TAB>text`) with this crate's sentiment engine.
//! Prints `label<TAB>compound<TAB>text`, the same shape as bench/sentiment/reference.py.
//!
//!     cargo run -q -p monitor --example sentiment_labels -- bench/sentiment/labelled.tsv

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: sentiment_labels <labelled.tsv>");
        return ExitCode::from(2);
    };
    let content = match std::fs::read_to_string(&path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    for line in content.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let text = line.split_once('\t').map_or(line, |(_, text)| text);
        let s = monitor::sentiment(text);
        println!("{}\t{:.4}\t{text}", s.label.as_str(), s.compound);
    }
    ExitCode::SUCCESS
}
