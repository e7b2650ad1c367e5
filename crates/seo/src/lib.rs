//! Technical SEO audit (FR-3.3.1 to FR-3.3.3): reads a [`crawler::CrawlOutput`], runs every
//! check of the [`catalogue`], weighs each failing check by severity, share of pages and the
//! importance of the pages it touches, and scores the site's health.
//!
//! Pure and synchronous: no I/O, so an audit can be re-run on a stored crawl at any time.

mod audit;
mod catalogue;
mod checks;
mod export;
mod findings;
mod importance;
mod model;
mod score;
mod site;
mod trend;
mod urls;

#[cfg(test)]
mod testkit;

pub use audit::audit;
pub use catalogue::{catalogue, check_info};
pub use export::{to_csv, to_pdf};
pub use model::{Audit, Category, CheckInfo, CheckSummary, Issue, Severity};
pub use trend::{AuditTrend, CheckDelta, compare};
