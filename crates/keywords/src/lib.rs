//! Keyword research engine (FR-3.2): finds the phrases that crawled pages, ours and competitors',
//! are about, scores them, classifies search intent, groups them into topics, shows the topics
//! competitors cover that we don't and recommends the content to target each topic. Metrics
//! exported from keyword tools (volume, difficulty, CPC, competition) join the map afterwards.
//! Pure: no network, no database.
//!
//! ```
//! use keywords::{build_map, import_metrics, merge_metrics, Document, MapOptions};
//!
//! let page = |url: &str, source: &str, title: &str, text: &str| Document {
//!     url: url.into(),
//!     source: source.into(),
//!     is_ours: source == "ours",
//!     title: title.into(),
//!     headings: vec![],
//!     text: text.into(),
//!     page_kind: Some("blog".into()),
//! };
//! let docs = vec![
//!     page("https://acme.example/a", "ours", "Email marketing automation",
//!          "Email marketing automation saves hours. Email marketing automation scales."),
//!     page("https://globex.example/b", "Globex", "Landing page templates",
//!          "Landing page templates convert. Pick landing page templates by goal."),
//! ];
//! let mut map = build_map(&docs, &["Acme".to_string()], &MapOptions::default());
//! assert!(map.gaps.iter().any(|g| g.label == "landing page templates"));
//!
//! let csv = b"Keyword,Volume,Keyword Difficulty,CPC\nemail marketing automation,2400,62,12.45\n";
//! let metrics = import_metrics(csv).expect("a Semrush-style export");
//! let report = merge_metrics(&mut map, &metrics);
//! assert_eq!(report.matched, 1);
//! ```

mod candidates;
pub mod cluster;
mod decode;
pub mod extract;
mod fasthash;
pub mod import;
pub mod intent;
pub mod map;
mod merge;
pub mod model;
pub mod normalize;
mod numbers;
pub mod opportunity;
pub mod recommend;
pub mod stopwords;
mod summary;
mod tokenize;
pub mod yake;

pub use import::{ImportError, import_metrics, merge_metrics};
pub use map::build_map;
pub use model::*;
