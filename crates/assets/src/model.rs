//! Asset types: kinds, the DTOs the API answers with, and the pure rules for tags, metadata
//! and the text that full-text search indexes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// What an asset is, decided from its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Raster image (PNG, JPEG, GIF, WebP, AVIF...).
    Image,
    /// SVG, sanitized on upload.
    Vector,
    Audio,
    Video,
    /// PDF and office documents.
    Document,
    Font,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Image,
        Kind::Vector,
        Kind::Audio,
        Kind::Video,
        Kind::Document,
        Kind::Font,
        Kind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Image => "image",
            Kind::Vector => "vector",
            Kind::Audio => "audio",
            Kind::Video => "video",
            Kind::Document => "document",
            Kind::Font => "font",
            Kind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether a browser should show the file in place rather than download it.
    pub fn inline(self) -> bool {
        matches!(self, Kind::Image | Kind::Vector | Kind::Audio | Kind::Video)
    }
}

/// Thumbnail states stored in `assets.thumbnail_status`.
pub mod thumb {
    pub const PENDING: &str = "pending";
    pub const READY: &str = "ready";
    pub const FAILED: &str = "failed";
    /// Nothing to render (not an image).
    pub const NONE: &str = "none";
}

/// An asset as the API shows it. `url` and `thumbnail_url` are signed, expiring paths that
/// work without a bearer token (for `<img src>`, `<audio>` and shared brand kits).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Asset {
    pub id: Uuid,
    pub name: String,
    pub kind: Kind,
    /// Detected from the file's bytes.
    pub content_type: String,
    pub size_bytes: i64,
    /// SHA-256 of the stored file, hex.
    pub sha256: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub tags: Vec<String>,
    /// Free-form key/value pairs; values are searchable.
    #[schema(value_type = std::collections::HashMap<String, serde_json::Value>)]
    pub metadata: serde_json::Value,
    pub description: String,
    pub brand_id: Option<Uuid>,
    pub persona_ids: Vec<Uuid>,
    /// Number of the current file version (1 for a fresh upload).
    pub version: i32,
    /// `pending`, `ready`, `failed` or `none`.
    pub thumbnail_status: String,
    pub url: String,
    pub thumbnail_url: Option<String>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What other modules (brand kit, capture, checks) need to show or link an asset.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq, Eq)]
pub struct AssetSummary {
    pub id: Uuid,
    pub name: String,
    pub kind: Kind,
    pub content_type: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub url: String,
    pub thumbnail_url: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AssetPage {
    pub items: Vec<Asset>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SearchResults {
    /// Best match first.
    pub items: Vec<Asset>,
}

/// One stored file of an asset.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AssetVersion {
    pub id: Uuid,
    pub version: i32,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub comment: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    /// True for the version the asset serves now.
    pub current: bool,
    /// Signed, expiring URL of this version's file.
    pub url: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VersionList {
    /// Newest first.
    pub items: Vec<AssetVersion>,
}

#[derive(Debug, Clone, Serialize, ToSchema, PartialEq, Eq)]
pub struct TypeStat {
    pub kind: Kind,
    pub count: i64,
    pub total_bytes: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TypeStats {
    /// Every kind, in a fixed order, zeros included.
    pub items: Vec<TypeStat>,
    pub total_count: i64,
    pub total_bytes: i64,
    /// Largest file an upload may have, so that clients can refuse bigger ones before sending.
    pub upload_limit_bytes: i64,
}

pub const MAX_TAGS: usize = 30;
pub const MAX_TAG_LEN: usize = 50;
pub const MAX_NAME_LEN: usize = 300;
pub const MAX_DESCRIPTION_LEN: usize = 5000;
pub const MAX_METADATA_BYTES: usize = 16 * 1024;

/// Tags as stored: trimmed, lower-case, inner whitespace collapsed, no empties or repeats,
/// in the order given. `Err` names the rule broken.
pub fn normalize_tags<I, S>(raw: I) -> Result<Vec<String>, String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out: Vec<String> = Vec::new();
    for item in raw {
        for piece in item.as_ref().split(',') {
            let tag = piece
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if tag.is_empty() || out.contains(&tag) {
                continue;
            }
            if tag.chars().count() > MAX_TAG_LEN {
                return Err(format!("Tags are at most {MAX_TAG_LEN} characters."));
            }
            out.push(tag);
        }
    }
    if out.len() > MAX_TAGS {
        return Err(format!("An asset has at most {MAX_TAGS} tags."));
    }
    Ok(out)
}

/// A display name: trimmed, control characters removed, at most [`MAX_NAME_LEN`] characters.
pub fn clean_name(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .chars()
        .take(MAX_NAME_LEN)
        .collect()
}

/// Metadata must be a JSON object of modest size.
pub fn check_metadata(value: &serde_json::Value) -> Result<(), String> {
    if !value.is_object() {
        return Err("Metadata is a JSON object.".into());
    }
    if serde_json::to_vec(value).map_or(0, |v| v.len()) > MAX_METADATA_BYTES {
        return Err(format!(
            "Metadata is at most {} KiB.",
            MAX_METADATA_BYTES / 1024
        ));
    }
    Ok(())
}

/// Lower-cases, drops accents and replaces every character that is not a letter or digit with a
/// space, so that SQLite's unicode61 tokenizer and PostgreSQL's `simple` parser cut text the same
/// way (PostgreSQL would otherwise read `logo_v2.png` as one file-name token, and keep `café`
/// apart from `cafe`, which SQLite folds together).
pub fn fold(text: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The one string full-text search indexes: name, tags, description and metadata values.
pub fn search_text(
    name: &str,
    tags: &[String],
    description: &str,
    metadata: &serde_json::Value,
) -> String {
    fn values(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Number(n) => out.push(n.to_string()),
            serde_json::Value::Bool(b) => out.push(b.to_string()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| values(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| values(x, out)),
            serde_json::Value::Null => {}
        }
    }
    let mut parts = vec![name.to_owned()];
    parts.extend(tags.iter().cloned());
    parts.push(description.to_owned());
    values(metadata, &mut parts);
    fold(&parts.join(" "))
}

/// The terms of a search box query: folded like the index, at most 8, each at most 64
/// characters. Only letters and digits survive, so no query syntax can reach the database.
pub fn query_terms(q: &str) -> Vec<String> {
    fold(q)
        .split(' ')
        .filter(|t| !t.is_empty())
        .take(8)
        .map(|t| t.chars().take(64).collect())
        .collect()
}

/// SQLite FTS5: every term as a quoted prefix, all required (`"logo"* "blu"*`).
pub fn fts5_query(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("\"{t}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// PostgreSQL `to_tsquery('simple', ...)`: every term as a prefix, all required.
pub fn tsquery(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("{t}:*"))
        .collect::<Vec<_>>()
        .join(" & ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tags_are_normalized() {
        assert_eq!(
            normalize_tags(["Logo, Blue  Sky", "logo", " ", "dark,,mode"]).unwrap(),
            vec!["logo", "blue sky", "dark", "mode"]
        );
        assert!(normalize_tags([&"x".repeat(51)]).is_err());
        let many: Vec<String> = (0..31).map(|i| format!("t{i}")).collect();
        assert!(normalize_tags(&many).is_err());
    }

    #[test]
    fn search_text_covers_name_tags_description_and_metadata_values() {
        let text = search_text(
            "Brand-Logo_v2.PNG",
            &["primary".into(), "dark mode".into()],
            "Use on dark backgrounds.",
            &json!({"photographer": "Ana Müller", "year": 2024, "nested": {"place": ["Lisbon"]}, "key_only": null}),
        );
        assert_eq!(
            text,
            "brand logo v2 png primary dark mode use on dark backgrounds lisbon ana muller 2024"
        );
    }

    #[test]
    fn accents_fold_away_on_both_databases() {
        assert_eq!(
            fold("Café Crème, Łódź & São Paulo"),
            "cafe creme łodz sao paulo"
        );
        assert_eq!(fold("ﬁne NAÏVE"), "ﬁne naive");
    }

    #[test]
    fn any_query_string_becomes_safe_terms() {
        let terms = query_terms(r#"  LOGO" OR 1=1; -- blue* NEAR(x) 'a':*|!b & c)"#);
        assert_eq!(
            terms,
            vec!["logo", "or", "1", "1", "blue", "near", "x", "a"]
        );
        assert_eq!(fts5_query(&terms[..2]), r#""logo"* "or"*"#);
        assert_eq!(tsquery(&terms[..2]), "logo:* & or:*");
        assert!(query_terms("!!! ---").is_empty());
        assert_eq!(query_terms(&"é".repeat(100))[0].chars().count(), 64);
    }

    #[test]
    fn names_and_metadata_are_checked() {
        assert_eq!(clean_name("  a\u{0}b\n  "), "ab");
        assert_eq!(clean_name(&"n".repeat(400)).len(), MAX_NAME_LEN);
        assert!(check_metadata(&json!({"a": 1})).is_ok());
        assert!(check_metadata(&json!([1])).is_err());
        assert!(check_metadata(&json!({"a": "x".repeat(20_000)})).is_err());
    }
}
