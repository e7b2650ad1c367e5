//! Which content to make for a topic (FR-3.2.3), from its intent and how well we and competitors
//! already cover it, with a sentence that says why.

use crate::model::{ContentType, Intent, Recommendation};

/// What the rationale needs to know about a topic.
#[derive(Clone, Debug, PartialEq)]
pub struct TopicFacts<'a> {
    pub label: &'a str,
    pub intent: Intent,
    /// Member phrases, best first.
    pub keywords: &'a [String],
    pub ours_coverage: f64,
    pub competitor_coverage: f64,
    pub gap: bool,
    /// Competitors using the topic, most pages first.
    pub competitors: &'a [String],
    /// Monthly searches of the topic's phrases, when known.
    pub volume: Option<u64>,
}

/// Share of a topic's phrases our pages must use before the topic counts as covered.
pub const COVERED_AT: f64 = 0.75;
/// An informational topic this broad deserves a guide rather than a single post.
const GUIDE_AT_KEYWORDS: usize = 5;

const PRICE_WORDS: &[&str] = &[
    "price", "prices", "pricing", "cost", "costs", "plan", "plans", "cheap", "discount", "coupon",
];
const GUIDE_WORDS: &[&str] = &["how", "guide", "tutorial", "step", "steps", "checklist"];
const QUESTION_WORDS: &[&str] = &[
    "what", "why", "which", "who", "when", "where", "can", "does", "do", "is", "are", "should",
];

fn any_word(keywords: &[String], list: &[&str]) -> bool {
    keywords
        .iter()
        .flat_map(|k| k.split_whitespace())
        .any(|w| list.contains(&w.to_lowercase().as_str()))
}

fn starts_with_question(keywords: &[String]) -> bool {
    keywords.iter().any(|k| {
        k.split_whitespace()
            .next()
            .is_some_and(|w| QUESTION_WORDS.contains(&w.to_lowercase().as_str()))
    })
}

pub fn content_type(facts: &TopicFacts) -> ContentType {
    match facts.intent {
        // "acme pricing" is someone heading for a pricing page.
        Intent::Navigational if any_word(facts.keywords, PRICE_WORDS) => ContentType::PricingPage,
        Intent::Navigational => ContentType::ProductPage,
        Intent::Commercial => ContentType::ComparisonPage,
        Intent::Transactional if any_word(facts.keywords, PRICE_WORDS) => ContentType::PricingPage,
        Intent::Transactional => ContentType::LandingPage,
        Intent::Informational => {
            if facts.ours_coverage >= COVERED_AT && !facts.gap {
                ContentType::SocialPost
            } else if any_word(facts.keywords, GUIDE_WORDS)
                || facts.keywords.len() >= GUIDE_AT_KEYWORDS
            {
                ContentType::Guide
            } else if starts_with_question(facts.keywords) {
                ContentType::Faq
            } else {
                ContentType::BlogPost
            }
        }
    }
}

fn percent(share: f64) -> String {
    format!("{}%", (share * 100.0).round() as i64)
}

fn names(list: &[String]) -> String {
    match list {
        [] => "competitors".to_string(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [a, b, c] => format!("{a}, {b} and {c}"),
        [a, b, rest @ ..] => format!("{a}, {b} and {} others", rest.len()),
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn recommend(facts: &TopicFacts) -> Recommendation {
    let content_type = content_type(facts);
    let want = match facts.intent {
        Intent::Informational => "want to learn about it",
        Intent::Commercial => "are comparing options before they choose",
        Intent::Transactional => "are ready to buy or try",
        Intent::Navigational => "are looking for a specific product or brand",
    };
    let coverage = if facts.gap {
        format!(
            "{} {} this topic ({} of its phrases) while our pages cover {}",
            names(facts.competitors),
            if facts.competitors.len() == 1 {
                "covers"
            } else {
                "cover"
            },
            percent(facts.competitor_coverage),
            percent(facts.ours_coverage)
        )
    } else if facts.ours_coverage >= COVERED_AT {
        format!(
            "our pages already cover {} of its phrases",
            percent(facts.ours_coverage)
        )
    } else if facts.ours_coverage > 0.0 {
        format!(
            "our pages cover only {} of its phrases",
            percent(facts.ours_coverage)
        )
    } else if facts.competitor_coverage > 0.0 {
        "competitors touch on it and our pages do not".to_string()
    } else {
        "no crawled page covers it yet".to_string()
    };
    let make = match content_type {
        ContentType::BlogPost => "a blog post that answers it would earn that traffic".to_string(),
        ContentType::Guide if facts.keywords.len() > 1 => format!(
            "an in-depth guide covering its {} phrases would earn that traffic",
            facts.keywords.len()
        ),
        ContentType::Guide => "an in-depth guide would earn that traffic".to_string(),
        ContentType::Faq => {
            "an FAQ page that answers those questions directly fits best".to_string()
        }
        ContentType::ComparisonPage => {
            "a comparison page that sets our offer against the alternatives fits best".to_string()
        }
        ContentType::LandingPage => {
            "a focused landing page with one clear call to action fits best".to_string()
        }
        ContentType::PricingPage => {
            "a clear pricing page with plans and prices fits best".to_string()
        }
        ContentType::ProductPage => {
            "a product page that makes us the destination fits best".to_string()
        }
        ContentType::SocialPost => {
            "social posts that point to those pages will extend their reach".to_string()
        }
    };
    Recommendation {
        content_type,
        rationale: capitalise(&format!(
            "people searching “{}”{} {want}; {coverage}, so {make}.",
            facts.label,
            facts
                .volume
                .filter(|v| *v > 0)
                .map(|v| format!(" (about {} searches a month)", thousands(v)))
                .unwrap_or_default()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(
        intent: Intent,
        keywords: &'a [String],
        competitors: &'a [String],
    ) -> TopicFacts<'a> {
        TopicFacts {
            label: keywords.first().map(String::as_str).unwrap_or(""),
            intent,
            keywords,
            ours_coverage: 0.0,
            competitor_coverage: 0.0,
            gap: false,
            competitors,
            volume: None,
        }
    }

    fn kw(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn intent_picks_the_content_type() {
        let none: Vec<String> = vec![];
        let k = kw(&["crm software"]);
        assert_eq!(
            content_type(&facts(Intent::Navigational, &k, &none)),
            ContentType::ProductPage
        );
        assert_eq!(
            content_type(&facts(Intent::Commercial, &k, &none)),
            ContentType::ComparisonPage
        );
        assert_eq!(
            content_type(&facts(Intent::Transactional, &k, &none)),
            ContentType::LandingPage
        );
        assert_eq!(
            content_type(&facts(Intent::Informational, &k, &none)),
            ContentType::BlogPost
        );
        let p = kw(&["crm pricing", "crm plans"]);
        assert_eq!(
            content_type(&facts(Intent::Transactional, &p, &none)),
            ContentType::PricingPage
        );
        let n = kw(&["acme pricing"]);
        assert_eq!(
            content_type(&facts(Intent::Navigational, &n, &none)),
            ContentType::PricingPage
        );
        let g = kw(&["how to clean a crm"]);
        assert_eq!(
            content_type(&facts(Intent::Informational, &g, &none)),
            ContentType::Guide
        );
        let q = kw(&["what is a crm"]);
        assert_eq!(
            content_type(&facts(Intent::Informational, &q, &none)),
            ContentType::Faq
        );
        let broad = kw(&["a b", "c d", "e f", "g h", "i j"]);
        assert_eq!(
            content_type(&facts(Intent::Informational, &broad, &none)),
            ContentType::Guide
        );
    }

    #[test]
    fn well_covered_informational_topics_get_promoted() {
        let k = kw(&["crm software"]);
        let none: Vec<String> = vec![];
        let mut f = facts(Intent::Informational, &k, &none);
        f.ours_coverage = 1.0;
        let r = recommend(&f);
        assert_eq!(r.content_type, ContentType::SocialPost);
        assert!(
            r.rationale.contains("already cover 100%"),
            "{}",
            r.rationale
        );
    }

    #[test]
    fn gap_rationale_names_the_competitors() {
        let k = kw(&["crm comparison", "best crm"]);
        let c = kw(&["Globex", "Initech"]);
        let mut f = facts(Intent::Commercial, &k, &c);
        f.gap = true;
        f.competitor_coverage = 1.0;
        let r = recommend(&f);
        assert_eq!(
            r.rationale,
            "People searching “crm comparison” are comparing options before they choose; Globex and \
             Initech cover this topic (100% of its phrases) while our pages cover 0%, so a comparison \
             page that sets our offer against the alternatives fits best."
        );
    }
}
