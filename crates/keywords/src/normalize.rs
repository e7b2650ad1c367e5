//! Word and phrase normal forms: plural folding names a phrase, stemming groups phrases into topics,
//! and a whitespace- and case-insensitive form matches imported keywords.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// Words whose final "s" is not a plural ending.
const NOT_PLURAL: &[&str] = &[
    "analytics",
    "alias",
    "atlas",
    "bias",
    "business",
    "canvas",
    "chaos",
    "corpus",
    "economics",
    "ethics",
    "gas",
    "iaas",
    "ios",
    "kudos",
    "logistics",
    "macos",
    "mathematics",
    "news",
    "paas",
    "physics",
    "politics",
    "saas",
    "series",
    "species",
    "statistics",
    "status",
    "thesis",
    "this",
    "always",
    "perhaps",
    "whereas",
    "its",
    "his",
    "has",
    "was",
    "does",
    "yes",
    "less",
    "plus",
    "bonus",
    "campus",
    "census",
    "virus",
    "focus",
    "lens",
    "https",
];

/// Lower-cased word with its plural ending removed: "emails" → "email", "companies" → "company".
pub fn fold_plural(word: &str) -> String {
    let w = word.trim_end_matches("'s").trim_end_matches("’s");
    let len = w.chars().count();
    if len <= 3 || NOT_PLURAL.contains(&w) || !w.ends_with('s') || !w.is_ascii() {
        return w.to_string();
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix("ies")
        && len > 4
    {
        return format!("{stem}y");
    }
    for ending in ["sses", "xes", "ches", "shes", "zes"] {
        if w.ends_with(ending) {
            return w[..w.len() - 2].to_string();
        }
    }
    w[..w.len() - 1].to_string()
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// Porter2 stem of a lower-cased word: "marketing" and "market" share "market", which is right for
/// topics and wrong for naming a keyword, so stems only ever group.
pub fn stem(word: &str) -> String {
    stemmer().stem(word).into_owned()
}

/// Case- and whitespace-insensitive form used to match phrases from different sources.
pub fn match_form(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `match_form` with every word plural-folded: the second chance when exact matching fails.
pub fn folded_form(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(|w| fold_plural(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_fold_to_singular() {
        assert_eq!(fold_plural("emails"), "email");
        assert_eq!(fold_plural("companies"), "company");
        assert_eq!(fold_plural("boxes"), "box");
        assert_eq!(fold_plural("coaches"), "coach");
        assert_eq!(fold_plural("brand's"), "brand");
    }

    #[test]
    fn non_plurals_stay() {
        for w in [
            "saas",
            "business",
            "analytics",
            "status",
            "news",
            "ads",
            "bus",
        ] {
            assert_eq!(fold_plural(w), w, "{w}");
        }
    }

    #[test]
    fn stems_group_word_forms() {
        assert_eq!(stem("marketing"), stem("market"));
        assert_eq!(stem("automation"), stem("automated"));
        assert_ne!(stem("email"), stem("marketing"));
    }

    #[test]
    fn match_forms_ignore_case_and_spacing() {
        assert_eq!(match_form("  Email   Marketing "), "email marketing");
        assert_eq!(folded_form("Email Tools"), folded_form("email tool"));
    }
}
