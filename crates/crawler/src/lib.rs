//! The site crawler: what an SEO audit, a competitor snapshot and keyword research read.
//!
//! [`model`] is the contract with its readers (the `seo` checks, the research module, the
//! `brandium audit` command); everything else here is how the pages are fetched.
//!
//! [`crawl`] reads robots.txt first (RFC 9309, [`robots`]), then the sitemaps it declares and
//! `/sitemap.xml` ([`sitemap`]), then walks the site breadth-first from the start page, so a
//! page's depth is its clicks from home. Pages listed only in a sitemap are fetched last
//! (depth `None`), so orphans show. Every page is parsed by [`html::parse_html`].
//!
//! Politeness: each origin of the site (`www.` and apex, another port) is crawled under its
//! own robots.txt; at most `per_host_concurrency` requests to one host at once, their starts
//! `delay_ms` apart (or the robots.txt `Crawl-delay`, when larger, up to 10 s).
//!
//! Redirects are followed hop by hop (each hop recorded, at most the client's
//! `max_redirects`); a loop ends at the first repeated URL with the error `redirect_loop`; a
//! redirect off the site is recorded (its last status, `final_url` off the site) and not
//! followed. When a redirect ends on a page of the site the crawl had not met, that page is
//! recorded as its own URL with the facts, from the same answer.

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
pub use html::parse_html;
pub use model::*;
pub use robots::Robots;
pub use simhash::{hamming, simhash};
pub use site::Site;
pub use sitemap::{Sitemap, SitemapError, SitemapUrl, parse_sitemap};
pub use url_norm::normalize;
