//! Labels a TSV of texts (header line, then `label<TAB>text`) with this crate's sentiment engine.
//! Prints `label<TAB>compound<TAB>text`, the same shape as bench/sentiment/reference.py.
//! `--vader` uses VADER's lexicon alone instead of the news-extended one.
//!
//!     cargo run -q -p monitor --example sentiment_labels -- [--vader] bench/sentiment/labelled.tsv

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let plain_vader = args.iter().any(|a| a == "--vader");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: sentiment_labels [--vader] <labelled.tsv>");
        return ExitCode::from(2);
    };
    let engine = if plain_vader {
        monitor::vader_sentiment
    } else {
        monitor::sentiment
    };
    let content = match std::fs::read_to_string(path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    for line in content.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let text = line.split_once('\t').map_or(line, |(_, text)| text);
        let s = engine(text);
        println!("{}\t{:.4}\t{text}", s.label.as_str(), s.compound);
    }
    ExitCode::SUCCESS
}
