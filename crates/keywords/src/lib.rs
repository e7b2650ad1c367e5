//! Keyword research engine (FR-3.2): finds the phrases that crawled pages, ours and competitors',
//! are about, scores them, classifies search intent, groups them into topics, shows the topics
//! competitors cover that we don't and recommends the content to target each topic. Pure: no network,
//! no database.

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
pub mod recommend;
pub mod stopwords;
mod summary;
mod tokenize;
pub mod yake;

pub use import::{ImportError, import_metrics, merge_metrics};
pub use map::build_map;
pub use model::*;
