//! What the keyword routes answer.

use chrono::{DateTime, Utc};
use keywords::{Cluster, Gap, Intent, Keyword, MergeReport, Recommendation};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct KeywordList {
    /// The keywords that pass the filters, sorted, at most `limit`.
    pub items: Vec<Keyword>,
    /// How many keywords pass the filters.
    pub total: usize,
    /// Every topic cluster of the map.
    pub clusters: Vec<Cluster>,
    /// When the map was last built; none before the first build.
    pub built_at: Option<DateTime<Utc>>,
    /// Pages the map was built from.
    pub documents: i32,
    /// Imported metrics merged in.
    pub metrics: usize,
}

/// A topic competitors cover and we don't, with what to write about it.
#[derive(Debug, Serialize, ToSchema)]
pub struct GapView {
    #[serde(flatten)]
    pub gap: Gap,
    pub intent: Option<Intent>,
    pub recommendation: Option<Recommendation>,
    /// Monthly searches of the topic's phrases, when metrics were imported.
    pub total_volume: Option<u64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GapList {
    /// Largest competitor presence first.
    pub items: Vec<GapView>,
    pub built_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportResult {
    /// The keyword tool the export was recognised as (`semrush`, `ahrefs`, `google_ads`...).
    pub format: String,
    /// Keywords read from the file.
    pub rows: usize,
    /// How the metrics met the current map.
    pub report: MergeReport,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Forgotten {
    /// Imported metrics removed.
    pub deleted: u64,
}
