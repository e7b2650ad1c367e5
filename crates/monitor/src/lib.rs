//! News and mention monitoring (FR-5.5, FR-7.8, FR-7.9, FR-7.14), as a pure engine: no network, no database.
//!
//! The caller fetches bytes and stores results; this crate turns feed and sitemap bytes into items,
//! deduplicates them, scores them against a brand's watch list, measures sentiment, decides which alert
//! rules fire and how urgently, and aggregates share of voice and digests.

mod alert;
mod category;
mod dedup;
mod digest;
mod item;
mod plain_text;
mod score;
mod sentiment;
mod share_of_voice;
mod sitemap;
mod source;
mod watch;
mod words;

pub use alert::{AlertRule, Urgency, matches, priority};
pub use category::Category;
pub use dedup::{dedup_key, normalise_title, normalise_url, same_story};
pub use digest::{Digest, DigestItem, digest};
pub use item::{FeedError, FeedItem};
pub use plain_text::html_to_text;
pub use score::{Impact, Mention, Scored, score};
pub use sentiment::{Sentiment, SentimentLabel, sentiment, vader_sentiment};
pub use share_of_voice::{SovPoint, period_of, share_of_voice};
pub use source::{child_sitemaps, parse_source};
pub use watch::{Entity, EntityKind, Watch};
