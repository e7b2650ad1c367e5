//! News and mention monitoring (FR-5.5, FR-7.8, FR-7.9, FR-7.14).
//!
//! Sources (news feeds and news sitemaps) are polled on their schedule by the
//! `monitoring.poll` job; new items are deduplicated per organization, grouped into stories,
//! scored against the watch list (brand, competitors, keywords, topics) and stored with their
//! mentions and sentiment. Enabled alert rules raise alerts, delivered in the app, by email
//! and to signed webhooks (`monitoring.webhook`). Members get daily or weekly digests
//! (`monitoring.digest`). The scheduler calls [`run_due`].
//!
//! Pure parts (no I/O): `signature`, `schedule_math`, `detect`, `labels`; the scoring itself
//! is the `monitor` engine.

pub mod alerts;
pub mod detect;
pub mod digest;
pub mod items;
pub mod labels;
pub mod poll_job;
pub mod routes;
pub mod rules;
pub mod schedule;
pub mod schedule_math;
pub mod signature;
pub mod sources;
pub mod store;
pub mod url_check;
pub mod watch;
pub mod webhook_job;
pub mod webhooks;

pub use alerts::{AlertChannels, NewAlert, raise_alert};
pub use digest::{DIGEST_JOB, digest_job_handler};
pub use monitor::Urgency;
pub use poll_job::poll_job_handler;
pub use routes::{ApiDoc, routes};
pub use schedule::run_due;
pub use sources::POLL_JOB;
pub use webhook_job::webhook_job_handler;
pub use webhooks::WEBHOOK_JOB;

/// The OpenAPI description of the monitoring routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    use utoipa::OpenApi;
    ApiDoc::openapi()
}
