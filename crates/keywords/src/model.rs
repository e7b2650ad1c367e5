//! Inputs and outputs of the keyword engine. Every output is stored as JSON by the research module
//! and documented in the OpenAPI schema, hence the derives.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One crawled page, ours or a competitor's.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Document {
    pub url: String,
    /// Site label: "ours" or the competitor's name.
    pub source: String,
    pub is_ours: bool,
    pub title: String,
    pub headings: Vec<String>,
    pub text: String,
    /// "home", "pricing", "product", "about", "blog" or "other".
    #[serde(default)]
    pub page_kind: Option<String>,
}

/// What a searcher wants when typing a phrase.
#[derive(
    Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    Informational,
    Navigational,
    Commercial,
    Transactional,
}

/// The kind of content recommended to target a topic (FR-3.2.3).
#[derive(
    Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ContentType {
    BlogPost,
    LandingPage,
    ProductPage,
    PricingPage,
    ComparisonPage,
    Guide,
    Faq,
    SocialPost,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Recommendation {
    pub content_type: ContentType,
    /// One sentence a marketer can read: why this content type for this topic.
    pub rationale: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Keyword {
    /// Case-folded phrase in its most frequent surface form.
    pub phrase: String,
    /// Relevance across the crawled pages, 0..1, higher is better. 0 for phrases known only from an import.
    pub score: f64,
    pub intent: Intent,
    pub cluster_id: u32,
    /// Number of our pages using the phrase.
    pub ours: u32,
    /// Pages per competitor using the phrase.
    pub competitors: BTreeMap<String, u32>,
    /// Up to 10 page URLs using the phrase, ours first, then the heaviest users.
    pub pages: Vec<String>,
    pub volume: Option<u64>,
    /// 0..100.
    pub difficulty: Option<f64>,
    pub cpc: Option<f64>,
    /// Paid-search competition, 0..1.
    #[serde(default)]
    pub competition: Option<f64>,
    /// Worth of targeting the phrase, 0..1: search volume (log-scaled against the map's largest),
    /// ease (100 minus difficulty, else 1 minus competition) and relevance to the crawl. Set once
    /// imported metrics give a volume.
    #[serde(default)]
    pub opportunity: Option<f64>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Cluster {
    pub id: u32,
    /// The best-scoring phrase of the topic.
    pub label: String,
    /// Score-weighted majority intent of the members.
    pub intent: Intent,
    /// Member phrases, best first.
    pub keywords: Vec<String>,
    /// Share of member phrases used on at least one of our pages, 0..1.
    pub ours_coverage: f64,
    /// Share of member phrases used on at least one competitor page, 0..1.
    pub competitor_coverage: f64,
    /// Competitors cover the topic and we barely do.
    pub gap: bool,
    /// Monthly searches of the members with a known volume, once metrics are merged.
    #[serde(default)]
    pub volume: Option<u64>,
    pub recommendation: Recommendation,
}

/// A topic competitors cover that we don't.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Gap {
    pub cluster_id: u32,
    pub label: String,
    /// Competitors using the topic, most pages first.
    pub competitors: Vec<String>,
    /// Phrases of the topic competitors use and we don't.
    pub keywords: Vec<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct KeywordMap {
    /// Best first.
    pub keywords: Vec<Keyword>,
    /// Ordered by id; lower ids hold the stronger topics.
    pub clusters: Vec<Cluster>,
    /// Largest competitor presence first.
    pub gaps: Vec<Gap>,
    /// Brand names the intents were classified with (the caller's plus competitors' site labels);
    /// kept so merged phrases are classified alike.
    #[serde(default)]
    pub brand_names: Vec<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct MapOptions {
    /// Most keywords kept in the map.
    pub max_keywords: usize,
    /// Minimum weighted occurrences across all pages for a phrase to count: a body mention counts 1,
    /// a heading mention 2, a title mention 3.
    pub min_occurrences: u32,
}

impl Default for MapOptions {
    fn default() -> Self {
        Self {
            max_keywords: 300,
            min_occurrences: 2,
        }
    }
}

/// Metrics of one keyword as exported by a keyword tool.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct KeywordMetric {
    pub keyword: String,
    /// Monthly searches.
    pub volume: Option<u64>,
    /// 0..100.
    pub difficulty: Option<f64>,
    pub cpc: Option<f64>,
    /// 0..1.
    pub competition: Option<f64>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, ToSchema)]
pub struct MergeReport {
    /// Metrics attached to a phrase already in the map (including a phrase an earlier row added).
    pub matched: usize,
    /// Metrics added to the map as new phrases.
    pub added: usize,
    /// Metrics whose phrase was not in the map; each is added unless its phrase is blank, so
    /// `matched + unmatched` is the number of metrics.
    pub unmatched: usize,
}
