//! Platform identifiers, how each one measures text, and the settings that vary per installation.

use serde::{Deserialize, Serialize};

/// A social network the formatter and validator know the rules of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    X,
    #[serde(rename = "linkedin")]
    LinkedIn,
    Instagram,
    Facebook,
    Threads,
    Mastodon,
    Bluesky,
    #[serde(rename = "tiktok")]
    TikTok,
}

impl Platform {
    pub const ALL: [Platform; 8] = [
        Platform::X,
        Platform::LinkedIn,
        Platform::Instagram,
        Platform::Facebook,
        Platform::Threads,
        Platform::Mastodon,
        Platform::Bluesky,
        Platform::TikTok,
    ];

    /// The stable name used in the API and in stored data (same as the serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::X => "x",
            Platform::LinkedIn => "linkedin",
            Platform::Instagram => "instagram",
            Platform::Facebook => "facebook",
            Platform::Threads => "threads",
            Platform::Mastodon => "mastodon",
            Platform::Bluesky => "bluesky",
            Platform::TikTok => "tiktok",
        }
    }

    /// Parses the stable name; `None` for anything else so callers can answer with a field error.
    pub fn parse(name: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

/// The unit a platform's text limit is expressed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    /// twitter-text v3: NFC, per-code-point weights, URLs fixed, emoji sequences weigh 2.
    XWeighted,
    /// Extended grapheme clusters (what a reader sees as one character).
    Graphemes,
    /// Mastodon: grapheme clusters, every http(s) URL as 23, `@user@domain` as `@user`.
    MastodonGraphemes,
    /// UTF-16 code units, the length JavaScript and Java front ends report.
    Utf16,
    /// Threads: characters, but an emoji counts as many as its UTF-8 bytes.
    ThreadsEmojiBytes,
}

/// How a link inside the text is charged against the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinkCounting {
    /// The link counts like any other text.
    AsWritten,
    /// Every detected link counts as `length`, however long it is.
    Fixed {
        length: usize,
        /// Whether a link needs `http://` or `https://` to be detected (`example.com` does not count as a link).
        scheme_required: bool,
    },
}

/// An image shape the platform renders without cropping.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AspectRatio {
    pub label: &'static str,
    pub width: f32,
    pub height: f32,
}

/// Rules that differ between installations or where public sources disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RuleSettings {
    /// Mastodon's limit is set per instance (500 on a stock server, often raised).
    pub mastodon_char_limit: usize,
    /// Instagram hashtags allowed per caption. Public sources disagree: the Graph API
    /// documentation states 30, while newer creator guidance and reports of a lower cap cite 5.
    /// 30 is what the API documents, so it is the default; an organisation that follows the
    /// stricter figure sets 5.
    pub instagram_hashtag_limit: usize,
}

impl Default for RuleSettings {
    fn default() -> Self {
        RuleSettings {
            mastodon_char_limit: 500,
            instagram_hashtag_limit: 30,
        }
    }
}
