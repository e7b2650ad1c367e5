use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One article or post from a feed or sitemap, as plain text.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct FeedItem {
    /// The source's own identifier (RSS guid, Atom id, JSON Feed id) or, for sitemaps, the page URL.
    pub guid: String,
    /// Absolute URL of the article, resolved against the source URL.
    pub url: Option<String>,
    pub title: String,
    /// Plain text: HTML tags removed and references decoded.
    pub summary: String,
    pub published: Option<DateTime<Utc>>,
    pub author: Option<String>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FeedError {
    /// The bytes are neither a feed nor a sitemap, or are malformed.
    #[error("not a readable feed or sitemap: {0}")]
    Invalid(String),
    /// A well-formed source without a single item.
    #[error("the feed has no items")]
    Empty,
}
