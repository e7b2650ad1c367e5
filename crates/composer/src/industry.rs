//! The brand's industry, read from its own words, so the copy talks the way that trade talks.
//!
//! Phrases that only make sense in one trade ("busywork", "ship", a free trial, a demo) carry
//! a lowercase industry tag in their bank (see [`Industry::tag`]) and are never chosen for
//! another; untagged phrases are neutral and fit every business.

use crate::bank::Bank;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Industry {
    Software,
    HomeServices,
    Energy,
    Food,
    Health,
    Retail,
    Finance,
    Professional,
    Education,
    Nonprofit,
    Travel,
    Beauty,
    /// Nothing recognisable: neutral copy only.
    General,
}

/// Words that point to an industry, most specific industries first so "solar" wins over
/// "home" and "dental" over "care". A word matches where a word of the text starts.
const SIGNS: &[(Industry, &[&str])] = &[
    (
        Industry::Energy,
        &[
            "solar",
            "photovoltaic",
            "renewable",
            "heat pump",
            "battery storage",
            "ev charg",
            "energy",
        ],
    ),
    (
        Industry::Software,
        &[
            "software",
            "saas",
            "app",
            "platform",
            "api",
            "cloud",
            "developer",
            "devops",
            "crm",
            "analytics",
            "automation",
            "it services",
            "cybersecurity",
            "tech",
            "digital tool",
            "tool for",
        ],
    ),
    (
        Industry::HomeServices,
        &[
            "plumb",
            "hvac",
            "electrician",
            "electrical",
            "roofing",
            "roofer",
            "landscap",
            "garden",
            "cleaning",
            "cleaner",
            "handyman",
            "carpent",
            "builder",
            "construction",
            "renovat",
            "remodel",
            "home service",
            "home repair",
            "pest",
            "locksmith",
            "painter",
            "painting",
            "heating",
            "boiler",
            "moving",
            "removals",
            "trades",
        ],
    ),
    (
        Industry::Food,
        &[
            "coffee",
            "roast",
            "café",
            "cafe",
            "restaurant",
            "bakery",
            "baker",
            "bread",
            "pastry",
            "food",
            "catering",
            "bar",
            "brewery",
            "winery",
            "wine",
            "pizza",
            "kitchen",
            "hospitality",
            "hotel",
            "bistro",
            "deli",
            "chocolate",
            "tea",
        ],
    ),
    (
        Industry::Health,
        &[
            "dental",
            "dentist",
            "clinic",
            "health",
            "medical",
            "physio",
            "therapy",
            "therapist",
            "yoga",
            "pilates",
            "fitness",
            "gym",
            "wellness",
            "wellbeing",
            "chiropract",
            "optician",
            "pharmacy",
            "veterinar",
            "vet",
            "nutrition",
            "massage",
            "counsel",
        ],
    ),
    (
        Industry::Beauty,
        &[
            "beauty",
            "salon",
            "hair",
            "barber",
            "nail",
            "skincare",
            "skin care",
            "cosmetic",
            "makeup",
            "fashion",
            "clothing",
            "apparel",
            "boutique",
            "jewel",
            "spa",
        ],
    ),
    (
        Industry::Finance,
        &[
            "account",
            "bookkeep",
            "tax",
            "finance",
            "financial",
            "insurance",
            "insurer",
            "mortgage",
            "bank",
            "wealth",
            "invest",
            "pension",
            "loan",
            "credit",
        ],
    ),
    (
        Industry::Education,
        &[
            "school",
            "tutor",
            "course",
            "education",
            "training",
            "academy",
            "lesson",
            "teach",
            "learning",
            "university",
            "college",
            "coaching",
        ],
    ),
    (
        Industry::Nonprofit,
        &[
            "nonprofit",
            "non-profit",
            "charity",
            "charitable",
            "foundation",
            "volunteer",
            "ngo",
            "donat",
            "community group",
        ],
    ),
    (
        Industry::Travel,
        &[
            "travel",
            "tour",
            "holiday",
            "vacation",
            "trip",
            "airline",
            "cruise",
            "hostel",
            "guesthouse",
            "b&b",
            "bed and breakfast",
        ],
    ),
    (
        Industry::Retail,
        &[
            "shop",
            "store",
            "retail",
            "e-commerce",
            "ecommerce",
            "online shop",
            "marketplace",
            "gifts",
            "furniture",
            "homeware",
            "toys",
            "books",
        ],
    ),
    (
        Industry::Professional,
        &[
            "law",
            "legal",
            "solicitor",
            "attorney",
            "consult",
            "agency",
            "architect",
            "recruit",
            "marketing",
            "design studio",
            "photograph",
            "real estate",
            "estate agent",
            "property",
            "b2b",
        ],
    ),
];

impl Industry {
    pub const ALL: [Industry; 13] = [
        Industry::Software,
        Industry::HomeServices,
        Industry::Energy,
        Industry::Food,
        Industry::Health,
        Industry::Retail,
        Industry::Finance,
        Industry::Professional,
        Industry::Education,
        Industry::Nonprofit,
        Industry::Travel,
        Industry::Beauty,
        Industry::General,
    ];

    /// Reads the industry from the brand's `industry` field first, then its category, then
    /// its offer; [`Industry::General`] when none of them names a trade we know.
    pub fn classify(industry: &str, category: &str, offer: &str) -> Industry {
        for text in [industry, category, offer] {
            let t = text.to_lowercase();
            if t.trim().is_empty() {
                continue;
            }
            for (ind, words) in SIGNS {
                if words.iter().any(|w| starts_word(&t, w)) {
                    return *ind;
                }
            }
        }
        Industry::General
    }

    /// The lowercase letter that marks a phrase as belonging to this industry in a bank's
    /// tags; `None` for the neutral fallback, which uses untagged phrases only.
    pub fn tag(self) -> Option<char> {
        Some(match self {
            Industry::Software => 's',
            Industry::HomeServices => 'h',
            Industry::Energy => 'e',
            Industry::Food => 'f',
            Industry::Health => 'w',
            Industry::Retail => 'r',
            Industry::Finance => 'm',
            Industry::Professional => 'p',
            Industry::Education => 'u',
            Industry::Nonprofit => 'n',
            Industry::Travel => 't',
            Industry::Beauty => 'b',
            Industry::General => return None,
        })
    }

    /// The industry a tag letter names.
    pub fn from_tag(c: char) -> Option<Industry> {
        Industry::ALL.into_iter().find(|i| i.tag() == Some(c))
    }

    /// True when a phrase tagged `tags` may be used for this industry: untagged phrases fit
    /// every industry, tagged ones only the industries they name.
    pub fn allows(self, tags: &str) -> bool {
        let mut tagged = false;
        for c in tags.chars().filter(char::is_ascii_lowercase) {
            tagged = true;
            if Some(c) == self.tag() {
                return true;
            }
        }
        !tagged
    }

    /// Neutral calls to action that suit the trade, for briefs that name none and brands
    /// without an offer. None of them promises an asset (guide, demo, trial) that may not
    /// exist.
    pub fn ctas(self) -> &'static Bank {
        match self {
            Industry::Software => &[
                ("", "See how it works"),
                ("", "Learn more"),
                ("", "Take a look"),
            ],
            Industry::HomeServices => &[
                ("", "Get a quote"),
                ("", "Book a visit"),
                ("", "Ask for a quote"),
            ],
            Industry::Energy => &[
                ("", "Get a quote"),
                ("", "Ask for a quote"),
                ("", "Learn more"),
            ],
            Industry::Food => &[("", "Visit us"), ("", "Come and see us"), ("", "Stop by")],
            Industry::Health => &[
                ("", "Book a visit"),
                ("", "Book an appointment"),
                ("", "Get in touch"),
            ],
            Industry::Retail => &[
                ("", "Shop now"),
                ("", "Browse the range"),
                ("", "Take a look"),
            ],
            Industry::Finance => &[("", "Get in touch"), ("", "Talk to us"), ("", "Learn more")],
            Industry::Professional => {
                &[("", "Get in touch"), ("", "Talk to us"), ("", "Learn more")]
            }
            Industry::Education => &[
                ("", "Learn more"),
                ("", "Find out more"),
                ("", "Get in touch"),
            ],
            Industry::Nonprofit => &[
                ("", "Get involved"),
                ("", "Learn more"),
                ("", "Find out more"),
            ],
            Industry::Travel => &[
                ("", "Plan your trip"),
                ("", "Learn more"),
                ("", "Take a look"),
            ],
            Industry::Beauty => &[
                ("", "Book a visit"),
                ("", "Take a look"),
                ("", "Discover more"),
            ],
            Industry::General => &[
                ("", "Learn more"),
                ("", "Get in touch"),
                ("", "Find out more"),
            ],
        }
    }

    /// A plain word for what the brand's customers are, when the brand names no audience.
    pub fn customers(self) -> &'static str {
        match self {
            Industry::Software => "teams like yours",
            Industry::HomeServices => "homeowners",
            Industry::Energy => "homeowners",
            Industry::Food => "food lovers",
            Industry::Health => "patients",
            Industry::Retail => "shoppers",
            Industry::Finance => "clients",
            Industry::Professional => "clients",
            Industry::Education => "learners",
            Industry::Nonprofit => "supporters",
            Industry::Travel => "travellers",
            Industry::Beauty => "clients",
            Industry::General => "people like you",
        }
    }

    /// The outcome to promise when the brand states none.
    pub fn outcome(self) -> &'static str {
        match self {
            Industry::Software => "get more done with less effort",
            Industry::HomeServices => "get the job done right the first time",
            Industry::Energy => "cut your energy bills",
            Industry::Food => "enjoy something good, made with care",
            Industry::Health => "feel better and stay well",
            Industry::Retail => "find what you love",
            Industry::Finance => "make confident decisions about your money",
            Industry::Professional => "get expert help when it counts",
            Industry::Education => "learn with confidence",
            Industry::Nonprofit => "make a real difference",
            Industry::Travel => "travel with confidence",
            Industry::Beauty => "look and feel your best",
            Industry::General => "get what you need with less fuss",
        }
    }
}

/// True when `word` appears in `text` where a word starts.
fn starts_word(text: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some(rel) = text.get(from..).and_then(|t| t.find(word)) {
        let pos = from + rel;
        let before_ok = text[..pos]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        // Short words must end the word too ("bar" is not "barber", "app" not "apparel").
        let end = pos + word.len();
        let after_ok = word.len() >= 5
            || text[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() || c == 's');
        if before_ok && after_ok {
            return true;
        }
        from = pos + word.len().max(1);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_from_the_brands_words() {
        assert_eq!(
            Industry::classify("residential solar", "", ""),
            Industry::Energy
        );
        assert_eq!(
            Industry::classify("", "plumbing and heating", ""),
            Industry::HomeServices
        );
        assert_eq!(
            Industry::classify("coffee roasting", "", ""),
            Industry::Food
        );
        assert_eq!(
            Industry::classify("", "dental clinic", ""),
            Industry::Health
        );
        assert_eq!(
            Industry::classify("", "project management software", ""),
            Industry::Software
        );
        assert_eq!(Industry::classify("accounting", "", ""), Industry::Finance);
        assert_eq!(Industry::classify("", "barber shop", ""), Industry::Beauty);
        assert_eq!(
            Industry::classify("", "", "a free home energy assessment"),
            Industry::Energy
        );
        assert_eq!(Industry::classify("", "", ""), Industry::General);
        assert_eq!(
            Industry::classify("widgets", "things", ""),
            Industry::General
        );
    }

    #[test]
    fn tags_gate_phrases() {
        assert!(Industry::Food.allows(""));
        assert!(Industry::Food.allows("CE"));
        assert!(Industry::Food.allows("fh"));
        assert!(!Industry::Food.allows("s"));
        assert!(!Industry::General.allows("s"));
        assert!(Industry::General.allows("F"));
        for i in Industry::ALL {
            if let Some(t) = i.tag() {
                assert_eq!(Industry::from_tag(t), Some(i));
            }
            assert!(i.ctas().len() >= 3);
        }
    }
}
