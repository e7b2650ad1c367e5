//! Lexicon-and-rules sentiment after VADER (Hutto & Gilbert 2014): lexicon valence, booster words,
//! negation within three words, the "but" shift, ALL-CAPS emphasis, exclamation and question marks,
//! and a compound score normalised with x / sqrt(x² + 15).
//!
//! The lexicon and emoji descriptions are VADER's own (MIT, see data/LICENSE-VADER.txt), extended with
//! news terms of ours (data/news_lexicon.tsv); the rules are implemented here so that scoring needs
//! nothing at run time.

mod lexicon;
mod rules;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SentimentLabel {
    Positive,
    Neutral,
    Negative,
}

impl SentimentLabel {
    /// VADER's recommended cut-offs on the compound score.
    pub fn from_compound(compound: f64) -> Self {
        if compound >= 0.05 {
            Self::Positive
        } else if compound <= -0.05 {
            Self::Negative
        } else {
            Self::Neutral
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Positive => "positive",
            Self::Neutral => "neutral",
            Self::Negative => "negative",
        }
    }
}

/// `compound` is in -1..=1; `positive`, `negative` and `neutral` are the shares of the text (they sum to ~1).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Sentiment {
    pub compound: f64,
    pub positive: f64,
    pub negative: f64,
    pub neutral: f64,
    pub label: SentimentLabel,
}

/// Sentiment of a short text (a headline, a post, a sentence) with VADER's rules and lexicon
/// extended by business and product news terms.
pub fn sentiment(text: &str) -> Sentiment {
    rules::polarity(text, &lexicon::NEWS)
}

/// The same rules with VADER's lexicon alone: matches the reference implementation
/// (vaderSentiment 3.3.2), for comparison and for text outside business news.
pub fn vader_sentiment(text: &str) -> Sentiment {
    rules::polarity(text, &lexicon::VADER)
}

#[cfg(test)]
mod tests;
