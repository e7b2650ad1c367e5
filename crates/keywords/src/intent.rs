//! Search intent from a phrase's modifiers, with the kind of page it was found on as tie-breaker.
//!
//! Precedence when several classes match: a comparison word makes a phrase commercial even with a
//! brand in it ("acme vs globex", "acme review"); otherwise a brand name or an account word makes it
//! navigational ("acme pricing" is someone heading for Acme's pricing page); between transactional
//! and informational modifiers ("how to buy ...") the page kind decides, and without one the
//! transactional reading wins because it is the one a page can act on.

use crate::model::Intent;
use crate::normalize::fold_plural;

const INFORMATIONAL: &[&str] = &[
    "how",
    "what",
    "why",
    "when",
    "where",
    "who",
    "which",
    "guide",
    "tutorial",
    "idea",
    "tip",
    "example",
    "learn",
    "definition",
    "meaning",
    "explained",
    "checklist",
    "faq",
    "question",
    "template",
    "step",
];
// Only words that name a destination whatever surrounds them: "dashboard" or "account" also start
// topics ("marketing dashboard", "account based marketing").
const NAVIGATIONAL: &[&str] = &["login", "signin", "official"];
const NAVIGATIONAL_PAIRS: &[[&str; 2]] = &[["log", "in"], ["sign", "in"], ["my", "account"]];
const COMMERCIAL: &[&str] = &[
    "best",
    "top",
    "vs",
    "versus",
    "review",
    "comparison",
    "compare",
    "alternative",
    "rated",
];
const TRANSACTIONAL: &[&str] = &[
    // Not "cost" or "plan": "acquisition cost" and "content plan" are topics, not purchases.
    "buy",
    "price",
    "pricing",
    "cheap",
    "discount",
    "order",
    "trial",
    "demo",
    "coupon",
    "purchase",
    "subscribe",
    "subscription",
    "promo",
];
const TRANSACTIONAL_PAIRS: &[[&str; 2]] = &[["free", "download"], ["sign", "up"]];

/// Classifies phrases for one set of brand names.
#[derive(Clone, Debug, Default)]
pub struct IntentClassifier {
    /// Each brand as its lower-case words, so "Globex Cloud" matches only the two words together.
    brands: Vec<Vec<String>>,
}

/// The intent a page kind suggests: used only to break ties and to classify modifier-free phrases.
pub fn page_kind_hint(page_kind: Option<&str>) -> Option<Intent> {
    match page_kind?.to_ascii_lowercase().as_str() {
        "pricing" => Some(Intent::Transactional),
        "blog" => Some(Intent::Informational),
        "product" => Some(Intent::Commercial),
        // A home or about page holds every topic of the site, so it says nothing about intent.
        _ => None,
    }
}

fn words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c.is_whitespace() || c == ',' || c == '?' || c == '!')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            lower
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn has_pair(words: &[String], pairs: &[[&str; 2]]) -> bool {
    words
        .windows(2)
        .any(|w| pairs.iter().any(|p| w[0] == p[0] && w[1] == p[1]))
}

impl IntentClassifier {
    pub fn new(brand_names: &[String]) -> Self {
        let brands = brand_names
            .iter()
            .map(|b| words(b))
            .filter(|b| !b.is_empty())
            .collect();
        Self { brands }
    }

    fn mentions_brand(&self, words: &[String]) -> bool {
        self.brands.iter().any(|brand| {
            words.windows(brand.len()).any(|w| w == brand.as_slice())
                || (brand.len() > 1 && words.iter().any(|w| *w == brand.concat()))
        })
    }

    /// Intent of `phrase`; `page_kind` is the kind of page it mostly appears on.
    pub fn classify(&self, phrase: &str, page_kind: Option<&str>) -> Intent {
        let words = words(phrase);
        let folded: Vec<String> = words.iter().map(|w| fold_plural(w)).collect();
        let any = |list: &[&str]| folded.iter().any(|w| list.contains(&w.as_str()));
        let hint = page_kind_hint(page_kind);

        if any(COMMERCIAL) {
            return Intent::Commercial;
        }
        if self.mentions_brand(&words) || any(NAVIGATIONAL) || has_pair(&words, NAVIGATIONAL_PAIRS)
        {
            return Intent::Navigational;
        }
        let transactional = any(TRANSACTIONAL) || has_pair(&words, TRANSACTIONAL_PAIRS);
        let informational = any(INFORMATIONAL);
        match (transactional, informational) {
            (true, true) if hint == Some(Intent::Informational) => Intent::Informational,
            (true, _) => Intent::Transactional,
            (false, true) => Intent::Informational,
            (false, false) => hint.unwrap_or(Intent::Informational),
        }
    }
}

/// One-off classification; build an `IntentClassifier` to classify many phrases.
pub fn classify_intent(phrase: &str, brand_names: &[String], page_kind: Option<&str>) -> Intent {
    IntentClassifier::new(brand_names).classify(phrase, page_kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brands() -> Vec<String> {
        vec!["Acme".to_string(), "Globex Cloud".to_string()]
    }

    fn classify(p: &str) -> Intent {
        classify_intent(p, &brands(), None)
    }

    #[test]
    fn informational_modifiers() {
        for p in [
            "how to write a newsletter",
            "what is email marketing",
            "why emails bounce",
            "email marketing guide",
            "crm tutorial",
            "newsletter ideas",
            "subject line tips",
        ] {
            assert_eq!(classify(p), Intent::Informational, "{p}");
        }
    }

    #[test]
    fn navigational_modifiers_and_brands() {
        for p in [
            "acme",
            "acme login",
            "log in to crm",
            "pricing page of acme",
            "acme pricing",
            "globex cloud dashboard",
            "globexcloud",
        ] {
            assert_eq!(classify(p), Intent::Navigational, "{p}");
        }
        assert_ne!(
            classify("globex pricing"),
            Intent::Navigational,
            "part of a brand is not the brand"
        );
        assert_ne!(classify("account based marketing"), Intent::Navigational);
    }

    #[test]
    fn commercial_modifiers() {
        for p in [
            "best email marketing software",
            "top crm tools",
            "acme vs globex cloud",
            "acme review",
            "crm comparison",
            "mailchimp alternatives",
        ] {
            assert_eq!(classify(p), Intent::Commercial, "{p}");
        }
    }

    #[test]
    fn transactional_modifiers() {
        for p in [
            "buy email list software",
            "crm price",
            "email marketing pricing",
            "cheap crm",
            "crm discount",
            "order business cards",
            "crm free trial",
            "book a demo",
            "newsletter coupon",
            "free download templates",
        ] {
            assert_eq!(classify(p), Intent::Transactional, "{p}");
        }
    }

    #[test]
    fn page_kind_breaks_ties_and_fills_silence() {
        let c = IntentClassifier::new(&brands());
        assert_eq!(
            c.classify("crm software", Some("pricing")),
            Intent::Transactional
        );
        assert_eq!(
            c.classify("crm software", Some("blog")),
            Intent::Informational
        );
        assert_eq!(
            c.classify("crm software", Some("product")),
            Intent::Commercial
        );
        assert_eq!(c.classify("crm software", None), Intent::Informational);
        assert_eq!(
            c.classify("how to buy a crm", Some("blog")),
            Intent::Informational
        );
        assert_eq!(c.classify("how to buy a crm", None), Intent::Transactional);
        // Modifiers outrank the page: a review on a pricing page is still commercial.
        assert_eq!(
            c.classify("crm review", Some("pricing")),
            Intent::Commercial
        );
    }
}
