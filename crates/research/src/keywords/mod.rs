//! The keyword map (FR-3.2): the phrases our pages and our competitors' pages are about, scored,
//! classified by search intent and grouped into topics, with the topics competitors cover and
//! we don't; merged with search volumes and difficulty imported from keyword tools.
//!
//! * `documents`: what the map is built from (our latest crawls, competitors' snapshots).
//! * `format`: which keyword tool an export comes from (pure).
//! * `filter`: which keywords a list shows and in which order (pure).
//! * `upload`: reading an export from a form or a raw body.
//! * `service`: building, storing, importing and reading.

pub mod documents;
pub mod filter;
pub mod format;
pub mod model;
pub mod routes;
pub mod service;
pub mod upload;

pub use routes::{ApiDoc, routes};
pub use service::rebuild_map;

/// The OpenAPI description of the keyword routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    use utoipa::OpenApi;
    ApiDoc::openapi()
}
