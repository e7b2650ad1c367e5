//! Word-level matching shared by scoring, alerts and near-duplicate detection: case-insensitive,
//! whole words only, possessives folded ("Acme's" matches "Acme").

use unicode_segmentation::UnicodeSegmentation;

/// A word of a text with its byte span, in the folded form used for matching.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub folded: String,
}

/// Lower-cases and drops a possessive ending: "Acme's", "Acme’s" and "Acmes'" fold to "acme"/"acmes".
pub fn fold(word: &str) -> String {
    let lower = word.to_lowercase();
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(stem) = lower.strip_suffix(suffix)
            && !stem.is_empty()
        {
            return stem.to_string();
        }
    }
    lower
}

pub fn words(text: &str) -> Vec<Word> {
    text.unicode_word_indices()
        .map(|(start, w)| Word {
            start,
            end: start + w.len(),
            folded: fold(w),
        })
        .collect()
}

/// The folded words of a term ("Series A" -> ["series", "a"]).
pub fn term_words(term: &str) -> Vec<String> {
    term.unicode_words().map(fold).collect()
}

/// Byte span in the text of the first occurrence of the term's words in sequence.
pub fn find(words: &[Word], term: &[String]) -> Option<(usize, usize)> {
    if term.is_empty() || term.len() > words.len() {
        return None;
    }
    words
        .windows(term.len())
        .find(|window| window.iter().zip(term).all(|(w, t)| w.folded == *t))
        .map(|window| (window[0].start, window[window.len() - 1].end))
}

pub fn contains(words: &[Word], term: &str) -> bool {
    find(words, &term_words(term)).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_whole_words_case_insensitively_with_possessives() {
        let w = words("ACME's new plan beats Acmeville; acme\u{2019}s rivals");
        assert_eq!(find(&w, &term_words("Acme")), Some((0, 6)));
        assert!(contains(&w, "new plan"));
        assert!(!contains(&w, "plan new"));
        assert!(!contains(&words("Acmeville wins"), "acme"));
        assert!(!contains(&w, ""));
    }
}
