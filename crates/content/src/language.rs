//! The language a brand writes in and a brief is written in.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A writing language, as its ISO 639-1 code.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    #[default]
    En,
    Es,
    Fr,
    De,
    Pt,
}

/// A language code that is not one of [`Language::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}`")]
pub struct UnknownLanguage(pub String);

impl Language {
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::Es,
        Language::Fr,
        Language::De,
        Language::Pt,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Fr => "fr",
            Language::De => "de",
            Language::Pt => "pt",
        }
    }

    pub fn is_english(self) -> bool {
        self == Language::En
    }

    /// Reads an ISO 639-1 code, with or without a region (`es-MX`, `pt_BR`); `None` for
    /// another language.
    pub fn from_code(code: &str) -> Option<Language> {
        code.parse().ok()
    }

    /// The language's name in English, as a prompt or a message names it.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Spanish",
            Language::Fr => "French",
            Language::De => "German",
            Language::Pt => "Portuguese",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim().to_ascii_lowercase();
        // Region subtags ("es-MX", "pt_BR") write the same language.
        let base = code.split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|l| l.code() == base)
            .ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_region_tags_are_read() {
        for l in Language::ALL {
            assert_eq!(l.code().parse::<Language>().unwrap(), l);
            assert_eq!(
                serde_json::to_string(&l).unwrap(),
                format!("\"{}\"", l.code())
            );
        }
        assert_eq!("es-MX".parse::<Language>().unwrap(), Language::Es);
        assert_eq!("PT_br".parse::<Language>().unwrap(), Language::Pt);
        assert!("xx".parse::<Language>().is_err());
        assert_eq!(Language::default(), Language::En);
    }
}
