//! A generated marketing site: home, navigation, blog with categories and pagination,
//! product pages, pricing, about, French translations with hreflang, images, CSS, JS,
//! robots.txt, a sitemap index of gzipped sitemaps, JSON-LD and social tags.
//!
//! A clean site passes every check of the SEO audit. With [`SiteSpec::planted_defects`],
//! one instance of many checks is planted and [`Site::expected`] lists exactly what an audit
//! must report. [`serve`] answers over HTTP, with the redirects, errors and slow answers
//! the defects need.

mod assets;
mod defects;
mod page;
mod plan;
mod server;
mod words;

use std::collections::HashMap;

use bytes::Bytes;

pub use server::{serve, serve_external};

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteSpec {
    /// HTML pages of the clean site, roughly (at least 40).
    pub pages: usize,
    pub planted_defects: bool,
    pub seed: u64,
    /// Where the site is served, e.g. `http://127.0.0.1:8080` (absolute URLs in canonicals,
    /// hreflang, Open Graph and sitemaps need it).
    pub base_url: String,
    /// A second site for external links (e.g. `http://127.0.0.2:8081`); none when `None`.
    /// [`serve_external`] serves one, with `/gone` answering 404 and `/hang` never answering
    /// in time.
    pub external_base: Option<String>,
}

/// One answer of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub content_type: String,
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
    /// Wait this long before answering (slow pages).
    pub delay_ms: u64,
}

/// A finding the audit must report on a site with planted defects.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Expected {
    /// The check's id in the SEO catalogue.
    pub check: &'static str,
    /// Path (and query) of the URL the finding is reported on.
    pub url: String,
}

/// A generated site.
#[derive(Debug, Clone)]
pub struct Site {
    pub base_url: String,
    responses: HashMap<String, Response>,
    /// Paths of the HTML pages answered 200.
    pub pages: Vec<String>,
    /// What an audit must find; empty for a clean site.
    pub expected: Vec<Expected>,
}

impl Site {
    /// The answer for `path` (query ignored, as the site's server does); `None` is a 404.
    pub fn response(&self, path: &str) -> Option<&Response> {
        let path = path.split('?').next().unwrap_or(path);
        self.responses.get(path)
    }
}

/// Builds the site described by `spec`; the same spec always gives the same site.
pub fn generate(spec: &SiteSpec) -> Site {
    let mut built = plan::clean(spec);
    let expected = if spec.planted_defects {
        defects::plant(&mut built)
    } else {
        Vec::new()
    };
    built.finish(expected)
}

#[cfg(test)]
mod tests;
