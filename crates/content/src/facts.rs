//! What a writer knows before drafting: the brand, the reader (persona) and the brief.
//!
//! Every type here is `Default` and `#[serde(default)]`, so a caller can send only what it
//! has; writers must produce sensible copy from empty facts.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{Channel, Language};

/// A banned term and the wording the brand uses instead.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct Replacement {
    pub term: String,
    pub replacement: String,
}

/// Four voice sliders, each 0-100 (values above 100 are read as 100).
/// 0 is the left-hand word of the field name, 100 the right-hand one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct Tone {
    /// 0 formal, 100 casual.
    pub formal_casual: u8,
    /// 0 serious, 100 playful.
    pub serious_playful: u8,
    /// 0 respectful, 100 irreverent.
    pub respectful_irreverent: u8,
    /// 0 matter-of-fact, 100 enthusiastic.
    pub matter_of_fact_enthusiastic: u8,
}

impl Default for Tone {
    fn default() -> Self {
        Tone {
            formal_casual: 50,
            serious_playful: 50,
            respectful_irreverent: 50,
            matter_of_fact_enthusiastic: 50,
        }
    }
}

impl Tone {
    /// The same tone with every slider clamped to 0-100.
    pub fn clamped(self) -> Tone {
        Tone {
            formal_casual: self.formal_casual.min(100),
            serious_playful: self.serious_playful.min(100),
            respectful_irreverent: self.respectful_irreverent.min(100),
            matter_of_fact_enthusiastic: self.matter_of_fact_enthusiastic.min(100),
        }
    }
}

/// How freely a brand uses emoji.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EmojiUse {
    Never,
    /// At most one per draft.
    #[default]
    Sparing,
    /// A few, chosen to fit the message.
    Encouraged,
}

/// The brand as a writer needs it: its own words, voice and rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct BrandFacts {
    pub name: String,
    pub tagline: String,
    pub mission: String,
    pub values: Vec<String>,
    pub value_propositions: Vec<String>,
    /// Content pillars: the recurring themes the brand talks about.
    pub pillars: Vec<String>,
    /// What the brand is, e.g. "project management software".
    pub category: String,
    /// Who it serves, e.g. "small agencies".
    pub audience: String,
    /// The main outcome for customers, e.g. "ship campaigns faster".
    pub benefit: String,
    pub differentiator: String,
    pub preferred_words: Vec<String>,
    /// Banned terms plus phrases users keep deleting; matched case-insensitively.
    pub avoid_words: Vec<String>,
    pub tone: Tone,
    pub emoji: EmojiUse,
    /// Branded hashtags, with or without the leading `#` (see [`normalise_hashtag`]).
    pub hashtags: Vec<String>,
    pub max_hashtags: u8,
    /// Statements that must accompany social posts and emails.
    pub disclaimers: Vec<String>,
    pub website: Option<String>,
    /// The language the brand writes in.
    pub language: Language,
    /// The industry in the brand's own words, e.g. "residential solar" or "coffee roasting".
    pub industry: String,
    /// What the brand sells or offers first, e.g. "a free home energy assessment".
    pub offer: String,
    /// Facts that back the brand's promise, e.g. "4,000 roofs since 2009".
    pub proof_points: Vec<String>,
    /// Where the brand works, e.g. "Sacramento and the Central Valley".
    pub location: String,
    /// Messages the brand repeats everywhere.
    pub key_messages: Vec<String>,
    /// Headlines and descriptions read from the brand's own website.
    pub website_copy: Vec<String>,
    /// Banned terms that have a preferred replacement: writers use the replacement.
    pub replacements: Vec<Replacement>,
}

impl Default for BrandFacts {
    fn default() -> Self {
        BrandFacts {
            name: String::new(),
            tagline: String::new(),
            mission: String::new(),
            values: Vec::new(),
            value_propositions: Vec::new(),
            pillars: Vec::new(),
            category: String::new(),
            audience: String::new(),
            benefit: String::new(),
            differentiator: String::new(),
            preferred_words: Vec::new(),
            avoid_words: Vec::new(),
            tone: Tone::default(),
            emoji: EmojiUse::default(),
            hashtags: Vec::new(),
            max_hashtags: 3,
            disclaimers: Vec::new(),
            website: None,
            language: Language::En,
            industry: String::new(),
            offer: String::new(),
            proof_points: Vec::new(),
            location: String::new(),
            key_messages: Vec::new(),
            website_copy: Vec::new(),
            replacements: Vec::new(),
        }
    }
}

/// The reader a draft speaks to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct PersonaFacts {
    pub name: String,
    pub role: String,
    pub goals: Vec<String>,
    pub pains: Vec<String>,
    pub objections: Vec<String>,
    /// e.g. "awareness", "consideration", "decision".
    pub buying_stage: String,
}

/// What this particular piece of content is for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct Brief {
    pub goal: String,
    pub key_message: String,
    pub call_to_action: String,
    pub cta_url: Option<String>,
    /// The campaign's internal name or goal: context for the writer, never published
    /// (no hashtag or copy is spelled from it).
    pub campaign: Option<String>,
    /// The campaign's public theme, e.g. "Summer of Solar": may become a hashtag.
    pub theme: Option<String>,
    /// The language to write in; the brand's when unset.
    pub language: Option<Language>,
    pub tone_override: Option<Tone>,
    /// Revision requests, applied in order: "shorter", "more playful", "no emoji", free text.
    pub feedback: Vec<String>,
    /// SEO keywords for blog posts; the first is the primary one.
    pub keywords: Vec<String>,
    pub topic: Option<String>,
    /// Facts from market research the draft may draw on: a news item to react to, a
    /// competitor's positioning, an audit finding.
    pub research: Vec<String>,
}

/// Position in an email sequence. `index` is zero-based: 0 is the first email.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
pub struct Step {
    pub index: u32,
    pub total: u32,
}

/// Everything needed to write one draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ComposeRequest {
    #[serde(default)]
    pub brand: BrandFacts,
    #[serde(default)]
    pub persona: Option<PersonaFacts>,
    #[serde(default)]
    pub brief: Brief,
    pub channel: Channel,
    /// Which alternative of the same brief: variants differ visibly from each other.
    #[serde(default)]
    pub variant: u32,
    #[serde(default)]
    pub step: Option<Step>,
    /// Same request and seed, same draft.
    #[serde(default)]
    pub seed: u64,
}

impl ComposeRequest {
    /// The language this draft is written in: the brief's, else the brand's.
    pub fn language(&self) -> Language {
        self.brief.language.unwrap_or(self.brand.language)
    }

    /// A request with default facts for `channel`, for callers that fill fields afterwards.
    pub fn new(channel: Channel) -> Self {
        ComposeRequest {
            brand: BrandFacts::default(),
            persona: None,
            brief: Brief::default(),
            channel,
            variant: 0,
            step: None,
            seed: 0,
        }
    }
}

/// A hashtag without its `#`, keeping letters, digits and underscores; `None` if nothing is left.
/// Accepts `#Brand`, `Brand`, `##brand day` (spaces join words: `brandday`).
pub fn normalise_hashtag(raw: &str) -> Option<String> {
    let tag: String = raw
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if tag.is_empty() || tag.chars().all(|c| c.is_ascii_digit()) {
        None
    } else {
        Some(tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_json_fills_defaults() {
        let brand: BrandFacts = serde_json::from_str(r#"{"name":"Acme"}"#).unwrap();
        assert_eq!(brand.name, "Acme");
        assert_eq!(brand.tone, Tone::default());
        assert_eq!(brand.max_hashtags, 3);
        let req: ComposeRequest = serde_json::from_str(r#"{"channel":"linkedin"}"#).unwrap();
        assert_eq!(req.channel, Channel::Linkedin);
        assert_eq!(req.seed, 0);
        assert!(req.persona.is_none());
    }

    #[test]
    fn emoji_use_is_snake_case() {
        assert_eq!(
            serde_json::to_string(&EmojiUse::Encouraged).unwrap(),
            "\"encouraged\""
        );
    }

    #[test]
    fn tone_clamps_out_of_range_sliders() {
        let t = Tone {
            formal_casual: 250,
            ..Tone::default()
        }
        .clamped();
        assert_eq!(t.formal_casual, 100);
        assert_eq!(t.serious_playful, 50);
    }

    #[test]
    fn hashtags_normalise() {
        assert_eq!(normalise_hashtag("#Acme").as_deref(), Some("Acme"));
        assert_eq!(normalise_hashtag("##acme day").as_deref(), Some("acmeday"));
        assert_eq!(
            normalise_hashtag("made_in_uk").as_deref(),
            Some("made_in_uk")
        );
        assert_eq!(normalise_hashtag("#"), None);
        assert_eq!(normalise_hashtag("#2024"), None);
        assert_eq!(normalise_hashtag("   "), None);
    }
}
