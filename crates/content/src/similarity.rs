//! How alike two drafts read: the share of word trigrams they have in common. Variants of one
//! item must differ in angle, opening and structure, not only in an emoji or a prefix, so two
//! variants may share at most [`MAX_TRIGRAM_OVERLAP`] of their trigrams.

use std::collections::HashSet;

/// The most word trigrams two variants of one item may share.
pub const MAX_TRIGRAM_OVERLAP: f64 = 0.6;

/// Lower-cased words of `text`: letters, digits and apostrophes; emoji and punctuation are
/// not words, so adding them changes nothing.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_lowercase)
        .collect()
}

/// The set of word trigrams of `text` (a text of one or two words is one "trigram" of them).
pub fn trigrams(text: &str) -> HashSet<[String; 3]> {
    let w = words(text);
    match w.len() {
        0 => HashSet::new(),
        1 | 2 => {
            let mut one = [String::new(), String::new(), String::new()];
            for (slot, word) in one.iter_mut().zip(w) {
                *slot = word;
            }
            HashSet::from([one])
        }
        _ => w
            .windows(3)
            .map(|t| [t[0].clone(), t[1].clone(), t[2].clone()])
            .collect(),
    }
}

/// The share of trigrams two texts have in common, over the smaller set: 1.0 when one text's
/// trigrams all appear in the other (a copy, or a copy with a prefix added), 0.0 when none do.
pub fn trigram_overlap(a: &str, b: &str) -> f64 {
    let (ta, tb) = (trigrams(a), trigrams(b));
    let smaller = ta.len().min(tb.len());
    if smaller == 0 {
        return if ta.len() == tb.len() { 1.0 } else { 0.0 };
    }
    let shared = ta.intersection(&tb).count();
    shared as f64 / smaller as f64
}

/// [`trigram_overlap`] of the two texts without the statements every variant must carry
/// verbatim (the brand's required disclaimers): identical by rule, they say nothing about
/// whether the variants differ.
pub fn overlap_without(a: &str, b: &str, required: &[String]) -> f64 {
    let strip = |t: &str| -> String {
        required
            .iter()
            .filter(|r| !r.trim().is_empty())
            .fold(t.to_owned(), |acc, r| acc.replace(r.trim(), " "))
    };
    trigram_overlap(&strip(a), &strip(b))
}

/// True when two texts are different enough to be offered as separate variants.
pub fn distinct_enough(a: &str, b: &str) -> bool {
    trigram_overlap(a, b) <= MAX_TRIGRAM_OVERLAP
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_with_an_emoji_or_a_prefix_is_the_same_text() {
        let a = "Solar panels cut your power bill. Book a free roof assessment today.";
        assert_eq!(trigram_overlap(a, a), 1.0);
        assert_eq!(trigram_overlap(a, &format!("☀️ {a}")), 1.0);
        assert_eq!(trigram_overlap(a, &format!("New: {a}")), 1.0);
        assert!(!distinct_enough(a, &format!("Big news! {a}")));
    }

    #[test]
    fn different_angles_are_distinct() {
        let a = "Solar panels cut your power bill. Book a free roof assessment today.";
        let b = "Tired of summer bills? Our crews have fitted 4,000 roofs since 2009. See yours.";
        assert!(trigram_overlap(a, b) < 0.1);
        assert!(distinct_enough(a, b));
    }

    #[test]
    fn required_disclaimers_do_not_make_variants_alike() {
        let d = vec!["Rebates depend on your utility and are not guaranteed.".to_owned()];
        let a = format!("Cut your bill with solar. {}", d[0]);
        let b = format!("Our crews fit roofs in a day. {}", d[0]);
        assert!(trigram_overlap(&a, &b) > 0.5);
        assert_eq!(overlap_without(&a, &b, &d), 0.0);
    }

    #[test]
    fn case_and_punctuation_do_not_count() {
        assert_eq!(trigram_overlap("Hello, big World!", "hello big world"), 1.0);
        assert_eq!(trigram_overlap("", ""), 1.0);
        assert_eq!(trigram_overlap("", "one two three"), 0.0);
        assert_eq!(trigram_overlap("short", "short"), 1.0);
    }
}
