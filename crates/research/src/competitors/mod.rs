//! Competitors (FR-1.3, FR-7.6): profiles with their website and social profiles, the key pages
//! of their site, snapshots of those pages taken by the `research.snapshot` job, the changes
//! between two snapshots of a page, alerts for significant changes, and the competitive
//! analysis that sets our positioning beside theirs.
//!
//! * `model`: the DTOs and their validation (pure).
//! * `profile`: social profile and address rules (pure).
//! * `service`: competitors and their pages.
//! * `snapshots`: queueing, cancelling and reading snapshots and changes.
//! * `snapshot_job`: the job that fetches the pages, compares and alerts.
//! * `fetch`: one page through the guarded client, robots.txt respected.
//! * `alerting`: what an alert for a change says (pure).
//! * `analysis`: the competitive analysis report.
//! * `due`: the scheduled snapshots.
//!
//! Scheduling: a competitor created with a schedule (weekly by default) is due at once, so the
//! scheduler's next pass takes its first snapshot without the request waiting on any fetch;
//! after that it is due one day or one week after each claim.

pub mod alerting;
pub mod analysis;
pub mod due;
pub mod fetch;
pub mod model;
pub mod profile;
pub mod routes;
pub mod service;
pub mod snapshot_job;
pub mod snapshots;
pub mod store;

pub use due::run_due;
pub use routes::{ApiDoc, routes};
pub use snapshot_job::snapshot_job_handler;
pub use snapshots::SNAPSHOT_JOB;

/// The OpenAPI description of the competitor routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    use utoipa::OpenApi;
    ApiDoc::openapi()
}
