//! What a text is checked against: the rules drawn from a brand's voice, and where the text
//! will be published.

use serde::{Deserialize, Serialize};

/// Sentence length limit applied when a policy does not set one. Thirty words is the point
/// past which plain-language guides (GOV.UK, plainlanguage.gov) find comprehension drops.
pub const DEFAULT_MAX_SENTENCE_WORDS: usize = 30;

/// Exclamation runs allowed per text when neither the policy nor a tone says otherwise.
pub const DEFAULT_MAX_EXCLAMATIONS: usize = 3;

/// The rules a text must follow. [`Policy::default`] is "no brand": only the general rules
/// (claims, disclosures, email footers, sentence length, sparing emoji and exclamations) apply.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Policy {
    pub banned: Vec<BannedTerm>,
    /// Each must appear at least once, as a whole word or phrase, in any letter case.
    pub required_terms: Vec<String>,
    /// Each must appear verbatim, ignoring letter case, runs of whitespace and curly quotes.
    pub required_disclaimers: Vec<String>,
    /// Brand vocabulary; a longer text that uses none of it gets an informational nudge.
    pub preferred_words: Vec<String>,
    pub tone: Option<Tone>,
    /// Target Flesch-Kincaid grade; texts more than 1.5 grades above it are flagged.
    pub reading_grade_target: Option<f32>,
    /// Longest sentence allowed, in words. `None` means [`DEFAULT_MAX_SENTENCE_WORDS`];
    /// `Some(0)` switches the rule off.
    pub max_sentence_words: Option<usize>,
    pub emoji: EmojiRule,
    pub exclamation: ExclamationRule,
    /// Most hashtags allowed in one text; `None` means no limit. Hashtags past it are errors.
    pub max_hashtags: Option<usize>,
    /// The language the text is written in. Readability uses that language's formula and
    /// syllable count; the English word lists (tone lexicon, claim phrases) are applied to
    /// English only. Banned terms, required terms and disclaimers apply in every language.
    pub language: Language,
}

/// The writing language: one vocabulary with the drafts (`content::Language`).
pub use content::Language;

/// A word or phrase the brand never uses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BannedTerm {
    pub term: String,
    pub replacement: Option<String>,
    pub reason: String,
}

/// The brand's tone sliders. Each runs 0-100 from the first named pole to the second:
/// `formal_casual` 0 is fully formal, 100 fully casual. Values above 100 are read as 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tone {
    pub formal_casual: u8,
    pub serious_playful: u8,
    pub respectful_irreverent: u8,
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

/// How the brand uses emoji.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmojiRule {
    /// Every emoji is flagged.
    Never,
    /// At most one emoji per started 280 characters (one tweet's worth of text); the rest
    /// are flagged.
    #[default]
    Sparing,
    /// No limit.
    Encouraged,
}

impl EmojiRule {
    /// Emoji allowed in a text of `chars` characters, `None` meaning unlimited.
    pub fn allowance(self, chars: usize) -> Option<usize> {
        match self {
            EmojiRule::Never => Some(0),
            EmojiRule::Sparing => Some(chars.div_ceil(280).max(1)),
            EmojiRule::Encouraged => None,
        }
    }
}

/// How many exclamations a text may carry. A run such as `!!!` counts once (and is flagged as
/// shouting unless unlimited).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExclamationRule {
    /// Derived from the tone's enthusiasm slider: below 25 none, below 50 one, below 75
    /// three, otherwise unlimited. Without a tone, [`DEFAULT_MAX_EXCLAMATIONS`].
    #[default]
    Auto,
    Never,
    MaxPerText(usize),
    Unlimited,
}

impl ExclamationRule {
    /// Exclamation runs allowed, `None` meaning unlimited.
    pub fn limit(self, tone: Option<&Tone>) -> Option<usize> {
        match self {
            ExclamationRule::Never => Some(0),
            ExclamationRule::MaxPerText(n) => Some(n),
            ExclamationRule::Unlimited => None,
            ExclamationRule::Auto => match tone.map(|t| t.matter_of_fact_enthusiastic.min(100)) {
                None => Some(DEFAULT_MAX_EXCLAMATIONS),
                Some(e) if e < 25 => Some(0),
                Some(e) if e < 50 => Some(1),
                Some(e) if e < 75 => Some(3),
                Some(_) => None,
            },
        }
    }
}

/// Where the text will be published; some rules only apply in some places.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    #[default]
    General,
    Social,
    /// A creator's sponsored post: needs a clear advertising disclosure (FTC, ASA).
    Influencer,
    Ad,
    /// Commercial email: needs an unsubscribe link and a postal address (CAN-SPAM).
    Email,
    Blog,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparing_emoji_allows_one_per_started_280_chars() {
        assert_eq!(EmojiRule::Sparing.allowance(0), Some(1));
        assert_eq!(EmojiRule::Sparing.allowance(280), Some(1));
        assert_eq!(EmojiRule::Sparing.allowance(281), Some(2));
        assert_eq!(EmojiRule::Never.allowance(10_000), Some(0));
        assert_eq!(EmojiRule::Encouraged.allowance(10), None);
    }

    #[test]
    fn auto_exclamation_limit_follows_enthusiasm() {
        let tone = |e| Tone {
            matter_of_fact_enthusiastic: e,
            ..Tone::default()
        };
        let auto = ExclamationRule::Auto;
        assert_eq!(auto.limit(None), Some(DEFAULT_MAX_EXCLAMATIONS));
        assert_eq!(auto.limit(Some(&tone(10))), Some(0));
        assert_eq!(auto.limit(Some(&tone(40))), Some(1));
        assert_eq!(auto.limit(Some(&tone(60))), Some(3));
        assert_eq!(auto.limit(Some(&tone(90))), None);
        assert_eq!(auto.limit(Some(&tone(255))), None);
        assert_eq!(
            ExclamationRule::MaxPerText(2).limit(Some(&tone(0))),
            Some(2)
        );
    }

    #[test]
    fn policy_deserializes_from_partial_snake_case_json() {
        let p: Policy = serde_json::from_str(
            r#"{"banned":[{"term":"synergy","replacement":"teamwork"}],
                "emoji":"never","exclamation":{"max_per_text":1},
                "tone":{"formal_casual":80,"serious_playful":20,
                        "respectful_irreverent":10,"matter_of_fact_enthusiastic":30}}"#,
        )
        .expect("valid policy json");
        assert_eq!(p.banned[0].replacement.as_deref(), Some("teamwork"));
        assert_eq!(p.emoji, EmojiRule::Never);
        assert_eq!(p.exclamation, ExclamationRule::MaxPerText(1));
        assert_eq!(p.tone.map(|t| t.formal_casual), Some(80));
        assert_eq!(p.max_sentence_words, None);
        let ctx: Context = serde_json::from_str("\"influencer\"").expect("context");
        assert_eq!(ctx, Context::Influencer);
        assert_eq!(p.language, Language::En);
        let es: Policy = serde_json::from_str(r#"{"language":"es"}"#).expect("language");
        assert_eq!(es.language, Language::Es);
    }

    #[test]
    fn language_codes_read_regions() {
        assert_eq!(Language::from_code("pt_BR"), Some(Language::Pt));
        assert_eq!(Language::from_code(" DE "), Some(Language::De));
        assert_eq!(Language::from_code("xx"), None);
        for l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
    }
}
