//! The site crawler: what an SEO audit, a competitor snapshot and keyword research read.
//!
//! [`model`] is the contract with its readers (the `seo` checks, the research module, the
//! `brandium audit` command); everything else here is how the pages are fetched.
//!
//! [`crawl`] reads robots.txt first (RFC 9309, [`robots`]), then the sitemaps it declares and
//! `/sitemap.xml` ([`sitemap`]), then walks the site breadth-first from the start page, so a
//! page's depth is its clicks from home. Pages listed only in a sitemap are fetched last
//! (depth `None`), so orphans show. Every page is parsed by [`html::parse_html`].

mod crawl;
mod fetch;
pub mod html;
pub mod model;
pub mod robots;
mod schedule;
pub mod simhash;
pub mod site;
pub mod sitemap;
pub mod url_norm;

pub use crawl::{CrawlError, MAX_CRAWL_DELAY, MAX_SITEMAP_FILES, crawl};
pub use model::*;
