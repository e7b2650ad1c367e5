//! Market research.
//!
//! * `sites`, `crawls`, `crawl_job`: the sites we audit, crawled by the `research.crawl` job
//!   with live progress; each crawl keeps its pages and the `seo` audit's issues so that crawls
//!   can be compared over time.
//! * `competitors`: competitors with their key pages, snapshotted by the `research.snapshot`
//!   job; changes above a competitor's threshold raise alerts through `monitoring`.
//! * `keywords`: the keyword map built from our pages and competitors' pages, merged with
//!   metrics imported from keyword tools.
//! * `schedule`: claims what is due (scheduled crawls and snapshots) for the scheduler loop.

pub mod brief_sources;
pub mod competitors;
pub mod crawl_job;
pub mod crawls;
pub mod exports;
pub mod keywords;
pub mod routes;
pub mod schedule;
pub mod sites;

pub use crawl_job::{CRAWL_JOB, crawl_job_handler};
pub use schedule::run_due;

/// Every research route.
pub fn routes() -> api::ApiRoutes {
    routes::routes()
        .merge(competitors::routes())
        .merge(keywords::routes())
}

/// The OpenAPI description of each part of the research routes, by name.
pub fn openapi_parts() -> Vec<(&'static str, utoipa::openapi::OpenApi)> {
    use utoipa::OpenApi;
    vec![
        ("research", routes::ApiDoc::openapi()),
        ("competitors", competitors::openapi()),
        ("keywords", keywords::openapi()),
    ]
}

/// The OpenAPI description of the research routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut parts = openapi_parts().into_iter().map(|(_, doc)| doc);
    let mut doc = parts.next().unwrap_or_default();
    for part in parts {
        doc.merge(part);
    }
    doc
}
