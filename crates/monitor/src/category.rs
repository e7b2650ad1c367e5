//! Which kind of news an item is, from a keyword lexicon per category.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::words::{Word, find, term_words};

#[derive(
    Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Product,
    Pricing,
    Funding,
    Partnership,
    People,
    Legal,
    Security,
    Marketing,
    Industry,
    Other,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Category::Product,
        Category::Pricing,
        Category::Funding,
        Category::Partnership,
        Category::People,
        Category::Legal,
        Category::Security,
        Category::Marketing,
        Category::Industry,
        Category::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Product => "product",
            Category::Pricing => "pricing",
            Category::Funding => "funding",
            Category::Partnership => "partnership",
            Category::People => "people",
            Category::Legal => "legal",
            Category::Security => "security",
            Category::Marketing => "marketing",
            Category::Industry => "industry",
            Category::Other => "other",
        }
    }
}

/// Cue words and phrases per category, in the order ties are broken: the rarer, more consequential
/// categories first, because a breach mentioned in a product story is the story.
const LEXICON: &[(Category, &[&str])] = &[
    (
        Category::Security,
        &[
            "breach",
            "breached",
            "data breach",
            "vulnerability",
            "vulnerabilities",
            "outage",
            "outages",
            "hack",
            "hacked",
            "hackers",
            "ransomware",
            "leak",
            "leaked",
            "exploit",
            "exploited",
            "cyberattack",
            "cyber attack",
            "security flaw",
            "security incident",
            "downtime",
            "cve",
            "phishing",
            "malware",
            "zero-day",
            "zero day",
            "ddos",
            "compromised",
        ],
    ),
    (
        Category::Legal,
        &[
            "lawsuit",
            "lawsuits",
            "sues",
            "sued",
            "fine",
            "fined",
            "fines",
            "regulator",
            "regulators",
            "regulatory",
            "gdpr",
            "antitrust",
            "court",
            "settlement",
            "settles",
            "investigation",
            "probe",
            "ftc",
            "sec",
            "class action",
            "ruling",
            "judge",
            "penalty",
            "injunction",
            "subpoena",
            "complaint",
            "litigation",
            "patent",
            "ccpa",
            "dma",
            "competition authority",
        ],
    ),
    (
        Category::Funding,
        &[
            "raises",
            "raised",
            "raise",
            "funding",
            "funding round",
            "series a",
            "series b",
            "series c",
            "series d",
            "series e",
            "seed round",
            "seed funding",
            "pre-seed",
            "investment",
            "investors",
            "valuation",
            "valued",
            "ipo",
            "goes public",
            "venture capital",
            "secures",
            "unicorn",
            "growth equity",
            "backed",
        ],
    ),
    (
        Category::Partnership,
        &[
            "acquires",
            "acquired",
            "acquire",
            "acquisition",
            "acquisitions",
            "merger",
            "merges",
            "merge",
            "partnership",
            "partnerships",
            "partners",
            "partner",
            "partners with",
            "teams up",
            "team up",
            "collaboration",
            "collaborates",
            "alliance",
            "joint venture",
            "integration",
            "integrates",
            "buys",
            "deal with",
            "takeover",
        ],
    ),
    (
        Category::Pricing,
        &[
            "price",
            "prices",
            "pricing",
            "priced",
            "plan",
            "plans",
            "price increase",
            "price cut",
            "price hike",
            "discount",
            "discounts",
            "subscription",
            "subscriptions",
            "free tier",
            "tier",
            "tiers",
            "cheaper",
            "per seat",
            "per month",
            "paywall",
            "freemium",
            "billing",
        ],
    ),
    (
        Category::Product,
        &[
            "launches",
            "launched",
            "launch",
            "releases",
            "released",
            "release",
            "new feature",
            "new features",
            "unveils",
            "unveiled",
            "introduces",
            "introduced",
            "rolls out",
            "rollout",
            "update",
            "updates",
            "beta",
            "now available",
            "version",
            "debuts",
            "ships",
            "announces new",
            "feature",
            "features",
            "app",
            "redesign",
            "open source",
            "api",
        ],
    ),
    (
        Category::People,
        &[
            "ceo",
            "cto",
            "cfo",
            "cmo",
            "coo",
            "chief",
            "hires",
            "hired",
            "hiring",
            "appoints",
            "appointed",
            "names new",
            "steps down",
            "resigns",
            "resigned",
            "departure",
            "executive",
            "executives",
            "joins as",
            "layoffs",
            "lays off",
            "laid off",
            "founder",
            "co-founder",
            "board",
            "promoted",
            "headcount",
            "president",
        ],
    ),
    (
        Category::Marketing,
        &[
            "campaign",
            "campaigns",
            "ad",
            "ads",
            "advert",
            "advertising",
            "advertisement",
            "brand",
            "rebrand",
            "rebrands",
            "rebranding",
            "sponsorship",
            "sponsors",
            "sponsor",
            "influencer",
            "influencers",
            "commercial",
            "super bowl",
            "marketing",
            "slogan",
            "mascot",
            "billboard",
            "tagline",
            "ambassador",
        ],
    ),
    (
        Category::Industry,
        &[
            "industry",
            "market",
            "markets",
            "report",
            "survey",
            "study",
            "trends",
            "trend",
            "forecast",
            "analysts",
            "analyst",
            "sector",
            "research",
            "outlook",
            "benchmark",
            "index",
            "state of",
        ],
    ),
];

/// The category whose cues weigh most; a title cue counts twice a summary cue and a phrase counts
/// by its length. Ties go to the category listed first. No cue at all is `Other`.
pub fn categorize(title: &[Word], summary: &[Word]) -> Category {
    let mut best = (0usize, Category::Other);
    for (category, cues) in LEXICON {
        let weight: usize = cues
            .iter()
            .map(|cue| {
                let cue = term_words(cue);
                let hits = 2 * usize::from(find(title, &cue).is_some())
                    + usize::from(find(summary, &cue).is_some());
                hits * cue.len()
            })
            .sum();
        if weight > best.0 {
            best = (weight, *category);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::words;

    fn cat(title: &str, summary: &str) -> Category {
        categorize(&words(title), &words(summary))
    }

    #[test]
    fn each_category_is_recognised_from_its_cues() {
        assert_eq!(cat("Globex raises $40M in Series B", ""), Category::Funding);
        assert_eq!(
            cat("Initech acquires Hooli's analytics unit", ""),
            Category::Partnership
        );
        assert_eq!(
            cat("Globex teams up with Initech", ""),
            Category::Partnership
        );
        assert_eq!(
            cat("Globex doubles the price of its Pro plan", ""),
            Category::Pricing
        );
        assert_eq!(
            cat("Initech launches a new feature for teams", ""),
            Category::Product
        );
        assert_eq!(cat("Globex appoints a new CEO", ""), Category::People);
        assert_eq!(
            cat("Regulator opens GDPR probe into Globex", ""),
            Category::Legal
        );
        assert_eq!(cat("Initech suffers a data breach", ""), Category::Security);
        assert_eq!(
            cat("Globex's holiday campaign goes viral", ""),
            Category::Marketing
        );
        assert_eq!(
            cat("Survey: marketing software market to grow 12%", ""),
            Category::Industry
        );
        assert_eq!(
            cat("A quiet week", "Nothing much happened"),
            Category::Other
        );
    }

    #[test]
    fn title_cues_outweigh_summary_cues() {
        assert_eq!(
            cat(
                "Globex launches analytics suite",
                "The company recently raised money"
            ),
            Category::Product
        );
    }
}
