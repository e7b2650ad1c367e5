//! Words as a reader counts them: "don't", "risk-free" and "O’Brien" are one word each.

use super::{Span, is_word_char};

/// Apostrophes and hyphens join two word characters into one word.
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}')
}

/// Every word of `text`, in order.
pub(crate) fn words(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        match start {
            None => {
                if c.is_alphanumeric() {
                    start = Some(i);
                }
            }
            Some(s) => {
                if is_word_char(c) {
                    continue;
                }
                if is_joiner(c) && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) {
                    continue;
                }
                out.push(Span::new(s, i));
                start = None;
            }
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// The number of words in `text`.
pub fn word_count(text: &str) -> usize {
    words(text).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> Vec<&str> {
        words(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn joins_contractions_and_hyphenated_words() {
        assert_eq!(
            list("Don't miss our risk-free, O’Brien-approved offer!"),
            vec![
                "Don't",
                "miss",
                "our",
                "risk-free",
                "O’Brien-approved",
                "offer"
            ]
        );
    }

    #[test]
    fn trailing_apostrophes_and_dashes_are_not_part_of_words() {
        assert_eq!(list("the users' - data -"), vec!["the", "users", "data"]);
        assert_eq!(list("#launch @brand 2024"), vec!["launch", "brand", "2024"]);
    }

    #[test]
    fn handles_non_latin_scripts_and_empty_text() {
        assert_eq!(list("Привет мир"), vec!["Привет", "мир"]);
        assert!(list("").is_empty());
        assert!(list(" ... 🎉 ").is_empty());
        assert_eq!(word_count("a b c"), 3);
    }
}
